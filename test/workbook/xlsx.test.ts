import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cel, parseAdres, serieNaarDatum, type Werkblad, type Werkmap } from "../../src/workbook/snapshot";
import { leesXlsx } from "../../src/workbook/xlsx";
import { maakOfferteXlsx, maakZip, minimaleXlsxOnderdelen, tijdelijkeMap } from "./xlsx-hulp";

const op = (blad: Werkblad, a1: string) => {
  const { r, c } = parseAdres(a1);
  return cel(blad, r, c);
};

describe("leesXlsx op een offerte die exceljs schreef", () => {
  const tmp = tijdelijkeMap();
  let pad: string;
  let wm: Werkmap;
  let blad: Werkblad;

  beforeAll(async () => {
    pad = join(tmp.map, "offerte.xlsx");
    await maakOfferteXlsx().xlsx.writeFile(pad);
    wm = await leesXlsx(pad);
    blad = wm.bladen[0];
  });
  afterAll(() => tmp.opruimen());

  it("geeft de bladen in volgorde, met hun namen", () => {
    expect(wm.bladen.map((b) => b.naam)).toEqual(["Offerte", "Mijn blad"]);
  });

  it("zet een verschoven blok op zijn echte rij en kolom", () => {
    expect(blad.rijen[4][2]).toEqual({ waarde: "Regelset" });
    expect(op(blad, "D5")).toEqual({ waarde: "CZ-GZ-2026" });
    expect(blad.rijen.slice(0, 4)).toEqual([[], [], [], []]);
    expect(blad.rijen[4].slice(0, 2)).toEqual([undefined, undefined]);
  });

  it("bewaart aangepaste functies zoals opgeslagen, met de opgeslagen uitkomst", () => {
    expect(op(blad, "E10")).toEqual({ waarde: 143.49, formule: '_xldudf_WLZ_TARIEF("CZ-GZ-2026","ZZP",D10,0,0)' });
    expect(op(blad, "E11")).toEqual({ waarde: { fout: "#N/A" }, formule: '_xldudf_WLZ_TARIEF("CZ-GZ-2026","ZZP",D11,0,0)' });
  });

  it("geeft elke cel van een gedeelde formule zijn eigen formuletekst", () => {
    expect(op(blad, "G10")).toEqual({ waarde: 14349, formule: "E10*F10" });
    expect(op(blad, "G11")).toEqual({ waarde: { fout: "#N/A" }, formule: "E11*F11" });
    expect(op(blad, "G12")).toEqual({ waarde: 400, formule: "E12*F12" });
  });

  it("leest foutwaarden, booleans en lege tekstuitkomsten", () => {
    expect(op(blad, "D12")).toEqual({ waarde: { fout: "#DIV/0!" } });
    expect(op(blad, "C16")).toEqual({ waarde: true });
    expect(op(blad, "D16")).toEqual({ waarde: false, formule: "C16=TRUE" });
    expect(op(blad, "E16")).toEqual({ waarde: "", formule: 'IF(C16,"","x")' });
  });

  it("zet datums om naar serienummers zonder tijdzoneverschuiving", () => {
    const d = op(blad, "D6")?.waarde as number;
    expect(d).toBe(45931);
    expect(serieNaarDatum(d)).toEqual({ jaar: 2025, maand: 10, dag: 1, uur: 0, minuut: 0 });
    expect(serieNaarDatum(op(blad, "D7")?.waarde as number)).toEqual({ jaar: 2025, maand: 10, dag: 1, uur: 10, minuut: 30 });
  });

  it("maakt van opgemaakte tekst en hyperlinks gewone tekst", () => {
    expect(op(blad, "C14")).toEqual({ waarde: "Opgemaakt" });
    expect(op(blad, "C15")).toEqual({ waarde: "Beleid CZ" });
  });

  it("zet de waarde van samengevoegde cellen alleen in de hoofdcel", () => {
    expect(op(blad, "C18")).toEqual({ waarde: "Samengevoegd" });
    for (const a of ["D18", "E18", "C19", "D19", "E19"]) expect(op(blad, a)).toBeUndefined();
    expect(blad.rijen.length).toBe(18); // rij 19 bevat alleen samengevoegde rest: geen rij
  });

  it("neemt getalnotaties alleen op verzoek mee", async () => {
    expect(op(blad, "D6")?.notatie).toBeUndefined();
    const metNotatie = await leesXlsx(pad, { metNotatie: true });
    expect(op(metNotatie.bladen[0], "D6")?.notatie).toBe("dd-mm-yyyy");
    expect(op(metNotatie.bladen[0], "D10")?.notatie).toBeUndefined();
  });

  it("leest ook bytes in plaats van een pad, met hetzelfde resultaat", async () => {
    const buf = (await maakOfferteXlsx().xlsx.writeBuffer()) as ArrayBuffer;
    expect(await leesXlsx(new Uint8Array(buf))).toEqual(wm);
  });

  it("levert een serialiseerbaar model", () => {
    const terug = JSON.parse(JSON.stringify(wm)) as Werkmap;
    expect(op(terug.bladen[0], "E11")).toEqual(op(blad, "E11"));
  });
});

