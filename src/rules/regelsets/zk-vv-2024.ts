import { D, pp } from "../decimaal";
import type { Regelsetdefinitie } from "../regelset";
import { geenCrisisregel2024, geenVolume2024, s3, tariefVV2024 } from "./vv-2024-gemeenschappelijk";

/** Zilveren Kruis, V&V 2024, from the comparison table of seven zorgkantoren (seed 003, a secondary source). */
export const ZK_VV_2024: Regelsetdefinitie = {
  id: "ZK-VV-2024",
  zorgkantoor: "Zilveren Kruis",
  sectoren: ["V&V"],
  jaar: 2024,
  omschrijving: "richttarief 95,5%; essentiële voorzieningen 96,0%; nieuwe aanbieders alleen VPT/MPT tegen een lager tarief; klant/werkgebiedratio 3",
  bron: s3("Tabel thema's contractering 2024-2026, rij Bekostiging en tarieven", "CMP24-G2", "hoog"),
  tarief: tariefVV2024([
    {
      soort: "vastPercentage",
      kenmerk: "essentieleVoorzieningen",
      percentage: pp("96.0"),
      omschrijving: "Rol essentiële voorzieningen: hoger tariefpercentage 96,0%",
      bron: s3("Bekostiging Zilveren Kruis, blokken L-a/L-b (L302-326)", "CMP24-ZK", "middel"),
    },
    {
      soort: "nieuweAanbieder",
      nietGepubliceerd: true,
      alleenLeveringsvormen: ["VPT", "MPT"],
      bron: s3("Bekostiging Zilveren Kruis 'alleen afspraken voor zorg thuis (extramurale leveringsvormen VPT en/ of MPT) en met lagere tarieven' (L302-326)", "CMP24-ZK", "middel"),
    },
  ]),
  volume: geenVolume2024,
  crisisOntbreekt: geenCrisisregel2024,
  voorwaarden: {
    geenIntramuraalZzp: {
      zzp: { waarde: 4, bron: s3("Bekostiging Zilveren Kruis 'Geen intramurale zorg met ZZP4 meer (verblijf met behandeling)' (L196-197)", "CMP24-ZK", "hoog") },
      tenzijSocialeContext: false,
      onduidelijkheid: "'Geen intramurale zorg met ZZP4 meer (verblijf met behandeling)': standaard geldt dit voor alle intramurale ZZP 4 (VV4), met en zonder behandeling.",
    },
    klantWerkgebiedRatio: { waarde: new D(3), bron: s3("Overig Zilveren Kruis: gemiddeld minstens 3 cliënten per viercijferig postcodegebied (L606-614)", "CMP24-ZK-Overig", "hoog") },
  },
};
