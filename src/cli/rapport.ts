/**
 * The xlsx report a controller opens in Excel: an overview sheet (one row per file, the total below)
 * and a findings sheet (the CSV columns, the source's quote last), each with an autofilter, a frozen header and column widths.
 * Values only: every cell is a plain string or number, so no text from a workbook becomes a formula.
 */
import type ExcelJS from "exceljs";
import { BEVINDINGKOLOMMEN, type Bestandsresultaat, openFouten, type Rapportinfo, regelsetgegevens, schoon, totaal, totaalTekst } from "./uitvoer";

export const OVERZICHTKOLOMMEN = [
  "bestand", "zorgaanbieder", "AGB-code", "regio", "regelset", "status", "prestatieregels", "crisisregels", "overgeslagen", "fouten", "waarschuwingen", "info", "geaccepteerd", "melding", "sha256",
  // which rules the verdict rests on: a later run with changed rule data can be told apart
  "inkoopjaar", "status regelset", "dataversie regelset",
] as const;

type Celwaarde = string | number;

function overzichtRij(b: Bestandsresultaat): Celwaarde[] {
  if ("fout" in b) return [b.file, "", "", "", "", "onleesbaar", "", "", "", "", "", "", "", b.fout, b.sha256 ?? "", "", "", ""];
  const r = b.resultaat;
  const status = openFouten(b) > 0 ? "met fouten" : "zonder fouten";
  const geaccepteerd = (b.geaccepteerd ?? []).filter(Boolean).length;
  return [
    b.file, r.aanbieder?.zorgaanbieder ?? "", r.aanbieder?.agbcode ?? "", r.aanbieder?.regio ?? "", r.regelset ?? "", status,
    r.gecontroleerd.prestatieregels, r.gecontroleerd.crisisregels, r.gecontroleerd.overgeslagen,
    r.samenvatting.fout, r.samenvatting.waarschuwing, r.samenvatting.info, geaccepteerd, "", b.sha256 ?? "",
    ...regelsetKolommen(r.regelset),
  ];
}

function regelsetKolommen(id: string | null | undefined): Celwaarde[] {
  const g = id ? regelsetgegevens(id) : undefined;
  return g ? [g.jaar, g.status, g.dataversie] : ["", "", ""];
}

/** Text as a cell value: control characters out, and a string stays a string (exceljs writes no formula for it). */
function waarde(v: Celwaarde): Celwaarde {
  return typeof v === "number" ? v : schoon(v).slice(0, 32000);
}

/** Column width units are digit widths: capitals and W/M are wider, most lower-case letters narrower. */
function tekstbreedte(t: string): number {
  let b = 0;
  for (const ch of t) b += /[A-Z@%]/.test(ch) ? 1.2 : /[ijlt.,:;'!| ]/.test(ch) ? 0.6 : 0.95;
  return Math.ceil(b);
}

function vulBlad(ws: ExcelJS.Worksheet, kop: readonly string[], rijen: Celwaarde[][], breedtes: number[]): void {
  ws.addRow([...kop]);
  ws.getRow(1).font = { bold: true };
  for (const rij of rijen) ws.addRow(rij.map(waarde));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  // printed as a controller files it: landscape A4 with the header row on every page
  ws.pageSetup = { orientation: "landscape", paperSize: 9, printTitlesRow: "1:1" };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rijen.length + 1), column: kop.length } };
  kop.forEach((k, i) => {
    // As wide as the header and the longest of the first values, up to the column's own maximum.
    let w = k.length + 3;
    for (const rij of rijen.slice(0, 500)) w = Math.max(w, Math.min(tekstbreedte(String(rij[i] ?? "")) + 2, breedtes[i] ?? 60));
    ws.getColumn(i + 1).width = Math.min(w, 80);
  });
}

/**
 * Excel writes the built-in name _xlnm._FilterDatabase beside every autofilter, and LibreOffice Calc shows no
 * filter buttons without it. exceljs writes only the <autoFilter> element, so the names are added to the
 * defined names it writes (its public definedNames object; the print titles are added the same way inside).
 */
function filterDatabase(wb: ExcelJS.Workbook, bladen: ExcelJS.Worksheet[]): void {
  const namen = wb.definedNames as unknown as { model: unknown[] };
  const eigen = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(namen), "model");
  if (!eigen?.get) return;
  const extra = bladen.map((ws, localSheetId) => {
    const f = ws.autoFilter as { from: { row: number; column: number }; to: { row: number; column: number } };
    const kolom = (n: number) => ws.getColumn(n).letter;
    return { name: "_xlnm._FilterDatabase", localSheetId, ranges: [`'${ws.name}'!$${kolom(f.from.column)}$${f.from.row}:$${kolom(f.to.column)}$${f.to.row}`] };
  });
  Object.defineProperty(namen, "model", {
    get: () => [...(eigen.get!.call(namen) as unknown[]), ...extra],
    set: (v: unknown) => eigen.set?.call(namen, v),
    configurable: true,
  });
}

export async function alsXlsx(bestanden: Bestandsresultaat[], info: Rapportinfo, bevindingRijen: string[][]): Promise<Uint8Array> {
  // Loaded only for an xlsx report: loading exceljs costs every other run time.
  const m = await import("exceljs");
  const Excel = ((m as unknown as { default?: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS));
  const wb = new Excel.Workbook();
  wb.creator = `wlz-check ${info.versie}`;
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const overzicht = wb.addWorksheet("Overzicht");
  vulBlad(overzicht, OVERZICHTKOLOMMEN, bestanden.map(overzichtRij), [60, 30, 12, 30, 20, 14, 16, 14, 14, 8, 16, 6, 14, 60, 20, 12, 30, 20]);
  overzicht.addRow([]);
  const t = totaal(bestanden);
  overzicht.addRow([`Totaal: ${totaalTekst(t)}`]).font = { bold: true };
  overzicht.addRow([`Gemaakt met wlz-check ${info.versie}`]);
  const bev = wb.addWorksheet("Bevindingen");
  vulBlad(bev, BEVINDINGKOLOMMEN, bevindingRijen, [30, 30, 14, 8, 16, 13, 13, 80, 18, 18, 60, 60]);
  for (const k of ["melding", "citaat"] as const) bev.getColumn(BEVINDINGKOLOMMEN.indexOf(k) + 1).alignment = { wrapText: true, vertical: "top" };
  filterDatabase(wb, [overzicht, bev]);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
