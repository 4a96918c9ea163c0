/**
 * The layout of the tables: WLZ-OFF-002 (a required column missing, with the look-alike header that was read
 * instead), WLZ-OFF-006 (a workbook with a Regelset but no prestatie table), WLZ-OFF-008 (empty rows inside a table).
 */
import type { Offerte, Tabel } from "../offerte";
import { CRISISKOLOMMEN, PRESTATIEKOLOMMEN } from "../sjabloon";
import { kort } from "../../rules";
import { adres } from "../snapshot";
import type { Context } from "./context";

function controleerKolommen(ctx: Context, t: Tabel<string>, namen: Record<string, string>, tabelnaam: string): void {
  for (const k of t.ontbrekend) {
    const lijkt = (t.lijktOp as Record<string, { c: number; tekst: string } | undefined>)[k];
    if (lijkt) {
      ctx.meld("WLZ-OFF-002", "fout", { blad: t.blad, r: t.kopRij, c: lijkt.c },
        `De ${tabelnaam} mist de kolom "${namen[k]}"; hier staat "${kort(lijkt.tekst)}", dat lijkt op "${namen[k]}". Noem de kolom "${namen[k]}". De rijen zijn gecontroleerd met deze kolom als "${namen[k]}".`,
        ctx.layoutBron());
    } else {
      ctx.meld("WLZ-OFF-002", "fout", { blad: t.blad, r: t.kopRij, c: t.kolommen.prestatie ?? Math.min(...(Object.values(t.kolommen) as number[])) },
        `De ${tabelnaam} mist de verplichte kolom "${namen[k]}"; voeg een kolom met die kop toe aan de kopregel. Controles die deze kolom nodig hebben zijn niet uitgevoerd.`,
        ctx.layoutBron());
    }
  }
  // One finding per run of empty rows, at its first row.
  const leeg = t.overgeslagen.filter((o) => o.reden === "leeg").map((o) => o.r);
  for (let i = 0; i < leeg.length; i++) {
    if (i > 0 && leeg[i] === leeg[i - 1] + 1) continue;
    let j = i;
    while (j + 1 < leeg.length && leeg[j + 1] === leeg[j] + 1) j++;
    const c = t.kolommen.prestatie ?? Math.min(...(Object.values(t.kolommen) as number[]));
    const wat = j === i ? `Rij ${leeg[i] + 1} is leeg` : `Rij ${leeg[i] + 1} tot en met ${leeg[j] + 1} zijn leeg`;
    ctx.meld("WLZ-OFF-008", "waarschuwing", { blad: t.blad, r: leeg[i], c },
      `${wat} in de ${tabelnaam} (kopregel in ${adres(t.kopRij, c)}); de rijen eronder horen nog bij de tabel en zijn ook gecontroleerd. Haal lege rijen weg als ze niet bedoeld zijn.`,
      ctx.layoutBron());
  }
}

export function controleerTabellen(ctx: Context): void {
  const o: Offerte = ctx.offerte;
  for (const t of o.prestatietabellen) controleerKolommen(ctx, t, PRESTATIEKOLOMMEN, "prestatietabel");
  for (const t of o.crisistabellen) controleerKolommen(ctx, t, CRISISKOLOMMEN, "crisistabel");
  if (o.prestatietabellen.length === 0) {
    const plek = o.kop.regelset?.plek ?? { blad: 0, r: 0, c: 0 };
    ctx.meld("WLZ-OFF-006", "fout", plek,
      `Geen prestatietabel gevonden, dus geen enkele prestatie gecontroleerd: er is geen kopregel met "Prestatie", "Leveringsvorm", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume" en "Omzet".`,
      ctx.layoutBron());
  }
}
