/**
 * Maakt een groot .xlsx-bestand (rijen x 14 kolommen) voor metingen van de .xlsx-lezer.
 * Gebruik: npx tsx test/workbook/genereer-groot.ts UIT.xlsx [RIJEN]
 */
import ExcelJS from "exceljs";

export async function genereerGroot(pad: string, rijen: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: pad, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Offerte");
  ws.addRow(["Prestatie", "Leveringsvorm", "Onderdeel", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage",
    "Tarief", "Volume", "Omzet", "Herschikte afspraak vorig jaar", "Initieel volume", "Opmerking", "Datum"]).commit();
  const vormen = ["ZZP", "VPT", "MPT", "DTV"];
  for (let i = 0; i < rijen; i++) {
    const r = i + 2;
    const row = ws.addRow([
      `${i % 9 + 1}VV`, vormen[i % 4], "zorg", 100 + (i % 97) * 1.13, 12.5 + (i % 7), 8.25 + (i % 5),
      0.955,
      { formula: `_xldudf_WLZ_TARIEF("CZ-VV-2024",B${r},D${r},E${r},F${r})`, result: 120.5 + (i % 13) },
      (i % 365) + 1,
      { formula: `H${r}*I${r}`, result: (120.5 + (i % 13)) * ((i % 365) + 1) },
      1000 + i, 950 + i, i % 10 === 0 ? `opmerking ${i}` : null, new Date(Date.UTC(2026, 0, 1 + (i % 365))),
    ]);
    row.getCell(14).numFmt = "dd-mm-yyyy";
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

const [, script, uit, aantal] = process.argv;
if (script?.endsWith("genereer-groot.ts") && uit) {
  const t = Date.now();
  void genereerGroot(uit, Number(aantal ?? 100_000)).then(() => console.log(`gemaakt in ${Date.now() - t} ms`));
}
