/**
 * One worksheet part -> Werkblad, on the XML scanner: cell addresses are parsed from the characters
 * (no string per address), a shared formula is split once per master (gedeelde-formule.ts), and only
 * present cells are stored (BladBouwer is sparse).
 *
 * Values as stored, with these rules (the same as Excel shows them):
 * - `t="s"` without a value (`<c t="s"/>`, `<v/>`) is empty, never the first shared string;
 * - `t="d"` (ISO 8601: date, date and time, or only a time) becomes a 1900-system serial;
 * - a number in a cell whose format shows a date is moved to the 1900 system in a 1904 workbook;
 * - a formula without a stored value has `waarde: null`; one with an empty stored text has "".
 */
import { BladBouwer, type Cel, type Meesterformule, type CelTeller, type CelWaarde, datumNaarSerie, MAX_KOLOMMEN, kortNaam, MAX_RIJEN, type Werkblad, WerkmapFout } from "./snapshot";

/** More merged ranges than this in one sheet is refused (Excel files hold a few hundred). */
const MAX_SAMENGEVOEGD = 1_000_000;
import { naamHash, ontsnapXml, type XmlScanner } from "./xml-scan";
import { leesXmlStroom } from "./xlsx-pakket";

import { DAGEN_1904 } from "./notatie";
export { DAGEN_1904 };

export interface Stijlen {
  /** Number format per style index (cellXfs), undefined for General. */
  notaties: (string | undefined)[];
  /** Whether the style's format shows a date. */
  datum: boolean[];
}

export interface BladOpties {
  gedeeld: string[];
  stijlen: Stijlen | undefined;
  metNotatie: boolean;
  datum1904: boolean;
  maxCellen: number;
  teller: CelTeller;
}

const NAMEN = ["row", "c", "v", "f", "is", "t", "rPh", "mergeCell"] as const;
const ROW_HASH = naamHash("row");
const ROW = 0, C = 1, V = 2, F = 3, IS = 4, T = 5, RPH = 6, MERGE = 7;

// cell types
const T_N = 0, T_S = 1, T_STR = 2, T_INLINE = 3, T_B = 4, T_E = 5, T_D = 6;

function celType(s: string, b: number, e: number): number {
  const len = e - b;
  const ch = s.charCodeAt(b);
  if (len === 1) return ch === 115 ? T_S : ch === 98 ? T_B : ch === 101 ? T_E : ch === 100 ? T_D : T_N;
  if (len === 3 && s.startsWith("str", b)) return T_STR;
  if (len === 9 && s.startsWith("inlineStr", b)) return T_INLINE;
  return T_N;
}

// --- The fast path reads the bytes of a plain-ASCII buffer (XmlScanner.u): byte i is character i. ---

const isWit = (ch: number) => ch === 32 || ch === 10 || ch === 13 || ch === 9;

/** A string of bytes [b, e): flat and its own (not a view on the chunk, which would keep the chunk alive). */
const latin1 = (u: Buffer, b: number, e: number): string => (u as unknown as { latin1Slice(b: number, e: number): string }).latin1Slice(b, e);

// Reused for every formula text decoded from bytes (one at a time).
let TEKST = Buffer.allocUnsafe(256);

/**
 * Bytes b..e (ASCII) as text with the five named entities resolved, written once and cut as one flat string
 * (ontsnapXml would build a rope of pieces that must be copied again before it is kept). undefined for
 * anything else (a line end, a numeric or unknown entity, a byte above ASCII): the caller then uses ontsnapXml.
 */
