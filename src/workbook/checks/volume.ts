/** WLZ-VOL-001: initial volume above the allowed share; WLZ-VOL-002: initial volume where the rule set gives no percentage. */
import { alsGetal, berekenInitieelVolume, type Regelset, RegelFout, type Waarschuwing } from "../../rules";
import type { Tabel } from "../offerte";
import type { Prestatiekolom } from "../sjabloon";
import { type Context, layoutBron } from "./context";
import { leesSoort, plekVan } from "./rij";
import { tellendeContext, waardenSleutel } from "./rijgeheugen";
import { leesGetalCel } from "./waarden";

export function controleerVolumes(ctxIn: Context, t: Tabel<Prestatiekolom>): void {
  if (t.kolommen.initieel === undefined) return;
  const rs = ctxIn.regelset as Regelset;
  const ctx = tellendeContext(ctxIn);
  // (leveringsvorm, volumes) that gave no finding but the ambiguities, with those ambiguities.
  const zonderBevinding = new Map<string, Waarschuwing[]>();
  const kolommen = [t.kolommen.initieel, t.kolommen.herschikt];
  for (const r of t.rijen) {
    const initPlek = plekVan(t, r, "initieel")!;
    const waarden = waardenSleutel(ctx, t.blad, r, kolommen);
    if (waarden !== undefined) {
      const soortVooraf = zonderBevinding.size > 0 ? leesSoort(ctx, t, r, false) : undefined;
      const ws = soortVooraf && zonderBevinding.get(`${soortVooraf.lv}|${waarden}`);
      if (soortVooraf && ws) {
        if (ws.length > 0) ctx.dubbelzinnig(initPlek, ws, `Het initieel volume voor ${soortVooraf.lv}`);
        continue;
      }
    }
    const voor = ctx.gemeld;
    const init = leesGetalCel(ctx, initPlek, "Initieel volume");
    if (!init) continue;
    const soort = leesSoort(ctx, t, r, false);
    if (!soort) continue;
    const hPlek = plekVan(t, r, "herschikt");
    const herschikt = hPlek ? leesGetalCel(ctx, hPlek, "Herschikte afspraak vorig jaar") : null;
    if (herschikt === undefined) continue;
    let max;
    try {
      max = berekenInitieelVolume(rs, soort.lv, herschikt ?? init.minus(init));
    } catch (e) {
      if (!(e instanceof RegelFout)) throw e;
      ctx.meld("WLZ-VOL-002", "waarschuwing", initPlek,
        `Initieel volume ${alsGetal(init)} is ingevuld voor ${soort.lv}, maar ${rs.id} maakt daarvoor geen initiële volumeafspraak: ${e.message}`,
        rs.volume.geenInitieelVolume?.bron ?? rs.volume.bronZonderFormule ?? rs.bron);
      continue;
    }
    if (herschikt === null) {
      ctx.meld("WLZ-OFF-005", "waarschuwing", initPlek,
        `Initieel volume is ingevuld, maar "Herschikte afspraak vorig jaar" is leeg; vul die in om het initieel volume te kunnen controleren.`, layoutBron(rs));
      continue;
    }
    if (max.waarschuwingen.length > 0) ctx.dubbelzinnig(initPlek, max.waarschuwingen, `Het initieel volume voor ${soort.lv}`);
    if (init.greaterThan(max.waarde.plus("1e-9"))) {
      const stap = max.stappen[max.stappen.length - 1];
      ctx.meld("WLZ-VOL-001", "fout", initPlek,
        `Initieel volume ${alsGetal(init)} is meer dan ${rs.id} toestaat: hoogstens ${stap.stap}.`, stap.bron);
    }
    if (waarden !== undefined && ctx.gemeld === voor) zonderBevinding.set(`${soort.lv}|${waarden}`, max.waarschuwingen);
  }
}
