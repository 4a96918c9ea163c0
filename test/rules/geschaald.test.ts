/**
 * The scaled-integer fast path against the decimal.js formulas of the core, over random Excel doubles:
 * wherever the fast path gives an answer it is the same double (Object.is: -0 too), and counters make
 * sure the fast path really answered most cases (and fell back where it must).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getallenUitBereik } from "../../src/functions/argumenten";
import {
  excelCorrecties,
  gK,
  gM,
  isExcelBedrag,
  schaalVanDec,
  schaalVanExcel,
  snelHerschikking,
  snelInitieelVolume,
  snelTariefBedrag,
} from "../../src/rules/geschaald";
import { D, type Dec, alleRegelsets, berekenHerschikking, leesGetal, opCenten, vanExcel, zoekRegelset } from "../../src/rules";

const RUNS = Number(process.env.FC_RUNS ?? 3000);

/** Doubles as they reach a function from a sheet: typed cents, results of formulas, odd ones. */
const bedragArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(1.1, 1.13, 0.955, 3, 7)).map(([c, f]) => (c / 100) * f),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 6 })).map(([m, k]) => m / 10 ** k + 0.1 + 0.2),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.double({ min: 0, max: 1e14, noNaN: true }),
  fc.double({ min: 0, max: 1e-5, noNaN: true }),
  fc.constantFrom(0, -0, 0.005, 0.015, 0.125, 1e-7, 9.99999999999999e14, 1e15, 2 ** 53, 0.1 + 0.2, 1.005, 2.675),
);
/** Percentages as the core derives them: basis points, finer fractions, sometimes 0 or 1. */
const pctArb: fc.Arbitrary<Dec> = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((n) => new D(n).div(10_000)),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => new D(n).div(1_000_000)),
  fc.constantFrom(new D(0), new D(1), new D("0.5"), new D("0.955"), new D("0.9575"), new D(1).div(3), new D("1e-30")),
);

function isGelijk(a: number, b: number): boolean {
  return Object.is(a, b);
}

describe("schaalVanExcel: een double zoals vanExcel hem leest, als geheel getal / 10^k", () => {
  it("geeft precies x.toPrecision(15), met zo klein mogelijke k, voor elke x met 1e-7 <= |x| < 1e15", () => {
    let gelukt = 0;
    fc.assert(
      fc.property(fc.oneof(bedragArb, fc.double({ noNaN: true }), fc.double({ min: -1e15, max: 1e15, noNaN: true })), (x) => {
        if (!Number.isFinite(x)) return;
        const a = Math.abs(x);
        const ok = schaalVanExcel(x);
        expect(ok).toBe(x === 0 || (a >= 1e-7 && a < 1e15));
        if (!ok) return;
        gelukt++;
        expect(new D(gM).div(new D(10).pow(gK)).equals(vanExcel(x)), `${x} -> ${gM}/10^${gK}`).toBe(true);
        expect(Number.isSafeInteger(gM)).toBe(true);
        if (gK > 0) expect(gM % 10).not.toBe(0);
      }),
      { numRuns: RUNS * 5 },
    );
    expect(gelukt).toBeGreaterThan(RUNS);
  });

  it("rondt een precieze tussenwaarde op 15 cijfers naar boven af, zoals toPrecision", () => {
    for (const x of [100000000000000.5, 123456789012345.5, 0.1234567890123455, 1.5, 2.5e-7]) {
      expect(schaalVanExcel(x)).toBe(true);
      expect(new D(gM).div(new D(10).pow(gK)).toString()).toBe(new D(x.toPrecision(15)).toString());
    }
  });

  it("schaalVanDec: alleen decimalen die als veilig geheel getal passen", () => {
    expect(schaalVanDec(new D("0.955"))).toBe(true);
    expect([gM, gK]).toEqual([955, 3]);
    expect(schaalVanDec(new D(1).div(3))).toBe(false);
    expect(schaalVanDec(new D("9007199254740993"))).toBe(false);
    expect(schaalVanDec(new D("-0"))).toBe(false);
  });
});