function ontsnapBytes(u: Buffer, b: number, e: number): string | undefined {
  if (TEKST.length < e - b) TEKST = Buffer.allocUnsafe(2 * (e - b));
  const t = TEKST;
  let p = 0;
  for (let i = b; i < e; i++) {
    const k = u[i];
    if (k === 38) {
      // &quot; &amp; &lt; &gt; &apos;
      const a = u[i + 1];
      if (a === 113 && u[i + 2] === 117 && u[i + 3] === 111 && u[i + 4] === 116 && u[i + 5] === 59 && i + 5 < e) {
        t[p++] = 34;
        i += 5;
      } else if (a === 97 && u[i + 2] === 109 && u[i + 3] === 112 && u[i + 4] === 59 && i + 4 < e) {
        t[p++] = 38;
        i += 4;
      } else if (a === 108 && u[i + 2] === 116 && u[i + 3] === 59 && i + 3 < e) {
        t[p++] = 60;
        i += 3;
      } else if (a === 103 && u[i + 2] === 116 && u[i + 3] === 59 && i + 3 < e) {
        t[p++] = 62;
        i += 3;
      } else if (a === 97 && u[i + 2] === 112 && u[i + 3] === 111 && u[i + 4] === 115 && u[i + 5] === 59 && i + 5 < e) {
        t[p++] = 39;
        i += 5;
      } else return undefined;
    } else if (k === 13 || k > 127) return undefined;
    else t[p++] = k;
  }
  return latin1(t, 0, p);
}

function celTypeB(u: Buffer, b: number, e: number): number {
  const len = e - b;
  const ch = u[b];
  if (len === 1) return ch === 115 ? T_S : ch === 98 ? T_B : ch === 101 ? T_E : ch === 100 ? T_D : T_N;
  if (len === 3 && ch === 115 && u[b + 1] === 116 && u[b + 2] === 114) return T_STR;
  if (len === 9 && latin1(u, b, e) === "inlineStr") return T_INLINE;
  return T_N;
}

/** Whether the end tag `</x>` of a one-letter element (x: its character code) stands at p. */
function sluitOp(u: Buffer, p: number, x: number): boolean {
  return u[p] === 60 && u[p + 1] === 47 && u[p + 2] === x && u[p + 3] === 62;
}

function naWit(u: Buffer, p: number): number {
  while (p < u.length && isWit(u[p])) p++;
  return p;
}

/**
 * Raw value positions [AB, AE) of the attributes r, s, t and si (slots 0-3) of the tag read by leesAttr,
 * -1 when absent; a prefix is skipped and the first occurrence counts, as XmlScanner.attrIndex does.
 */
const AB = new Int32Array(4);
const AE = new Int32Array(4);
/** Whether the tag read by leesAttr ended in "/>". */
let tagLeeg = false;

/**
 * The attributes of a start tag from p (just after its element name) to its end, in the plain form Excel
 * writes: ` name="value"`. Returns the position after the tag, or -1 for anything else (no space before an
 * attribute, space around "=", the chunk end, another element whose name starts the same): the caller then
 * leaves the tag to the scanner, which knows every form and reports what is wrong.
 */
function leesAttr(u: Buffer, p: number): number {
  AB[0] = AB[1] = AB[2] = AB[3] = -1;
  const n = u.length;
  for (;;) {
    if (p >= n) return -1;
    let ch = u[p];
    if (ch === 62) {
      tagLeeg = false;
      return p + 1;
    }
    if (ch === 47) {
      if (u[p + 1] !== 62) return -1;
      tagLeeg = true;
      return p + 2;
    }
    if (!isWit(ch)) return -1;
    do ch = u[++p];
    while (p < n && isWit(ch));
    if (ch === 62 || ch === 47) continue;
    const nb = p;
    let lb = p;
    while (ch !== 61) {
      if (p >= n || ch === 62 || ch === 47 || ch === 60 || isWit(ch)) return -1;
      if (ch === 58) lb = p + 1;
      ch = u[++p];
    }
    if (p === nb) return -1;
    const q = u[p + 1];
    if (q !== 34 && q !== 39) return -1;
    const vb = p + 2;
    const ve = u.indexOf(q, vb);
    if (ve < 0) return -1;
    const len = p - lb;
    const k0 = u[lb];
    const slot = len === 1 ? (k0 === 114 ? 0 : k0 === 115 ? 1 : k0 === 116 ? 2 : -1) : len === 2 && k0 === 115 && u[lb + 1] === 105 ? 3 : -1;
    if (slot >= 0 && AB[slot] < 0) {
      AB[slot] = vb;
      AE[slot] = ve;
    }
    p = ve + 1;
  }
}

