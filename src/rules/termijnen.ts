/**
 * Deadlines by kind, for WLZ.TERMIJN: objection periods counted from a publication date, the liquidity-correction
 * notice (17th working day of the month before), and the fixed procedure dates the rule sets already hold.
 */
import type { Bron } from "./bronnen";
import { nietBeschikbaar, ongeldig } from "./fouten";
import { sleutel } from "./invoer";
import { leesTijdstip, plusDagen, plusMaanden, toon, werkdagVanMaand, type Tijdstip } from "./kalender";
import { opslagPlanTermijn } from "./procedure";
import type { Regelset } from "./regelset";
import type { Waarschuwing } from "./typen";

export const TERMIJNSOORTEN = [
  "bezwaar",
  "kortgeding",
  "bezwaar-richttarief",
  "liquiditeitscorrectie",
  "inschrijving",
  "tussentijds",
  "hardheidsclausule",
  "vecozo",
  "herschikking",
  "opslagplan",
] as const;
export type Termijnsoort = (typeof TERMIJNSOORTEN)[number];

export interface TermijnUitkomst {
  /** The last moment: "YYYY-MM-DD" (the whole day) or "YYYY-MM-DDTHH:mm". */
  uiterlijk: Tijdstip;
  reden: string;
  bron: Bron;
  waarschuwingen: Waarschuwing[];
}

export function leesTermijnsoort(v: unknown, argument = "soort"): Termijnsoort {
  const k = typeof v === "string" ? sleutel(v) : "";
  const s = TERMIJNSOORTEN.find((x) => sleutel(x) === k);
  if (!s) throw nietBeschikbaar(`${argument}: kies uit ${TERMIJNSOORTEN.join(", ")}.`, argument);
  return s;
}

const WERKDAG_STANDAARD =
  "De bron zegt niet welke dagen werkdagen zijn; standaard maandag tot en met vrijdag zonder de feestdagen van de Algemene termijnenwet (Nieuwjaarsdag, tweede Paas- en Pinksterdag, Koningsdag, 5 mei, Hemelvaartsdag, Kerstdagen).";

function nodig(datum: Tijdstip | undefined, wat: string): Tijdstip {
  if (!datum) throw ongeldig("datum", `geef ${wat}.`);
  return datum;
}

/** The deadline of a kind for a rule set; `datum` is the start (publication, payment month, announcement) where the kind needs one. */
export function termijn(rs: Regelset, soort: Termijnsoort, datum?: Tijdstip): TermijnUitkomst {
  const v = rs.voorwaarden;
  const niet = (): never => {
    throw nietBeschikbaar(`${rs.id} noemt in de bron geen termijn voor ${soort}.`, "soort");
  };
  switch (soort) {
    case "bezwaar":
    case "kortgeding": {
      const b = v.bezwaar ?? niet();
      const start = nodig(datum, "de datum van publicatie (uitgifte) van het document");
      const uiterlijk = plusDagen(start.slice(0, 10), b.dagen.waarde);
      const wat = soort === "bezwaar" ? "Bezwaar" : "Kort geding (altijd voorafgegaan door bezwaar)";
      const waarschuwingen: Waarschuwing[] = b.onduidelijkheid ? [{ id: "AMB-CZ21-DAGEN", tekst: b.onduidelijkheid, bron: b.dagen.bron }] : [];
      return { uiterlijk, reden: `${wat} binnen ${b.dagen.waarde} dagen na publicatie op ${toon(start.slice(0, 10))}: uiterlijk ${toon(uiterlijk)} (vervaltermijn)`, bron: b.dagen.bron, waarschuwingen };
    }
    case "bezwaar-richttarief": {
      const b = v.bezwaarRichttarief ?? niet();
      const start = (datum ?? b.publicatie.waarde).slice(0, 10);
      const uiterlijk = plusDagen(start, b.dagen.waarde);
      return { uiterlijk, reden: `Bezwaar tegen het richttariefpercentage binnen ${b.dagen.waarde} kalenderdagen na publicatie op ${toon(start)}: uiterlijk ${toon(uiterlijk)}`, bron: datum ? b.dagen.bron : b.publicatie.bron, waarschuwingen: [] };
    }
    case "liquiditeitscorrectie": {
      const w = v.betalingen?.liquiditeitscorrectieWerkdag ?? niet();
      const d = leesTijdstip(nodig(datum, "een datum in de betaalmaand"), "datum");
      const vorige = plusMaanden(`${d.jaar}-${String(d.maand).padStart(2, "0")}-01`, -1);
      const uiterlijk = werkdagVanMaand(+vorige.slice(0, 4), +vorige.slice(5, 7), w.waarde);
      return {
        uiterlijk,
        reden: `Declaratieprobleem gemotiveerd melden uiterlijk de ${w.waarde}e werkdag van de voorliggende maand: ${toon(uiterlijk)}`,
        bron: w.bron,
        waarschuwingen: [{ id: "AMB-WERKDAG", tekst: WERKDAG_STANDAARD, bron: w.bron }],
      };
    }
    case "inschrijving": {
      const t = v.inschrijving ?? niet();
      return { uiterlijk: t.uiterlijk, reden: `${t.omschrijving}: uiterlijk ${toon(t.uiterlijk)}`, bron: t.bron, waarschuwingen: [] };
    }
    case "tussentijds": {
      const t = v.tussentijds ?? niet();
      const waarschuwingen = t.onduidelijkheid ? [{ ...t.onduidelijkheid, bron: t.bron }] : [];
      return { uiterlijk: t.tot, reden: `Tussentijds inschrijven van ${toon(t.van)} tot ${toon(t.tot)}`, bron: t.bron, waarschuwingen };
    }
    case "hardheidsclausule":
    case "vecozo":
    case "herschikking": {
      const sleutelVan = { hardheidsclausule: "hardheidsclausule", vecozo: "vecozoCertificaat", herschikking: "herschikkingNza" } as const;
      const t = v.proceduretermijnen?.[sleutelVan[soort]] ?? niet();
      return { uiterlijk: t.uiterlijk, reden: `${t.omschrijving}: uiterlijk ${toon(t.uiterlijk)}; anders ${t.gevolg}`, bron: t.bron, waarschuwingen: [] };
    }
    case "opslagplan": {
      if (!v.opslagPlan) niet();
      const r = opslagPlanTermijn(rs, nodig(datum, "de datum van de aankondiging").slice(0, 10));
      return { uiterlijk: r.uiterlijk, reden: r.reden, bron: r.bron, waarschuwingen: [] };
    }
  }
}
