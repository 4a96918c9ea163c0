/**
 * Property tests (fast-check) over all rule sets, leveringsvormen, onderdelen and random provider profiles.
 * Each property states a rule of the sources or the spec; counters make sure enough cases really ran.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alleRegelsets,
  berekenCrisisvergoeding,
  berekenInitieelVolume,
  berekenTarief,
  berekenTariefpercentage,
  CATEGORIEEN,
  D,
  LEVERINGSVORMEN,
  ONDERDELEN,
  RegelFout,
  vanExcel,
  type Aanbiederprofiel,
  type Dec,
  type Leveringsvorm,
  type Regelset,
} from "../../src/rules";
import { d, rs } from "./hulp";

// FC_RUNS=20000 for a deeper search; the default keeps the suite fast.
const RUNS = Number(process.env.FC_RUNS ?? 1500);
const regelsetArb = fc.constantFrom(...alleRegelsets());
const lvArb = fc.constantFrom(...LEVERINGSVORMEN);
const onderdeelArb = fc.constantFrom(...ONDERDELEN);
/** A percentage with up to four decimals between 80% and 100%, as profiles hold them. */
const pctArb = fc.integer({ min: 8000, max: 10000 }).map((n) => new D(n).div(10000));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

const profielArb: fc.Arbitrary<Aanbiederprofiel> = fc.record({
  categorie: fc.constantFrom(...CATEGORIEEN),
  planOpslag: opt(fc.boolean()),
  technologieOpslag: opt(fc.boolean()),
  bewegingenOpslag: opt(fc.boolean()),
  werkgeversopslag: opt(fc.boolean()),
  essentieleVoorzieningen: opt(fc.boolean()),
  lagereKosten: opt(fc.boolean()),
  uitzondering: opt(fc.boolean()),
  regionaleBijdrage: opt(fc.constantFrom("actief" as const, "niet actief" as const)),
  tariefpercentageVorigJaar: opt(pctArb),
  afgesprokenPercentage: opt(pctArb),
  // Mostly given, so the rule sets without a published basis get exercised too.
  richttarief: fc.option(pctArb, { nil: undefined, freq: 5 }),
  monitor: opt(fc.constantFrom("verhoging" as const, "gelijk" as const, "verlaging" as const)),
  differentiatie: opt(fc.integer({ min: -400, max: 400 }).map((n) => new D(n).div(10000))),
});

/** The result, or undefined for a RegelFout (#VALUE!/#N/A); any other exception fails the property. */
function probeer<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof RegelFout) return undefined;
    throw e;
  }
}

const OPSLAGKENMERKEN = ["planOpslag", "technologieOpslag", "bewegingenOpslag", "werkgeversopslag", "essentieleVoorzieningen"] as const;