/**
 * leesAttr for a cell's start tag in Excel's own form: ` r="A1" s="3" t="s"` (one-letter names, double
 * quotes, single spaces, any order). Anything else (another attribute, other spacing) is left to leesAttr.
 */
function leesCelAttr(u: Buffer, p: number): number {
  AB[0] = AB[1] = AB[2] = AB[3] = -1;
  const begin = p;
  const n = u.length;
  for (;;) {
    const ch = u[p];
    if (ch === 62) {
      tagLeeg = false;
      return p + 1;
    }
    if (ch === 47 && u[p + 1] === 62) {
      tagLeeg = true;
      return p + 2;
    }
    const k = u[p + 1];
    const slot = k === 114 ? 0 : k === 115 ? 1 : k === 116 ? 2 : -1;
    if (ch !== 32 || slot < 0 || u[p + 2] !== 61 || u[p + 3] !== 34 || AB[slot] >= 0) return leesAttr(u, begin);
    // values are a few characters: a loop is cheaper than a call to indexOf
    let q = p + 4;
    while (q < n && u[q] !== 34) q++;
    if (q >= n) return -1;
    AB[slot] = p + 4;
    AE[slot] = q;
    p = q + 1;
  }
}

/**
 * The key of a shared formula's si: a number for plain digits as Excel writes them (no string per
 * dependent cell), the text otherwise ("01" stays "01", as a text key it differs from "1").
 */
function siSleutel(s: string, b: number, e: number): string | number {
  if (e > b && e - b <= 9 && (e - b === 1 || s.charCodeAt(b) !== 48)) {
    let x = 0;
    let p = b;
    for (; p < e; p++) {
      const d = s.charCodeAt(p) - 48;
      if (d < 0 || d > 9) break;
      x = x * 10 + d;
    }
    if (p === e) return x;
  }
  return ontsnapXml(s.slice(b, e));
}

/** siSleutel on the bytes. */
function siSleutelB(u: Buffer, b: number, e: number, s: string | undefined): string | number {
  if (e > b && e - b <= 9 && (e - b === 1 || u[b] !== 48)) {
    let x = 0;
    let p = b;
    for (; p < e; p++) {
      const d = u[p] - 48;
      if (d < 0 || d > 9) break;
      x = x * 10 + d;
    }
    if (p === e) return x;
  }
  return los(ontsnapXml(s === undefined ? latin1(u, b, e) : s.slice(b, e)));
}

/** A style index from the raw attribute value [b, e); -1 when it is no plain number. */
function leesStijlB(u: Buffer, b: number, e: number): number {
  let x = 0;
  let p = b;
  for (; p < e; p++) {
    const d = u[p] - 48;
    if (d < 0 || d > 9) break;
    x = x * 10 + d;
  }
  return p === e && e > b ? x : -1;
}

// Row and column of the address just read by leesAdresB.
let adresRij = -1;
let adresKolom = -1;

/** A cell address "AB12" from the raw attribute value s[b, e) (no entities: as Excel writes it). */
function leesAdres(s: string, b: number, e: number): boolean {
  let p = b;
  let c = 0;
  let nl = 0;
  for (; p < e; p++) {
    const ch = s.charCodeAt(p) | 32;
    if (ch < 97 || ch > 122) break;
    c = c * 26 + (ch - 96);
    nl++;
  }
  let r = 0;
  let nd = 0;
  for (; p < e; p++) {
    const d = s.charCodeAt(p) - 48;
    if (d < 0 || d > 9) break;
    if (r <= MAX_RIJEN) r = r * 10 + d;
    nd++;
  }
  if (p !== e || nl < 1 || nl > 3 || nd < 1) return false;
  adresKolom = c - 1;
  adresRij = r - 1;
  return true;
}

