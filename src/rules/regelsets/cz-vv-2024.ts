import { pp } from "../decimaal";
import type { Regelsetdefinitie } from "../regelset";
import { geenCrisisregel2024, geenVolume2024, s3, tariefVV2024 } from "./vv-2024-gemeenschappelijk";

/** CZ zorgkantoor, V&V 2024, from the comparison table of seven zorgkantoren (seed 003, a secondary source). */
export const CZ_VV_2024: Regelsetdefinitie = {
  id: "CZ-VV-2024",
  zorgkantoor: "CZ zorgkantoor",
  sectoren: ["V&V"],
  jaar: 2024,
  omschrijving: "richttarief 95,5%; nieuwe aanbieders −2%; +0,1% technologie; +0,3% bewegingen en doelen of free proposal tot 100%",
  bron: s3("Tabel thema's contractering 2024-2026, rij Bekostiging en tarieven", "CMP24-G2", "hoog"),
  tarief: tariefVV2024([
    {
      soort: "nieuweAanbieder",
      verlagingPp: pp(2),
      bron: s3("Bekostiging CZ 'Nieuwe aanbieders ontvangen −2% richttarief' (L236-250)", "CMP24-CZ", "hoog"),
      onduidelijkheid: "'−2%' kan procentpunten of relatief betekenen; standaard procentpunten.",
    },
    {
      soort: "opslag",
      kenmerk: "technologieOpslag",
      pp: pp("0.1"),
      omschrijving: "Opslag bewezen effectieve arbeidsbesparende technologie +0,1 procentpunt",
      bron: s3("Bekostiging CZ (L236-250)", "CMP24-CZ", "hoog"),
      onduidelijkheid: "'+0,1%' kan procentpunten of relatief betekenen; standaard procentpunten.",
    },
    {
      soort: "opslag",
      kenmerk: "bewegingenOpslag",
      pp: pp("0.3"),
      omschrijving: "Opslag bewegingen en doelen +0,3 procentpunt",
      bron: s3("Bekostiging CZ (L236-250)", "CMP24-CZ", "hoog"),
      onduidelijkheid: "'+0,3%' kan procentpunten of relatief betekenen; standaard procentpunten.",
    },
    {
      soort: "vrijVoorstel",
      tot: pp(100),
      bron: s3("Bekostiging CZ 'of free proposal tot 100%' (L236-250)", "CMP24-CZ", "hoog"),
    },
  ]),
  volume: geenVolume2024,
  crisisOntbreekt: geenCrisisregel2024,
  voorwaarden: {},
};
