/**
 * Eén eenvoudig, serialiseerbaar model van een werkmap. Beide lezers (exceljs voor .xlsx,
 * office-js in het taakvenster) leveren dit model; alle controles werken alleen hierop.
 *
 * Afspraken (beide lezers houden zich eraan, zodat hun uitkomst gelijk is):
 * - een lege cel is `undefined` (na JSON-heen-en-terug `null`; de helpers kennen beide);
 * - het model is ijl: een rij is een array met gaten, een lege rij een gat in `rijen`; loop met
 *   `forEachCel` of `celKolommen` (niet tot `rij.length`: een rij met één cel in XFD is 16.384 lang);
 * - een rij bevat geen lege cellen aan het eind, een blad geen lege rijen aan het eind;
 * - datums zijn Excel-serienummers (1900-stelsel, wandkloktijd, zonder tijdzone), ook als de
 *   werkmap het 1904-stelsel gebruikt (dan telt de lezer er 1462 bij op, zie `Werkmap.datumstelsel`);
 * - `formule` is de formuletekst zonder '=' zoals de bron hem levert
 *   (.xlsx: `_xldudf_WLZ_TARIEF(A1,B2)`, office-js: `WLZ.TARIEF(A1,B2)`; zie `normaliseerFormule`),
 *   of, bij een gedeelde formule uit een .xlsx (Excels doorgevoerde kolom), de `Meesterformule`
 *   waarvan de tekst op deze plek pas gemaakt wordt als iemand erom vraagt (`formuleTekst`).
 */

import { serieNaarWandklok, type Wandklok } from "../rules/kalender";
import { behoudVorm } from "./vormbehoud";

export type CelWaarde = number | string | boolean | null | { fout: string };

/**
 * The master of a shared formula: Excel stores a filled-down formula once, at its first cell, and the cells
 * below refer to it. Those cells carry this object (one per master, plain data) instead of their own text:
 * reading 100,000 rows then makes no 100,000 formula texts, and a checker that needs one asks `formuleTekst`.
 */
export interface Meesterformule {
  /** The master's formula text (without '='). */
  readonly tekst: string;
  /** The master's cell, 0-based. */
  readonly r: number;
  readonly c: number;
}

