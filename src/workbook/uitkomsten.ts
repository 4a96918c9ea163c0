/**
 * Formulas without a stored result. Excel always saves a formula's last result, but scripts, ERP exports
 * and openpyxl write the formula alone (`<f>…</f><v></v>`), so the file holds no value to check. Such a
 * cell is never read as empty: the checker computes it with its own evaluator (WLZ.* calls, references,
 * + - * /, ROUND, SUM, IF) and checks the outcome; what it cannot compute stays unknown and is reported.
 * A formula whose stored result is #NAME? (saved by LibreOffice or an Excel without the add-in, which do not
 * know WLZ.*) is computed the same way; where that fails it keeps its stored #NAME?, as Excel would show it.
 */
import { NietEvalueerbaar, parseFormule, evalueerFormule, type Waarde } from "./formules";
import { formuleTekst } from "./gedeelde-formule";
import { type Cel, type CelWaarde, celKolommen, formulePlekken, formulesAlleMetUitkomst, naamOnbekend, rijIndexen, type Werkmap } from "./snapshot";

export interface Opgeloste {
  /** The workbook with the computed values filled in (the input itself when nothing was missing). */
  werkmap: Werkmap;
  /** Cells whose value the checker computed, as "sheet:row:column". */
  berekend: Set<string>;
  /** Cells whose formula has no stored result and could not be computed. */
  onberekend: Set<string>;
  /** Cells with a stored #NAME? that the checker computed (also in `berekend`). */
  naamHersteld: Set<string>;
  /** Where the formulas are: per sheet, row and column pairs in cell order (the stored-value audit visits only these). */
  formules: (readonly number[])[];
}

export function plekSleutel(b: number, r: number, c: number): string {
  return `${b}:${r}:${c}`;
}

/** Whether a cell is a formula with no stored result. */
export function zonderUitkomst(c: Cel | undefined): boolean {
  return !!c && c.formule !== undefined && c.waarde === null;
}

/** Guards against formulas that refer to each other in a ring or very deeply. */
const MAX_DIEPTE = 200;

export function vulUitkomstenIn(werkmap: Werkmap): Opgeloste {
  const open: [number, number, number][] = [];
  const formules = werkmap.bladen.map((blad, b) => {
    const rijen = blad.rijen;
    const allemaal = formulesAlleMetUitkomst(blad);
    if (allemaal !== undefined) return allemaal;
    // Where the reader listed the formulas: only those cells (a cell emptied since then is left out).
    const gelezen = formulePlekken(blad);
    if (gelezen !== undefined) {
      // a copy only once a listed cell turns out to hold no formula
      let eigen: number[] | undefined;
      for (let i = 0; i < gelezen.length; i += 2) {
        const r = gelezen[i];
        const c = gelezen[i + 1];
        const cel = rijen[r]?.[c];
        if (cel === undefined || cel.formule === undefined) {
          eigen ??= gelezen.slice(0, i);
          continue;
        }
        eigen?.push(r, c);
        if (zonderUitkomst(cel) || naamOnbekend(cel)) open.push([b, r, c]);
      }
      return eigen ?? gelezen;
    }
    // Every cell is looked at (in forEachCel's order), only formulas further: no call per cell.
    const plekken: number[] = [];
    for (const r of rijIndexen(rijen)) {
      const rij = rijen[r];
      const kolommen = rij.length > 256 ? celKolommen(rij) : undefined;
      const n = kolommen ? kolommen.length : rij.length;
      for (let i = 0; i < n; i++) {
        const c = kolommen ? kolommen[i] : i;
        const cel = rij[c];
        if (!cel || cel.formule === undefined) continue;
        plekken[plekken.length] = r;
        plekken[plekken.length] = c;
        if (zonderUitkomst(cel) || naamOnbekend(cel)) open.push([b, r, c]);
      }
    }
    return plekken;
  });
  const berekend = new Set<string>();
  const onberekend = new Set<string>();
  const naamHersteld = new Set<string>();
  if (open.length === 0) return { werkmap, berekend, onberekend, naamHersteld, formules };

  const uitkomst = new Map<string, Waarde | undefined>();
  const bezig = new Set<string>();
  let diepte = 0;
  const bereken = (b: number, r: number, c: number): Waarde => {
    const k = plekSleutel(b, r, c);
    const cel = werkmap.bladen[b].rijen[r]![c]!;
    if (uitkomst.has(k)) {
      const w = uitkomst.get(k);
      if (w === undefined) {
        if (naamOnbekend(cel)) return cel.waarde;
        throw new NietEvalueerbaar("verwijst naar een formule zonder uitkomst");
      }
      return w;
    }
    if (bezig.has(k) || diepte >= MAX_DIEPTE) throw new NietEvalueerbaar("kringverwijzing");
    bezig.add(k);
    diepte++;
    let w: Waarde | undefined;
    try {
      w = evalueerFormule(parseFormule(formuleTekst(cel.formule!, r, c)), { werkmap, blad: b, r, c, bereken });
      if (Array.isArray(w)) w = undefined; // a spilled table has no single value
    } catch (e) {
      if (!(e instanceof NietEvalueerbaar)) throw e;
      w = undefined;
    } finally {
      bezig.delete(k);
      diepte--;
    }
    uitkomst.set(k, w);
    if (w === undefined) {
      if (naamOnbekend(cel)) return cel.waarde;
      throw new NietEvalueerbaar("niet te berekenen");
    }
    return w;
  };
  for (const [b, r, c] of open) {
    try {
      bereken(b, r, c);
    } catch (e) {
      if (!(e instanceof NietEvalueerbaar)) throw e;
    }
  }

  // A copy of only the rows that change: the user's snapshot itself is never modified.
  const bladen = werkmap.bladen.map((blad) => ({ ...blad, rijen: blad.rijen.slice() }));
  const gekopieerd = new Set<string>();
  for (const [b, r, c] of open) {
    const k = plekSleutel(b, r, c);
    const w = uitkomst.get(k);
    const oud = bladen[b].rijen[r][c]!;
    if (naamOnbekend(oud)) {
      // not computable, or computable only to #NAME? again: the stored value stands
      if (w === undefined || (typeof w === "object" && w !== null && !Array.isArray(w) && w.fout === "#NAME?")) continue;
      naamHersteld.add(k);
    } else if (w === undefined) {
      onberekend.add(k);
      continue;
    }
    berekend.add(k);
    const rk = `${b}:${r}`;
    if (!gekopieerd.has(rk)) {
      bladen[b].rijen[r] = bladen[b].rijen[r].slice();
      gekopieerd.add(rk);
    }
    bladen[b].rijen[r][c] = { ...oud, waarde: w as CelWaarde };
  }
  return { werkmap: { ...werkmap, bladen }, berekend, onberekend, naamHersteld, formules };
}
