/**
 * Large offertes repeat the same row contents thousands of times. A check whose outcome for a row is a
 * pure function of a few cell values can remember which value combinations gave no finding and skip
 * them next time. Only plain numbers and empty cells make a key: anything else takes the full path.
 */
import type { Context } from "./context";

/**
 * Key of the values in these columns of row r (column undefined: the table lacks it), or undefined when one
 * of them is not a plain number or empty. Columns come precomputed per table: no objects per row.
 */
export function waardenSleutel(ctx: Context, blad: number, r: number, kolommen: (number | undefined)[]): string | undefined {
  const rij = ctx.offerte.werkmap.bladen[blad]?.rijen[r];
  let s = "";
  for (let i = 0; i < kolommen.length; i++) {
    const c = kolommen[i];
    if (c === undefined) {
      s += "-|";
      continue;
    }
    const cel = rij?.[c];
    const w = cel?.waarde;
    if (!cel || w === null) s += "e|";
    else if (typeof w !== "number") return undefined;
    else s += Object.is(w, -0) ? "-0|" : `${w}|`;
  }
  return s;
}

/** The context with a count of the findings added through it (dubbelzinnig reports through the original). */
export function tellendeContext(ctx: Context): Context & { gemeld: number } {
  const t = {
    ...ctx,
    gemeld: 0,
    meld(...a: Parameters<Context["meld"]>) {
      t.gemeld++;
      ctx.meld(...a);
    },
  };
  return t;
}
