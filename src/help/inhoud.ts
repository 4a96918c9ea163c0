/**
 * What the help page of each WLZ.* function says beyond its JSDoc (description, arguments and result come
 * from functions.json and src/functions/functions.ts): examples with their results, the error values and
 * when they occur, and notes. Every example is run through the shipped bundle by test/help, so a result
 * stated here is the result Excel gives.
 */
import type { WlzFunctieId } from "../functions/berekeningen";
import type { Celwaarde, Foutwaarde, Uitkomst } from "./opmaak";

export interface Voorbeeld {
  /** The formula as typed in Dutch Excel (`;` between arguments, DATUM for dates). */
  formule: string;
  uitkomst: Uitkomst;
  toelichting?: string;
}

export interface Functiehulp {
  /** Cells the examples refer to, by range address: what stands in the worksheet next to the formulas. */
  blad?: Record<string, Celwaarde[][]>;
  voorbeelden: Voorbeeld[];
  /** Errors particular to this function; the ones every function shares are added by the page. */
  fouten: { code: Foutwaarde; wanneer: string }[];
  opmerkingen?: string[];
}

const PROFIEL_PLAN: Celwaarde[][] = [["Categorie", "bestaand"], ["Plan opslag", "ja"]];
const PROFIEL_NIEUW_GZ: Celwaarde[][] = [["Categorie", "nieuw"], ["Richttarief", "97,8%"]];

const RICHTTARIEF_ONTBREEKT =
  "Het richttariefpercentage GZ 2026 staat niet in de bron (gepubliceerd uiterlijk 5 september 2025); vul het veld Richttarief van het aanbiedersprofiel in (bijv. 97,8%).";

const AANBIEDER_FOUTEN: Functiehulp["fouten"] = [
  { code: "#WAARDE!", wanneer: "een profielwaarde onleesbaar is (de melding noemt het label), of een label twee keer met verschillende waarden in het profiel staat" },
  { code: "#N/B", wanneer: "de regelset een waarde nodig heeft die de bron niet geeft (het richttarief, een lager tarief); de melding zegt met welk profielveld u hem aanvult (Richttarief of Afgesproken percentage)" },
];

