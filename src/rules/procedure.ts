import type { Bron } from "./bronnen";
import { nietBeschikbaar, ongeldig } from "./fouten";
import { moment, plusMaanden, toon } from "./kalender";
import type { Inschrijfdocument, Proceduretermijnsoort, Regelset } from "./regelset";
import type { Categorie, Waarschuwing } from "./typen";
import type { Tijdstip } from "./kalender";
import { inschrijvingTijdig, type Oordeel } from "./voorwaarden";

/**
 * Procedure rules of a purchasing round: dated steps (hardheidsclausule, VECOZO, NZa herschikking),
 * the route left after a late registration, the opslag-plan deadline and the documents per category.
 */

/** A dated step is met when done on or before the deadline; a deadline without a time lasts the whole day. */
export function proceduretermijnGehaald(rs: Regelset, soort: Proceduretermijnsoort, datum: Tijdstip): Oordeel {
  const t = rs.voorwaarden.proceduretermijnen?.[soort];
  if (!t) throw nietBeschikbaar(`${rs.id} noemt geen termijn voor ${soort} in de bron.`, "termijn");
  const ok = moment(datum, "datum") <= moment(t.uiterlijk, "termijn", true);
  return { ok, reden: ok ? `${t.omschrijving}: tijdig (uiterlijk ${toon(t.uiterlijk)})` : `${t.omschrijving}: na ${toon(t.uiterlijk)}, dus ${t.gevolg}`, bron: t.bron };
}

export interface Inschrijvingsroute extends Oordeel {
  /** regulier = on time; tussentijds = in (or, when ok is false, left for) the interim window; geen = no route left. */
  route: "regulier" | "tussentijds" | "geen";
  waarschuwingen: Waarschuwing[];
}

/**
 * A late registration is not handled; where the rule set has an interim window, that is the remaining route
 * (CZ26-K18 for everyone; CZ21-K9 only for new providers, so a given category outside it has no route left).
 */
export function inschrijvingsroute(rs: Regelset, ingediend: Tijdstip, categorie?: Categorie): Inschrijvingsroute {
  const regulier = inschrijvingTijdig(rs, ingediend);
  if (regulier.ok) return { ...regulier, route: "regulier", waarschuwingen: [] };
  const w = rs.voorwaarden.tussentijds;
  if (!w) return { ...regulier, route: "geen", waarschuwingen: [] };
  const waarschuwingen: Waarschuwing[] = w.onduidelijkheid ? [{ ...w.onduidelijkheid, bron: w.bron }] : [];
  const voorWie = w.alleenCategorieen ? `, alleen voor ${w.alleenCategorieen.map((c) => CATEGORIENAAM[c].toLowerCase() + "s").join(" en ")}` : "";
  if (categorie && w.alleenCategorieen && !w.alleenCategorieen.includes(categorie)) {
    return { ok: false, route: "geen", reden: `${regulier.reden}; tussentijds inschrijven staat open${voorWie}, niet voor ${CATEGORIENAAM[categorie].toLowerCase()}`, bron: w.bron, waarschuwingen };
  }
  const t = moment(ingediend, "datum");
  const venster = `van ${toon(w.van)} ${w.tot.includes("T") ? "tot" : "tot en met"} ${toon(w.tot)}${voorWie}`;
  if (t < moment(w.van, "tussentijds")) {
    return { ok: false, route: "tussentijds", reden: `${regulier.reden}; niet in behandeling. Resterende route: tussentijds inschrijven ${venster}`, bron: w.bron, waarschuwingen };
  }
  if (t <= moment(w.tot, "tussentijds", true)) return { ok: true, route: "tussentijds", reden: `Tussentijdse inschrijving (${venster})`, bron: w.bron, waarschuwingen };
  return { ok: false, route: "geen", reden: `Te laat, ook voor tussentijds inschrijven (${venster})`, bron: w.bron, waarschuwingen };
}

/** Opslag plan due two months after the zorgkantoor's announcement, which comes no earlier than 1 September 2020 (VID-0179). */
export function opslagPlanTermijn(rs: Regelset, aankondiging: Tijdstip): { uiterlijk: string; reden: string; bron: Bron } {
  const r = rs.voorwaarden.opslagPlan;
  if (!r) throw nietBeschikbaar(`${rs.id} noemt geen termijn voor het opslagplan.`, "regelset");
  if (moment(aankondiging, "aankondiging") < moment(r.vroegsteAankondiging.waarde, "aankondiging")) {
    throw ongeldig("aankondiging", `de aankondiging is op zijn vroegst ${r.vroegsteAankondiging.waarde}.`);
  }
  const uiterlijk = plusMaanden(aankondiging, r.maanden.waarde, "aankondiging");
  return { uiterlijk, reden: `Plan uiterlijk ${r.maanden.waarde} maanden na de aankondiging: ${uiterlijk}`, bron: r.maanden.bron };
}

