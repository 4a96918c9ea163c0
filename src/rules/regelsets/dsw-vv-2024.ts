import { pp } from "../decimaal";
import type { Regelsetdefinitie } from "../regelset";
import { geenCrisisregel2024, geenVolume2024, s3, tariefVV2024 } from "./vv-2024-gemeenschappelijk";

/** DSW Zorgverzekeraar, V&V 2024, from the comparison table of seven zorgkantoren (seed 003, a secondary source). */
export const DSW_VV_2024: Regelsetdefinitie = {
  id: "DSW-VV-2024",
  zorgkantoor: "DSW Zorgverzekeraar",
  sectoren: ["V&V"],
  jaar: 2024,
  omschrijving: "monitor: tariefpercentage 2023 ±1% (max. 97,5%); nieuwe aanbieders 91%",
  bron: s3("Tabel thema's contractering 2024-2026, rij Bekostiging en tarieven", "CMP24-G2", "hoog"),
  tarief: tariefVV2024([
    {
      soort: "nieuweAanbieder",
      vastPercentage: pp(91),
      bron: s3("Bekostiging DSW nieuwe zorgaanbieders '91% van het NZa tarief' (L393-410)", "CMP24-DSW", "hoog"),
    },
    {
      soort: "monitor",
      stapPp: pp(1),
      bron: s3("Bekostiging DSW monitor: verhoging/verlaging van maximaal 1% of gelijk t.o.v. 2023 (L267-283, L393-410)", "CMP24-DSW", "hoog"),
    },
    {
      soort: "plafond",
      percentage: pp("97.5"),
      bron: s3("Bekostiging DSW 'met een maximum van 97,5% van het NZa-tarief' (L393-410)", "CMP24-DSW", "hoog"),
    },
  ]),
  volume: geenVolume2024,
  crisisOntbreekt: geenCrisisregel2024,
  voorwaarden: {
    contractduur: {
      nieuw: "eenjarig (2024)",
      bestaandNieuw: "niet in de bron (de tabel noemt alleen de looptijd voor nieuwe zorgaanbieders)",
      bestaandHeelJaar: "niet in de bron (de tabel noemt alleen de looptijd voor nieuwe zorgaanbieders)",
      bestaandDeelJaar: "niet in de bron (de tabel noemt alleen de looptijd voor nieuwe zorgaanbieders)",
      bron: s3("Bekostiging DSW 'Nieuwe zorgaanbieders: eenjarige overeenkomst' (L393-410)", "CMP24-DSW", "hoog"),
    },
  },
};
