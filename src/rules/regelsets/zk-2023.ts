import type { Regelsetdefinitie } from "../regelset";
import { ZK_2022 } from "./zk-2022";

/** Zilveren Kruis 2023: the same change document (seed 004) covers 2022 and 2023. */
export const ZK_2023: Regelsetdefinitie = {
  id: "ZK-2023",
  erftVan: "ZK-2022",
  zorgkantoor: ZK_2022.zorgkantoor,
  sectoren: ZK_2022.sectoren,
  jaar: 2023,
  omschrijving: ZK_2022.omschrijving,
  bron: ZK_2022.bron,
};
