/**
 * office-js-schrijvers van het taakvenster: het rapportblad en een nieuw offerteblad.
 *
 * Afspraken: een schrijver wijzigt nooit een bestaande cel; hij maakt altijd een NIEUW werkblad met
 * een unieke naam. Alles gaat in één 2-D-toewijzing per bereik, met zo weinig syncs als kan.
 * Tekst uit een werkmap (meldingen, bladnamen) kan een formule lijken ("=HYPERLINK(...)"); die wordt
 * geneutraliseerd zodat Excel hem nooit als formule uitvoert.
 */
import { bladVerwijzing, parseAdres } from "./snapshot";
import type { Offertesjabloon, SjabloonCel } from "./sjabloon";

// ---------------------------------------------------------------------------------------------
// Zuivere hulpfuncties (getest zonder Excel)

/**
 * Tekens waarmee Excel (of een programma dat de cel later als CSV leest) een invoer als formule
 * opvat: = + - @, tab, CR, LF, en hun brede (full-width) varianten die sommige IME's omzetten.
 * Een leidende apostrof zelf zou Excel inslikken, dus die krijgt er ook één bij.
 */
const FORMULESTART = /^[=+\-@\t\r\n'\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Maakt tekst veilig om als waarde te schrijven: begint hij met een formuleteken, dan komt er een
 * apostrof voor. Excel slaat de apostrof op als tekstvoorvoegsel (niet zichtbaar in de cel), zodat de
 * gebruiker precies de oorspronkelijke tekst ziet, maar nooit een formule. Andere waarden blijven gelijk.
 */
export function neutraliseer(tekst: string): string {
  return FORMULESTART.test(tekst) ? `'${tekst}` : tekst;
}

/** Wat een schrijver van een bevinding nodig heeft (structureel gelijk aan de bevinding van de controle). */
export interface RapportBevinding {
  code: string;
  severity: "fout" | "waarschuwing" | "info";
  sheet: string;
  cell: string;
  message: string;
  source: string;
  /** Structured source of a policy-text finding; the pane shows its quote. */
  bron?: { titel: string; sectie: string; citaat?: string };
}

/** Citaat: de woorden van de bron zoals gedrukt, waar de bron van de bevinding er een heeft (zoals in wlz-check). */
export const RAPPORTKOPPEN = ["Cel", "Code", "Ernst", "Melding", "Bron", "Citaat"] as const;
export const RAPPORTBLAD = "WLZ-rapport";
/** Kolombreedtes in punten: melding, bron en citaat breed, met terugloop. */
const RAPPORTBREEDTES = [90, 85, 80, 380, 260, 260];

/** Rijen van het rapportblad: kopregel + één rij per bevinding, alleen tekst, alles geneutraliseerd. */
export function rapportRijen(bevindingen: readonly RapportBevinding[]): string[][] {
  const rijen: string[][] = [[...RAPPORTKOPPEN]];
  for (const b of bevindingen) {
    const cel = b.sheet ? (b.cell ? `${bladVerwijzing(b.sheet)}!${b.cell}` : bladVerwijzing(b.sheet)) : b.cell;
    rijen.push([cel, b.code, b.severity, b.message, b.source, b.bron?.citaat].map((t) => neutraliseer(String(t ?? ""))));
  }
  if (bevindingen.length === 0) rijen.push(["", "", "", "Geen bevindingen.", "", ""]);
  return rijen;
}

/** Tekens die Excel in een bladnaam weigert. */
const VERBODEN_IN_BLADNAAM = /[[\]:*?/\\]/g;
const MAX_BLADNAAM = 31;

/**
 * Een bladnaam die nog niet bestaat (Excel vergelijkt hoofdletterongevoelig): "WLZ-rapport",
 * "WLZ-rapport (2)", ... Verboden tekens gaan eruit; de naam blijft binnen 31 tekens.
 */
export function uniekeBladnaam(basis: string, bestaande: readonly string[]): string {
  let schoon = basis.replace(VERBODEN_IN_BLADNAAM, "-").replace(/^'+|'+$/g, "").trim();
  if (schoon === "" || schoon.toLowerCase() === "history") schoon = "Blad";
  const bezet = new Set(bestaande.map((n) => n.toLowerCase()));
  const kort = (s: string, ruimte: number) => s.slice(0, MAX_BLADNAAM - ruimte).trimEnd();
  let naam = kort(schoon, 0);
  for (let i = 2; bezet.has(naam.toLowerCase()); i++) {
    const achter = ` (${i})`;
    naam = kort(schoon, achter.length) + achter;
  }
  return naam;
}

// ---------------------------------------------------------------------------------------------
// Offertesjabloon

export interface SjabloonRaster {
  /** Linksboven van het raster (0-gebaseerd). */
  r: number;
  c: number;
  /** Voor `range.formulas`: formules zoals ze zijn (Engelse syntaxis), tekst geneutraliseerd, leeg "". */
  formules: (string | number | boolean)[][];
  /** Voor `range.numberFormat`: de notatie of "General". */
  notaties: string[][];
  /** A1-adressen van vette cellen. */
  vet: string[];
}

/**
 * Het sjabloon als één rechthoekige matrix, zodat het in één toewijzing geschreven wordt.
 * Een label wordt nooit een formule: alleen `formule` mag met '=' beginnen.
 */
export function sjabloonRaster(cellen: readonly SjabloonCel[]): SjabloonRaster {
  const plekken = cellen.map((cel) => ({ cel, ...parseAdres(cel.adres) }));
  if (plekken.length === 0) return { r: 0, c: 0, formules: [[""]], notaties: [["General"]], vet: [] };
  const r0 = Math.min(...plekken.map((p) => p.r));
  const c0 = Math.min(...plekken.map((p) => p.c));
  const rijen = Math.max(...plekken.map((p) => p.r)) - r0 + 1;
  const kolommen = Math.max(...plekken.map((p) => p.c)) - c0 + 1;
  const formules: (string | number | boolean)[][] = Array.from({ length: rijen }, () => Array<string | number | boolean>(kolommen).fill(""));
  const notaties: string[][] = Array.from({ length: rijen }, () => Array<string>(kolommen).fill("General"));
  const vet: string[] = [];
  // Eén adres kan meermaals voorkomen (eerst een waarde, later een notatie): samenvoegen.
  for (const { cel, r, c } of plekken) {
    if (cel.formule !== undefined) formules[r - r0][c - c0] = cel.formule.startsWith("=") ? cel.formule : `=${cel.formule}`;
    else if (typeof cel.waarde === "string") formules[r - r0][c - c0] = neutraliseer(cel.waarde);
    else if (cel.waarde !== undefined) formules[r - r0][c - c0] = cel.waarde;
    if (cel.notatie) notaties[r - r0][c - c0] = cel.notatie;
    if (cel.vet) vet.push(cel.adres);
  }
  return { r: r0, c: c0, formules, notaties, vet };
}

// ---------------------------------------------------------------------------------------------
// office-js

/** Schort herberekening op tot de volgende sync (ExcelApi 1.6; manifest.xml vraagt ExcelApi 1.8). */
function schortRekenenOp(context: Excel.RequestContext): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
}

