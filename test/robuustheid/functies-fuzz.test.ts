/**
 * Eigenschapstests over ELKE functie van de gebouwde bundel (dist/functions.js) met invoer zoals Excel
 * hem kan sturen, en vijandiger: getallen op de randen, lange en rare teksten, booleans, null/undefined,
 * bereiken van vreemde vorm. Elke aanroep draait in de vm-context met een harde tijdslimiet, zodat een
 * oneindige lus een mislukte test wordt in plaats van een hangende.
 *
 * Eis per aanroep: een eindig getal / tekst / boolean (zoals functions.json belooft), een rechthoekige
 * 2-D-tabel zonder NaN, of een gegooide (of teruggegeven) CustomFunctions.Error met een korte, niet-lege
 * melding. Nooit een andere exceptie, een Promise, NaN of Infinity.
 *
 * WLZ_FUZZ_RUNS (standaard 2000 per functie) en WLZ_FUZZ_SEED sturen de omvang en het zaad.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, ErrorCode, ExcelFout, type FunctieMeta, zorgVoorBuild } from "../support/bundel";

const RUNS = Number(process.env.WLZ_FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.WLZ_FUZZ_SEED ?? 20261127);
/** Ruim boven wat één aanroep nodig heeft (~ms), ver onder een hang. */
const TIJDSLIMIET_MS = 2000;
/** Eén cel mag Excel niet merkbaar ophouden; ruim gekozen voor een trage CI-machine. */
const TRAAG_MS = 500;

let ctx: vm.Context;
let aanroep: vm.Script;
let functies: FunctieMeta[];
let regelsetIds: string[];
const tellingen = new Map<string, { willekeurig: number; randen: number; fouten: number; waarden: number; traagsteMs: number }>();

beforeAll(() => {
  zorgVoorBuild();
  const geregistreerd: Record<string, unknown> = {};
  const CustomFunctions = {
    associate(id: string, fn: unknown) {
      geregistreerd[id] = fn;
    },
    Error: ExcelFout,
    ErrorCode,
  };
  const Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }) };
  ctx = vm.createContext({ CustomFunctions, Office, __functies: geregistreerd, __id: "", __args: [] as unknown[] });
  const pad = join(DIST, "functions.js");
  vm.runInContext(readFileSync(pad, "utf8"), ctx, { filename: pad });
  aanroep = new vm.Script("__functies[__id].apply(undefined, __args)");
  functies = (JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: FunctieMeta[] }).functions;
  const tabel = roep("REGELSETS", []) as unknown[][];
  regelsetIds = tabel.slice(1).map((r) => String(r[0]));
}, 180_000);

afterAll(() => {
  if (tellingen.size === 0) return;
  const regels = [...tellingen].map(
    ([id, t]) =>
      `${id.padEnd(20)} ${String(t.willekeurig).padStart(6)} willekeurig + ${String(t.randen).padStart(5)} randgevallen` +
      ` = ${t.willekeurig + t.randen} (fout: ${t.fouten}, waarde: ${t.waarden}, traagste ${t.traagsteMs.toFixed(1)} ms)`,
  );
  const totaal = [...tellingen.values()].reduce((s, t) => s + t.willekeurig + t.randen, 0);
  console.log(`Fuzz van de functiebundel (zaad ${SEED}):\n${regels.join("\n")}\nTotaal: ${totaal} aanroepen`);
});

function roep(id: string, args: unknown[]): unknown {
  ctx.__id = id;
  ctx.__args = args;
  return aanroep.runInContext(ctx, { timeout: TIJDSLIMIET_MS });
}

const isCel = (c: unknown) => (typeof c === "number" && Number.isFinite(c)) || typeof c === "string" || typeof c === "boolean";

