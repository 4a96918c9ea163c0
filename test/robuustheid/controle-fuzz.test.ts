/**
 * De controle (src/workbook/controle.ts) over willekeurige, vijandige werkmapmodellen: labels, kolomkoppen,
 * foutwaarden, randgetallen, rare teksten en WLZ-formules door elkaar, met en zonder opgelegde regelset.
 * Eis: nooit een exceptie, elke bevinding welgevormd (code, ernst, blad, A1-cel, korte melding, bron),
 * de samenvatting klopt, en elke controle is binnen de tijd klaar.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { controleerWerkmap } from "../../src/workbook/controle";
import { type CelInvoer, maakWerkmap } from "../../src/workbook/snapshot";

const RUNS = Number(process.env.WLZ_FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.WLZ_FUZZ_SEED ?? 20261127);
const MAX_MS = 2000;

const KOP = ["Regelset", "Zorgaanbieder", "AGB-code", "Regio", "Inschrijfdatum", "Categorie", "Plan opslag", "Tariefpercentage vorig jaar", "Richttarief", "Afgesproken percentage", "Verwachte gecontracteerde zorg", "Waarvan onderaanneming"];
const KOLOMMEN = ["Prestatie", "Leveringsvorm", "Onderdeel", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet", "Herschikte afspraak vorig jaar", "Initieel volume"];
const CRISIS = ["Prestatie", "Afgesproken bedden", "Dagen bezet", "Dagen onbezet", "Vergoede dagen", "Tarief", "Leegstandtarief", "Vergoeding"];
const REGELSETS = ["CZ-VV-2021", "CZ-GZ-2026", "LANDELIJK-2021", "ZK-2023", "DSW-VV-2024", "cz-vv-2021 ", "ONBEKEND"];
const WAARDEN = ["ZZP", "VPT", "MPT", "DTV", "LOGEREN", "CRISIS", "zorg", "toeslag", "ja", "nee", "nieuw", "bestaand", "95,5%", "96%", "1-1-2024", "2024-13-45"];
const FOUTEN = ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];
const GETALLEN = [0, -0, 1, -1, 0.96, 1.5, 100, 365, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 45000, 2958466];
const RARE_TEKSTEN = ["", " ", "=1+1", "@SUM(A1)", "\u0000\u001b[2J", "\u202e", "x".repeat(5000), "9".repeat(500), "１２３", "😀", "__proto__", "constructor"];

const formule: fc.Arbitrary<CelInvoer> = fc
  .tuple(
    fc.constantFrom("TARIEF", "TARIEFPERCENTAGE", "INITIELEVOLUME", "CRISISVERGOEDING", "HERSCHIKKING", "ONBEKEND"),
    fc.array(fc.constantFrom('"CZ-VV-2021"', "B1", "$A$1:$B$2", "D6", "[1]Blad1!A1", "'C:\\x\\[b.xlsx]B'!A1", "1e308", '"ZZP"', "A1:XFD1048576", "((1))", ""), { maxLength: 7 }),
    fc.oneof(fc.constantFrom(...GETALLEN), fc.constantFrom("", "#N/A"), fc.constant(null)),
  )
  .map(([f, args, waarde]) => ({ formule: `_xldudf_WLZ_${f}(${args.join(",")})`, waarde: waarde as never }));

const cel: fc.Arbitrary<CelInvoer> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...KOP, ...KOLOMMEN, ...CRISIS) },
  { weight: 2, arbitrary: fc.constantFrom(...REGELSETS, ...WAARDEN) },
  { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...GETALLEN), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -10, max: 100_000 })) },
  { weight: 1, arbitrary: fc.constantFrom(...FOUTEN).map((f) => ({ fout: f })) },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...RARE_TEKSTEN), fc.string({ maxLength: 20 })) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: formule },
);

/** Een blad dat vaak op een offerte lijkt: kopblok, kopregel, rijen; soms pure rommel. */
const blad: fc.Arbitrary<CelInvoer[][]> = fc.oneof(
  fc.array(fc.array(cel, { maxLength: 14 }), { maxLength: 25 }),
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...KOP), cel), { maxLength: 6 }),
      fc.shuffledSubarray(KOLOMMEN, { minLength: 3 }),
      fc.array(fc.array(cel, { minLength: 5, maxLength: 12 }), { maxLength: 12 }),
      fc.boolean(),
      fc.array(fc.array(cel, { maxLength: 8 }), { maxLength: 4 }),
    )
    .map(([kop, kolommen, rijen, metCrisis, crisisRijen]) => [
      ["Regelset", "CZ-VV-2021"],
      ...kop.map(([l, w]) => [l, w]),
      [],
      kolommen,
      ...rijen,
      ...(metCrisis ? [[], CRISIS, ...crisisRijen] : []),
    ]),
);

