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
import { GedeeldeFormule } from "./gedeelde-formule";
import { BladBouwer, type Cel, type CelTeller, type CelWaarde, datumNaarSerie, MAX_KOLOMMEN, kortNaam, MAX_RIJEN, type Werkblad, WerkmapFout } from "./snapshot";

/** More merged ranges than this in one sheet is refused (Excel files hold a few hundred). */
const MAX_SAMENGEVOEGD = 1_000_000;
import { ontsnapXml, type XmlScanner } from "./xml-scan";
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

/** OOXML escapes in text: _x000D_ -> "\r". */
export function ontsnapOoxml(t: string): string {
  return t.indexOf("_x") < 0 ? t : t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
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
  const meesters = new Map<string, GedeeldeFormule>();
  const samengevoegd: string[] = [];
  let rij = -1;
  let kolom = -1;
  // the current cell
  let t = T_N;
  let stijl = -1;
  let fTekst: string | undefined;
  let fType = ""; // "", "shared", "array", "dataTable", ...
  let fSi = "";
  let vTekst: string | undefined;
  let isTekst: string | undefined;
  let verzamel = 0; // 0 none, V, F, IS
  let inFonetisch = 0;
  let scanner: XmlScanner | undefined;

  const zetVerzamel = (v: number) => {
    verzamel = v;
    if (scanner) scanner.wilTekst = v !== 0;
  };

  const sluitCel = () => {
    let formule: string | undefined;
    if (fTekst !== undefined) {
      if (fType === "shared") {
        if (fTekst !== "") {
          const m = new GedeeldeFormule(los(fTekst), rij, kolom);
          meesters.set(fSi, m);
          formule = m.tekst;
        } else {
          formule = meesters.get(fSi)?.op(rij, kolom);
        }
      } else if (fType !== "dataTable" && fTekst !== "") {
        formule = los(fTekst);
      }
    }
    let waarde: CelWaarde | undefined;
    switch (t) {
      case T_S: {
        if (vTekst === undefined || vTekst === "") break;
        const i = Number(vTekst);
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
        if (vTekst !== undefined) {
          waarde = naarGetal(vTekst);
          if (datumStijl !== undefined && typeof waarde === "number" && stijl >= 0 && datumStijl[stijl]) waarde += DAGEN_1904;
        }
    }
    let cel: Cel | undefined;
    if (formule !== undefined) {
      // no stored value: null; a stored empty text result: ""
      cel = { waarde: waarde ?? (vTekst === undefined || t === T_N ? null : ""), formule };
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
   * The usual cell shapes, `<c ..><v>1</v></c>` and `<c ..><f>..</f><v>..</v></c>`, read straight from
   * the buffer (no events for v, f and the closing tags). False: anything else, the scanner goes on.
   */
  const snel = (scan: XmlScanner): boolean => {
    const s = scan.s;
    let p = scan.tagEinde + 1;
    if (s.charCodeAt(p) !== 60) return false;
    if (s.charCodeAt(p + 1) === 102 && s.charCodeAt(p + 2) === 62) {
      // <f>text</f>
      const e = s.indexOf("<", p + 3);
      if (e < 0 || !s.startsWith("</f>", e)) return false;
      fTekst = ontsnapXml(s.slice(p + 3, e));
      p = e + 4;
    }
    let geheel = -1;
    if (s.charCodeAt(p + 1) === 118 && s.charCodeAt(p + 2) === 62) {
      // <v>text</v>
      const b = p + 3;
      const e = s.indexOf("<", b);
      if (e < 0 || !s.startsWith("</v>", e)) return (fTekst = undefined), false;
      // a plain non-negative integer (shared string index, count) without a string in between
      if (e > b && e - b <= 15 && (t === T_S || t === T_N)) {
        geheel = 0;
        for (let q = b; q < e; q++) {
          const d = s.charCodeAt(q) - 48;
          if (d < 0 || d > 9) {
            geheel = -1;
            break;
          }
          geheel = geheel * 10 + d;
        }
      }
      if (geheel < 0) vTekst = ontsnapXml(s.slice(b, e));
      p = e + 4;
    }
    if (!s.startsWith("</c>", p)) return (fTekst = vTekst = undefined), false;
    if (geheel >= 0 && fTekst === undefined) {
      // the common case: no formula, an integer value
      scan.springNa(p + 4);
      const w = t === T_S ? gedeeld[geheel] : datumStijl !== undefined && stijl >= 0 && datumStijl[stijl] ? geheel + DAGEN_1904 : geheel;
      if (w === undefined || w === "") return true;
      const cel: Cel = { waarde: w };
      if (notaties !== undefined && stijl >= 0 && notaties[stijl] !== undefined) cel.notatie = notaties[stijl];
      bouwer.zet(rij, kolom, cel);
      return true;
    }
    if (geheel >= 0) vTekst = String(geheel);
    sluitCel();
    scan.springNa(p + 4);
    return true;
  };

  const opening = (id: number, scan: XmlScanner, leeg: boolean) => {
    scanner = scan;
    switch (id) {
      case ROW: {
        const k = scan.attrIndex("r");
        let r = -1;
        if (k >= 0) {
          const s = scan.s;
          r = 0;
          for (let p = scan.waardeBegin(k); p < scan.waardeEind(k); p++) {
            const d = s.charCodeAt(p) - 48;
            if (d < 0 || d > 9 || r > MAX_RIJEN) {
              r = -1;
              break;
            }
            r = r * 10 + d;
          }
        }
        rij = r >= 1 && r <= MAX_RIJEN ? r - 1 : rij + 1;
        kolom = -1;
        return;
      }
      case C: {
        const s = scan.s;
        const k = scan.attrIndex("r");
        let geldig = false;
        if (k >= 0) {
          // letters, then digits: "AB12"
          let p = scan.waardeBegin(k);
          const e = scan.waardeEind(k);
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
          if (p === e && nl >= 1 && nl <= 3 && nd >= 1) {
            kolom = c - 1;
            rij = r - 1;
            geldig = true;
          }
        }
        if (!geldig) kolom++;
        if (kolom >= MAX_KOLOMMEN || rij < 0 || rij >= MAX_RIJEN) {
          throw new WerkmapFout(`Het bestand is beschadigd: ongeldige celverwijzing ${scan.attr("r") ?? ""} in ${naam}.`, "beschadigd");
        }
        const kt = scan.attrIndex("t");
        t = kt < 0 ? T_N : celType(s, scan.waardeBegin(kt), scan.waardeEind(kt));
        const ks = scan.aantalAttr() > 1 ? scan.attrIndex("s") : -1;
        stijl = -1;
        if (ks >= 0) {
          let x = 0;
          let p = scan.waardeBegin(ks);
          const e = scan.waardeEind(ks);
          for (; p < e; p++) {
            const d = s.charCodeAt(p) - 48;
            if (d < 0 || d > 9) break;
            x = x * 10 + d;
          }
          if (p === e && e > scan.waardeBegin(ks)) stijl = x;
        }
        fTekst = vTekst = isTekst = undefined;
        fType = fSi = "";
        if (!leeg) snel(scan);
        return;
      }
      case F:
        fTekst = "";
        fType = scan.attr("t") ?? "";
        fSi = scan.attr("si") ?? "";
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
