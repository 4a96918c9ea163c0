/**
 * WLZ-TAR-001..004: the offered tariff percentage and tarief per prestatie row against the rule set.
 * The profile is per workbook, so the derivation is computed once per (leveringsvorm, onderdeel).
 */
import {
  alsBedrag, alsPercentage, berekenTariefpercentage, type Dec, NUL, type Regelset, tariefBedrag, type Tariefpercentage,
} from "../../rules";
import type { Plek, Tabel } from "../offerte";
import { plekIn, type Prestatieregel } from "../regels";
import type { Prestatiekolom } from "../sjabloon";
import type { Context } from "./context";
import { Schoon } from "./rijgeheugen";
import { meldRegelFout } from "./waarden";

const EPS_PCT = 1e-6;
const EPS_EUR = 0.005;
const CONTROLE = "tarief";

type Uitkomst = { tp: Tariefpercentage } | { fout: unknown };

/** The step that last set the percentage: its source explains the maximum or minimum. */
function laatsteBron(tp: Tariefpercentage) {
  for (let i = tp.stappen.length - 1; i >= 0; i--) if (tp.stappen[i].waarde !== null) return tp.stappen[i].bron;
  return tp.regelset.bron;
}

/**
 * The tariff check over the rows of one table. `profielFout`: the provider profile could not be read, so the
 * percentage this provider gets is unknown (reported at the profile) and no row's tariff can be judged.
 */
export function controleerTarieven(
  ctx: Context, t: Tabel<Prestatiekolom>, regels: Prestatieregel[], cache: Map<string, Uitkomst>, profielFout: boolean, voortgang: (i: number) => void,
): void {
  const rs = ctx.regelset as Regelset;
  const gemeld = new Set<string>();
  const pctKolom = t.kolommen.tariefpercentage;
  const tariefKolom = t.kolommen.tarief;
  if (pctKolom === undefined && tariefKolom === undefined) return;
  const hoofdKolom = (pctKolom ?? tariefKolom)!;
  // (soort, values) that gave no finding: the same row again gives none either.
  const schoon = new Schoon();
  // The cache key per soort object (the row reading gives one object per readable pair): no text per row.
  const sleutels = new Map<object, string>();
  // Read by Schoon only while it is called: one array for every row.
  const waarden: unknown[] = [];
  for (let i = 0; i < regels.length; i++) {
    const regel = regels[i];
    const r = regel.r;
    voortgang(i);
    const soort = regel.soort;
    const tp0 = soort && !profielFout ? cache.get(sleutels.get(soort) ?? "") : undefined;
    if (tp0 && "tp" in tp0 && tp0.tp.waarschuwingen.length === 0) {
      // the common row: a known soort with a derived percentage; clean value combinations are skipped
      waarden[0] = soort; waarden[1] = regel.pct; waarden[2] = regel.tarief; waarden[3] = regel.zorg; waarden[4] = regel.nhc; waarden[5] = regel.nic;
      if (schoon.heeft(waarden)) continue;
    }
    const plek = { blad: t.blad, r, c: hoofdKolom };
    if (profielFout) {
      ctx.nietUitgevoerd(CONTROLE, plek, "het aanbiedersprofiel is onleesbaar");
      continue;
    }
    if (!soort) {
      ctx.nietUitgevoerd(CONTROLE, plek, "leveringsvorm of onderdeel ontbreekt of is onleesbaar");
      continue;
    }
    let sleutel = sleutels.get(soort);
    if (sleutel === undefined) sleutels.set(soort, (sleutel = `${soort.lv}|${soort.onderdeel}`));
    let u = cache.get(sleutel);
    if (!u) {
      try {
        u = { tp: berekenTariefpercentage(rs, soort.lv, ctx.profiel!, soort.onderdeel) };
      } catch (e) {
        u = { fout: e };
      }
      cache.set(sleutel, u);
    }
    if ("fout" in u) {
      // One finding per (leveringsvorm, onderdeel): the cause is in the profile or rule set, not in each row.
      if (!gemeld.has(sleutel)) {
        gemeld.add(sleutel);
        meldRegelFout(ctx, plek, u.fout, `Het tarief voor ${soort.lv}${soort.onderdeel !== "zorg" ? ` (${soort.onderdeel})` : ""} (deze en volgende rijen)`);
      }
      ctx.nietUitgevoerd(CONTROLE, plek, `het tariefpercentage voor ${soort.lv} is niet te bepalen`);
      continue;
    }
    const tp = u.tp;
    if (tp.waarschuwingen.length > 0) ctx.dubbelzinnig(plek, tp.waarschuwingen, `Het tariefpercentage voor ${soort.lv}`);
    waarden[0] = soort; waarden[1] = regel.pct; waarden[2] = regel.tarief; waarden[3] = regel.zorg; waarden[4] = regel.nhc; waarden[5] = regel.nic;
    if (schoon.heeft(waarden)) continue;
    // controleerRij only adds findings of its own row (no ambiguities): none added, a clean combination
    const voor = ctx.aantalBevindingen();
    controleerRij(ctx, rs, tp, soort.lv, regel, plekIn(t, r, "tariefpercentage"), plekIn(t, r, "tarief"));
    if (ctx.aantalBevindingen() === voor) schoon.zet(waarden);
  }
}

