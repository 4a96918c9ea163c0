/**
 * `wlz-check --cellen FILE` (spec §6): what the checker read, one JSON object per line for every
 * cell with a value or a formula, in sheet order, then row, then column. Dates are the stored serial
 * in the 1900 system (the reader already moved those of a 1904 workbook); a formula without a stored
 * result has "waarde": null.
 */
import { formuleTekst } from "../workbook/gedeelde-formule";
import { adres, forEachCel, type Werkmap } from "../workbook/snapshot";

export function* cellenRegels(werkmap: Werkmap): Generator<string> {
  for (const blad of werkmap.bladen) {
    const regels: string[] = [];
    forEachCel(blad, (r, c, cel) => {
      const waarde = cel.waarde === "" && cel.formule === undefined ? null : cel.waarde;
      if (waarde === null && cel.formule === undefined) return;
      regels.push(JSON.stringify({ blad: blad.naam, cel: adres(r, c), waarde: waarde ?? null, formule: cel.formule === undefined ? null : formuleTekst(cel.formule, r, c) }));
    });
    yield* regels;
  }
}
