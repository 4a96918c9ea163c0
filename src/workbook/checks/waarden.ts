/** Findings from the rules core's errors, and cell values shown in messages. */
import { type Bron, isNietGepubliceerd, kort, RegelFout } from "../../rules";
import { foutnaam } from "../foutnamen";
import type { Plek } from "../offerte";
import { type Cel, isFout } from "../snapshot";
import { type Context, layoutBron } from "./context";

export function waardeTekst(c: Cel | undefined): string {
  if (!c) return "(leeg)";
  const w = c.waarde;
  if (isFout(w)) return foutnaam(w.fout);
  if (w === null) return "(leeg)";
  return kort(String(w));
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
