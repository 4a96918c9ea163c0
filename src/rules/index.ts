/**
 * The rules core: rule sets as data (regelsets/), the engine that derives tariff percentages, tariffs,
 * volumes and crisis compensation with an explanation trail, and the checks on provider conditions.
 * Pure TypeScript: no Office, no I/O.
 */
export * from "./decimaal";
export * from "./bronnen";
export * from "./documenten";
export * from "./fouten";
export * from "./typen";
export * from "./onduidelijkheden";
export * from "./invoer";
export * from "./profiel";
export type { Regelset, Tariefregel, Crisisregels, Volumeregels, Voorwaarden, Termijn, Proceduretermijn, Proceduretermijnsoort, Inschrijfdocument, Documenteisen, Kwaliteitsbudgetregels, Betalingsregels } from "./regelset";
export { alleRegelsets, zoekRegelset } from "./register";
export * from "./tarief";
export * from "./volume";
export * from "./crisis";
export * from "./voorwaarden";
export { DAGEN_1904, leesTijdstip, leesDatumwaarde, serieNaarWandklok, tijdstipNaarSerie, feestdagen, isWerkdag, werkdagVanMaand, plusDagen, toon as toonDatum, type Tijdstip, type Wandklok } from "./kalender";
export * from "./procedure";
export * from "./declaratie";
export * from "./contractering";
export * from "./kwaliteitsbudget";

import { bronTekst } from "./bronnen";
import { alleRegelsets } from "./register";

import type { Regelset } from "./regelset";

/** The status of a rule set in words: "gepubliceerd document" or "secundaire bron, zekerheid middel". */
export function statusTekst(rs: Regelset): string {
  if (rs.status.herkomst === "gepubliceerd") return "gepubliceerd document";
  return `secundaire bron${rs.status.zekerheid ? `, zekerheid ${rs.status.zekerheid}` : ""}`;
}

/** Column headers of WLZ.REGELSETS: the six of spec §2, then validity, status and data version. */
export const REGELSETKOPPEN = ["id", "zorgkantoor", "sector", "jaar", "omschrijving", "bron", "geldig vanaf", "geldig tot", "status", "dataversie"] as const;

/** One row per rule set for WLZ.REGELSETS and the task pane, in the order of REGELSETKOPPEN. */
export function regelsetOverzicht(): [string, string, string, number, string, string, string, string, string, string][] {
  return alleRegelsets().map((rs) => [
    rs.id, rs.zorgkantoor, rs.sectoren.join(", "), rs.jaar, rs.omschrijving, bronTekst(rs.bron),
    rs.geldigheid.van, rs.geldigheid.tot, statusTekst(rs), rs.dataversie,
  ]);
}
export * from "./termijnen";
export * from "./betalingen";
