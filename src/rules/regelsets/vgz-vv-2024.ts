import { pp } from "../decimaal";
import type { Regelsetdefinitie } from "../regelset";
import { geenCrisisregel2024, geenVolume2024, s3, tariefVV2024 } from "./vv-2024-gemeenschappelijk";

/** VGZ, V&V 2024, from the comparison table of seven zorgkantoren (seed 003, a secondary source). */
export const VGZ_VV_2024: Regelsetdefinitie = {
  id: "VGZ-VV-2024",
  zorgkantoor: "VGZ",
  sectoren: ["V&V"],
  jaar: 2024,
  omschrijving: "richttarief 95,5%; toeslagen op VPT (0,4%) en MPT (3,5%) bij een plan",
  bron: s3("Tabel thema's contractering 2024-2026, rij Bekostiging en tarieven", "CMP24-G2", "hoog"),
  tarief: tariefVV2024([
    {
      soort: "opslag",
      kenmerk: "planOpslag",
      pp: pp("0.4"),
      leveringsvormen: ["VPT"],
      omschrijving: "Toeslag VPT 0,4 procentpunt op basis van een specifiek plan",
      bron: s3("Bekostiging VGZ 'Toeslagen op VPT (0,4%) en MPT (3,5%)' (L341-355)", "CMP24-VGZ", "middel"),
      onduidelijkheid: "'0,4%' kan procentpunten of relatief betekenen; standaard procentpunten.",
    },
    {
      soort: "opslag",
      kenmerk: "planOpslag",
      pp: pp("3.5"),
      leveringsvormen: ["MPT"],
      omschrijving: "Toeslag MPT 3,5 procentpunt op basis van een specifiek plan",
      bron: s3("Bekostiging VGZ 'Toeslagen op VPT (0,4%) en MPT (3,5%)' (L341-355)", "CMP24-VGZ", "middel"),
      onduidelijkheid: "'3,5%' kan procentpunten of relatief betekenen; standaard procentpunten.",
    },
  ]),
  volume: geenVolume2024,
  crisisOntbreekt: geenCrisisregel2024,
  voorwaarden: {
    geenIntramuraalZzp: {
      zzp: { waarde: 4, bron: s3("Bekostiging VGZ 'Geen intramurale zorg met ZZP4 meer, tenzij sociale context hierom vraagt' (L211-213)", "CMP24-VGZ", "hoog") },
      tenzijSocialeContext: true,
      onduidelijkheid: "'ZZP4' is gelezen als VV4 (tabel V&V); of de sociale context erom vraagt beoordeelt het zorgkantoor.",
    },
  },
};
