/**
 * Crisis table: WLZ-CRI-001 (days above 365 x beds), WLZ-CRI-002 (vergoeding differs from the rule set),
 * WLZ-CRI-003 (prestatie is not one of the crisis prestaties the rule set lists).
 */
import { alsBedrag, alsGetal, berekenCrisisvergoeding, type Bron, isCrisisprestatie, NUL, type Regelset, RegelFout } from "../../rules";
import type { Tabel } from "../offerte";
import { type Crisisregel, plekIn } from "../regels";
import type { Crisiskolom } from "../sjabloon";
import type { Context } from "./context";
import { meldRegelFout } from "./waarden";

const CONTROLE = "crisis";

function dagenInJaar(jaar: number): number {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 366 : 365;
}

export function controleerCrisis(ctx: Context, t: Tabel<Crisiskolom>, regels: Crisisregel[]): void {
  const rs = ctx.regelset as Regelset;
  let regelGemeld = false;
  for (const regel of regels) {
    const r = regel.r;
    const pPlek = plekIn(t, r, "prestatie") ?? { blad: t.blad, r, c: 0 };
    if (regel.prestatie && rs.crisis?.prestaties) {
      const o = isCrisisprestatie(rs, regel.prestatie);
      if (!o.ok) ctx.meld("WLZ-CRI-003", "fout", pPlek, `${o.reden}; gebruik een van de crisisprestaties uit de regelset.`, o.bron);
    }
    const { bedden, bezet, onbezet, vergoedeDagen, tarief, leegstandtarief, vergoeding } = regel;
    const dagenPlek = plekIn(t, r, "bezet") ?? pPlek;
    if (bedden == null || bezet === undefined || onbezet === undefined || tarief === undefined || leegstandtarief === undefined) {
      // The unreadable or empty value is reported at its own cell.
      ctx.nietUitgevoerd(CONTROLE, dagenPlek, "bedden of dagen ontbreken of zijn onleesbaar");
      continue;
    }
    const b = bezet ?? NUL;
    const o = onbezet ?? NUL;
    const dagenPerBed = rs.crisis?.capDagenPerBed?.waarde ?? dagenInJaar(rs.jaar);
    // Without a cap in the rule set, a bed still has no more days than the calendar year: a plausibility
    // check, not a rule of the policy text, so it says so.
    const capBron: Bron | string = rs.crisis?.capDagenPerBed?.bron ?? `${rs.id} · ${rs.jaar} heeft ${dagenInJaar(rs.jaar)} dagen: een bed heeft er niet meer`;
    const cap = bedden.times(dagenPerBed);
    if (b.plus(o).greaterThan(cap)) {
      ctx.meld("WLZ-CRI-001", "fout", dagenPlek,
        `Dagen bezet + onbezet = ${alsGetal(b.plus(o))} is meer dan ${dagenPerBed} x ${alsGetal(bedden)} afgesproken bedden = ${alsGetal(cap)} dagen.`, capBron,
        { verwacht: `hoogstens ${alsGetal(cap)}`, gevonden: alsGetal(b.plus(o)) });
    }
    let uit;
    try {
      uit = berekenCrisisvergoeding(rs, { bedden, bezet: b, onbezet: o, tarief: tarief ?? undefined, leegstandtarief: leegstandtarief ?? undefined });
    } catch (e) {
      if (!(e instanceof RegelFout)) throw e;
      // No crisis rule in this rule set: one finding for the table, not per row.
      if (!regelGemeld) meldRegelFout(ctx, plekIn(t, r, "vergoedeDagen") ?? pPlek, e, "De crisisvergoeding");
      regelGemeld = e.argument === "regelset" || regelGemeld;
      ctx.nietUitgevoerd(CONTROLE, dagenPlek, "de crisisvergoeding is niet te berekenen");
      continue;
    }
    const vdPlek = plekIn(t, r, "vergoedeDagen");
    ctx.dubbelzinnig(vdPlek ?? pPlek, uit.waarschuwingen, "De crisisvergoeding");
    const toelichting = uit.stappen.map((s) => s.stap).join("; ");
    if (vdPlek && vergoedeDagen != null && vergoedeDagen.minus(uit.vergoedeDagen).abs().greaterThan("0.005")) {
      ctx.meld("WLZ-CRI-002", "fout", vdPlek,
        `Vergoede dagen ${alsGetal(vergoedeDagen)} wijkt af van ${rs.id}: ${alsGetal(uit.vergoedeDagen)} (${toelichting}).`, rs.crisis?.drempel?.bron ?? rs.crisis?.bron ?? rs.bron,
        { verwacht: alsGetal(uit.vergoedeDagen), gevonden: alsGetal(vergoedeDagen) });
    }
    const vPlek = plekIn(t, r, "vergoeding");
    if (vPlek && vergoeding != null && uit.bedrag && vergoeding.minus(uit.bedrag).abs().greaterThan("0.005")) {
      ctx.meld("WLZ-CRI-002", "fout", vPlek,
        `Vergoeding ${alsBedrag(vergoeding)} wijkt af van ${rs.id}: ${alsBedrag(uit.bedrag)} (${toelichting}).`, rs.crisis?.bron ?? rs.bron,
        { verwacht: alsBedrag(uit.bedrag), gevonden: alsBedrag(vergoeding) });
    }
  }
}