/** In the order of the index page. */
export const FUNCTIEHULP: Record<WlzFunctieId, Functiehulp> = {
  TARIEF: {
    blad: { "A4:B5": PROFIEL_PLAN },
    voorbeelden: [
      { formule: '=WLZ.TARIEF("CZ-VV-2021";"ZZP";100;10;5;A4:B5)', uitkomst: { getal: 111, als: "bedrag" }, toelichting: "96% × 100 + 100% × (10 + 5): basistarief 94% plus 2 procentpunt opslag met een plan" },
      { formule: '=WLZ.TARIEF("CZ-VV-2021";"ZZP";100;10;5)', uitkomst: { getal: 109, als: "bedrag" }, toelichting: "zonder aanbiedersprofiel: bestaande aanbieder zonder plan, 94% × 100 + 10 + 5" },
      {
        formule: '=WLZ.TARIEF("CZ-VV-2021";"ZZP";"1.212";10;5)',
        uitkomst: {
          fout: "#WAARDE!",
          melding: 'nza_zorg: "1.212" is op twee manieren te lezen: 1212 (punt of komma tussen de duizendtallen) of 1,212 (met decimalen); typ het getal zonder scheidingsteken voor de duizendtallen en met een komma voor de decimalen: 1212 of 1,212.',
        },
        toelichting: "een getal als tekst dat twee dingen kan betekenen wordt nooit geraden",
      },
    ],
    fouten: [...AANBIEDER_FOUTEN, { code: "#WAARDE!", wanneer: "een bedrag negatief of onleesbaar is, of de uitkomst te groot is voor Excel" }],
    opmerkingen: [
      "Het tarief wordt één keer afgerond, op centen, met de helft van nul af (zoals AFRONDEN in Excel).",
      "Een lege cel bij nza_nhc of nza_nic telt als 0: niet elke prestatie heeft een NHC- of NIC-component.",
    ],
  },
  TARIEFPERCENTAGE: {
    blad: { "A4:B5": PROFIEL_PLAN },
    voorbeelden: [
      { formule: '=WLZ.TARIEFPERCENTAGE("LANDELIJK-2021";"ZZP")', uitkomst: { getal: 0.94 }, toelichting: "94%: het basistarief" },
      { formule: '=WLZ.TARIEFPERCENTAGE("LANDELIJK-2021";"ZZP";A4:B5)', uitkomst: { getal: 0.96 }, toelichting: "96%: met een plan 2 procentpunt opslag" },
      { formule: '=WLZ.TARIEFPERCENTAGE("MENZIS-VV-2024";"ZZP";"nieuw")', uitkomst: { getal: 0.935 }, toelichting: "93,5%: richttarief 95,5% min 2 procentpunt voor een nieuwe aanbieder" },
      { formule: '=WLZ.TARIEFPERCENTAGE("CZ-GZ-2026";"VPT")', uitkomst: { getal: 1 }, toelichting: "100% voor VPT, DTV en logeren" },
      { formule: '=WLZ.TARIEFPERCENTAGE("CZ-GZ-2026";"ZZP")', uitkomst: { fout: "#N/B", melding: RICHTTARIEF_ONTBREEKT }, toelichting: "het richttarief GZ 2026 staat niet in de bron" },
    ],
    fouten: AANBIEDER_FOUTEN,
    opmerkingen: ["De uitkomst is een fractie: 0,96 is 96%. Geef de cel de opmaak Percentage om 96% te zien."],
  },
  TARIEFUITLEG: {
    blad: { "A4:B5": PROFIEL_PLAN, "D4:E5": PROFIEL_NIEUW_GZ },
    voorbeelden: [
      {
        formule: '=WLZ.TARIEFUITLEG("CZ-VV-2021";"ZZP";A4:B5)',
        uitkomst: {
          tabel: [
            ["Basistarief 94% van het NZa-maximumtarief", 0.94, "CZ Zorginkoopdocument 2021 Wlz V&V, §3.2; §4.3 (CZ21-T1)"],
            ["Opslag passende zorg/innovatie (plan aangevinkt bij inschrijving): +2 procentpunt", 0.96, "CZ Zorginkoopdocument 2021 Wlz V&V, §4.3 (CZ21-T2)"],
            ["Maximum 96% niet overschreden", 0.96, "CZ Zorginkoopdocument 2021 Wlz V&V, §4.3 'maximaal 96% van het NZa-maximumtarief' (CZ21-T3)"],
            ["NHC/NIC 100% (NHC en NIC apart)", 1, "CZ Zorginkoopdocument 2021 Wlz V&V, §4.3 Bepaling van de tarieven inclusief NHC/NIC (CZ21-T4)"],
          ],
        },
        toelichting: "stap, percentage na de stap, bron",
      },
      {
        formule: '=WLZ.TARIEFUITLEG("CZ-GZ-2026";"ZZP";D4:E5)',
        uitkomst: {
          tabel: [
            ["Richttarief uit het aanbiedersprofiel (niet gepubliceerd in de bron): 97,8%", 0.978, "CZ Zorginkoopdocument 2024-2026 Wlz GZ, inkoopjaar 2026, §5.1.1 (CZ26-T2)"],
            ["Nieuwe zorgaanbieder: 2 procentpunt lager dan het richttarief", 0.958, "CZ Zorginkoopdocument 2024-2026 Wlz GZ, inkoopjaar 2026, §5.1.2a Nieuwe zorgaanbieders '2% lager is dan het richttariefpercentage' (CZ26-T9)"],
            ["NHC/NIC 100% (één component NHC/NIC)", 1, "CZ Zorginkoopdocument 2024-2026 Wlz GZ, inkoopjaar 2026, §5.1.1 inkooppercentage NHC/NIC 100% (CZ26-T5)"],
            ["Let op (AMB-PP): '2% lager' kan procentpunten of relatief betekenen; standaard procentpunten (R − 2).", "", "CZ Zorginkoopdocument 2024-2026 Wlz GZ, inkoopjaar 2026, §5.1.2a Nieuwe zorgaanbieders '2% lager is dan het richttariefpercentage' (CZ26-T9)"],
          ],
        },
        toelichting: "een regel Let op noemt een onduidelijke regel en de gekozen standaard",
      },
    ],
    fouten: [...AANBIEDER_FOUTEN, { code: "#N/B", wanneer: "de afleiding niet af kan (bijvoorbeeld zonder richttarief): dan alleen de fout, nooit een halve tabel" }],
    opmerkingen: [
      "De tabel loopt over naar rechts en naar beneden (overloopbereik); laat daar de cellen leeg, anders toont Excel #OVERLOOP!.",
      "Een regel Let op (met een id zoals AMB-PP) zegt dat de bron op dat punt meer lezingen toelaat en welke standaard is gekozen; zie Onduidelijke regels op de overzichtspagina.",
    ],
  },
  INITIELEVOLUME: {
    voorbeelden: [
      { formule: '=WLZ.INITIELEVOLUME("CZ-GZ-2026";"ZZP";18200)', uitkomst: { getal: 17290 }, toelichting: "95% van 18200" },
      { formule: '=WLZ.INITIELEVOLUME("CZ-GZ-2026";"ZZP";18200;-200)', uitkomst: { getal: 17100 }, toelichting: "eerst de correctie, dan 95%: 95% × (18200 − 200)" },
      { formule: '=WLZ.INITIELEVOLUME("CZ-VV-2021";"MPT";1000)', uitkomst: { getal: 900 }, toelichting: "MPT 90% in 2021" },
      {
        formule: '=WLZ.INITIELEVOLUME("ZK-2022";"ZZP";18200)',
        uitkomst: { fout: "#N/B", melding: "regelset: Zilveren Kruis maakt geen initiële volumeafspraken (geld volgt klant; omzetniveau € 1 op het budgetformulier)." },
        toelichting: "geld volgt klant: geen initiële volumes",
      },
    ],
    fouten: [{ code: "#N/B", wanneer: "de regelset geen initiële volumeafspraak maakt, of geen percentage geeft voor deze leveringsvorm (de melding noemt waarvoor wel)" }],
    opmerkingen: ["De uitkomst wordt niet afgerond."],
  },
  HERSCHIKKING: {
    voorbeelden: [
      { formule: '=WLZ.HERSCHIKKING("CZ-GZ-2026";9000;1500)', uitkomst: { getal: 18200 }, toelichting: "9000 + 1500 / 30 × 184" },
      {
        formule: '=WLZ.HERSCHIKKING("CZ-VV-2021";9000;1500)',
        uitkomst: { fout: "#N/B", melding: "regelset: CZ-VV-2021 geeft geen extrapolatieformule voor de herschikking (CZ21-V3)." },
        toelichting: "het document van 2021 geeft geen formule",
      },
    ],
    fouten: [{ code: "#N/B", wanneer: "de regelset geen extrapolatieformule geeft" }],
  },
  CRISISVERGOEDING: {
    voorbeelden: [
      { formule: '=WLZ.CRISISVERGOEDING("CZ-VV-2021";2;340;390)', uitkomst: { getal: 535 }, toelichting: "53% onbezet, meer dan 50%: 340 + 50% × 390 dagen (Tabel 1, voorbeeld 3)" },
      { formule: '=WLZ.CRISISVERGOEDING("CZ-VV-2021";2;365;365)', uitkomst: { getal: 730 }, toelichting: "precies 50% onbezet is niet meer dan 50%: alle dagen (voorbeeld 2)" },
      { formule: '=WLZ.CRISISVERGOEDING("CZ-VV-2021";2;340;390;250,5)', uitkomst: { getal: 134017.5, als: "bedrag" }, toelichting: "535 dagen × € 250,50" },
      { formule: '=WLZ.CRISISVERGOEDING("CZ-GZ-2026";2;300;50;250;100)', uitkomst: { getal: 80000, als: "bedrag" }, toelichting: "300 × € 250 + 50 × € 100 (leegstandtarief)" },
      {
        formule: '=WLZ.CRISISVERGOEDING("CZ-GZ-2026";2;300;50;250)',
        uitkomst: { fout: "#N/B", melding: "Het leegstandtarief voor crisisbedden wordt per aanbieder onderhandeld en staat niet in de bron; geef het argument leegstandtarief." },
        toelichting: "CZ GZ 2026: het leegstandtarief is onderhandeld",
      },
    ],
    fouten: [
      { code: "#N/B", wanneer: "de regelset geen crisisregel heeft, of een onderhandeld leegstandtarief nodig is maar niet is opgegeven" },
      { code: "#WAARDE!", wanneer: "een aantal negatief of onleesbaar is" },
    ],
    opmerkingen: ["Zonder tarief (of met 0) geeft de functie dagen; met een tarief euro's, op centen afgerond."],
  },
  REGELSETS: {
    voorbeelden: [
      {
        formule: "=WLZ.REGELSETS()",
        uitkomst: {
          kolommen: [0, 1, 2, 3],
          tabel: [
            ["id", "zorgkantoor", "sector", "jaar"],
            ["LANDELIJK-2021", "Landelijk (ZN-inkoopkader; niet Menzis en DSW voor de opslag)", "V&V, GZ, GGZ", 2021],
            ["CZ-VV-2021", "CZ zorgkantoor", "V&V", 2021],
            ["CZ-GZ-2026", "CZ zorgkantoor", "GZ", 2026],
            ["ZK-2022", "Zilveren Kruis", "V&V, GZ, GGZ", 2022],
            ["ZK-2023", "Zilveren Kruis", "V&V, GZ, GGZ", 2023],
            ["ZK-VV-2024", "Zilveren Kruis", "V&V", 2024],
            ["VGZ-VV-2024", "VGZ", "V&V", 2024],
            ["MENZIS-VV-2024", "Menzis", "V&V", 2024],
            ["CZ-VV-2024", "CZ zorgkantoor", "V&V", 2024],
            ["SALLAND-VV-2024", "Salland Zorgkantoor", "V&V", 2024],
            ["DSW-VV-2024", "DSW Zorgverzekeraar", "V&V", 2024],
            ["ZZ-VV-2024", "Zorg en Zekerheid", "V&V", 2024],
          ],
        },
        toelichting: "de eerste vier van de tien kolommen: daarna omschrijving, bron, geldig vanaf, geldig tot, status en dataversie",
      },
    ],
    fouten: [],
    opmerkingen: [
      "De dataversie is een code van 12 tekens die uit alle waarden en bronnen van de regelset wordt berekend: verandert een waarde, dan verandert de code.",
      "De status zegt of de regelset op een gepubliceerd document van het zorgkantoor berust, of op een secundaire bron (de vergelijkingstabel 2024-2026) met de zekerheid van de lezing.",
    ],
  },
  AANBIEDERCATEGORIE: {
    voorbeelden: [
      { formule: '=WLZ.AANBIEDERCATEGORIE("CZ-GZ-2026";"ja")', uitkomst: { tekst: "bestaand" }, toelichting: "heeft bij inschrijving een overeenkomst met dit zorgkantoor" },
      {
        formule: '=WLZ.AANBIEDERCATEGORIE("CZ-GZ-2026";"nee";DATUM(2023;1;1);;DATUM(2024;1;1))',
        uitkomst: { tekst: "bestaand-nieuw" },
        toelichting: "overeenkomst elders heel 2024 en declareert vanaf 1-1-2024",
      },
      {
        formule: '=WLZ.AANBIEDERCATEGORIE("CZ-GZ-2026";"nee";DATUM(2023;1;1);DATUM(2024;12;31);DATUM(2024;1;1);DATUM(2025;7;15))',
        uitkomst: { tekst: "nieuw" },
        toelichting: "de overeenkomst elders liep op de inschrijfdatum niet meer",
      },
    ],
    fouten: [
      { code: "#N/B", wanneer: "de regelset geen definitie van de aanbiederscategorie geeft" },
      { code: "#WAARDE!", wanneer: "contract_met_dit_zorgkantoor geen ja of nee is, of een datum onleesbaar is" },
    ],
  },
  ONDERAANNEMING: {
    voorbeelden: [
      { formule: '=WLZ.ONDERAANNEMING("CZ-GZ-2026";300;100)', uitkomst: { logisch: true }, toelichting: "precies 2/3 zelf geleverd: toegestaan" },
      { formule: '=WLZ.ONDERAANNEMING("CZ-GZ-2026";300;101)', uitkomst: { logisch: false }, toelichting: "minder dan 2/3 zelf geleverd" },
      { formule: '=WLZ.ONDERAANNEMING("LANDELIJK-2021";300;120;30)', uitkomst: { logisch: true }, toelichting: "de 30 door volle dochters tellen niet mee: 90 van 300 in onderaanneming" },
      { formule: '=WLZ.ONDERAANNEMING("CZ-GZ-2026";300;50;;"ja";"ja")', uitkomst: { logisch: true }, toelichting: "een heel pakket uitbesteed, met toestemming van het zorgkantoor" },
      { formule: '=WLZ.ONDERAANNEMING("LANDELIJK-2021";300;50;;"ja";"ja")', uitkomst: { logisch: false }, toelichting: "landelijk 2021 kent geen toestemming voor een heel pakket" },
    ],
    fouten: [
      { code: "#N/B", wanneer: "de regelset geen regel voor onderaanneming geeft" },
      { code: "#WAARDE!", wanneer: "verwachte_zorg 0 of negatief is, of een ja/nee-argument iets anders is dan ja of nee" },
    ],
  },
  TERMIJN: {
    voorbeelden: [
      { formule: '=WLZ.TERMIJN("CZ-GZ-2026";"bezwaar-richttarief")', uitkomst: { getal: 45925, als: "datum" }, toelichting: "20 kalenderdagen na de publicatie op 5-9-2025" },
      { formule: '=WLZ.TERMIJN("CZ-GZ-2026";"inschrijving")', uitkomst: { getal: 45869 + 17 / 24, als: "datum" }, toelichting: "sluiting van de inschrijving, met het tijdstip" },
      { formule: '=WLZ.TERMIJN("CZ-GZ-2026";"liquiditeitscorrectie";DATUM(2026;5;1))', uitkomst: { getal: 46136, als: "datum" }, toelichting: "17e werkdag van april 2026 (tweede Paasdag en Koningsdag tellen niet)" },
      { formule: '=WLZ.TERMIJN("CZ-VV-2021";"tussentijds")', uitkomst: { getal: 44316, als: "datum" }, toelichting: "\"tot 1 mei 2021\": 30 april is de laatste dag" },
      {
        formule: '=WLZ.TERMIJN("ZK-2022";"bezwaar";DATUM(2022;1;1))',
        uitkomst: { fout: "#N/B", melding: "soort: ZK-2022 noemt in de bron geen termijn voor bezwaar." },
        toelichting: "een termijn die de regelset niet kent",
      },
    ],
    fouten: [
      { code: "#N/B", wanneer: "de regelset deze termijn niet kent, of soort geen van de soorten hierboven is" },
      { code: "#WAARDE!", wanneer: "de termijn een begindatum nodig heeft en datum leeg of onleesbaar is" },
    ],
    opmerkingen: ["De uitkomst is een Excel-datum (een serienummer); geef de cel de opmaak Datum, of Datum en tijd waar een tijdstip bij hoort."],
  },
  BETALING: {
    voorbeelden: [
      {
        formule: '=WLZ.BETALING("CZ-GZ-2026";DATUM(2026;5;1);1200000;400000;500000)',
        uitkomst: { getal: 100000, als: "bedrag" },
        toelichting: "400.000 + 2/12 × 1.200.000 = 600.000, hoogstens de afspraak, min 500.000 al betaald",
      },
      { formule: '=WLZ.BETALING("CZ-GZ-2026";DATUM(2026;1;1);1200000;0;0)', uitkomst: { getal: 100000, als: "bedrag" }, toelichting: "januari: 1/12 van de afspraak als voorschot" },
      {
        formule: '=WLZ.BETALING("CZ-GZ-2026";DATUM(2026;5;1);1200000;400000;300000;"nee")',
        uitkomst: { getal: 100000, als: "bedrag" },
        toelichting: "zonder voorschot: alleen de realisatie, min wat al betaald is",
      },
    ],
    fouten: [
      { code: "#N/B", wanneer: "de regelset geen betaalmethodiek geeft, of geen betaalregel voor die maand" },
      { code: "#WAARDE!", wanneer: "betaalmaand leeg of geen datum is, of een bedrag onleesbaar is" },
    ],
    opmerkingen: ["Een negatieve uitkomst is een inhouding: er is al meer betaald dan de methodiek geeft."],
  },
};
