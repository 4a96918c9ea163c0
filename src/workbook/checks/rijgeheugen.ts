/**
 * Large offertes repeat the same row contents thousands of times. A check whose outcome for a row is a
 * pure function of a few cell values can remember which value combinations gave no finding and skip
 * them next time. Only plain numbers and empty cells make a key: anything else takes the full path.
 */
import type { Plek } from "../offerte";
import type { Context } from "./context";

/** Key part of one cell: its number or "e" for empty; undefined (no key) for text, errors, booleans. */
function deel(ctx: Context, plek: Plek | undefined): string | undefined {
  if (!plek) return "-";
  const c = ctx.cel(plek);
  if (!c || c.waarde === null) return "e";
  const w = c.waarde;
  if (typeof w !== "number") return undefined;
  return Object.is(w, -0) ? "-0" : String(w);
}

/** Key of the values at these positions, or undefined when one of them is not a number or empty. */
export function waardenSleutel(ctx: Context, plekken: (Plek | undefined)[]): string | undefined {
  let s = "";
  for (const p of plekken) {
    const d = deel(ctx, p);
    if (d === undefined) return undefined;
    s += `${d}|`;
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
