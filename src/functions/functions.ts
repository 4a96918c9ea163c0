/**
 * The WLZ.* custom functions (spec §2): thin wrappers over the rules core in src/rules.
 * The build (CustomFunctionsMetadataPlugin) generates functions.json from the JSDoc below and appends
 * `CustomFunctions.associate(ID, functie)` for each function, so this file registers nothing itself.
 * Signatures use `any` so that every input reaches our own Dutch validation; optional parameters
 * arrive as null (never rely on default values).
 */
import {
  beoordeelOnderaanneming,
  bepaalCategorie,
  berekenCrisisvergoeding,
  berekenHerschikking,
  berekenInitieelVolume,
  berekenTarief,
  berekenTariefpercentage,
  bronTekst,
  leesJaNee,
  leesLeveringsvorm,
  leesOnderdeel,
  leesProfiel,
  regelsetOverzicht,
  uitlegRijen,
  zoekRegelset,
} from "../rules";
import {
  bedrag,
  cel,
  enkel,
  getal,
  getallenUitBereik,
  optioneelBedrag,
  optioneleDatum,
  uitvoeren,
} from "./argumenten";

/**
 * Geeft het percentage van de NZa-zorgcomponent dat de regelset voor deze aanbieder toepast, als fractie (0,96 = 96%).
 * @customfunction TARIEFPERCENTAGE
 * @param regelset Id van de regelset, bijv. "CZ-VV-2021" (zie WLZ.REGELSETS).
 * @param leveringsvorm ZZP, VPT, MPT, DTV, LOGEREN, CRISIS of MEERZORG.
 * @param [aanbieder] bestaand, bestaand-nieuw, nieuw of een bereik van twee kolommen (label, waarde) met het aanbiedersprofiel.
 * @param [onderdeel] zorg (standaard), toeslag, dagbesteding of vervoer.
 * @returns Tariefpercentage als fractie.
 */
export function tariefpercentage(regelset: any, leveringsvorm: any, aanbieder?: any[][], onderdeel?: any): number {
  return uitvoeren("TARIEFPERCENTAGE", () => {
    const rs = zoekRegelset(enkel(regelset, "regelset"));
    const lv = leesLeveringsvorm(enkel(leveringsvorm, "leveringsvorm"));
    const tp = berekenTariefpercentage(rs, lv, leesProfiel(aanbieder ?? null), leesOnderdeel(enkel(onderdeel ?? null, "onderdeel")));
    return getal(tp.percentage);
  });
}

/**
 * Geeft het tarief in euro's: percentage x NZa zorg + NHC/NIC-percentage x (NHC + NIC), eenmaal afgerond op centen.
 * @customfunction TARIEF
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
  return uitvoeren("TARIEF", () => {
    const rs = zoekRegelset(enkel(regelset, "regelset"));
    const lv = leesLeveringsvorm(enkel(leveringsvorm, "leveringsvorm"));
    const nza = { zorg: bedrag(nza_zorg, "nza_zorg"), nhc: bedrag(nza_nhc, "nza_nhc"), nic: bedrag(nza_nic, "nza_nic") };
    const t = berekenTarief(rs, lv, nza, leesProfiel(aanbieder ?? null), leesOnderdeel(enkel(onderdeel ?? null, "onderdeel")));
    return getal(t.bedrag);
  });
}

/**
 * Toont de afleiding van het tariefpercentage: per stap de omschrijving, het percentage na de stap en de bron; waarschuwingen als extra rijen.
 * @customfunction TARIEFUITLEG
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026" (zie WLZ.REGELSETS).
 * @param leveringsvorm ZZP, VPT, MPT, DTV, LOGEREN, CRISIS of MEERZORG.
 * @param [aanbieder] bestaand, bestaand-nieuw, nieuw of een bereik van twee kolommen (label, waarde) met het aanbiedersprofiel.
 * @param [onderdeel] zorg (standaard), toeslag, dagbesteding of vervoer.
 * @returns Tabel met de kolommen stap, percentage en bron.
 */
