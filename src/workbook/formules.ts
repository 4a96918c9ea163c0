/**
 * A small evaluator for stored WLZ.* formulas, so the checker can tell whether a cell's cached value
 * still matches the current rules (WLZ-FRM-001). Understands literals, cell references, ranges
 * (also on other sheets), IF and = / <> comparisons (the template's empty-row guard); anything
 * else makes the formula "not evaluable" and the checker skips it silently.
 * Both forms are read: `_xldudf_WLZ_TARIEF(...)` (.xlsx) and `WLZ.TARIEF(...)` (office-js).
 */
import { D, RegelFout, vanExcel } from "../rules";
import { WLZ_BEREKENINGEN as B } from "../functions/berekeningen";
import { aantalCijfers, formuleTekst, sjabloonVan } from "./gedeelde-formule";
import { behoudVorm } from "./vormbehoud";
import { type Geheugenknoop, Waardegeheugen } from "./waardegeheugen";
import { type Cel, type CelWaarde, type Meesterformule, type Werkmap, isFout, naamOnbekend } from "./snapshot";

export type Waarde = number | string | boolean | null | { fout: string } | Waarde[][];

export type Knoop =
  | { t: "getal"; v: number }
  | { t: "tekst"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "leeg" }
  /** rr/cr: row/column relative, stored as an offset from the formula's own cell (trees of Formulevormen). */
  | { t: "ref"; blad?: string; r: number; c: number; rr?: boolean; cr?: boolean }
  /** rel: which of r1, c1, r2, c2 are offsets from the formula's own cell (then the corners are ordered when evaluated). */
  | { t: "bereik"; blad?: string; r1: number; c1: number; r2: number; c2: number; rel?: [boolean, boolean, boolean, boolean] }
  | { t: "fn"; naam: string; args: Knoop[] }
  | { t: "vgl"; op: "=" | "<>"; a: Knoop; b: Knoop }
  | { t: "reken"; op: "+" | "-" | "*" | "/"; a: Knoop; b: Knoop };

/** Thrown for anything outside the small language above; the caller skips the formula. */
export class NietEvalueerbaar extends Error {}

/**
 * Whether a stored formula calls a WLZ.* function anywhere (either storage form): "WLZ." or "_xldudf_WLZ_"
 * (any case) not preceded by a name character. A plain scan: it runs on every formula cell, twice.
 */
export function bevatWlz(formule: string | undefined): boolean {
  if (!formule) return false;
  const f = formule;
  // Most formulas write it in capitals: try those places first, then scan for any other case.
  for (let i = f.indexOf("WLZ"); i >= 0; i = f.indexOf("WLZ", i + 1)) if (wlzOp(f, i)) return true;
  if (f.indexOf("z") < 0 && f.indexOf("Z") < 0) return false;
  for (let i = 0; i + 3 < f.length; i++) {
    // "wlz" in any case: | 32 folds exactly A-Z onto a-z for these three letters
    if ((f.charCodeAt(i) | 32) !== 119 || (f.charCodeAt(i + 1) | 32) !== 108 || (f.charCodeAt(i + 2) | 32) !== 122) continue;
    if (wlzOp(f, i)) return true;
  }
  return false;
}

const XLDUDF = "_xldudf_";

/** At i stands "wlz" (any case): is it the start of "WLZ." or the middle of "_xldudf_WLZ_", after no name character? */
function wlzOp(f: string, i: number): boolean {
  const na = f.charCodeAt(i + 3);
  if (na === 46) return i === 0 || !isNaamteken(f.charCodeAt(i - 1));
  if (na !== 95 || i < 8) return false;
  for (let j = 0; j < 8; j++) {
    const k = f.charCodeAt(i - 8 + j);
    const x = XLDUDF.charCodeAt(j);
    if (x === 95 ? k !== 95 : (k | 32) !== x) return false;
  }
  return i === 8 || !isNaamteken(f.charCodeAt(i - 9));
}

type Token =
  | { s: "getal"; v: number }
  | { s: "tekst"; v: string }
  | { s: "naam"; v: string }
  /** rAbs/cAbs: $-anchored; [ri, rj): where the row digits stand in the formula text. */
  | { s: "ref"; blad?: string; r: number; c: number; rAbs: boolean; cAbs: boolean; ri: number; rj: number }
  | { s: "op"; v: string };

// Sticky expressions: matched at a position without slicing the text (large offertes tokenize ~20,000 formulas).
const REF_Y = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const GETAL_Y = /\d+(\.\d+)?([eE][+-]?\d+)?/y;
const NAAM_Y = /[A-Za-z_][A-Za-z0-9_.]*/y;
const BLAD_QUOTE_Y = /'((?:[^']|'')+)'!/y;
const BLAD_Y = /([\p{L}_][\p{L}\p{N}_.]*)!/uy;
const SPATIE = /\s/;