describe("snelTariefBedrag = tariefBedrag (decimal.js), op de cent, half van nul af", () => {
  it("geeft dezelfde double of valt terug op decimal.js", () => {
    let snel = 0;
    let terug = 0;
    fc.assert(
      fc.property(pctArb, fc.constantFrom(new D(1), new D("0.97"), new D("0.5")), bedragArb, bedragArb, bedragArb, (pct, nhcNic, zorg, nhc, nic) => {
        const uit = snelTariefBedrag(pct, nhcNic, zorg, nhc, nic);
        if (uit === undefined) {
          terug++;
          return;
        }
        snel++;
        const verwacht = opCenten(pct.times(vanExcel(zorg)).plus(nhcNic.times(vanExcel(nhc).plus(vanExcel(nic))))).toNumber();
        expect(isGelijk(uit, verwacht), `${pct} x ${zorg} + ${nhcNic} x (${nhc} + ${nic}): ${uit} != ${verwacht}`).toBe(true);
      }),
      { numRuns: RUNS * 5 },
    );
    expect(snel).toBeGreaterThan(RUNS / 2);
    expect(terug).toBeGreaterThan(0);
  });

  it("antwoordt altijd snel voor wat een offerte bevat: bedragen in centen tot 100.000 euro, percentages in basispunten", () => {
    const centen = fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), centen, centen, centen, (bp, zorg, nhc, nic) => {
        const pct = new D(bp).div(10_000);
        const uit = snelTariefBedrag(pct, new D(1), zorg, nhc, nic);
        expect(uit).toBe(opCenten(pct.times(vanExcel(zorg)).plus(vanExcel(nhc).plus(vanExcel(nic)))).toNumber());
      }),
      { numRuns: RUNS },
    );
  });

  it("precieze halve centen gaan van nul af", () => {
    expect(snelTariefBedrag(new D("0.5"), new D(1), 0.01, 0, 0)).toBe(0.01);
    expect(snelTariefBedrag(new D("0.5"), new D(1), 0.03, 0, 0)).toBe(0.02);
    expect(snelTariefBedrag(new D("0.955"), new D(1), 100.1, 0, 0)).toBe(95.6); // 95.5955
    expect(snelTariefBedrag(new D(1), new D("0.5"), 0, 0.005, 0.005)).toBe(0.01); // 0.005
  });
});

describe("snelInitieelVolume en snelHerschikking = de volumeformules van de core", () => {
  const gz = zoekRegelset("CZ-GZ-2026");
  const h = gz.volume.herschikking!;

  it("initieel volume: pct x (afspraak + correcties), niet afgerond", () => {
    let snel = 0;
    fc.assert(
      fc.property(pctArb, bedragArb, fc.array(fc.oneof(bedragArb, bedragArb.map((x) => -x)), { maxLength: 4 }), (pct, afspraak, correcties) => {
        const cs = correcties.filter((c) => c !== 0);
        const uit = snelInitieelVolume(pct, afspraak, cs);
        if (uit === undefined) return;
        snel++;
        const verwacht = pct.times(cs.reduce((s, c) => s.plus(vanExcel(c)), vanExcel(afspraak))).toNumber();
        expect(isGelijk(uit, verwacht), `${pct} x (${afspraak} + ${cs.join(" + ")}): ${uit} != ${verwacht}`).toBe(true);
      }),
      { numRuns: RUNS * 3 },
    );
    expect(snel).toBeGreaterThan(RUNS / 2);
  });

  it("herschikking: alleen waar de deling door de deler exact is, anders terug naar decimal.js", () => {
    let snel = 0;
    let terug = 0;
    fc.assert(
      fc.property(bedragArb, bedragArb, (janJun, juni) => {
        const uit = snelHerschikking(janJun, juni, h.deler, h.dagen);
        if (uit === undefined) {
          terug++;
          return;
        }
        snel++;
        const verwacht = berekenHerschikking(gz, vanExcel(janJun), vanExcel(juni)).waarde.toNumber();
        expect(isGelijk(uit, verwacht), `${janJun} + ${juni} / ${h.deler} x ${h.dagen}: ${uit} != ${verwacht}`).toBe(true);
      }),
      { numRuns: RUNS * 3 },
    );
    expect(snel).toBeGreaterThan(RUNS / 3);
    expect(terug).toBeGreaterThan(RUNS / 3);
    expect(snelHerschikking(0, 1, 30, 184)).toBeUndefined(); // 1/30 is not exact in decimals
    expect(snelHerschikking(10, 3, 30, 184)).toBe(28.4);
  });

  it("elke regelset met een herschikkingsformule heeft gehele deler en dagen (anders geen snelle weg)", () => {
    for (const rs of alleRegelsets()) {
      const f = rs.volume.herschikking;
      if (f) expect(Number.isSafeInteger(f.deler) && Number.isSafeInteger(f.dagen)).toBe(true);
    }
  });
});

describe("de snelle weg leest alleen wat de core net zo leest", () => {
  const waardeArb = fc.oneof(bedragArb, bedragArb.map((x) => -x), fc.constantFrom(null, undefined, "", " ", "12,5", "1.234,56", true, false, Infinity, NaN, [[1]]));

  it("isExcelBedrag(v) => leesGetal(v, leegIsNul) = vanExcel(v of 0), zonder fout", () => {
    let ja = 0;
    fc.assert(
      fc.property(waardeArb, (v) => {
        if (!isExcelBedrag(v)) return;
        ja++;
        expect(leesGetal(v, "x", { leegIsNul: true }).equals(vanExcel(v ?? 0))).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(ja).toBeGreaterThan(RUNS / 4);
  });

  it("excelCorrecties(v) = getallenUitBereik(v) waar het een antwoord geeft", () => {
    let ja = 0;
    fc.assert(
      fc.property(fc.oneof(waardeArb, fc.array(fc.array(waardeArb, { minLength: 1, maxLength: 2 }), { maxLength: 3 })), (v) => {
        const snel = excelCorrecties(v);
        if (!snel) return;
        ja++;
        const core = getallenUitBereik(v, "correcties");
        expect(snel.map((x) => vanExcel(x).toString())).toEqual(core.map((d) => d.toString()));
      }),
      { numRuns: RUNS },
    );
    expect(ja).toBeGreaterThan(RUNS / 10);
  });
});