async function bestaandeBladnamen(context: Excel.RequestContext): Promise<string[]> {
  const bladen = context.workbook.worksheets;
  bladen.load("items/name");
  await context.sync();
  return bladen.items.map((b) => b.name);
}

/** Grootste geschatte verzoek per sync (bytes); Excel op het web weigert verzoeken boven 5 MB. */
export const SCHRIJFBUDGET_BYTES = 2_000_000;

/**
 * Deelt rijen in blokken die elk binnen het budget blijven (geschat als JSON-lengte, waarden plus
 * notatie). Eén rij die alleen al te groot is, gaat in een eigen blok.
 */
export function schrijfblokken(rijen: readonly string[][], budget = SCHRIJFBUDGET_BYTES): { start: number; aantal: number }[] {
  const blokken: { start: number; aantal: number }[] = [];
  let start = 0;
  let bytes = 0;
  rijen.forEach((rij, i) => {
    const grootte = JSON.stringify(rij).length + rij.length * 6;
    if (i > start && bytes + grootte > budget) {
      blokken.push({ start, aantal: i - start });
      start = i;
      bytes = 0;
    }
    bytes += grootte;
  });
  if (rijen.length > start) blokken.push({ start, aantal: rijen.length - start });
  return blokken;
}

/**
 * Schrijft de bevindingen op een nieuw blad (kolommen Cel, Code, Ernst, Melding, Bron, Citaat), alleen
 * waarden en als tekst opgemaakt. Twee syncs; bij heel veel bevindingen één extra sync per blok
 * van hoogstens 2 MB. Geeft de naam van het nieuwe blad.
 */
