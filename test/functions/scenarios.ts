/**
 * Catalogue scenarios and bad input of every kind for the WLZ.* functions, as Excel would pass them
 * (omitted optional arguments are padded with null by the caller). Shared by the bundle test (the
 * shipped dist/functions.js) and the wrapper test (the TypeScript source).
 */
export type Verwachting =
  | { waarde: unknown }
  /** A CustomFunctions.Error with this code whose message contains every fragment (case-insensitive). */
  | { fout: "#VALUE!" | "#N/A"; bevat: string[] };

export interface Scenario {
  naam: string;
  id: string;
  args: unknown[];
  verwacht: Verwachting;
}

const PLAN = [["Plan opslag", "ja"]];
const fout = (code: "#VALUE!" | "#N/A", ...bevat: string[]): Verwachting => ({ fout: code, bevat });
const is = (waarde: unknown): Verwachting => ({ waarde });

export const SCENARIOS: Scenario[] = [
  // Catalogue: CZ V&V 2021 crisis (50% rule) and tariff with/without plan.
  { naam: "crisis CZ-VV-2021 leegstand > 50%: bezet + helft onbezet", id: "CRISISVERGOEDING", args: ["CZ-VV-2021", 2, 387, 343], verwacht: is(730) },
  { naam: "crisis CZ-VV-2021 leegstand > 50%, 340/390", id: "CRISISVERGOEDING", args: ["CZ-VV-2021", 2, 340, 390], verwacht: is(535) },
  { naam: "crisis CZ-VV-2021 leegstand <= 50%: bezet + onbezet", id: "CRISISVERGOEDING", args: ["CZ-VV-2021", 2, 400, 100], verwacht: is(500) },
  { naam: "crisis CZ-VV-2021 begrensd op 365 x bedden", id: "CRISISVERGOEDING", args: ["CZ-VV-2021", 1, 400, 0], verwacht: is(365) },
  { naam: "crisis CZ-VV-2021 in euro's met tarief", id: "CRISISVERGOEDING", args: ["CZ-VV-2021", 2, 387, 343, 250.5], verwacht: is(182865) },
  { naam: "crisis tarief 0 (lege cel desktop) = geen tarief: dagen", id: "CRISISVERGOEDING", args: ["CZ-VV-2021", 2, 387, 343, 0], verwacht: is(730) },
  { naam: "crisis CZ-GZ-2026 met leegstandtarief", id: "CRISISVERGOEDING", args: ["CZ-GZ-2026", 2, 300, 30, 200, 100], verwacht: is(63000) },
  { naam: "crisis CZ-GZ-2026 zonder leegstandtarief: #N/A", id: "CRISISVERGOEDING", args: ["CZ-GZ-2026", 2, 300, 30, 200], verwacht: fout("#N/A", "leegstandtarief") },
  { naam: "crisis CZ-GZ-2026 leegstandtarief uit lege cel (desktop 0): #N/A, zoals op het web", id: "CRISISVERGOEDING", args: ["CZ-GZ-2026", 2, 300, 30, 200, 0], verwacht: fout("#N/A", "leegstandtarief") },
  { naam: "crisis CZ-GZ-2026 zonder onbezette dagen heeft geen leegstandtarief nodig", id: "CRISISVERGOEDING", args: ["CZ-GZ-2026", 2, 300, 0, 200], verwacht: is(60000) },
  { naam: "crisis negatieve bedden: #VALUE!", id: "CRISISVERGOEDING", args: ["CZ-VV-2021", -1, 10, 0], verwacht: fout("#VALUE!", "afgesproken_bedden", "negatief") },
  { naam: "crisis lege cel onbezet (web null) = 0", id: "CRISISVERGOEDING", args: ["CZ-VV-2021", 2, 387, null], verwacht: is(387) },
  { naam: "crisis lege cel onbezet (desktop 0) = 0", id: "CRISISVERGOEDING", args: ["CZ-VV-2021", 2, 387, 0], verwacht: is(387) },
  { naam: "crisis WAAR als aantal dagen: #VALUE!", id: "CRISISVERGOEDING", args: ["CZ-VV-2021", 2, true, 0], verwacht: fout("#VALUE!", "dagen_bezet", "WAAR") },

  { naam: "tarief CZ-VV-2021 ZZP met plan", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, 10, 5, PLAN], verwacht: is(111) },
  { naam: "tarief CZ-VV-2021 ZZP zonder plan", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, 10, 5], verwacht: is(109) },
  { naam: "tarief met aanbieder als tekst in een cel ([[x]])", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, 10, 5, [["bestaand"]]], verwacht: is(109) },
  { naam: "tarief: lege NHC/NIC (web null) = 0", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, null, null], verwacht: is(94) },
  { naam: "tarief: lege NHC/NIC (desktop 0) = 0", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, 0, 0], verwacht: is(94) },
  { naam: "tarief: bedrag als Nederlandse tekst", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", "1.000,00", 0, 0], verwacht: is(940) },
  { naam: "tarief eenmaal op centen afgerond, half van nul af", id: "TARIEF", args: ["LANDELIJK-2021", "ZZP", 100.125, 0, 0], verwacht: is(94.12) },
  { naam: "tarief: tekst als bedrag: #VALUE!", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", "ABC", 10, 5], verwacht: fout("#VALUE!", "nza_zorg", "ABC") },
  { naam: "tarief: WAAR als bedrag: #VALUE!", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", true, 10, 5], verwacht: fout("#VALUE!", "nza_zorg") },
  { naam: "tarief: bereik waar een getal hoort: #VALUE!", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", [[1, 2], [3, 4]], 10, 5], verwacht: fout("#VALUE!", "nza_zorg", "bereik") },
  { naam: "tarief: negatief NZa-bedrag: #VALUE!", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", -100, 10, 5], verwacht: fout("#VALUE!", "nza_zorg", "negatief") },
  { naam: "tarief: onbekende regelset: #N/A", id: "TARIEF", args: ["CZ-VV-2099", "ZZP", 100, 10, 5], verwacht: fout("#N/A", "regelset", "CZ-VV-2099") },
  { naam: "tarief: getal als regelset: #VALUE!", id: "TARIEF", args: [2021, "ZZP", 100, 10, 5], verwacht: fout("#VALUE!", "regelset") },
  { naam: "tarief: lege regelset (desktop 0): #VALUE!", id: "TARIEF", args: [0, "ZZP", 100, 10, 5], verwacht: fout("#VALUE!", "regelset") },
  { naam: "tarief: lege regelset (web null): #VALUE!", id: "TARIEF", args: [null, "ZZP", 100, 10, 5], verwacht: fout("#VALUE!", "regelset") },
  { naam: "tarief: percentage 1,2 in het profiel: #VALUE!", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, 10, 5, [["Tariefpercentage vorig jaar", 1.2]]], verwacht: fout("#VALUE!", "Tariefpercentage vorig jaar", "100%") },
  { naam: "tarief: onleesbaar ja/nee in het profiel: #VALUE!", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, 10, 5, [["Plan opslag", "misschien"]]], verwacht: fout("#VALUE!", "Plan opslag") },
  { naam: "tarief: onbekende aanbiedertekst: #VALUE!", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, 10, 5, "groot"], verwacht: fout("#VALUE!", "aanbieder") },
  { naam: "tarief: profielbereik met één kolom: #VALUE!", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, 10, 5, [["Plan opslag"], ["ja"]]], verwacht: fout("#VALUE!", "aanbieder", "twee kolommen") },
  { naam: "tarief: onbekende labels worden genegeerd", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, 10, 5, [["Opmerking", "iets"], ["plan  OPSLAG", "JA"]]], verwacht: is(111) },
  { naam: "tarief: onbekend onderdeel: #N/A", id: "TARIEF", args: ["CZ-VV-2021", "ZZP", 100, 10, 5, null, "maaltijden"], verwacht: fout("#N/A", "onderdeel") },

  { naam: "percentage LANDELIJK-2021 zzp (kleine letters)", id: "TARIEFPERCENTAGE", args: ["LANDELIJK-2021", "zzp"], verwacht: is(0.94) },
  { naam: "percentage regelset hoofdletterongevoelig, spaties rond leveringsvorm", id: "TARIEFPERCENTAGE", args: ["landelijk-2021", "  zzp "], verwacht: is(0.94) },
  { naam: "percentage LANDELIJK-2021 met plan: 96%", id: "TARIEFPERCENTAGE", args: ["LANDELIJK-2021", "ZZP", PLAN], verwacht: is(0.96) },
  { naam: "percentage CZ-GZ-2026 VPT 100%", id: "TARIEFPERCENTAGE", args: ["CZ-GZ-2026", "VPT"], verwacht: is(1) },
  { naam: "percentage CZ-GZ-2026 ZZP zonder richttarief: #N/A", id: "TARIEFPERCENTAGE", args: ["CZ-GZ-2026", "ZZP"], verwacht: fout("#N/A", "Richttarief") },
  { naam: "percentage CZ-GZ-2026 ZZP met richttarief als tekst 97,8%", id: "TARIEFPERCENTAGE", args: ["CZ-GZ-2026", "ZZP", [["Richttarief", "97,8%"]]], verwacht: is(0.978) },
  { naam: "percentage CZ-GZ-2026 nieuwe aanbieder: richttarief - 2 pp", id: "TARIEFPERCENTAGE", args: ["CZ-GZ-2026", "ZZP", [["Categorie", "nieuw"], ["Richttarief", 0.978]]], verwacht: is(0.958) },
  { naam: "percentage CZ-GZ-2026 VPT toeslag valt niet onder 100%", id: "TARIEFPERCENTAGE", args: ["CZ-GZ-2026", "VPT", [["Richttarief", 0.978]], "toeslag"], verwacht: is(0.978) },
  { naam: "percentage lege onderdeelcel (desktop 0) = zorg", id: "TARIEFPERCENTAGE", args: ["CZ-GZ-2026", "VPT", null, 0], verwacht: is(1) },
  { naam: "percentage lege aanbiedercel (desktop [[0]]) = bestaand", id: "TARIEFPERCENTAGE", args: ["CZ-GZ-2026", "VPT", [[0]]], verwacht: is(1) },
  { naam: "percentage onbekende leveringsvorm: #N/A", id: "TARIEFPERCENTAGE", args: ["LANDELIJK-2021", "XYZ"], verwacht: fout("#N/A", "leveringsvorm", "XYZ") },
  { naam: "percentage getal als leveringsvorm: #VALUE!", id: "TARIEFPERCENTAGE", args: ["LANDELIJK-2021", 3], verwacht: fout("#VALUE!", "leveringsvorm") },
  { naam: "percentage WAAR als regelset: #VALUE!", id: "TARIEFPERCENTAGE", args: [true, "ZZP"], verwacht: fout("#VALUE!", "regelset") },

  { naam: "herschikking CZ-GZ-2026: jan-jun + juni/30 x 184", id: "HERSCHIKKING", args: ["CZ-GZ-2026", 9000, 1500], verwacht: is(18200) },
  { naam: "herschikking lege juni (null) = 0", id: "HERSCHIKKING", args: ["CZ-GZ-2026", 9000, null], verwacht: is(9000) },
  { naam: "herschikking zonder formule in de bron: #N/A", id: "HERSCHIKKING", args: ["CZ-VV-2021", 9000, 1500], verwacht: fout("#N/A", "CZ-VV-2021") },
  { naam: "herschikking tekst als volume: #VALUE!", id: "HERSCHIKKING", args: ["CZ-GZ-2026", "veel", 1500], verwacht: fout("#VALUE!", "realisatie_jan_jun") },

  { naam: "initieel volume CZ-GZ-2026 ZZP 95%", id: "INITIELEVOLUME", args: ["CZ-GZ-2026", "ZZP", 18200], verwacht: is(17290) },
  { naam: "initieel volume met correcties als bereik (lege cellen tellen niet)", id: "INITIELEVOLUME", args: ["CZ-GZ-2026", "ZZP", 18200, [[100], [null], [-50]]], verwacht: is(17337.5) },
  { naam: "initieel volume met één correctie als getal", id: "INITIELEVOLUME", args: ["CZ-GZ-2026", "ZZP", 18200, [[100]]], verwacht: is(17385) },
  { naam: "initieel volume CZ-VV-2021 ZZP 95%", id: "INITIELEVOLUME", args: ["CZ-VV-2021", "ZZP", 1000], verwacht: is(950) },
  { naam: "initieel volume CZ-VV-2021 MPT 90%", id: "INITIELEVOLUME", args: ["CZ-VV-2021", "MPT", 1000], verwacht: is(900) },
  { naam: "initieel volume leveringsvorm zonder percentage in de bron: #N/A", id: "INITIELEVOLUME", args: ["CZ-VV-2021", "DTV", 1000], verwacht: fout("#N/A", "leveringsvorm", "DTV") },
  { naam: "initieel volume ZK-2022 geld volgt klant: #N/A", id: "INITIELEVOLUME", args: ["ZK-2022", "ZZP", 18200], verwacht: fout("#N/A", "regelset", "geld volgt klant") },
  { naam: "initieel volume tekst in correcties: #VALUE!", id: "INITIELEVOLUME", args: ["CZ-GZ-2026", "ZZP", 18200, [[100], ["x"]]], verwacht: fout("#VALUE!", "correcties") },

  { naam: "aanbiedercategorie: contract met dit zorgkantoor = bestaand", id: "AANBIEDERCATEGORIE", args: ["CZ-GZ-2026", "ja"], verwacht: is("bestaand") },
  { naam: "aanbiedercategorie: heel 2024 elders en declareert vanaf 1-1-2024", id: "AANBIEDERCATEGORIE", args: ["CZ-GZ-2026", false, "1-1-2023", null, 45292], verwacht: is("bestaand-nieuw") },
  { naam: "aanbiedercategorie: geen contract = nieuw", id: "AANBIEDERCATEGORIE", args: ["CZ-GZ-2026", "nee"], verwacht: is("nieuw") },
  { naam: "aanbiedercategorie: overeenkomst elders eindigde vóór de inschrijfdatum = nieuw (CZ26-K3)", id: "AANBIEDERCATEGORIE", args: ["CZ-GZ-2026", "nee", "1-1-2023", "31-12-2024", 45292, "15-7-2025"], verwacht: is("nieuw") },
  { naam: "aanbiedercategorie: overeenkomst elders loopt op de inschrijfdatum = bestaand-nieuw (CZ26-K2)", id: "AANBIEDERCATEGORIE", args: ["CZ-GZ-2026", "nee", "1-1-2023", "31-12-2025", 45292, "15-7-2025"], verwacht: is("bestaand-nieuw") },
  { naam: "aanbiedercategorie: onleesbare inschrijfdatum: #VALUE!", id: "AANBIEDERCATEGORIE", args: ["CZ-GZ-2026", "nee", "1-1-2023", null, 45292, "gisteren"], verwacht: fout("#VALUE!", "inschrijfdatum") },
  { naam: "aanbiedercategorie: onbestaande datum: #VALUE!", id: "AANBIEDERCATEGORIE", args: ["CZ-GZ-2026", "nee", "31-02-2024"], verwacht: fout("#VALUE!", "contract_elders_van") },

  { naam: "onderaanneming precies 1/3: toegestaan", id: "ONDERAANNEMING", args: ["CZ-GZ-2026", 300, 100], verwacht: is(true) },
  { naam: "onderaanneming boven 1/3: niet toegestaan", id: "ONDERAANNEMING", args: ["CZ-GZ-2026", 300, 101], verwacht: is(false) },
  { naam: "onderaanneming: 100%-dochters tellen niet mee", id: "ONDERAANNEMING", args: ["CZ-GZ-2026", 300, 150, 60], verwacht: is(true) },
  { naam: "onderaanneming: hele ZZP uitbesteed", id: "ONDERAANNEMING", args: ["CZ-GZ-2026", 300, 10, null, "ja"], verwacht: is(false) },
  { naam: "onderaanneming: hele ZZP uitbesteed met toestemming zorgkantoor (CZ26-K10)", id: "ONDERAANNEMING", args: ["CZ-GZ-2026", 300, 10, null, "ja", "ja"], verwacht: is(true) },
  { naam: "onderaanneming: toestemming telt niet in 2021 (VID-0655)", id: "ONDERAANNEMING", args: ["LANDELIJK-2021", 300, 10, null, "ja", "ja"], verwacht: is(false) },
  { naam: "onderaanneming: onleesbare toestemming: #VALUE!", id: "ONDERAANNEMING", args: ["CZ-GZ-2026", 300, 10, null, "ja", "wellicht"], verwacht: fout("#VALUE!", "toestemming_zorgkantoor") },
  { naam: "crisis ZK-2022 met tarief zonder leegstandtarief: #N/A (ZK22-C4 noemt geen bedrag)", id: "CRISISVERGOEDING", args: ["ZK-2022", 2, 500, 230, 250.5], verwacht: fout("#N/A", "leegstandtarief") },
  { naam: "crisis ZK-2022 in dagen: bezet + onbezet", id: "CRISISVERGOEDING", args: ["ZK-2022", 2, 500, 230], verwacht: is(730) },
  // WLZ.TERMIJN returns an Excel date: 45925 = 25-09-2025, 45869.70833 = 31-07-2025 17:00.
  { naam: "termijn CZ-GZ-2026 bezwaar richttarief: 5-9-2025 + 20 kalenderdagen = 25-9-2025 (CZ26-T2)", id: "TERMIJN", args: ["CZ-GZ-2026", "bezwaar-richttarief"], verwacht: is(45925) },
  { naam: "termijn CZ-GZ-2026 bezwaar: publicatie 1-6-2025 + 20 = 21-6-2025 (CZ26-K20)", id: "TERMIJN", args: ["CZ-GZ-2026", "bezwaar", "1-6-2025"], verwacht: is(45829) },
  { naam: "termijn CZ-GZ-2026 liquiditeitscorrectie voor mei 2026: 17e werkdag van april = 24-4-2026 (CZ26-P4)", id: "TERMIJN", args: ["CZ-GZ-2026", "liquiditeitscorrectie", "15-5-2026"], verwacht: is(46136) },
  { naam: "termijn CZ-GZ-2026 inschrijving met tijd 31-7-2025 17:00", id: "TERMIJN", args: ["CZ-GZ-2026", "Inschrijving"], verwacht: is(45869 + 17 / 24) },
  { naam: "termijn bezwaar zonder publicatiedatum: #VALUE!", id: "TERMIJN", args: ["CZ-GZ-2026", "bezwaar"], verwacht: fout("#VALUE!", "datum", "publicatie") },
  { naam: "termijn die de regelset niet kent: #N/A", id: "TERMIJN", args: ["ZK-2022", "bezwaar", "1-6-2025"], verwacht: fout("#N/A", "soort") },
  { naam: "termijn onbekende soort: #N/A", id: "TERMIJN", args: ["CZ-GZ-2026", "verjaring"], verwacht: fout("#N/A", "soort") },
  { naam: "betaling CZ-GZ-2026 mei: 400.000 + 2/12 x 1.200.000, min 500.000 = 100.000 (CZ26-P2)", id: "BETALING", args: ["CZ-GZ-2026", "1-5-2026", 1200000, 400000, 500000], verwacht: is(100000) },
  { naam: "betaling CZ-GZ-2026 februari: (1.200.000 + 60.000) / 12 x 2 - 105.000 = 105.000 (CZ26-P1)", id: "BETALING", args: ["CZ-GZ-2026", "1-2-2026", 1200000, 0, 105000, null, 60000], verwacht: is(105000) },
  { naam: "betaling zonder voorschot: realisatie min eerdere betalingen", id: "BETALING", args: ["CZ-GZ-2026", "1-5-2026", 1200000, 400000, 300000, "nee"], verwacht: is(100000) },
  { naam: "betaling zonder betaalmaand: #VALUE!", id: "BETALING", args: ["CZ-GZ-2026", null, 1200000, 0, 0], verwacht: fout("#VALUE!", "betaalmaand") },
  { naam: "betaling na maart 2027: #N/A (nacalculatie)", id: "BETALING", args: ["CZ-GZ-2026", "1-4-2027", 1200000, 0, 0], verwacht: fout("#N/A", "maand") },
  { naam: "onderaanneming: verwachte zorg 0: #VALUE!", id: "ONDERAANNEMING", args: ["CZ-GZ-2026", 0, 10], verwacht: fout("#VALUE!", "verwachte zorg") },
];

/** Every id of spec §1, which WLZ.REGELSETS must list. */
export const REGELSET_IDS = [
  "LANDELIJK-2021", "CZ-VV-2021", "CZ-GZ-2026", "ZK-2022", "ZK-2023", "ZK-VV-2024", "VGZ-VV-2024",
  "MENZIS-VV-2024", "CZ-VV-2024", "SALLAND-VV-2024", "DSW-VV-2024", "ZZ-VV-2024",
];

/** The ids of spec §2 plus the additions of this project. */
export const SPEC_IDS = ["REGELSETS", "TARIEFPERCENTAGE", "TARIEF", "TARIEFUITLEG", "HERSCHIKKING", "INITIELEVOLUME", "CRISISVERGOEDING"];
export const EXTRA_IDS = ["AANBIEDERCATEGORIE", "ONDERAANNEMING", "TERMIJN", "BETALING"];
