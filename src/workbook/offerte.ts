/**
 * The offerte model on the snapshot only (spec §4): the header block (label cell, value to its right,
 * anywhere on any sheet), the prestatie tables and the crisis tables, found by their header rows.
 * Sheet names, positions and column order do not matter; labels are matched case- and space-insensitively.
 */
import { PROFIELLABELS, leesDatumwaarde } from "../rules";
import { type Cel, type Werkblad, type Werkmap, cel, isLeeg } from "./snapshot";
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
  /** Where the label is; the value is at c + 1. */
  plek: Plek;
  waardePlek: Plek;
  cel: Cel | undefined;
}

export interface Tabel<K extends string> {
  blad: number;
  kopRij: number;
  kolommen: Partial<Record<K, number>>;
  ontbrekend: K[];
  /** 0-based row indices of the data rows (up to the first empty row). */
  rijen: number[];
}

export interface Offerte {
  werkmap: Werkmap;
  /** First occurrence of each header label, in sheet order. */
  kop: Partial<Record<Kopveld, Kopwaarde>>;
  /** Profile label/value pairs in sheet order (the one profile parser reads them). */
  profiel: Kopwaarde[];
  prestatietabellen: Tabel<Prestatiekolom>[];
  crisistabellen: Tabel<Crisiskolom>[];
  /** A header or profile label found again with a different value (the first one counts). */
  dubbel: { eerste: Kopwaarde; ander: Kopwaarde }[];
}

const KOP_SLEUTELS = new Map<string, Kopveld>(Object.entries(KOPLABELS).map(([k, l]) => [labelSleutel(l), k as Kopveld]));
const PRESTATIE_SLEUTELS = new Map<string, Prestatiekolom>(Object.entries(PRESTATIEKOLOMMEN).map(([k, l]) => [labelSleutel(l), k as Prestatiekolom]));
const CRISIS_SLEUTELS = new Map<string, Crisiskolom>(Object.entries(CRISISKOLOMMEN).map(([k, l]) => [labelSleutel(l), k as Crisiskolom]));
const PROFIEL_SLEUTELS = new Set(Object.keys(PROFIELLABELS));

function tekstSleutel(c: Cel | undefined): string | undefined {
  if (!c || typeof c.waarde !== "string") return undefined;
  const t = c.waarde;
  if (t.length > 60) return undefined; // labels are short; skip long texts cheaply
  return labelSleutel(t);
}

function kolommenVan<K extends string>(rij: (Cel | undefined)[], sleutels: Map<string, K>): Map<K, number> {
  const uit = new Map<K, number>();
  for (let c = 0; c < rij.length; c++) {
    const s = tekstSleutel(rij[c]);
    const k = s === undefined ? undefined : sleutels.get(s);
    if (k !== undefined && !uit.has(k)) uit.set(k, c);
  }
  return uit;
}

/** A data row is empty when every cell in the table's columns is empty (a formula giving "" counts as empty). */
function rijLeeg(blad: Werkblad, r: number, kolommen: number[]): boolean {
  const rij = blad.rijen[r];
  if (!rij) return true;
  for (const c of kolommen) if (!isLeeg(rij[c])) return false;
  return true;
}

function maakTabel<K extends string>(blad: Werkblad, b: number, r: number, gevonden: Map<K, number>, verplicht: K[]): Tabel<K> {
  const kolommen = Object.fromEntries(gevonden) as Partial<Record<K, number>>;
  const cols = [...gevonden.values()];
  const rijen: number[] = [];
  for (let i = r + 1; i < blad.rijen.length && !rijLeeg(blad, i, cols); i++) rijen.push(i);
  return { blad: b, kopRij: r, kolommen, ontbrekend: verplicht.filter((k) => !gevonden.has(k)), rijen };
}

function waardeSleutel(c: Cel | undefined): string {
  if (isLeeg(c)) return "";
  const w = c!.waarde;
  return typeof w === "string" ? labelSleutel(w) : JSON.stringify(w);
}

function isLabel(c: Cel | undefined): boolean {
  const s = tekstSleutel(c);
  return s !== undefined && (KOP_SLEUTELS.has(s) || PROFIEL_SLEUTELS.has(s));
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

  werkmap.bladen.forEach((blad, b) => {
    let r = 0;
    while (r < blad.rijen.length) {
      const rij = blad.rijen[r] ?? [];
      const crisis = kolommenVan(rij, CRISIS_SLEUTELS);
      const prestatie = kolommenVan(rij, PRESTATIE_SLEUTELS);
      const isCrisis = crisis.has("prestatie") && (crisis.has("bedden") || crisis.has("bezet") || crisis.has("onbezet"));
      const isPrestatie = !isCrisis && prestatie.has("prestatie") && prestatie.size >= 3;
      if (isCrisis || isPrestatie) {
        const t = isCrisis
          ? maakTabel(blad, b, r, crisis, VERPLICHTE_CRISISKOLOMMEN)
          : maakTabel(blad, b, r, prestatie, VERPLICHTE_PRESTATIEKOLOMMEN);
        if (isCrisis) crisistabellen.push(t as Tabel<Crisiskolom>);
        else prestatietabellen.push(t as Tabel<Prestatiekolom>);
        // Labels inside a table are data, not header labels.
        r += t.rijen.length + 1;
        continue;
      }
      for (let c = 0; c < rij.length; c++) {
        const s = tekstSleutel(rij[c]);
        if (s === undefined) continue;
        const k = KOP_SLEUTELS.get(s);
        if (k === undefined && !PROFIEL_SLEUTELS.has(s)) continue;
        const wc = waardeKolom(rij, c);
        const waardePlek = { blad: b, r, c: wc };
        const kw: Kopwaarde = { label: String(rij[c]!.waarde).trim(), plek: { blad: b, r, c }, waardePlek, cel: cel(blad, r, wc) };
        const eerder = gezien.get(s);
        if (eerder) {
          if (waardeSleutel(eerder.cel) !== waardeSleutel(kw.cel)) dubbel.push({ eerste: eerder, ander: kw });
          continue;
        }
        gezien.set(s, kw);
        if (k !== undefined) {
          kop[k] = kw;
        } else {
          // The canonical label, so the profile parser also accepts "Plan opslag:" and other spellings.
          profiel.push({ ...kw, label: PROFIELLABELS[s as keyof typeof PROFIELLABELS] });
        }
      }
      r++;
    }
  });
  return { werkmap, kop, profiel, prestatietabellen, crisistabellen, dubbel };
}

/** Wall-clock "YYYY-MM-DDTHH:mm" from an Excel serial or a date text; undefined when unreadable, null when empty. */
export function leesDatum(c: Cel | undefined): string | null | undefined {
  if (isLeeg(c)) return null;
  return leesDatumwaarde(c!.waarde);
}