export async function schrijfRapportblad(
  context: Excel.RequestContext,
  bevindingen: readonly RapportBevinding[],
  budget = SCHRIJFBUDGET_BYTES,
): Promise<string> {
  const naam = uniekeBladnaam(RAPPORTBLAD, await bestaandeBladnamen(context));
  const rijen = rapportRijen(bevindingen);
  const blokken = schrijfblokken(rijen, budget);
  schortRekenenOp(context);
  const blad = context.workbook.worksheets.add(naam);
  for (let i = 0; i < blokken.length; i++) {
    const { start, aantal } = blokken[i];
    const deel = rijen.slice(start, start + aantal);
    const bereik = blad.getRangeByIndexes(start, 0, aantal, RAPPORTKOPPEN.length);
    // Tekstnotatie eerst: dan wordt ook "1-2" of "95,5%" in een melding nooit een datum of getal.
    bereik.numberFormat = deel.map((r) => r.map(() => "@"));
    bereik.values = deel;
    if (i < blokken.length - 1) {
      await context.sync();
      schortRekenenOp(context);
    }
  }
  blad.getRangeByIndexes(0, 0, 1, RAPPORTKOPPEN.length).format.font.bold = true;
  // ExcelApi 1.7; manifest.xml vraagt ExcelApi 1.8, dus elke host die de invoegtoepassing laadt heeft het.
  blad.freezePanes.freezeRows(1);
  RAPPORTBREEDTES.forEach((breedte, c) => {
    const kolom = blad.getRangeByIndexes(0, c, rijen.length, 1).format;
    kolom.columnWidth = breedte;
    kolom.wrapText = c >= 3;
    kolom.verticalAlignment = "Top";
  });
  blad.activate();
  await context.sync();
  return naam;
}

/** Excel-kolombreedte in punten voor een breedte in tekens (Aptos/Calibri 11: ongeveer 7 pt per teken). */
const PUNTEN_PER_TEKEN = 7;

/**
 * Zet een offertesjabloon op een nieuw blad: formules via `range.formulas` (Engelse syntaxis, werkt
 * in elke taalversie van Excel), keuzelijsten via gegevensvalidatie. Twee syncs. Geeft de bladnaam.
 */
export async function schrijfOfferteblad(context: Excel.RequestContext, sjabloon: Offertesjabloon): Promise<string> {
  const naam = uniekeBladnaam(sjabloon.bladnaam, await bestaandeBladnamen(context));
  const raster = sjabloonRaster(sjabloon.cellen);
  schortRekenenOp(context);
  const blad = context.workbook.worksheets.add(naam);
  const bereik = blad.getRangeByIndexes(raster.r, raster.c, raster.formules.length, raster.formules[0].length);
  bereik.numberFormat = raster.notaties;
  bereik.formulas = raster.formules;
  for (const a of raster.vet) blad.getRange(a).format.font.bold = true;
  for (const v of sjabloon.validaties) {
    // De bron is een lijst met komma's (API-syntaxis, los van de taal van Excel).
    blad.getRange(v.bereik).dataValidation.rule = { list: { inCellDropDown: true, source: v.lijst.join(",") } };
  }
  for (const [letter, tekens] of Object.entries(sjabloon.breedtes)) {
    blad.getRange(`${letter}1`).format.columnWidth = tekens * PUNTEN_PER_TEKEN;
  }
  blad.activate();
  await context.sync();
  return naam;
}
