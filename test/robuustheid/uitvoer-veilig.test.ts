/**
 * Uitvoer is nooit een formule: het rapportblad (src/workbook/schrijven.ts), en de CSV-, tekst- en
 * JSON-uitvoer van wlz-check (src/cli/uitvoer.ts). Eigenschapstests met fast-check, eerst op de
 * uitvoerfuncties met willekeurige bevindingen, dan op de hele keten: vijandige werkmap -> controle
 * -> uitvoer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alsCsv, alsJson, alsTekst, BEVINDINGKOLOMMEN, type Bestandsresultaat } from "../../src/cli/uitvoer";
import type { Controleresultaat } from "../../src/workbook/controle";
import type { Bevinding } from "../../src/workbook/checks/context";
import { controleerWerkmap } from "../../src/workbook/controle";
import { neutraliseer, RAPPORTKOPPEN, rapportRijen } from "../../src/workbook/schrijven";
import { maakWerkmap } from "../../src/workbook/snapshot";

const RUNS = Number(process.env.WLZ_FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.WLZ_FUZZ_SEED ?? 20261127);

/** Tekens waarmee Excel (of een CSV-import) een cel als formule opvat. */
const FORMULESTART = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/** CSV: OWASP-lijst (= + - @ tab CR). */
const CSV_FORMULESTART = /^[=+\-@\t\r]/;

