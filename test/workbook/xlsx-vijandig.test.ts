import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { aantalCellen, celKolommen, WerkmapFout, type WerkmapFoutCode } from "../../src/workbook/snapshot";
import { leesXlsx, STANDAARD_MAX_BLADEN } from "../../src/workbook/xlsx";
import { maakZip, minimaleXlsxOnderdelen, tijdelijkeMap } from "./xlsx-hulp";

const tmp = tijdelijkeMap();
afterAll(() => tmp.opruimen());

/** Verwacht een WerkmapFout met deze code en een melding die aan het patroon voldoet. */
async function verwachtFout(bron: string | Uint8Array, code: WerkmapFoutCode, melding: RegExp, opties = {}) {
  const fout = await leesXlsx(bron, opties).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(fout).toBeInstanceOf(WerkmapFout);
  expect((fout as WerkmapFout).code).toBe(code);
  expect((fout as WerkmapFout).message).toMatch(melding);
  expect((fout as WerkmapFout).message).not.toMatch(/\n\s+at /); // geen stacktrace in de melding
}

function cfb(naam: string): Uint8Array {
  const b = new Uint8Array(4096);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < naam.length; i++) b[1024 + i * 2] = naam.charCodeAt(i);
  return b;
}

const geldigBlad = { naam: "Blad1", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' };

describe("leesXlsx weigert vijandige of kapotte bestanden met een heldere WerkmapFout", () => {
  it("bestand niet gevonden", async () => {
    await verwachtFout(join(tmp.map, "bestaat-niet.xlsx"), "niet-gevonden", /Bestand niet gevonden: .*bestaat-niet\.xlsx/);
  });

  it("een map in plaats van een bestand", async () => {
    const map = join(tmp.map, "map.xlsx");
    mkdirSync(map);
    await verwachtFout(map, "onleesbaar", /is een map/);
  });

  it("een leeg bestand", async () => {
    await verwachtFout(new Uint8Array(0), "geen-xlsx", /leeg/);
  });

  it("geen zip (tekst, of een afgekapte .xlsx)", async () => {
    await verwachtFout(new TextEncoder().encode("Dit is een CSV;met;puntkomma's\n1;2;3\n"), "geen-xlsx", /geen geldig \.xlsx-bestand/);
    const heel = maakZip(minimaleXlsxOnderdelen([geldigBlad]));
    await verwachtFout(heel.subarray(0, Math.floor(heel.length / 2)), "geen-xlsx", /geen geldig \.xlsx-bestand/);
  });

  it("een met een wachtwoord beveiligde werkmap (OLE/CFB met EncryptionInfo)", async () => {
    const pad = join(tmp.map, "beveiligd.xlsx");
    writeFileSync(pad, cfb("EncryptionInfo"));
    await verwachtFout(pad, "beveiligd", /beveiligd met een wachtwoord/);
  });

  it("een oud .xls-bestand (OLE/CFB met Workbook)", async () => {
    await verwachtFout(cfb("Workbook"), "xls", /oud Excel-bestand \(\.xls\)/);
  });

  it("een lege zip", async () => {
    await verwachtFout(maakZip([]), "geen-xlsx", /xl\/workbook\.xml\) ontbreekt/);
  });

  it("een zip met versleutelde onderdelen", async () => {
    const items = minimaleXlsxOnderdelen([geldigBlad]).map((i) => ({ ...i, versleuteld: true }));
    await verwachtFout(maakZip(items), "beveiligd", /wachtwoord/);
  });

  it("een zipbom volgens de centrale map: te groot uitgepakt", async () => {
    const items = [...minimaleXlsxOnderdelen([geldigBlad]), { naam: "xl/media/bom.bin", inhoud: "x", opgegevenGrootte: 0xfffffff0 }];
    await verwachtFout(maakZip(items), "te-groot", /uitgepakt meer dan 500 MB/);
  });

  it("een zipbom volgens de centrale map: verdachte compressieverhouding", async () => {
    const nullen = new Uint8Array(4 * 1024 * 1024); // comprimeert ongeveer 1000:1
    const items = [...minimaleXlsxOnderdelen([geldigBlad]), { naam: "xl/media/nullen.bin", inhoud: nullen }];
    await verwachtFout(maakZip(items), "te-groot", /verdacht sterk gecomprimeerd/);
  });

  it.each(["stroom", "exceljs"] as const)("een werkblad dat over zijn grootte liegt wordt niet verder uitgepakt dan opgegeven (%s)", async (methode) => {
    const groot = { naam: "Blad1", xml: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(300_000)}</t></is></c></row></sheetData>` };
    const items = minimaleXlsxOnderdelen([groot]).map((i) => (i.naam.includes("worksheets/") ? { ...i, opgegevenGrootte: 1000 } : i));
    await verwachtFout(maakZip(items), "te-groot", /sheet1\.xml is groter dan de zip opgeeft/, { methode });
  });

  it.each(["stroom", "exceljs"] as const)("een klein onderdeel dat over zijn grootte liegt (%s)", async (methode) => {
    const items = minimaleXlsxOnderdelen([geldigBlad]).map((i) => (i.naam === "xl/workbook.xml" ? { ...i, opgegevenGrootte: 10 } : i));
    await verwachtFout(maakZip(items), "te-groot", /workbook\.xml is groter dan de zip opgeeft/, { methode });
  });

  it("met exceljs wordt ook een ongelezen onderdeel dat liegt geweigerd (JSZip pakt alles uit)", async () => {
    const items = [...minimaleXlsxOnderdelen([geldigBlad]), { naam: "xl/media/leugen.bin", inhoud: new Uint8Array(200_000).fill(7), opgegevenGrootte: 100 }];
    await verwachtFout(maakZip(items), "te-groot", /groter dan de zip opgeeft/, { methode: "exceljs" });
  });

  it("limieten zijn in te stellen", async () => {
    const zip = maakZip(minimaleXlsxOnderdelen([geldigBlad]));
    await verwachtFout(zip, "te-groot", /uitgepakt meer dan 0 MB/, { maxOngecomprimeerd: 100 });
    const pad = join(tmp.map, "klein.xlsx");
    writeFileSync(pad, zip);
    await verwachtFout(pad, "te-groot", /te groot/, { maxBestandsgrootte: 10 });
  });

  it.each(["stroom", "exceljs"] as const)("een werkmap zonder werkbladen (%s)", async (methode) => {
    await verwachtFout(maakZip(minimaleXlsxOnderdelen([])), "leeg", /geen werkbladen/, { methode });
  });

  it.each(["stroom", "exceljs"] as const)("te veel werkbladen: geweigerd, niet afgekapt (%s)", async (methode) => {
    expect(STANDAARD_MAX_BLADEN).toBe(1000);
    const bladen = Array.from({ length: 4 }, (_, i) => ({ ...geldigBlad, naam: `Blad${i + 1}` }));
    await verwachtFout(maakZip(minimaleXlsxOnderdelen(bladen)), "te-veel-bladen", /te veel werkbladen \(4, hoogstens 3\)/, { maxBladen: 3, methode });
    expect((await leesXlsx(maakZip(minimaleXlsxOnderdelen(bladen)), { maxBladen: 4, methode })).bladen).toHaveLength(4);
  });

  it("weigert 1001 werkbladen al op de centrale map, zonder ze te lezen", async () => {
    const bladen = Array.from({ length: 1001 }, (_, i) => ({ ...geldigBlad, naam: `B${i + 1}` }));
    const t = Date.now();
    await verwachtFout(maakZip(minimaleXlsxOnderdelen(bladen)), "te-veel-bladen", /1001, hoogstens 1000/);
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it.each(["stroom", "exceljs"] as const)("kapotte XML in een geldige zip (%s)", async (methode) => {
    const items = minimaleXlsxOnderdelen([geldigBlad]).map((i) =>
      i.naam === "xl/workbook.xml" ? { ...i, inhoud: "<workbook><sheets><sheet name=" } : i,
    );
    await verwachtFout(maakZip(items), "beschadigd", /beschadigd/, { methode });
    const kapotBlad = minimaleXlsxOnderdelen([{ naam: "Blad1", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></row>' }]);
    await verwachtFout(maakZip(kapotBlad), "beschadigd", /beschadigd/, { methode });
  });

  it("een cel ver weg in veel rijen (kolom XFD) kost geheugen naar de cellen, niet naar de breedte", async () => {
    const rijen = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join("");
    const wm = await leesXlsx(maakZip(minimaleXlsxOnderdelen([{ naam: "Blad1", xml: `<sheetData>${rijen}</sheetData>` }])));
    const blad = wm.bladen[0];
    expect(aantalCellen(blad)).toBe(3000);
    expect(blad.rijen[2999][16383]).toEqual({ waarde: 1 });
    expect(celKolommen(blad.rijen[0])).toEqual([16383]);
  });

  it("te veel gevulde cellen in één blad of in de hele werkmap: geweigerd met een heldere melding", async () => {
    const rijen = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>2</v></c></row>`).join("");
    const blad = { naam: "Blad1", xml: `<sheetData>${rijen}</sheetData>` };
    await verwachtFout(maakZip(minimaleXlsxOnderdelen([blad])), "te-groot", /werkblad Blad1 is te groot .*meer dan 59 gevulde cellen/, { maxCellenPerBlad: 59 });
    expect(aantalCellen((await leesXlsx(maakZip(minimaleXlsxOnderdelen([blad])), { maxCellenPerBlad: 60 })).bladen[0])).toBe(60);
    const twee = minimaleXlsxOnderdelen([blad, { ...blad, naam: "Blad2" }]);
    await verwachtFout(maakZip(twee), "te-groot", /werkmap is te groot .*meer dan 100 gevulde cellen in alle werkbladen samen \(gestopt bij werkblad Blad2\)/, { maxCellenWerkmap: 100 });
    expect((await leesXlsx(maakZip(twee), { maxCellenWerkmap: 120 })).bladen).toHaveLength(2);
  });

  it("een gewone werkmap komt wel door de controles", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Blad1").getCell("A1").value = 1;
    const wm = await leesXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(wm.bladen[0].rijen).toEqual([[{ waarde: 1 }]]);
  });
});
