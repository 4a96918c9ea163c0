/**
 * Shared formulas (Excel stores a filled-down formula once, at its master cell, and the other cells
 * refer to it by `si`). The reader gives each dependent cell the master (a `Meesterformule`), not a
 * text; `formuleTekst` makes the text at a cell when it is asked for: the master's text is split once
 * into fixed text and cell references, each dependent's text is then a join with moved row and column
 * numbers, no regex per cell.
 * Which parts count as a reference follows exceljs' slideFormula (the reference reader in the tests),
 * except that text in double quotes and sheet names in single quotes are never moved (Excel moves neither;
 * exceljs would turn 'Tabel A1'!B2 into 'Tabel A2'!B3 one row lower).
 */
import { celKolommen, kolomLetters, type Meesterformule, type Werkblad, type Werkmap } from "./snapshot";

/** Split masters, by the master object the cells share (a copy made by structuredClone is split again). */
const GESPLITST = new WeakMap<Meesterformule, GedeeldeFormule>();

/**
 * The formula text of a cell at (r, c), 0-based: its own text, or that of the shared formula whose master it
 * refers to, moved to (r, c) as Excel moves it.
 */
export function formuleTekst(formule: string | Meesterformule, r: number, c: number): string {
  return typeof formule === "string" ? formule : gesplitst(formule).op(r, c);
}

function gesplitst(m: Meesterformule): GedeeldeFormule {
  let g = GESPLITST.get(m);
  if (g === undefined) GESPLITST.set(m, (g = new GedeeldeFormule(m.tekst, m.r, m.c)));
  return g;
}

/**
 * The master's text as moved into column c: the pieces between its relative row numbers and those numbers
 * (1-based, at the master's own row). A cell dr rows below the master has the same pieces around numbers + dr.
 */
export function sjabloonVan(m: Meesterformule, c: number): { readonly vast: readonly string[]; readonly rijen: readonly number[] } {
  return gesplitst(m).stukken(c - m.c);
}

/** The text to look for function names in: moving a formula moves only references, never a name. */
export function formuleNamen(formule: string | Meesterformule): string {
  return typeof formule === "string" ? formule : formule.tekst;
}

type Deel = string | { blad: string; kolAbs: boolean; kol: number; rijAbs: boolean; rij: number };

// the candidate pattern of exceljs' slideFormula
const KANDIDAAT = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const VERWIJZING = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

const letterCache: string[] = [];
function letters(c: number): string {
  return (letterCache[c] ??= kolomLetters(c));
}

function kolomNummer(l: string): number {
  let n = 0;
  for (let i = 0; i < l.length; i++) n = n * 26 + ((l.charCodeAt(i) & ~32) - 64);
  return n - 1;
}

/**
 * The formula text in pieces: code, and the quoted parts with their quotes ("text" with "" inside, 'sheet name'
 * with '' inside). An unclosed quote runs to the end.
 */
function stukkenVan(tekst: string): { code: boolean; stuk: string }[] {
  const uit: { code: boolean; stuk: string }[] = [];
  let i = 0;
  while (i < tekst.length) {
    const dq = tekst.indexOf('"', i);
    const sq = tekst.indexOf("'", i);
    const q = dq < 0 ? sq : sq < 0 ? dq : Math.min(dq, sq);
    if (q < 0) {
      uit.push({ code: true, stuk: tekst.slice(i) });
      break;
    }
    if (q > i) uit.push({ code: true, stuk: tekst.slice(i, q) });
    const teken = tekst[q];
    let e = q + 1;
    for (;;) {
      e = tekst.indexOf(teken, e);
      if (e < 0) {
        e = tekst.length;
        break;
      }
      // a doubled quote is the quote itself
      if (tekst[e + 1] === teken) {
        e += 2;
        continue;
      }
      e++;
      break;
    }
    uit.push({ code: false, stuk: tekst.slice(q, e) });
    i = e;
  }
  return uit;
}