describe("tariefpercentage", () => {
  it("een opslagkenmerk verlaagt het percentage nooit (en het maximum ook niet)", () => {
    let vergeleken = 0;
    fc.assert(
      fc.property(regelsetArb, lvArb, onderdeelArb, profielArb, fc.constantFrom(...OPSLAGKENMERKEN), (r, lv, o, p, k) => {
        const uit = probeer(() => berekenTariefpercentage(r, lv, { ...p, [k]: false }, o));
        const aan = probeer(() => berekenTariefpercentage(r, lv, { ...p, [k]: true }, o));
        if (uit) expect(aan, "met opslag ineens geen tarief meer").toBeDefined();
        if (!uit || !aan) return;
        vergeleken++;
        expect(aan.percentage.greaterThanOrEqualTo(uit.percentage), `${r.id} ${lv} ${k}: ${aan.percentage} < ${uit.percentage}`).toBe(true);
        expect(aan.maximum.greaterThanOrEqualTo(uit.maximum), `${r.id} ${lv} ${k}: maximum ${aan.maximum} < ${uit.maximum}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(vergeleken).toBeGreaterThan(RUNS / 3);
  });

  it("0 <= minimum <= percentage <= maximum <= 1, en nooit boven het plafond van de regelset; NHC/NIC 100%", () => {
    let berekend = 0;
    fc.assert(
      fc.property(regelsetArb, lvArb, onderdeelArb, profielArb, (r, lv, o, p) => {
        const t = probeer(() => berekenTariefpercentage(r, lv, p, o));
        if (!t) return;
        berekend++;
        const tekst = `${r.id} ${lv} ${o}: min ${t.minimum} pct ${t.percentage} max ${t.maximum}`;
        expect(t.minimum.isNegative(), tekst).toBe(false);
        expect(t.minimum.lessThanOrEqualTo(t.percentage), tekst).toBe(true);
        expect(t.percentage.lessThanOrEqualTo(t.maximum), tekst).toBe(true);
        expect(t.maximum.lessThanOrEqualTo(1), tekst).toBe(true);
        for (const regel of r.tarief.regels) {
          if (regel.soort === "plafond") expect(t.maximum.lessThanOrEqualTo(regel.percentage), tekst).toBe(true);
        }
        expect(t.nhcNicPercentage.equals(1)).toBe(true);
        // Every step of the trail has a source, and the last step with a value shows the final percentage
        // (WLZ.TARIEFUITLEG must end where WLZ.TARIEFPERCENTAGE ends).
        for (const s of t.stappen) expect(s.bron.seed.length).toBeGreaterThan(0);
        const laatste = t.stappen.filter((s) => s.waarde !== null).at(-1);
        expect(laatste?.waarde?.toString(), `${tekst}: ${laatste?.stap}`).toBe(t.percentage.toString());
      }),
      { numRuns: RUNS },
    );
    expect(berekend).toBeGreaterThan(RUNS / 3);
  });

  it("het onderdeel telt alleen via de 100%-regel (CZ-GZ-2026 VPT/DTV/logeren): elders zelfde percentage als zorg", () => {
    fc.assert(
      fc.property(regelsetArb, lvArb, onderdeelArb, profielArb, (r, lv, o, p) => {
        if (r.tarief.regels.some((x) => x.soort === "honderdProcent")) return;
        const zorg = probeer(() => berekenTariefpercentage(r, lv, p, "zorg"));
        const ander = probeer(() => berekenTariefpercentage(r, lv, p, o));
        expect(ander?.percentage.toString()).toBe(zorg?.percentage.toString());
      }),
      { numRuns: 500 },
    );
  });

  it("zonder lager-tariefkenmerken geeft CZ-GZ-2026 100% voor VPT/DTV/logeren zorg, met of zonder richttarief", () => {
    fc.assert(
      fc.property(fc.constantFrom<Leveringsvorm>("VPT", "DTV", "LOGEREN"), opt(pctArb), fc.boolean(), (lv, r, plan) => {
        const t = berekenTariefpercentage(rs("CZ-GZ-2026"), lv, { categorie: "bestaand", richttarief: r, planOpslag: plan });
        expect(t.percentage.equals(1)).toBe(true);
      }),
    );
  });
});

/** A decimal in plain notation as an exact fraction n / 10^k. */
function breuk(x: Dec): [bigint, bigint] {
  const s = x.toFixed();
  const [heel, frac = ""] = s.replace("-", "").split(".");
  const n = BigInt(heel + frac) * (s.startsWith("-") ? -1n : 1n);
  return [n, 10n ** BigInt(frac.length)];
}

/** n / d (d > 0) rounded to an integer, half away from zero. */
function rondAf(n: bigint, d: bigint): bigint {
  const a = n < 0n ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return n < 0n ? -q : q;
}

const centen = (c: bigint) => {
  const a = c < 0n ? -c : c;
  return `${c < 0n ? "-" : ""}${a / 100n}.${String(a % 100n).padStart(2, "0")}`;
};

describe("tariefbedrag", () => {
  it("bedrag = afgerond(pct x zorg + nhcPct x (nhc + nic)) op centen, half van nul af, onafhankelijk nagerekend", () => {
    const bedragArb = fc.integer({ min: -100_000_000, max: 1_000_000_000 }); // cents, via an Excel double
    let berekend = 0;
    fc.assert(
      fc.property(regelsetArb, lvArb, profielArb, bedragArb, bedragArb, bedragArb, (r, lv, p, z, h, c) => {
        const nza = { zorg: vanExcel(z / 100), nhc: vanExcel(h / 100), nic: vanExcel(c / 100) };
        const t = probeer(() => berekenTarief(r, lv, nza, p));
        if (!t) return;
        berekend++;
        const [pn, pd] = breuk(t.percentage);
        const [hn, hd] = breuk(t.nhcNicPercentage);
        // In cents: pct x zorgcenten + nhcPct x (nhc + nic)centen, over the common denominator pd x hd.
        const teller = pn * BigInt(z) * hd + hn * (BigInt(h) + BigInt(c)) * pd;
        const verwacht = centen(rondAf(teller, pd * hd));
        expect(t.bedrag.toFixed(2)).toBe(verwacht);
        expect(t.bedrag.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
      { numRuns: RUNS },
    );
    expect(berekend).toBeGreaterThan(RUNS / 3);
  });

  it("exacte halve centen: 0,955 x € 1,00 = € 0,96 en 0,955 x -€ 1,00 = -€ 0,96 (half van nul af)", () => {
    const r = rs("CZ-VV-2024");
    const p: Aanbiederprofiel = { categorie: "bestaand" };
    expect(berekenTarief(r, "ZZP", { zorg: d(1), nhc: d(0), nic: d(0) }, p).bedrag.toFixed(2)).toBe("0.96");
    expect(berekenTarief(r, "ZZP", { zorg: d(-1), nhc: d(0), nic: d(0) }, p).bedrag.toFixed(2)).toBe("-0.96");
    // One rounding for the whole sum, not per component: 0,955 x 0,01 + 0,004 x 1 would give 0,01 + 0,00 per part.
    expect(berekenTarief(r, "ZZP", { zorg: d("0.01"), nhc: d("0.003"), nic: d("0.002") }, p).bedrag.toFixed(2)).toBe("0.01");
    expect(berekenTarief(r, "ZZP", { zorg: d("0.10"), nhc: d("0.0005"), nic: d(0) }, p).bedrag.toFixed(2)).toBe("0.10");
  });
});

describe("crisisvergoeding", () => {
  const dagen = fc.integer({ min: 0, max: 20_000 });
  const bedden = fc.integer({ min: 0, max: 60 });

  it("CZ-VV-2021: vergoed <= 365 x bedden, <= bezet + onbezet, >= min(bezet, cap); afgekapt deel = bovenCap", () => {
    const cz = rs("CZ-VV-2021");
    fc.assert(
      fc.property(bedden, dagen, dagen, (b, bez, onb) => {
        const v = berekenCrisisvergoeding(cz, { bedden: d(b), bezet: d(bez), onbezet: d(onb) });
        const cap = 365 * b;
        expect(v.vergoedeDagen.lessThanOrEqualTo(cap)).toBe(true);
        expect(v.vergoedeDagen.lessThanOrEqualTo(bez + onb)).toBe(true);
        expect(v.vergoedeDagen.greaterThanOrEqualTo(Math.min(bez, cap))).toBe(true);
        const ongecapt = onb / (bez + onb) > 0.5 ? bez + onb / 2 : bez + onb;
        expect(v.vergoedeDagen.plus(v.bovenCap).toNumber()).toBe(ongecapt);
      }),
      { numRuns: RUNS },
    );
  });

  it("CZ-VV-2021: een extra bezette dag verlaagt de vergoeding nooit", () => {
    const cz = rs("CZ-VV-2021");
    fc.assert(
      fc.property(bedden, dagen, dagen, (b, bez, onb) => {
        const a = berekenCrisisvergoeding(cz, { bedden: d(b), bezet: d(bez), onbezet: d(onb) });
        const c = berekenCrisisvergoeding(cz, { bedden: d(b), bezet: d(bez + 1), onbezet: d(onb) });
        expect(c.vergoedeDagen.greaterThanOrEqualTo(a.vergoedeDagen)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("onderhandeld (CZ-GZ-2026) en beschikbaarheid (ZK): alle gedeclareerde dagen; bedrag op centen", () => {
    fc.assert(
      fc.property(fc.constantFrom("CZ-GZ-2026", "ZK-2022", "ZK-2023"), bedden, dagen, dagen, fc.integer({ min: 1, max: 10_000_000 }), (id, b, bez, onb, tc) => {
        const tarief = new D(tc).div(1000);
        const v = berekenCrisisvergoeding(rs(id), { bedden: d(b), bezet: d(bez), onbezet: d(onb), tarief, leegstandtarief: tarief.div(2) });
        expect(v.vergoedeDagen.toNumber()).toBe(bez + onb);
        const exact = tarief.times(bez).plus(tarief.div(2).times(onb));
        expect(v.bedrag?.toFixed(2)).toBe(exact.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2));
      }),
      { numRuns: 500 },
    );
  });
});

describe("initieel volume", () => {
  const sets = alleRegelsets().filter((r) => Object.keys(r.volume.percentages).length > 0 && !r.volume.geenInitieelVolume);
  const metLv = fc.constantFrom(...sets).chain((r: Regelset) => fc.tuple(fc.constant(r), fc.constantFrom(...(Object.keys(r.volume.percentages) as Leveringsvorm[]))));
  const volume = fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((n) => new D(n).div(100));

  it("is lineair in de herschikte afspraak: f(a + b) = f(a) + f(b), f(k x a) = k x f(a), correcties tellen op bij de afspraak", () => {
    expect(sets.map((r) => r.id).sort()).toEqual(["CZ-GZ-2026", "CZ-VV-2021"]);
    fc.assert(
      fc.property(metLv, volume, volume, fc.integer({ min: -50, max: 50 }), fc.array(volume, { maxLength: 4 }), ([r, lv], a, b, k, corr) => {
        const f = (x: Dec, c: Dec[] = []) => berekenInitieelVolume(r, lv, x, c).waarde;
        expect(f(a.plus(b)).toString()).toBe(f(a).plus(f(b)).toString());
        expect(f(a.times(k)).toString()).toBe(f(a).times(k).toString());
        const som = corr.reduce((s, c) => s.plus(c), a);
        expect(f(a, corr).toString()).toBe(f(som).toString());
        expect(f(new D(0)).isZero()).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
