import type { Bron } from "./bronnen";
import { nietBeschikbaar, ongeldig } from "./fouten";
import type { Regelset } from "./regelset";
import type { Sector, Waarschuwing } from "./typen";
import type { Oordeel } from "./voorwaarden";

/** Contracting rules: what a change in contracteerruimte does, which zorgkantoor contracts a location, and consent for behandeling. */

export interface Tariefbijstelling {
  tariefpercentage: "gelijk" | "kan omlaag";
  /** Extra money goes to more clients (volume), not to the tariff. */
  naarVolume: boolean;
  reden: string;
  bron: Bron;
  waarschuwingen: Waarschuwing[];
}

/**
 * A raised contracteerruimte for rising demand goes to volume, never automatically to the tariff; the tariff only moves
 * down, when VWS lowers the contracteerruimte or the zorgkantoor cannot manage within it (VID-0069, 1543, 1884).
 */
export function tariefbijstelling(rs: Regelset, wijziging: "verhoging" | "verlaging" | "tekort", reden?: "stijgende zorgvraag" | "anders"): Tariefbijstelling {
  const c = rs.voorwaarden.contracteerruimte;
  if (!c) throw nietBeschikbaar(`${rs.id} zegt niets over bijstelling bij een andere contracteerruimte.`, "regelset");
  if (wijziging !== "verhoging") {
    const waarom = wijziging === "verlaging" ? "VWS stelt de contracteerruimte neerwaarts bij" : "het zorgkantoor komt niet uit met de contracteerruimte";
    return { tariefpercentage: "kan omlaag", naarVolume: false, reden: `Tariefpercentage kan omlaag: ${waarom}`, bron: c.verlaging, waarschuwingen: [] };
  }
  if (reden === "stijgende zorgvraag") {
    return { tariefpercentage: "gelijk", naarVolume: true, reden: "Hogere contracteerruimte voor stijgende zorgvraag gaat naar volume (meer klanten), niet naar het tarief", bron: c.verhoging, waarschuwingen: [] };
  }
  return {
    tariefpercentage: "gelijk",
    naarVolume: false,
    reden: "Hogere contracteerruimte: geen automatische tariefverhoging; of er iets verandert hangt af van de reden",
    bron: c.verhoging,
    waarschuwingen: [{ id: "AMB-CONTRACTEERRUIMTE", tekst: c.onduidelijkheid, bron: c.verhoging }],
  };
}

export interface Locatieoordeel {
  regel: "fysieke locatie" | "uitzondering";
  reden: string;
  bron: Bron;
  waarschuwingen: Waarschuwing[];
}

/**
 * Which rule decides the contracting zorgkantoor (CZ26-K11): the physical location, except small GZ locations of at most six
 * Wlz clients (unless the provider asks for the location rule) and capacity tied to an expertise function.
 */
export function contracterendZorgkantoor(
  rs: Regelset,
  locatie: { sector: Sector; wlzClienten: number; verzoekLocatieregel?: boolean; expertisefunctie?: boolean },
): Locatieoordeel {
  const r = rs.voorwaarden.locatieregel;
  if (!r) throw nietBeschikbaar(`${rs.id} geeft geen locatieregel.`, "regelset");
  if (!Number.isInteger(locatie.wlzClienten) || locatie.wlzClienten < 0) throw ongeldig("Wlz-cliënten", "verwacht een geheel aantal van 0 of meer.");
  const uitzondering = (reden: string): Locatieoordeel => ({
    regel: "uitzondering",
    reden,
    bron: r.kleineLocatieMax.bron,
    waarschuwingen: [{ id: "AMB-CZ26-LOCATIE", tekst: r.onduidelijkheid, bron: r.bron }],
  });
  if (locatie.expertisefunctie) return uitzondering("Capaciteit verbonden aan een expertisefunctie: uitzondering op de locatieregel");
  if (locatie.sector === r.sector && locatie.wlzClienten <= r.kleineLocatieMax.waarde && !locatie.verzoekLocatieregel) {
    return uitzondering(`Kleine ${r.sector}-woonlocatie met ${locatie.wlzClienten} Wlz-cliënten (${r.kleineLocatieMax.waarde} of minder): uitzondering op de locatieregel`);
  }
  const waarom =
    locatie.sector !== r.sector
      ? `de uitzondering voor kleine locaties geldt alleen in de ${r.sector}`
      : locatie.wlzClienten > r.kleineLocatieMax.waarde
        ? `${locatie.wlzClienten} Wlz-cliënten is meer dan ${r.kleineLocatieMax.waarde}`
        : "de zorgaanbieder verzoekt zelf om de locatieregel";
  return { regel: "fysieke locatie", reden: `Zorgkantoor van de fysieke locatie (met zijn inkoopvoorwaarden en tarief): ${waarom}`, bron: r.bron, waarschuwingen: [] };
}

/** Behandeling with an MPT needs no prior consent; expanding plaatsen met behandeling is never allowed without it (VID-0951, 1540). */
export function behandelingToegestaan(rs: Regelset, soort: "inzet-bij-mpt" | "uitbreiding-plaatsen", toestemming: boolean): Oordeel & { toestemmingNodig: boolean } {
  const b = rs.voorwaarden.behandeling;
  if (!b) throw nietBeschikbaar(`${rs.id} geeft geen regel voor toestemming bij behandeling.`, "regelset");
  if (soort === "inzet-bij-mpt") return { ok: true, toestemmingNodig: false, reden: "Behandeling bij MPT: vooraf geen toestemming van het zorgkantoor nodig", bron: b.mptZonderToestemming };
  return {
    ok: toestemming,
    toestemmingNodig: true,
    reden: toestemming ? "Uitbreiding met plaatsen met behandeling, met toestemming van het zorgkantoor" : "Uitbreiden met plaatsen met behandeling zonder toestemming van het zorgkantoor is niet toegestaan",
    bron: b.uitbreidingMetToestemming,
  };
}