function isNaamteken(k: number): boolean {
  return (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || (k >= 48 && k <= 57) || k === 95 || k === 46;
}

/**
 * Whether an unquoted sheet name ending in "!" can start at i. Exact for ASCII (\p{L}\p{N} are letters and
 * digits there), so the costly Unicode expression only runs where it can match.
 */
function kanBladnaam(f: string, i: number): boolean {
  const k = f.charCodeAt(i);
  if (!((k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95 || k > 127)) return false;
  let j = i + 1;
  while (j < f.length && isNaamteken(f.charCodeAt(j))) j++;
  return j < f.length && (f.charCodeAt(j) === 33 || f.charCodeAt(j) > 127);
}

function kolomVan(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return n - 1;
}

/** Tokens of f from position `van` (the text after a leading "="); ref positions are indices into f. */
function tokens(f: string, van = 0, tot = f.length): Token[] {
  const uit: Token[] = [];
  let i = van;
  while (i < tot) {
    const k = f.charCodeAt(i);
    const ch = f[i];
    if (k === 32 || (k >= 9 && k <= 13) || (k > 127 && SPATIE.test(ch))) { i++; continue; }
    if (k === 34) {
      let s = "";
      i++;
      for (;;) {
        const q = f.indexOf('"', i);
        if (q < 0 || q >= tot) throw new NietEvalueerbaar("tekst niet afgesloten");
        s += f.slice(i, q);
        if (f.charCodeAt(q + 1) === 34 && q + 1 < tot) { s += '"'; i = q + 2; continue; }
        i = q + 1;
        break;
      }
      uit.push({ s: "tekst", v: s });
      continue;
    }
    if (k === 60 && f.charCodeAt(i + 1) === 62 && i + 1 < tot) { uit.push({ s: "op", v: "<>" }); i += 2; continue; }
    if ("(),;:=+-*/".includes(ch)) { uit.push({ s: "op", v: ch === ";" ? "," : ch }); i++; continue; }
    let blad: string | undefined;
    if (k === 39) {
      BLAD_QUOTE_Y.lastIndex = i;
      const m = BLAD_QUOTE_Y.exec(f);
      if (!m || BLAD_QUOTE_Y.lastIndex > tot) throw new NietEvalueerbaar("bladnaam");
      blad = m[1].replace(/''/g, "'");
      i = BLAD_QUOTE_Y.lastIndex;
    } else if (kanBladnaam(f, i)) {
      BLAD_Y.lastIndex = i;
      const m = BLAD_Y.exec(f);
      if (m && BLAD_Y.lastIndex <= tot) {
        blad = m[1];
        i = BLAD_Y.lastIndex;
      }
    }
    REF_Y.lastIndex = i;
    const ref = REF_Y.exec(f);
    if (ref && REF_Y.lastIndex <= tot && !(REF_Y.lastIndex < tot && (isNaamteken(f.charCodeAt(REF_Y.lastIndex)) || f.charCodeAt(REF_Y.lastIndex) === 40))) {
      const einde = REF_Y.lastIndex;
      uit.push({ s: "ref", blad, r: Number(ref[4]) - 1, c: kolomVan(ref[2]), rAbs: ref[3] === "$", cAbs: ref[1] === "$", ri: einde - ref[4].length, rj: einde });
      i = einde;
      continue;
    }
    if (blad !== undefined) throw new NietEvalueerbaar("verwijzing");
    GETAL_Y.lastIndex = i;
    const getal = GETAL_Y.exec(f);
    if (getal && GETAL_Y.lastIndex <= tot) { uit.push({ s: "getal", v: Number(getal[0]) }); i = GETAL_Y.lastIndex; continue; }
    NAAM_Y.lastIndex = i;
    const naam = NAAM_Y.exec(f);
    if (naam && NAAM_Y.lastIndex <= tot) { uit.push({ s: "naam", v: naam[0] }); i = NAAM_Y.lastIndex; continue; }
    throw new NietEvalueerbaar(`teken ${ch}`);
  }
  return uit;
}

const FUNCTIENAMEN = new Map<string, string>();
/** Function name in display form: `_xldudf_WLZ_TARIEF` -> `WLZ.TARIEF`, `_xlfn.` dropped. */
function functienaam(n: string): string {
  let uit = FUNCTIENAMEN.get(n);
  if (uit === undefined) {
    const u = n.toUpperCase().replace(/^_XLFN\.|^_XLWS\./, "");
    const m = /^_XLDUDF_([A-Z0-9]+)_(.+)$/.exec(u);
    uit = m ? `${m[1]}.${m[2]}` : u;
    if (FUNCTIENAMEN.size < 1_000) FUNCTIENAMEN.set(n, uit);
  }
  return uit;
}

/** Where the expression starts and ends in a stored formula: surrounding space and one leading "=" left out. */
function kern(formule: string): { van: number; tot: number } {
  const t = formule.trim();
  if (t === "") return { van: 0, tot: 0 };
  let van = formule.length - formule.trimStart().length;
  const tot = van + t.length;
  if (formule.charCodeAt(van) === 61) van++;
  return { van, tot };
}

/**
 * Parses tokens. With `basis`, references without a $ are stored as offsets from that cell and marked
 * relative (rr/cr), so one tree serves every filled-down copy of a formula; without, as absolute positions.
 */
function parseTokens(ts: Token[], basis?: { r: number; c: number }): Knoop {
  let diepte = 0;
  let p = 0;
  const kijk = () => ts[p];
  const isOp = (v: string) => { const t = ts[p]; return t?.s === "op" && t.v === v; };
  const verwacht = (v: string) => { if (!isOp(v)) throw new NietEvalueerbaar(`verwacht ${v}`); p++; };

  function expressie(): Knoop {
    const a = som();
    if (isOp("=") || isOp("<>")) {
      const op = (ts[p++] as { v: "=" | "<>" }).v;
      return { t: "vgl", op, a, b: som() };
    }
    return a;
  }
  function som(): Knoop {
    let a = product();
    while (isOp("+") || isOp("-")) {
      const op = (ts[p++] as { v: "+" | "-" }).v;
      a = { t: "reken", op, a, b: product() };
    }
    return a;
  }
  function product(): Knoop {
    let a = term();
    while (isOp("*") || isOp("/")) {
      const op = (ts[p++] as { v: "*" | "/" }).v;
      a = { t: "reken", op, a, b: term() };
    }
    return a;
  }
  function term(): Knoop {
    if (++diepte > 64) throw new NietEvalueerbaar("te diep genest");
    try {
      return term1();
    } finally {
      diepte--;
    }
  }
  function term1(): Knoop {
    const t = kijk();
    if (!t) throw new NietEvalueerbaar("einde");
    p++;
    if (t.s === "getal") return { t: "getal", v: t.v };
    if (t.s === "op" && t.v === "-") {
      const k = term();
      return { t: "reken", op: "-", a: { t: "getal", v: 0 }, b: k };
    }
    if (t.s === "op" && t.v === "(") {
      const k = expressie();
      verwacht(")");
      return k;
    }
    if (t.s === "tekst") return { t: "tekst", v: t.v };
    if (t.s === "ref") {
      if (isOp(":")) {
        p++;
        const e = ts[p++];
        if (!e || e.s !== "ref" || (e.blad !== undefined && e.blad !== t.blad)) throw new NietEvalueerbaar("bereik");
        if (basis) {
          // Ordered only when evaluated: which corner is the top-left can depend on the formula's own cell.
          return {
            t: "bereik", blad: t.blad,
            r1: t.rAbs ? t.r : t.r - basis.r, c1: t.cAbs ? t.c : t.c - basis.c, r2: e.rAbs ? e.r : e.r - basis.r, c2: e.cAbs ? e.c : e.c - basis.c,
            rel: [!t.rAbs, !t.cAbs, !e.rAbs, !e.cAbs],
          };
        }
        return { t: "bereik", blad: t.blad, r1: Math.min(t.r, e.r), c1: Math.min(t.c, e.c), r2: Math.max(t.r, e.r), c2: Math.max(t.c, e.c) };
      }
      if (basis) return { t: "ref", blad: t.blad, r: t.rAbs ? t.r : t.r - basis.r, c: t.cAbs ? t.c : t.c - basis.c, rr: !t.rAbs, cr: !t.cAbs };
      return { t: "ref", blad: t.blad, r: t.r, c: t.c };
    }
    if (t.s === "naam") {
      const u = t.v.toUpperCase();
      if (!isOp("(")) {
        if (u === "TRUE" || u === "WAAR") return { t: "bool", v: true };
        if (u === "FALSE" || u === "ONWAAR") return { t: "bool", v: false };
        throw new NietEvalueerbaar("naam");
      }
      p++;
      const args: Knoop[] = [];
      if (isOp(")")) { p++; return { t: "fn", naam: functienaam(t.v), args }; }
      for (;;) {
        args.push(isOp(",") || isOp(")") ? { t: "leeg" } : expressie());
        if (isOp(",")) { p++; continue; }
        verwacht(")");
        break;
      }
      return { t: "fn", naam: functienaam(t.v), args };
    }
    throw new NietEvalueerbaar("onverwacht teken");
  }
  const k = expressie();
  if (p !== ts.length) throw new NietEvalueerbaar("rest");
  return k;
}

// Excel's own limit is 8192 characters; longer or deeper texts are not ours to evaluate.
const MAX_LENGTE = 8192;

/** Parses a stored formula (with or without "="). Throws NietEvalueerbaar outside the supported language. */
export function parseFormule(formule: string): Knoop {
  if (formule.length > MAX_LENGTE) throw new NietEvalueerbaar("formule te lang");
  const { van, tot } = kern(formule);
  return parseTokens(tokens(formule, van, tot));
}

/**
 * A formula shape: the parse tree with relative references as offsets, and the formula text cut at the
 * row numbers of its relative references. A filled-down copy one row lower is the same text with those
 * numbers one higher; checking that is a few string compares instead of a new tokenize and parse.
 */
interface Vorm {
  /** null: outside the evaluator's language, or no WLZ.* function it knows. */
  knoop: Knoop | null;
  /** The text around the relative row numbers, its regular expression and the length of each piece. */
  delen: string[];
  patroon: RegExp;
  lengtes: number[];
  /** Per row number: the first of its offset (the others are the same digits, as the expression tests). */
  eerste: boolean[];
  /** Offset of each cut-out row number from the formula's own row. */
  rijen: number[];
  /** The relative references on the formula's own sheet; null when the value depends on more (relative ranges, other sheets). */
  refs?: Ref[] | null;
  /**
   * Outcomes by the values of `refs`, for this check run (everything else the formula reads is fixed meanwhile):
   * the value, or the NietEvalueerbaar it threw. `waarden`: scratch for the current cell.
   */
  uitkomsten?: Waardegeheugen<Waarde | NietEvalueerbaar>;
  waarden?: unknown[];
}

type Ref = Extract<Knoop, { t: "ref" }>;

/** The relative single-cell references of a tree, or null when its value depends on more than those cells. */
function relatieveRefs(k: Knoop, uit: Ref[] = []): Ref[] | null {
  switch (k.t) {
    case "ref":
      if (k.rr || k.cr) {
        if (k.blad !== undefined) return null;
        // a cell named twice (IF(B5="","",WLZ.TARIEF(..,B5,..))) is one value
        if (!uit.some((x) => x.r === k.r && x.c === k.c && x.rr === k.rr && x.cr === k.cr)) uit.push(k);
      }
      return uit;
    case "bereik":
      return k.rel?.some((x) => x) ? null : uit;
    case "vgl":
    case "reken":
      return relatieveRefs(k.a, uit) && relatieveRefs(k.b, uit);
    case "fn":
      for (const a of k.args) if (!relatieveRefs(a, uit)) return null;
      return uit;
    default:
      return uit;
  }
}

/** The outcome node of a shape for the values its references have at (r, c). */
function uitkomstVoor(v: Vorm, refs: Ref[], rijen: (Cel | undefined)[][], r: number, c: number): Geheugenknoop<Waarde | NietEvalueerbaar> {
  const w = (v.waarden ??= new Array(refs.length));
  for (let i = 0; i < refs.length; i++) {
    const k = refs[i];
    w[i] = rijen[k.rr ? r + k.r : k.r]?.[k.cr ? c + k.c : k.c]?.waarde;
  }
  return (v.uitkomsten ??= new Waardegeheugen()).knoop(w, true)!;
}

/**
 * Whether f is the shape's text with its relative row numbers moved to row r. One native scan tests the fixed
 * text, and that row numbers with the same offset are the same digits (a back-reference to the first of them);
 * then the first row number of each offset is compared with the number it must be. A digit run that matches
 * the expected number and ends there (a piece after a row number never starts with a digit) pins every piece
 * to its expected place.
 */
function past(v: Vorm, f: string, r: number): boolean {
  const { lengtes, rijen, eerste } = v;
  if (!v.patroon.test(f)) return false;
  let pos = 0;
  for (let i = 0; i < rijen.length; i++) {
    pos += lengtes[i];
    const rij = r + rijen[i] + 1;
    // Outside 1..9999999 the text would not tokenize as the same reference.
    if (rij < 1 || rij > 9_999_999) return false;
    const n = aantalCijfers(rij);
    if (eerste[i]) {
      // the digits from the last one back (an integer division by ten is a multiplication once compiled)
      for (let j = n - 1, x = rij; j >= 0; j--, x = (x / 10) | 0) if (f.charCodeAt(pos + j) !== 48 + (x % 10)) return false;
      const na = f.charCodeAt(pos + n);
      if (na >= 48 && na <= 57) return false;
    }
    pos += n;
  }
  return f.length === pos + lengtes[rijen.length];
}

const REGEX_TEKENS = /[.*+?^${}()|[\]\\/]/g;

/**
 * The expression for a shape's pieces with a row number between each two: one or more digits where an offset
 * first occurs, the same digits again (a back-reference) where it recurs.
 */
function patroonVan(delen: string[], rijen: number[]): { patroon: RegExp; eerste: boolean[] } {
  const groep = new Map<number, number>();
  const eerste: boolean[] = [];
  let bron = `^${delen[0].replace(REGEX_TEKENS, "\\$&")}`;
  for (let i = 0; i < rijen.length; i++) {
    const g = groep.get(rijen[i]);
    eerste.push(g === undefined);
    if (g === undefined) {
      groep.set(rijen[i], groep.size + 1);
      bron += "([0-9]+)";
    } else bron += `\\${g}`;
    bron += delen[i + 1].replace(REGEX_TEKENS, "\\$&");
  }
  return { patroon: new RegExp(`${bron}$`), eerste };
}

/**
 * Parsed formulas of one check run, by shape: the few most recent shapes per column are tried first.
 * Gives the tree to evaluate with the formula's own position, or null when it is not evaluable.
 */
export class Formulevormen {
  private readonly perKolom = new Map<number, Vorm[]>();

  vorm(formule: string, blad: number, r: number, c: number): Knoop | null {
    return this.zoek(formule, blad, r, c, false)?.knoop ?? null;
  }

  /**
   * The value of the formula at (r, c) on sheet ctx.blad, evaluated as evalueerFormule does (NietEvalueerbaar
   * included); undefined when it is not evaluable at all. For one check run over an unchanging workbook:
   * filled-down rows with the same values in the cells they refer to share one evaluation.
   * Sets ctx.r and ctx.c.
   */
  waarde(formule: string, ctx: Evaluatiecontext, r: number, c: number): Waarde | undefined {
    return this.waardeVan(this.zoek(formule, ctx.blad, r, c, false), ctx, r, c);
  }

  /**
   * waarde() of a formula that may call no WLZ function at all: then undefined. bevatWlz runs only when no
   * known shape fits (every known shape calls one, and its copies differ from it only in row numbers).
   */
  waardeAlsWlz(formule: string | Meesterformule, ctx: Evaluatiecontext, r: number, c: number): Waarde | undefined {
    const v = typeof formule === "string" ? this.zoek(formule, ctx.blad, r, c, true) : this.zoekGedeeld(formule, ctx.blad, r, c);
    return this.waardeVan(v, ctx, r, c);
  }

  /** Per master of a shared formula and column: its shape, null (no WLZ.* in it), or false (compare texts). */
  private readonly perMeester = new Map<Meesterformule, Map<number, Vorm | null | false>>();

  /**
   * The shape of a cell of a shared formula, without making its text: the first cell of a master in a column
   * finds its shape by text; when that shape cuts the text at the very places where the master's template has
   * its moving row numbers (the same pieces), every cell below the master in that column has that shape.
   * Otherwise (the two disagree about what is a reference), and above or left of the master, by text as usual.
   */
  private zoekGedeeld(m: Meesterformule, blad: number, r: number, c: number): Vorm | null {
    if (r < m.r || c < m.c) return this.zoek(formuleTekst(m, r, c), blad, r, c, true);
    let perKolom = this.perMeester.get(m);
    if (perKolom === undefined) this.perMeester.set(m, (perKolom = new Map()));
    const sleutel = blad * 20_000 + c;
    const bekend = perKolom.get(sleutel);
    // a shape, or null (no WLZ.* in this master)
    if (bekend !== undefined && bekend !== false) return bekend;
    const v = this.zoek(formuleTekst(m, r, c), blad, r, c, true);
    if (bekend === false) return v;
    if (v === null) {
      // no WLZ.* function: moving a formula moves references only, never a name
      perKolom.set(sleutel, null);
      return null;
    }
    const { vast } = sjabloonVan(m, c);
    const zelfde = vast.length === v.delen.length && vast.every((x, i) => x === v.delen[i]);
    perKolom.set(sleutel, zelfde ? v : false);
    return v;
  }

  private waardeVan(v: Vorm | null, ctx: Evaluatiecontext, r: number, c: number): Waarde | undefined {
    if (!v?.knoop) return undefined;
    ctx.r = r;
    ctx.c = c;
    if (v.refs === undefined) v.refs = relatieveRefs(v.knoop);
    if (v.refs === null) return evalueer(v.knoop, ctx);
    const n = uitkomstVoor(v, v.refs, ctx.werkmap.bladen[ctx.blad].rijen, r, c);
    const bekend = n.inhoud;
    if (bekend !== undefined) {
      if (bekend instanceof NietEvalueerbaar) throw bekend;
      return bekend;
    }
    try {
      return (n.inhoud = evalueer(v.knoop, ctx));
    } catch (e) {
      if (e instanceof NietEvalueerbaar) n.inhoud = e;
      throw e;
    }
  }

  private zoek(formule: string, blad: number, r: number, c: number, alleenWlz = false): Vorm | null {
    if (formule.length > MAX_LENGTE) return null;
    const sleutel = blad * 20_000 + c;
    let lijst = this.perKolom.get(sleutel);
    if (lijst) {
      for (let i = 0; i < lijst.length; i++) if (past(lijst[i], formule, r)) return lijst[i];
    }
    if (alleenWlz && !bevatWlz(formule)) return null;
    if (!lijst) {
      lijst = [];
      this.perKolom.set(sleutel, lijst);
    }
    const { van, tot } = kern(formule);
    let ts: Token[];
    try {
      ts = tokens(formule, van, tot);
    } catch (e) {
      if (e instanceof NietEvalueerbaar) return null;
      throw e;
    }
    let knoop: Knoop | null;
    try {
      knoop = parseTokens(ts, { r, c });
      if (!bevatBekendeWlz(knoop)) knoop = null;
    } catch (e) {
      if (!(e instanceof NietEvalueerbaar)) throw e;
      knoop = null;
    }
    const delen: string[] = [];
    const rijen: number[] = [];
    let pos = 0;
    for (const t of ts) {
      if (t.s !== "ref" || t.rAbs) continue;
      delen.push(formule.slice(pos, t.ri));
      rijen.push(t.r - r);
      pos = t.rj;
    }
    delen.push(formule.slice(pos));
    const { patroon, eerste } = patroonVan(delen, rijen);
    // every field from the start: one shape for all (see vormbehoud.ts)
    const v: Vorm = {
      knoop, delen, patroon, eerste, lengtes: delen.map((d) => d.length), rijen,
      refs: undefined, uitkomsten: undefined, waarden: undefined,
    };
    lijst.unshift(v);
    if (lijst.length > 4) lijst.pop();
    return v;
  }
}

behoudVorm(new Formulevormen());

function vanCel(w: CelWaarde | undefined): Waarde {
  if (w === undefined) return null;
  return w;
}

/**
 * The WLZ functions the checker can recompute: the very implementations the custom functions run.
 * Spilling functions (TARIEFUITLEG, REGELSETS) have no single cached value to compare, so they are left out.
 */
const FUNCTIES: Record<string, (a: unknown[]) => number | string | boolean> = {
  "WLZ.TARIEFPERCENTAGE": B.TARIEFPERCENTAGE,
  "WLZ.TARIEF": B.TARIEF,
  "WLZ.HERSCHIKKING": B.HERSCHIKKING,
  "WLZ.INITIELEVOLUME": B.INITIELEVOLUME,
  "WLZ.CRISISVERGOEDING": B.CRISISVERGOEDING,
  "WLZ.AANBIEDERCATEGORIE": B.AANBIEDERCATEGORIE,
  "WLZ.ONDERAANNEMING": B.ONDERAANNEMING,
  "WLZ.TERMIJN": B.TERMIJN,
  "WLZ.BETALING": B.BETALING,
};

/** Excel's ROUND: half away from zero, on the decimal value Excel shows (15 digits). */
function afronden(x: number, n: number): number {
  const d = Math.trunc(n);
  return vanExcel(x).toDecimalPlaces(d < 0 ? 0 : d, D.ROUND_HALF_UP).toNumber();
}

export interface Evaluatiecontext {
  werkmap: Werkmap;
  /** Sheet the formula lives on (for references without a sheet name). */
  blad: number;
  /** The formula's own cell, for the relative references of a Formulevormen tree (default A1). */
  r?: number;
  c?: number;
  /**
   * Range values kept for one check run over an unchanging workbook: every row's formula passes the same
   * profile range, so it is built once and keyed by identity in the memo below. Leave out when cells change.
   */
  bereiken?: Bereikgeheugen;
  /**
   * The value of a formula cell that has no stored result (files written by scripts) or a stored #NAME? (see
   * naamOnbekend): the checker computes it first. Without it such a cell reads as stored.
   */
  bereken?: (blad: number, r: number, c: number) => Waarde;
}

/** A cell's value as the evaluator sees it: its stored value, or the computed one where it has none. */
function celwaarde(ctx: Evaluatiecontext, b: number, cel: Pick<Cel, "waarde" | "formule"> | null | undefined, r: number, c: number): Waarde {
  if (!cel) return null; // a hole, undefined (or null after a JSON round trip)
  if (ctx.bereken && cel.formule !== undefined && (cel.waarde === null || naamOnbekend(cel as Cel))) return ctx.bereken(b, r, c);
  return cel.waarde;
}

/** Range values per tree node, valid for one workbook that does not change meanwhile. */
export type Bereikgeheugen = WeakMap<Knoop, { werkmap: Werkmap; b: number; r1: number; c1: number; r2: number; c2: number; waarde: Waarde[][] }>;

export function nieuwBereikgeheugen(): Bereikgeheugen {
  return new WeakMap();
}

function bladIndex(ctx: Evaluatiecontext, naam: string | undefined): number {
  if (naam === undefined) return ctx.blad;
  const k = naam.toLowerCase();
  const i = ctx.werkmap.bladen.findIndex((b) => b.naam.toLowerCase() === k);
  if (i < 0) throw new NietEvalueerbaar("onbekend blad");
  return i;
}

const MAX_BEREIK = 10_000;
/**
 * Memo of the pure WLZ functions: per function a tree with one level per argument, keyed by the value itself
 * (primitives in a Map, ranges by identity in a WeakMap, so old ranges are not kept alive). Cheaper than a
 * text key per call: cell texts are the snapshot's own strings, with their hashes already computed.
 */
interface Memoknoop {
  waarden?: Map<unknown, Memoknoop>;
  bereiken?: WeakMap<object, Memoknoop>;
  heeft?: boolean;
  uit?: Waarde;
}
let GEHEUGEN = new Map<string, Memoknoop>();
let geheugenAantal = 0;

function memoKnoop(naam: string, args: Waarde[]): Memoknoop {
  let k = GEHEUGEN.get(naam);
  if (!k) GEHEUGEN.set(naam, (k = {}));
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    let volgende: Memoknoop | undefined;
    if (typeof a === "object" && a !== null) {
      k.bereiken ??= new WeakMap();
      volgende = k.bereiken.get(a);
      if (!volgende) k.bereiken.set(a, (volgende = {}));
    } else {
      k.waarden ??= new Map();
      volgende = k.waarden.get(a);
      if (!volgende) k.waarden.set(a, (volgende = {}));
    }
    k = volgende;
  }
  return k;
}

function leesBereik(b: number, r1: number, c1: number, r2: number, c2: number, ctx: Evaluatiecontext): Waarde[][] {
  const blad = ctx.werkmap.bladen[b];
  const uit: Waarde[][] = [];
  for (let r = r1; r <= r2; r++) {
    const rij: Waarde[] = [];
    const cellen = blad.rijen[r];
    for (let c = c1; c <= c2; c++) rij.push(celwaarde(ctx, b, cellen?.[c], r, c));
    uit.push(rij);
  }
  return uit;
}

function getal(x: Waarde): number | { fout: string } {
  if (x === null) return 0;
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x === "") return { fout: "#VALUE!" };
  throw new NietEvalueerbaar("rekenen met tekst");
}

