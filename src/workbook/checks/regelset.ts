/** WLZ-OFF-001 (no or unknown Regelset), WLZ-OFF-004 (--regelset overrides the workbook), profile values (WLZ-OFF-003). */
import { type Aanbiederprofiel, kort, leesProfielparen, type Profielpaar, type Regelset, RegelFout, zoekRegelset } from "../../rules";
import { foutnaam } from "../foutnamen";
import type { Kopwaarde, Offerte, Plek } from "../offerte";
import { adres, alsTekst, isFout } from "../snapshot";
import { type Context, layoutBron } from "./context";

/** The rule set the checks run against: the override, or the workbook's own `Regelset` value. */
export function bepaalRegelset(offerte: Offerte, override: string | undefined, meld: Context["meld"]): Regelset | null {
  const kop = offerte.kop.regelset;
  const eigen = kop ? alsTekst(kop.cel) : undefined;
  if (override !== undefined) {
    const rs = zoekRegelset(override); // the caller validates the override first
    if (kop && eigen && eigen.toLowerCase() !== rs.id.toLowerCase()) {
      meld("WLZ-OFF-004", "info", kop.waardePlek, `De werkmap noemt regelset "${kort(eigen)}", maar er is gecontroleerd tegen ${rs.id} (opgegeven met --regelset).`, layoutBron(rs));
    }
    return rs;
  }
  if (!kop) {
    meld("WLZ-OFF-001", "fout", { blad: 0, r: 0, c: 0 }, 'Geen kopblok met het label "Regelset" gevonden; zet in een cel "Regelset" en in de cel rechts ervan de id van de regelset, bijv. CZ-VV-2021.', layoutBron(null));
    return null;
  }
  if (!eigen) {
    const wat = kop.cel && isFout(kop.cel.waarde) ? `de foutwaarde ${foutnaam(kop.cel.waarde.fout)}` : "een lege cel";
    meld("WLZ-OFF-001", "fout", kop.waardePlek, `Naast "Regelset" staat ${wat}; vul de id van een regelset in, bijv. CZ-VV-2021 (zie WLZ.REGELSETS()).`, layoutBron(null));
    return null;
  }
  try {
    return zoekRegelset(eigen);
  } catch (e) {
    if (!(e instanceof RegelFout)) throw e;
    meld("WLZ-OFF-001", "fout", kop.waardePlek,
      `De regelset "${kort(eigen)}" bestaat niet; vul naast "Regelset" een id in zoals CZ-VV-2021 (de lijst staat in WLZ.REGELSETS()). Zonder regelset zijn alleen de indeling en de waarden gecontroleerd, niet de regels.`, layoutBron(null));
    return null;
  }
}

/**
 * The provider profile from the header block, with the one profile reading the functions use too: a bad
 * value, or a label given twice with different values, is reported at its cell and makes the profile unreadable.
 */
export function leesKopProfiel(ctx: Context, onberekend: (p: Plek) => boolean): { profiel: Aanbiederprofiel; fout: boolean } {
  const paren: Profielpaar[] = [];
  const plekken: Kopwaarde[] = [];
  let fout = false;
  for (const kw of ctx.offerte.profiel) {
    const w = kw.cel?.waarde ?? null;
    if (isFout(w)) {
      ctx.meld("WLZ-OFF-003", "fout", kw.waardePlek, `Onleesbare waarde in het aanbiedersprofiel: ${kw.label}: de cel bevat de foutwaarde ${foutnaam(w.fout)}.`, ctx.layoutBron());
      fout = true;
      continue;
    }
    if (w === null && onberekend(kw.waardePlek)) {
      ctx.meld("WLZ-FRM-002", "waarschuwing", kw.waardePlek,
        `${kw.label}: de formule in deze cel heeft geen opgeslagen uitkomst en de controle kan hem niet narekenen; het aanbiedersprofiel is daardoor onbekend en de tarieven zijn niet gecontroleerd.`, ctx.layoutBron());
      fout = true;
      continue;
    }
    paren.push({ label: kw.label, waarde: w });
    plekken.push(kw);
  }
  const lezing = leesProfielparen(paren);
  for (const { index, fout: e } of lezing.fouten) {
    ctx.meld("WLZ-OFF-003", "fout", plekken[index].waardePlek, `Onleesbare waarde in het aanbiedersprofiel: ${e.message}`, ctx.layoutBron());
    fout = true;
  }
  return { profiel: lezing.profiel, fout };
}

/** WLZ-OFF-007: the same header label twice with different values; the first one (sheet order) is used. */
export function controleerDubbeleLabels(ctx: Context): void {
  for (const { eerste, ander } of ctx.offerte.dubbel) {
    const blad = ctx.offerte.werkmap.bladen[eerste.plek.blad]?.naam ?? "";
    const waar = `${eerste.plek.blad === ander.plek.blad ? "" : `'${blad}'!`}${adres(eerste.waardePlek.r, eerste.waardePlek.c)}`;
    ctx.meld("WLZ-OFF-007", "waarschuwing", ander.waardePlek,
      `"${kort(ander.label)}" staat twee keer in de werkmap met verschillende waarden; gebruikt is de eerste (${waar}: ${kort(alsTekst(eerste.cel) ?? "(leeg)")}). Verwijder of verbeter de dubbele.`, layoutBron(ctx.regelset));
  }
}
