/** WLZ-OMZ-001: omzet must equal tarief x volume (tolerance 0,01 EUR). */
import { alsBedrag, alsGetal, D } from "../../rules";
import type { Plek, Tabel } from "../offerte";
import type { Prestatiekolom } from "../sjabloon";
import { type Context } from "./context";
import { plekVan } from "./rij";
import { tellendeContext, waardenSleutel } from "./rijgeheugen";
import { leesGetalCel } from "./waarden";

const MARGE = new D("0.01");

export function controleerOmzet(ctx: Context, t: Tabel<Prestatiekolom>): void {
  if (t.kolommen.omzet === undefined || t.kolommen.tarief === undefined || t.kolommen.volume === undefined) return;
  const bron = [ctx.regelset?.id, "omzet = tarief x volume (interface §5)"].filter(Boolean).join(" · ");
  // Unreadable tarief cells are reported by the tariff check; read them silently here.
  const stil = { ...ctx, meld: () => undefined };
  const tellend = tellendeContext(ctx);
  // (tarief, volume, omzet) that gave no finding.
  const zonderBevinding = new Set<string>();
  const kolommen = [t.kolommen.tarief, t.kolommen.volume, t.kolommen.omzet];
  for (const r of t.rijen) {
    const waarden = waardenSleutel(ctx, t.blad, r, kolommen);
    if (waarden !== undefined && zonderBevinding.has(waarden)) continue;
    const omzetPlek = plekVan(t, r, "omzet")!;
    const tariefPlek = plekVan(t, r, "tarief")!;
    const volumePlek = plekVan(t, r, "volume")!;
    const voor = tellend.gemeld;
    controleerRij(tellend, stil, tariefPlek, volumePlek, omzetPlek, bron);
    if (waarden !== undefined && tellend.gemeld === voor) zonderBevinding.add(waarden);
  }
}

function controleerRij(ctx: Context, stil: Context, tariefPlek: Plek, volumePlek: Plek, omzetPlek: Plek, bron: string): void {
  const tarief = leesGetalCel(stil, tariefPlek, "Tarief");
  // An unreadable tarief is reported by the tariff check; an omzet computed from it adds nothing.
  if (tarief === undefined) return;
  const volume = leesGetalCel(ctx, volumePlek, "Volume");
  const omzet = leesGetalCel(ctx, omzetPlek, "Omzet");
  if (!tarief || !volume || omzet === null || omzet === undefined) return;
  const verwacht = tarief.times(volume);
  if (omzet.minus(verwacht).abs().greaterThan(MARGE)) {
    ctx.meld("WLZ-OMZ-001", "fout", omzetPlek,
      `Omzet ${alsBedrag(omzet)} is niet gelijk aan tarief x volume: ${alsBedrag(tarief)} x ${alsGetal(volume)} = ${alsBedrag(verwacht.toDecimalPlaces(2))}.`, bron);
  }
}