/** A style index from the raw attribute value s[b, e); -1 when it is no plain number. */
function leesStijl(s: string, b: number, e: number): number {
  let x = 0;
  let p = b;
  for (; p < e; p++) {
    const d = s.charCodeAt(p) - 48;
    if (d < 0 || d > 9) break;
    x = x * 10 + d;
  }
  return p === e && e > b ? x : -1;
}

/** The 0-based row of a row's raw r attribute s[b, e), or -1 when it is no row number. */
function rijNummer(s: string, b: number, e: number): number {
  let r = 0;
  for (let p = b; p < e; p++) {
    const d = s.charCodeAt(p) - 48;
    if (d < 0 || d > 9 || r > MAX_RIJEN) return -1;
    r = r * 10 + d;
  }
  return r >= 1 && r <= MAX_RIJEN ? r - 1 : -1;
}

/** rijNummer on the bytes. */
function rijNummerB(u: Buffer, b: number, e: number): number {
  let r = 0;
  for (let p = b; p < e; p++) {
    const d = u[p] - 48;
    if (d < 0 || d > 9 || r > MAX_RIJEN) return -1;
    r = r * 10 + d;
  }
  return r >= 1 && r <= MAX_RIJEN ? r - 1 : -1;
}

/** leesAdres on the bytes. */
function leesAdresB(u: Buffer, b: number, e: number): boolean {
  let p = b;
  let c = 0;
  let nl = 0;
  for (; p < e; p++) {
    const ch = u[p] | 32;
    if (ch < 97 || ch > 122) break;
    c = c * 26 + (ch - 96);
    nl++;
  }
  let r = 0;
  let nd = 0;
  for (; p < e; p++) {
    const d = u[p] - 48;
    if (d < 0 || d > 9) break;
    if (r <= MAX_RIJEN) r = r * 10 + d;
    nd++;
  }
  if (p !== e || nl < 1 || nl > 3 || nd < 1) return false;
  adresKolom = c - 1;
  adresRij = r - 1;
  return true;
}

