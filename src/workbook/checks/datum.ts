/**
 * WLZ-DAT-001 (inschrijfdatum after the deadline), WLZ-DAT-002 (KvK-uittreksel too old),
 * WLZ-DAT-003 (VOG too old), WLZ-DAT-004 (inschrijfdatum in a year that does not fit the rule set's purchasing year). Dates are wall-clock Excel serials or date texts.
 */
import { documentGeldig, type Regelset, RegelFout, inschrijfjaarPast, inschrijvingTijdig, toonDatum as toon } from "../../rules";
import { leesDatum, type Kopwaarde } from "../offerte";
import { type Context, layoutBron } from "./context";
import { waardeTekst } from "./waarden";

function datum(ctx: Context, kw: Kopwaarde | undefined, naam: string): string | null | undefined {
  if (!kw) return null;
  const d = leesDatum(kw.cel);
  if (d === undefined) {
    ctx.meld("WLZ-OFF-003", "fout", kw.waardePlek, `${naam}: "${waardeTekst(kw.cel)}" is geen datum; vul een datum in, bijv. 31-07-2020 17:00.`, layoutBron(ctx.regelset));
  }
  return d;
}

export function controleerDatums(ctx: Context): void {
  const rs = ctx.regelset as Regelset;
  const kop = ctx.offerte.kop;
  const inschrijf = datum(ctx, kop.inschrijfdatum, "Inschrijfdatum");
  if (inschrijf && rs.voorwaarden.inschrijving) {
    const o = inschrijvingTijdig(rs, inschrijf);
    if (!o.ok) {
      ctx.meld("WLZ-DAT-001", "fout", kop.inschrijfdatum!.waardePlek,
        `Inschrijfdatum ${toon(inschrijf)} is na de sluiting van de inschrijving: uiterlijk ${toon(rs.voorwaarden.inschrijving.uiterlijk)}.`, o.bron);
    }
  }
  if (inschrijf) {
    const j = inschrijfjaarPast(rs, inschrijf);
    if (!j.ok) ctx.meld("WLZ-DAT-004", "waarschuwing", kop.inschrijfdatum!.waardePlek, `Inschrijfdatum ${toon(inschrijf)}: ${j.reden}. Kies de regelset van het juiste jaar.`, j.bron);
  }
  const docs: [Kopwaarde | undefined, "kvk" | "vog", string, string][] = [
    [kop.kvkdatum, "kvk", "Datum KvK-uittreksel", "WLZ-DAT-002"],
    [kop.vogdatum, "vog", "Datum VOG", "WLZ-DAT-003"],
  ];
  for (const [kw, soort, naam, code] of docs) {
    const d = datum(ctx, kw, naam);
    if (!d) continue;
    const vast = soort === "vog" && rs.voorwaarden.vogNietVoor;
    if (!vast && !inschrijf) continue; // the age is measured at the registration date
    if (!vast && !(soort === "kvk" ? rs.voorwaarden.kvkMaanden : rs.voorwaarden.vogMaanden)) continue;
    try {
      const o = documentGeldig(rs, soort, d.slice(0, 10), (inschrijf ?? d).slice(0, 10));
      if (!o.ok) ctx.meld(code, "fout", kw!.waardePlek, `${naam} ${toon(d)}: ${o.reden}.`, o.bron);
    } catch (e) {
      if (!(e instanceof RegelFout)) throw e;
    }
  }
}
