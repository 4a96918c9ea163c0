/**
 * Crisis table: WLZ-CRI-001 (days above 365 x beds), WLZ-CRI-002 (vergoeding differs from the rule set),
 * WLZ-CRI-003 (prestatie is not one of the crisis prestaties the rule set lists).
 */
import { alsBedrag, alsGetal, berekenCrisisvergoeding, type Bron, type Dec, isCrisisprestatie, type Regelset, RegelFout } from "../../rules";
import type { Tabel } from "../offerte";
import type { Crisiskolom } from "../sjabloon";
import { alsTekst } from "../snapshot";
import type { Context } from "./context";
import { plekVan } from "./rij";
import { leesGetalCel, meldRegelFout } from "./waarden";

function dagenInJaar(jaar: number): number {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 366 : 365;
}

export function controleerCrisis(ctx: Context, t: Tabel<Crisiskolom>): void {
  const rs = ctx.regelset as Regelset;
  let regelGemeld = false;
  for (const r of t.rijen) {
    const pPlek = plekVan(t, r, "prestatie")!;
    const code = alsTekst(ctx.cel(pPlek));
    if (code && rs.crisis?.prestaties) {
      const o = isCrisisprestatie(rs, code);
      if (!o.ok) ctx.meld("WLZ-CRI-003", "fout", pPlek, `${o.reden}; gebruik een van de crisisprestaties uit de regelset.`, o.bron);
    }
    const lees = (k: Crisiskolom, naam: string): Dec | null | undefined => {
      const p = plekVan(t, r, k);
      return p ? leesGetalCel(ctx, p, naam) : null;
    };
    const bedden = lees("bedden", "Afgesproken bedden");
    const bezet = lees("bezet", "Dagen bezet");
    const onbezet = lees("onbezet", "Dagen onbezet");
    const vergoedeDagen = lees("vergoedeDagen", "Vergoede dagen");
    const tarief = lees("tarief", "Tarief");
    const leegstandtarief = lees("leegstandtarief", "Leegstandtarief");
    const vergoeding = lees("vergoeding", "Vergoeding");
    if (bedden == null || bezet === undefined || onbezet === undefined) continue;
    const b = bezet ?? bedden.minus(bedden);
    const o = onbezet ?? bedden.minus(bedden);
    const dagenPerBed = rs.crisis?.capDagenPerBed?.waarde ?? dagenInJaar(rs.jaar);
    // Without a cap in the rule set, a bed still has no more days than the calendar year: a plausibility check of
    // the spec (WLZ-CRI-001), not a rule of the seed, so it cites the spec.
    const capBron: Bron | string = rs.crisis?.capDagenPerBed?.bron ?? `${rs.id} · interface §5 WLZ-CRI-001: ${rs.jaar} heeft ${dagenInJaar(rs.jaar)} dagen per bed`;
    const cap = bedden.times(dagenPerBed);
    const dagenPlek = plekVan(t, r, "bezet") ?? pPlek;
    if (b.plus(o).greaterThan(cap)) {
      ctx.meld("WLZ-CRI-001", "fout", dagenPlek,
        `Dagen bezet + onbezet = ${alsGetal(b.plus(o))} is meer dan ${dagenPerBed} x ${alsGetal(bedden)} afgesproken bedden = ${alsGetal(cap)} dagen.`, capBron);
    }
    let uit;
    try {
      uit = berekenCrisisvergoeding(rs, { bedden, bezet: b, onbezet: o, tarief: tarief ?? undefined, leegstandtarief: leegstandtarief ?? undefined });
    } catch (e) {
      if (!(e instanceof RegelFout)) throw e;
      // No crisis rule in this rule set: one finding for the table, not per row.
      if (!regelGemeld) meldRegelFout(ctx, plekVan(t, r, "vergoedeDagen") ?? pPlek, e, "De crisisvergoeding");
      regelGemeld = e.argument === "regelset" || regelGemeld;
      continue;
    }
    const vdPlek = plekVan(t, r, "vergoedeDagen");
    ctx.dubbelzinnig(vdPlek ?? pPlek, uit.waarschuwingen, "De crisisvergoeding");
    const toelichting = uit.stappen.map((s) => s.stap).join("; ");
    if (vdPlek && vergoedeDagen != null && vergoedeDagen.minus(uit.vergoedeDagen).abs().greaterThan("0.005")) {
      ctx.meld("WLZ-CRI-002", "fout", vdPlek,
        `Vergoede dagen ${alsGetal(vergoedeDagen)} wijkt af van ${rs.id}: ${alsGetal(uit.vergoedeDagen)} (${toelichting}).`, rs.crisis?.drempel?.bron ?? rs.crisis?.bron ?? rs.bron);
    }
    const vPlek = plekVan(t, r, "vergoeding");
    if (vPlek && vergoeding != null && uit.bedrag && vergoeding.minus(uit.bedrag).abs().greaterThan("0.005")) {
      ctx.meld("WLZ-CRI-002", "fout", vPlek,
        `Vergoeding ${alsBedrag(vergoeding)} wijkt af van ${rs.id}: ${alsBedrag(uit.bedrag)} (${toelichting}).`, rs.crisis?.bron ?? rs.bron);
    }
  }
}
