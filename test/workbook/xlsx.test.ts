import { formuleTekst, metFormuleteksten } from "../../src/workbook/gedeelde-formule";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adres, cel, celKolommen, parseAdres, serieNaarDatum, type Werkblad, type Werkmap } from "../../src/workbook/snapshot";
import { leesXlsx } from "../../src/workbook/xlsx";
import { maakOfferteXlsx, maakZip, minimaleXlsxOnderdelen, tijdelijkeMap } from "./xlsx-hulp";

const op = (blad: Werkblad, a1: string) => {
  const { r, c } = parseAdres(a1);
  return cel(blad, r, c);
};

describe.each(["stroom", "exceljs"] as const)("leesXlsx (%s) op een offerte die exceljs schreef", (methode) => {
  const tmp = tijdelijkeMap();
  let pad: string;
  let wm: Werkmap;
  let blad: Werkblad;

  beforeAll(async () => {
    pad = join(tmp.map, "offerte.xlsx");
    await maakOfferteXlsx().xlsx.writeFile(pad);
    // formulas as text in every cell (the stream reader gives the cells of a shared formula its master)
    wm = metFormuleteksten(await leesXlsx(pad, { methode }));
    blad = wm.bladen[0];
  });
  afterAll(() => tmp.opruimen());

  it("geeft de bladen in volgorde, met hun namen", () => {
    expect(wm.bladen.map((b) => b.naam)).toEqual(["Offerte", "Mijn blad"]);
  });

  it("zet een verschoven blok op zijn echte rij en kolom", () => {
    expect(blad.rijen[4][2]).toEqual({ waarde: "Regelset" });
    expect(op(blad, "D5")).toEqual({ waarde: "CZ-GZ-2026" });
    expect([0, 1, 2, 3].map((r) => r in blad.rijen)).toEqual([false, false, false, false]);
    expect([0, 1].map((c) => c in blad.rijen[4])).toEqual([false, false]);
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
    const metNotatie = await leesXlsx(pad, { metNotatie: true, methode });
    expect(op(metNotatie.bladen[0], "D6")?.notatie).toBe("dd-mm-yyyy");
    expect(op(metNotatie.bladen[0], "D10")?.notatie).toBeUndefined();
  });

  it("leest ook bytes in plaats van een pad, met hetzelfde resultaat", async () => {
    const buf = (await maakOfferteXlsx().xlsx.writeBuffer()) as ArrayBuffer;
    expect(metFormuleteksten(await leesXlsx(new Uint8Array(buf), { methode }))).toEqual(wm);
  });

  it("levert een serialiseerbaar model", () => {
    const terug = JSON.parse(JSON.stringify(wm)) as Werkmap;
    expect(op(terug.bladen[0], "E11")).toEqual(op(blad, "E11"));
  });
});

