import { pp } from "../decimaal";
import type { Regelsetdefinitie } from "../regelset";
import { geenCrisisregel2024, geenVolume2024, s3, tariefVV2024 } from "./vv-2024-gemeenschappelijk";

/** Zorg en Zekerheid, V&V 2024, from the comparison table of seven zorgkantoren (seed 003, a secondary source). */
export const ZZ_VV_2024: Regelsetdefinitie = {
  id: "ZZ-VV-2024",
  zorgkantoor: "Zorg en Zekerheid",
  sectoren: ["V&V"],
  jaar: 2024,
  omschrijving: "richttarief 95,5%; lager richttarief voor nieuwe aanbieders; werkgeversopslag 0,3%",
  bron: s3("Tabel thema's contractering 2024-2026, rij Bekostiging en tarieven", "CMP24-G2", "hoog"),
  tarief: tariefVV2024([
    {
      soort: "nieuweAanbieder",
      nietGepubliceerd: true,
      bron: s3("Bekostiging Zorg en Zekerheid 'Lager richttarief voor nieuwe aanbieders' (L284-301)", "CMP24-ZZ", "hoog"),
    },
    {
      soort: "opslag",
      kenmerk: "werkgeversopslag",
      pp: pp("0.3"),
      omschrijving: "Meerjarige werkgeversopslag 0,3% van het NZa-tarief (2024)",
      bron: s3("Bekostiging Zorg en Zekerheid, blok L-i (L437-447)", "CMP24-ZZ", "laag"),
    },
  ]),
  volume: geenVolume2024,
  crisisOntbreekt: geenCrisisregel2024,
  voorwaarden: {
    groeiplafondInclBehandeling: {
      waarde: pp(80),
      bron: s3("Bekostiging Zorg en Zekerheid 'Groeiplafond tot 80% voor verblijf incl. behandeling, tegenover de totale intramurale mix' (L290-292)", "CMP24-ZZ", "hoog"),
      onduidelijkheid: "'Groeiplafond tot 80%' is gelezen als: het aandeel verblijf inclusief behandeling in de intramurale mix mag tot en met 80% zijn.",
    },
  },
};
