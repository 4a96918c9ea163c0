/**
 * What the summary says about the checked workbook beyond the checker's coverage: the provider's name and
 * AGB-code from the header block, the rule set's year, and the prestatie of each row (for the list).
 */
import { regelsetOverzicht } from "../rules";
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
