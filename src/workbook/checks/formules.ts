/**
 * WLZ-FRM-001: (a) a typed number in a table column whose other rows use a WLZ.* formula;
 * (b) a WLZ.* formula whose stored value differs from what the current rules give (stale or overwritten).
 * A formula without a stored result was computed by the checker itself (uitkomsten.ts): nothing to compare.
 */
import { alsGetal, vanExcel } from "../../rules";
import { bevatWlz, type Evaluatiecontext, Formulevormen, NietEvalueerbaar, nieuwBereikgeheugen, type Waarde } from "../formules";
import type { Tabel } from "../offerte";
import { type CelWaarde, formulesAlleMetUitkomst, isFout, type Werkblad } from "../snapshot";
import { type Context, layoutBron } from "./context";
import { foutnaam } from "../foutnamen";
import { plekSleutel } from "../uitkomsten";
import { formuleNamen } from "../gedeelde-formule";

function toon(w: Waarde | CelWaarde | undefined): string {
  if (w === null || w === undefined || w === "") return "(leeg)";
  if (isFout(w as CelWaarde)) return foutnaam((w as { fout: string }).fout);
  if (typeof w === "number") return alsGetal(vanExcel(w));
  return String(w);
}

function verschilt(opgeslagen: CelWaarde, berekend: Waarde): boolean {
  if (Array.isArray(berekend)) return false;
  if (isFout(opgeslagen) || isFout(berekend as CelWaarde)) {
    return !(isFout(opgeslagen) && isFout(berekend as CelWaarde) && opgeslagen.fout === (berekend as { fout: string }).fout);
  }
  if (typeof opgeslagen === "number" && typeof berekend === "number") return Math.abs(opgeslagen - berekend) > 0.005;
  const norm = (x: unknown) => (x === null ? "" : x);
  return norm(opgeslagen) !== norm(berekend);
}

/**
 * The formulas in each of a table's columns (indexed by column) among its rows, counted from where the formulas
 * are (`plekken`: row, column pairs in cell order): only the formula cells are visited.
 */
function formulesPerKolom(t: Tabel<string>, blad: Werkblad, plekken: readonly number[]): number[] {
  const aantal: number[] = [];
  for (const c of Object.values(t.kolommen) as number[]) aantal[c] = 0;
  const rijen = blad.rijen;
  // the reader's list as it is (every cell a formula): counted without looking at the cells
  const zeker = formulesAlleMetUitkomst(blad) === plekken;
  let j = 0;
  for (let i = 0; i < plekken.length && j < t.rijen.length; i += 2) {
    const r = plekken[i];
    while (j < t.rijen.length && t.rijen[j] < r) j++;
    if (t.rijen[j] !== r) continue;
    const c = plekken[i + 1];
    if (aantal[c] !== undefined && (zeker || rijen[r]?.[c]?.formule)) aantal[c]++;
  }
  return aantal;
}

/** (a) per table column: typed numbers among WLZ.* formulas. `formules`: where the formulas are, per sheet. */
export function controleerGetypteGetallen(ctx: Context, tabellen: Tabel<string>[], formules: readonly (readonly number[])[]): void {
  for (const t of tabellen) {
    const blad = ctx.offerte.werkmap.bladen[t.blad];
    const perKolom = formulesPerKolom(t, blad, formules[t.blad]);
    for (const [naam, c] of Object.entries(t.kolommen) as [string, number][]) {
      const n = perKolom[c];
      // a column of typed numbers (fewer than two formulas), or of formulas only (no typed number): nothing to say
      if (n < 2 || n === t.rijen.length) continue;
      let getypt = 0;
      for (const r of t.rijen) {
        const cel = blad.rijen[r]?.[c];
        if (cel !== undefined && !cel.formule && typeof cel.waarde === "number") getypt++;
      }
      // The WLZ.* formulas are at most the formulas: only a column where those outnumber the typed numbers
      // (a rare one) is looked at again, for its WLZ.* formulas and the rows of its typed numbers.
      if (getypt === 0 || n <= getypt) continue;
      let wlz = 0;
      const rijen: number[] = [];
      for (const r of t.rijen) {
        const cel = blad.rijen[r]?.[c];
        if (!cel) continue;
        if (cel.formule) {
          if (bevatWlz(formuleNamen(cel.formule))) wlz++;
        } else if (typeof cel.waarde === "number") rijen.push(r);
      }
      if (wlz < 2 || wlz <= rijen.length) continue;
      const kop = String(blad.rijen[t.kopRij]?.[c]?.waarde ?? naam);
      for (const r of rijen) {
        ctx.meld("WLZ-FRM-001", "waarschuwing", { blad: t.blad, r, c },
          `In de kolom "${kop}" staat hier een getypt getal (${toon(blad.rijen[r]![c]!.waarde)}), terwijl de andere rijen een WLZ.*-formule gebruiken; zet de formule terug zodat de waarde de regels volgt.`,
          layoutBron(ctx.regelset));
      }
    }
  }
}