/** Wat de uitkomst mag zijn; geeft een beschrijving van wat er mis is, of undefined. */
function beoordeel(meta: FunctieMeta, uitkomst: unknown): string | undefined {
  if (uitkomst instanceof ExcelFout) return beoordeelFout(uitkomst);
  if (uitkomst !== null && typeof uitkomst === "object" && typeof (uitkomst as { then?: unknown }).then === "function") return "een Promise";
  if (meta.result.dimensionality === "matrix") {
    if (!Array.isArray(uitkomst) || uitkomst.length === 0) return `geen niet-lege tabel: ${String(uitkomst)}`;
    const breedte = Array.isArray(uitkomst[0]) ? uitkomst[0].length : -1;
    if (breedte < 1) return "eerste rij is geen niet-lege rij";
    for (const rij of uitkomst as unknown[]) {
      if (!Array.isArray(rij) || rij.length !== breedte) return "tabel is niet rechthoekig";
      const slecht = rij.find((c) => !isCel(c));
      if (slecht !== undefined || rij.some((c) => c === undefined)) return `ongeldige cel ${String(slecht)}`;
    }
    return undefined;
  }
  const verwacht = meta.result.type ?? "any";
  if (verwacht === "number") return typeof uitkomst === "number" && Number.isFinite(uitkomst) ? undefined : `geen eindig getal: ${String(uitkomst)}`;
  if (verwacht === "string" || verwacht === "boolean") return typeof uitkomst === verwacht ? undefined : `geen ${verwacht}: ${String(uitkomst)}`;
  return isCel(uitkomst) ? undefined : `geen geldige celwaarde: ${String(uitkomst)}`;
}

function beoordeelFout(f: ExcelFout): string | undefined {
  if (f.code !== ErrorCode.invalidValue && f.code !== ErrorCode.notAvailable) return `onverwachte foutcode ${f.code}`;
  if (typeof f.message !== "string" || f.message.trim().length < 5) return "lege foutmelding";
  // Excel toont de melding in een klein venstertje: een echo van 10.000 tekens of stuurtekens horen daar niet.
  if (f.message.length > 400) return `foutmelding van ${f.message.length} tekens`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(f.message)) return "stuurtekens in de foutmelding";
  return undefined;
}

