/**
 * Writes docs/formules-voorbeeld.xlsx: every WLZ.* function in a workbook cell, saved the way Excel
 * saves an add-in function (`_xldudf_WLZ_TARIEF(...)`) with its cached value. The cached values are the
 * catalogue's expected outcomes typed in here, NOT computed by the functions, so the recomputation test
 * (test/workbook-formules) checks the shipped bundle against independent numbers.
 * Run: npx tsx scripts/maak-formulevoorbeeld.ts [pad]
 */
import ExcelJS from "exceljs";
import { resolve } from "node:path";

type Invoer = string | number | boolean | Date | null;
type Cache = number | string | boolean | { error: "#N/A" | "#VALUE!" };

export interface Voorbeeld {
  omschrijving: string;
  /** Input cells D, E, F, ... of the same row (null = empty cell). */
  invoer: Invoer[];
  /** Formula as Excel stores it; {r} is replaced by the row number. */
  formule: string;
  cache: Cache;
  opmaak?: string;
}

const NVT: Cache = { error: "#N/A" };
const WAARDE: Cache = { error: "#VALUE!" };
const EURO = '"€" #,##0.00';
const PCT = "0.0%";

/** Profile blocks (label | value) on the same sheet, referenced as ranges. */
const PROFIELEN: [string, Invoer][][] = [
  [["Categorie", "bestaand"], ["Plan opslag", "ja"]], // A4:B5
  [["Categorie", "nieuw"], ["Richttarief", "97,8%"]], // A8:B9
];