describe.each(["stroom", "exceljs"] as const)("leesXlsx (%s) op XML zoals Excel hem schrijft", (methode) => {
  it("geeft bij een overloopformule (dynamische matrix) alleen de ankercel de formule", async () => {
    const xml =
      "<sheetData>" +
      '<row r="1"><c r="A1" t="str"><f t="array" ref="A1:A3" aca="false">_xldudf_WLZ_REGELSETS()</f><v>LANDELIJK-2021</v></c></row>' +
      '<row r="2"><c r="A2" t="str"><v>CZ-VV-2021</v></c></row>' +
      '<row r="3"><c r="A3" t="str"><v>CZ-GZ-2026</v></c></row>' +
      '<row r="5"><c r="B5"><f>SUM(B1:B4)</f><v>0</v></c><c r="C5" t="inlineStr"><is><t>tekst</t></is></c></row>' +
      "</sheetData>";
    const wm = await leesXlsx(maakZip(minimaleXlsxOnderdelen([{ naam: "Blad1", xml }])), { methode });
    const b = wm.bladen[0];
    expect(op(b, "A1")).toEqual({ waarde: "LANDELIJK-2021", formule: "_xldudf_WLZ_REGELSETS()" });
    expect(op(b, "A2")).toEqual({ waarde: "CZ-VV-2021" });
    expect(op(b, "A3")).toEqual({ waarde: "CZ-GZ-2026" });
    expect(op(b, "B5")).toEqual({ waarde: 0, formule: "SUM(B1:B4)" });
    expect(op(b, "C5")).toEqual({ waarde: "tekst" });
  });

  it("zet datums van een werkmap met het 1904-stelsel om naar het 1900-stelsel, andere getallen niet", async () => {
    const stijlen = {
      naam: "xl/styles.xml",
      inhoud:
        '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
        "</styleSheet>",
    };
    const xml = '<sheetData><row r="1"><c r="A1" s="1"><v>44469</v></c><c r="B1"><v>44469</v></c></row></sheetData>';
    const delen = [...minimaleXlsxOnderdelen([{ naam: "Blad1", xml }]), stijlen].map((d) =>
      d.naam === "xl/workbook.xml" ? { ...d, inhoud: (d.inhoud as string).replace("<sheets>", '<workbookPr date1904="1"/><sheets>') } : d,
    );
    const wm = await leesXlsx(maakZip(delen), { methode, metNotatie: true });
    const b = wm.bladen[0];
    // 44469 in het 1904-stelsel is 2025-10-01; in het 1900-stelsel is dat 45931
    expect(op(b, "A1")).toEqual({ waarde: 44469 + 1462, notatie: "mm-dd-yy" });
    expect(serieNaarDatum(op(b, "A1")!.waarde as number)).toMatchObject({ jaar: 2025, maand: 10, dag: 1 });
    expect(op(b, "B1")).toEqual({ waarde: 44469 }); // General: een getal, geen datum
    expect(wm.datumstelsel).toBe(1904);
    // zonder notaties in het model telt het ook
    expect(op((await leesXlsx(maakZip(delen), { methode })).bladen[0], "A1")).toEqual({ waarde: 44469 + 1462 });
  });

  // a column filled down in Excel: the formula once at D2, the cells below refer to it
  const GEDEELD =
    "<sheetData>" +
    '<row r="2"><c r="D2"><f t="shared" ref="D2:D4" si="0">_xldudf_WLZ_TARIEF($A$1,B2,C2,0,0)</f><v>10</v></c></row>' +
    '<row r="3"><c r="D3"><f t="shared" si="0"/><v>20</v></c></row>' +
    '<row r="4"><c r="D4"><f t="shared" si="0"/><v>30</v></c></row>' +
    "</sheetData>";

  it("vertaalt een gedeelde formule van Excel per cel", async () => {
    const xml = GEDEELD;
    const b = metFormuleteksten(await leesXlsx(maakZip(minimaleXlsxOnderdelen([{ naam: "Blad1", xml }])), { methode })).bladen[0];
    expect(op(b, "D3")).toEqual({ waarde: 20, formule: "_xldudf_WLZ_TARIEF($A$1,B3,C3,0,0)" });
    expect(op(b, "D4")).toEqual({ waarde: 30, formule: "_xldudf_WLZ_TARIEF($A$1,B4,C4,0,0)" });
  });

  it.runIf(methode === "stroom")("geeft de cellen van een gedeelde formule hun meester, geen eigen tekst; serialiseerbaar", async () => {
    const xml = GEDEELD;
    const wm = await leesXlsx(maakZip(minimaleXlsxOnderdelen([{ naam: "Blad1", xml }])), { methode });
    const [d2, d3, d4] = [1, 2, 3].map((r) => wm.bladen[0].rijen[r][3]!);
    // the master keeps its text; the cells below share one plain object: the master's text and place
    expect(d2.formule).toBe("_xldudf_WLZ_TARIEF($A$1,B2,C2,0,0)");
    expect(d3.formule).toEqual({ tekst: "_xldudf_WLZ_TARIEF($A$1,B2,C2,0,0)", r: 1, c: 3 });
    expect(d4.formule).toBe(d3.formule);
    expect(formuleTekst(d4.formule!, 3, 3)).toBe("_xldudf_WLZ_TARIEF($A$1,B4,C4,0,0)");
    // after JSON or structuredClone the texts are the same
    for (const kopie of [JSON.parse(JSON.stringify(wm)) as Werkmap, structuredClone(wm)]) {
      expect(metFormuleteksten(kopie).bladen[0].rijen[3][3]).toEqual({ waarde: 30, formule: "_xldudf_WLZ_TARIEF($A$1,B4,C4,0,0)" });
    }
  });
});

describe("leesXlsx op een groter blad", () => {
  it("leest 5.000 rijen x 14 kolommen binnen een paar seconden, met beide methoden gelijk", async () => {
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
      expect(await leesXlsx(pad, { methode: "exceljs" })).toEqual(wm);
    } finally {
      tmp.opruimen();
    }
  });
});

