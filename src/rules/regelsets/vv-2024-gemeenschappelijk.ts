import { D, pp } from "../decimaal";
import { bron, SEEDS, type Zekerheid } from "../bronnen";
import type { Regelset } from "../regelset";

/** Seed 003 with the confidence of the column reconstruction (catalogue §4). */
export const s3 = (sectie: string, regel: string, zekerheid: Zekerheid) => bron(SEEDS.VERGELIJKING_2024, sectie, regel, zekerheid);

/** The national V&V richttarief 2024 (95,5% excl. NHC/NIC) that all seven tables start from. It is not a cap. */
export function tariefVV2024(regels: Regelset["tarief"]["regels"]): Regelset["tarief"] {
  return {
    soortBasis: "richttarief",
    basis: { waarde: pp("95.5"), bron: s3("Inleiding: 95,5% van het NZa maximumtarief (exclusief NHC/NIC) (L16-17)", "CMP24-G2", "hoog") },
    nhcNic: {
      waarde: new D(1),
      vorm: "apart",
      bron: s3("Inleiding 'exclusief NHC/NIC' (L16-17)", "CMP24-G2", "hoog"),
      onduidelijkheid: "De tabel thema’s in contractering zegt alleen dat 95,5% exclusief NHC/NIC is; standaard wordt NHC/NIC tegen 100% vergoed (landelijk sinds 2021, VID-1927).",
    },
    regels,
  };
}

export const geenCrisisregel2024 = {
  reden: "De tabel thema’s in contractering geeft geen rekenregel voor crisisbedden (crisiszorg per regionale crisisregelingen).",
  bron: s3("Overig (L605-678)", "CMP24-Overig", "middel"),
};

export const geenVolume2024 = {
  percentages: {},
  bronZonderFormule: s3("Bekostiging en tarieven: geen volumeregel (L190-447)", "CMP24-G2", "hoog"),
};
