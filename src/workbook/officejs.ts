/**
 * office-js-lezer (taakvenster): de geopende werkmap -> Werkmap, met zo weinig syncs als kan.
 *
 * sync 1: namen van de werkbladen en het datumstelsel; sync 2: per blad het gebruikte bereik (alleen waarden);
 * daarna de cellen (values + formulas) in rijblokken via getRangeByIndexes. Zoveel blokken als
 * binnen het budget passen gaan samen in één sync; het budget blijft ruim onder de 5 MB die
 * Excel op het web per antwoord toestaat. Weigert Excel toch (antwoord te groot, of values null),
 * dan halveren we de blokken en proberen het opnieuw.
 */
import { DAGEN_1904, isDatumNotatie } from "./notatie";
import { BladBouwer, type Cel, isFoutwaarde, type Werkblad, type Werkmap, WerkmapFout } from "./snapshot";

export interface OfficeLeesOpties {
  /** Voortgang 0..1 na elke gegevenssync (en 1 aan het eind). */
  onVoortgang?: (fractie: number) => void;
  /** Hoogstens zoveel cellen per sync (naast het bytebudget). */
  maxCellenPerSync?: number;
  /** Geschat antwoord per sync in bytes; standaard 2.500.000 (de helft van de 5 MB van Excel op het web). */
  budgetBytes?: number;
  /** Geschatte bytes per cel per eigenschap in het antwoord; standaard 8. */
  bytesPerCel?: number;
  /** Getalnotatie meenemen (laadt ook numberFormat: een derde eigenschap per cel). */
  metNotatie?: boolean;
  /** Meer cellen dan dit in totaal wordt geweigerd; standaard 10.000.000. */
  maxCellenTotaal?: number;
}

export const STANDAARD_BUDGET_BYTES = 2_500_000;
export const STANDAARD_BYTES_PER_CEL = 8;
export const STANDAARD_MAX_CELLEN_TOTAAL = 10_000_000;

/** Een rechthoek van een blad die in één keer gelezen wordt (0-gebaseerde bladindexen). */
export interface Blok {
  blad: number;
  r: number;
  c: number;
  rijen: number;
  kolommen: number;
}

/** Hoeveel cellen passen volgens de schatting in één sync. */
export function cellenPerSync(opties: OfficeLeesOpties = {}): number {
  const eigenschappen = opties.metNotatie ? 3 : 2;
  const budget = opties.budgetBytes ?? STANDAARD_BUDGET_BYTES;
  const perCel = opties.bytesPerCel ?? STANDAARD_BYTES_PER_CEL;
  const volgensBudget = Math.floor(budget / (eigenschappen * perCel));
  return Math.max(1, Math.min(volgensBudget, opties.maxCellenPerSync ?? Infinity));
}

/**
 * Pakt blokken van voren uit de wachtrij tot `capaciteit` cellen vol is; een blok dat niet past
 * wordt gesplitst (rijen; een rij die alleen al te breed is: kolommen).
 */
export function vulSync(wachtrij: Blok[], capaciteit: number): Blok[] {
  const gekozen: Blok[] = [];
  let ruimte = capaciteit;
  while (wachtrij.length > 0 && ruimte > 0) {
    const b = wachtrij[0];
    const cellen = b.rijen * b.kolommen;
    if (cellen <= ruimte) {
      gekozen.push(wachtrij.shift() as Blok);
      ruimte -= cellen;
    } else if (b.kolommen <= ruimte) {
      const rijen = Math.floor(ruimte / b.kolommen);
      gekozen.push({ ...b, rijen });
      wachtrij[0] = { ...b, r: b.r + rijen, rijen: b.rijen - rijen };
      ruimte -= rijen * b.kolommen;
    } else if (gekozen.length === 0) {
      // één rij is breder dan een hele sync: die rij in stukken
      if (b.rijen > 1) wachtrij.splice(0, 1, { ...b, rijen: 1 }, { ...b, r: b.r + 1, rijen: b.rijen - 1 });
      const rij = wachtrij[0];
      gekozen.push({ ...rij, kolommen: ruimte });
      wachtrij[0] = { ...rij, c: rij.c + ruimte, kolommen: rij.kolommen - ruimte };
      ruimte = 0;
    } else {
      break;
    }
  }
  return gekozen;
}

function isTeGrootFout(e: unknown): boolean {
  const code = String((e as { code?: unknown })?.code ?? "");
  return /PayloadSizeLimitExceeded|RangeExceedsLimit/i.test(code);
}

