import { D, pp } from "../decimaal";
import { bron, SEEDS } from "../bronnen";
import type { Documenteisen, Kwaliteitsbudgetregels, Proceduretermijn, Regelsetdefinitie } from "../regelset";

const nvi = (sectie: string, regel: string) => bron(SEEDS.NVI_2021, sectie, regel);

/** Documents per category, NvI §6.1 (LIK §3.5, 3.9, 3.10; VID-0095, 1026, 0363). */
export const DOCUMENTEN_2021: Documenteisen = {
  alle: [],
  nieuw: [
    { naam: "Bestuursverklaring", bron: nvi("§3.5 bestuursverklaring voor elke categorie (L6660-6690)", "VID-0095") },
    { naam: "Volledige onderbouwing van de bestuursverklaring (KvK-uittreksel, Wtzi-toelating, VOG RP, statuten met Governancecode Zorg, …)", bron: nvi("§3.5/3.9 'Nieuwe zorgaanbieders dienen wel een volledige onderbouwing … aan te leveren' (L6660-6690)", "VID-0095") },
    { naam: "Volledig ondernemingsplan", bron: nvi("§3.5/3.10 'en een volledig ondernemingsplan' (L6660-6690)", "VID-0095") },
  ],
  bestaandNieuw: [
    { naam: "Bestuursverklaring", bron: nvi("§3.10 alleen een bestuursverklaring en een ondernemingsplan (L6540-6562)", "VID-1774") },
    { naam: "Beknopt ondernemingsplan", bron: nvi("§3.5 'wordt om een beknopt ondernemingsplan gevraagd' (L6660-6690; L9674-9696)", "VID-0363") },
  ],
  bestaand: [{ naam: "Bestuursverklaring", bron: nvi("§3.9 KvK, Wtzi, VOG en statuten opnieuw? 'Nee, dit is niet nodig.' (L7245-7252)", "VID-1026") }],
};

/** Kwaliteitsbudget verpleeghuiszorg 2021, NvI §4 (catalogue rules-nvi §4). */
export const KWALITEITSBUDGET_2021: Kwaliteitsbudgetregels = {
  doelgroep: {
    leveringsvormen: ["ZZP", "VPT"],
    sector: "V&V",
    zzpVan: { waarde: 4, bron: nvi("Bijlage 4 'ZZP 4 t/m 10 VV die geclusterd in groepsverband zorg ontvangen' (L10107-10119)", "VID-1859") },
    zzpTot: { waarde: 10, bron: nvi("Bijlage 4 'ZZP 4 t/m 10 VV' (L10107-10119)", "VID-1859") },
    alleenGeclusterd: nvi("Bijlage 4 niet-geclusterde VPT: middelen zijn voor cliënten die 'geclusterd in groepsverband' zorg ontvangen (L10107-10119; L8066-8095)", "VID-1859"),
    bron: nvi("§4.1/4.2.1 alleen voor klanten onder het Kwaliteitskader Verpleeghuiszorg; niet voor alleen MPT-dagbesteding (L7375-7393; L7903-7922)", "VID-0054"),
  },
  voorschotten: [
    {
      vanaf: "2021-01-01",
      percentage: pp(75),
      grondslag: "initieel",
      omschrijving: "75% van het initieel gereserveerde budget vanaf 1 januari 2021",
      bron: nvi("§4.2.9 '75% van het initieel gereserveerde budget wordt vanaf 1 januari 2021 bevoorschot' (L8468-8486)", "VID-0510"),
    },
    {
      vanaf: "2021-05-01",
      percentage: pp(85),
      grondslag: "toegekend",
      omschrijving: "85% van het toegekende budget na de afspraken vóór 1 april 2021 (uitbetaling mei 2021)",
      bron: nvi("§4.2.9 'die volgt in de uitbetaling in mei 2021, wordt 85 % van het toegekende budget bevoorschot' (L8487-8508)", "VID-0684"),
      onduidelijkheid:
        "De NvI noemt de afspraken vóór 1 april 2021 en de uitbetaling in mei 2021; standaard geldt 85% vanaf 1 mei 2021. 'Tenzij de realisatie 2020 andere informatie bevat' is niet gemodelleerd.",
    },
  ],
  macro: {
    tarieven2018: { waarde: new D(435), bron: nvi("§4.1 '€ 435 miljoen in de tarieven geland … in 2018' (L7504-7540)", "VID-1199") },
    lumpsum: { waarde: new D(1450), bron: nvi("§4.1 '€ 1.450 miljoen … lumpsum kwaliteitsbudget' (L7504-7540; L8443-8467)", "VID-1199") },
    aanzuigendeWerking: { waarde: new D(300), bron: nvi("§4.1 '€ 300 miljoen … voor de aanzuigende werking' (L7394-7414)", "VID-0072") },
    totaal: { waarde: new D(2185), bron: nvi("§4.1 'Samen telt dit op tot € 2.185 miljoen' (L7504-7540)", "VID-1199") },
    oorspronkelijk: { waarde: new D(2100), bron: nvi("§4.1 'iets hoger dan de oorspronkelijke € 2,1 miljard' (L7504-7540)", "VID-1199") },
    lumpsumVorigJaar: { waarde: new D(1100), bron: nvi("§4.2.9 'in 2020 landelijk € 1.100 miljoen' (vraag, L8468-8486)", "VID-0510") },
    verhoging: { waarde: new D(350), bron: nvi("§4.1 'met € 350 miljoen wordt verhoogd tot € 1.450 miljoen' (vraag, L7394-7414)", "VID-0072") },
  },
  verdeling: {
    personeel: { waarde: pp(85), bron: nvi("§4.2.4/4.2.5 'Richtlijn is dat 85% van het kwaliteitsbudget is bestemd voor extra personeel' (L8384-8421)", "VID-0078") },
    afwijking: nvi("Bijlage 4 art. 1 andere verhouding alleen met een 'overtuigende, onderbouwde en concreet uitgewerkte aanvraag' in het kwaliteitsplan (L9890-9909; L8350-8363)", "VID-0497"),
    hogerPersoneel: nvi("Bijlage 4 hogere inzet van personeel dan 85% mag, als die past binnen het eindperspectief (L9994-10013)", "VID-0514"),
  },
  initieel: nvi("§4.2.1 initieel budget = productie ZZP/VPT VV4 t/m VV10 (nacalculatie 2019) x indicatieve kwaliteitstoeslag NZa tabel 29 (L7829-7874)", "VID-0022"),
};

