/**
 * WLZ-TAR-001..004: the offered tariff percentage and tarief per prestatie row against the rule set.
 * The profile is per workbook, so the derivation is computed once per (leveringsvorm, onderdeel).
 */
import {
  alsBedrag, alsPercentage, berekenTariefpercentage, type Dec, leesPercentage, NUL, RegelFout, type Regelset, tariefBedrag, type Tariefpercentage,
} from "../../rules";
import type { Plek, Tabel } from "../offerte";
import { isFout, isLeeg } from "../snapshot";
import type { Prestatiekolom } from "../sjabloon";
import { type Context, layoutBron } from "./context";
import { leesSoort, plekVan } from "./rij";
import { tellendeContext, waardenSleutel } from "./rijgeheugen";
import { leesGetalCel, meldRegelFout } from "./waarden";

const EPS_PCT = 1e-6;
const EPS_EUR = 0.005;

type Uitkomst = { tp: Tariefpercentage } | { fout: unknown };

/** The step that last set the percentage: its source explains the maximum or minimum. */
function laatsteBron(tp: Tariefpercentage) {
  for (let i = tp.stappen.length - 1; i >= 0; i--) if (tp.stappen[i].waarde !== null) return tp.stappen[i].bron;
  return tp.regelset.bron;
}

function bedragTekst(d: Dec): string {
  return alsBedrag(d);
}

/** The offered percentage with the rules core's own reading (fraction or "95,5%"; above 100% is refused). */
function leesPercentageCel(ctx: Context, plek: Plek): Dec | null | undefined {
  const c = ctx.cel(plek);
  if (isLeeg(c)) return null;
  if (isFout(c!.waarde)) return leesGetalCel(ctx, plek, "Tariefpercentage", { percentage: true });
  try {
    return leesPercentage(c!.waarde, "Tariefpercentage");
  } catch (e) {
    if (!(e instanceof RegelFout)) throw e;
    ctx.meld("WLZ-OFF-003", "fout", plek, `Onleesbaar tariefpercentage: ${e.message}`, layoutBron(ctx.regelset));
    return undefined;
  }
}

export function controleerTarieven(ctxIn: Context, t: Tabel<Prestatiekolom>, cache: Map<string, Uitkomst>, voortgang: (i: number) => void): void {
  const rs = ctxIn.regelset as Regelset;
  const gemeld = new Set<string>();
  const ctx = tellendeContext(ctxIn);
  // (leveringsvorm, onderdeel, cell values) that gave no finding: the same row again gives none either.
  const zonderBevinding = new Set<string>();
  const kolommen = (["tariefpercentage", "tarief", "nzaZorg", "nzaNhc", "nzaNic"] as const).map((k) => t.kolommen[k]);
  const pctKolom = t.kolommen.tariefpercentage;
  const tariefKolom = t.kolommen.tarief;
  if (pctKolom === undefined && tariefKolom === undefined) {
    t.rijen.forEach((r, i) => {
      voortgang(i);
      leesSoort(ctx, t, r, true);
    });
    return;
  }
  for (let i = 0; i < t.rijen.length; i++) {
    const r = t.rijen[i];
    voortgang(i);
    const soort = leesSoort(ctx, t, r, true);
    if (!soort) continue;
    const sleutel = `${soort.lv}|${soort.onderdeel}`;
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
        const hoofdPlek = { blad: t.blad, r, c: (pctKolom ?? tariefKolom)! };
        meldRegelFout(ctx, hoofdPlek, u.fout, `Het tarief voor ${soort.lv}${soort.onderdeel !== "zorg" ? ` (${soort.onderdeel})` : ""} (deze en volgende rijen)`);
      }
      continue;
    }
    const tp = u.tp;
    if (tp.waarschuwingen.length > 0) ctx.dubbelzinnig({ blad: t.blad, r, c: (pctKolom ?? tariefKolom)! }, tp.waarschuwingen, `Het tariefpercentage voor ${soort.lv}`);
    const waarden = waardenSleutel(ctx, t.blad, r, kolommen);
    const rijSleutel = waarden === undefined ? undefined : `${sleutel}|${waarden}`;
    if (rijSleutel !== undefined && zonderBevinding.has(rijSleutel)) continue;
    const voor = ctx.gemeld;
    controleerRij(ctx, rs, tp, soort.lv, t, r, plekVan(t, r, "tariefpercentage"), plekVan(t, r, "tarief"));
    if (rijSleutel !== undefined && ctx.gemeld === voor) zonderBevinding.add(rijSleutel);
  }
}

