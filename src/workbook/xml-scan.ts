/**
 * A small streaming XML scanner for the .xlsx parts: indexOf/charCodeAt over decoded text chunks,
 * no object per element. It knows only what OOXML parts use: elements with (optionally prefixed)
 * names, attributes, text, CDATA, comments and processing instructions. A DOCTYPE is refused
 * (OOXML allows none; it is how entity bombs and external entities come in).
 * Elements are reported by their index in the list of names of interest (-1 for any other name);
 * attribute values are read on request, so elements nobody asks about cost almost nothing.
 * Well-formedness is checked as far as the reader needs: tags must close in order, and the part
 * must end outside any tag. Anything else is a ScanFout, which the caller turns into a Dutch message.
 */
import { behoudVorm } from "./vormbehoud";

export class ScanFout extends Error {}

export interface XmlHandler {
  /** An element opens; `leeg` for `<x/>` (then `dicht` follows at once). */
  open(id: number, scan: XmlScanner, leeg: boolean): void;
  dicht(id: number, scan: XmlScanner): void;
  /** Text (entities resolved), only delivered while `scan.wilTekst` is true; may come in pieces. */
  tekst(t: string): void;
}

/** Resolves the XML entities (&amp; &#x41; ...); an unknown one stays as written. */
export function ontsnapXml(tekst: string): string {
  // XML reads every line end (\r\n or a lone \r) as \n; a real \r is written _x000D_ or &#13;
  const t = tekst.indexOf("\r") < 0 ? tekst : tekst.replace(/\r\n?/g, "\n");
  let amp = t.indexOf("&");
  if (amp < 0) return t;
  let uit = "";
  let van = 0;
  while (amp >= 0) {
    const punt = t.indexOf(";", amp + 1);
    if (punt < 0) break;
    let vervang: string | undefined;
    const len = punt - amp - 1;
    const ch = t.charCodeAt(amp + 1);
    if (len === 4 && ch === 113 && t.startsWith("quot", amp + 1)) vervang = '"';
    else if (len === 3 && ch === 97 && t.startsWith("amp", amp + 1)) vervang = "&";
    else if (len === 2 && ch === 108 && t.charCodeAt(amp + 2) === 116) vervang = "<";
    else if (len === 2 && ch === 103 && t.charCodeAt(amp + 2) === 116) vervang = ">";
    else if (len === 4 && ch === 97 && t.startsWith("apos", amp + 1)) vervang = "'";
    else if (ch === 35 && len >= 2) {
      const hex = t.charCodeAt(amp + 2) === 120 || t.charCodeAt(amp + 2) === 88;
      const cijfers = t.slice(amp + (hex ? 3 : 2), punt);
      const code = (hex ? /^[0-9a-fA-F]+$/ : /^\d+$/).test(cijfers) ? parseInt(cijfers, hex ? 16 : 10) : -1;
      if (code >= 0 && code <= 0x10ffff) vervang = String.fromCodePoint(code);
    }
    if (vervang !== undefined) {
      uit += t.slice(van, amp) + vervang;
      van = punt + 1;
    }
    amp = t.indexOf("&", vervang !== undefined ? punt + 1 : amp + 1);
  }
  return van === 0 ? t : uit + t.slice(van);
}

const isWit = (ch: number) => ch === 32 || ch === 10 || ch === 13 || ch === 9;

/** The hash the scanner keeps of an element's local name (on its stack of open elements). */
export function naamHash(naam: string): number {
  let h = 0;
  for (let i = 0; i < naam.length; i++) h = (h * 31 + naam.charCodeAt(i)) | 0;
  return h;
}

export class XmlScanner {
  /** Set by the handler: deliver the text between tags. */
  wilTekst = false;
  /** Position of the '>' of the element just opened (valid in `open`). */
  tagEinde = 0;
  private sprong = -1;
  /** The current buffer and the attribute positions of the element just opened (for attr*). */
  s = "";
  /**
   * A byte image of `s` for a handler that reads bytes, about twice as fast as reading characters: byte i
   * is character i when that is ASCII, and 255 for any other character (never markup). `uAscii`: the image
   * is `s` itself (all ASCII), so text may be cut from it; else cut it from `s`. Undefined when not asked for.
   */
  u: Buffer | undefined = undefined;
  uAscii = false;
  private readonly at: number[] = [];
  private nAttr = 0;
  private rest = "";
  private readonly stapel: number[] = [];
  private gezienWortel = false;
  /** Hash of a local name -> index in `namen` (checked with startsWith on a hit). */
  private readonly perHash = new Map<number, number>();