/**
 * (b) every WLZ.* formula in the workbook: recompute and compare with the stored value. `formules`: where the
 * formulas are, per sheet as row, column pairs (found while their results were filled in, vulUitkomstenIn).
 */
export function controleerOpgeslagenWaarden(ctx: Context, zelfBerekend: Set<string>, formules: (readonly number[])[]): void {
  const werkmap = ctx.offerte.werkmap;
  // Filled-down formulas differ only in their row numbers: parse each shape once, evaluate it at each cell.
  const vormen = new Formulevormen();
  const bereiken = nieuwBereikgeheugen();
  formules.forEach((plekken, b) => {
    const rijen = werkmap.bladen[b].rijen;
    const ectx: Evaluatiecontext = { werkmap, blad: b, r: 0, c: 0, bereiken };
    for (let i = 0; i < plekken.length; i += 2) {
      const r = plekken[i];
      const c = plekken[i + 1];
      const cel = rijen[r][c];
      if (!cel?.formule) continue;
      const opgeslagen = cel.waarde;
      // No stored value (never calculated, or computed by the checker itself): nothing to compare.
      if (opgeslagen === null || opgeslagen === "" || (zelfBerekend.size > 0 && zelfBerekend.has(plekSleutel(b, r, c)))) continue;
      let berekend: Waarde | undefined;
      try {
        // undefined too for a formula without WLZ.* (tested only when it fits no known shape); the cells of a
        // shared formula by their master, without making their text
        berekend = vormen.waardeAlsWlz(cel.formule, ectx, r, c);
      } catch (e) {
        if (e instanceof NietEvalueerbaar) continue;
        throw e;
      }
      if (berekend === undefined || !verschilt(opgeslagen, berekend)) continue;
      ctx.meld("WLZ-FRM-001", "waarschuwing", { blad: b, r, c },
        `De opgeslagen waarde ${toon(opgeslagen)} van deze WLZ.*-formule verschilt van wat de huidige regels geven: ${toon(berekend)}; de waarde is verouderd of overschreven. Herbereken de werkmap (Ctrl+Alt+F9).`,
        layoutBron(ctx.regelset));
    }
  });
}

/**
 * WLZ-FRM-003 (info): formulas stored with #NAME? that the checker computed itself. Said once per workbook, at
 * the first such cell: the workbook shows #NAAM? where the checker used the computed values.
 */
export function meldOnbekendeNamen(ctx: Context, naamHersteld: Set<string>): void {
  if (naamHersteld.size === 0) return;
  const plekken = [...naamHersteld].map((k) => k.split(":").map(Number) as [number, number, number]);
  plekken.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const [blad, r, c] = plekken[0];
  const n = plekken.length;
  ctx.meld("WLZ-FRM-003", "info", { blad, r, c },
    `${n === 1 ? "Deze formule heeft" : `${n.toLocaleString("nl-NL")} formules (de eerste hier) hebben`} als opgeslagen uitkomst #NAAM?: de werkmap is opgeslagen in een programma dat de WLZ-functies niet kent (bijvoorbeeld LibreOffice, of Excel zonder deze invoegtoepassing). De controle heeft ${n === 1 ? "haar" : "ze"} zelf uitgerekend en die uitkomsten gecontroleerd; in de werkmap staan de juiste waarden pas na openen en herberekenen in Excel met de invoegtoepassing.`,
    layoutBron(ctx.regelset));
}