const norm = (x: Waarde) => (x === null ? "" : typeof x === "string" ? x.toLowerCase() : x);

type Berekening = (ctx: Evaluatiecontext) => Waarde;

function bereikWaarde(k: Extract<Knoop, { t: "bereik" }>, ctx: Evaluatiecontext): Waarde[][] {
  let { r1, c1, r2, c2 } = k;
  if (k.rel) {
    const r = ctx.r ?? 0;
    const c = ctx.c ?? 0;
    const [a, b, d, e] = k.rel;
    const ra = a ? r + r1 : r1, ca = b ? c + c1 : c1, rb = d ? r + r2 : r2, cb = e ? c + c2 : c2;
    r1 = Math.min(ra, rb); r2 = Math.max(ra, rb); c1 = Math.min(ca, cb); c2 = Math.max(ca, cb);
  }
  if ((r2 - r1 + 1) * (c2 - c1 + 1) > MAX_BEREIK) throw new NietEvalueerbaar("bereik te groot");
  const b = bladIndex(ctx, k.blad);
  const geheugen = ctx.bereiken;
  if (!geheugen) return leesBereik(b, r1, c1, r2, c2, ctx);
  const bekend = geheugen.get(k);
  if (bekend && bekend.werkmap === ctx.werkmap && bekend.b === b && bekend.r1 === r1 && bekend.c1 === c1 && bekend.r2 === r2 && bekend.c2 === c2) return bekend.waarde;
  const waarde = leesBereik(b, r1, c1, r2, c2, ctx);
  geheugen.set(k, { werkmap: ctx.werkmap, b, r1, c1, r2, c2, waarde });
  return waarde;
}

