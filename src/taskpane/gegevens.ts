/**
 * What the summary says about the checked workbook beyond the checker's coverage: the provider's name and
 * AGB-code from the header block, the rule set's year, and the prestatie of each row (for the list).
 */
import { alleRegelsets, regelsetOverzicht, statusTekst, toonDatum } from "../rules";
import { leesOfferte } from "../workbook/offerte";
import { type Werkmap, cel, isFout, waardeAlsTekst } from "../workbook/snapshot";
import type { PrestatieVan } from "./model";

export interface Werkmapgegevens {
  zorgaanbieder: string | null;
  agbcode: string | null;
  prestatieVan: PrestatieVan;
}

export function werkmapgegevens(werkmap: Werkmap): Werkmapgegevens {
  const offerte = leesOfferte(werkmap);
  const tekst = (k: "zorgaanbieder" | "agbcode") => {
    const w = offerte.kop[k]?.cel?.waarde;
    if (w === undefined || w === null || isFout(w)) return null;
    const t = waardeAlsTekst(w).trim();
    return t || null;
  };
  // One pass over the tables: "sheet|row" -> prestatie (a large offerte has thousands of findings).
  const perRij = new Map<string, string>();
  for (const t of offerte.prestatietabellen) {
    const c = t.kolommen.prestatie;
    if (c === undefined) continue;
    const blad = werkmap.bladen[t.blad];
    for (const r of t.rijen) {
      const w = cel(blad, r, c)?.waarde;
      if (w === undefined || w === null || isFout(w)) continue;
      const p = waardeAlsTekst(w).trim();
      if (p) perRij.set(`${blad.naam}|${r + 1}`, p);
    }
  }
  const prestatieVan: PrestatieVan = (blad, rij) => perRij.get(`${blad}|${rij}`) ?? null;
  return { zorgaanbieder: tekst("zorgaanbieder"), agbcode: tekst("agbcode"), prestatieVan };
}

/** "CZ-VV-2021 (CZ, V&V, 2021)" or the id alone when unknown. */
export function regelsetTekst(id: string): string {
  const r = regelsetOverzicht().find((x) => x[0].toLowerCase() === id.toLowerCase());
  return r ? `${r[0]} (${r[1]}, ${r[2]}, ${r[3]})` : id;
}

/** What the summary says about the rule set itself: purchasing year and validity, status (with its document) and data version. */
export interface Regelsetstatus {
  /** "Inkoopjaar 2021, geldig 01-01-2021 t/m 31-12-2021". */
  jaar: string;
  /** "Gepubliceerd document: CZ Zorginkoopdocument 2021 Wlz V&V" or "Secundaire bron, zekerheid hoog: …". */
  status: string;
  /** A secondary source (a comparison table), not the purchaser's own document. */
  secundair: boolean;
  /** "Dataversie 4da94808f792": changes whenever a value or source of the rule set does. */
  dataversie: string;
}

export function regelsetStatus(id: string): Regelsetstatus | null {
  const rs = alleRegelsets().find((x) => x.id.toLowerCase() === id.toLowerCase());
  if (!rs) return null;
  const st = statusTekst(rs);
  return {
    jaar: `Inkoopjaar ${rs.jaar}, geldig ${toonDatum(rs.geldigheid.van)} t/m ${toonDatum(rs.geldigheid.tot)}`,
    status: `${st.charAt(0).toUpperCase()}${st.slice(1)}: ${rs.status.document}`,
    secundair: rs.status.herkomst === "secundair",
    dataversie: `Dataversie ${rs.dataversie}`,
  };
}
