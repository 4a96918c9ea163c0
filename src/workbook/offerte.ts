/**
 * The offerte model on the snapshot (spec §4): the header block (label cell, value to its right,
 * anywhere on any sheet), the prestatie tables and the crisis tables, found by their header rows the
 * way a person sees them. Sheet names, positions and column order do not matter; labels are matched
 * case-, space- and colon-insensitively. A header row that has most of a table's columns is that table,
 * also when one is missing or misspelt; a table runs to its last row with data, over empty rows.
 */
import { PROFIELLABELS, leesDatumwaarde } from "../rules";
import { type Cel, type Werkblad, type Werkmap, cel, celKolommen, isLeeg } from "./snapshot";
import {
  CRISISKOLOMMEN,
  type Crisiskolom,
  KOPLABELS,
  type Kopveld,
  labelSleutel,
  PRESTATIEKOLOMMEN,
  type Prestatiekolom,
  VERPLICHTE_CRISISKOLOMMEN,
  VERPLICHTE_PRESTATIEKOLOMMEN,
} from "./sjabloon";

/** A position in the workbook: sheet index, 0-based row and column. */
export interface Plek {
  blad: number;
  r: number;
  c: number;
}

export interface Kopwaarde {
  label: string;
  /** Where the label is; the value is at waardePlek (normally c + 1). */
  plek: Plek;
  waardePlek: Plek;
  cel: Cel | undefined;
}

export type Overslagreden = "leeg" | "totaal";

export interface Tabel<K extends string> {
  soort: "prestatie" | "crisis";
  blad: number;
  kopRij: number;
  kolommen: Partial<Record<K, number>>;
  /** Required columns not in the header row. */
  ontbrekend: K[];
  /** A missing column read from a header that looks like it ("Prestatiecode" for "Prestatie"). */
  lijktOp: Partial<Record<K, { c: number; tekst: string }>>;
  /** 0-based indices of the data rows that are checked. */
  rijen: number[];
  /** Rows inside the table that are not checked, and why. */
  overgeslagen: { r: number; reden: Overslagreden }[];
  /** The table's last row (its header row when it has none). */
  einde: number;
}

export interface Offerte {
  werkmap: Werkmap;
  /** First occurrence of each header label, in sheet order. */
  kop: Partial<Record<Kopveld, Kopwaarde>>;
  /** Every profile label/value pair in sheet order, repeats included (the one profile reading judges them). */
  profiel: Kopwaarde[];
  prestatietabellen: Tabel<Prestatiekolom>[];
  crisistabellen: Tabel<Crisiskolom>[];
  /** A header label (not a profile label) found again with a different value (the first one counts). */
  dubbel: { eerste: Kopwaarde; ander: Kopwaarde }[];
  /** The cells the header block covers (labels and values), or null when there is none. */
  kopblok: { blad: number; r1: number; c1: number; r2: number; c2: number } | null;
}

const KOP_SLEUTELS = new Map<string, Kopveld>(Object.entries(KOPLABELS).map(([k, l]) => [labelSleutel(l), k as Kopveld]));
const PRESTATIE_SLEUTELS = new Map<string, Prestatiekolom>(Object.entries(PRESTATIEKOLOMMEN).map(([k, l]) => [labelSleutel(l), k as Prestatiekolom]));
const CRISIS_SLEUTELS = new Map<string, Crisiskolom>(Object.entries(CRISISKOLOMMEN).map(([k, l]) => [labelSleutel(l), k as Crisiskolom]));
const PROFIEL_SLEUTELS = new Set(Object.keys(PROFIELLABELS));
/** Columns only a crisis table has. */
const CRISIS_EIGEN: Crisiskolom[] = ["bedden", "bezet", "onbezet", "vergoedeDagen"];

/** A cell text as a label: its key, and whether that is a table column name or a header (or profile) label. */
interface Tekstlabel {
  s: string;
  kolom: boolean;
  label: boolean;
  /** Only spaces: an empty cell. */
  leeg: boolean;
  /** Starts a sum line ("Totaal", "Subtotaal", "Som"). */
  totaal: boolean;
}

// Every row is looked at as a possible header row; table columns repeat a few texts on every row.
const LABELS = new Map<string, Tekstlabel>();