describe("leesXlsx op XML zoals Excel hem schrijft", () => {
  it("geeft bij een overloopformule (dynamische matrix) alleen de ankercel de formule", async () => {
    const xml =
      "<sheetData>" +
      '<row r="1"><c r="A1" t="str"><f t="array" ref="A1:A3" aca="false">_xldudf_WLZ_REGELSETS()</f><v>LANDELIJK-2021</v></c></row>' +
      '<row r="2"><c r="A2" t="str"><v>CZ-VV-2021</v></c></row>' +
      '<row r="3"><c r="A3" t="str"><v>CZ-GZ-2026</v></c></row>' +
      '<row r="5"><c r="B5"><f>SUM(B1:B4)</f><v>0</v></c><c r="C5" t="inlineStr"><is><t>tekst</t></is></c></row>' +
      "</sheetData>";
    const wm = await leesXlsx(maakZip(minimaleXlsxOnderdelen([{ naam: "Blad1", xml }])));
    const b = wm.bladen[0];
    expect(op(b, "A1")).toEqual({ waarde: "LANDELIJK-2021", formule: "_xldudf_WLZ_REGELSETS()" });
    expect(op(b, "A2")).toEqual({ waarde: "CZ-VV-2021" });
    expect(op(b, "A3")).toEqual({ waarde: "CZ-GZ-2026" });
    expect(op(b, "B5")).toEqual({ waarde: 0, formule: "SUM(B1:B4)" });
    expect(op(b, "C5")).toEqual({ waarde: "tekst" });
  });

  it("vertaalt een gedeelde formule van Excel per cel", async () => {
    const xml =
      "<sheetData>" +
      '<row r="2"><c r="D2"><f t="shared" ref="D2:D4" si="0">_xldudf_WLZ_TARIEF($A$1,B2,C2,0,0)</f><v>10</v></c></row>' +
      '<row r="3"><c r="D3"><f t="shared" si="0"/><v>20</v></c></row>' +
      '<row r="4"><c r="D4"><f t="shared" si="0"/><v>30</v></c></row>' +
      "</sheetData>";
    const b = (await leesXlsx(maakZip(minimaleXlsxOnderdelen([{ naam: "Blad1", xml }])))).bladen[0];
    expect(op(b, "D3")).toEqual({ waarde: 20, formule: "_xldudf_WLZ_TARIEF($A$1,B3,C3,0,0)" });
    expect(op(b, "D4")).toEqual({ waarde: 30, formule: "_xldudf_WLZ_TARIEF($A$1,B4,C4,0,0)" });
  });
});

describe("leesXlsx op een groter blad", () => {
  it("leest 5.000 rijen x 14 kolommen binnen een paar seconden", async () => {
    const tmp = tijdelijkeMap();
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Offerte");
      for (let r = 0; r < 5000; r++) ws.addRow(Array.from({ length: 14 }, (_, c) => (c % 2 ? `t${r}-${c}` : r * 14 + c)));
      const pad = join(tmp.map, "groot.xlsx");
      writeFileSync(pad, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      const t = Date.now();
      const wm = await leesXlsx(pad);
      expect(Date.now() - t).toBeLessThan(10_000);
      expect(wm.bladen[0].rijen.length).toBe(5000);
      expect(cel(wm.bladen[0], 4999, 13)).toEqual({ waarde: `t4999-13` });
      expect(cel(wm.bladen[0], 4999, 12)).toEqual({ waarde: 4999 * 14 + 12 });
    } finally {
      tmp.opruimen();
    }
  });
});