export class GedeeldeFormule {
  private readonly delen: Deel[] = [];
  constructor(
    readonly tekst: string,
    private readonly r: number,
    private readonly c: number,
  ) {
    // split into code, "text" and 'sheet name' pieces; only code pieces hold references (Excel moves no
    // text in quotes and no sheet name: 'Tabel A1'!B2 stays on 'Tabel A1')
    let vast = "";
    for (const { code, stuk } of stukkenVan(tekst)) {
      if (!code) {
        vast += stuk;
        continue;
      }
      let vorige = 0;
      stuk.replace(KANDIDAAT, (m: string, blad: string | undefined, _b: string, adres: string, haak: string | undefined, pos: number) => {
        if (haak) return m;
        const v = VERWIJZING.exec(adres);
        if (!v) return m;
        const kolL = v[2].toUpperCase();
        if (kolL.length > 3 || (kolL.length === 3 && kolL > "XFD")) return m;
        vast += stuk.slice(vorige, pos);
        if (vast !== "") this.delen.push(vast);
        vast = "";
        this.delen.push({ blad: blad ?? "", kolAbs: !!v[1], kol: kolomNummer(kolL), rijAbs: !!v[3], rij: Number(v[4]) });
        vorige = pos + m.length;
        return m;
      });
      vast += stuk.slice(vorige);
    }
    if (vast !== "") this.delen.push(vast);
  }

  /** Per column offset: the text with every reference filled in but the relative row numbers. */
  private laatsteDc = 0;
  private laatste: Sjabloon | undefined;
  private perKolom: Map<number, Sjabloon> | undefined;

  private sjabloon(dc: number): Sjabloon {
    // A filled-down column asks for one offset only; a map only for a formula shared across columns.
    if (this.laatste !== undefined && this.laatsteDc === dc) return this.laatste;
    let t = this.perKolom?.get(dc);
    if (t === undefined) {
      t = this.maakSjabloon(dc);
      this.perKolom ??= new Map();
      if (this.perKolom.size >= 64) this.perKolom.clear();
      this.perKolom.set(dc, t);
    }
    this.laatsteDc = dc;
    this.laatste = t;
    return t;
  }

  private maakSjabloon(dc: number): Sjabloon {
    const vast: string[] = [];
    const rijen: number[] = [];
    let huidig = "";
    for (const d of this.delen) {
      if (typeof d === "string") {
        huidig += d;
        continue;
      }
      const kol = d.kolAbs ? d.kol : d.kol + dc;
      huidig += `${d.blad}${d.kolAbs ? "$" : ""}${kol >= 0 ? letters(kol) : "#REF!"}${d.rijAbs ? "$" : ""}`;
      if (d.rijAbs) {
        huidig += d.rij;
        continue;
      }
      vast.push(huidig);
      rijen.push(d.rij);
      huidig = "";
    }
    vast.push(huidig);
    // Flat pieces (joined once per cell); a formula without relative rows is the same text on every row.
    const ascii = vast.every((x) => !NIET_ASCII.test(x));
    return {
      vast: vast.map(vlak),
      // (bytes only in Node: the task pane's checker runs in a browser, where office-js gives every text)
      bytes: ascii && HEEFT_BUFFER ? vast.map((x) => Buffer.from(x, "latin1")) : undefined,
      lengte: vast.reduce((n, x) => n + x.length, 0),
      rijen,
      heel: rijen.length === 0 ? vlak(vast[0]) : undefined,
    };
  }

  /** The template for column offset dc (see sjabloonVan). */
  stukken(dc: number): { readonly vast: readonly string[]; readonly rijen: readonly number[] } {
    return this.sjabloon(dc);
  }

  /**
   * The formula text at (r, c), 0-based. Built with one join: `+=` would leave a rope of a dozen pieces
   * per cell (more memory, slower to read), a join gives one flat string.
   */
  op(r: number, c: number): string {
    const dr = r - this.r;
    const dc = c - this.c;
    if (dr === 0 && dc === 0) return this.tekst;
    const t = this.sjabloon(dc);
    if (t.heel !== undefined) return t.heel;
    if (t.bytes !== undefined) return inBytes(t, dr);
    const { vast, rijen } = t;
    const uit = STUKKEN;
    let n = 0;
    for (let i = 0; i < rijen.length; i++) {
      uit[n++] = vast[i];
      uit[n++] = rijen[i] + dr;
    }
    uit[n++] = vast[rijen.length];
    uit.length = n;
    return uit.join("");
  }
}