/** OOXML escapes in text: _x000D_ -> "\r". */
export function ontsnapOoxml(t: string): string {
  return t.indexOf("_x") < 0 ? t : t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Whether bytes b..e of u read "shared". */
function isShared(u: Buffer, b: number, e: number): boolean {
  return e - b === 6 && u[b] === 115 && u[b + 1] === 104 && u[b + 2] === 97 && u[b + 3] === 114 && u[b + 4] === 101 && u[b + 5] === 100;
}

/**
 * A string to keep in the snapshot, detached from the decoded chunk it was cut from: V8 keeps a
 * longer substring as a view on its parent, which would keep every chunk of the sheet alive.
 */
export function los(t: string): string {
  return t.length < 13 ? t : (" " + t).slice(1);
}

function naarGetal(t: string): CelWaarde | undefined {
  const n = Number(t);
  // Number("") and Number("  ") are 0: only then is the text worth a look
  if (Number.isFinite(n)) return n === 0 && t.trim() === "" ? undefined : n;
  return t.trim() === "" ? undefined : { fout: "#NUM!" };
}

const MACHTEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Where the text read by leesGetal ends. */
let getalEind = 0;

/**
 * The decimal number from b up to the next "<" (its position in getalEind): "-12.5", "3650", ".5", at most
 * 15 digits; NaN for any other text (an exponent, spaces, more digits: Number() then reads the text).
 * Exactly Number(text) for such a text: the digits form an integer below 2^53 and 10^k is exact, so the
 * one division is correctly rounded (Clinger's fast path, as V8's own strtod does it). No string per value.
 */
export function leesGetal(u: Uint8Array, b: number): number {
  const n = u.length;
  let p = b;
  const neg = u[p] === 45;
  if (neg) p++;
  let m = 0;
  let cijfers = 0;
  let k = -1;
  let fout = false;
  for (; p < n; p++) {
    const ch = u[p];
    if (ch === 46) {
      if (k >= 0) fout = true;
      k = 0;
      continue;
    }
    const d = ch - 48;
    if (!(d >= 0 && d <= 9)) break;
    m = m * 10 + d;
    cijfers++;
    if (k >= 0) k++;
  }
  getalEind = p;
  if (fout || cijfers === 0 || cijfers > 15 || u[p] !== 60) return NaN;
  const x = k > 0 ? m / MACHTEN[k] : m;
  return neg ? -x : x;
}

/** ISO 8601 date, date-time or time (t="d") -> 1900-system serial, wall clock; other text stays text. */
export function isoNaarSerie(t: string): CelWaarde | undefined {
  if (t === "") return undefined;
  const m = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (!m || (m[1] === undefined && m[4] === undefined)) return t;
  const tijd = (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86_400;
  if (m[1] === undefined) return tijd;
  return datumNaarSerie(Number(m[1]), Number(m[2]), Number(m[3])) + tijd;
}

export async function leesBlad(naam: string, stukken: AsyncIterable<Uint8Array>, o: BladOpties): Promise<Werkblad> {
  const bouwer = new BladBouwer(naam, o.maxCellen, o.teller);
  const gedeeld = o.gedeeld;
  const notaties = o.metNotatie ? o.stijlen?.notaties : undefined;
  const datumStijl = o.datum1904 ? o.stijlen?.datum : undefined;
  const meesters = new Map<string | number, Meesterformule>();
  const samengevoegd: string[] = [];
  let rij = -1;
  let kolom = -1;
  // the current cell
  let t = T_N;
  let stijl = -1;
  let fTekst: string | undefined;
  let fType = ""; // "", "shared", "array", "dataTable", ...
  let fSi: string | number = "";
  let vTekst: string | undefined;
  // <v> as a number when inhoud read it as one from the buffer (vTekst then stays unset), else NaN
  let vGetal = NaN;
  // fTekst is a flat string of its own (cut from the bytes by inhoud), not a view on the chunk
  let eigen = false;
  // the buffer being scanned, and whether its bytes are its text (see XmlScanner.u)
  let huidigS = "";
  let huidigAscii = false;
  let isTekst: string | undefined;
  let verzamel = 0; // 0 none, V, F, IS
  let inFonetisch = 0;
  let scanner: XmlScanner | undefined;

  const zetVerzamel = (v: number) => {
    verzamel = v;
    if (scanner) scanner.wilTekst = v !== 0;
  };

  const sluitCel = () => {
    let formule: string | Meesterformule | undefined;
    if (fTekst !== undefined) {
      if (fType === "shared") {
        if (fTekst !== "") {
          const m: Meesterformule = { tekst: eigen ? fTekst : los(fTekst), r: rij, c: kolom };
          meesters.set(fSi, m);
          formule = m.tekst;
        } else {
          // a dependent: the master it refers to; its own text is made only when asked (formuleTekst)
          formule = meesters.get(fSi);
        }
      } else if (fType !== "dataTable" && fTekst !== "") {
        formule = eigen ? fTekst : los(fTekst);
      }
    }
    let waarde: CelWaarde | undefined;
    switch (t) {
      case T_S: {
        let i = vGetal;
        if (i !== i) {
          if (vTekst === undefined || vTekst === "") break;
          i = Number(vTekst);
        }
        waarde = Number.isInteger(i) && i >= 0 && i < gedeeld.length ? gedeeld[i] : undefined;
        break;
      }
      case T_STR:
        waarde = vTekst === undefined ? undefined : los(ontsnapOoxml(vTekst));
        break;
      case T_INLINE:
        waarde = isTekst !== undefined ? los(ontsnapOoxml(isTekst)) : vTekst !== undefined ? los(ontsnapOoxml(vTekst)) : undefined;
        break;
      case T_B:
        if (vTekst !== undefined && vTekst.trim() !== "") waarde = vTekst.trim() === "1" || vTekst.trim().toLowerCase() === "true";
        break;
      case T_E:
        if (vTekst !== undefined && vTekst.trim() !== "") waarde = { fout: vTekst.trim() };
        break;
      case T_D:
        waarde = vTekst === undefined ? undefined : isoNaarSerie(vTekst.trim());
        break;
      default:
        if (vGetal === vGetal || vTekst !== undefined) {
          waarde = vGetal === vGetal ? vGetal : naarGetal(vTekst!);
          if (datumStijl !== undefined && typeof waarde === "number" && stijl >= 0 && datumStijl[stijl]) waarde += DAGEN_1904;
        }
    }
    let cel: Cel | undefined;
    if (formule !== undefined) {
      // no stored value: null; a stored empty text result: ""
      cel = { waarde: waarde ?? ((vTekst === undefined && vGetal !== vGetal) || t === T_N ? null : ""), formule };
    } else if (waarde !== undefined && waarde !== "") {
      cel = { waarde };
    }
    if (cel === undefined) return;
    if (notaties !== undefined && stijl >= 0) {
      const n = notaties[stijl];
      if (n !== undefined) cel.notatie = n;
    }
    bouwer.zet(rij, kolom, cel);
  };


  /**
   * A cell's content from p (just after its start tag) up to and including `</c>`, read straight from the
   * buffer: an optional `<f ..>text</f>` or `<f ../>`, an optional `<v>text</v>` or `<v/>`, whitespace
   * between them. Returns the position after `</c>`, or -1 for any other shape or a cell cut by the chunk
   * end; the scanner then reads the cell event by event (the state set here is set again by those events).
   */
  const inhoud = (u: Buffer, p: number): number => {
    // text: from the bytes when they are the text (a string of its own), else from the string (a view)
    const s = huidigAscii ? undefined : huidigS;
    fTekst = vTekst = undefined;
    eigen = false;
    fType = fSi = "";
    vGetal = NaN;
    p = naWit(u, p);
    if (u[p] !== 60) return -1;
    if (u[p + 1] === 102) {
      // <f>text</f>, <f t="shared" ref=".." si="0">text</f>, <f t="shared" si="0"/>
      const q = leesAttr(u, p + 2);
      if (q < 0) return -1;
      const tb = AB[2];
      if (tb >= 0) {
        // t="shared" on nearly every formula of a filled-down column: compared as bytes, no string made
        if (isShared(u, tb, AE[2])) fType = "shared";
        else fType = ontsnapXml(s === undefined ? latin1(u, tb, AE[2]) : s.slice(tb, AE[2]));
      }
      if (AB[3] >= 0) fSi = siSleutelB(u, AB[3], AE[3], s);
      if (tagLeeg) {
        fTekst = "";
        p = q;
      } else {
        const e = u.indexOf(60, q);
        if (e < 0 || !sluitOp(u, e, 102)) return -1;
        // from the bytes: a flat string of its own, entities resolved (sluitCel need not copy it)
        const plat = s === undefined ? ontsnapBytes(u, q, e) : undefined;
        if (plat !== undefined) {
          fTekst = plat;
          eigen = true;
        } else {
          const x = s === undefined ? latin1(u, q, e) : s.slice(q, e);
          fTekst = ontsnapXml(x);
          eigen = s === undefined && fTekst === x;
        }
        p = e + 4;
      }
      p = naWit(u, p);
    }
    if (u[p] === 60 && u[p + 1] === 118) {
      const na = u[p + 2];
      if (na === 62) {
        // <v>text</v>
        const b = p + 3;
        let e = -1;
        if (t === T_N || t === T_S) {
          // a plain number (a value, a shared string index) read as it is scanned, without a string
          vGetal = leesGetal(u, b);
          e = getalEind;
        }
        if (vGetal !== vGetal) e = u.indexOf(60, b);
        if (e < 0 || !sluitOp(u, e, 118)) return -1;
        if (vGetal !== vGetal) vTekst = ontsnapXml(s === undefined ? latin1(u, b, e) : s.slice(b, e));
        p = naWit(u, e + 4);
      } else if (na === 47 && u[p + 3] === 62) {
        vTekst = "";
        p = naWit(u, p + 4);
      } else return -1;
    }
    if (!sluitOp(u, p, 99)) return -1;
    return p + 4;
  };

  /** Stores the cell inhoud just read (at rij, kolom with t and stijl). */
  const zetGelezen = () => {
    if (fTekst === undefined && vGetal === vGetal) {
      // the common case: no formula, a number (sluitCel's rules for t="s" and dates, without a string)
      let w: CelWaarde | undefined;
      if (t === T_S) w = Number.isInteger(vGetal) && vGetal >= 0 && vGetal < gedeeld.length ? gedeeld[vGetal] : undefined;
      else w = datumStijl !== undefined && stijl >= 0 && datumStijl[stijl] ? vGetal + DAGEN_1904 : vGetal;
      if (w === undefined || w === "") return;
      const cel: Cel = { waarde: w };
      if (notaties !== undefined && stijl >= 0 && notaties[stijl] !== undefined) cel.notatie = notaties[stijl];
      bouwer.zet(rij, kolom, cel);
      return;
    }
    sluitCel();
  };

  /**
   * The cells that follow one another from p, each read whole from the buffer (tag, content and end tag:
   * no events at all). Returns where the scanner goes on: at the first thing that is not such a cell
   * (the end of the row, a cell of another shape, the chunk end), which it then reads itself. A cell is
   * stored only once it has been read whole, so the scanner never sees half of one twice.
   */
  const verder = (u: Buffer, p: number, scan: XmlScanner): number => {
    for (;;) {
      p = naWit(u, p);
      if (u[p] !== 60) return p;
      if (u[p + 1] !== 99) {
        // `</row><row r="..">`: the end of this row and the start of the next (not an empty <row/>, which
        // changes the stack), when this row is the innermost open element
        if (u[p + 1] !== 47 || u[p + 2] !== 114 || u[p + 3] !== 111 || u[p + 4] !== 119 || u[p + 5] !== 62 || scan.bovenste() !== ROW_HASH) return p;
        const b = naWit(u, p + 6);
        if (u[b] !== 60 || u[b + 1] !== 114 || u[b + 2] !== 111 || u[b + 3] !== 119) return p;
        const q = leesAttr(u, b + 4);
        if (q < 0 || tagLeeg) return p;
        const r = AB[0] < 0 ? -1 : rijNummerB(u, AB[0], AE[0]);
        rij = r < 0 ? rij + 1 : r;
        kolom = -1;
        p = q;
        continue;
      }
      const q = leesCelAttr(u, p + 2);
      if (q < 0) return p;
      let r = rij;
      let k = kolom + 1;
      if (AB[0] >= 0 && leesAdresB(u, AB[0], AE[0])) {
        r = adresRij;
        k = adresKolom;
      }
      // outside the sheet: the scanner reads it again and reports it
      if (k >= MAX_KOLOMMEN || r < 0 || r >= MAX_RIJEN) return p;
      t = AB[2] < 0 ? T_N : celTypeB(u, AB[2], AE[2]);
      stijl = AB[1] < 0 ? -1 : leesStijlB(u, AB[1], AE[1]);
      if (tagLeeg) {
        // <c r="B14" s="4"/>: no value, only the position counts
        rij = r;
        kolom = k;
        p = q;
        continue;
      }
      const e = inhoud(u, q);
      if (e < 0) return p;
      rij = r;
      kolom = k;
      zetGelezen();
      p = e;
    }
  };

  const opening = (id: number, scan: XmlScanner, leeg: boolean) => {
    scanner = scan;
    switch (id) {
      case ROW: {
        const k = scan.attrIndex("r");
        const r = k < 0 ? -1 : rijNummer(scan.s, scan.waardeBegin(k), scan.waardeEind(k));
        rij = r < 0 ? rij + 1 : r;
        kolom = -1;
        return;
      }
      case C: {
        const s = scan.s;
        const k = scan.attrIndex("r");
        if (k >= 0 && leesAdres(s, scan.waardeBegin(k), scan.waardeEind(k))) {
          kolom = adresKolom;
          rij = adresRij;
        } else kolom++;
        if (kolom >= MAX_KOLOMMEN || rij < 0 || rij >= MAX_RIJEN) {
          throw new WerkmapFout(`Het bestand is beschadigd: ongeldige celverwijzing ${scan.attr("r") ?? ""} in ${naam}.`, "beschadigd");
        }
        const kt = scan.attrIndex("t");
        t = kt < 0 ? T_N : celType(s, scan.waardeBegin(kt), scan.waardeEind(kt));
        // (not only when there are two attributes: a cell without r may have only s)
        const ks = scan.attrIndex("s");
        stijl = ks < 0 ? -1 : leesStijl(s, scan.waardeBegin(ks), scan.waardeEind(ks));
        fTekst = vTekst = isTekst = undefined;
        fType = fSi = "";
        vGetal = NaN;
        eigen = false;
        // the fast path reads the buffer's byte image (not there for a UTF-16 part)
        const u = scan.u;
        if (u === undefined) return;
        huidigS = s;
        huidigAscii = scan.uAscii;
        if (leeg) {
          // nothing to store: go on with the cells after it
          scan.springNa(verder(u, scan.tagEinde + 1, scan));
          return;
        }
        const e = inhoud(u, scan.tagEinde + 1);
        if (e < 0) {
          fTekst = vTekst = undefined;
          fType = fSi = "";
          vGetal = NaN;
          eigen = false;
          return;
        }
        zetGelezen();
        scan.springNa(verder(u, e, scan));
        return;
      }
      case F:
        fTekst = "";
        eigen = false;
        fType = scan.attr("t") ?? "";
        {
          const k = scan.attrIndex("si");
          fSi = k < 0 ? "" : siSleutel(scan.s, scan.waardeBegin(k), scan.waardeEind(k));
        }
        zetVerzamel(F);
        return;
      case V:
        vTekst = "";
        zetVerzamel(V);
        return;
      case IS:
        isTekst = "";
        return;
      case RPH:
        inFonetisch++;
        return;
      case T:
        if (isTekst !== undefined && inFonetisch === 0) zetVerzamel(IS);
        return;
      case MERGE: {
        const ref = scan.attr("ref");
        // a ref is at most "XFD1048576:XFD1048576"; anything longer is no range and ignored
        if (ref && ref.length <= 40) samengevoegd.push(ref);
        if (samengevoegd.length > MAX_SAMENGEVOEGD) {
          throw new WerkmapFout(`Het werkblad ${kortNaam(naam)} is te complex om te controleren: meer dan ${MAX_SAMENGEVOEGD.toLocaleString("nl-NL")} samengevoegde bereiken.`, "te-groot");
        }
        return;
      }
    }
  };

  await leesXmlStroom(naam, stukken, NAMEN, {
    open: opening,
    tekst: (tekst) => {
      if (verzamel === V) vTekst += tekst;
      else if (verzamel === F) fTekst += tekst;
      else if (verzamel === IS) isTekst += tekst;
    },
    dicht: (id) => {
      switch (id) {
        case F:
        case V:
        case T:
          if (verzamel !== 0) zetVerzamel(0);
          return;
        case RPH:
          inFonetisch--;
          return;
        case C:
          sluitCel();
          return;
      }
    },
  });

  // merged cells: only the top-left cell keeps its value (as Excel shows it)
  // (all at once: the cost follows the cells present, not the area or the number of ranges; a ref
  // outside the sheet, such as A1:A99999999999999, is clamped to the sheet)
  const bereiken: [number, number, number, number][] = [];
  for (const ref of samengevoegd) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,16}):\$?([A-Za-z]{1,3})\$?(\d{1,16})$/.exec(ref);
    if (!m) continue;
    const rij = (t: string) => Math.min(Math.max(Number(t) - 1, 0), MAX_RIJEN - 1);
    bereiken.push([rij(m[2]), kolomNr(m[1]), rij(m[4]), kolomNr(m[3])]);
  }
  if (bereiken.length > 0) bouwer.wisBereiken(bereiken);
  return bouwer.bouw();
}

function kolomNr(l: string): number {
  let n = 0;
  for (let i = 0; i < l.length; i++) n = n * 26 + ((l.charCodeAt(i) | 32) - 96);
  return n - 1;
}