const aanval = fc.constantFrom(
  "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "=HYPERLINK(\"http://x\";\"klik\")", "=cmd|' /C calc'!A0", "＝1+1",
  "＋1", "－1", "＠SUM(A1)", "'=1", "''=1", "-", "=", "\u001b[31m=rood", "\u202e=1", "\"=1", " =1", "",
);
const tekst = fc.oneof(
  { weight: 3, arbitrary: aanval },
  { weight: 2, arbitrary: fc.tuple(aanval, fc.string({ maxLength: 20 })).map(([a, b]) => a + b) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
);
const ernst = fc.constantFrom("fout", "waarschuwing", "info") as fc.Arbitrary<Bevinding["severity"]>;
// The quote of the source lands in its own column of the report sheet and the CSV: it gets hostile text too.
const bron = fc.record({ titel: tekst, sectie: tekst, citaat: tekst, bestand: tekst }, { requiredKeys: ["titel", "sectie", "bestand"] });
const bevinding: fc.Arbitrary<Bevinding> = fc.record(
  { code: tekst, severity: ernst, sheet: tekst, cell: tekst, message: tekst, source: tekst, bron },
  { requiredKeys: ["code", "severity", "sheet", "cell", "message", "source"] },
);
const resultaat = (bevindingen: Bevinding[], regelset: string | null = "CZ-VV-2021"): Controleresultaat => ({
  status: "gecontroleerd",
  regelset,
  gecontroleerd: { prestatieregels: 1, crisisregels: 0, overgeslagen: 0 },
  dekking: { kopblok: null, tabellen: [], regelsToegepast: true, nietUitgevoerd: [] },
  bevindingen,
  samenvatting: {
    fout: bevindingen.filter((b) => b.severity === "fout").length,
    waarschuwing: bevindingen.filter((b) => b.severity === "waarschuwing").length,
    info: bevindingen.filter((b) => b.severity === "info").length,
  },
});

/** RFC 4180-lezer met ; als scheidingsteken: velden tussen aanhalingstekens mogen ;, "" en regeleinden bevatten. */
function leesCsv(t: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = "";
  let i = 0;
  let gequote = false;
  while (i < t.length) {
    const c = t[i];
    if (gequote) {
      if (c === '"' && t[i + 1] === '"') (veld += '"'), (i += 2);
      else if (c === '"') (gequote = false), i++;
      else (veld += c), i++;
    } else if (c === '"') (gequote = true), i++;
    else if (c === ";") rij.push(veld), (veld = ""), i++;
    else if (c === "\r" && t[i + 1] === "\n") rij.push(veld), rijen.push(rij), (rij = []), (veld = ""), (i += 2);
    else (veld += c), i++;
  }
  if (veld !== "" || rij.length) rij.push(veld), rijen.push(rij);
  return rijen;
}

/** Wat een spreadsheet van een CSV-veld maakt: een veld dat met een formuleteken begint, is een formule. */
function controleerCsv(csv: string, aantal: number): void {
  expect(csv.startsWith("\ufeff")).toBe(true);
  const rijen = leesCsv(csv.slice(1));
  // a file without findings still has its own line; the total is the last line
  expect(rijen).toHaveLength(Math.max(aantal, 1) + 2);
  for (const rij of rijen) {
    expect(rij).toHaveLength(BEVINDINGKOLOMMEN.length);
    for (const veld of rij) expect(veld, JSON.stringify(veld)).not.toMatch(CSV_FORMULESTART);
  }
  // elk gegevensveld staat tussen aanhalingstekens (de vaste kopregel niet): een ; splitst geen kolom
  expect(csv.startsWith("\ufeffbestand;zorgaanbieder;blad;cel;prestatie;code;ernst;melding;verwacht;gevonden;bron;citaat\r\n")).toBe(true);
  for (const regel of csv.split("\r\n").slice(1).filter(Boolean)) expect(regel.startsWith('"'), regel).toBe(true);
}

function controleerTekst(t: string): void {
  // eslint-disable-next-line no-control-regex
  expect(t).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
}

describe("rapportblad: geen cel begint als formule", () => {
  it("neutraliseer: formuletekens krijgen een apostrof, de tekst zelf blijft gelijk", () => {
    fc.assert(
      fc.property(tekst, (t) => {
        const n = neutraliseer(t);
        expect(n).not.toMatch(FORMULESTART);
        // Excel slikt de leidende apostrof in: wat de gebruiker ziet is precies t
        expect(n === t || n === `'${t}`).toBe(true);
        if (n !== t) expect(n.startsWith("'")).toBe(true);
      }),
      { numRuns: RUNS * 5, seed: SEED },
    );
  });

  it("rapportRijen: elke cel van elke rij, ook bladnaam en celadres", () => {
    fc.assert(
      fc.property(fc.array(bevinding, { maxLength: 20 }), (bevindingen) => {
        const rijen = rapportRijen(bevindingen);
        expect(rijen).toHaveLength(Math.max(bevindingen.length, 1) + 1);
        for (const rij of rijen) {
          expect(rij).toHaveLength(RAPPORTKOPPEN.length);
          for (const c of rij) {
            expect(typeof c).toBe("string");
            expect(c, JSON.stringify(c)).not.toMatch(FORMULESTART);
          }
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe("wlz-check-uitvoer", () => {
  it("CSV: geen veld begint met = + - @ tab of CR, elk veld gequote, rijen en kolommen kloppen", () => {
    fc.assert(
      fc.property(fc.array(bevinding, { maxLength: 15 }), tekst, (bevindingen, file) => {
        const bestanden: Bestandsresultaat[] = [{ file, resultaat: resultaat(bevindingen) }];
        controleerCsv(alsCsv(bestanden), bevindingen.length);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("tekst: geen stuurtekens of ANSI-escapes uit de werkmap of de bestandsnaam", () => {
    fc.assert(
      fc.property(fc.array(bevinding, { maxLength: 15 }), tekst, (bevindingen, file) => {
        // cel en code maakt de controle zelf (A1-adres, WLZ-code); de rest komt uit de werkmap
        const b = bevindingen.map((x) => ({ ...x, cell: "B12", code: "WLZ-OFF-003" }));
        controleerTekst(alsTekst([{ file, resultaat: resultaat(b) }]));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("JSON: geldig, en elke melding komt ongewijzigd terug (JSON is data, geen spreadsheet)", () => {
    fc.assert(
      fc.property(fc.array(bevinding, { maxLength: 15 }), tekst, (bevindingen, file) => {
        const doc = JSON.parse(alsJson([{ file, resultaat: resultaat(bevindingen) }])) as { files: { file: string; findings: Bevinding[] }[] };
        expect(doc.files[0].file).toBe(file);
        expect(doc.files[0].findings).toEqual(bevindingen);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe("de hele keten: vijandige werkmap -> controle -> rapport en CSV", () => {
  it("teksten uit cellen en bladnamen in meldingen worden nergens een formule", () => {
    const kolommen = ["Prestatie", "Leveringsvorm", "Onderdeel", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet"];
    let metAanval = 0;
    fc.assert(
      fc.property(tekst, tekst, tekst, tekst, (bladnaam, lv, regelset, volume) => {
        const naam = bladnaam.replace(/[[\]:*?/\\]/g, "").slice(0, 31) || "Blad";
        const wm = maakWerkmap({
          [naam]: [["Regelset", regelset], ["Plan opslag", lv], [], kolommen, ["P1", lv, "zorg", 100, 10, 5, 0.96, 111, volume, 1110]],
        });
        for (const opgelegd of [undefined, "CZ-VV-2021"]) {
          const r = controleerWerkmap(wm, { regelset: opgelegd });
          if (r.bevindingen.some((b) => FORMULESTART.test(b.message) || FORMULESTART.test(b.sheet))) metAanval++;
          for (const rij of rapportRijen(r.bevindingen)) for (const c of rij) expect(c).not.toMatch(FORMULESTART);
          controleerCsv(alsCsv([{ file: naam, resultaat: r }]), r.bevindingen.length);
          controleerTekst(alsTekst([{ file: naam, resultaat: r }]));
        }
      }),
      { numRuns: Math.ceil(RUNS / 4), seed: SEED },
    );
    // de keten moet ook echt meldingen of bladnamen met een formuleteken gezien hebben
    expect(metAanval).toBeGreaterThan(10);
  }, 120_000);
});