interface Sjabloon {
  /** The text between the relative row numbers (one more than rijen). */
  vast: string[];
  /** The same as bytes, when it is all ASCII; with the length of all of it. */
  bytes: Buffer[] | undefined;
  lengte: number;
  /** The master's relative row numbers, in order. */
  rijen: number[];
  /** The whole text, when it has no relative row. */
  heel: string | undefined;
}

/** A flat copy of a string built with += (a rope is slow to copy from, once per cell). */
function vlak(t: string): string {
  return t.length < 13 ? t : (" " + t).slice(1);
}

const NIET_ASCII = /[^\x00-\x7f]/;

/** The number of digits of a row number 1..9,999,999 (a reference has at most seven); 0 for anything larger. */
export function aantalCijfers(n: number): number {
  return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : n < 100_000 ? 5 : n < 1_000_000 ? 6 : n < 10_000_000 ? 7 : 0;
}

// Reused for every formula (one at a time); a formula is at most 8,192 characters, its numbers 7 digits each.
const HEEFT_BUFFER = typeof Buffer === "function";
let BUF: Buffer | undefined;

/**
 * An ASCII template's text at row offset dr, written as bytes and cut as one latin1 string: flat, and a
 * quarter faster than a join of pieces and numbers.
 */
function inBytes(t: Sjabloon, dr: number): string {
  const { bytes, rijen } = t;
  const nodig = t.lengte + 16 * rijen.length;
  if (BUF === undefined || BUF.length < nodig) BUF = Buffer.allocUnsafe(Math.max(1024, 2 * nodig));
  const b = BUF;
  let p = 0;
  for (let i = 0; i < rijen.length; i++) {
    const x = bytes![i];
    b.set(x, p);
    p += x.length;
    let n = rijen[i] + dr;
    if (n < 1) {
      // a row number above the sheet: as text (the join writes "0", "-3")
      const tekst = String(n);
      for (let j = 0; j < tekst.length; j++) b[p++] = tekst.charCodeAt(j);
      continue;
    }
    const l = aantalCijfers(n);
    if (l === 0) {
      const tekst = String(n);
      for (let j = 0; j < tekst.length; j++) b[p++] = tekst.charCodeAt(j);
      continue;
    }
    p += l;
    for (let q = p - 1; q >= p - l; q--) {
      const k = (n / 10) | 0;
      b[q] = 48 + n - k * 10;
      n = k;
    }
  }
  const x = bytes![rijen.length];
  b.set(x, p);
  p += x.length;
  return (b as unknown as { latin1Slice(b: number, e: number): string }).latin1Slice(0, p);
}

/** Reused for every join (one formula at a time). */
const STUKKEN: (string | number)[] = [];

/**
 * A copy of the workbook in which every formula is its own text, as the office-js reader gives it: to compare
 * two readings, or to hand the snapshot to something that expects text. Cells without a shared formula are
 * the same objects.
 */
export function metFormuleteksten(werkmap: Werkmap): Werkmap {
  const bladen = werkmap.bladen.map((blad) => {
    let rijen: Werkblad["rijen"] | undefined;
    blad.rijen.forEach((rij, r) => {
      for (const c of celKolommen(rij)) {
        const cel = rij[c];
        if (cel == null || cel.formule == null || typeof cel.formule === "string") continue;
        rijen ??= blad.rijen.map((x) => (x == null ? x : x.slice())); // null: a hole after a JSON round trip
        rijen[r][c] = { ...cel, formule: formuleTekst(cel.formule, r, c) };
      }
    });
    return rijen === undefined ? blad : { ...blad, rijen };
  });
  return { ...werkmap, bladen };
}