export function tariefuitleg(regelset: any, leveringsvorm: any, aanbieder?: any[][], onderdeel?: any): any[][] {
  return uitvoeren("TARIEFUITLEG", () => {
    const rs = zoekRegelset(enkel(regelset, "regelset"));
    const lv = leesLeveringsvorm(enkel(leveringsvorm, "leveringsvorm"));
    const tp = berekenTariefpercentage(rs, lv, leesProfiel(aanbieder ?? null), leesOnderdeel(enkel(onderdeel ?? null, "onderdeel")));
    return uitlegRijen(tp).map((r) => [r.stap, cel(r.waarde), bronTekst(r.bron)]);
  });
}

/**
 * Geeft het geëxtrapoleerde jaarvolume voor de herschikking (CZ-GZ-2026: jan-jun + juni / 30 x 184); #N/B waar de regelset geen formule geeft.
 * @customfunction HERSCHIKKING
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026".
 * @param realisatie_jan_jun Gerealiseerd volume januari t/m juni; leeg = 0.
 * @param realisatie_juni Gerealiseerd volume in juni; leeg = 0.
 * @returns Geëxtrapoleerd jaarvolume.
 */
export function herschikking(regelset: any, realisatie_jan_jun: any, realisatie_juni: any): number {
  return uitvoeren("HERSCHIKKING", () => {
    const rs = zoekRegelset(enkel(regelset, "regelset"));
    return getal(berekenHerschikking(rs, bedrag(realisatie_jan_jun, "realisatie_jan_jun"), bedrag(realisatie_juni, "realisatie_juni")).waarde);
  });
}

/**
 * Geeft het initiële volume: percentage van de leveringsvorm x (herschikte afspraak + correcties), niet afgerond.
 * @customfunction INITIELEVOLUME
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026".
 * @param leveringsvorm ZZP, VPT, MPT, DTV, LOGEREN, CRISIS of MEERZORG.
 * @param herschikte_afspraak Herschikte afspraak van vorig jaar; leeg = 0.
 * @param [correcties] Eén getal of een bereik met correcties (positief of negatief) die eerst worden opgeteld.
 * @returns Initieel volume.
 */
export function initielevolume(regelset: any, leveringsvorm: any, herschikte_afspraak: any, correcties?: any[][]): number {
  return uitvoeren("INITIELEVOLUME", () => {
    const rs = zoekRegelset(enkel(regelset, "regelset"));
    const lv = leesLeveringsvorm(enkel(leveringsvorm, "leveringsvorm"));
    const v = berekenInitieelVolume(rs, lv, bedrag(herschikte_afspraak, "herschikte_afspraak"), getallenUitBereik(correcties ?? null, "correcties"));
    return getal(v.waarde);
  });
}

/**
 * Geeft de vergoede crisisdagen, of het bedrag in euro's als een tarief is opgegeven.
 * @customfunction CRISISVERGOEDING
 * @param regelset Id van de regelset, bijv. "CZ-VV-2021".
 * @param afgesproken_bedden Aantal afgesproken crisisbedden; leeg = 0.
 * @param dagen_bezet Gedeclareerde bezette dagen; leeg = 0.
 * @param dagen_onbezet Gedeclareerde onbezette dagen; leeg = 0.
 * @param [tarief] Dagtarief in euro's; zonder tarief (of 0) geeft de functie dagen.
 * @param [leegstandtarief] Tarief per onbezette dag (CZ-GZ-2026: onderhandeld, verplicht bij onbezette dagen); leeg of 0 = niet opgegeven.
 * @returns Vergoede dagen, of euro's met een tarief.
 */
export function crisisvergoeding(regelset: any, afgesproken_bedden: any, dagen_bezet: any, dagen_onbezet: any, tarief?: any, leegstandtarief?: any): number {
  return uitvoeren("CRISISVERGOEDING", () => {
    const rs = zoekRegelset(enkel(regelset, "regelset"));
    const uit = berekenCrisisvergoeding(rs, {
      bedden: bedrag(afgesproken_bedden, "afgesproken_bedden"),
      bezet: bedrag(dagen_bezet, "dagen_bezet"),
      onbezet: bedrag(dagen_onbezet, "dagen_onbezet"),
      tarief: optioneelBedrag(tarief ?? null, "tarief"),
      leegstandtarief: optioneelBedrag(leegstandtarief ?? null, "leegstandtarief"),
    });
    return getal(uit.bedrag ?? uit.vergoedeDagen);
  });
}