function tekstLabel(c: Cel | undefined): Tekstlabel | undefined {
  if (!c || typeof c.waarde !== "string") return undefined;
  const t = c.waarde;
  if (t.length > 60) return undefined; // labels are short; skip long texts cheaply
  let l = LABELS.get(t);
  if (l === undefined) {
    if (LABELS.size >= 10_000) LABELS.clear();
    const s = labelSleutel(t);
    l = {
      s,
      kolom: PRESTATIE_SLEUTELS.has(s) || CRISIS_SLEUTELS.has(s),
      label: KOP_SLEUTELS.has(s) || PROFIEL_SLEUTELS.has(s),
      leeg: t.trim() === "",
      totaal: isTotaalTekst(t),
    };
    LABELS.set(t, l);
  }
  return l;
}

function tekstSleutel(c: Cel | undefined): string | undefined {
  return tekstLabel(c)?.s;
}

/** Calls fn for each column where a row may have a cell: all of a short row, only the present ones of a sparse wide row. */
function elkeKolom(rij: (Cel | undefined)[], fn: (c: number) => void): void {
  if (rij.length > 512) {
    for (const c of celKolommen(rij)) fn(c);
    return;
  }
  for (let c = 0; c < rij.length; c++) fn(c);
}

function kolommenVan<K extends string>(rij: (Cel | undefined)[], sleutels: Map<string, K>): Map<K, number> {
  const uit = new Map<K, number>();
  elkeKolom(rij, (c) => {
    const s = tekstSleutel(rij[c]);
    const k = s === undefined ? undefined : sleutels.get(s);
    if (k !== undefined && !uit.has(k)) uit.set(k, c);
  });
  return uit;
}

/** Edit distance, bounded: labels are short. */
function afstand(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let vorige = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const hier = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, vorige + (a[i - 1] === b[j - 1] ? 0 : 1));
      vorige = hier;
    }
  }
  return d[b.length];
}

/** Whether a header text looks like the expected column name: a typo, or the name with a word added. */
function lijktOp(tekst: string, verwacht: string): boolean {
  if (tekst.length < 3) return false;
  if (tekst.includes(verwacht) || (verwacht.includes(tekst) && tekst.length >= 4)) return true;
  return afstand(tekst, verwacht) <= Math.max(1, Math.floor(verwacht.length / 5));
}

/**
 * Which table a header row is, if any: the known columns it has, and for each missing required column a
 * look-alike text in the same row. A row is a prestatie table with "Prestatie" and two more columns, or
 * with five of the nine required ones; a crisis table with "Prestatie" and a crisis column, or with three
 * of the four crisis columns.
 */
function herkenKop(rij: (Cel | undefined)[]): { soort: "prestatie" | "crisis"; gevonden: Map<string, number> } | undefined {
  const crisis = kolommenVan(rij, CRISIS_SLEUTELS);
  const eigen = CRISIS_EIGEN.filter((k) => crisis.has(k)).length;
  if ((crisis.has("prestatie") && eigen >= 1) || eigen >= 3) return { soort: "crisis", gevonden: crisis };
  const prestatie = kolommenVan(rij, PRESTATIE_SLEUTELS);
  const verplicht = VERPLICHTE_PRESTATIEKOLOMMEN.filter((k) => prestatie.has(k)).length;
  if ((prestatie.has("prestatie") && prestatie.size >= 3) || verplicht >= 5) return { soort: "prestatie", gevonden: prestatie };
  return undefined;
}

/** Whether a cell holds a column name of either table. */
function isKolomnaam(c: Cel | undefined): boolean {
  return tekstLabel(c)?.kolom === true;
}

/** Whether a data row is the header row of a next table: at least two column names, then the full test. */
function isKopRij(rij: (Cel | undefined)[] | undefined): boolean {
  if (!rij) return false;
  // Data rows hold codes and amounts, never column names: count those cheaply before building maps.
  let namen = 0;
  if (rij.length > 512) {
    for (const c of celKolommen(rij)) if (isKolomnaam(rij[c])) namen++;
  } else {
    for (let c = 0; c < rij.length; c++) if (isKolomnaam(rij[c])) namen++;
  }
  return namen >= 2 && herkenKop(rij) !== undefined;
}

function isLabel(c: Cel | undefined): boolean {
  return tekstLabel(c)?.label === true;
}

function rijLeeg(rij: (Cel | undefined)[] | undefined, kolommen: number[]): boolean {
  if (!rij) return true;
  for (const c of kolommen) if (!isLeeg(rij[c])) return false;
  return true;
}

/** A header-block line below a table ("Zorgaanbieder | X") ends the table; a lone label is no data row. */
function isKoplabelRij(rij: (Cel | undefined)[], kolommen: number[]): boolean {
  let gevuld = 0;
  let label = false;
  for (const c of kolommen) {
    if (isLeeg(rij[c])) continue;
    // a data row fills more than two cells: no label line, whatever its texts
    if (++gevuld > 2) return false;
    if (isLabel(rij[c])) label = true;
  }
  return label;
}

