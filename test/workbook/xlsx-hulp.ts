/** Testbestanden voor de .xlsx-lezer, gemaakt met exceljs in een tijdelijke map. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";

export function tijdelijkeMap(): { map: string; opruimen: () => void } {
  const map = mkdtempSync(join(tmpdir(), "wlz-werkmap-"));
  return { map, opruimen: () => rmSync(map, { recursive: true, force: true }) };
}

/**
 * Een offerte zoals Excel hem opslaat: kopblok en tabel verschoven naar C5, aangepaste functies
 * met `_xldudf_`, een doorgetrokken (gedeelde) formule, datums, fouten, samengevoegde cellen,
 * opgemaakte tekst en een hyperlink; plus een tweede blad met een spatie in de naam.
 */
export function maakOfferteXlsx(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Offerte");
  ws.getCell("C5").value = "Regelset";
  ws.getCell("D5").value = "CZ-GZ-2026";
  ws.getCell("C6").value = "Inschrijfdatum";
  ws.getCell("D6").value = new Date(Date.UTC(2025, 9, 1)); // 2025-10-01, wandklok
  ws.getCell("D6").numFmt = "dd-mm-yyyy";
  ws.getCell("C7").value = "Tijdstip";
  ws.getCell("D7").value = new Date(Date.UTC(2025, 9, 1, 10, 30));
  ws.getCell("D7").numFmt = "dd-mm-yyyy hh:mm";

  ws.getRow(9).values = [undefined, undefined, "Prestatie", "NZa zorg", "Tarief", "Volume", "Omzet"] as ExcelJS.CellValue[];
  ws.getCell("C10").value = "ZZP VV 4";
  ws.getCell("D10").value = 150.25;
  ws.getCell("E10").value = { formula: '_xldudf_WLZ_TARIEF("CZ-GZ-2026","ZZP",D10,0,0)', result: 143.49 };
  ws.getCell("F10").value = 100;
  ws.getCell("G10").value = { formula: "E10*F10", result: 14349, shareType: "shared", ref: "G10:G12" } as ExcelJS.CellValue;
  ws.getCell("C11").value = "ZZP VV 5";
  ws.getCell("D11").value = 180;
  ws.getCell("E11").value = { formula: '_xldudf_WLZ_TARIEF("CZ-GZ-2026","ZZP",D11,0,0)', result: { error: "#N/A" } } as ExcelJS.CellValue;
  ws.getCell("F11").value = 10;
  ws.getCell("G11").value = { sharedFormula: "G10", result: { error: "#N/A" } } as ExcelJS.CellValue;
  ws.getCell("C12").value = "ZZP VV 6";
  ws.getCell("D12").value = { error: "#DIV/0!" } as ExcelJS.CellValue;
  ws.getCell("E12").value = 200;
  ws.getCell("F12").value = 2;
  ws.getCell("G12").value = { sharedFormula: "G10", result: 400 } as ExcelJS.CellValue;

  ws.getCell("C14").value = { richText: [{ text: "Opge" , font: { bold: true } }, { text: "maakt" }] };
  ws.getCell("C15").value = { text: "Beleid CZ", hyperlink: "https://example.org/beleid" };
  ws.getCell("C16").value = true;
  ws.getCell("D16").value = { formula: "C16=TRUE", result: false } as ExcelJS.CellValue;
  ws.getCell("E16").value = { formula: 'IF(C16,"","x")', result: "" } as ExcelJS.CellValue;
  ws.getCell("C18").value = "Samengevoegd";
  ws.mergeCells("C18:E19");

  const ws2 = wb.addWorksheet("Mijn blad");
  ws2.getCell("A1").value = "Prestatie";
  ws2.getCell("B1").value = 1;
  return wb;
}

export interface ZipInvoer {
  naam: string;
  inhoud: Uint8Array | string;
  /** Opgegeven uitgepakte grootte in de centrale map (om te liegen); standaard de echte. */
  opgegevenGrootte?: number;
  /** Bit 0 van de vlaggen: versleuteld. */
  versleuteld?: boolean;
}

/** Minimale zipschrijver (deflate) waarmee de tests ook kapotte of liegende zips kunnen maken. */
export function maakZip(items: ZipInvoer[]): Uint8Array {
  const delen: Buffer[] = [];
  const centraal: Buffer[] = [];
  let positie = 0;
  for (const item of items) {
    const ruw = typeof item.inhoud === "string" ? Buffer.from(item.inhoud, "utf8") : Buffer.from(item.inhoud);
    const ingepakt = deflateRawSync(ruw);
    const naam = Buffer.from(item.naam, "utf8");
    const crc = crc32(ruw);
    const grootte = item.opgegevenGrootte ?? ruw.length;
    const vlag = item.versleuteld ? 1 : 0;
    const lokaal = Buffer.alloc(30);
    lokaal.writeUInt32LE(0x04034b50, 0);
    lokaal.writeUInt16LE(20, 4);
    lokaal.writeUInt16LE(vlag, 6);
    lokaal.writeUInt16LE(8, 8);
    lokaal.writeUInt32LE(crc, 14);
    lokaal.writeUInt32LE(ingepakt.length, 18);
    lokaal.writeUInt32LE(grootte >>> 0, 22);
    lokaal.writeUInt16LE(naam.length, 26);
    const kop = Buffer.alloc(46);
    kop.writeUInt32LE(0x02014b50, 0);
    kop.writeUInt16LE(20, 4);
    kop.writeUInt16LE(20, 6);
    kop.writeUInt16LE(vlag, 8);
    kop.writeUInt16LE(8, 10);
    kop.writeUInt32LE(crc, 16);
    kop.writeUInt32LE(ingepakt.length, 20);
    kop.writeUInt32LE(grootte >>> 0, 24);
    kop.writeUInt16LE(naam.length, 28);
    kop.writeUInt32LE(positie, 42);
    centraal.push(kop, naam);
    delen.push(lokaal, naam, ingepakt);
    positie += lokaal.length + naam.length + ingepakt.length;
  }
  const map = Buffer.concat(centraal);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(items.length, 8);
  eind.writeUInt16LE(items.length, 10);
  eind.writeUInt32LE(map.length, 12);
  eind.writeUInt32LE(positie, 16);
  return new Uint8Array(Buffer.concat([...delen, map, eind]));
}

/** De kleinste onderdelen van een .xlsx met de gegeven werkbladen (ruwe sheet-XML). */
export function minimaleXlsxOnderdelen(bladen: { naam: string; xml: string }[]): ZipInvoer[] {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return [
    {
      naam: "[Content_Types].xml",
      inhoud:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        bladen.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
        "</Types>",
    },
    {
      naam: "_rels/.rels",
      inhoud:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      naam: "xl/workbook.xml",
      inhoud: `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}><sheets>` +
        bladen.map((b, i) => `<sheet name="${b.naam}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") + "</sheets></workbook>",
    },
    {
      naam: "xl/_rels/workbook.xml.rels",
      inhoud:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        bladen.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
        "</Relationships>",
    },
    ...bladen.map((b, i) => ({ naam: `xl/worksheets/sheet${i + 1}.xml`, inhoud: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}>${b.xml}</worksheet>` })),
  ];
}