/** NZa herschikking deadline 2021 (VID-0005); CZ-VV-2021 reuses it next to its own VECOZO date. */
export const HERSCHIKKING_NZA_2021: Proceduretermijn = {
  omschrijving: "Herschikking: daadwerkelijk omzetniveau bij de NZa",
  uiterlijk: "2021-11-01",
  gevolg: "de herschikking is niet tijdig bij de NZa ingediend",
  // The date stands in the question of VID-0005 (which quotes the framework), not in its answer: marked as question text.
  bron: nvi("§2.8 vraagtekst (citaat uit het Landelijk Inkoopkader): 'De uiterlijke datum hiervoor is 1 november 2021' (L6181-6183); het antwoord noemt de datum niet", "VID-0005"),
};

/** National ZN framework 2021 as settled by the Nota van Inlichtingen (all zorgkantoren; Menzis and DSW keep their own opslag). */
export const LANDELIJK_2021: Regelsetdefinitie = {
  id: "LANDELIJK-2021",
  zorgkantoor: "Landelijk (ZN-inkoopkader; niet Menzis en DSW voor de opslag)",
  sectoren: ["V&V", "GZ", "GGZ"],
  jaar: 2021,
  omschrijving: "94% basistarief, +2 procentpunt opslag met plan (max. 96%), NHC/NIC 100%, historisch lager percentage blijft",
  bron: nvi("§2.2", "VID-0066"),
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
    // Only a question (VID-0024) states the national deadline; CZ's own document confirms it for CZ (CZ21-Tabel2-6, S0 L752).
    inschrijving: {
      omschrijving: "Sluiting inschrijving",
      uiterlijk: "2020-07-31T17:00",
      bron: nvi("§3.10 vraagtekst: 'Een inschrijving vindt plaats uiterlijk 31 juli 2020 17.00 uur' (L6469-6471); het antwoord noemt de datum niet (bevestigd voor CZ in het CZ Zorginkoopdocument 2021, §6.1)", "VID-0024"),
    },
    eigenLevering: { waarde: new D(2).div(3), bron: nvi("§3.1 'tenminste 2/3 van de gecontracteerde zorg zelf te leveren'", "VID-0655") },
    volleDochtersTellenNiet: {
      bron: nvi("Bijlage 3A bijlage 2 Onderaannemerschap: onderaanneming door 'volle dochters' en leden van een zorgcoöperatie 'niet meetelt' (L9750-9760)", "VID-1237"),
    },
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
    contracteerruimte: {
      verhoging: nvi("§2.3 hogere contracteerruimte voor stijgende zorgvraag: 'meer volume in plaats van een tariefverhoging' (L5141-5217; L4746-4766)", "VID-0069"),
      verlaging: nvi("§2.3 tarief alleen aangepast als VWS de contracteerruimte neerwaarts bijstelt of het zorgkantoor er niet mee uitkomt (L5950-5966)", "VID-1884"),
      onduidelijkheid:
        "Bij een verhoging om een andere reden dan stijgende zorgvraag zegt de NvI 'afhankelijk van de reden' (VID-0069); standaard: geen automatische tariefverhoging.",
    },
    apartDeclarerenSomatisch: { waarde: ["MPT"], bron: nvi("§3.1 'Apart declareren van delen van somatische zorg is alleen mogelijk bij levering van MPT' (L6299-6319)", "VID-0550") },
    documenten: DOCUMENTEN_2021,
    governancecodeEigenStatuten: nvi("§3.9 dochter moet de Governancecode Zorg 'zelfstandig … in haar eigen statuten' waarborgen (L7128-7148)", "VID-0275"),
    aanvraagVolstaat: {
      documenten: ["vog", "wtzi"],
      bron: nvi("§3.9 'eenmalig een uitzondering … akkoord met alleen bewijs van inschrijving' voor VOG RP en Wtzi-toelating (L7061-7083)", "VID-0031"),
    },
    kwaliteitsbudget: KWALITEITSBUDGET_2021,
    declaratieWerkdagen: { waarde: 17, bron: nvi("Bijlage 5 art. 3 lid 10 'De 17e werkdag is toegestaan' (L10164-10172)", "VID-1879") },
    // The 13 days are quoted from the framework (p. 63) in the questions of VID-0524 and VID-0320; both answers refer to the NZa.
    mutatiedagenOverlijden: {
      waarde: 13,
      bron: nvi("§5.17 vraagtekst (citaat uit het Landelijk Inkoopkader p. 63): 'maximaal dertien mutatiedagen', opbaren in de eigen kamer geldt als leeg (L9044-9050); het antwoord verwijst naar de NZa (ook VID-0320, L9030-9038)", "VID-0524"),
    },
    opslagPlan: {
      maanden: { waarde: 2, bron: nvi("§2.3 'Na die aankondiging heeft elke zorgaanbieder twee maanden de tijd om het plan in te dienen' (L5236-5257)", "VID-0179") },
      vroegsteAankondiging: { waarde: "2020-09-01", bron: nvi("§2.3 'De datum van de aankondiging is op zijn vroegst op 1 september 2020' (L5236-5257; L5686-5706)", "VID-0179") },
    },
    proceduretermijnen: { herschikkingNza: HERSCHIKKING_NZA_2021 },
    mondzorg: {
      zvw: nvi("§5.14 'Voor Verblijf zonder behandeling, VPT, MPT, PGB en combinatie PGB/MPT … tandartskosten uit de Zvw' (L8885-8894)", "VID-0491"),
      wlz: nvi("§5.14 'Bij verblijf en behandeling door dezelfde zorginstelling heeft de cliënt recht op tandheelkundige zorg vanuit de Wlz' (L8909-8934)", "VID-1777"),
    },
    behandeling: {
      mptZonderToestemming: nvi("§5.10 'Voor het inzetten van behandeling bij MPT is vooraf geen toestemming nodig' (L8617-8626)", "VID-0951"),
      uitbreidingMetToestemming: nvi("§5.10 'kan nooit zonder toestemming van het zorgkantoor uitbreiden met levering van plaatsen met behandeling' (L8652-8665)", "VID-1540"),
    },
  },
};
