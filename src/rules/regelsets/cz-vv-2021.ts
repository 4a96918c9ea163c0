import { D, pp } from "../decimaal";
import { bron, SEEDS } from "../bronnen";
import type { Regelsetdefinitie } from "../regelset";
import { DOCUMENTEN_2021, HERSCHIKKING_NZA_2021, LANDELIJK_2021 } from "./landelijk-2021";

const s0 = (sectie: string, regel: string) => bron(SEEDS.CZ_VV_2021, sectie, regel);

/** CZ zorgkantoor, Zorginkoopdocument 2021, sector V&V (seed 000). Inherits the national 2021 rules it does not repeat. */
export const CZ_VV_2021: Regelsetdefinitie = {
  id: "CZ-VV-2021",
  erftVan: "LANDELIJK-2021",
  zorgkantoor: "CZ zorgkantoor",
  sectoren: ["V&V"],
  jaar: 2021,
  omschrijving: "94% + 2% opslag met plan (max. 96%), NHC/NIC 100%, initieel volume 95/95/90%, crisisbedden 50%-regel en 365 dagen per bed",
  bron: s0("§4.3 Bepaling van de tarieven", "CZ21-T5"),
  tarief: {
    soortBasis: "basistarief",
    basis: { waarde: pp(94), bron: s0("§3.2 (L269-270); §4.3 (L391-393)", "CZ21-T1") },
    nhcNic: { waarde: new D(1), vorm: "apart", bron: s0("§4.3 Bepaling van de tarieven inclusief NHC/NIC (L450-454)", "CZ21-T4") },
    regels: [
      {
        soort: "opslag",
        kenmerk: "planOpslag",
        pp: pp(2),
        omschrijving: "Opslag passende zorg/innovatie (plan aangevinkt bij inschrijving)",
        bron: s0("§4.3 (L397-403, L419-424)", "CZ21-T2"),
      },
      {
        soort: "historischLager",
        regime: "behouden",
        bron: bron(SEEDS.NVI_2021, "§2.2 lagere historische afspraken blijven (VID-0066, 1079)", "VID-1079"),
        onduidelijkheid:
          "Of een aanbieder met een historisch lager tarief nog opslag krijgt, laat de NvI aan het zorgkantoor (VID-1480) en het CZ-document zwijgt; standaard: het lagere percentage blijft, zonder opslag erbovenop.",
      },
      { soort: "plafond", percentage: pp(96), bron: s0("§4.3 'maximaal 96% van het NZa-maximumtarief' (L450-454)", "CZ21-T3") },
    ],
  },
  volume: {
    percentages: {
      ZZP: { waarde: pp(95), bron: s0("§4.4 (L468)", "CZ21-V2") },
      VPT: { waarde: pp(95), bron: s0("§4.4 (L468)", "CZ21-V2") },
      MPT: { waarde: pp(90), bron: s0("§4.4 (L468)", "CZ21-V2") },
    },
    bronZonderFormule: s0("§4.4 herschikte afspraak 2020 op geëxtrapoleerde realisatie; formule staat niet in de bron (L468-471)", "CZ21-V3"),
  },
  crisisOntbreekt: undefined,
  crisis: {
    soort: "cz2021",
    bron: s0("§4.5 Crisisbedden, Tabel 1 Rekenvoorbeeld crisisbed (L519-537)", "CZ21-C4"),
    capDagenPerBed: { waarde: 365, bron: s0("§4.5 'Declaraties boven de 365 dagen per jaar per afgesproken bed worden bij de nacalculatie niet vergoed' (L524)", "CZ21-C3") },
    drempel: { waarde: new D("0.5"), bron: s0("§4.5 leegstand 'meer dan 50%' (L525-526)", "CZ21-C4") },
    factor: { waarde: new D("0.5"), bron: s0("§4.5 bezette dagen + 50% van de onbezette dagen (L525-526)", "CZ21-C4") },
    prestaties: { waarde: ["Z110", "Z490", "Z491", "Z560"], bron: s0("§4.5 Crisisbedden (L519-523)", "CZ21-C1") },
  },
  voorwaarden: {
    inschrijving: { omschrijving: "Sluitingstermijn inschrijving", uiterlijk: "2020-07-31T17:00", bron: s0("§5.1 Tabel 2 stap 6", "CZ21-Tabel2-6") },
    bezwaar: {
      dagen: { waarde: 20, bron: s0("§6.3 Bezwaren: 'binnen 20 dagen na uitgifte van dit document'; kort geding alleen na bezwaar; 'uitdrukkelijk een vervaltermijn' (L852-868); Tabel 2 (L694-698)", "CZ21-K21") },
      onduidelijkheid: "De bron zegt '20 dagen', niet kalender- of werkdagen; standaard kalenderdagen (zoals CZ 2026 '20 kalenderdagen').",
    },
    betalingen: {
      zonderVoorschot: {
        nieuwMinimaalMaanden: { waarde: 6, bron: s0("Bijlage 1 Betaling van de zorg bij nieuwe zorgaanbieders: 'Dit geldt voor een periode van minimaal een halfjaar' (L920-924)", "CZ21-P3") },
        bron: s0("Bijlage 1 nieuwe zorgaanbieders: niet bevoorschot, achteraf per maand op basis van de realisatie en tot maximaal de productieafspraak (L920-924)", "CZ21-P3"),
      },
    },
    betalingsdrempel: { waarde: new D(5000), bron: s0("Bijlage 1 Minimale betalingsomvang 'meer dan € 5.000' (L915-919)", "CZ21-P2") },
    vogNietVoor: { waarde: "2020-01-01", bron: s0("§6.2 VOG rechtspersonen niet ouder dan 1 januari 2020 (L782-784)", "CZ21-K15") },
    contractduur: {
      nieuw: "eenjarig (2021)",
      bestaandNieuw: "meerjarig (2021-2023)",
      bestaandHeelJaar: "meerjarig (2021-2023)",
      bestaandDeelJaar: "eenjarig (2021)",
      // S0 §4.2 only gives new providers a one-year agreement; the other durations are the NvI's (VID-0071).
      bron: bron(SEEDS.NVI_2021, "§3.4 looptijd per categorie (L6617-6641); CZ Zorginkoopdocument 2021 §4.2 noemt alleen een eenjarige overeenkomst voor nieuwe zorgaanbieders", "VID-0071"),
    },
    // CZ asks every provider for the Inschrijvingsverklaring and the bijlage Onderaannemers, on top of the national list.
    documenten: {
      ...DOCUMENTEN_2021,
      alle: [
        { naam: "Inschrijvingsverklaring", bron: s0("§5.2 Indiening inschrijving; §6.2 'De Inschrijvingsverklaring moet door alle zorgaanbieders … worden ingediend' (L711-715, L770-777)", "CZ21-K12") },
        { naam: "Bijlage voor onderaannemers", bron: s0("§5.2/§6.2 'Daarnaast dient altijd de bijlage voor onderaannemers ingediend te worden' (L713-715, L776-777)", "CZ21-K12") },
      ],
    },
    aanvraagVolstaat: {
      ...LANDELIJK_2021.voorwaarden!.aanvraagVolstaat!,
      onduidelijkheid:
        "CZ21-K15 eist een VOG RP op de datum van inschrijving; de later gepubliceerde NvI (VID-0031) accepteert eenmalig bewijs van aanvraag. Standaard geldt de NvI.",
    },
    proceduretermijnen: {
      herschikkingNza: HERSCHIKKING_NZA_2021,
      vecozoCertificaat: {
        omschrijving: "Werkend VECOZO-certificaat van de tekenbevoegde bestuurder",
        uiterlijk: "2020-10-15",
        gevolg: "geen overeenkomst 2021",
        bron: s0("§6.2 VECOZO-certificaat: 'die op 15 oktober 2020 niet beschikken over een … werkend VECOZO-certificaat, ontvangen geen overeenkomst' (L818-825)", "CZ21-K20"),
      },
    },
    tussentijds: {
      van: "2020-12-01",
      tot: "2021-04-30",
      alleenCategorieen: ["nieuw"],
      bron: s0("§5.2 'het VECOZO-portaal beschikbaar van 1 december 2020 tot 1 mei 2021 voor nieuwe zorgaanbieders die in de loop van 2021 voor een overeenkomst in aanmerking willen komen' (L740-743)", "CZ21-K9"),
      onduidelijkheid: {
        id: "AMB-CZ21-TUSSENTIJDS",
        tekst: "'van 1 december 2020 tot 1 mei 2021' noemt geen tijdstip; standaard is 'tot' exclusief: 30 april 2021 is de laatste dag.",
      },
    },
    crisisprestatieSectoren: {
      waarde: {
        Z110: { sector: "V&V", doelgroep: "crisisopvang V&V" },
        Z490: { sector: "GZ", doelgroep: "crisisopvang VG" },
        Z491: { sector: "GZ", doelgroep: "crisisopvang VG" },
        Z560: { sector: "GZ", doelgroep: "crisisopvang LVG" },
      },
      bron: s0("§4.5 'Z110 (crisisopvang V&V), Z490 en Z491(crisisopvang VG) of Z560 (crisisopvang LVG)' (L519-523)", "CZ21-C1"),
    },
  },
};
