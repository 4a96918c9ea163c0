/**
 * Eén eenvoudig, serialiseerbaar model van een werkmap. Beide lezers (exceljs voor .xlsx,
 * office-js in het taakvenster) leveren dit model; alle controles werken alleen hierop.
 *
 * Afspraken (beide lezers houden zich eraan, zodat hun uitkomst gelijk is):
 * - een lege cel is `undefined` (na JSON-heen-en-terug `null`; de helpers kennen beide);
 * - een rij bevat geen lege cellen aan het eind, een blad geen lege rijen aan het eind;
 * - datums zijn Excel-serienummers (1900-stelsel, wandkloktijd, zonder tijdzone);
 * - `formule` is de formuletekst zonder '=' zoals de bron hem levert
 *   (.xlsx: `_xldudf_WLZ_TARIEF(A1,B2)`, office-js: `WLZ.TARIEF(A1,B2)`; zie `normaliseerFormule`).
 */

import { serieNaarWandklok, type Wandklok } from "../rules/kalender";

export type CelWaarde = number | string | boolean | null | { fout: string };

export interface Cel {
  waarde: CelWaarde;
  /** Formuletekst zonder '=' zoals de bron hem opslaat. */
  formule?: string;
  /** Getalnotatie (alleen als de lezer daarom gevraagd is). */
  notatie?: string;
}

export interface Werkblad {
  naam: string;
  /** rijen[r][c], 0-gebaseerd: r=0 is Excel-rij 1, c=0 is kolom A. */
  rijen: (Cel | undefined)[][];
}

export interface Werkmap {
  bladen: Werkblad[];
}

/** Foutwaarden die Excel kent; alleen deze teksten gelden als fout. */
export const FOUTWAARDEN: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#TIMEOUT!",
  "#EXTERNAL!",
];

export function isFoutwaarde(tekst: unknown): tekst is string {
  return typeof tekst === "string" && FOUTWAARDEN.includes(tekst);
}

export function isFout(waarde: CelWaarde | undefined): waarde is { fout: string } {
  return typeof waarde === "object" && waarde !== null && typeof (waarde as { fout?: unknown }).fout === "string";
}

// ---------------------------------------------------------------------------------------------
// Adressen

