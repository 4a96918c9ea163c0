import { type Dec, alsGetal, alsPercentage } from "./decimaal";
import { nietBeschikbaar } from "./fouten";
import type { Regelset } from "./regelset";
import type { Leveringsvorm, Uitleg, Waarschuwing } from "./typen";

export interface Volume extends Uitleg {
  waarde: Dec;
}

/** Extrapolated year volume: jan-jun + juni / deler x dagen (CZ26-V3). #N/A where the source gives no formula. */
export function berekenHerschikking(rs: Regelset, janJun: Dec, juni: Dec): Volume {
  const h = rs.volume.herschikking;
  if (!h) {
    const b = rs.volume.bronZonderFormule;
    throw nietBeschikbaar(`${rs.id} geeft geen extrapolatieformule voor de herschikking${b ? ` (${b.regel ?? b.sectie})` : ""}.`, "regelset");
  }
  const waarde = janJun.plus(juni.div(h.deler).times(h.dagen));
  return {
    waarde,
    stappen: [{ stap: `Realisatie jan-jun ${alsGetal(janJun)} + juni ${alsGetal(juni)} / ${h.deler} x ${h.dagen} = ${alsGetal(waarde)}`, waarde, bron: h.bron }],
    waarschuwingen: [
      {
        id: "AMB-CZ26-BASISJAAR",
        tekst: "De tekst noemt zowel de herschikte afspraak 2024 als 2025 als basis; de formule gebruikt realisatie 2025, dus 2025 is aangehouden.",
        bron: h.bron,
      },
    ],
  };
}

/** Initial volume: percentage of the leveringsvorm x (herschikte afspraak + corrections). Not rounded. */
export function berekenInitieelVolume(rs: Regelset, lv: Leveringsvorm, herschikteAfspraak: Dec, correcties: Dec[] = []): Volume {
  if (rs.volume.geenInitieelVolume) throw nietBeschikbaar(`${rs.volume.geenInitieelVolume.waarde}.`, "regelset");
  const pct = rs.volume.percentages[lv];
  if (!pct) {
    const bekend = Object.keys(rs.volume.percentages);
    throw nietBeschikbaar(
      bekend.length
        ? `${rs.id} geeft geen initieel-volumepercentage voor ${lv}; alleen voor ${bekend.join(", ")}.`
        : `${rs.id} geeft geen initieel-volumepercentage (niet in de bron).`,
      "leveringsvorm",
    );
  }
  const basis = correcties.reduce((s, c) => s.plus(c), herschikteAfspraak);
  const waarde = pct.waarde.times(basis);
  const stappen = [];
  if (correcties.length) stappen.push({ stap: `Herschikte afspraak ${alsGetal(herschikteAfspraak)} + correcties = ${alsGetal(basis)}`, waarde: basis, bron: pct.bron });
  stappen.push({ stap: `${alsPercentage(pct.waarde)} van ${alsGetal(basis)} voor ${lv} = ${alsGetal(waarde)}`, waarde, bron: pct.bron });
  const waarschuwingen: Waarschuwing[] = rs.volume.herschikking
    ? [{ id: "AMB-CZ26-VOLGORDE", tekst: "Of de correcties voor of na de 95% worden toegepast staat niet in de bron; standaard eerst corrigeren, dan 95%.", bron: pct.bron }]
    : [];
  return { waarde, stappen, waarschuwingen };
}
