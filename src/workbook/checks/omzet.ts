/** WLZ-OMZ-001: omzet must equal tarief x volume (tolerance 0,01 EUR). */
import { alsBedrag, alsGetal, D } from "../../rules";
import type { Tabel } from "../offerte";
import { plekIn, type Prestatieregel } from "../regels";
import type { Prestatiekolom } from "../sjabloon";
import type { Context } from "./context";
import { Schoon } from "./rijgeheugen";

const MARGE = new D("0.01");
const CONTROLE = "omzet";

export function controleerOmzet(ctx: Context, t: Tabel<Prestatiekolom>, regels: Prestatieregel[]): void {
  if (t.kolommen.omzet === undefined || t.kolommen.tarief === undefined || t.kolommen.volume === undefined) return;
  const bron = [ctx.regelset?.id, "omzet = tarief x volume"].filter(Boolean).join(" · ");
  const schoon = new Schoon();
  // Read by Schoon only while it is called: one array for every row.
  const waarden: unknown[] = [];
  for (const regel of regels) {
    const { tarief, volume, omzet } = regel;
    if (tarief == null || volume == null || omzet == null) {
      // The unreadable or empty value is reported at its own cell.
      ctx.nietUitgevoerd(CONTROLE, plekIn(t, regel.r, "omzet")!, "tarief, volume of omzet ontbreekt of is onleesbaar");
      continue;
    }
    waarden[0] = tarief;
    waarden[1] = volume;
    waarden[2] = omzet;
    if (schoon.heeft(waarden)) continue;
    const omzetPlek = plekIn(t, regel.r, "omzet")!;
    const verwacht = tarief.times(volume);
    if (omzet.minus(verwacht).abs().greaterThan(MARGE)) {
      ctx.meld("WLZ-OMZ-001", "fout", omzetPlek,
        `Omzet ${alsBedrag(omzet)} is niet gelijk aan tarief x volume: ${alsBedrag(tarief)} x ${alsGetal(volume)} = ${alsBedrag(verwacht.toDecimalPlaces(2))}.`, bron,
        { verwacht: alsBedrag(verwacht.toDecimalPlaces(2)), gevonden: alsBedrag(omzet) });
    } else {
      schoon.zet(waarden);
    }
  }
}
