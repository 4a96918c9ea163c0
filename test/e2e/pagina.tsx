/**
 * De nep-Office voor de e2e, in plaats van office.js van de CDN: zet een nep-Excel (met een
 * voorbeeldwerkmap die bij het bouwen is ingelezen) neer als `window.Excel`, `window.Office` en
 * `window.CustomFunctions`. Daarna laadt de pagina (de echte dist/taskpane.html) de GEBOUWDE
 * functions.js, taskpane.js en commands.js, met de echte office-js-host en App.
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
// Wat functions.js registreert (CustomFunctions.associate), voor de e2e-runner.
const geregistreerd: string[] = [];
venster.CustomFunctions = {
  associate(id: string) {
    geregistreerd.push(id);
  },
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
};
// Voor de e2e-runner: de staat van de nep-Excel bekijken en een selectie maken zoals een gebruiker.
venster.__nepExcel = excel.nep;
venster.__selecteerInExcel = excel.selecteerInExcel;
venster.__geregistreerd = geregistreerd;
