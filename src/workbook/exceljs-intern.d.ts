// Interne exceljs-helper zonder eigen typen (exceljs 4.4.0, lib/utils/shared-formula.js).
declare module "exceljs/lib/utils/shared-formula" {
  /** Verschuift de relatieve verwijzingen van een formule van cel `van` naar cel `naar` ("A1"-adressen). */
  export function slideFormula(formule: string, van: string, naar: string): string;
}
