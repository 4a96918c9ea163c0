/** WLZ-OMZ-001: omzet must equal tarief x volume (tolerance 0,01 EUR). */
import { alsBedrag, alsGetal } from "../../rules";
import type { Tabel } from "../offerte";
import type { Prestatiekolom } from "../sjabloon";
import { type Context } from "./context";
import { plekVan } from "./rij";
import { leesGetalCel } from "./waarden";

export function controleerOmzet(ctx: Context, t: Tabel<Prestatiekolom>): void {
  if (t.kolommen.omzet === undefined || t.kolommen.tarief === undefined || t.kolommen.volume === undefined) return;
  const bron = [ctx.regelset?.id, "omzet = tarief x volume (interface §5)"].filter(Boolean).join(" · ");
  // Unreadable tarief cells are reported by the tariff check; read them silently here.
  const stil = { ...ctx, meld: () => undefined };
  for (const r of t.rijen) {
    const omzetPlek = plekVan(t, r, "omzet")!;
    const tarief = leesGetalCel(stil, plekVan(t, r, "tarief")!, "Tarief");
    // An unreadable tarief is reported by the tariff check; an omzet computed from it adds nothing.
    if (tarief === undefined) continue;
    const volume = leesGetalCel(ctx, plekVan(t, r, "volume")!, "Volume");
    const omzet = leesGetalCel(ctx, omzetPlek, "Omzet");
    if (!tarief || !volume || omzet === null || omzet === undefined) continue;
    const verwacht = tarief.times(volume);
    if (omzet.minus(verwacht).abs().greaterThan("0.01")) {
      ctx.meld("WLZ-OMZ-001", "fout", omzetPlek,
        `Omzet ${alsBedrag(omzet)} is niet gelijk aan tarief x volume: ${alsBedrag(tarief)} x ${alsGetal(volume)} = ${alsBedrag(verwacht.toDecimalPlaces(2))}.`, bron);
    }
  }
}
