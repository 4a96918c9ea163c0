import { D, pp } from "../decimaal";
import { bron, SEEDS } from "../bronnen";
import type { Regelsetdefinitie } from "../regelset";

const s1 = (sectie: string, regel: string) => bron(SEEDS.CZ_GZ_2026, sectie, regel);

/** CZ zorgkantoor, Zorginkoopdocument 2024-2026, inkoopjaar 2026, sector GZ (seed 001). */
export const CZ_GZ_2026: Regelsetdefinitie = {
  id: "CZ-GZ-2026",
  zorgkantoor: "CZ zorgkantoor",
  sectoren: ["GZ"],
  jaar: 2026,
  omschrijving: "Richttarief GZ 2026 met aanpassingen; VPT/DTV/logeren 100%; initieel volume 95% met extrapolatie jan-jun + juni/30 x 184; crisisleegstand onderhandeld",
  bron: s1("§5.1 Tarieven", "CZ26-T1"),
  tarief: {
    soortBasis: "richttarief",
    basis: {
      nietGepubliceerd: true,
      wat: "Het richttariefpercentage GZ 2026 staat niet in de bron (gepubliceerd uiterlijk 5 september 2025)",
      aanvullen: "vul het veld Richttarief van het aanbiedersprofiel in (bijv. 97,8%)",
      bron: s1("§5.1.1 (L546-558)", "CZ26-T2"),
    },
    info: [{ tekst: "Richttarief GZ 2025 was 97,8% (alleen ter informatie, geen recht voor 2026)", bron: s1("§5.1.1 (L564-567)", "CZ26-T3") }],
    nhcNic: { waarde: new D(1), vorm: "gecombineerd", bron: s1("§5.1.1 inkooppercentage NHC/NIC 100% (L570-575)", "CZ26-T5") },
    regels: [
      {
        soort: "honderdProcent",
        leveringsvormen: ["VPT", "DTV", "LOGEREN"],
        uitgezonderd: ["toeslag", "dagbesteding", "vervoer"],
        bron: s1("§5.1.2.b Logeren, DTV en VPT 100% voor 2024, 2025 en 2026 (L657-673)", "CZ26-T14"),
        bronUitzondering: s1("§5.1.2.b 'geldt niet voor de categorie zorgaanbieders met een lager tarief' en de toeslagen, dagbesteding en vervoer (L674-677)", "CZ26-T15"),
        onduidelijkheid:
          "De bron noemt de 100% voor VPT, DTV en logeren 'voor 2024 en 2025' en elders 'voor 2024, 2025 en 2026' en 'voor het jaar 2026' (§5.1.2.b); standaard geldt 100% ook in 2026.",
      },
      {
        soort: "uitzonderingTotBasis",
        bron: s1("§5.1.2a uitzondering nieuwe aanbieders (complexe doelgroepen) en bestaand maar nieuw: niet hoger dan richttarief (L594-599)", "CZ26-T10"),
        onduidelijkheid:
          "'Wij kunnen een uitzondering maken … Tot de uitzondering behoren ook bestaande zorgaanbieders' laat de uitzondering aan het zorgkantoor; zonder veld Uitzondering telt bestaand maar nieuw als nieuw voor het zorgkantoor (richttarief − 2) met als marge tot het richttarief.",
      },
      {
        soort: "nieuweAanbieder",
        verlagingPp: pp(2),
        bron: s1("§5.1.2a Nieuwe zorgaanbieders '2% lager is dan het richttariefpercentage' (L588-593)", "CZ26-T9"),
        onduidelijkheid: "'2% lager' kan procentpunten of relatief betekenen; standaard procentpunten (R − 2).",
      },
      {
        soort: "historischLager",
        regime: "nooitBovenBasis",
        bron: s1("§5.1.2a historisch lager tarief: nooit boven het richttarief (L600-611)", "CZ26-T11"),
        onduidelijkheid:
          "De uitkomst is een overleg; zonder 'Afgesproken percentage' geldt het historische percentage. Vergeleken wordt met het richttarief van het inkoopjaar.",
      },
      { soort: "lagereKosten", verlagingPp: pp(2), bron: s1("§5.1.2a historisch lagere kosten: minimaal 2% lager dan R 2026 (L612-632)", "CZ26-T12") },
      {
        soort: "regionaleBijdrage",
        omschrijving: "Geen actieve bijdrage aan de regionale opgave: lager tarief (hoogte niet in de bron)",
        bron: s1("§5.1.2a geen actieve bijdrage aan een regionale opgave (L633-656)", "CZ26-T13"),
      },
    ],
  },
  volume: {
    percentages: {
      ZZP: { waarde: pp(95), bron: s1("§5.2 (L728)", "CZ26-V2") },
      VPT: { waarde: pp(95), bron: s1("§5.2 (L728)", "CZ26-V2") },
      DTV: { waarde: pp(95), bron: s1("§5.2 (L728)", "CZ26-V2") },
      MPT: { waarde: pp(95), bron: s1("§5.2 (L728)", "CZ26-V2") },
    },
    herschikking: { deler: 30, dagen: 184, bron: s1("§5.2 realisatie januari t/m juni 2025 + (juni 2025 / 30 dagen x 184 dagen) (L729-731)", "CZ26-V3") },
  },
  crisis: { soort: "onderhandeld", bron: s1("§5.5 Financiering leegstand: tarief voor leegstand in overleg (L835-840)", "CZ26-C3") },
  voorwaarden: {
    inschrijving: { omschrijving: "Sluitingstermijn inschrijving", uiterlijk: "2025-07-31T17:00", bron: s1("§6.1 Tijdpad stap 5; §7.1 (L1360-1375)", "CZ26-K18") },
    eigenLevering: { waarde: new D(2).div(3), bron: s1("§6.2 onderaanneming: tenminste 2/3 zelf leveren (L1035-1046)", "CZ26-K10") },
    volleDochtersTellenNiet: {
      bron: bron(SEEDS.NVI_2021, "Bijlage 3A bijlage 2 Onderaannemerschap 2021: 'volle dochters' tellen niet mee (L9750-9760); CZ Zorginkoopdocument 2024-2026 §6.2 verwijst voor de definitie naar de overeenkomst (L1015)", "VID-1237"),
      onduidelijkheid:
        "Dat zorg door 100%-dochters of leden van een zorgcoöperatie niet meetelt staat in de NvI 2021 (VID-1237), niet in het CZ-document 2026 (dat voor de definitie naar de overeenkomst verwijst); standaard telt die zorg ook in 2026 niet mee.",
    },
    heelPakketMetToestemming: s1("§6.2 'niet is toegestaan om een ZZP- of VPT-pakket volledig door een onderaannemer te laten leveren, tenzij het zorgkantoor daar toestemming voor geeft' (L1042-1043)", "CZ26-K10"),
    kvkMaanden: { waarde: 6, bron: s1("Bijlage 3 Uittreksel Handelsregister niet ouder dan zes maanden", "CZ26-Bijlage3") },
    vogMaanden: { waarde: 12, bron: s1("Bijlage 3 VOG RP niet ouder dan een jaar", "CZ26-Bijlage3") },
    uboMaanden: { waarde: 6, bron: s1("Bijlage 3 Inschrijving UBO('s): 'Afschrift is niet ouder dan 6 maanden op het moment van inschrijving' (ook de printscreen)", "CZ26-Bijlage3") },
    wtzaEigenVerklaring: {
      zorgVoor: { waarde: "2025-01-01", bron: s1("Bijlage 3 Toelatingsvergunning Wtza, eigen verklaring: 'deze zorg al vóór 1 januari 2025 te verlenen'", "CZ26-Bijlage3") },
      zorgverleners: { waarde: [2, 10], bron: s1("Bijlage 3 eigen verklaring: 'met 2 tot maximaal 10 zorgverleners … OF … als solist in een BV'", "CZ26-Bijlage3") },
      bron: s1("Bijlage 3 Toelatingsvergunning Wtza van rechtswege, eigen verklaring: Zvw of Wlz; vóór 1-1-2025; 2 tot 10 zorgverleners of solist in een BV; geen medisch specialistische zorg", "CZ26-Bijlage3"),
    },
    jaarstukken: {
      jaarrekeningen: { waarde: [2023, 2024], bron: s1("Bijlage 3 Financieel plan: enkelvoudige jaarrekeningen 2023 en 2024 (tenzij startende organisatie) en geconsolideerde van een (groot)moedermaatschappij; §6.9 (L1355-1357)", "CZ26-Bijlage3") },
      begroting: { waarde: 2026, bron: s1("Bijlage 3 Financieel plan: begroting 2026 met splitsing naar domeinen; §6.9 (L1357)", "CZ26-Bijlage3") },
    },
    verzekeringMinimum: { waarde: new D(2500000), bron: s1("Bijlage 3 Aansprakelijkheidsverzekering minimaal € 2.500.000 per gebeurtenis", "CZ26-Bijlage3") },
    categorie: {
      peiljaar: 2024,
      declaratieEis: "vanaf-1-januari",
      bron: s1("§6.3 bestaand maar nieuw: overeenkomst heel kalenderjaar 2024 en declareren vanaf 1-1-2024 (L1066-1084)", "CZ26-K2"),
      onduidelijkheid: "De definitie noemt kalenderjaar 2024 terwijl het inkoopjaar 2026 is; letterlijk toegepast.",
    },
    contractduur: {
      nieuw: "eenjarig (2026)",
      bestaandNieuw: "eenjarig (2026)",
      bestaandHeelJaar: "lopend meerjarig (2024-2026 of 2025-2026)",
      bestaandHeelJaarEenjarig: "eenjarig (2026)",
      bestaandDeelJaar: "eenjarig (2026)",
      bron: s1("§6.4 soorten overeenkomsten (L1085-1101)", "CZ26-K4"),
      bronEenjarig: s1("§6.4 'die het hele aan 2026 voorafgaande jaar een eenjarige overeenkomst hebben gehad, komen in aanmerking voor een overeenkomst voor één jaar (2026)' (L1091-1093)", "CZ26-K4"),
    },
    documenten: {
      alle: [{ naam: "Bijlage onderaannemers (bijlage 2 bestuursverklaring / bijlage 1 inschrijvingsverklaring)", bron: s1("§6.2 onderaanneming melden bij inschrijving (L1035-1040); §7.3 (L1406-1412)", "CZ26-K6") }],
      bestaand: [{ naam: "Inschrijvingsverklaring", bron: s1("§6.5 overeenkomst tot en met 31 december 2026: inschrijvingsverklaring (L1115-1120)", "CZ26-K6") }],
      bestaandEenjarig: [
        { naam: "Bestuursverklaring", bron: s1("§6.5 eenjarige overeenkomst tot en met 31 december 2025: bestuursverklaring en inschrijvingsverklaring (L1121-1123)", "CZ26-K6") },
        { naam: "Inschrijvingsverklaring", bron: s1("§6.5 (L1121-1123)", "CZ26-K6") },
      ],
      bestaandNieuw: [
        { naam: "Bestuursverklaring", bron: s1("§6.5 bestaand maar nieuw: bestuursverklaring, inschrijvingsverklaring en een beknopt ondernemingsplan (L1136-1145)", "CZ26-K6") },
        { naam: "Inschrijvingsverklaring", bron: s1("§6.5 (L1136-1145)", "CZ26-K6") },
        { naam: "Beknopt ondernemingsplan (tenminste het bedrijfs- en financieel plan)", bron: s1("§6.5 'beknopt ondernemingsplan (tenminste het bedrijfs- en financieel plan …)' (L1141-1143)", "CZ26-K6") },
      ],
      nieuw: [
        { naam: "Bestuursverklaring", bron: s1("§6.5 nieuwe zorgaanbieder: bestuursverklaring, inschrijvingsverklaring, een ondernemingsplan en documenten ter onderbouwing (L1146-1150)", "CZ26-K6") },
        { naam: "Inschrijvingsverklaring", bron: s1("§6.5 (L1146-1150)", "CZ26-K6") },
        { naam: "Ondernemingsplan (volledig)", bron: s1("§6.5 (L1146-1150); §6.9 inhoud ondernemingsplan (L1314-1358)", "CZ26-K17") },
        { naam: "Uittreksel Handelsregister KvK (niet ouder dan zes maanden)", bron: s1("Bijlage 3 Uittreksel Handelsregister", "CZ26-Bijlage3") },
        { naam: "Uittreksel UBO-register (niet ouder dan zes maanden)", bron: s1("Bijlage 3 UBO-register", "CZ26-Bijlage3") },
        { naam: "Wtza-toelatingsvergunning of bewijs van toelating van rechtswege", bron: s1("Bijlage 3 Wtza-toelatingsvergunning", "CZ26-Bijlage3") },
        { naam: "VOG RP (niet ouder dan een jaar, voor deze procedure aangevraagd)", bron: s1("Bijlage 3 VOG RP", "CZ26-Bijlage3") },
        { naam: "Statuten met borging van de Governancecode Zorg", bron: s1("Bijlage 3 Statuten", "CZ26-Bijlage3") },
        { naam: "Aansprakelijkheidsverzekering (minimaal € 2.500.000 per gebeurtenis)", bron: s1("Bijlage 3 Aansprakelijkheidsverzekering", "CZ26-Bijlage3") },
        { naam: "Bewijs van de meldplicht Wtza", bron: s1("Bijlage 3 Meldplicht Wtza", "CZ26-Bijlage3") },
      ],
      onduidelijkheid: {
        id: "AMB-CZ26-BIJLAGE3",
        tekst:
          "De kolommen van Bijlage 3 (meesturen bij inschrijving / bij zorglevering / uiterlijk 6 maanden na ingangsdatum) ontbreken in de bron; standaard staan alleen de documenten die volgens de tekst bij de inschrijving horen in de lijst.",
        bron: s1("Bijlage 3 Overzicht aan te leveren documenten voor nieuwe zorgaanbieders (L1677-2137)", "CZ26-Bijlage3"),
      },
    },
    proceduretermijnen: {
      hardheidsclausule: {
        omschrijving: "Aanvraagformulier hardheidsclausule",
        uiterlijk: "2025-09-25",
        gevolg: "de aanvraag wordt niet meer in behandeling genomen",
        bron: s1("§5.1.3 'Na 25 september 2025 nemen wij de aanvragen niet meer in behandeling' (L718-721)", "CZ26-T18"),
      },
      vecozoCertificaat: {
        omschrijving: "Werkend VECOZO-certificaat van de tekenbevoegde bestuurder",
        uiterlijk: "2025-10-15",
        gevolg: "geen overeenkomst 2026",
        bron: s1("§7.3 VECOZO-certificaat: 'die op 15 oktober 2025 niet beschikken over een … werkend VECOZO-certificaat, ontvangen geen overeenkomst voor 2026' (L1449-1456)", "CZ26-K19"),
      },
    },
    tussentijds: { van: "2025-12-01", tot: "2026-03-02T17:00", bron: s1("§7.1 'Tussentijds inschrijven kan van 1 december 2025 tot 2 maart 2026 17:00 uur'; afgewezen na 31 juli: nog één keer (L1366-1373)", "CZ26-K18") },
    bezwaar: {
      dagen: { waarde: 20, bron: s1("§7.4 Bezwaren: 'binnen 20 kalenderdagen na uitgifte van dit document'; bezwaar vooraf aan kort geding; 'uitdrukkelijk een vervaltermijn' (L1480-1496); Tijdpad voetnoot 1 (L1008-1014)", "CZ26-K20") },
    },
    bezwaarRichttarief: {
      dagen: { waarde: 20, bron: s1("§5.1.1 bezwaren tegen de hoogte van de richttariefpercentages 2026: 'Hiervoor geldt een termijn van 20 kalenderdagen' (L560-562)", "CZ26-T2") },
      publicatie: { waarde: "2025-09-05", bron: s1("§5.1.1 'het op 5 september 2025 gepubliceerde richttariefpercentage 2026' (L557, L564)", "CZ26-T2") },
    },
    betalingen: {
      beginvoorschot: {
        maanden: ["2026-01", "2026-02"],
        bron: s1("Bijlage 1 januari en februari: initiële afspraak (+ niet teruggekochte volumekorting) / 12 x gepasseerde maanden − eerdere CAK-betalingen (L1552-1562)", "CZ26-P1"),
        onduidelijkheid:
          "De rij januari/februari noemt de initiële productieafspraak 2025 per november 2024 (overgenomen uit het vorige jaar); standaard de initiële afspraak 2026. 'Het aantal maanden dat al is gepasseerd' telt de betaalmaand mee (januari 1, februari 2).",
      },
      perioden: [
        { van: "2026-03", tot: "2026-10", voorschotMaanden: 2, plafond: "actuele productieafspraak", bron: s1("Bijlage 1 maart en april t/m oktober 2026: gedeclareerde realisatie plus twee maanden voorschot, maximaal de actuele productieafspraak (L1563-1584)", "CZ26-P2") },
        { van: "2026-11", tot: "2026-12", voorschotMaanden: 2, plafond: "herschikte productieafspraak", bron: s1("Bijlage 1 november en december 2026: realisatie plus twee maanden voorschot, maximaal de herschikte productieafspraak (L1585-1592)", "CZ26-P2") },
        { van: "2027-01", tot: "2027-01", voorschotMaanden: 1, plafond: "herschikte productieafspraak", bron: s1("Bijlage 1 januari 2027: realisatie plus één maand voorschot (L1593-1596)", "CZ26-P2") },
        { van: "2027-02", tot: "2027-03", voorschotMaanden: 0, plafond: "herschikte productieafspraak", bron: s1("Bijlage 1 februari en maart 2027: gedeclareerde realisatie, maximaal de herschikte afspraak (L1597-1601)", "CZ26-P2") },
      ],
      voorschotMaandOnduidelijkheid: "Hoe groot 'één maand voorschot' is staat niet in de bron; standaard 1/12 van de productieafspraak, zoals bij het voorschot van januari en februari.",
      zonderVoorschot: {
        nieuwMinimaalMaanden: { waarde: 6, bron: s1("Bijlage 1 'Voor nieuwe zorgaanbieders geldt dit voor een periode van minimaal een halfjaar' (L1609-1613)", "CZ26-P3") },
        bron: s1("Bijlage 1 Betaling voor aanbieders zonder voorschot: achteraf per maand op basis van de declaraties, maximaal de (herschikte) productieafspraak (L1609-1650)", "CZ26-P3"),
      },
      liquiditeitscorrectieWerkdag: {
        waarde: 17,
        bron: s1("Bijlage 1 liquiditeitscorrectie: 'uiterlijk de 17e werkdag van de voorliggende maand bij de inkoper gemotiveerd meldt' (L1578-1584)", "CZ26-P4"),
      },
    },
    dominanteSector: s1(
      "§7.2 'De tariefsystematiek van de dominante sector is van toepassing': de sector 'waarbinnen de zorgaanbieder de meeste zorg levert'; zorgprofielen uit andere sectoren met dezelfde tariefsystematiek en alleen de op- en afslagen van die sector (L1398-1405)",
      "CZ26-T20",
    ),
    locatieregel: {
      kleineLocatieMax: { waarde: 6, bron: s1("§6.2 'Kleine woonlocaties in de GZ van zes of minder personen met een Wlz-indicatie, tenzij de zorgaanbieder hier zelf om verzoekt' (L1033-1034)", "CZ26-K11") },
      sector: "GZ",
      bron: s1("§6.2 'De fysieke locatie waar u zorg levert, bepaalt met welk zorgkantoor u een contract moet sluiten' (L1021-1034)", "CZ26-K11"),
      onduidelijkheid: "Welk zorgkantoor een kleine GZ-locatie (uitzondering) dan wel contracteert, staat niet in de bron; standaard wordt alleen gemeld dat de locatieregel niet geldt.",
    },
  },
};