const LEEG = 0, EINDE = 1, GEGEVENS = 2;

/**
 * A row below a table's header: empty in the table's columns (LEEG), the end of the table (EINDE: the header
 * row of a next table, or a header-block line) or a data row, in one pass over a short row's cells.
 * `inTabel[c]` is 1 for the table's columns.
 */
function rijOnderKop(rij: (Cel | undefined)[] | undefined, cols: number[], inTabel: Uint8Array): number {
  if (!rij) return LEEG;
  if (rij.length > 512) {
    if (rijLeeg(rij, cols)) return LEEG;
    return isKopRij(rij) || isKoplabelRij(rij, cols) ? EINDE : GEGEVENS;
  }
  let namen = 0;
  let gevuld = 0;
  let label = false;
  for (let c = 0; c < rij.length; c++) {
    const cel = rij[c];
    if (cel === undefined) continue;
    const l = tekstLabel(cel);
    if (l !== undefined && l.kolom) namen++;
    if (c < inTabel.length && inTabel[c] === 1 && !(l !== undefined ? l.leeg : isLeeg(cel))) {
      gevuld++;
      if (l !== undefined && l.label) label = true;
    }
  }
  if (gevuld === 0) return LEEG;
  if (namen >= 2 && herkenKop(rij) !== undefined) return EINDE;
  // a header-block line ("Zorgaanbieder | X"): a label among at most two filled cells; a data row fills more
  return gevuld <= 2 && label ? EINDE : GEGEVENS;
}

function isTotaalTekst(w: string): boolean {
  return /^(sub)?totaa?l\b|^som\b|^totalen\b/i.test(w.trim());
}

/** "Totaal", "Subtotaal", "Som" in the first text of the row (in column order of the table's keys): a sum line is no prestatie. */
function isTotaalRij(rij: (Cel | undefined)[], kolommen: number[]): boolean {
  for (const c of kolommen) {
    const cel = rij[c];
    if (cel === undefined || typeof cel.waarde !== "string") continue;
    // a column repeats its codes on every row: the label cache knows the answer
    const l = tekstLabel(cel);
    if (l === undefined) {
      if (cel.waarde.trim() === "") continue;
      return isTotaalTekst(cel.waarde);
    }
    if (l.leeg) continue;
    return l.totaal;
  }
  return false;
}

function maakTabel<K extends string>(
  blad: Werkblad, b: number, r: number, soort: "prestatie" | "crisis", gevonden: Map<K, number>, verplicht: K[], namen: Record<K, string>,
): Tabel<K> {
  const kolommen = Object.fromEntries(gevonden) as Partial<Record<K, number>>;
  const ontbrekend = verplicht.filter((k) => !gevonden.has(k));
  const lijkt: Tabel<K>["lijktOp"] = {};
  const kop = blad.rijen[r] ?? [];
  const bezet = new Set(gevonden.values());
  for (const k of ontbrekend) {
    const verwacht = labelSleutel(namen[k]);
    elkeKolom(kop, (c) => {
      const s = tekstSleutel(kop[c]);
      if (lijkt[k] || s === undefined || bezet.has(c) || CRISIS_SLEUTELS.has(s) || PRESTATIE_SLEUTELS.has(s)) return;
      if (!lijktOp(s, verwacht)) return;
      lijkt[k] = { c, tekst: String(kop[c]!.waarde).trim() };
      kolommen[k] = c;
      bezet.add(c);
    });
  }
  const cols = Object.values(kolommen) as number[];
  const inTabel = new Uint8Array(Math.max(...cols) + 1);
  for (const c of cols) inTabel[c] = 1;
  // The table runs to its last row with data, before the next table's header row: one walk down, the empty
  // rows between two data rows are skipped rows, those after the last one are no part of the table.
  let einde = r;
  const rijen: number[] = [];
  const overgeslagen: Tabel<K>["overgeslagen"] = [];
  for (let i = r + 1; i < blad.rijen.length; i++) {
    const rij = blad.rijen[i];
    const soort = rijOnderKop(rij, cols, inTabel);
    if (soort === LEEG) continue;
    if (soort === EINDE) break;
    for (let j = einde + 1; j < i; j++) overgeslagen.push({ r: j, reden: "leeg" });
    einde = i;
    if (isTotaalRij(rij, cols)) overgeslagen.push({ r: i, reden: "totaal" });
    else rijen.push(i);
  }
  return { soort, blad: b, kopRij: r, kolommen, ontbrekend, lijktOp: lijkt, rijen, overgeslagen, einde };
}

