/** WLZ-OFF-002: a required column is missing; WLZ-OFF-006: no prestatie table at all. */
import type { Offerte } from "../offerte";
import { CRISISKOLOMMEN, PRESTATIEKOLOMMEN } from "../sjabloon";
import { type Context, layoutBron } from "./context";

export function controleerTabellen(ctx: Context): void {
  const o: Offerte = ctx.offerte;
  for (const t of o.prestatietabellen) {
    for (const k of t.ontbrekend) {
      ctx.meld("WLZ-OFF-002", "fout", { blad: t.blad, r: t.kopRij, c: t.kolommen.prestatie ?? 0 },
        `De prestatietabel mist de verplichte kolom "${PRESTATIEKOLOMMEN[k]}"; voeg een kolom met die kop toe aan de kopregel.`, layoutBron(ctx.regelset));
    }
  }
  for (const t of o.crisistabellen) {
    for (const k of t.ontbrekend) {
      ctx.meld("WLZ-OFF-002", "fout", { blad: t.blad, r: t.kopRij, c: t.kolommen.prestatie ?? 0 },
        `De crisistabel mist de verplichte kolom "${CRISISKOLOMMEN[k]}"; voeg een kolom met die kop toe aan de kopregel.`, layoutBron(ctx.regelset));
    }
  }
  if (o.prestatietabellen.length === 0) {
    const plek = o.kop.regelset?.plek ?? { blad: 0, r: 0, c: 0 };
    ctx.meld("WLZ-OFF-006", "waarschuwing", plek,
      `Geen prestatietabel gevonden: er is geen kopregel met "Prestatie", "Leveringsvorm", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume" en "Omzet".`, layoutBron(ctx.regelset));
  }
}