/**
 * Toont alle regelsets: id, zorgkantoor, sector, jaar, omschrijving en bron, met een kopregel.
 * @customfunction REGELSETS
 * @returns Tabel met een rij per regelset.
 */
export function regelsets(): any[][] {
  return uitvoeren("REGELSETS", () => [["id", "zorgkantoor", "sector", "jaar", "omschrijving", "bron"], ...regelsetOverzicht()]);
}

/**
 * Bepaalt de aanbiederscategorie volgens de definitie van de regelset: bestaand, bestaand-nieuw (bestaand maar nieuw voor het zorgkantoor) of nieuw.
 * @customfunction AANBIEDERCATEGORIE
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026".
 * @param contract_met_dit_zorgkantoor ja of nee: heeft de aanbieder bij inschrijving een overeenkomst met dit zorgkantoor?
 * @param [contract_elders_van] Begindatum van een overeenkomst met een ander zorgkantoor.
 * @param [contract_elders_tot] Einddatum van die overeenkomst; leeg = doorlopend.
 * @param [eerste_declaratie] Datum van de eerste gedeclareerde zorgkosten.
 * @returns bestaand, bestaand-nieuw of nieuw.
 */
export function aanbiedercategorie(regelset: any, contract_met_dit_zorgkantoor: any, contract_elders_van?: any, contract_elders_tot?: any, eerste_declaratie?: any): string {
  return uitvoeren("AANBIEDERCATEGORIE", () => {
    const rs = zoekRegelset(enkel(regelset, "regelset"));
    const van = optioneleDatum(contract_elders_van ?? null, "contract_elders_van");
    const tot = optioneleDatum(contract_elders_tot ?? null, "contract_elders_tot");
    const uit = bepaalCategorie(rs, {
      contractMetDitZorgkantoor: leesJaNee(enkel(contract_met_dit_zorgkantoor, "contract_met_dit_zorgkantoor"), "contract_met_dit_zorgkantoor"),
      contractElders: van ? { van, tot } : undefined,
      eersteDeclaratie: optioneleDatum(eerste_declaratie ?? null, "eerste_declaratie"),
    });
    return uit.categorie;
  });
}

/**
 * Controleert de onderaanneming: WAAR als de aanbieder minstens 2/3 van de verwachte zorg zelf levert en geen hele ZZP of VPT uitbesteedt.
 * @customfunction ONDERAANNEMING
 * @param regelset Id van de regelset, bijv. "CZ-GZ-2026".
 * @param verwachte_zorg Verwachte gecontracteerde zorg (euro's of volume), groter dan 0.
 * @param waarvan_onderaanneming Deel van de verwachte zorg dat in onderaanneming wordt geleverd; leeg = 0.
 * @param [volle_dochters] Deel van de onderaanneming door 100%-dochters of leden van een zorgcoöperatie (telt niet mee).
 * @param [heel_pakket_uitbesteed] ja als een hele ZZP of VPT door een onderaannemer wordt geleverd.
 * @returns WAAR als de onderaanneming is toegestaan, anders ONWAAR.
 */
export function onderaanneming(regelset: any, verwachte_zorg: any, waarvan_onderaanneming: any, volle_dochters?: any, heel_pakket_uitbesteed?: any): boolean {
  return uitvoeren("ONDERAANNEMING", () => {
    const rs = zoekRegelset(enkel(regelset, "regelset"));
    const uit = beoordeelOnderaanneming(rs, {
      verwachteZorg: bedrag(verwachte_zorg, "verwachte_zorg"),
      onderaanneming: bedrag(waarvan_onderaanneming, "waarvan_onderaanneming"),
      volleDochters: bedrag(volle_dochters ?? null, "volle_dochters"),
      heelPakketUitbesteed: leesJaNee(enkel(heel_pakket_uitbesteed ?? null, "heel_pakket_uitbesteed"), "heel_pakket_uitbesteed"),
    });
    return uit.ok;
  });
}
