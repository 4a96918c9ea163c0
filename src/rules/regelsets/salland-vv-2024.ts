import { pp } from "../decimaal";
import type { Regelsetdefinitie } from "../regelset";
import { geenCrisisregel2024, geenVolume2024, s3, tariefVV2024 } from "./vv-2024-gemeenschappelijk";

/** Salland Zorgkantoor, V&V 2024, from the comparison table of seven zorgkantoren (seed 003, a secondary source). */
export const SALLAND_VV_2024: Regelsetdefinitie = {
  id: "SALLAND-VV-2024",
  zorgkantoor: "Salland Zorgkantoor",
  sectoren: ["V&V"],
  jaar: 2024,
  omschrijving: "richttarief 95,5%; negatief effect op het tarief zonder kwaliteit, regionale samenwerking en transformatie",
  bron: s3("Tabel thema's contractering 2024-2026, rij Bekostiging en tarieven", "CMP24-G2", "hoog"),
  tarief: tariefVV2024([
    {
      soort: "regionaleBijdrage",
      omschrijving: "Niet willen of kunnen voldoen aan kwaliteit, regionale samenwerking en transformatie: negatief effect op het tarief (hoogte niet in de bron)",
      bron: s3("Bekostiging Salland (L251-266)", "CMP24-Salland", "hoog"),
    },
  ]),
  volume: geenVolume2024,
  crisisOntbreekt: geenCrisisregel2024,
  voorwaarden: {},
};