/** One row against the derived percentage: a pure function of the row's values. */
function controleerRij(ctx: Context, rs: Regelset, tp: Tariefpercentage, lv: string, regel: Prestatieregel, pctPlek: Plek | undefined, tariefPlek: Plek | undefined): void {
  const pOff = regel.pct;
  const teHoog = !!pOff && pOff.greaterThan(tp.maximum.plus(EPS_PCT));
  if (pOff && pctPlek) {
    if (teHoog) {
      ctx.meld("WLZ-TAR-001", "fout", pctPlek,
        `Tariefpercentage ${alsPercentage(pOff)} is hoger dan ${rs.id} voor deze aanbieder toestaat (${lv}): hoogstens ${alsPercentage(tp.maximum)}.`, laatsteBron(tp),
        { verwacht: `hoogstens ${alsPercentage(tp.maximum)}`, gevonden: alsPercentage(pOff) });
    } else if (pOff.lessThan(tp.minimum.minus(EPS_PCT))) {
      ctx.meld("WLZ-TAR-004", "waarschuwing", pctPlek,
        `Tariefpercentage ${alsPercentage(pOff)} is lager dan ${rs.id} geeft (${lv}): ${alsPercentage(tp.minimum)}${tp.minimum.equals(tp.maximum) ? "" : ` tot ${alsPercentage(tp.maximum)}`}; de aanbieder krijgt mogelijk te weinig betaald.`, laatsteBron(tp),
        { verwacht: `${alsPercentage(tp.minimum)}${tp.minimum.equals(tp.maximum) ? "" : ` tot ${alsPercentage(tp.maximum)}`}`, gevonden: alsPercentage(pOff) });
    }
  }

  if (!tariefPlek) return;
  const { tarief, zorg, nhc, nic } = regel;
  if (tarief === undefined || tarief === null || zorg === undefined || zorg === null || nhc === undefined || nic === undefined) {
    // The unreadable or empty value is reported at its own cell.
    ctx.nietUitgevoerd(CONTROLE, tariefPlek, "een bedrag van de rij ontbreekt of is onleesbaar");
    return;
  }
  if (pOff === undefined) {
    ctx.nietUitgevoerd(CONTROLE, tariefPlek, "het tariefpercentage van de rij is onleesbaar");
    return;
  }
  const nhcNic = (nhc ?? NUL).plus(nic ?? NUL);
  // An offered percentage inside the allowed range is the one the tarief must follow.
  const binnen = !!pOff && !teHoog && !pOff.lessThan(tp.minimum.minus(EPS_PCT));
  const p = binnen ? pOff! : tp.percentage;
  const reken = (pz: Dec, q: Dec) => tariefBedrag({ ...tp, percentage: pz, nhcNicPercentage: q }, { zorg, nhc: nhcNic, nic: NUL });
  // A tarief that follows a too high percentage repeats TAR-001's cause: no second fout.
  if (teHoog && tarief.minus(reken(pOff!, tp.nhcNicPercentage)).abs().lessThanOrEqualTo(EPS_EUR)) return;
  const verwacht = reken(p, tp.nhcNicPercentage);
  if (tarief.minus(verwacht).abs().lessThanOrEqualTo(EPS_EUR)) return;
  const kandidaten = [pOff, p, tp.percentage].filter((q): q is Dec => !!q && !q.equals(tp.nhcNicPercentage));
  const q = nhcNic.isZero() ? undefined : kandidaten.find((k) => tarief.minus(reken(p, k)).abs().lessThanOrEqualTo(EPS_EUR));
  if (q) {
    // Where the source gives no NHC/NIC percentage, 100% is the documented default: a warning, not a fout.
    const standaard = tp.nhcNicStandaard;
    ctx.meld("WLZ-TAR-003", standaard ? "waarschuwing" : "fout", tariefPlek,
      `NHC/NIC is tegen ${alsPercentage(q)} gerekend in plaats van ${alsPercentage(tp.nhcNicPercentage)} volgens ${rs.id}: het tarief ${alsBedrag(tarief)} moet ${alsBedrag(verwacht)} zijn (${alsPercentage(p)} x NZa zorg + ${alsPercentage(tp.nhcNicPercentage)} x (NHC + NIC)).${standaard ? ` De bron noemt voor ${rs.id} geen NHC/NIC-percentage; ${alsPercentage(tp.nhcNicPercentage)} is de standaard (zie de melding over de onduidelijke regel).` : ""}`,
      rs.tarief.nhcNic.bron, { verwacht: alsBedrag(verwacht), gevonden: alsBedrag(tarief) });
    return;
  }
  ctx.meld("WLZ-TAR-002", "fout", tariefPlek,
    `Tarief ${alsBedrag(tarief)} wijkt af van het tarief volgens ${rs.id}: ${alsBedrag(verwacht)} (${alsPercentage(p)} x NZa zorg ${alsBedrag(zorg)} + ${alsPercentage(tp.nhcNicPercentage)} x NHC/NIC ${alsBedrag(nhcNic)}, afgerond op centen).`,
    laatsteBron(tp), { verwacht: alsBedrag(verwacht), gevonden: alsBedrag(tarief) });
}