/** Leest alle werkbladen van de geopende werkmap. Fouten van Excel zelf worden doorgegeven. */
export async function leesWerkmapUitExcel(context: Excel.RequestContext, opties: OfficeLeesOpties = {}): Promise<Werkmap> {
  const bladen = context.workbook.worksheets;
  bladen.load("items/name");
  // office-js does not expose the date system, but DATE(1904;1;1) is 0 in a 1904 workbook (Mac) and 1462 in a
  // 1900 one; asked in the same sync as the sheet names, so it costs no round trip
  const stelsel = context.workbook.functions.date(1904, 1, 1);
  stelsel.load("value");
  await context.sync();
  const is1904 = stelsel.value === 0;
  const items = bladen.items;
  if (items.length === 0) throw new WerkmapFout("De werkmap bevat geen werkbladen.", "leeg");

  const gebruikt = items.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("address,rowIndex,columnIndex,rowCount,columnCount");
    return r;
  });
  await context.sync();

  const bouwers = items.map((ws) => new BladBouwer(ws.name));
  const wachtrij: Blok[] = [];
  gebruikt.forEach((r, blad) => {
    if (!r.isNullObject && r.rowCount > 0 && r.columnCount > 0) {
      wachtrij.push({ blad, r: r.rowIndex, c: r.columnIndex, rijen: r.rowCount, kolommen: r.columnCount });
    }
  });
  const totaal = wachtrij.reduce((s, b) => s + b.rijen * b.kolommen, 0);
  const maxTotaal = opties.maxCellenTotaal ?? STANDAARD_MAX_CELLEN_TOTAAL;
  if (totaal > maxTotaal) {
    // noem het grootste blad: vaak staat er één verdwaalde waarde ver weg (bv. in XFD1048576)
    const grootste = wachtrij.reduce((a, b) => (b.rijen * b.kolommen > a.rijen * a.kolommen ? b : a));
    throw new WerkmapFout(
      `De werkmap is te groot om te controleren (${totaal.toLocaleString("nl-NL")} cellen, hoogstens ${maxTotaal.toLocaleString("nl-NL")}). ` +
        `Het grootste gebruikte bereik is ${gebruikt[grootste.blad].address}; staat daar een verdwaalde waarde ver buiten de tabel?`,
      "te-groot",
    );
  }

  // dates are moved to the 1900 system of the snapshot (as the .xlsx reader does): which numbers are dates
  // only their number format says, so a 1904 workbook is read with its formats
  const metNotatie = opties.metNotatie === true || is1904;
  const eigenschappen = metNotatie ? "values,formulas,numberFormat" : "values,formulas";
  let capaciteit = cellenPerSync({ ...opties, metNotatie });
  let gelezen = 0;
  while (wachtrij.length > 0) {
    const reservekopie = wachtrij.map((b) => ({ ...b }));
    const deze = vulSync(wachtrij, capaciteit);
    const bereiken = deze.map((b) => {
      const rng = items[b.blad].getRangeByIndexes(b.r, b.c, b.rijen, b.kolommen);
      rng.load(eigenschappen);
      return rng;
    });
    let teGroot = false;
    try {
      await context.sync();
      // office-js geeft bij een te groot bereik soms null in plaats van een fout
      teGroot = bereiken.some((rng) => !Array.isArray(rng.values) || !Array.isArray(rng.formulas));
    } catch (e) {
      if (!isTeGrootFout(e)) throw e;
      teGroot = true;
    }
    if (teGroot) {
      if (capaciteit <= 1) throw new WerkmapFout("Excel weigert de werkmap in delen te lezen (antwoord te groot).", "te-groot");
      capaciteit = Math.max(1, Math.floor(capaciteit / 2));
      wachtrij.splice(0, wachtrij.length, ...reservekopie);
      continue;
    }
    deze.forEach((b, i) => {
      const rng = bereiken[i];
      const notaties = metNotatie ? (rng.numberFormat as unknown[][]) : undefined;
      zetBlok(bouwers[b.blad], b, rng.values, rng.formulas, notaties, is1904, opties.metNotatie === true);
      gelezen += b.rijen * b.kolommen;
    });
    opties.onVoortgang?.(totaal === 0 ? 1 : gelezen / totaal);
  }
  if (totaal === 0) opties.onVoortgang?.(1);
  const bladenUit = bouwers.map((b): Werkblad => b.bouw());
  return is1904 ? { bladen: bladenUit, datumstelsel: 1904 } : { bladen: bladenUit };
}

function zetBlok(bouwer: BladBouwer, b: Blok, waarden: unknown[][], formules: unknown[][], notaties: unknown[][] | undefined, is1904: boolean, houdNotatie: boolean): void {
  for (let i = 0; i < b.rijen; i++) {
    const wRij = waarden[i];
    const fRij = formules[i];
    for (let j = 0; j < b.kolommen; j++) {
      const cel = naarCel(wRij?.[j], fRij?.[j]);
      const notatie = notaties?.[i]?.[j];
      const echteNotatie = typeof notatie === "string" && notatie !== "General" ? notatie : undefined;
      if (cel && is1904 && typeof cel.waarde === "number" && isDatumNotatie(echteNotatie)) cel.waarde += DAGEN_1904;
      if (cel && echteNotatie !== undefined && houdNotatie) cel.notatie = echteNotatie;
      if (cel) bouwer.zet(b.r + i, b.c + j, cel);
    }
  }
}

/** office-js-waarde + formule -> Cel. Een cel is een formule als formulas[r][c] met '=' begint. */
export function naarCel(waarde: unknown, formule: unknown): Cel | undefined {
  // A text constant that starts with "=" comes back identical in values and formulas; a real formula's
  // value never equals its own text, so only then is it a formula.
  const isFormule = typeof formule === "string" && formule.startsWith("=") && formule.length > 1 && formule !== waarde;
  let w: Cel["waarde"];
  if (typeof waarde === "number") w = Number.isFinite(waarde) ? waarde : { fout: "#NUM!" };
  else if (typeof waarde === "boolean") w = waarde;
  else if (typeof waarde === "string") w = isFoutwaarde(waarde) ? { fout: waarde } : waarde;
  else w = isFormule ? "" : null;
  // Excel always has a formula's result: an empty one is the text "" (as a file stores <v></v> with t="str").
  if (isFormule) return { waarde: w ?? "", formule: (formule as string).slice(1) };
  if (w === null || w === "") return undefined;
  return { waarde: w };
}
