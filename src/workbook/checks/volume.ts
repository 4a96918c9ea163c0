/** WLZ-VOL-001: initial volume above the allowed share; WLZ-VOL-002: initial volume where the rule set gives no percentage. */
import { alsGetal, berekenInitieelVolume, NUL, type Regelset, RegelFout, type Waarschuwing } from "../../rules";
import type { Tabel } from "../offerte";
import { plekIn, type Prestatieregel } from "../regels";
import type { Prestatiekolom } from "../sjabloon";
import type { Context } from "./context";

const CONTROLE = "initieel volume";

export function controleerVolumes(ctx: Context, t: Tabel<Prestatiekolom>, regels: Prestatieregel[]): void {
  if (t.kolommen.initieel === undefined) return;
  const rs = ctx.regelset as Regelset;
  // (soort, volumes) that gave no finding but the ambiguities, with those ambiguities.
  const zonderBevinding = new Map<unknown, Map<unknown, Map<unknown, Waarschuwing[]>>>();
  for (const regel of regels) {
    const { initieel: init, herschikt, soort } = regel;
    if (init === null) continue; // optional: an empty initial volume is no agreement to check
    const bekendSchoon = soort && init !== undefined && herschikt !== undefined ? zonderBevinding.get(soort)?.get(init)?.get(herschikt) : undefined;
    // a clean combination without ambiguities: nothing to say, no Plek needed
    if (bekendSchoon && bekendSchoon.length === 0) continue;
    const initPlek = plekIn(t, regel.r, "initieel")!;
    if (init === undefined || herschikt === undefined) {
      ctx.nietUitgevoerd(CONTROLE, initPlek, "een volume van de rij is onleesbaar");
      continue;
    }
    if (!soort) {
      ctx.nietUitgevoerd(CONTROLE, initPlek, "leveringsvorm of onderdeel ontbreekt of is onleesbaar");
      continue;
    }
    const bekend = zonderBevinding.get(soort)?.get(init)?.get(herschikt);
    if (bekend) {
      if (bekend.length > 0) ctx.dubbelzinnig(initPlek, bekend, `Het initieel volume voor ${soort.lv}`);
      continue;
    }
    let max;
    try {
      max = berekenInitieelVolume(rs, soort.lv, herschikt ?? NUL);
    } catch (e) {
      if (!(e instanceof RegelFout)) throw e;
      ctx.meld("WLZ-VOL-002", "waarschuwing", initPlek,
        `Initieel volume ${alsGetal(init)} is ingevuld voor ${soort.lv}, maar ${rs.id} maakt daarvoor geen initiële volumeafspraak: ${e.message}`,
        rs.volume.geenInitieelVolume?.bron ?? rs.volume.bronZonderFormule ?? rs.bron);
      continue;
    }
    if (herschikt === null) {
      ctx.meld("WLZ-OFF-005", "waarschuwing", initPlek,
        `Initieel volume is ingevuld, maar "Herschikte afspraak vorig jaar" is leeg; vul die in om het initieel volume te kunnen controleren.`, ctx.layoutBron());
      ctx.nietUitgevoerd(CONTROLE, initPlek, "herschikte afspraak vorig jaar is leeg");
      continue;
    }
    if (max.waarschuwingen.length > 0) ctx.dubbelzinnig(initPlek, max.waarschuwingen, `Het initieel volume voor ${soort.lv}`);
    if (init.greaterThan(max.waarde.plus("1e-9"))) {
      const stap = max.stappen[max.stappen.length - 1];
      ctx.meld("WLZ-VOL-001", "fout", initPlek, `Initieel volume ${alsGetal(init)} is meer dan ${rs.id} toestaat: hoogstens ${stap.stap}.`, stap.bron,
        { verwacht: `hoogstens ${alsGetal(max.waarde)}`, gevonden: alsGetal(init) });
      continue;
    }
    let perSoort = zonderBevinding.get(soort);
    if (!perSoort) zonderBevinding.set(soort, (perSoort = new Map()));
    let perInit = perSoort.get(init);
    if (!perInit) perSoort.set(init, (perInit = new Map()));
    perInit.set(herschikt, max.waarschuwingen);
  }
}