function waardeSleutel(c: Cel | undefined): string {
  if (isLeeg(c)) return "";
  const w = c!.waarde;
  return typeof w === "string" ? labelSleutel(w) : JSON.stringify(w);
}

/**
 * The value is in the cell right of the label. A label merged over several cells leaves the cells it
 * covers empty (the snapshot keeps only the top-left cell), so up to two more empty cells are skipped,
 * but never onto the next label of a side-by-side block.
 */
function waardeKolom(rij: (Cel | undefined)[], c: number): number {
  if (!isLeeg(rij[c + 1])) return c + 1;
  for (let k = c + 2; k <= c + 3 && k < rij.length; k++) {
    if (isLeeg(rij[k])) continue;
    return isLabel(rij[k]) ? c + 1 : k;
  }
  return c + 1;
}

/** Finds the header block, the prestatie tables and the crisis tables. Linear in the number of cells. */
export function leesOfferte(werkmap: Werkmap): Offerte {
  const kop: Offerte["kop"] = {};
  const profiel: Kopwaarde[] = [];
  const prestatietabellen: Tabel<Prestatiekolom>[] = [];
  const crisistabellen: Tabel<Crisiskolom>[] = [];
  const gezien = new Map<string, Kopwaarde>();
  const dubbel: Offerte["dubbel"] = [];
  let kopblok: Offerte["kopblok"] = null;
  const breidUit = (p: Plek, q: Plek) => {
    if (!kopblok) {
      kopblok = { blad: p.blad, r1: p.r, c1: p.c, r2: q.r, c2: q.c };
      return;
    }
    // The block is where its first label is: labels on other sheets are counted but do not stretch it.
    if (kopblok.blad !== p.blad) return;
    kopblok = { blad: kopblok.blad, r1: Math.min(kopblok.r1, p.r), c1: Math.min(kopblok.c1, p.c), r2: Math.max(kopblok.r2, q.r), c2: Math.max(kopblok.c2, q.c) };
  };

  werkmap.bladen.forEach((blad, b) => {
    let r = 0;
    while (r < blad.rijen.length) {
      const rij = blad.rijen[r] ?? [];
      const herkend = herkenKop(rij);
      if (herkend) {
        if (herkend.soort === "crisis") {
          const t = maakTabel(blad, b, r, "crisis", herkend.gevonden as Map<Crisiskolom, number>, VERPLICHTE_CRISISKOLOMMEN, CRISISKOLOMMEN);
          crisistabellen.push(t);
          r = t.einde + 1;
        } else {
          const t = maakTabel(blad, b, r, "prestatie", herkend.gevonden as Map<Prestatiekolom, number>, VERPLICHTE_PRESTATIEKOLOMMEN, PRESTATIEKOLOMMEN);
          prestatietabellen.push(t);
          r = t.einde + 1;
        }
        // Labels inside a table are data, not header labels.
        continue;
      }
      elkeKolom(rij, (c) => {
        const s = tekstSleutel(rij[c]);
        if (s === undefined) return;
        const k = KOP_SLEUTELS.get(s);
        if (k === undefined && !PROFIEL_SLEUTELS.has(s)) return;
        const wc = waardeKolom(rij, c);
        const waardePlek = { blad: b, r, c: wc };
        const kw: Kopwaarde = { label: String(rij[c]!.waarde).trim(), plek: { blad: b, r, c }, waardePlek, cel: cel(blad, r, wc) };
        breidUit(kw.plek, waardePlek);
        if (k === undefined) {
          // The canonical label; repeats stay in, so the profile reading can refuse conflicting values.
          profiel.push({ ...kw, label: PROFIELLABELS[s as keyof typeof PROFIELLABELS] });
          return;
        }
        const eerder = gezien.get(s);
        if (eerder) {
          if (waardeSleutel(eerder.cel) !== waardeSleutel(kw.cel)) dubbel.push({ eerste: eerder, ander: kw });
          return;
        }
        gezien.set(s, kw);
        kop[k] = kw;
      });
      r++;
    }
  });
  return { werkmap, kop, profiel, prestatietabellen, crisistabellen, dubbel, kopblok };
}

/** Wall-clock "YYYY-MM-DDTHH:mm" from an Excel serial or a date text; undefined when unreadable, null when empty. */
export function leesDatum(c: Cel | undefined): string | null | undefined {
  if (isLeeg(c)) return null;
  return leesDatumwaarde(c!.waarde);
}