/** A WLZ function call with its memo; args evaluated in order, an error argument propagates. */
function roepAan(naam: string, f: (a: unknown[]) => number | string | boolean, args: Waarde[]): Waarde {
  // Excel does not call a function with an error argument: the error propagates.
  for (let i = 0; i < args.length; i++) if (isFout(args[i] as CelWaarde)) return args[i];
  // Pure functions of their arguments: filled-down rows repeat the same calls, so remember results.
  const plek = memoKnoop(naam, args);
  if (plek.heeft) return plek.uit!;
  let uit: Waarde;
  try {
    uit = f(args);
  } catch (e) {
    // Anything but a RegelFout is our own defect: skip the formula rather than report a false finding.
    if (!(e instanceof RegelFout)) throw new NietEvalueerbaar("interne fout");
    uit = { fout: e.soort === "niet-beschikbaar" ? "#N/A" : "#VALUE!" };
  }
  if (++geheugenAantal > 50_000) {
    GEHEUGEN = new Map();
    geheugenAantal = 0;
  }
  plek.heeft = true;
  plek.uit = uit;
  return uit;
}

const gooi = (reden: string): Berekening => () => {
  throw new NietEvalueerbaar(reden);
};

/**
 * A tree as nested closures, made once per tree: a filled-down column evaluates one shape thousands of
 * times, and closures skip the dispatch on node kinds. Anything not evaluable throws only when reached
 * (an IF branch not taken may hold it), exactly like walking the tree.
 */