export const VOORBEELDEN: Voorbeeld[] = [
  { omschrijving: "Tarief CZ V&V 2021, ZZP, met plan (profiel A4:B5)", invoer: ["CZ-VV-2021", "ZZP", 100, 10, 5], formule: "_xldudf_WLZ_TARIEF(D{r},E{r},F{r},G{r},H{r},$A$4:$B$5)", cache: 111, opmaak: EURO },
  { omschrijving: "Tarief CZ V&V 2021, ZZP, zonder plan", invoer: ["CZ-VV-2021", "ZZP", 100, 10, 5], formule: "_xldudf_WLZ_TARIEF(D{r},E{r},F{r},G{r},H{r})", cache: 109, opmaak: EURO },
  { omschrijving: "Tarief met lege NHC/NIC-cellen", invoer: ["CZ-VV-2021", "ZZP", 100, null, null], formule: "_xldudf_WLZ_TARIEF(D{r},E{r},F{r},G{r},H{r})", cache: 94, opmaak: EURO },
  { omschrijving: "Tarief met tekst als bedrag", invoer: ["CZ-VV-2021", "ZZP", "ABC", 10, 5], formule: "_xldudf_WLZ_TARIEF(D{r},E{r},F{r},G{r},H{r})", cache: WAARDE },
  { omschrijving: "Omzet = tarief x volume (ingebouwde functies eromheen)", invoer: ["CZ-VV-2021", "ZZP", 100, 10, 5, 365], formule: "ROUND(_xldudf_WLZ_TARIEF(D{r},E{r},F{r},G{r},H{r},$A$4:$B$5)*I{r},2)", cache: 40515, opmaak: EURO },
  { omschrijving: "Tariefpercentage landelijk 2021, zzp", invoer: ["LANDELIJK-2021", "zzp"], formule: '_xldudf_WLZ_TARIEFPERCENTAGE(D{r},E{r})', cache: 0.94, opmaak: PCT },
  { omschrijving: "Tariefpercentage CZ GZ 2026, VPT 100%", invoer: ["CZ-GZ-2026", "VPT"], formule: '_xldudf_WLZ_TARIEFPERCENTAGE(D{r},E{r})', cache: 1, opmaak: PCT },
  { omschrijving: "Tariefpercentage CZ GZ 2026, ZZP, nieuw met richttarief (A8:B9)", invoer: ["CZ-GZ-2026", "ZZP"], formule: "_xldudf_WLZ_TARIEFPERCENTAGE(D{r},E{r},$A$8:$B$9)", cache: 0.958, opmaak: PCT },
  { omschrijving: "Tariefpercentage CZ GZ 2026, ZZP, zonder richttarief", invoer: ["CZ-GZ-2026", "ZZP"], formule: "_xldudf_WLZ_TARIEFPERCENTAGE(D{r},E{r})", cache: NVT },
  { omschrijving: "Tariefpercentage met onbekende regelset", invoer: ["CZ-VV-2099", "ZZP"], formule: "_xldudf_WLZ_TARIEFPERCENTAGE(D{r},E{r})", cache: NVT },
  { omschrijving: "Herschikking CZ GZ 2026: jan-jun + juni / 30 x 184", invoer: ["CZ-GZ-2026", 9000, 1500], formule: "_xldudf_WLZ_HERSCHIKKING(D{r},E{r},F{r})", cache: 18200 },
  { omschrijving: "Initieel volume 95% van de herschikking in de rij erboven", invoer: ["CZ-GZ-2026", "ZZP"], formule: "_xldudf_WLZ_INITIELEVOLUME(D{r},E{r},C{p})", cache: 17290 },
  { omschrijving: "Initieel volume met correcties F:H (lege cel telt niet)", invoer: ["CZ-GZ-2026", "ZZP", 100, null, -50], formule: "_xldudf_WLZ_INITIELEVOLUME(D{r},E{r},18200,F{r}:H{r})", cache: 17337.5 },
  { omschrijving: "Initieel volume Zilveren Kruis (geld volgt klant)", invoer: ["ZK-2022", "ZZP", 18200], formule: "_xldudf_WLZ_INITIELEVOLUME(D{r},E{r},F{r})", cache: NVT },
  { omschrijving: "Crisis CZ V&V 2021: meer dan 50% leeg", invoer: ["CZ-VV-2021", 2, 387, 343], formule: "_xldudf_WLZ_CRISISVERGOEDING(D{r},E{r},F{r},G{r})", cache: 730 },
  { omschrijving: "Crisis CZ V&V 2021: 340 bezet, 390 onbezet", invoer: ["CZ-VV-2021", 2, 340, 390], formule: "_xldudf_WLZ_CRISISVERGOEDING(D{r},E{r},F{r},G{r})", cache: 535 },
  { omschrijving: "Crisis CZ V&V 2021 in euro's", invoer: ["CZ-VV-2021", 2, 387, 343, 250.5], formule: "_xldudf_WLZ_CRISISVERGOEDING(D{r},E{r},F{r},G{r},H{r})", cache: 182865, opmaak: EURO },
  { omschrijving: "Crisis CZ GZ 2026 met leegstandtarief", invoer: ["CZ-GZ-2026", 2, 300, 30, 200, 100], formule: "_xldudf_WLZ_CRISISVERGOEDING(D{r},E{r},F{r},G{r},H{r},I{r})", cache: 63000, opmaak: EURO },
  { omschrijving: "Crisis CZ GZ 2026 zonder leegstandtarief", invoer: ["CZ-GZ-2026", 2, 300, 30, 200, null], formule: "_xldudf_WLZ_CRISISVERGOEDING(D{r},E{r},F{r},G{r},H{r},I{r})", cache: NVT },
  { omschrijving: "Aanbiedercategorie: heel 2024 elders, declareert vanaf 1-1-2024", invoer: ["CZ-GZ-2026", "nee", new Date(Date.UTC(2023, 0, 1)), null, new Date(Date.UTC(2024, 0, 1))], formule: "_xldudf_WLZ_AANBIEDERCATEGORIE(D{r},E{r},F{r},G{r},H{r})", cache: "bestaand-nieuw" },
  { omschrijving: "Onderaanneming precies 1/3", invoer: ["CZ-GZ-2026", 300, 100], formule: "_xldudf_WLZ_ONDERAANNEMING(D{r},E{r},F{r})", cache: true },
  // ONWAAR as a cached value is lost by exceljs on reading, so this one shows text via ALS/IF.
  { omschrijving: "Onderaanneming meer dan 1/3", invoer: ["CZ-GZ-2026", 300, 101], formule: 'IF(_xldudf_WLZ_ONDERAANNEMING(D{r},E{r},F{r}),"toegestaan","niet toegestaan")', cache: "niet toegestaan" },
  { omschrijving: "Termijn bezwaar tegen het richttarief CZ GZ 2026 (5-9-2025 + 20 kalenderdagen = 25-9-2025, Excel-datum 45925)", invoer: ["CZ-GZ-2026", "bezwaar-richttarief"], formule: "_xldudf_WLZ_TERMIJN(D{r},E{r})", cache: 45925 },
  { omschrijving: "Betaling CZ GZ 2026 mei: realisatie + 2 maanden voorschot - eerdere betalingen", invoer: ["CZ-GZ-2026", new Date(Date.UTC(2026, 4, 1)), 1200000, 400000, 500000], formule: "_xldudf_WLZ_BETALING(D{r},E{r},F{r},G{r},H{r})", cache: 100000, opmaak: EURO },
  { omschrijving: "Eerste regelset uit WLZ.REGELSETS (rij 2 onder de kop)", invoer: [], formule: "INDEX(_xldudf_WLZ_REGELSETS(),2,1)", cache: "LANDELIJK-2021" },
];

