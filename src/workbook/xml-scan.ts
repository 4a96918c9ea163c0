/**
 * A small streaming XML scanner for the .xlsx parts: indexOf/charCodeAt over decoded text chunks,
 * no object per element. It knows only what OOXML parts use: elements with (optionally prefixed)
 * names, attributes, text, CDATA, comments, processing instructions and a DOCTYPE (skipped).
 * Elements are reported by their index in the list of names of interest (-1 for any other name);
 * attribute values are read on request, so elements nobody asks about cost almost nothing.
 * Well-formedness is checked as far as the reader needs: tags must close in order, and the part
 * must end outside any tag. Anything else is a ScanFout, which the caller turns into a Dutch message.
 */

export class ScanFout extends Error {}

export interface XmlHandler {
  /** An element opens; `leeg` for `<x/>` (then `dicht` follows at once). */
  open(id: number, scan: XmlScanner, leeg: boolean): void;
  dicht(id: number, scan: XmlScanner): void;
  /** Text (entities resolved), only delivered while `scan.wilTekst` is true; may come in pieces. */
  tekst(t: string): void;
}

const ENTITEITEN: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Resolves the XML entities (&amp; &#x41; ...); an unknown one stays as written. */
export function ontsnapXml(t: string): string {
  if (t.indexOf("&") < 0) return t;
  return t.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e.charCodeAt(0) !== 35) return ENTITEITEN[e] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

const isWit = (ch: number) => ch === 32 || ch === 10 || ch === 13 || ch === 9;

export class XmlScanner {
  /** Set by the handler: deliver the text between tags. */
  wilTekst = false;
  /** The current buffer and the attribute positions of the element just opened (for attr*). */
  s = "";
  private readonly at: number[] = [];
  private nAttr = 0;
  private rest = "";
  private readonly stapel: number[] = [];
  private gezienWortel = false;
  private readonly perLengte: { naam: string; id: number }[][] = [];

  constructor(
    namen: readonly string[],
    private readonly handler: XmlHandler,
  ) {
    namen.forEach((naam, id) => (this.perLengte[naam.length] ??= []).push({ naam, id }));
  }

  /** Index in `at` of the attribute with this (local) name, or -1. */
  attrIndex(naam: string): number {
    const s = this.s;
    for (let k = 0; k < this.nAttr; k++) {
      const b = this.at[k * 4];
      const e = this.at[k * 4 + 1];
      // compare the local name: skip a prefix ("r:id" matches "id")
      let lb = b;
      for (let p = b; p < e; p++) if (s.charCodeAt(p) === 58) lb = p + 1;
      if (e - lb === naam.length && s.startsWith(naam, lb)) return k * 4;
    }
    return -1;
  }

  /** Attribute value by local name (entities resolved), or undefined. */
  attr(naam: string): string | undefined {
    const k = this.attrIndex(naam);
    return k < 0 ? undefined : ontsnapXml(this.s.slice(this.at[k + 2], this.at[k + 3]));
  }

  /** Start and end of the raw value of attribute index k (from attrIndex). */
  waardeBegin(k: number): number {
    return this.at[k + 2];
  }
  waardeEind(k: number): number {
    return this.at[k + 3];
  }

  private zoekId(b: number, e: number): number {
    const lijst = this.perLengte[e - b];
    if (lijst === undefined) return -1;
    for (const x of lijst) if (this.s.startsWith(x.naam, b)) return x.id;
    return -1;
  }

  /** Feeds one decoded chunk; `laatste` on the final call (may be with an empty chunk). */
  voed(stuk: string, laatste: boolean): void {
    const s = this.rest.length > 0 ? this.rest + stuk : stuk;
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
          if (ch === 58) lb = e + 1;
          h = (h * 31 + ch) | 0;
        }
        if (this.stapel.length === 0 || this.stapel.pop() !== h) throw new ScanFout("sluittag past niet");
        this.handler.dicht(this.zoekId(lb, e), this);
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
        } else einde = s.indexOf("[", lt) >= 0 && s.indexOf("[", lt) < s.indexOf(">", lt) ? "]>" : ">";
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
        if (ch === 58) lb = p + 1;
        h = (h * 31 + ch) | 0;
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
        while (p < n) {
          ch = s.charCodeAt(p);
          if (ch === 61 || isWit(ch) || ch === 62 || ch === 47) break;
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
        this.at[k] = nb;
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
      const id = this.zoekId(lb, naamEind);
      if (!leeg) this.stapel.push(h);
      this.handler.open(id, this, leeg);
      if (leeg) this.handler.dicht(id, this);
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
  }
}
