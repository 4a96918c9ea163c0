import { pp } from "../decimaal";
import type { Regelsetdefinitie } from "../regelset";
import { geenCrisisregel2024, geenVolume2024, s3, tariefVV2024 } from "./vv-2024-gemeenschappelijk";

/** Menzis, V&V 2024, from the comparison table of seven zorgkantoren (seed 003, a secondary source). */
export const MENZIS_VV_2024: Regelsetdefinitie = {
  id: "MENZIS-VV-2024",
  zorgkantoor: "Menzis",
  sectoren: ["V&V"],
  jaar: 2024,
  omschrijving: "richttarief 95,5%; nieuwe aanbieders −2%; differentiatie −2% tot +1%",
  bron: s3("Tabel thema's contractering 2024-2026, rij Bekostiging en tarieven", "CMP24-G2", "hoog"),
  tarief: tariefVV2024([
    {
      soort: "nieuweAanbieder",
      verlagingPp: pp(2),
      bron: s3("Bekostiging Menzis 'Nieuwe aanbieders ontvangen −2% richttarief' (L221-235)", "CMP24-Menzis", "hoog"),
      onduidelijkheid: "'−2%' kan procentpunten of relatief betekenen; standaard procentpunten.",
    },
    {
      soort: "differentiatie",
      minPp: pp(-2),
      maxPp: pp(1),
      bron: s3("Bekostiging Menzis 'Maximale differentiatie is van -2% tot +1% van richttarief' (L356-392)", "CMP24-Menzis", "middel"),
      onduidelijkheid: "'−2% tot +1% van richttarief' kan procentpunten of relatief betekenen; standaard procentpunten.",
    },
  ]),
  volume: geenVolume2024,
  crisisOntbreekt: geenCrisisregel2024,
  voorwaarden: {},
};
