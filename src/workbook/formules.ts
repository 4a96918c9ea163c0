/**
 * A small evaluator for stored WLZ.* formulas, so the checker can tell whether a cell's cached value
 * still matches the current rules (WLZ-FRM-001). Understands literals, cell references, ranges
 * (also on other sheets), IF and = / <> comparisons (the template's empty-row guard); anything
 * else makes the formula "not evaluable" and the checker skips it silently.
 * Both forms are read: `_xldudf_WLZ_TARIEF(...)` (.xlsx) and `WLZ.TARIEF(...)` (office-js).
 */
import { D, RegelFout, vanExcel } from "../rules";
import { WLZ_BEREKENINGEN as B } from "../functions/berekeningen";
import { type CelWaarde, type Werkmap, isFout, kolomIndex } from "./snapshot";

export type Waarde = number | string | boolean | null | { fout: string } | Waarde[][];

export type Knoop =
  | { t: "getal"; v: number }
  | { t: "tekst"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "leeg" }
  | { t: "ref"; blad?: string; r: number; c: number }
  | { t: "bereik"; blad?: string; r1: number; c1: number; r2: number; c2: number }
  | { t: "fn"; naam: string; args: Knoop[] }
  | { t: "vgl"; op: "=" | "<>"; a: Knoop; b: Knoop }
  | { t: "reken"; op: "+" | "-" | "*" | "/"; a: Knoop; b: Knoop };

/** Thrown for anything outside the small language above; the caller skips the formula. */
export class NietEvalueerbaar extends Error {}

const WLZ_IN_FORMULE = /(^|[^A-Za-z0-9_.])(WLZ\.|_xldudf_WLZ_)/i;

/** Whether a stored formula calls a WLZ.* function anywhere (either storage form). */
export function bevatWlz(formule: string | undefined): boolean {
  return !!formule && WLZ_IN_FORMULE.test(formule);
}

type Token =
  | { s: "getal"; v: number }
  | { s: "tekst"; v: string }
  | { s: "naam"; v: string }
  | { s: "ref"; blad?: string; r: number; c: number }
  | { s: "op"; v: string };

const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/;

function tokens(f: string): Token[] {
  const uit: Token[] = [];
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= f.length) throw new NietEvalueerbaar("tekst niet afgesloten");
        if (f[i] === '"') {
          if (f[i + 1] === '"') { s += '"'; i += 2; continue; }
          i++;
          break;
        }
        s += f[i++];
      }
      uit.push({ s: "tekst", v: s });
      continue;
    }
    if (ch === "<" && f[i + 1] === ">") { uit.push({ s: "op", v: "<>" }); i += 2; continue; }
    if ("(),;:=+-*/".includes(ch)) { uit.push({ s: "op", v: ch === ";" ? "," : ch }); i++; continue; }
    let blad: string | undefined;
    let rest = f.slice(i);
    if (ch === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(rest);
      if (!m) throw new NietEvalueerbaar("bladnaam");
      blad = m[1].replace(/''/g, "'");
      i += m[0].length;
      rest = f.slice(i);
    } else {
      const m = /^([\p{L}_][\p{L}\p{N}_.]*)!/u.exec(rest);
      if (m) {
        blad = m[1];
        i += m[0].length;
        rest = f.slice(i);
      }
    }
    const ref = REF.exec(rest);
    if (ref && !/^[A-Za-z0-9_.(]/.test(rest.slice(ref[0].length))) {
      uit.push({ s: "ref", blad, r: Number(ref[2]) - 1, c: kolomIndex(ref[1]) });
      i += ref[0].length;
      continue;
    }
    if (blad !== undefined) throw new NietEvalueerbaar("verwijzing");
    const getal = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (getal) { uit.push({ s: "getal", v: Number(getal[0]) }); i += getal[0].length; continue; }
    const naam = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (naam) { uit.push({ s: "naam", v: naam[0] }); i += naam[0].length; continue; }
    throw new NietEvalueerbaar(`teken ${ch}`);
  }
  return uit;
}

/** Function name in display form: `_xldudf_WLZ_TARIEF` -> `WLZ.TARIEF`, `_xlfn.` dropped. */
function functienaam(n: string): string {
  const u = n.toUpperCase().replace(/^_XLFN\.|^_XLWS\./, "");
  const m = /^_XLDUDF_([A-Z0-9]+)_(.+)$/.exec(u);
  return m ? `${m[1]}.${m[2]}` : u;
}

/** Parses a stored formula (with or without "="). Throws NietEvalueerbaar outside the supported language. */
export function parseFormule(formule: string): Knoop {
  // Excel's own limit is 8192 characters; longer or deeper texts are not ours to evaluate.
  if (formule.length > 8192) throw new NietEvalueerbaar("formule te lang");
  const ts = tokens(formule.trim().replace(/^=/, ""));
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
        return { t: "bereik", blad: t.blad, r1: Math.min(t.r, e.r), c1: Math.min(t.c, e.c), r2: Math.max(t.r, e.r), c2: Math.max(t.c, e.c) };
      }
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
}

