/**
 * The WLZ.* custom functions (spec §2): thin wrappers over the rules core in src/rules.
 * The build (CustomFunctionsMetadataPlugin) generates functions.json from the JSDoc below and appends
 * `CustomFunctions.associate(ID, functie)` for each function, so this file registers nothing itself.
 * The same JSDoc (description, @param, @returns) heads the help page of each function (src/help); @helpurl
 * points at that page under the dev URL, which the build replaces by ADDIN_URL as it does in the manifest.
 * Signatures use `any` so that every input reaches our own Dutch validation; optional parameters
 * arrive as null (never rely on default values).
 */
import { uitvoeren } from "./argumenten";
import { WLZ_BEREKENINGEN as B } from "./berekeningen";
import { datumArgument, datumUitkomst, startDatumstelsel } from "./datumstelsel";

// Dates arrive as serials of the workbook's date system: the shared runtime learns which (datumstelsel.ts).
startDatumstelsel();

/**
 * Geeft het percentage van de NZa-zorgcomponent dat de regelset voor deze aanbieder toepast, als fractie (0,96 = 96%).
 * @customfunction TARIEFPERCENTAGE
 * @helpurl https://localhost:3000/help/tariefpercentage.html
 * @param regelset Id van de regelset, bijv. "CZ-VV-2021" (zie WLZ.REGELSETS).
 * @param leveringsvorm ZZP, VPT, MPT, DTV, LOGEREN, CRISIS of MEERZORG.
 * @param [aanbieder] bestaand, bestaand-nieuw, nieuw of een bereik van twee kolommen (label, waarde) met het aanbiedersprofiel.
 * @param [onderdeel] zorg (standaard), toeslag, dagbesteding of vervoer.
 * @returns Tariefpercentage als fractie.
 */
export function tariefpercentage(regelset: any, leveringsvorm: any, aanbieder?: any[][], onderdeel?: any): number {
  return uitvoeren("TARIEFPERCENTAGE", () => B.TARIEFPERCENTAGE([regelset, leveringsvorm, aanbieder, onderdeel]));
}

/**
 * Geeft het tarief in euro's: percentage x NZa zorg + NHC/NIC-percentage x (NHC + NIC), eenmaal afgerond op centen.
 * @customfunction TARIEF
 * @helpurl https://localhost:3000/help/tarief.html
 * @param regelset Id van de regelset, bijv. "CZ-VV-2021" (zie WLZ.REGELSETS).
 * @param leveringsvorm ZZP, VPT, MPT, DTV, LOGEREN, CRISIS of MEERZORG.
 * @param nza_zorg NZa-maximumtarief van de zorgcomponent in euro's.
 * @param nza_nhc NZa-tarief normatieve huisvestingscomponent (NHC) in euro's; leeg = 0.
 * @param nza_nic NZa-tarief normatieve inventariscomponent (NIC) in euro's; leeg = 0.
 * @param [aanbieder] bestaand, bestaand-nieuw, nieuw of een bereik van twee kolommen (label, waarde) met het aanbiedersprofiel.
 * @param [onderdeel] zorg (standaard), toeslag, dagbesteding of vervoer.
 * @returns Tarief in euro's.
 */
export function tarief(regelset: any, leveringsvorm: any, nza_zorg: any, nza_nhc: any, nza_nic: any, aanbieder?: any[][], onderdeel?: any): number {
  return uitvoeren("TARIEF", () => B.TARIEF([regelset, leveringsvorm, nza_zorg, nza_nhc, nza_nic, aanbieder, onderdeel]));
}

/**
 * Toont de afleiding van het tariefpercentage: per stap de omschrijving, het percentage na de stap en de bron; waarschuwingen als extra rijen.
 * @customfunction TARIEFUITLEG
 * @helpurl https://localhost:3000/help/tariefuitleg.html
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026" (zie WLZ.REGELSETS).
 * @param leveringsvorm ZZP, VPT, MPT, DTV, LOGEREN, CRISIS of MEERZORG.
 * @param [aanbieder] bestaand, bestaand-nieuw, nieuw of een bereik van twee kolommen (label, waarde) met het aanbiedersprofiel.
 * @param [onderdeel] zorg (standaard), toeslag, dagbesteding of vervoer.
 * @returns Tabel met de kolommen stap, percentage en bron.
 */
export function tariefuitleg(regelset: any, leveringsvorm: any, aanbieder?: any[][], onderdeel?: any): any[][] {
  return uitvoeren("TARIEFUITLEG", () => B.TARIEFUITLEG([regelset, leveringsvorm, aanbieder, onderdeel]));
}

