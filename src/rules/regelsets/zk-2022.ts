import { D, pp } from "../decimaal";
import { bron, SEEDS } from "../bronnen";
import type { Regelsetdefinitie } from "../regelset";

const s4 = (sectie: string, regel: string) => bron(SEEDS.ZK_2022, sectie, regel);

/**
 * Zilveren Kruis, Inkoopbeleid Wlz 2022-2023 (seed 004, a change document). The 2022 base tariff and
 * opslagen are in a document that is not among the sources, so they are not published here.
 */
export const ZK_2022: Regelsetdefinitie = {
  id: "ZK-2022",
  zorgkantoor: "Zilveren Kruis",
  sectoren: ["V&V", "GZ", "GGZ"],
  jaar: 2022,
  omschrijving: "Geld-volgt-klant (geen initiële volumes), crisis 70%-bezettingsregel, omzetting naar vaste volumes boven 2% korting, hoofdsectorregel; basistarief niet in de bron",
  bron: s4("Inkoopbeleid Wlz 2022-2023", "ZK22-T4"),
  tarief: {
    soortBasis: "basistarief",
    basis: {
      nietGepubliceerd: true,
      wat: "Het basistariefpercentage 2022-2023 van Zilveren Kruis staat niet in de bron (hoofdstuk 2 van een ander document)",
      aanvullen: "vul het veld Richttarief van het aanbiedersprofiel in met het gepubliceerde basistariefpercentage",
      bron: s4("Tarief 2022-2023 (L293-300)", "ZK22-T4"),
    },
    nhcNic: {
      waarde: new D(1),
      vorm: "apart",
      bron: s4("geen NHC/NIC-regel in de bron; de Nota van Inlichtingen 2021-2023 legt 100% alleen voor 2021 vast (VID-1209, VID-1927)", "ZK22-T4"),
      onduidelijkheid:
        "De bron noemt geen NHC/NIC-percentage en de NvI legt 100% alleen voor 2021 vast ('De huidige financiering NHC/NIC blijft gehandhaafd voor 2021', VID-1209); standaard 100% ook voor 2022 en 2023.",
    },
    info: [
      {
        tekst: "Opslagen 2021 (max. 2%, waaronder 1%/1%/2% kleine aanbieders) zijn vervallen en worden niet toegepast",
        bron: s4("Vervallen paragrafen 2021 (L300-357)", "ZK22-T5"),
      },
    ],
    regels: [],
  },
  volume: {
    percentages: {},
    geenInitieelVolume: {
      waarde: "Zilveren Kruis maakt geen initiële volumeafspraken (geld volgt klant; omzetniveau € 1 op het budgetformulier)",
      bron: s4("Geld volgt klant (L523-551)", "ZK22-V1"),
    },
    bronZonderFormule: s4("Herschikking: laatst gedeclareerde maand geëxtrapoleerd, peildatum niet in de bron (L818-834)", "ZK22-V6"),
  },
  crisis: {
    soort: "beschikbaarheid",
    bron: s4("Crisiszorg: onbezette crisisdagen worden vergoed (beschikbaarheid) (L676-681)", "ZK22-C4"),
    bezettingsnorm: { waarde: pp(70), bron: s4("Crisis: bezetting onder 70% verlaagt de afspraak 'in principe' (L670-676, L703-708)", "ZK22-C6") },
  },
  voorwaarden: {
    gvkKortingsdrempel: { waarde: pp(2), bron: s4("Korting boven 2% zet geld-volgt-klant om naar vaste volumes (L561-586, L843-848)", "ZK22-V5") },
    hoofdsector: s4("Tariefpercentage van de hoofdsector voor de hele afspraak (L493-497)", "ZK22-T1"),
  },
};