/** First row of the examples table (header one above). */
export const EERSTE_RIJ = 13;

export async function maakFormulevoorbeeld(pad: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "wlz-zorginkoop";
  // Fixed dates keep the file byte-stable across runs.
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  const ws = wb.addWorksheet("Formules");
  ws.getCell("A1").value = "Voorbeelden van de WLZ.*-functies (kolom C). Open met de invoegtoepassing geladen; Excel rekent ze dan opnieuw.";
  ws.getCell("A3").value = "Profiel bestaand met plan";
  ws.getCell("A7").value = "Profiel nieuw met richttarief";
  PROFIELEN.forEach((blok, i) =>
    blok.forEach(([label, waarde], j) => {
      const rij = (i === 0 ? 4 : 8) + j;
      ws.getCell(rij, 1).value = label;
      ws.getCell(rij, 2).value = waarde;
    }),
  );
  const kop = ws.getRow(EERSTE_RIJ - 1);
  kop.values = ["Omschrijving", "Formule (tekst)", "Uitkomst", "Invoer 1", "Invoer 2", "Invoer 3", "Invoer 4", "Invoer 5", "Invoer 6"];
  kop.font = { bold: true };
  VOORBEELDEN.forEach((v, i) => {
    const r = EERSTE_RIJ + i;
    const formule = v.formule.replaceAll("{r}", String(r)).replaceAll("{p}", String(r - 1));
    ws.getCell(r, 1).value = v.omschrijving;
    // As a Dutch user would type it (text, so Excel does not evaluate it).
    ws.getCell(r, 2).value = `=${formule.replace(/_xldudf_WLZ_/g, "WLZ.").replace(/ROUND\(/g, "AFRONDEN(").replace(/IF\(/g, "ALS(").replace(/,/g, ";")}`;
    ws.getCell(r, 3).value = { formula: formule, result: v.cache } as ExcelJS.CellFormulaValue;
    if (v.opmaak) ws.getCell(r, 3).numFmt = v.opmaak;
    v.invoer.forEach((w, j) => {
      if (w !== null) ws.getCell(r, 4 + j).value = w;
    });
  });
  ws.getColumn(1).width = 62;
  ws.getColumn(2).width = 50;
  ws.getColumn(3).width = 16;
  await wb.xlsx.writeFile(pad);
}

if (process.argv[1] && /maak-formulevoorbeeld\.ts$/.test(process.argv[1])) {
  const pad = resolve(process.argv[2] ?? "docs/formules-voorbeeld.xlsx");
  maakFormulevoorbeeld(pad).then(() => console.log(`geschreven: ${pad}`));
}