function bladIndex(ctx: Evaluatiecontext, naam: string | undefined): number {
  if (naam === undefined) return ctx.blad;
  const k = naam.toLowerCase();
  const i = ctx.werkmap.bladen.findIndex((b) => b.naam.toLowerCase() === k);
  if (i < 0) throw new NietEvalueerbaar("onbekend blad");
  return i;
}

const MAX_BEREIK = 10_000;
const GEHEUGEN = new Map<string, Waarde>();

function evalueer(k: Knoop, ctx: Evaluatiecontext): Waarde {
  switch (k.t) {
    case "getal":
    case "tekst":
    case "bool":
      return k.v;
    case "leeg":
      return null;
    case "ref": {
      const b = ctx.werkmap.bladen[bladIndex(ctx, k.blad)];
      return vanCel(b.rijen[k.r]?.[k.c]?.waarde);
    }
    case "bereik": {
      if ((k.r2 - k.r1 + 1) * (k.c2 - k.c1 + 1) > MAX_BEREIK) throw new NietEvalueerbaar("bereik te groot");
      const b = ctx.werkmap.bladen[bladIndex(ctx, k.blad)];
      const uit: Waarde[][] = [];
      for (let r = k.r1; r <= k.r2; r++) {
        const rij: Waarde[] = [];
        for (let c = k.c1; c <= k.c2; c++) rij.push(vanCel(b.rijen[r]?.[c]?.waarde));
        uit.push(rij);
      }
      return uit;
    }
    case "vgl": {
      const a = evalueer(k.a, ctx);
      const b = evalueer(k.b, ctx);
      if (isFout(a as CelWaarde)) return a;
      if (isFout(b as CelWaarde)) return b;
      if (Array.isArray(a) || Array.isArray(b)) throw new NietEvalueerbaar("vergelijking met bereik");
      const norm = (x: Waarde) => (x === null ? "" : typeof x === "string" ? x.toLowerCase() : x);
      const gelijk = norm(a) === norm(b) || (a === null && b === 0) || (a === 0 && b === null);
      return k.op === "=" ? gelijk : !gelijk;
    }
    case "reken": {
      const a = evalueer(k.a, ctx);
      const b = evalueer(k.b, ctx);
      if (isFout(a as CelWaarde)) return a;
      if (isFout(b as CelWaarde)) return b;
      const getal = (x: Waarde) => {
        if (x === null) return 0;
        if (typeof x === "number") return x;
        if (typeof x === "boolean") return x ? 1 : 0;
        if (x === "") return { fout: "#VALUE!" };
        throw new NietEvalueerbaar("rekenen met tekst");
      };
      const x = getal(a);
      const y = getal(b);
      if (typeof x !== "number") return x;
      if (typeof y !== "number") return y;
      if (k.op === "/" && y === 0) return { fout: "#DIV/0!" };
      return k.op === "+" ? x + y : k.op === "-" ? x - y : k.op === "*" ? x * y : x / y;
    }
    case "fn": {
      if (k.naam === "IF" || k.naam === "ALS") {
        if (k.args.length < 2 || k.args.length > 3) throw new NietEvalueerbaar("IF");
        const v = evalueer(k.args[0], ctx);
        if (isFout(v as CelWaarde)) return v;
        if (typeof v !== "boolean") throw new NietEvalueerbaar("IF-voorwaarde");
        return v ? evalueer(k.args[1], ctx) : k.args[2] ? evalueer(k.args[2], ctx) : false;
      }
      if (k.naam === "ROUND" || k.naam === "AFRONDEN") {
        if (k.args.length !== 2) throw new NietEvalueerbaar("ROUND");
        const [x, n] = k.args.map((a) => evalueer(a, ctx));
        if (isFout(x as CelWaarde)) return x;
        if (isFout(n as CelWaarde)) return n;
        if (typeof x !== "number" || typeof n !== "number" || n < 0) throw new NietEvalueerbaar("ROUND-argumenten");
        return afronden(x, n);
      }
      const f = FUNCTIES[k.naam];
      if (!f) throw new NietEvalueerbaar(k.naam);
      const args = k.args.map((a) => evalueer(a, ctx));
      // Excel does not call a function with an error argument: the error propagates.
      for (const a of args) if (isFout(a as CelWaarde)) return a;
      // Pure functions of their arguments: filled-down rows repeat the same calls, so remember results.
      const sleutel = k.naam + JSON.stringify(args);
      const bekend = GEHEUGEN.get(sleutel);
      if (bekend !== undefined) return bekend;
      let uit: Waarde;
      try {
        uit = f(args);
      } catch (e) {
        // Anything but a RegelFout is our own defect: skip the formula rather than report a false finding.
        if (!(e instanceof RegelFout)) throw new NietEvalueerbaar("interne fout");
        uit = { fout: e.soort === "niet-beschikbaar" ? "#N/A" : "#VALUE!" };
      }
      if (GEHEUGEN.size >= 50_000) GEHEUGEN.clear();
      GEHEUGEN.set(sleutel, uit);
      return uit;
    }
  }
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
