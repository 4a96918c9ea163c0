/**
 * Meting van de .xlsx-lezer op een groot bestand (geen test; handmatig te draaien):
 *   npx tsx test/workbook/meet-xlsx.ts [RIJEN] [gewoon|stroom]
 * "stroom" = leesXlsx (standaard: eigen stromende lezer -> Werkmap);
 * "exceljs" = leesXlsx met methode "exceljs" (exceljs' gewone lezer -> Werkmap);
 * "exceljs-stroom" = alleen exceljs' eigen streaminglezer over dezelfde cellen (zonder omzetting; ter vergelijking).
 * Draai elke modus in een eigen proces, anders meet je het geheugen van de vorige mee.
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { leesXlsx } from "../../src/workbook/xlsx";
import { genereerGroot } from "./genereer-groot";

async function main(): Promise<void> {
  const rijen = Number(process.argv[2] ?? 100_000);
  const modus = process.argv[3] ?? "stroom";
  const pad = join(tmpdir(), `wlz-groot-${rijen}.xlsx`);
  if (!existsSync(pad)) await genereerGroot(pad, rijen);
  let piek = 0;
  const klok = setInterval(() => (piek = Math.max(piek, process.memoryUsage().rss)), 20);
  const t = performance.now();
  let cellen = 0;
  if (modus === "exceljs-stroom") {
    const lezer = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([await readFile(pad)]), { sharedStrings: "cache", styles: "cache", worksheets: "emit", hyperlinks: "ignore", entries: "ignore" });
    for await (const ws of lezer) for await (const rij of ws) (rij as ExcelJS.Row).eachCell(() => void cellen++);
  } else {
    const wm = await leesXlsx(pad, { methode: modus === "exceljs" ? "exceljs" : "stroom" });
    for (const b of wm.bladen) for (const rij of b.rijen) for (const c of rij) if (c) cellen++;
  }
  const ms = Math.round(performance.now() - t);
  clearInterval(klok);
  piek = Math.max(piek, process.memoryUsage().rss);
  console.log(`${modus}: ${rijen} rijen, ${cellen} cellen, ${ms} ms, piek-RSS ${Math.round(piek / 1e6)} MB`);
}

void main();
