/**
 * De nep-Excel van test/support met een ExcelHost erover: de echte office-js-host draait zo tegen de nep.
 * Geen Node-API's: ook de e2e-pagina gebruikt dit.
 */
import { maakNepExcel, type NepExcel } from "../support/fake-excel";
import { type ExcelApi, maakExcelHost, splitsAdres } from "../../src/taskpane/excelHost";
import type { ExcelHost } from "../../src/taskpane/host";
import type { Werkmap } from "../../src/workbook/snapshot";

export interface TestExcel {
  nep: NepExcel;
  host: ExcelHost;
  /** Zet de selectie zoals een gebruiker die in Excel maakt, bijv. "Offerte!C8". */
  selecteerInExcel(adres: string): void;
}

/** `sets`: the requirement sets the fake host claims (default: all, as a current Excel). */
export function maakTestExcel(werkmap: Werkmap, sets: { ExcelApi?: string } = { ExcelApi: "1.20" }): TestExcel {
  const nep = maakNepExcel(werkmap);
  const ondersteunt = ([set, versie]: readonly [string, string]) =>
    set === "ExcelApi" && sets.ExcelApi !== undefined && Number(versie.split(".")[1]) <= Number(sets.ExcelApi.split(".")[1]);
  return {
    nep,
    host: maakExcelHost(nep.Excel as unknown as ExcelApi, ondersteunt),
    selecteerInExcel(adres: string) {
      const { blad } = splitsAdres(adres);
      nep.context.geselecteerd = adres;
      nep.context.actiefBlad = blad;
    },
  };
}
