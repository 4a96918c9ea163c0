/**
 * Real .xlsx files from other readers' public test corpora (see BRONNEN.md): the streaming reader
 * against exceljs, cell by cell. Where they differ, the reader's value is checked against what Excel
 * shows, with the reason; where exceljs cannot read a file, cells that Excel shows are checked.
 */
import { metFormuleteksten } from "../../src/workbook/gedeelde-formule";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adres, celKolommen, type Cel, parseAdres, rijIndexen, serieNaarDatum, type Werkmap, WerkmapFout } from "../../src/workbook/snapshot";
import { leesXlsx } from "../../src/workbook/xlsx";

const MAP = join(__dirname, "bestanden");
const pad = (f: string) => join(MAP, f);

/** Cells where exceljs is wrong: the right value (as Excel shows it) and why. */
const EXCELJS_FOUT: Record<string, Record<string, Cel>> = {
  // 1904 workbook: exceljs leaves the serials in the 1904 system; 2021-01-01 in the 1900 system is 44197
  "calamine-date_1904.xlsx": { "Sheet1!A1": { waarde: 44197 }, "Sheet1!A2": { waarde: 44198 } },
  // t="d" (ISO 8601): exceljs reads only the year ("2021") or the hour ("10")
  "calamine-date_iso.xlsx": { "Sheet!A1": { waarde: 44197 }, "Sheet!A2": { waarde: 44197.423726851855 }, "Sheet!A3": { waarde: 0.4237268518518518 } },
  "sheetjs-xlsx-stream-d-date-cell.xlsx": {
    "Sheet1!B5": { waarde: 41684.35264774306 },
    // an inline-string formula result: exceljs reads it as a number
    "Sheet1!B11": { waarde: "String1", formule: "CONCATENATE(A1,B2)" },
  },
  "poi-SimpleStrict.xlsx": { "Sheet Number 2!A4": { waarde: 32874 } },
  // inline strings in CDATA: exceljs skips them
  "calamine-inlineStr_cdata.xlsx": { "Sheet1!A1": { waarde: "Hello CDATA" }, "Sheet1!B1": { waarde: "World" }, "Sheet1!A2": { waarde: "12345" } },
  // a formula with a hyperlink: exceljs keeps the link and drops the formula
  "exceljs-formulas.xlsx": { "Sheet1!A1": { waarde: "someone@example.com", formule: '_xlfn.CONCAT("someone","@example.com")' } },
};

/** Files exceljs cannot read (or reads as empty): cells Excel shows. */
const ALLEEN_STROOM: Record<string, Record<string, Cel>> = {
  "calamine-nonstandard-xml-ns-prefix.xlsx": { "Sheet1!A1": { waarde: "a" }, "Sheet1!B3": { waarde: 4 } },
  "calamine-richtext-namespaced.xlsx": { "Sheet1!A1": { waarde: "inline string\nLine 2\nLine 3" }, "Sheet1!H1": { waarde: "shared string\nLine 2\nLine 3" } },
  "closedxml-DateTimeGroupAutoFilter.xlsx": { "Single Column Dates!A1": { waarde: "Dates" }, "Single Column Dates!A2": { waarde: 43102 } },
  "closedxml-InsertColumns.xlsx": { "Inserting Columns!A1": { waarde: "X" }, "Inserting Columns!G1": { waarde: "X" } },
  "poi-InlineString.xlsx": { "Sheet1!A1": { waarde: "😜more text" } },
};

function op(wm: Werkmap, sleutel: string): Cel | undefined {
  const i = sleutel.lastIndexOf("!");
  const blad = wm.bladen.find((b) => b.naam === sleutel.slice(0, i));
  const { r, c } = parseAdres(sleutel.slice(i + 1));
  return blad?.rijen[r]?.[c];
}

function verschillen(a: Werkmap, b: Werkmap): string[] {
  const uit: string[] = [];
  expect(a.bladen.map((x) => x.naam)).toEqual(b.bladen.map((x) => x.naam));
  a.bladen.forEach((bl, i) => {
    const bb = b.bladen[i];
    const rijen = new Set([...rijIndexen(bl.rijen), ...rijIndexen(bb.rijen)]);
    for (const r of rijen) {
      for (const c of new Set([...celKolommen(bl.rijen[r]), ...celKolommen(bb.rijen[r])])) {
        const x = bl.rijen[r]?.[c];
        const y = bb.rijen[r]?.[c];
        // exceljs reads the empty <v/> of a formula without a stored result (openpyxl writes them) as an empty
        // text; the checker reads no result (null), never empty (interface §4): a known difference, not a bug
        if (x?.formule !== undefined && x.formule === y?.formule && x.waarde === null && y.waarde === "") continue;
        const getallen = typeof x?.waarde === "number" && typeof y?.waarde === "number";
        const gelijk = getallen ? Math.abs((x.waarde as number) - (y.waarde as number)) <= 1e-8 && x.formule === y.formule : JSON.stringify(x) === JSON.stringify(y);
        if (!gelijk) uit.push(`${bl.naam}!${adres(r, c)}`);
      }
    }
  });
  return uit.sort();
}

const bestanden = readdirSync(MAP).filter((f) => f.endsWith(".xlsx"));

describe("echte bestanden uit openbare testcorpora: de stromende lezer naast exceljs", () => {
  it("het corpus is er (minstens 30 bestanden uit vijf corpora, plus examples/ opgeslagen door LibreOffice en openpyxl)", () => {
    expect(bestanden.length).toBeGreaterThanOrEqual(30);
    expect(new Set(bestanden.map((f) => f.split("-")[0]))).toEqual(new Set(["calamine", "closedxml", "exceljs", "poi", "sheetjs", "libreoffice", "openpyxl"]));
  });

  it.each(bestanden.filter((f) => !(f in ALLEEN_STROOM) && f !== "exceljs-missing-bits.xlsx"))("%s", async (f) => {
    // every formula as its text at its cell, as exceljs gives it
    const stroom = metFormuleteksten(await leesXlsx(pad(f)));
    const ref = await leesXlsx(pad(f), { methode: "exceljs" });
    const bekend = EXCELJS_FOUT[f] ?? {};
    expect(verschillen(stroom, ref)).toEqual(Object.keys(bekend).sort());
    for (const [sleutel, juist] of Object.entries(bekend)) expect(op(stroom, sleutel)).toEqual(juist);
  });

  it.each(Object.keys(ALLEEN_STROOM))("%s (exceljs leest het niet)", async (f) => {
    const stroom = await leesXlsx(pad(f));
    for (const [sleutel, juist] of Object.entries(ALLEEN_STROOM[f])) expect(op(stroom, sleutel)).toEqual(juist);
  });

  it("1904-werkmappen: de datums komen in het 1900-stelsel", async () => {
    const wm = await leesXlsx(pad("calamine-date_1904.xlsx"));
    expect(wm.datumstelsel).toBe(1904);
    expect(serieNaarDatum(op(wm, "Sheet1!A1")!.waarde as number)).toMatchObject({ jaar: 2021, maand: 1, dag: 1 });
    expect((await leesXlsx(pad("exceljs-1904.xlsx"))).datumstelsel).toBe(1904);
  });

  it("een pakket zonder werkmaponderdeel wordt geweigerd met een heldere melding (Excel opent het ook niet)", async () => {
    const fout = await leesXlsx(pad("exceljs-missing-bits.xlsx")).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(WerkmapFout);
    expect((fout as WerkmapFout).message).toMatch(/werkmaponderdeel .* ontbreekt/);
  });
});
