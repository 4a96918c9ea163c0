/**
 * The memo key for range arguments (a fresh array per call, as Excel passes it) and the functions
 * that use it: equal raw values share a key, any changed cell does not, huge ranges are never kept,
 * and the fast paths of WLZ.TARIEF / volumes give exactly what the decimal.js path of the core gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getallenUitBereik, bedrag } from "../../src/functions/argumenten";
import { MAX_CELLEN, bereikId, onthoudenCellen } from "../../src/functions/bereikgeheugen";
import { WLZ_BEREKENINGEN as B } from "../../src/functions/berekeningen";
import {
  alleRegelsets,
  berekenHerschikking,
  berekenInitieelVolume,
  berekenTariefpercentage,
  LEVERINGSVORMEN,
  leesProfiel,
  RegelFout,
  tariefBedrag,
  type Regelset,
} from "../../src/rules";

const RUNS = Number(process.env.FC_RUNS ?? 1000);

function profiel(): unknown[][] {
  return [
    ["Regelset", "CZ-VV-2024"],
    ["Categorie", "bestaand"],
    ["Plan opslag", "ja"],
    ["Tariefpercentage vorig jaar", 0.955],
    ["Monitor", null],
    ...Array.from({ length: 22 }, () => [null, null]),
  ];
}

describe("bereikId: een sleutel op de ruwe celwaarden", () => {
  it("een vers maar gelijk bereik krijgt dezelfde id; elke gewijzigde cel een andere", () => {
    const id = bereikId(profiel());
    expect(id).toBeTypeOf("number");
    expect(bereikId(profiel())).toBe(id);
    const varianten: [number, number, unknown][] = [
      [2, 1, "nee"],
      [3, 1, 0.9551],
      [4, 1, 0],
      [4, 1, ""],
      [26, 0, "Monitor"],
      [3, 1, "0,955"],
    ];
    const ids = new Set([id]);
    for (const [r, k, w] of varianten) {
      const b = profiel();
      b[r][k] = w;
      const n = bereikId(b);
      expect(n).toBeTypeOf("number");
      ids.add(n);
    }
    expect(ids.size).toBe(varianten.length + 1);
    // 0 and -0, null and "" stay apart: the key never assumes how the core reads a value.
    const a = [[1, 0]];
    const b = [[1, -0]];
    expect(bereikId(a)).not.toBe(bereikId(b));
    expect(bereikId([[null, 1]])).not.toBe(bereikId([["", 1]]));
    expect(bereikId([[undefined, 1]])).not.toBe(bereikId([[null, 1]]));
  });

  it("herkent de recent geziene bereiken, ook om en om", () => {
    const x = [["Categorie", "nieuw"]];
    const y = [["Categorie", "bestaand"]];
    const ix = bereikId(x);
    const iy = bereikId(y);
    for (let i = 0; i < 5; i++) {
      expect(bereikId([["Categorie", "nieuw"]])).toBe(ix);
      expect(bereikId([["Categorie", "bestaand"]])).toBe(iy);
    }
  });

  it("geen sleutel voor een bereik dat niet rechthoekig is, een object bevat of te groot is; te groot wordt nooit bewaard", () => {
    expect(bereikId([["a", 1], ["b"]])).toBeUndefined();
    expect(bereikId([["a", { x: 1 }]])).toBeUndefined();
    expect(bereikId([["a", [1]]])).toBeUndefined();
    expect(bereikId([])).toBeUndefined();
    expect(bereikId(["a", "b"])).toBeUndefined();
    const rijen = MAX_CELLEN / 2 + 1;
    expect(bereikId(Array.from({ length: rijen }, () => [null, null]))).toBeUndefined();
    const voor = onthoudenCellen();
    // A whole-column range J:K, as a user might select it.
    const kolom = Array.from({ length: 1_048_576 }, (_, i) => (i < 27 ? profiel()[i] : [null, null]));
    expect(bereikId(kolom)).toBeUndefined();
    expect(onthoudenCellen()).toBe(voor);
    expect(onthoudenCellen()).toBeLessThanOrEqual(8 * MAX_CELLEN);
    // And the function still answers (uncached) with the same result as the small range.
    const args = ["CZ-VV-2024", "ZZP", 100, 10, 5];
    expect(B.TARIEF([...args, kolom, null])).toBe(B.TARIEF([...args, profiel(), null]));
  });
});

/** The result, or the RegelFout's kind and message: both paths must agree on errors too. */
function probeer(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof RegelFout) return `${e.soort}: ${e.message}`;
    throw e;
  }
}

const bedragArb = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(1.1, 0.955, 3)).map(([c, f]) => (c / 100) * f),
  fc.constantFrom(null, 0, -0, 1e14, 1e15, 1e300),
);

describe("de snelle wegen in WLZ.TARIEF, WLZ.INITIELEVOLUME en WLZ.HERSCHIKKING = de decimal.js-weg", () => {
  const regelsetArb = fc.constantFrom(...alleRegelsets());
  const profielArb = fc.constantFrom<unknown>(null, "nieuw", "bestaand-nieuw", profiel(), [["Categorie", "nieuw"], ["Afgesproken percentage", 0.9]], [["Plan opslag", "ja"]]);

  it("TARIEF: zelfde double of zelfde fout", () => {
    fc.assert(
      fc.property(regelsetArb, fc.constantFrom(...LEVERINGSVORMEN), bedragArb, bedragArb, bedragArb, profielArb, (rs: Regelset, lv, zorg, nhc, nic, p) => {
        const snel = probeer(() => B.TARIEF([rs.id, lv, zorg, nhc, nic, p, null]));
        const decimaal = probeer(() => {
          const nza = { zorg: bedrag(zorg, "nza_zorg"), nhc: bedrag(nhc, "nza_nhc"), nic: bedrag(nic, "nza_nic") };
          return tariefBedrag(berekenTariefpercentage(rs, lv, leesProfiel(p), "zorg"), nza).toNumber();
        });
        expect(Object.is(snel, decimaal) || snel === decimaal, `${rs.id} ${lv} ${zorg} ${nhc} ${nic}: ${String(snel)} != ${String(decimaal)}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("INITIELEVOLUME en HERSCHIKKING: zelfde double of zelfde fout", () => {
    const correctieArb = fc.oneof(fc.constant(null), bedragArb, bedragArb.map((x) => (typeof x === "number" ? -x : x)), fc.array(fc.array(bedragArb, { minLength: 1, maxLength: 2 }), { maxLength: 3 }));
    fc.assert(
      fc.property(regelsetArb, fc.constantFrom(...LEVERINGSVORMEN), bedragArb, bedragArb, correctieArb, (rs: Regelset, lv, x, y, c) => {
        const iv = probeer(() => B.INITIELEVOLUME([rs.id, lv, x, c]));
        const ivDec = probeer(() => berekenInitieelVolume(rs, lv, bedrag(x, "herschikte_afspraak"), getallenUitBereik(c, "correcties")).waarde.toNumber());
        expect(Object.is(iv, ivDec) || iv === ivDec, `INITIELEVOLUME ${rs.id} ${lv} ${x} ${JSON.stringify(c)}`).toBe(true);
        const h = probeer(() => B.HERSCHIKKING([rs.id, x, y]));
        const hDec = probeer(() => berekenHerschikking(rs, bedrag(x, "realisatie_jan_jun"), bedrag(y, "realisatie_juni")).waarde.toNumber());
        expect(Object.is(h, hDec) || h === hDec, `HERSCHIKKING ${rs.id} ${x} ${y}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