function maak(k: Knoop): Berekening {
  switch (k.t) {
    case "getal":
    case "tekst":
    case "bool": {
      const v = k.v;
      return () => v;
    }
    case "leeg":
      return () => null;
    case "ref": {
      const { blad, r, c, rr, cr } = k;
      return (ctx) => {
        const i = bladIndex(ctx, blad);
        const rij = rr ? (ctx.r ?? 0) + r : r;
        const kol = cr ? (ctx.c ?? 0) + c : c;
        return celwaarde(ctx, i, ctx.werkmap.bladen[i].rijen[rij]?.[kol], rij, kol);
      };
    }
    case "bereik":
      return (ctx) => bereikWaarde(k, ctx);
    case "vgl": {
      const fa = maak(k.a);
      const fb = maak(k.b);
      const isGelijk = k.op === "=";
      return (ctx) => {
        const a = fa(ctx);
        const b = fb(ctx);
        if (isFout(a as CelWaarde)) return a;
        if (isFout(b as CelWaarde)) return b;
        if (Array.isArray(a) || Array.isArray(b)) throw new NietEvalueerbaar("vergelijking met bereik");
        const gelijk = norm(a) === norm(b) || (a === null && b === 0) || (a === 0 && b === null);
        return isGelijk ? gelijk : !gelijk;
      };
    }
    case "reken": {
      const fa = maak(k.a);
      const fb = maak(k.b);
      const op = k.op;
      return (ctx) => {
        const a = fa(ctx);
        const b = fb(ctx);
        if (isFout(a as CelWaarde)) return a;
        if (isFout(b as CelWaarde)) return b;
        const x = getal(a);
        const y = getal(b);
        if (typeof x !== "number") return x;
        if (typeof y !== "number") return y;
        if (op === "/" && y === 0) return { fout: "#DIV/0!" };
        return op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : x / y;
      };
    }
    case "fn": {
      const naam = k.naam;
      if (naam === "IF" || naam === "ALS") {
        if (k.args.length < 2 || k.args.length > 3) return gooi("IF");
        const [fv, fdan, fanders] = k.args.map(maak);
        return (ctx) => {
          const v = fv(ctx);
          if (isFout(v as CelWaarde)) return v;
          if (typeof v !== "boolean") throw new NietEvalueerbaar("IF-voorwaarde");
          return v ? fdan(ctx) : fanders ? fanders(ctx) : false;
        };
      }
      if (naam === "ROUND" || naam === "AFRONDEN") {
        if (k.args.length !== 2) return gooi("ROUND");
        const [fx, fn] = k.args.map(maak);
        return (ctx) => {
          const x = fx(ctx);
          const n = fn(ctx);
          if (isFout(x as CelWaarde)) return x;
          if (isFout(n as CelWaarde)) return n;
          if (typeof x !== "number" || typeof n !== "number" || n < 0) throw new NietEvalueerbaar("ROUND-argumenten");
          return afronden(x, n);
        };
      }
      if (naam === "SUM" || naam === "SOM") {
        const fargs = k.args.map(maak);
        return (ctx) => {
          let som = 0;
          for (const fa of fargs) {
            const a = fa(ctx);
            if (Array.isArray(a)) {
              // Excel's SUM skips text, booleans and empty cells inside a range, but not errors.
              for (const rij of a) for (const w of rij) {
                if (isFout(w as CelWaarde)) return w;
                if (typeof w === "number") som += w;
              }
              continue;
            }
            if (isFout(a as CelWaarde)) return a;
            const x = getal(a);
            if (typeof x !== "number") return x;
            som += x;
          }
          return som;
        };
      }
      const f = FUNCTIES[naam];
      if (!f) return gooi(naam);
      const fargs = k.args.map(maak);
      return (ctx) => {
        const args: Waarde[] = [];
        for (let i = 0; i < fargs.length; i++) args.push(fargs[i](ctx));
        return roepAan(naam, f, args);
      };
    }
  }
}

const GEMAAKT = new WeakMap<Knoop, Berekening>();

function evalueer(k: Knoop, ctx: Evaluatiecontext): Waarde {
  let f = GEMAAKT.get(k);
  if (!f) {
    f = maak(k);
    GEMAAKT.set(k, f);
  }
  return f(ctx);
}

/** Evaluates a stored formula; NietEvalueerbaar when it is outside the small language. */
export function evalueerFormule(formule: string | Knoop, ctx: Evaluatiecontext): Waarde {
  const k = typeof formule === "string" ? parseFormule(formule) : formule;
  return evalueer(k, ctx);
}

/** Whether the parsed formula contains a WLZ.* call that the evaluator knows. */
export function bevatBekendeWlz(k: Knoop): boolean {
  if (k.t === "fn") return k.naam in FUNCTIES || k.args.some(bevatBekendeWlz);
  if (k.t === "vgl" || k.t === "reken") return bevatBekendeWlz(k.a) || bevatBekendeWlz(k.b);
  return false;
}