export const MAX_RIJEN = 1_048_576;
export const MAX_KOLOMMEN = 16_384;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function kolomLetters(c: number): string {
  if (!Number.isInteger(c) || c < 0) throw new RangeError(`Ongeldige kolomindex: ${c}`);
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    s = String.fromCharCode(65 + rest) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" -> 0, "AA" -> 26 (hoofdletterongevoelig). */
export function kolomIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`Ongeldige kolomletters: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0,0) -> "A1". */
export function adres(r: number, c: number): string {
  if (!Number.isInteger(r) || r < 0) throw new RangeError(`Ongeldige rijindex: ${r}`);
  return `${kolomLetters(c)}${r + 1}`;
}

/** "B12" of "$B$12" -> { r: 11, c: 1 }; ongeldig adres -> RangeError. */
export function parseAdres(tekst: string): { r: number; c: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(tekst.trim());
  if (!m) throw new RangeError(`Ongeldig celadres: ${tekst}`);
  const c = kolomIndex(m[1]);
  const r = Number(m[2]) - 1;
  if (r < 0 || r >= MAX_RIJEN || c >= MAX_KOLOMMEN) throw new RangeError(`Celadres buiten het werkblad: ${tekst}`);
  return { r, c };
}

/** Bladnaam zoals Excel hem in een verwijzing schrijft: met aanhalingstekens waar nodig. */
export function bladVerwijzing(naam: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(naam) && !/^([A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d*[Cc]\d*)$/.test(naam)
    ? naam
    : `'${naam.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------------------------------------
// Cellen lezen

export function cel(blad: Werkblad, r: number, c: number): Cel | undefined {
  return blad.rijen[r]?.[c] ?? undefined;
}

/**
 * Leeg zoals de gebruiker het ziet: geen cel, of waarde null of "" (of alleen spaties).
 * Ook een formule die "" oplevert (=ALS(A5="";"";...)) telt als leeg: sjablonen vullen zo hun lege rijen.
 */
export function isLeeg(c: Cel | null | undefined): boolean {
  if (!c) return true;
  return c.waarde === null || (typeof c.waarde === "string" && c.waarde.trim() === "");
}

/** De waarde als tekst (getrimd); getallen en booleans als tekst, fouten en leeg -> undefined. */
export function alsTekst(c: Cel | null | undefined): string | undefined {
  if (!c) return undefined;
  const w = c.waarde;
  if (typeof w === "string") {
    const t = w.trim();
    return t === "" ? undefined : t;
  }
  if (typeof w === "number") return Number.isFinite(w) ? String(w) : undefined;
  if (typeof w === "boolean") return w ? "WAAR" : "ONWAAR";
  return undefined;
}

/** Eenvoudige weergave van een waarde voor meldingen. */
export function waardeAlsTekst(w: CelWaarde | undefined): string {
  if (w === null || w === undefined) return "(leeg)";
  if (isFout(w)) return w.fout;
  return String(w);
}

/**
 * Formuletekst in weergavevorm, zodat .xlsx en office-js te vergelijken zijn:
 * leidende '=' weg, `_xlfn.`/`_xlws.` weg, `_xldudf_WLZ_TARIEF(` -> `WLZ.TARIEF(`
 * (in .xlsx wordt de punt tussen naamruimte en functienaam een '_'), hoofdletters buiten teksten.
 */
export function normaliseerFormule(formule: string): string {
  let f = formule.trim();
  if (f.startsWith("=")) f = f.slice(1);
  const delen = f.split('"');
  for (let i = 0; i < delen.length; i += 2) {
    delen[i] = delen[i]
      .replace(/_xlfn\.|_xlws\./gi, "")
      .replace(/_xldudf_([A-Za-z0-9]+)_([A-Za-z0-9_.]+)\s*\(/gi, "$1.$2(")
      .toUpperCase();
  }
  return delen.join('"');
}

// ---------------------------------------------------------------------------------------------
// Datums (Excel 1900-stelsel)


const DAG_MS = 86_400_000;
/** Serienummer van 1970-01-01 in het 1900-stelsel (met de schrikkeldag 1900-02-29). */
const SERIE_1970 = 25_569;

/** Excel-serienummer -> wandklokdatum: de ene omzetting uit de regelkern (src/rules/kalender.ts). */
export const serieNaarDatum = serieNaarWandklok;
export type { Wandklok };

/** Wandklokdatum -> Excel-serienummer (omgekeerde van serieNaarDatum, voor datums vanaf 1900-03-01 en ervoor). */
export function datumNaarSerie(jaar: number, maand: number, dag: number, uur = 0, minuut = 0): number {
  const ms = Date.UTC(jaar, maand - 1, dag);
  let dagen = Math.round((ms - Date.UTC(1899, 11, 31)) / DAG_MS);
  if (dagen >= 60) dagen += 1;
  return dagen + (uur * 60 + minuut) / 1440;
}

/**
 * JS Date zoals exceljs hem geeft (UTC-velden = wandklok) -> serienummer. Exact de omgekeerde van
 * exceljs' eigen omzetting, zodat het opgeslagen serienummer terugkomt (ook vóór 1900-03-01).
 */
export function exceljsDatumNaarSerie(d: Date): number {
  return d.getTime() / DAG_MS + SERIE_1970;
}

// ---------------------------------------------------------------------------------------------
// Opbouwen

/** Standaardgrens voor het aantal vakjes (cellen inclusief opgevulde gaten) van één werkblad. */
export const STANDAARD_MAX_VAKJES = 30_000_000;

/**
 * Bouwt een werkblad cel voor cel en houdt de vorm canoniek (geen lege staart). Het model is
 * dicht (gaten zijn expliciete undefined); een paar cellen ver weg (XFD1048576) kosten dus veel
 * geheugen. `maxVakjes` begrenst dat, zodat een vijandig bestand een WerkmapFout geeft en geen crash.
 */
export class BladBouwer {
  private readonly rijen: (Cel | undefined)[][] = [];
  private vakjes = 0;
  constructor(
    private readonly naam: string,
    private readonly maxVakjes = STANDAARD_MAX_VAKJES,
  ) {}

  zet(r: number, c: number, cel: Cel | undefined): void {
    if (cel === undefined) return;
    while (this.rijen.length <= r) this.rijen.push([]);
    const rij = this.rijen[r];
    if (rij.length <= c) {
      this.vakjes += c + 1 - rij.length;
      if (this.vakjes > this.maxVakjes) {
        throw new WerkmapFout(
          `Het werkblad ${this.naam} is te groot of te verspreid gevuld om te controleren (meer dan ${this.maxVakjes.toLocaleString("nl-NL")} cellen).`,
          "te-groot",
        );
      }
      while (rij.length < c) rij.push(undefined);
    }
    rij[c] = cel;
  }

  /** Maakt een cel leeg (bv. de rest van een samengevoegd bereik). */
  wis(r: number, c: number): void {
    const rij = this.rijen[r];
    if (rij && c < rij.length) rij[c] = undefined;
  }

  bouw(): Werkblad {
    return { naam: this.naam, rijen: trimRijen(this.rijen) };
  }
}

/** Maakt de vorm canoniek: lege staarten van rijen en blad weg, gaten als expliciete undefined. */
export function trimRijen(rijen: (Cel | null | undefined)[][]): (Cel | undefined)[][] {
  const uit: (Cel | undefined)[][] = rijen.map((rij) => {
    let eind = rij.length;
    while (eind > 0 && (rij[eind - 1] === undefined || rij[eind - 1] === null)) eind--;
    const nieuw: (Cel | undefined)[] = new Array(eind);
    for (let i = 0; i < eind; i++) nieuw[i] = rij[i] ?? undefined;
    return nieuw;
  });
  while (uit.length > 0 && uit[uit.length - 1].length === 0) uit.pop();
  return uit;
}

/** Invoer voor `maakWerkmap`: een kale waarde, een fout, of een formule (met of zonder '='). */
export type CelInvoer =
  | string
  | number
  | boolean
  | null
  | undefined
  | { fout: string }
  | { formule: string; waarde?: CelWaarde; notatie?: string }
  | { waarde: CelWaarde; formule?: string; notatie?: string };

export type BladInvoer = CelInvoer[][];

function naarCel(invoer: CelInvoer): Cel | undefined {
  if (invoer === null || invoer === undefined) return undefined;
  if (typeof invoer !== "object") return { waarde: invoer };
  if ("fout" in invoer) return { waarde: { fout: invoer.fout } };
  const c: Cel = { waarde: invoer.waarde ?? null };
  if (invoer.formule !== undefined) c.formule = invoer.formule.replace(/^=/, "");
  if (invoer.notatie !== undefined) c.notatie = invoer.notatie;
  return c;
}

/**
 * Werkmap voor tests: `maakWerkmap({ Blad1: [["Regelset", "CZ-GZ-2026"], [], [null, 3]] })`.
 * Bladnamen die op een getal lijken zet een object op volgorde; geef dan een lijst paren.
 */
export function maakWerkmap(bladen: Record<string, BladInvoer> | [string, BladInvoer][]): Werkmap {
  const paren = Array.isArray(bladen) ? bladen : Object.entries(bladen);
  return {
    bladen: paren.map(([naam, rijen]) => {
      const b = new BladBouwer(naam);
      rijen.forEach((rij, r) => rij.forEach((w, c) => b.zet(r, c, naarCel(w))));
      return b.bouw();
    }),
  };
}

/** Zoekt een blad op naam (hoofdletter- en spatieongevoelig). */
export function zoekBlad(werkmap: Werkmap, naam: string): Werkblad | undefined {
  const sleutel = (s: string) => s.replace(/\s+/g, "").toLowerCase();
  return werkmap.bladen.find((b) => sleutel(b.naam) === sleutel(naam));
}

/** Aantal kolommen van het breedste rij. */
export function bladBreedte(blad: Werkblad): number {
  let max = 0;
  for (const rij of blad.rijen) if (rij && rij.length > max) max = rij.length;
  return max;
}

// ---------------------------------------------------------------------------------------------
// Fouten

export type WerkmapFoutCode =
  | "niet-gevonden"
  | "onleesbaar"
  | "geen-xlsx"
  | "xls"
  | "beveiligd"
  | "te-groot"
  | "te-veel-bladen"
  | "leeg"
  | "beschadigd";

/**
 * Een werkmap die niet gelezen kan worden. `message` is een heldere Nederlandse zin voor de
 * gebruiker (zonder stacktrace); `code` is voor programma's (bv. afsluitcode van de CLI).
 */
export class WerkmapFout extends Error {
  override readonly name = "WerkmapFout";
  constructor(
    message: string,
    readonly code: WerkmapFoutCode,
    options?: { cause?: unknown },
  ) {
    super(message);
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}