describe("leesXlsx (stroom) op randgevallen van het bestandsformaat", () => {
  const lees = async (xml: string, extra: { naam: string; inhoud: string }[] = []) =>
    (await leesXlsx(maakZip([...minimaleXlsxOnderdelen([{ naam: "Blad1", xml }]), ...extra]))).bladen[0];

  it("kent elementen met een voorvoegsel, cellen zonder adres en OOXML-ontsnappingen", async () => {
    const b = await lees(
      '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<x:row r="2"><x:c t="inlineStr"><x:is><x:t>regel1_x000D_\nregel2</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>' +
        "<x:row><x:c t=\"b\"><x:v>1</x:v></x:c><x:c t=\"d\"><x:v>2025-10-01T10:30:00</x:v></x:c></x:row>" +
        "</x:sheetData>",
    );
    expect(op(b, "A2")).toEqual({ waarde: "regel1\r\nregel2" });
    expect(op(b, "B2")).toEqual({ waarde: 7 });
    expect(op(b, "A3")).toEqual({ waarde: true });
    expect(serieNaarDatum(op(b, "B3")?.waarde as number)).toEqual({ jaar: 2025, maand: 10, dag: 1, uur: 10, minuut: 30 });
  });

  it("laat fonetische hints (rPh) uit gedeelde teksten weg en zet opgemaakte runs aan elkaar", async () => {
    const gedeeld = {
      naam: "xl/sharedStrings.xml",
      inhoud:
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">' +
        "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></si>" +
        '<si><r><rPr><b/></rPr><t xml:space="preserve">Tarief </t></r><r><t>&amp; volume</t></r></si></sst>',
    };
    const b = await lees('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>9</v></c></row></sheetData>', [gedeeld]);
    expect(op(b, "A1")).toEqual({ waarde: "漢字" });
    expect(op(b, "B1")).toEqual({ waarde: "Tarief & volume" });
    expect(op(b, "C1")).toBeUndefined(); // index buiten de lijst
  });

  it("houdt van samengevoegde cellen alleen de hoofdcel, ook als de rest een waarde heeft", async () => {
    const b = await lees(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData>' +
        '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
    );
    expect(b.rijen).toEqual([[{ waarde: 1 }]]);
  });

  it("leest UTF-8 dat over stukgrenzen van het uitpakken valt", async () => {
    // pseudo-willekeurig (anders is het verdacht sterk gecomprimeerd), ruim boven de stukgrootte van 256 kB
    const tekens = ["é", "€", "漢", "a", "z", "ß", "😀"];
    let x = 7;
    const tekst = Array.from({ length: 400_000 }, () => tekens[(x = (x * 1103515245 + 12345) % 2147483648) % 7]).join("");
    const b = await lees(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${tekst}</t></is></c></row></sheetData>`);
    expect(op(b, "A1")?.waarde).toBe(tekst);
  });
});

describe("beide .xlsx-lezers zijn het eens over de voorbeeldwerkmappen van het project", () => {
  const map = join(__dirname, "../../examples");
  const bestanden = existsSync(map) ? readdirSync(map).filter((f) => f.endsWith(".xlsx")) : [];

  /** Gelijk, behalve tijdstippen: exceljs rondt die via een JS Date af op milliseconden. */
  function verschillen(a: Werkmap, b: Werkmap): string[] {
    const uit: string[] = [];
    const gelijk = (x: unknown, y: unknown) =>
      typeof x === "number" && typeof y === "number" ? Math.abs(x - y) <= 1e-8 * Math.max(1, Math.abs(x)) : isDeepStrictEqual(x, y);
    expect(a.bladen.map((bl) => bl.naam)).toEqual(b.bladen.map((bl) => bl.naam));
    a.bladen.forEach((bl, i) => {
      const rijen = Math.max(bl.rijen.length, b.bladen[i].rijen.length);
      for (let r = 0; r < rijen; r++) {
        const ra = bl.rijen[r] ?? [];
        const rb = b.bladen[i].rijen[r] ?? [];
        for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
          const x = ra[c];
          const y = rb[c];
          // exceljs reads a formula without a stored result as "", the streaming reader as null (it knows the difference)
          const zonderUitkomst = !!x && !!y && x.formule !== undefined && x.waarde === null && y.waarde === "";
          const ok = x === y || (!!x && !!y && (gelijk(x.waarde, y.waarde) || zonderUitkomst) && x.formule === y.formule && x.notatie === y.notatie);
          if (!ok) uit.push(`${bl.naam}!${adres(r, c)}: ${JSON.stringify(x)} / ${JSON.stringify(y)}`);
        }
      }
    });
    return uit;
  }

  it.runIf(bestanden.length > 0).each(bestanden)("%s", async (f) => {
    const pad = join(map, f);
    const stroom = await leesXlsx(pad);
    expect(verschillen(stroom, await leesXlsx(pad, { methode: "exceljs" }))).toEqual([]);
    expect(verschillen(await leesXlsx(pad, { metNotatie: true }), await leesXlsx(pad, { metNotatie: true, methode: "exceljs" }))).toEqual([]);
  });
});

describe("leesXlsx (stroom) volgt het pakket zoals Excel", () => {
  const blad = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="0" t="s"/><c r="C1" t="s"><v/></c><c r="D1" t="s"><v>1</v></c></row></sheetData>';
  const gedeeld = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>eerste</t></si><si><t>tweede</t></si></sst>';

  it("een t=\"s\"-cel zonder waarde is leeg, niet de eerste gedeelde tekst", async () => {
    const b = (await leesXlsx(maakZip([...minimaleXlsxOnderdelen([{ naam: "Blad1", xml: blad }]), { naam: "xl/sharedStrings.xml", inhoud: gedeeld }]))).bladen[0];
    expect(b.rijen[0]).toEqual([{ waarde: "eerste" }, undefined, undefined, { waarde: "tweede" }]);
    expect(celKolommen(b.rijen[0])).toEqual([0, 3]);
  });

  it("werkmap elders, onderdeelnamen in andere hoofdletters en met backslashes: via de relaties gevonden", async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const rels = (x: string) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${x}</Relationships>`;
    const T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const zip = maakZip([
      { naam: "_rels/.rels", inhoud: rels(`<Relationship Id="rId1" Type="${T}/officeDocument" Target="/Boek/Map.xml"/>`) },
      { naam: "Boek/Map.xml", inhoud: `<workbook ${ns}><sheets><sheet name="Offerte" sheetId="1" r:id="rId7"/></sheets></workbook>` },
      {
        naam: "Boek/_rels/Map.xml.rels",
        inhoud: rels(`<Relationship Id="rId7" Type="${T}/worksheet" Target="Bladen\\Een.xml"/><Relationship Id="rId8" Type="${T}/sharedStrings" Target="../Teksten.XML"/>`),
      },
      { naam: "Boek\\bladen\\een.xml", inhoud: `<worksheet ${ns}>${blad}</worksheet>` },
      { naam: "teksten.xml", inhoud: gedeeld },
    ]);
    const wm = await leesXlsx(zip);
    expect(wm.bladen.map((x) => x.naam)).toEqual(["Offerte"]);
    expect(op(wm.bladen[0], "D1")).toEqual({ waarde: "tweede" });
  });

  it("zoals openpyxl schrijft: inline teksten, formules met <v></v> zonder uitkomst", async () => {
    // faithful reproduction of openpyxl's writer output (PyPI is not reachable here to run openpyxl itself)
    const xml =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Regelset</t></is></c><c r="B1" t="inlineStr"><is><t>CZ-VV-2021</t></is></c></row>' +
      '<row r="2"><c r="A2"><v>3650</v></c><c r="B2"><f>A2*2</f><v></v></c><c r="C2" t="str"><f>IF(A2&gt;0,"","x")</f><v></v></c></row></sheetData>';
    const b = (await leesXlsx(maakZip(minimaleXlsxOnderdelen([{ naam: "Blad1", xml }])))).bladen[0];
    expect(op(b, "B1")).toEqual({ waarde: "CZ-VV-2021" });
    expect(op(b, "B2")).toEqual({ waarde: null, formule: "A2*2" });
    expect(op(b, "C2")).toEqual({ waarde: "", formule: 'IF(A2>0,"","x")' });
  });

  it("een tijd zonder datum (t=\"d\") is een dagfractie", async () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="d"><v>10:30:00</v></c><c r="B1" t="d"><v>1904-01-01T00:00:00Z</v></c></row></sheetData>';
    const b = (await leesXlsx(maakZip(minimaleXlsxOnderdelen([{ naam: "Blad1", xml }])))).bladen[0];
    expect(op(b, "A1")).toEqual({ waarde: 0.4375 });
    expect(op(b, "B1")).toEqual({ waarde: 1462 });
  });
});
