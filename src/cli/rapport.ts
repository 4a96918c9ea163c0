/**
 * The xlsx report a controller opens in Excel: an overview sheet (one row per file, the total below)
 * and a findings sheet (the CSV columns, the source's quote last), each with an autofilter, a frozen header and column widths.
 * Values only: every cell is a plain string or number, so no text from a workbook becomes a formula.
 */
import type ExcelJS from "exceljs";
import { BEVINDINGKOLOMMEN, type Bestandsresultaat, openFouten, type Rapportinfo, schoon, totaal, totaalTekst } from "./uitvoer";

export const OVERZICHTKOLOMMEN = [
  "bestand", "zorgaanbieder", "AGB-code", "regio", "regelset", "status", "prestatieregels", "crisisregels", "overgeslagen", "fouten", "waarschuwingen", "info", "geaccepteerd", "melding", "sha256",
] as const;

type Celwaarde = string | number;

function overzichtRij(b: Bestandsresultaat): Celwaarde[] {
  if ("fout" in b) return [b.file, "", "", "", "", "onleesbaar", "", "", "", "", "", "", "", b.fout, b.sha256 ?? ""];
  const r = b.resultaat;
  const status = openFouten(b) > 0 ? "met fouten" : "zonder fouten";
  const geaccepteerd = (b.geaccepteerd ?? []).filter(Boolean).length;
  return [
    b.file, r.aanbieder?.zorgaanbieder ?? "", r.aanbieder?.agbcode ?? "", r.aanbieder?.regio ?? "", r.regelset ?? "", status,
    r.gecontroleerd.prestatieregels, r.gecontroleerd.crisisregels, r.gecontroleerd.overgeslagen,
    r.samenvatting.fout, r.samenvatting.waarschuwing, r.samenvatting.info, geaccepteerd, "", b.sha256 ?? "",
  ];
}

/** Text as a cell value: control characters out, and a string stays a string (exceljs writes no formula for it). */
function waarde(v: Celwaarde): Celwaarde {
  return typeof v === "number" ? v : schoon(v).slice(0, 32000);
}

function vulBlad(ws: ExcelJS.Worksheet, kop: readonly string[], rijen: Celwaarde[][], breedtes: number[]): void {
  ws.addRow([...kop]);
  ws.getRow(1).font = { bold: true };
  for (const rij of rijen) ws.addRow(rij.map(waarde));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rijen.length + 1), column: kop.length } };
  kop.forEach((k, i) => {
    // Wide enough for the header and the longer values, within bounds Excel users find readable.
    let w = Math.max(k.length + 3, breedtes[i] ?? 10);
    for (const rij of rijen.slice(0, 500)) w = Math.max(w, Math.min(String(rij[i] ?? "").length + 2, breedtes[i] ?? 60));
    ws.getColumn(i + 1).width = Math.min(w, 80);
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
  vulBlad(overzicht, OVERZICHTKOLOMMEN, bestanden.map(overzichtRij), [40, 30, 12, 16, 16, 14, 16, 14, 14, 8, 16, 6, 14, 60, 20]);
  overzicht.addRow([]);
  const t = totaal(bestanden);
  overzicht.addRow([`Totaal: ${totaalTekst(t)}`]).font = { bold: true };
  overzicht.addRow([`Gemaakt met wlz-check ${info.versie}`]);
  const bev = wb.addWorksheet("Bevindingen");
  vulBlad(bev, BEVINDINGKOLOMMEN, bevindingRijen, [30, 30, 14, 8, 16, 13, 13, 80, 18, 18, 60, 60]);
  for (const k of ["melding", "citaat"] as const) bev.getColumn(BEVINDINGKOLOMMEN.indexOf(k) + 1).alignment = { wrapText: true, vertical: "top" };
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