/**
 * Geeft het geëxtrapoleerde jaarvolume voor de herschikking (CZ-GZ-2026: jan-jun + juni / 30 x 184); #N/B waar de regelset geen formule geeft.
 * @customfunction HERSCHIKKING
 * @helpurl https://localhost:3000/help/herschikking.html
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026".
 * @param realisatie_jan_jun Gerealiseerd volume januari t/m juni; leeg = 0.
 * @param realisatie_juni Gerealiseerd volume in juni; leeg = 0.
 * @returns Geëxtrapoleerd jaarvolume.
 */
export function herschikking(regelset: any, realisatie_jan_jun: any, realisatie_juni: any): number {
  return uitvoeren("HERSCHIKKING", () => B.HERSCHIKKING([regelset, realisatie_jan_jun, realisatie_juni]));
}

/**
 * Geeft het initiële volume: percentage van de leveringsvorm x (herschikte afspraak + correcties), niet afgerond.
 * @customfunction INITIELEVOLUME
 * @helpurl https://localhost:3000/help/initielevolume.html
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026".
 * @param leveringsvorm ZZP, VPT, MPT, DTV, LOGEREN, CRISIS of MEERZORG.
 * @param herschikte_afspraak Herschikte afspraak van vorig jaar; leeg = 0.
 * @param [correcties] Eén getal of een bereik met correcties (positief of negatief) die eerst worden opgeteld.
 * @returns Initieel volume.
 */
export function initielevolume(regelset: any, leveringsvorm: any, herschikte_afspraak: any, correcties?: any[][]): number {
  return uitvoeren("INITIELEVOLUME", () => B.INITIELEVOLUME([regelset, leveringsvorm, herschikte_afspraak, correcties]));
}

/**
 * Geeft de vergoede crisisdagen, of het bedrag in euro's als een tarief is opgegeven.
 * @customfunction CRISISVERGOEDING
 * @helpurl https://localhost:3000/help/crisisvergoeding.html
 * @param regelset Id van de regelset, bijv. "CZ-VV-2021".
 * @param afgesproken_bedden Aantal afgesproken crisisbedden; leeg = 0.
 * @param dagen_bezet Gedeclareerde bezette dagen; leeg = 0.
 * @param dagen_onbezet Gedeclareerde onbezette dagen; leeg = 0.
 * @param [tarief] Dagtarief in euro's; zonder tarief (of 0) geeft de functie dagen.
 * @param [leegstandtarief] Tarief per onbezette dag (CZ-GZ-2026: onderhandeld, verplicht bij onbezette dagen); leeg of 0 = niet opgegeven.
 * @returns Vergoede dagen, of euro's met een tarief.
 */
export function crisisvergoeding(regelset: any, afgesproken_bedden: any, dagen_bezet: any, dagen_onbezet: any, tarief?: any, leegstandtarief?: any): number {
  return uitvoeren("CRISISVERGOEDING", () => B.CRISISVERGOEDING([regelset, afgesproken_bedden, dagen_bezet, dagen_onbezet, tarief, leegstandtarief]));
}

/**
 * Toont alle regelsets: id, zorgkantoor, sector, jaar, omschrijving en bron, met een kopregel.
 * @customfunction REGELSETS
 * @helpurl https://localhost:3000/help/regelsets.html
 * @returns Tabel met een rij per regelset.
 */
export function regelsets(): any[][] {
  return uitvoeren("REGELSETS", () => B.REGELSETS());
}

/**
 * Bepaalt de aanbiederscategorie volgens de definitie van de regelset: bestaand, bestaand-nieuw (bestaand maar nieuw voor het zorgkantoor) of nieuw.
 * @customfunction AANBIEDERCATEGORIE
 * @helpurl https://localhost:3000/help/aanbiedercategorie.html
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026".
 * @param contract_met_dit_zorgkantoor ja of nee: heeft de aanbieder bij inschrijving een overeenkomst met dit zorgkantoor?
 * @param [contract_elders_van] Begindatum van een overeenkomst met een ander zorgkantoor.
 * @param [contract_elders_tot] Einddatum van die overeenkomst; leeg = doorlopend.
 * @param [eerste_declaratie] Datum van de eerste gedeclareerde zorgkosten.
 * @param [inschrijfdatum] Datum van inschrijving: de overeenkomst elders moet dan nog lopen; leeg = de sluiting van de inschrijving.
 * @returns bestaand, bestaand-nieuw of nieuw.
 */