const werkmapArb = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 31 }), blad), { minLength: 0, maxLength: 3 });

let gevallen = 0;
let traagste = 0;
let bevindingenTotaal = 0;
const codes = new Set<string>();
afterAll(() =>
  console.log(`Controle-fuzz: ${gevallen} controles, ${bevindingenTotaal} bevindingen, ${codes.size} verschillende codes (${[...codes].sort().join(" ")}), traagste ${traagste.toFixed(0)} ms`),
);

describe("de controle over willekeurige werkmapmodellen", () => {
  it(`nooit een exceptie, altijd welgevormde bevindingen (${RUNS * 3} werkmappen, zonder of met opgelegde regelset)`, () => {
    fc.assert(
      fc.property(werkmapArb, fc.constantFrom(undefined, "CZ-VV-2021", "CZ-GZ-2026", "ZK-2023"), (bladen, opgelegd) => {
        // unieke bladnamen, zoals Excel afdwingt (hoofdletterongevoelig)
        const gezien = new Set<string>();
        const uniek = bladen.filter(([n]) => !gezien.has(n.toLowerCase()) && gezien.add(n.toLowerCase()));
        const wm = maakWerkmap(uniek);
        const namen = new Set(wm.bladen.map((b) => b.naam));
        const begin = performance.now();
        const r = controleerWerkmap(wm, { regelset: opgelegd });
        const ms = performance.now() - begin;
        gevallen++;
        traagste = Math.max(traagste, ms);
        bevindingenTotaal += r.bevindingen.length;
        expect(ms).toBeLessThan(MAX_MS);
        for (const b of r.bevindingen) {
          codes.add(b.code);
          expect(b.code).toMatch(/^WLZ-[A-Z]{3}-\d{3}$/);
          expect(["fout", "waarschuwing", "info"]).toContain(b.severity);
          if (b.sheet !== "") expect(namen.has(b.sheet), b.sheet).toBe(true);
          expect(b.cell).toMatch(/^(\$?[A-Z]{1,3}\$?\d{1,7}(:\$?[A-Z]{1,3}\$?\d{1,7})?)?$/);
          expect(typeof b.message).toBe("string");
          expect(b.message.trim().length).toBeGreaterThan(5);
          // een cel van 5000 tekens wordt ingekort, niet herhaald
          expect(b.message.length).toBeLessThan(1500);
          // stuurtekens uit cellen komen niet in meldingen (rapportblad, taakvenster, CSV)
          // eslint-disable-next-line no-control-regex
          expect(b.message).not.toMatch(/[\u0000-\u001f\u007f]/);
          expect(b.source.trim().length).toBeGreaterThan(0);
        }
        const tel = (e: string) => r.bevindingen.filter((b) => b.severity === e).length;
        expect(r.samenvatting).toEqual({ fout: tel("fout"), waarschuwing: tel("waarschuwing"), info: tel("info") });
        if (opgelegd) expect(r.regelset).toBe(opgelegd);
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
    // de fuzz komt voorbij de eerste poort: ook tarief-, omzet-, volume- en crisiscontroles vuren
    expect([...codes].filter((c) => !c.startsWith("WLZ-OFF-")).length).toBeGreaterThanOrEqual(5);
  }, 600_000);

  // gevonden door deze fuzz; gerepareerd in src/rules/voorwaarden.ts (isCrisisprestatie)
  it("regressie: een crisisprestatie van 5000 tekens met stuurtekens wordt ingekort in WLZ-CRI-003", () => {
    const wm = maakWerkmap({ Blad: [["Regelset", "CZ-VV-2021"], [], CRISIS, [`${"x".repeat(5000)}\u001b[2J`, 1, 100, 10, 110]] });
    const b = controleerWerkmap(wm).bevindingen.find((x) => x.code === "WLZ-CRI-003");
    expect(b).toBeDefined();
    expect(b?.message.length).toBeLessThan(300);
    // eslint-disable-next-line no-control-regex
    expect(b?.message).not.toMatch(/[\u0000-\u001f]/);
  });
});
