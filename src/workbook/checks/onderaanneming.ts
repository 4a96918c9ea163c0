/** WLZ-AAN-001: subcontracting above 1/3 of the expected contracted care (at least 2/3 own delivery). */
import { alsBedrag, beoordeelOnderaanneming, D, leesJaNee, type Regelset, RegelFout } from "../../rules";
import type { Kopwaarde } from "../offerte";
import { isLeeg } from "../snapshot";
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
  const dochtersKw = ctx.offerte.kop.volledochters;
  const dochters = dochtersKw ? lezer.getal(dochtersKw.waardePlek, { naam: "Waarvan volle dochters" }, false, "") : null;
  const jaNee = (kw: Kopwaarde | undefined, naam: string): boolean | undefined | null => {
    if (!kw || isLeeg(kw.cel)) return null;
    try {
      return leesJaNee(kw.cel!.waarde, naam);
    } catch (e) {
      if (!(e instanceof RegelFout)) throw e;
      ctx.meld("WLZ-OFF-003", "fout", kw.waardePlek, e.message, ctx.layoutBron());
      return undefined;
    }
  };
  const heelPakket = jaNee(ctx.offerte.kop.heelpakket, "Heel pakket uitbesteed");
  const toestemming = jaNee(ctx.offerte.kop.toestemming, "Toestemming heel pakket");
  if (dochters === undefined || heelPakket === undefined || toestemming === undefined) return;
  try {
    const oordeel = beoordeelOnderaanneming(rs, {
      verwachteZorg: v, onderaanneming: o,
      ...(dochters ? { volleDochters: dochters } : {}),
      ...(heelPakket ? { heelPakketUitbesteed: true } : {}),
      ...(toestemming ? { toestemmingZorgkantoor: true } : {}),
    });
    if (oordeel.waarschuwingen.length > 0) ctx.dubbelzinnig(onder!.waardePlek, oordeel.waarschuwingen, "De onderaanneming");
    if (!oordeel.ok && oordeel.eigenAandeel.plus("1e-9").greaterThanOrEqualTo(rs.voorwaarden.eigenLevering.waarde)) {
      // Enough own delivery, but a whole package is subcontracted without the consent the rule set asks.
      const plek = (ctx.offerte.kop.heelpakket ?? onder!).waardePlek;
      ctx.meld("WLZ-AAN-001", "fout", plek, `${oordeel.reden}.`, oordeel.bron);
    } else if (!oordeel.ok) {
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