/** Eén aanroep, gemeten en beoordeeld; een andere exceptie dan CustomFunctions.Error of een timeout faalt. */
function probeer(meta: FunctieMeta, args: unknown[], soort: "willekeurig" | "randen"): void {
  const t = tellingen.get(meta.id) ?? { willekeurig: 0, randen: 0, fouten: 0, waarden: 0, traagsteMs: 0 };
  tellingen.set(meta.id, t);
  t[soort]++;
  const begin = performance.now();
  let uitkomst: unknown;
  try {
    uitkomst = roep(meta.id, args);
  } catch (e) {
    if (!(e instanceof ExcelFout)) {
      const wat = (e as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT" ? `hangt (> ${TIJDSLIMIET_MS} ms)` : `gooit ${String(e)}`;
      throw new Error(`WLZ.${meta.id}(${toon(args)}) ${wat}`);
    }
    uitkomst = e;
  }
  const ms = performance.now() - begin;
  t.traagsteMs = Math.max(t.traagsteMs, ms);
  if (ms > TRAAG_MS) {
    // één trage meting kan GC of een drukke machine zijn: alleen een herhaald trage aanroep telt
    const opnieuw = performance.now();
    try {
      roep(meta.id, args);
    } catch {
      /* de uitkomst is hierboven al beoordeeld */
    }
    const ms2 = performance.now() - opnieuw;
    if (ms2 > TRAAG_MS) throw new Error(`WLZ.${meta.id}(${toon(args)}) duurde ${ms.toFixed(0)} en ${ms2.toFixed(0)} ms`);
  }
  if (uitkomst instanceof ExcelFout) t.fouten++;
  else t.waarden++;
  const probleem = beoordeel(meta, uitkomst);
  if (probleem) throw new Error(`WLZ.${meta.id}(${toon(args)}) gaf ${probleem}`);
}

function toon(args: unknown[]): string {
  return args
    .map((a) => {
      const s = Array.isArray(a) ? JSON.stringify(a) : typeof a === "string" ? JSON.stringify(a) : Object.is(a, -0) ? "-0" : String(a);
      return s.length > 80 ? `${s.slice(0, 77)}...` : s;
    })
    .join("; ");
}

// ---- invoer --------------------------------------------------------------------------------------

const RANDGETALLEN = [
  0, -0, 1, -1, 0.5, 0.955, 1.0000001, 365, 366, 1e308, -1e308, 5e-324, -5e-324, Number.MAX_VALUE, Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2958465, 2958466, 1e-7, 1e21, 0.1 + 0.2, NaN, Infinity, -Infinity,
];
const RANDTEKSTEN = [
  "", " ", "\t", "x".repeat(10_000), "9".repeat(10_000), "\u0000\u0001\u001b[31m\u007f", "=1+1", "@SUM(A1:A2)", "+1", "-1",
  "=HYPERLINK(\"http://x\")", "95,5%", "100%", "-2%", "%", "1.000,50", "1,000.50", "1e400", "1e-400", "0x10", "Infinity", "NaN",
  "€ 12,50", "１２３", "١٢٣", "ZZP\u200b", "zZp ", " CZ-VV-2021 ", "cz-vv-2021", "ja", "nee", "WAAR", "ONWAAR", "x",
  "bestaand", "bestaand-nieuw", "nieuw", "1-1-2024", "2024-02-30", "31-12-9999", "0-0-0000", "\u202e", "😀", "Zoë", "null",
  "undefined", "__proto__", "constructor", "toString", "hasOwnProperty",
];
const RANDBEREIKEN: unknown[] = [
  [], [[]], [[], []], [[1, 2, 3]], [[1], [1, 2, 3]], [[null]], [[0]], [["x"]], [[NaN]], [[Infinity, 1]], [["Categorie"]],
  [["Categorie", "nieuw", "extra"]], [["Plan opslag", "ja"], ["Plan opslag", "nee"]], [["Richttarief", "200%"]],
  [["Richttarief", -0.5]], [["Tariefpercentage vorig jaar", 1e308]], [["__proto__", "ja"]], [[null, null], [null, null]],
  Array.from({ length: 200 }, (_, i) => [i % 7 === 0 ? "Categorie" : `junk ${i}`, i % 3 === 0 ? null : i]),
];

const regelsetArb = () => fc.constantFrom(...regelsetIds, ...regelsetIds.map((r) => r.toLowerCase()), "ONBEKEND-2099");
const LABELS = [
  "Categorie", "Plan opslag", "Tariefpercentage vorig jaar", "Lagere kosten", "Regionale bijdrage", "Uitzondering",
  "Afgesproken percentage", "Richttarief", "Monitor", "Differentiatie", "Technologie-opslag", "Bewegingen-opslag",
  "Essentiele voorzieningen", "Werkgeversopslag", " plan  OPSLAG ", "Onbekend label",
];
const WAARDEN = ["ja", "nee", "nieuw", "bestaand", "bestaand-nieuw", "actief", "niet actief", "verhoging", "gelijk", "verlaging", "95,5%", "0,96", "97,8%"];

const getalArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...RANDGETALLEN) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
);
const tekstArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...RANDTEKSTEN) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...WAARDEN, ...LABELS) },
  { weight: 1, arbitrary: getalArb.map((n) => String(n).replace(".", ",")) },
);
const scalairArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: getalArb },
  { weight: 4, arbitrary: tekstArb },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);
