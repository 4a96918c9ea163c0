/** Reading cell values for the checks: every unreadable value becomes one WLZ-OFF-003 finding, never an exception. */
import { type Bron, D, type Dec, isNietGepubliceerd, kort, RegelFout, tekstNaarGetal, vanExcel } from "../../rules";
import type { Plek } from "../offerte";
import { type Cel, isFout, isLeeg } from "../snapshot";
import { type Context, layoutBron } from "./context";

export function waardeTekst(c: Cel | undefined): string {
  if (!c) return "(leeg)";
  const w = c.waarde;
  if (isFout(w)) return w.fout;
  if (w === null) return "(leeg)";
  return kort(String(w));
}

// Converting a double to a Decimal dominates the time on large offertes; columns repeat their values a lot.
const DECIMALEN = new Map<number, Dec>();
function decimaal(w: number): Dec {
  let d = DECIMALEN.get(w);
  if (d === undefined) {
    d = vanExcel(w);
    if (DECIMALEN.size >= 200_000) DECIMALEN.clear();
    DECIMALEN.set(w, d);
  }
  return d;
}

/**
 * A number from a cell: Dec, null when empty, undefined when unreadable (then an OFF-003 is reported).
 * Percentages written as text ("95,5%") are read as fractions.
 */
export function leesGetalCel(ctx: Context, plek: Plek, naam: string, opties: { percentage?: boolean } = {}): Dec | null | undefined {
  const c = ctx.cel(plek);
  if (isLeeg(c)) return null;
  const w = c!.waarde;
  if (typeof w === "number" && Number.isFinite(w)) return decimaal(w);
  if (typeof w === "string") {
    const t = w.trim();
    if (opties.percentage && t.endsWith("%")) {
      const n = tekstNaarGetal(t.slice(0, -1));
      if (n) return n.div(100);
    } else {
      const n = tekstNaarGetal(t);
      if (n) return n;
    }
  }
  const wat = isFout(w) ? `de foutwaarde ${w.fout}` : `"${waardeTekst(c)}"`;
  ctx.meld("WLZ-OFF-003", "fout", plek, `${naam}: ${wat} is geen getal; vul een getal in${opties.percentage ? " (een fractie als 0,955 of een tekst als \"95,5%\")" : ""}.`, layoutBron(ctx.regelset));
  return undefined;
}

/** Where the missing value should have come from: the not-published basis when that is what is missing. */
function nietGepubliceerdBron(ctx: Context, e: RegelFout): Bron | string {
  const rs = ctx.regelset;
  if (!rs) return layoutBron(null);
  if (e.argument === "Richttarief" && isNietGepubliceerd(rs.tarief.basis)) return rs.tarief.basis.bron;
  return `${rs.id} · niet in de bron`;
}

/** Reports a RegelFout of the rules core as OFF-003 (bad input) or OFF-005 (not in the sources). */
export function meldRegelFout(ctx: Context, plek: Plek, e: unknown, wat: string): void {
  if (e instanceof RegelFout) {
    if (e.soort === "ongeldig") ctx.meld("WLZ-OFF-003", "fout", plek, `${wat}: ${e.message}`, layoutBron(ctx.regelset));
    else ctx.meld("WLZ-OFF-005", "waarschuwing", plek, `${wat} is niet te controleren: ${e.message}`, nietGepubliceerdBron(ctx, e));
    return;
  }
  throw e;
}

export const NUL_EURO = new D(0);