/** One row against the derived percentage: a pure function of the row's cell values. */
function controleerRij(
  ctx: Context, rs: Regelset, tp: Tariefpercentage, lv: string, t: Tabel<Prestatiekolom>, r: number, pctPlek: Plek | undefined, tariefPlek: Plek | undefined,
): void {
  const pOff = pctPlek ? leesPercentageCel(ctx, pctPlek) : null;
  if (pOff && pctPlek) {
    if (pOff.greaterThan(tp.maximum.plus(EPS_PCT))) {
      ctx.meld("WLZ-TAR-001", "fout", pctPlek,
        `Tariefpercentage ${alsPercentage(pOff)} is hoger dan ${rs.id} voor deze aanbieder toestaat (${lv}): hoogstens ${alsPercentage(tp.maximum)}.`, laatsteBron(tp));
    } else if (pOff.lessThan(tp.minimum.minus(EPS_PCT))) {
      ctx.meld("WLZ-TAR-004", "waarschuwing", pctPlek,
        `Tariefpercentage ${alsPercentage(pOff)} is lager dan ${rs.id} geeft (${lv}): ${alsPercentage(tp.minimum)}${tp.minimum.equals(tp.maximum) ? "" : ` tot ${alsPercentage(tp.maximum)}`}; de aanbieder krijgt mogelijk te weinig betaald.`, laatsteBron(tp));
    }
  }

  if (!tariefPlek) return;
  const zorgPlek = plekVan(t, r, "nzaZorg");
  const tarief = leesGetalCel(ctx, tariefPlek, "Tarief");
  if (!tarief || !zorgPlek) return;
  const zorg = leesGetalCel(ctx, zorgPlek, "NZa zorg");
  const nhcPlek = plekVan(t, r, "nzaNhc");
  const nicPlek = plekVan(t, r, "nzaNic");
  const nhc = nhcPlek ? leesGetalCel(ctx, nhcPlek, "NZa NHC") : null;
  const nic = nicPlek ? leesGetalCel(ctx, nicPlek, "NZa NIC") : null;
  if (zorg === undefined || nhc === undefined || nic === undefined) return;
  if (zorg === null) {
    ctx.meld("WLZ-OFF-005", "waarschuwing", zorgPlek, "NZa zorg is leeg: het tarief is niet te controleren; vul het NZa-maximumtarief van de zorgcomponent in.", `${rs.id} · NZa-tarief`);
    return;
  }
  const nhcNic = (nhc ?? zorg.minus(zorg)).plus(nic ?? 0);
  // An offered percentage inside the allowed range is the one the tarief must follow.
  const p = pOff && !pOff.greaterThan(tp.maximum.plus(EPS_PCT)) && !pOff.lessThan(tp.minimum.minus(EPS_PCT)) ? pOff : tp.percentage;
  // The core's tariff formula, with the percentage the offer must follow and a given NHC/NIC percentage.
  const reken = (q: Dec) => tariefBedrag({ ...tp, percentage: p, nhcNicPercentage: q }, { zorg, nhc: nhcNic, nic: NUL });
  const verwacht = reken(tp.nhcNicPercentage);
  if (tarief.minus(verwacht).abs().lessThanOrEqualTo(EPS_EUR)) return;
  const kandidaten = [pOff, p, tp.percentage].filter((q): q is Dec => !!q && !q.equals(tp.nhcNicPercentage));
  const q = nhcNic.isZero() ? undefined : kandidaten.find((k) => tarief.minus(reken(k)).abs().lessThanOrEqualTo(EPS_EUR));
  if (q) {
    ctx.meld("WLZ-TAR-003", "fout", tariefPlek,
      `NHC/NIC is tegen ${alsPercentage(q)} gerekend in plaats van ${alsPercentage(tp.nhcNicPercentage)} volgens ${rs.id}: het tarief ${bedragTekst(tarief)} moet ${bedragTekst(verwacht)} zijn (${alsPercentage(p)} x NZa zorg + ${alsPercentage(tp.nhcNicPercentage)} x (NHC + NIC)).`,
      rs.tarief.nhcNic.bron);
    return;
  }
  ctx.meld("WLZ-TAR-002", "fout", tariefPlek,
    `Tarief ${bedragTekst(tarief)} wijkt af van het tarief volgens ${rs.id}: ${bedragTekst(verwacht)} (${alsPercentage(p)} x NZa zorg ${bedragTekst(zorg)} + ${alsPercentage(tp.nhcNicPercentage)} x NHC/NIC ${bedragTekst(nhcNic)}, afgerond op centen).`,
    laatsteBron(tp));
}