  constructor(
    private readonly namen: readonly string[],
    private readonly handler: XmlHandler,
  ) {
    namen.forEach((naam, id) => this.perHash.set(naamHash(naam), id));
  }

  /** Index in `at` of the attribute with this (local) name, or -1. */
  attrIndex(naam: string): number {
    // at[k] is the start of the local name: a prefix is skipped ("r:id" matches "id")
    const s = this.s;
    const eerste = naam.charCodeAt(0);
    for (let k = 0; k < this.nAttr * 4; k += 4) {
      const lb = this.at[k];
      if (this.at[k + 1] - lb === naam.length && s.charCodeAt(lb) === eerste && s.startsWith(naam, lb)) return k;
    }
    return -1;
  }

  aantalAttr(): number {
    return this.nAttr;
  }

  /** Attribute value by local name (entities resolved), or undefined. */
  attr(naam: string): string | undefined {
    const k = this.attrIndex(naam);
    return k < 0 ? undefined : ontsnapXml(this.s.slice(this.at[k + 2], this.at[k + 3]));
  }

  /**
   * From `open` of an element: the handler has read the element up to and including its closing tag
   * itself (a fast path over the buffer `s`); scanning goes on at `positie`.
   */
  springNa(positie: number): void {
    this.sprong = positie;
  }

  /**
   * Hash (naamHash) of the innermost open element, 0 when none: a handler that reads past an end tag and
   * then a start tag of the same name (`</row><row ..>`) leaves the stack as it was, but only when that
   * end tag closes the innermost element.
   */
  bovenste(): number {
    return this.stapel.length === 0 ? 0 : this.stapel[this.stapel.length - 1];
  }

  /** Start and end of the raw value of attribute index k (from attrIndex). */
  waardeBegin(k: number): number {
    return this.at[k + 2];
  }
  waardeEind(k: number): number {
    return this.at[k + 3];
  }

  private zoekId(h: number, b: number, e: number): number {
    const id = this.perHash.get(h);
    if (id === undefined) return -1;
    const naam = this.namen[id];
    return e - b === naam.length && this.s.startsWith(naam, b) ? id : -1;
  }

