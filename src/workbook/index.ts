/**
 * Publieke delen van de werkmaplaag die ook in de browser (taakvenster) werken: het model,
 * de helpers en de office-js-lezer. De .xlsx-lezer gebruikt Node (fs, zlib) en exceljs; importeer
 * die apart uit "./xlsx" (CLI, tests), zodat de taakvensterbundel er niet van afhangt.
 */
export * from "./snapshot";
export {
  cellenPerSync,
  leesWerkmapUitExcel,
  type OfficeLeesOpties,
  STANDAARD_BUDGET_BYTES,
  STANDAARD_BYTES_PER_CEL,
  STANDAARD_MAX_CELLEN_TOTAAL,
} from "./officejs";