/** Rechthoekig of gekarteld, 0..200 rijen; profielbereiken (label/waarde) met rommel ertussen. */
const bereikArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...RANDBEREIKEN) },
  { weight: 2, arbitrary: fc.array(fc.array(scalairArb, { maxLength: 4 }), { maxLength: 6 }) },
  { weight: 1, arbitrary: scalairArb.map((c) => [[c]]) },
  {
    weight: 3,
    arbitrary: fc.array(
      fc.tuple(fc.oneof(fc.constantFrom(...LABELS), tekstArb, scalairArb), fc.oneof(fc.constantFrom(...WAARDEN), scalairArb)),
      { minLength: 1, maxLength: 200 },
    ),
  },
);
const allesArb: fc.Arbitrary<unknown> = fc.oneof({ weight: 5, arbitrary: scalairArb }, { weight: 1, arbitrary: bereikArb });

/** Per parameter een mengsel van zinnige en vijandige waarden, zodat ook de diepe paden geraakt worden. */
function parameterArb(naam: string, matrix: boolean): fc.Arbitrary<unknown> {
  const zinnig: Record<string, () => fc.Arbitrary<unknown>> = {
    regelset: regelsetArb,
    leveringsvorm: () => fc.constantFrom("ZZP", "VPT", "MPT", "DTV", "LOGEREN", "CRISIS", "MEERZORG", " vpt ", "zzp"),
    onderdeel: () => fc.constantFrom("zorg", "toeslag", "dagbesteding", "vervoer", null, 0, ""),
    aanbieder: () => fc.oneof(fc.constantFrom("bestaand", "bestaand-nieuw", "nieuw", null), bereikArb),
    correcties: () => bereikArb,
  };
  const eigen = zinnig[naam]?.() ?? (matrix ? bereikArb : fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 1e6, noNaN: true })));
  return fc.oneof({ weight: 3, arbitrary: eigen }, { weight: 2, arbitrary: allesArb });
}

/** Hoe Excel een weggelaten optioneel argument stuurt: null; ook undefined en een kortere lijst moeten werken. */
function argumentenArb(meta: FunctieMeta): fc.Arbitrary<unknown[]> {
  const waarden = fc.tuple(...meta.parameters.map((p) => parameterArb(p.name, p.dimensionality === "matrix")));
  const verplicht = meta.parameters.filter((p) => !p.optional).length;
  return fc.tuple(waarden, fc.integer({ min: verplicht, max: meta.parameters.length }), fc.constantFrom("null", "undefined", "kort")).map(
    ([w, n, wijze]) => (wijze === "kort" ? w.slice(0, n) : [...w.slice(0, n), ...Array(w.length - n).fill(wijze === "null" ? null : undefined)]),
  );
}

/** Zinnige basisargumenten, waarop de randgevallen per positie worden gezet. */
function basis(meta: FunctieMeta, regelset: string): unknown[] {
  const v: Record<string, unknown> = { regelset, leveringsvorm: "ZZP", onderdeel: null, aanbieder: [["Plan opslag", "ja"]], contract_met_dit_zorgkantoor: "ja", soort: "bezwaar", datum: 46000, betaalmaand: 46143 };
  return meta.parameters.map((p) => (p.name in v ? v[p.name] : 100));
}

// ---- tests ---------------------------------------------------------------------------------------

