import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./hulp";
import { leesXlsx } from "../../src/workbook/xlsx";
import { aantalCellen } from "../../src/workbook/snapshot";
import { maakZip, minimaleXlsxOnderdelen } from "../workbook/xlsx-hulp";

const VB = join(__dirname, "..", "..", "examples");

describe("wlz-check --cellen", () => {
  it("geeft elke gevulde cel als één JSON-regel, op volgorde van blad, rij en kolom", async () => {
    const pad = join(VB, "offerte-cz-vv-2021.xlsx");
    const r = await run(["--cellen", pad]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const regels = r.out.trimEnd().split("\n").map((x) => JSON.parse(x) as { blad: string; cel: string; waarde: unknown; formule: string | null });
    const wm = await leesXlsx(pad);
    expect(regels.length).toBe(wm.bladen.reduce((n, b) => n + aantalCellen(b), 0));
    for (const x of regels) expect(Object.keys(x)).toEqual(["blad", "cel", "waarde", "formule"]);
    expect(regels.find((x) => x.waarde === "Regelset")).toBeDefined();
    expect(regels.some((x) => typeof x.formule === "string" && /WLZ/.test(x.formule))).toBe(true);
    // order: sheet by sheet as in the workbook, rows ascending, columns ascending within a row
    const bladVolgorde = wm.bladen.map((b) => b.naam);
    const sleutel = (x: (typeof regels)[number]) => {
      const m = /^([A-Z]+)(\d+)$/.exec(x.cel)!;
      const kol = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return [bladVolgorde.indexOf(x.blad), Number(m[2]), kol];
    };
    for (let i = 1; i < regels.length; i++) {
      const [a, b] = [sleutel(regels[i - 1]), sleutel(regels[i])];
      expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))).toBe(true);
    }
  });

  it("datums van een 1904-werkmap in het 1900-stelsel; een formule zonder opgeslagen uitkomst heeft waarde null", async () => {
    const stijlen = {
      naam: "xl/styles.xml",
      inhoud:
        '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
    };
    const xml =
      '<sheetData><row r="1"><c r="A1" s="1"><v>44469</v></c><c r="B1"><f>SUM(C1:C2)</f></c>' +
      '<c r="C1" t="str"><f>IF(1,"","x")</f><v></v></c><c r="D1" t="s"/></row></sheetData>';
    const delen = [...minimaleXlsxOnderdelen([{ naam: "Blad1", xml }]), stijlen].map((d) =>
      d.naam === "xl/workbook.xml" ? { ...d, inhoud: (d.inhoud as string).replace("<sheets>", '<workbookPr date1904="1"/><sheets>') } : d,
    );
    const bytes = maakZip(delen);
    const r = await run(["--cellen", "x.xlsx"], { lees: () => leesXlsx(bytes) });
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      '{"blad":"Blad1","cel":"A1","waarde":45931,"formule":null}\n' +
        '{"blad":"Blad1","cel":"B1","waarde":null,"formule":"SUM(C1:C2)"}\n' +
        '{"blad":"Blad1","cel":"C1","waarde":"","formule":"IF(1,\\"\\",\\"x\\")"}\n',
    );
  });

  it("een gedeelde formule (zoals Excel een doorgetrokken kolom opslaat): elke cel met haar eigen formuletekst", async () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*$A$1</f><v>4</v></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>6</v></c></row>' +
      '<row r="3"><c r="A3"><v>4</v></c><c r="B3"><f t="shared" si="0"/><v>8</v></c></row></sheetData>';
    const bytes = maakZip(minimaleXlsxOnderdelen([{ naam: "Blad1", xml }]));
    const r = await run(["--cellen", "x.xlsx"], { lees: () => leesXlsx(bytes) });
    expect(r.code).toBe(0);
    const formules = r.out.trimEnd().split("\n").map((x) => JSON.parse(x) as { cel: string; formule: string | null }).filter((x) => x.formule !== null);
    expect(formules.map((x) => `${x.cel}=${x.formule}`)).toEqual(["B1=A1*$A$1", "B2=A2*$A$1", "B3=A3*$A$1"]);
  });

  it("een onleesbaar bestand: melding op stderr en afsluitcode 2; verkeerd gebruik ook 2", async () => {
    const r = await run(["--cellen", join(VB, "bestaat-niet.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/niet gevonden/);
    const samen = await run(["--cellen", join(VB, "offerte-cz-vv-2021.xlsx"), join(VB, "fouten-cz-vv-2021.xlsx")]);
    expect(samen.code).toBe(2);
    expect(samen.err).toMatch(/--cellen neemt precies één bestand/);
  });
});
