/** WLZ-AAN-001: subcontracting above 1/3 of the expected contracted care (at least 2/3 own delivery). */
import { alsBedrag, beoordeelOnderaanneming, D, type Regelset, RegelFout } from "../../rules";
import type { Rijlezer } from "../regels";
import type { Context } from "./context";

export function controleerOnderaanneming(ctx: Context, lezer: Rijlezer): void {
  const rs = ctx.regelset as Regelset;
  const verwacht = ctx.offerte.kop.verwachtezorg;
  const onder = ctx.offerte.kop.onderaanneming;
  if (!verwacht && !onder) return;
  const v = verwacht ? lezer.getal(verwacht.waardePlek, { naam: "Verwachte gecontracteerde zorg" }, false, "") : null;
  const o = onder ? lezer.getal(onder.waardePlek, { naam: "Waarvan onderaanneming" }, false, "") : null;
  if (v === undefined || o === undefined || (v === null && o === null)) return;
  if (v === null || o === null) {
    const leeg = v === null ? "Verwachte gecontracteerde zorg" : "Waarvan onderaanneming";
    const plek = (v === null ? verwacht : onder)?.waardePlek ?? (verwacht ?? onder)!.waardePlek;
    ctx.meld("WLZ-OFF-005", "waarschuwing", plek, `"${leeg}" is leeg: de onderaanneming is niet te controleren; vul beide velden in.`, ctx.layoutBron());
    return;
  }
  if (!rs.voorwaarden.eigenLevering) return; // the rule set's source has no subcontracting rule
  try {
    const oordeel = beoordeelOnderaanneming(rs, { verwachteZorg: v, onderaanneming: o });
    if (!oordeel.ok) {
      // The highest subcontracting that still leaves the rule set's own-delivery share (2/3).
      const grens = v.times(new D(1).minus(rs.voorwaarden.eigenLevering.waarde));
      ctx.meld("WLZ-AAN-001", "fout", onder!.waardePlek,
        `${oordeel.reden}: onderaanneming ${alsBedrag(o)} is meer dan 1/3 van ${alsBedrag(v)}; hoogstens ${alsBedrag(grens.toDecimalPlaces(2))}.`, oordeel.bron);
    }
  } catch (e) {
    if (!(e instanceof RegelFout)) throw e;
    ctx.meld("WLZ-OFF-003", "fout", verwacht!.waardePlek, `Verwachte gecontracteerde zorg: ${e.message}`, ctx.layoutBron());
  }
}