export function aanbiedercategorie(regelset: any, contract_met_dit_zorgkantoor: any, contract_elders_van?: any, contract_elders_tot?: any, eerste_declaratie?: any, inschrijfdatum?: any): string {
  return uitvoeren("AANBIEDERCATEGORIE", () => B.AANBIEDERCATEGORIE([regelset, contract_met_dit_zorgkantoor, datumArgument(contract_elders_van, "contract_elders_van"), datumArgument(contract_elders_tot, "contract_elders_tot"), datumArgument(eerste_declaratie, "eerste_declaratie"), datumArgument(inschrijfdatum, "inschrijfdatum")]));
}

/**
 * Controleert de onderaanneming: WAAR als de aanbieder minstens 2/3 van de verwachte zorg zelf levert en geen hele ZZP of VPT uitbesteedt.
 * @customfunction ONDERAANNEMING
 * @helpurl https://localhost:3000/help/onderaanneming.html
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026".
 * @param verwachte_zorg Verwachte gecontracteerde zorg (euro's of volume), groter dan 0.
 * @param waarvan_onderaanneming Deel van de verwachte zorg dat in onderaanneming wordt geleverd; leeg = 0.
 * @param [volle_dochters] Deel van de onderaanneming door 100%-dochters of leden van een zorgcoöperatie (telt niet mee).
 * @param [heel_pakket_uitbesteed] ja als een hele ZZP of VPT door een onderaannemer wordt geleverd.
 * @param [toestemming_zorgkantoor] ja als het zorgkantoor toestemming gaf om een hele ZZP of VPT uit te besteden (alleen CZ-GZ-2026 kent die uitzondering).
 * @returns WAAR als de onderaanneming is toegestaan, anders ONWAAR.
 */
export function onderaanneming(regelset: any, verwachte_zorg: any, waarvan_onderaanneming: any, volle_dochters?: any, heel_pakket_uitbesteed?: any, toestemming_zorgkantoor?: any): boolean {
  return uitvoeren("ONDERAANNEMING", () => B.ONDERAANNEMING([regelset, verwachte_zorg, waarvan_onderaanneming, volle_dochters, heel_pakket_uitbesteed, toestemming_zorgkantoor]));
}

/**
 * Geeft de uiterste datum van een termijn uit de regelset, als Excel-datum (met tijd waar de bron een tijdstip noemt).
 * @customfunction TERMIJN
 * @helpurl https://localhost:3000/help/termijn.html
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026".
 * @param soort bezwaar, kortgeding, bezwaar-richttarief, liquiditeitscorrectie, inschrijving, tussentijds, hardheidsclausule, vecozo, herschikking of opslagplan.
 * @param [datum] Begindatum: publicatie van het document (bezwaar, kortgeding, bezwaar-richttarief), een datum in de betaalmaand (liquiditeitscorrectie) of de aankondiging (opslagplan).
 * @returns Uiterste datum als Excel-datum.
 */
export function termijn(regelset: any, soort: any, datum?: any): number {
  return uitvoeren("TERMIJN", () => datumUitkomst(B.TERMIJN([regelset, soort, datumArgument(datum, "datum")])));
}

/**
 * Geeft de eenmalige betaling van een maand volgens de betaalmethodiek (CZ-GZ-2026 Bijlage 1): realisatie plus maanden voorschot, hoogstens de afspraak, min eerdere CAK-betalingen.
 * @customfunction BETALING
 * @helpurl https://localhost:3000/help/betaling.html
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026".
 * @param betaalmaand Een datum in de betaalmaand, bijv. 1-5-2026.
 * @param afspraak De productieafspraak die het plafond is (initieel, actueel of herschikt) in euro's.
 * @param realisatie Gedeclareerde realisatie van het jaar tot nu toe in euro's; leeg = 0.
 * @param eerdere_betalingen Wat het CAK al betaalde over het jaar in euro's; leeg = 0.
 * @param [voorschot] nee voor een aanbieder zonder voorschot (betaling op realisatie, zoals nieuwe zorgaanbieders); leeg = ja.
 * @param [volumekorting] Niet teruggekochte volumekorting op de initiële afspraak (alleen januari en februari).
 * @returns Bedrag van de eenmalige betaling in euro's (negatief = inhouding).
 */
export function betaling(regelset: any, betaalmaand: any, afspraak: any, realisatie: any, eerdere_betalingen: any, voorschot?: any, volumekorting?: any): number {
  return uitvoeren("BETALING", () => B.BETALING([regelset, datumArgument(betaalmaand, "betaalmaand"), afspraak, realisatie, eerdere_betalingen, voorschot, volumekorting]));
}
