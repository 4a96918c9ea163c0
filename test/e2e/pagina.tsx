/**
 * Testpagina voor de e2e: zet een nep-Excel (met een voorbeeldwerkmap die bij het bouwen is ingelezen)
 * neer als `window.Excel` en `window.Office`, en laadt dan de ECHTE ingang van het taakvenster
 * (src/taskpane/index.tsx), die de echte office-js-host en App gebruikt.
 */
import type { Werkmap } from "../../src/workbook/snapshot";
import { maakTestExcel } from "../taskpane/nep-office";

declare const __VOORBEELD_WERKMAP__: Werkmap;

const excel = maakTestExcel(__VOORBEELD_WERKMAP__);
const info = { host: "Excel", platform: "OfficeOnline" };
const venster = window as unknown as Record<string, unknown>;
venster.Excel = excel.nep.Excel;
venster.Office = {
  HostType: { Excel: "Excel" },
  // A current Excel: every requirement set up to ExcelApi 1.20 (the pane tests ExcelApi 1.9 at run time).
  context: { requirements: { isSetSupported: (set: string, versie?: string) => set !== "ExcelApi" || Number(String(versie ?? "1.1").split(".")[1]) <= 20 } },
  onReady(terug?: (i: typeof info) => void) {
    terug?.(info);
    return Promise.resolve(info);
  },
};
// Voor de e2e-runner: de staat van de nep-Excel bekijken en een selectie maken zoals een gebruiker.
venster.__nepExcel = excel.nep;
venster.__selecteerInExcel = excel.selecteerInExcel;

void import("../../src/taskpane/index");
