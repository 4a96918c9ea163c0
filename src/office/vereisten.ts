/**
 * Run-time feature tests with Office.context.requirements.isSetSupported (a `typeof` guard on an API
 * member always passes with real office.js, which defines every member whatever the host supports).
 * Outside Office (tests, the CLI) nothing is supported, so optional calls are simply not made.
 */
export type Vereiste = readonly [set: string, versie: string];

export const VEREISTEN = {
  /** Suspend recalculation while writing a sheet. */
  rekenenOpschorten: ["ExcelApi", "1.6"],
  /** Workbook.name, freezePanes, getRangeByIndexes. */
  werkmapnaam: ["ExcelApi", "1.7"],
  bevriezen: ["ExcelApi", "1.7"],
  /** Range.dataValidation (the drop-down lists of a new offerte sheet). */
  keuzelijsten: ["ExcelApi", "1.8"],
  /** Worksheet.getRanges: a multi-area selection. */
  meerdereBereiken: ["ExcelApi", "1.9"],
  /** Office.context.ui.openBrowserWindow: help pages in the system browser. */
  browservenster: ["OpenBrowserWindowApi", "1.1"],
} as const satisfies Record<string, Vereiste>;

export type Ondersteunt = (v: Vereiste) => boolean;

export const ondersteunt: Ondersteunt = ([set, versie]) => {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return !!office?.context?.requirements?.isSetSupported(set, versie);
  } catch {
    return false;
  }
};