export interface Cel {
  waarde: CelWaarde;
  /** Formuletekst zonder '=' zoals de bron hem opslaat, of de meester van een gedeelde formule (zie formuleTekst). */
  formule?: string | Meesterformule;
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
  /**
   * Het datumstelsel van de bron, alleen aanwezig als dat het 1904-stelsel is (Mac-werkmappen).
   * De datums in het model zijn dan al omgerekend naar het 1900-stelsel: lezers van het model
   * hoeven er niets mee; het staat er zodat een uitvoer kan zeggen wat de bron gebruikte.
   */
  datumstelsel?: 1904;
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

/**
 * A formula whose stored result is #NAME?: the program that last calculated it did not know a function in it,
 * as LibreOffice and an Excel without this add-in store a WLZ.* formula. Its stored value says nothing about
 * the formula, so the checker computes it where it can.
 */
export function naamOnbekend(cel: Cel | null | undefined): boolean {
  return !!cel && cel.formule !== undefined && typeof cel.waarde === "object" && cel.waarde !== null && cel.waarde.fout === "#NAME?";
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

/** Standaardgrens voor het aantal gevulde cellen van één werkblad. */
export const STANDAARD_MAX_CELLEN_BLAD = 5_000_000;
/** Standaardgrens voor het aantal gevulde cellen van de hele werkmap (alle bladen samen). */
export const STANDAARD_MAX_CELLEN_WERKMAP = 10_000_000;

/** Telt de cellen van alle bladen van één werkmap samen, voor de grens per werkmap. */
export class CelTeller {
  aantal = 0;
  constructor(readonly max = STANDAARD_MAX_CELLEN_WERKMAP) {}
}

/**
 * Bouwt een werkblad cel voor cel. Het model is ijl: alleen aanwezige cellen nemen geheugen in;
 * een rij is een gewone array met gaten (`rijen[r][c]` blijft werken, een gat leest als undefined)
 * en een lege rij is een gat in `rijen`. Een paar cellen ver weg (kolom XFD) kosten dus weinig;
 * loop daarom met `forEachCel`/`celKolommen` over de cellen, niet tot `rij.length`.
 * `maxCellen` (per blad) en de gedeelde `teller` (per werkmap) begrenzen het aantal cellen, zodat
 * een vijandig bestand een WerkmapFout geeft en geen geheugencrash.
 */
export class BladBouwer {
  private readonly rijen: (Cel | undefined)[][] = [];
  private cellen = 0;
  private gewist = false;
  /** Formula cells as row, column pairs, while they come in cell order (see formulePlekken). */
  private readonly formules: number[] = [];
  private formulesOpVolgorde = true;
  /** Formulas without a stored result or stored as #NAME? (those the checker computes itself), or with an empty text. */
  private formulesOpen = 0;
  constructor(
    private readonly naam: string,
    private readonly maxCellen = STANDAARD_MAX_CELLEN_BLAD,
    private readonly teller: CelTeller = new CelTeller(),
  ) {}

  zet(r: number, c: number, cel: Cel | undefined): void {
    if (cel === undefined) return;
    let rij = this.rijen[r];
    if (rij === undefined) {
      rij = [];
      this.rijen[r] = rij;
    }
    if (rij[c] === undefined) this.tel();
    rij[c] = cel;
    if (cel.formule !== undefined && this.formulesOpVolgorde) {
      this.noteerFormule(r, c);
      if (cel.waarde === null || cel.formule === "" || naamOnbekend(cel)) this.formulesOpen++;
    }
  }

  private noteerFormule(r: number, c: number): void {
    const f = this.formules;
    const n = f.length;
    // a cell again, or rows out of order (files may list them so): no list, the checker walks the sheet
    if (n > 0 && (r < f[n - 2] || (r === f[n - 2] && c <= f[n - 1]))) {
      this.formulesOpVolgorde = false;
      f.length = 0;
      return;
    }
    f[n] = r;
    f[n + 1] = c;
  }

  private tel(): void {
    this.cellen++;
    this.teller.aantal++;
    if (this.cellen > this.maxCellen) {
      throw new WerkmapFout(
        `Het werkblad ${kortNaam(this.naam)} is te groot om te controleren: meer dan ${this.maxCellen.toLocaleString("nl-NL")} gevulde cellen.`,
        "te-groot",
      );
    }
    if (this.teller.aantal > this.teller.max) {
      throw new WerkmapFout(
        `De werkmap is te groot om te controleren: meer dan ${this.teller.max.toLocaleString("nl-NL")} gevulde cellen in alle werkbladen samen (gestopt bij werkblad ${kortNaam(this.naam)}).`,
        "te-groot",
      );
    }
  }

  /** Maakt een cel leeg (bv. de rest van een samengevoegd bereik). */
  wis(r: number, c: number): void {
    const rij = this.rijen[r];
    if (rij && rij[c] !== undefined) {
      delete rij[c];
      this.cellen--;
      this.teller.aantal--;
      this.gewist = true;
    }
  }


  /**
   * Many merged ranges at once (a sheet's mergeCells): the present rows are listed once and each range
   * visits only the present rows inside it (binary search), so the cost follows the cells present, not
   * the area of the ranges nor their number times the rows. `maxWerk` bounds the row and cell visits of
   * hostile input (thousands of overlapping ranges): beyond it a WerkmapFout "te-complex".
   */
  wisBereiken(bereiken: readonly [number, number, number, number][], maxWerk = 20_000_000): void {
    const rijen = rijIndexen(this.rijen);
    let werk = 0;
    for (const [r1, c1, r2, c2] of bereiken) {
      const [ra, rb] = r1 <= r2 ? [r1, r2] : [r2, r1];
      const [ca, cb] = c1 <= c2 ? [c1, c2] : [c2, c1];
      let lo = 0;
      let hi = rijen.length;
      while (lo < hi) {
        const m = (lo + hi) >>> 1;
        if (rijen[m] < ra) lo = m + 1;
        else hi = m;
      }
      for (let i = lo; i < rijen.length && rijen[i] <= rb; i++) {
        const r = rijen[i];
        const rij = this.rijen[r];
        werk++;
        if (cb - ca < 64) {
          werk += cb - ca + 1;
          for (let c = ca; c <= cb; c++) if (r !== ra || c !== ca) this.wis(r, c);
        } else {
          const kolommen = celKolommen(rij);
          werk += kolommen.length;
          for (const c of kolommen) if (c >= ca && c <= cb && (r !== ra || c !== ca)) this.wis(r, c);
        }
        if (werk > maxWerk) {
          throw new WerkmapFout(
            `Het werkblad ${kortNaam(this.naam)} is te complex om te controleren: te veel (overlappende) samengevoegde cellen.`,
            "te-groot",
          );
        }
      }
    }
  }

  bouw(): Werkblad {
    if (this.gewist) trimIjl(this.rijen);
    const blad = { naam: this.naam, rijen: this.rijen };
    if (this.formulesOpVolgorde) FORMULEPLEKKEN.set(blad, { plekken: this.formules, zeker: !this.gewist && this.formulesOpen === 0 });
    return blad;
  }
}

/**
 * Where the formulas of a sheet are, as its reader met them: row, column pairs in cell order. Kept beside the
 * sheet, not in it, so a snapshot stays plain data (equal to one made by hand). A cell emptied after it was
 * read (the rest of a merged range) may still be listed: whoever uses the list looks at the cell. Absent for a sheet built
 * otherwise, or whose cells came out of order; then walk the sheet.
 */
const FORMULEPLEKKEN = new WeakMap<Werkblad, { plekken: readonly number[]; zeker: boolean }>();

export function formulePlekken(blad: Werkblad): readonly number[] | undefined {
  return FORMULEPLEKKEN.get(blad)?.plekken;
}

/**
 * The formula cells of a sheet as its reader listed them, when every one of them still holds a formula text with a
 * stored result (none emptied since, none without a result, stored as #NAME? or with an empty text): then nothing
 * is left to compute and the list needs no second look.
 */
export function formulesAlleMetUitkomst(blad: Werkblad): readonly number[] | undefined {
  const f = FORMULEPLEKKEN.get(blad);
  return f?.zeker ? f.plekken : undefined;
}

behoudVorm(new BladBouwer(""));

/** Canonieke vorm zonder kopiëren: lege staart van elke rij weg, lege rijen als gat, lege staart van het blad weg. */
function trimIjl(rijen: (Cel | undefined)[][]): void {
  for (const r of rijIndexen(rijen)) {
    const rij = rijen[r];
    const kolommen = celKolommen(rij);
    if (kolommen.length === 0) delete rijen[r];
    else rij.length = kolommen[kolommen.length - 1] + 1;
  }
  const rijNummers = rijIndexen(rijen);
  rijen.length = rijNummers.length === 0 ? 0 : rijNummers[rijNummers.length - 1] + 1;
}

/** Maakt de vorm canoniek: lege staarten van rijen en blad weg, lege cellen en rijen als gat (ijl). */
export function trimRijen(rijen: (Cel | null | undefined)[][]): (Cel | undefined)[][] {
  const uit: (Cel | undefined)[][] = [];
  for (const r of rijIndexen(rijen)) {
    const rij = rijen[r];
    if (!rij) continue;
    let nieuw: (Cel | undefined)[] | undefined;
    for (const c of celKolommen(rij)) {
      const x = rij[c];
      if (x === null || x === undefined) continue;
      nieuw ??= [];
      nieuw[c] = x;
    }
    if (nieuw) uit[r] = nieuw;
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------
// Ijl itereren

/** Boven deze lengte zoekt de iteratie alleen de aanwezige indexen op in plaats van alles af te lopen. */
const IJL_VANAF = 256;

function aanwezigeIndexen(lijst: readonly unknown[]): number[] {
  const uit: number[] = [];
  if (lijst.length <= IJL_VANAF) {
    for (let i = 0; i < lijst.length; i++) if (lijst[i] !== undefined && lijst[i] !== null) uit.push(i);
    return uit;
  }
  // Object.keys geeft de array-indexen oplopend, en alleen die er zijn: evenredig met de cellen, niet met de breedte.
  for (const k of Object.keys(lijst)) {
    const i = Number(k);
    if (Number.isInteger(i) && i >= 0 && lijst[i] !== undefined && lijst[i] !== null) uit.push(i);
  }
  return uit;
}

/** De kolomindexen (oplopend) waar deze rij een cel heeft; kosten evenredig met de cellen, niet met de breedte. */
export function celKolommen(rij: readonly (Cel | null | undefined)[] | null | undefined): number[] {
  return rij ? aanwezigeIndexen(rij) : [];
}

/** Tot deze lengte loopt rijIndexen de rijen gewoon af: goedkoper dan een tekst per index van Object.keys. */
const RIJEN_DIRECT = 65_536;

/** De rijindexen (oplopend) waar het blad een rij heeft. */
export function rijIndexen(rijen: readonly (readonly unknown[] | null | undefined)[]): number[] {
  if (rijen.length > IJL_VANAF && rijen.length <= RIJEN_DIRECT) {
    const uit: number[] = [];
    for (let i = 0; i < rijen.length; i++) if (rijen[i] !== undefined && rijen[i] !== null) uit.push(i);
    return uit;
  }
  return aanwezigeIndexen(rijen);
}

/** Roept `fn` aan voor elke aanwezige cel van het blad, rij voor rij, kolom voor kolom. */
export function forEachCel(blad: Werkblad, fn: (r: number, c: number, cel: Cel) => void): void {
  const rijen = blad.rijen;
  for (const r of rijIndexen(rijen)) {
    const rij = rijen[r];
    if (rij.length <= IJL_VANAF) {
      for (let c = 0; c < rij.length; c++) {
        const x = rij[c];
        if (x) fn(r, c, x);
      }
    } else {
      for (const c of celKolommen(rij)) fn(r, c, rij[c] as Cel);
    }
  }
}

/** Aantal aanwezige cellen van een blad. */
export function aantalCellen(blad: Werkblad): number {
  let n = 0;
  forEachCel(blad, () => void n++);
  return n;
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
  for (const r of rijIndexen(blad.rijen)) if (blad.rijen[r].length > max) max = blad.rijen[r].length;
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
/** A sheet name for a message: Excel allows 31 characters, a hostile file any number. */
export function kortNaam(naam: string, max = 100): string {
  return naam.length > max ? `${naam.slice(0, max)}…` : naam;
}

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
