import { D, pp } from "../decimaal";
import { bron, SEEDS } from "../bronnen";
import type { Regelsetdefinitie } from "../regelset";

const nvi = (sectie: string, regel: string) => bron(SEEDS.NVI_2021, sectie, regel);

/** National ZN framework 2021 as settled by the Nota van Inlichtingen (all zorgkantoren; Menzis and DSW keep their own opslag). */
export const LANDELIJK_2021: Regelsetdefinitie = {
  id: "LANDELIJK-2021",
  zorgkantoor: "Landelijk (ZN-inkoopkader; niet Menzis en DSW voor de opslag)",
  sectoren: ["V&V", "GZ", "GGZ"],
  jaar: 2021,
  omschrijving: "94% basistarief, +2 procentpunt opslag met plan (max. 96%), NHC/NIC 100%, historisch lager percentage blijft",
  bron: nvi("Nota van Inlichtingen Inkoopkader Wlz 2021-2023 §2.2", "VID-0066"),
  tarief: {
    soortBasis: "basistarief",
    basis: { waarde: pp(94), bron: nvi("§2.2 (VID-0379, 0380, 1079, 0459)", "VID-0379") },
    nhcNic: { waarde: new D(1), vorm: "apart", bron: nvi("§2.1/2.2 'Op de NHC/NIC component is geen korting van toepassing'", "VID-1927") },
    regels: [
      {
        soort: "opslag",
        kenmerk: "planOpslag",
        pp: pp(2),
        omschrijving: "Opslag 2 procentpunt voor een plan (kernelementen)",
        bron: nvi("§2.2 '…in aanmerking voor een tarief van 96%'; 94% + 2% = 96%, niet 94% x 1,02", "VID-0066"),
      },
      {
        soort: "historischLager",
        regime: "behouden",
        bron: nvi("§2.2 'tenzij zij in 2020 een tarief ontvingen dat lager was dan 96%' (VID-0066, 1079)", "VID-1079"),
        onduidelijkheid:
          "Of een aanbieder met een historisch lager tarief nog opslag krijgt, laat de NvI aan het zorgkantoor (VID-1480); standaard: het lagere percentage blijft, zonder opslag erbovenop.",
      },
      { soort: "plafond", percentage: pp(96), bron: nvi("§2.2 '96% is het maximaal behaalbare tarief'; opslag niet te verhogen (VID-1607, 1712)", "VID-0066") },
    ],
  },
  volume: {
    percentages: {},
    bronZonderFormule: nvi("§2.8 basis voor het omzetniveau is regionaal; geen extrapolatieformule", "VID-0005"),
  },
  crisisOntbreekt: {
    reden: "De Nota van Inlichtingen 2021 bevat geen regel voor crisisbedden of leegstand; zie de regelset van het zorgkantoor (bijv. CZ-VV-2021).",
    bron: nvi("geen crisisregel in de 512 vragen (VID-1070, 1962)", "VID-1962"),
  },
  voorwaarden: {
    inschrijving: { omschrijving: "Sluiting inschrijving", uiterlijk: "2020-07-31T17:00", bron: nvi("§3 'uiterlijk 31 juli 2020 17.00 uur'", "VID-0024") },
    eigenLevering: { waarde: new D(2).div(3), bron: nvi("§3.1 'tenminste 2/3 van de gecontracteerde zorg zelf te leveren'", "VID-0655") },
    kvkMaanden: { waarde: 6, bron: nvi("§3.9 KvK-uittreksel niet ouder dan zes maanden", "VID-0614") },
    vogMaanden: { waarde: 12, bron: nvi("§3.9 VOG RP niet ouder dan een jaar", "VID-0611") },
    categorie: {
      peiljaar: 2020,
      declaratieEis: "in-peiljaar",
      bron: nvi("§3.3 contract elders heel 2020 maar geen zorgkosten gedeclareerd = nieuwe zorgaanbieder", "VID-0025"),
    },
    contractduur: {
      nieuw: "eenjarig (2021)",
      bestaandNieuw: "meerjarig (2021-2023)",
      bestaandHeelJaar: "meerjarig (2021-2023)",
      bestaandDeelJaar: "eenjarig (2021)",
      bron: nvi("§3.4 looptijd per categorie", "VID-0071"),
    },
  },
};