  /**
   * Feeds one decoded chunk; `laatste` on the final call (may be with an empty chunk). `ascii`, for `u`:
   * the chunk's bytes when it is plain ASCII (one byte per character), null when it is not (then the image
   * is built), undefined when no image is wanted.
   */
  voed(stuk: string, laatste: boolean, ascii?: Buffer | null): void {
    const s = this.rest.length > 0 ? this.rest + stuk : stuk;
    if (ascii === undefined) this.u = undefined;
    // what is left of the last chunk is a few characters: ASCII when no character of it is above 127
    else if (ascii !== null && (this.rest.length === 0 || !NIET_ASCII.test(this.rest))) {
      this.u = this.rest.length === 0 ? ascii : Buffer.concat([Buffer.from(this.rest, "latin1"), ascii]);
      this.uAscii = true;
    } else {
      this.u = beeld(s);
      this.uAscii = false;
    }
    this.rest = "";
    this.s = s;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        if (this.wilTekst) {
          // keep a possibly cut entity for the next chunk
          const amp = laatste ? -1 : s.lastIndexOf("&");
          const eind = amp >= i && s.indexOf(";", amp) < 0 ? amp : n;
          if (eind > i) this.handler.tekst(ontsnapXml(s.slice(i, eind)));
          if (eind < n) this.rest = s.slice(eind);
        }
        i = n;
        break;
      }
      if (lt > i && this.wilTekst) this.handler.tekst(ontsnapXml(s.slice(i, lt)));
      const c1 = s.charCodeAt(lt + 1);
      if (c1 !== c1) {
        // "<" is the last character of the chunk
        this.rest = s.slice(lt);
        break;
      }
      if (c1 === 47) {
        // closing tag
        const gt = s.indexOf(">", lt + 2);
        if (gt < 0) {
          this.rest = s.slice(lt);
          break;
        }
        let e = lt + 2;
        let lb = e;
        let h = 0;
        for (; e < gt; e++) {
          const ch = s.charCodeAt(e);
          if (isWit(ch)) break;
          if (ch === 58) (lb = e + 1), (h = 0);
          else h = (h * 31 + ch) | 0;
        }
        // the stack holds hashes of local names: tags must close in order
        if (this.stapel.length === 0 || this.stapel.pop() !== h) throw new ScanFout("sluittag past niet");
        this.handler.dicht(this.zoekId(h, lb, e), this);
        i = gt + 1;
        continue;
      }
      if (c1 === 33 || c1 === 63) {
        // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE >, <? ?>
        let einde: string;
        let van = lt + 2;
        let cdata = false;
        if (c1 === 63) einde = "?>";
        else if (s.startsWith("--", lt + 2)) (einde = "-->"), (van = lt + 4);
        else if (s.startsWith("[CDATA[", lt + 2)) (einde = "]]>"), (van = lt + 9), (cdata = true);
        else if (n - lt < 9 && !laatste) {
          this.rest = s.slice(lt);
          break;
        } else {
          // a DTD (entity definitions: billion laughs, external entities) has no place in OOXML; Excel refuses it too
          throw new ScanFout("DTD niet toegestaan");
        }
        const e = s.indexOf(einde, van);
        if (e < 0) {
          this.rest = s.slice(lt);
          break;
        }
        if (cdata && this.wilTekst) this.handler.tekst(s.slice(van, e));
        i = e + einde.length;
        continue;
      }
      // opening tag: name, attributes, end
      let p = lt + 1;
      let lb = p;
      let h = 0;
      for (; p < n; p++) {
        const ch = s.charCodeAt(p);
        if (isWit(ch) || ch === 62 || ch === 47) break;
        if (ch === 58) (lb = p + 1), (h = 0);
        else h = (h * 31 + ch) | 0;
      }
      const naamEind = p;
      if (naamEind === lt + 1 && p < n) throw new ScanFout("element zonder naam");
      let nAttr = 0;
      let leeg = false;
      let klaar = false;
      while (p < n) {
        let ch = s.charCodeAt(p);
        while (isWit(ch)) ch = s.charCodeAt(++p);
        if (ch === 62) {
          klaar = true;
          break;
        }
        if (ch === 47) {
          if (p + 1 >= n) break;
          if (s.charCodeAt(p + 1) !== 62) throw new ScanFout("ongeldige tag");
          leeg = true;
          klaar = true;
          p++;
          break;
        }
        if (ch !== ch) break; // end of chunk
        const nb = p;
        let alb = p;
        while (p < n) {
          ch = s.charCodeAt(p);
          if (ch === 61 || isWit(ch) || ch === 62 || ch === 47) break;
          if (ch === 58) alb = p + 1;
          p++;
        }
        const ne = p;
        while (p < n && isWit(s.charCodeAt(p))) p++;
        if (p >= n) break;
        if (s.charCodeAt(p) !== 61 || ne === nb) throw new ScanFout("attribuut zonder waarde");
        p++;
        while (p < n && isWit(s.charCodeAt(p))) p++;
        if (p >= n) break;
        const q = s.charCodeAt(p);
        if (q !== 34 && q !== 39) throw new ScanFout("attribuutwaarde zonder aanhalingstekens");
        const ve = s.indexOf(q === 34 ? '"' : "'", p + 1);
        if (ve < 0) {
          p = n;
          break;
        }
        const k = nAttr * 4;
        this.at[k] = alb;
        this.at[k + 1] = ne;
        this.at[k + 2] = p + 1;
        this.at[k + 3] = ve;
        nAttr++;
        p = ve + 1;
      }
      if (!klaar) {
        this.rest = s.slice(lt);
        break;
      }
      this.nAttr = nAttr;
      this.gezienWortel = true;
      const id = this.zoekId(h, lb, naamEind);
      this.tagEinde = p;
      this.handler.open(id, this, leeg);
      if (this.sprong >= 0) {
        i = this.sprong;
        this.sprong = -1;
        continue;
      }
      if (leeg) this.handler.dicht(id, this);
      else this.stapel.push(h);
      i = p + 1;
    }
    if (laatste) {
      if (this.rest !== "") throw new ScanFout("onderdeel eindigt midden in een tag");
      if (this.stapel.length > 0) throw new ScanFout("niet alle elementen zijn gesloten");
      if (!this.gezienWortel) throw new ScanFout("geen XML");
      this.rest = "";
    } else if (this.rest.length > 64 * 1024 * 1024) {
      throw new ScanFout("tag te lang");
    }
    this.s = "";
    this.u = undefined;
  }
}

behoudVorm(new XmlScanner([], { open: () => undefined, dicht: () => undefined, tekst: () => undefined }));

const NIET_ASCII = /[^\x00-\x7f]/;

let BEELD = Buffer.alloc(0);

/** The byte image of a text that is not all ASCII (reused: valid during one voed). */
function beeld(s: string): Buffer {
  if (BEELD.length < s.length) BEELD = Buffer.allocUnsafe(Math.max(s.length, 2 * BEELD.length));
  const b = BEELD;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    b[i] = k < 128 ? k : 255;
  }
  return b.subarray(0, s.length);
}
