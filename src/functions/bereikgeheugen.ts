/**
 * A cheap memo key for a range argument. Excel passes a range as a fresh any[][] on every call, so
 * identity says nothing; serialising it (JSON) cost more than the whole calculation. Instead the few
 * ranges seen most recently are kept as flat copies of their raw cell values and a new range is
 * compared with them cell by cell: equal values get the same id. Keyed on the raw values (never on
 * a parsed form), so any change to how the core reads those values stays correct.
 */

/** Ranges with more cells are never remembered (no copy, no comparison): the caller computes directly. */
export const MAX_CELLEN = 4096;
const AANTAL = 8;

interface Gezien {
  id: number;
  rijen: number;
  kolommen: number;
  cellen: unknown[];
}

const gezien: Gezien[] = [];
let volgende = 1;

/** Same shape and same values; a stored range holds only primitives, so an equal one does too. */
function zelfde(g: Gezien, bereik: readonly unknown[]): boolean {
  const n = bereik.length;
  if (g.rijen !== n) return false;
  const c = g.cellen;
  const kolommen = g.kolommen;
  for (let r = 0, i = 0; r < n; r++) {
    const rij = bereik[r];
    if (!Array.isArray(rij) || rij.length !== kolommen) return false;
    for (let k = 0; k < kolommen; k++, i++) {
      // Object.is without the call: 0 and -0 differ, NaN equals NaN
      const a = c[i];
      const b = rij[k];
      if (a === b) {
        if (a === 0 && 1 / (a as number) !== 1 / (b as number)) return false;
      } else if (a === a || b === b) return false;
    }
  }
  return true;
}

/**
 * The id of a rectangular range of primitive cell values (equal values, equal id, among the ranges
 * seen recently), or undefined for anything else: not rectangular, a cell that is an object, more
 * than MAX_CELLEN cells. Ids are never reused, so a forgotten range simply gets a new one.
 */
export function bereikId(bereik: readonly unknown[]): number | undefined {
  for (let i = 0; i < gezien.length; i++) {
    const g = gezien[i];
    if (!zelfde(g, bereik)) continue;
    if (i > 0) {
      gezien[i] = gezien[0];
      gezien[0] = g;
    }
    return g.id;
  }
  return onthoud(bereik);
}

/** A range not seen recently: checked, copied and given a new id (or undefined, see bereikId). */
function onthoud(bereik: readonly unknown[]): number | undefined {
  const rijen = bereik.length;
  const eerste = bereik[0];
  if (rijen === 0 || !Array.isArray(eerste)) return undefined;
  const kolommen = eerste.length;
  if (rijen * kolommen > MAX_CELLEN) return undefined;
  for (let r = 0; r < rijen; r++) {
    const rij = bereik[r];
    if (!Array.isArray(rij) || rij.length !== kolommen) return undefined;
    for (let k = 0; k < kolommen; k++) {
      const c = rij[k];
      if ((typeof c === "object" && c !== null) || typeof c === "function") return undefined;
    }
  }
  const cellen = new Array<unknown>(rijen * kolommen);
  let i = 0;
  for (let r = 0; r < rijen; r++) {
    const rij = bereik[r] as unknown[];
    for (let k = 0; k < kolommen; k++) cellen[i++] = rij[k];
  }
  const nieuw: Gezien = { id: volgende++, rijen, kolommen, cellen };
  if (gezien.length >= AANTAL) gezien.pop();
  gezien.unshift(nieuw);
  return nieuw.id;
}

/** How many cells the remembered ranges hold in total (for the memory bound in the tests). */
export function onthoudenCellen(): number {
  return gezien.reduce((s, g) => s + g.cellen.length, 0);
}