export interface Documentenlijst {
  documenten: Inschrijfdocument[];
  reden: string;
  bron: Bron;
  waarschuwingen: Waarschuwing[];
}

const CATEGORIENAAM: Record<Categorie, string> = { nieuw: "Nieuwe zorgaanbieder", "bestaand-nieuw": "Bestaand maar nieuw voor het zorgkantoor", bestaand: "Bestaand voor het zorgkantoor" };

/**
 * Documents to submit at registration per category (NvI §6.1; CZ21-K12; CZ26-K6). CZ 2026 splits existing providers
 * by their current contract: multi-year (only the inschrijvingsverklaring) or one-year.
 */
export function vereisteDocumenten(rs: Regelset, categorie: Categorie, lopendeOvereenkomst?: "meerjarig" | "eenjarig"): Documentenlijst {
  const d = rs.voorwaarden.documenten;
  if (!d) throw nietBeschikbaar(`${rs.id} geeft geen documentenlijst per categorie.`, "regelset");
  let lijst = categorie === "nieuw" ? d.nieuw : categorie === "bestaand-nieuw" ? d.bestaandNieuw : d.bestaand;
  let naam = CATEGORIENAAM[categorie];
  if (categorie === "bestaand" && d.bestaandEenjarig) {
    if (!lopendeOvereenkomst) throw ongeldig("lopende overeenkomst", `${rs.id} vraagt per lopende overeenkomst andere documenten; geef "meerjarig" of "eenjarig".`);
    if (lopendeOvereenkomst === "eenjarig") lijst = d.bestaandEenjarig;
    naam += ` (${lopendeOvereenkomst}e overeenkomst)`;
  }
  const documenten = [...lijst, ...d.alle];
  const waarschuwingen = d.onduidelijkheid && categorie === "nieuw" ? [d.onduidelijkheid] : [];
  return { documenten, reden: `${naam}: ${documenten.map((x) => x.naam).join("; ")}`, bron: lijst[0].bron, waarschuwingen };
}

/** The Governancecode Zorg must be in the registering entity's own statuten; a parent's statuten do not count (VID-0275). */
export function governancecodeGeborgd(rs: Regelset, statuten: "eigen" | "moeder" | "geen"): Oordeel {
  const b = rs.voorwaarden.governancecodeEigenStatuten;
  if (!b) throw nietBeschikbaar(`${rs.id} stelt in de bron geen eis aan de statuten.`, "regelset");
  const ok = statuten === "eigen";
  const reden = ok
    ? "Governancecode Zorg geborgd in de eigen statuten"
    : statuten === "moeder"
      ? "Statuten van de moedermaatschappij tellen niet: de dochter moet de Governancecode Zorg in haar eigen statuten borgen"
      : "Governancecode Zorg niet in de statuten geborgd";
  return { ok, reden, bron: b };
}

/** One-off 2021 exception (VID-0031): proof of application for the VOG RP or Wtzi-toelating is accepted; the document follows later. */
export function aanvraagVolstaat(rs: Regelset, soort: "vog" | "wtzi", bewijsVanAanvraag: boolean): Oordeel & { waarschuwingen: Waarschuwing[] } {
  const u = rs.voorwaarden.aanvraagVolstaat;
  if (!u || !u.documenten.includes(soort)) throw nietBeschikbaar(`${rs.id} kent geen uitzondering waarbij een bewijs van aanvraag volstaat.`, "regelset");
  const naam = soort === "vog" ? "VOG RP" : "Wtzi-toelating";
  const waarschuwingen: Waarschuwing[] = u.onduidelijkheid ? [{ id: "AMB-CZ21-VOG-UITZONDERING", tekst: u.onduidelijkheid, bron: u.bron }] : [];
  return {
    ok: bewijsVanAanvraag,
    reden: bewijsVanAanvraag ? `Eenmalige uitzondering: bewijs van aanvraag van de ${naam} volstaat; het document wordt nagestuurd` : `Zonder ${naam} is ook geen bewijs van aanvraag aangeleverd`,
    bron: u.bron,
    waarschuwingen,
  };
}