describe("elke functie van de bundel onder vijandige invoer", () => {
  it("de bundel registreert functies en de fuzz kent ze allemaal", () => {
    expect(functies.length).toBeGreaterThanOrEqual(7);
    expect(regelsetIds.length).toBeGreaterThan(5);
  });

  it.each(["TARIEFPERCENTAGE", "TARIEF", "TARIEFUITLEG", "HERSCHIKKING", "INITIELEVOLUME", "CRISISVERGOEDING", "REGELSETS", "AANBIEDERCATEGORIE", "ONDERAANNEMING", "TERMIJN", "BETALING"])(
    "%s: randgevallen op elke positie",
    (id) => {
      const meta = functies.find((f) => f.id === id);
      expect(meta, `${id} staat niet in functions.json`).toBeDefined();
      const m = meta as FunctieMeta;
      const randen: unknown[] = [...RANDGETALLEN, ...RANDTEKSTEN, true, false, null, undefined, ...RANDBEREIKEN];
      if (m.parameters.length === 0) for (let i = 0; i < 20; i++) probeer(m, [], "randen");
      // drie regelsets met verschillende regels: CZ-VV-2021 (crisis 50%), CZ-GZ-2026 (herschikking, leegstand), ZK-2023
      for (const regelset of ["CZ-VV-2021", "CZ-GZ-2026", "ZK-2023"]) {
        if (m.parameters.length === 0) break;
        for (let pos = 0; pos < m.parameters.length; pos++) {
          for (const r of randen) {
            const args = basis(m, regelset);
            args[pos] = r;
            probeer(m, args, "randen");
          }
        }
        // alle numerieke posities tegelijk op de uitersten (overloop in de uitkomst)
        for (const r of [1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 1e21]) {
          const args = basis(m, regelset).map((a) => (typeof a === "number" ? r : a));
          probeer(m, args, "randen");
        }
      }
    },
  );

  it("de tijdslimiet werkt echt: een functie die eeuwig rekent wordt een mislukte test, geen hangende", () => {
    vm.runInContext("__functies.__EEUWIG = function () { for (;;) {} }", ctx);
    const meta: FunctieMeta = { id: "__EEUWIG", name: "__EEUWIG", parameters: [], result: { type: "number" } };
    const begin = Date.now();
    expect(() => probeer(meta, [], "randen")).toThrow(/hangt/);
    expect(Date.now() - begin).toBeLessThan(TIJDSLIMIET_MS + 3000);
    tellingen.delete("__EEUWIG");
    vm.runInContext("delete __functies.__EEUWIG", ctx);
  });

  // gevonden door deze fuzz (gerepareerd in src/functions/argumenten.ts en src/rules/invoer.ts)
  it("regressie: overloop naar Infinity wordt #VALUE!, een getaltekst van 10.000 cijfers is snel onleesbaar", () => {
    const meta = (id: string) => functies.find((f) => f.id === id) as FunctieMeta;
    for (const [id, args] of [
      ["TARIEF", ["LANDELIJK-2021", "ZZP", 0, 1.7976931348623157e308, 0, null, null]],
      ["HERSCHIKKING", ["CZ-GZ-2026", 1e308, 1e308]],
      ["INITIELEVOLUME", ["CZ-VV-2021", "ZZP", 1e308, [[1e308, 1e308]]]],
      ["CRISISVERGOEDING", ["CZ-VV-2021", 100, 100, 100, 1e308, null]],
      ["CRISISVERGOEDING", ["ZK-2023", 100, 100, 100, 100, "9".repeat(10_000)]],
    ] as [string, unknown[]][]) {
      let fout: unknown;
      try {
        roep(id, args);
      } catch (e) {
        fout = e;
      }
      expect(fout, `${id}(${toon(args)})`).toBeInstanceOf(ExcelFout);
      expect((fout as ExcelFout).code).toBe("#VALUE!");
      probeer(meta(id), args, "randen");
    }
  });

  it("elke functie gebruikt de volledige set functies uit functions.json", () => {
    // nieuwe functies vallen vanzelf onder de willekeurige test hieronder; deze lijst houdt de randtest eerlijk
    expect(functies.map((f) => f.id).sort()).toEqual(
      ["AANBIEDERCATEGORIE", "BETALING", "CRISISVERGOEDING", "HERSCHIKKING", "INITIELEVOLUME", "ONDERAANNEMING", "REGELSETS", "TARIEF", "TARIEFPERCENTAGE", "TARIEFUITLEG", "TERMIJN"],
    );
  });

  it(`willekeurige Excel-vormige invoer (${RUNS} gevallen per functie)`, () => {
    for (const meta of functies) {
      fc.assert(
        fc.property(argumentenArb(meta), (args) => {
          probeer(meta, args, "willekeurig");
        }),
        { numRuns: meta.parameters.length === 0 ? 20 : RUNS, seed: SEED },
      );
    }
  }, 600_000);
});
