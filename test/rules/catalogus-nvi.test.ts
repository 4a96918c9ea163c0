/**
 * Acceptance scenarios AT-01..AT-27 of shared/domain/rules-nvi-2021-2023.md §14 (Nota van Inlichtingen 2021,
 * seed 002) against rule set LANDELIJK-2021, through the public API. "Index 100" = NZa maximum normalised to 100.
 * Every scenario is a real test now; the qualitative ones are decided by rule data (VID answers) with their source.
 */
import { describe, expect, it } from "vitest";
import {
  aanvraagVolstaat,
  apartDeclarerenSomatisch,
  behandelingToegestaan,
  bepaalCategorie,
  beoordeelOnderaanneming,
  berekenCrisisvergoeding,
  berekenHerschikking,
  berekenTarief,
  berekenTariefpercentage,
  contractduur,
  declaratieTijdig,
  documentGeldig,
  governancecodeGeborgd,
  initieelKwaliteitsbudget,
  inschrijvingTijdig,
  kwaliteitsbudgetMacro,
  kwaliteitsbudgetRecht,
  kwaliteitsbudgetVerdeling,
  kwaliteitsbudgetVoorschot,
  mondzorgFinanciering,
  mutatiedagenNaOverlijden,
  opslagPlanTermijn,
  proceduretermijnGehaald,
  tariefbijstelling,
  leesPercentage,
  leesProfiel,
  LEVERINGSVORMEN,
  SEEDS,
  uitlegRijen,
  vereisteDocumenten,
  zoekRegelset,
  type Aanbiederprofiel,
} from "../../src/rules";
import { d, fout, gelijk, rs } from "./hulp";

const L = () => rs("LANDELIJK-2021");
const index100 = { zorg: d(100), nhc: d(0), nic: d(0) };

describe("Tariefbepaling 2021 (NvI §2.2/§2.3)", () => {
  it("AT-01 LANDELIJK-2021 zonder opslag, 2020 >= 96%: tarief 94 bij index 100 (VID-0379, 0459)", () => {
    const p = leesProfiel([["Plan opslag", "nee"], ["Tariefpercentage vorig jaar", "96,75%"]]);
    const t = berekenTarief(L(), "ZZP", index100, p);
    gelijk(t.percentage, "0.94");
    gelijk(t.bedrag, "94.00");
    expect(t.stappen[0].bron.seed).toBe(SEEDS.NVI_2021);
    expect(t.stappen[0].bron.regel).toBe("VID-0379");
  });

  it("AT-02 LANDELIJK-2021 met opslag: 96 = 94 + 2 procentpunt, niet 94 x 1,02 = 95,88 (VID-0066, 0083)", () => {
    const t = berekenTarief(L(), "ZZP", index100, { categorie: "bestaand", planOpslag: true });
    gelijk(t.percentage, "0.96");
    gelijk(t.bedrag, "96.00");
    expect(t.percentage.equals(d("0.9588"))).toBe(false);
    // Same for every sector's leveringsvormen: the NvI gives one national percentage (VID-0682, 1137).
    for (const lv of LEVERINGSVORMEN) gelijk(berekenTariefpercentage(L(), lv, { categorie: "bestaand", planOpslag: true }).percentage, "0.96");
  });

  it("AT-03 LANDELIJK-2021 opslag van 2,75% om 96,75% te herstellen: afgewezen, maximum 96% (VID-1607, 1712)", () => {
    const p = leesProfiel([["Plan opslag", "ja"], ["Afgesproken percentage", "96,75%"]]);
    const t = berekenTariefpercentage(L(), "ZZP", p);
    gelijk(t.percentage, "0.96");
    gelijk(t.maximum, "0.96");
    expect(d("0.9675").greaterThan(t.maximum)).toBe(true);
    // The trail says the agreed percentage played no part.
    expect(t.stappen.some((s) => s.waarde === null && s.stap.includes("geen rol"))).toBe(true);
  });

  it("AT-04 LANDELIJK-2021 2020 was 96,75%, opslag toegekend: 2021 = 96%, het hogere historische percentage blijft niet (VID-1079, 1607, 1222)", () => {
    const p: Aanbiederprofiel = { categorie: "bestaand", planOpslag: true, tariefpercentageVorigJaar: d("0.9675") };
    const t = berekenTariefpercentage(L(), "VPT", p);
    gelijk(t.percentage, "0.96");
    gelijk(t.maximum, "0.96");
  });

  it("AT-05 LANDELIJK-2021 2020 lager dan 96%, opslag toegekend: niet naar 96%, het lagere percentage blijft; opslag regionaal -> waarschuwing (VID-0066, 1079, 1480)", () => {
    const p: Aanbiederprofiel = { categorie: "bestaand", planOpslag: true, tariefpercentageVorigJaar: d("0.95") };
    const t = berekenTariefpercentage(L(), "ZZP", p);
    gelijk(t.percentage, "0.95");
    expect(t.percentage.lessThan(d("0.96"))).toBe(true);
    const w = t.waarschuwingen.find((x) => x.id === "AMB-HISTORISCH");
    expect(w?.tekst).toContain("VID-1480");
    expect(uitlegRijen(t).some((r) => r.waarschuwing && r.stap.includes("AMB-HISTORISCH"))).toBe(true);
  });

  it("AT-06 LANDELIJK-2021 NHC/NIC van een ZZP: 100%, geen korting, voor elke aanbieder (VID-1927, 1209)", () => {
    for (const p of [{ categorie: "bestaand" }, { categorie: "nieuw" }, { categorie: "bestaand", planOpslag: true }] as Aanbiederprofiel[]) {
      const t = berekenTarief(L(), "ZZP", { zorg: d(0), nhc: d("10.00"), nic: d("5.00") }, p);
      gelijk(t.nhcNicPercentage, 1);
      gelijk(t.bedrag, "15.00");
    }
    expect(L().tarief.nhcNic.bron.regel).toBe("VID-1927");
  });

  it("AT-07 risico-opslag boven het NZa-maximum: niet toegestaan (VID-0467, 0051)", () => {
    // A percentage above 100% cannot even be entered ...
    expect(fout(() => leesPercentage("101%", "Afgesproken percentage"), "ongeldig").message).toContain("meer dan 100%");
    expect(fout(() => leesProfiel([["Afgesproken percentage", 1.02]]), "ongeldig").message).toContain("Afgesproken percentage");
    // ... and no profile combination lifts LANDELIJK-2021 above 96%, far below the NZa maximum.
    const t = berekenTariefpercentage(L(), "ZZP", { categorie: "bestaand", planOpslag: true, afgesprokenPercentage: d(1) });
    gelijk(t.maximum, "0.96");
  });

  it("AT-08 opslag 2021 loopt niet automatisch door naar 2022: er is geen landelijke regelset 2022 (VID-1717, 1213)", () => {
    expect(L().jaar).toBe(2021);
    fout(() => zoekRegelset("LANDELIJK-2022"), "niet-beschikbaar");
    // Zilveren Kruis 2022 carries no opslag: its 2021 opslagen are recorded as lapsed, not applied.
    const zk = rs("ZK-2022");
    expect(zk.tarief.regels).toHaveLength(0);
    expect(zk.tarief.info?.some((i) => i.tekst.includes("vervallen"))).toBe(true);
    gelijk(berekenTariefpercentage(zk, "ZZP", { categorie: "bestaand", planOpslag: true, richttarief: d("0.95") }).percentage, "0.95");
  });

  it("AT-09 LANDELIJK-2021 hogere contracteerruimte voor stijgende zorgvraag -> volume, geen tariefverhoging; tarief alleen omlaag (VID-0069, 1543, 1884)", () => {
    const op = tariefbijstelling(L(), "verhoging", "stijgende zorgvraag");
    expect(op.tariefpercentage).toBe("gelijk");
    expect(op.naarVolume).toBe(true);
    expect(op.bron.regel).toBe("VID-0069");
    expect(op.waarschuwingen).toHaveLength(0);
    // Another reason: "afhankelijk van de reden" -> default no automatic raise, with the ambiguity shown.
    const anders = tariefbijstelling(L(), "verhoging", "anders");
    expect(anders.tariefpercentage).toBe("gelijk");
    expect(anders.naarVolume).toBe(false);
    expect(anders.waarschuwingen.map((w) => w.id)).toEqual(["AMB-CONTRACTEERRUIMTE"]);
    for (const w of ["verlaging", "tekort"] as const) {
      const neer = tariefbijstelling(L(), w);
      expect(neer.tariefpercentage).toBe("kan omlaag");
      expect(neer.bron.regel).toBe("VID-1884");
    }
  });
});

describe("Onderaanneming (NvI §3.1, Bijlage 3A)", () => {
  it("AT-10 onderaanneming 100: eigen 60, volle dochter 20, derde 20 -> voldoet; zonder dochtervrijstelling 40% > 1/3 -> voldoet niet (VID-1237, 0655)", () => {
    const met = beoordeelOnderaanneming(L(), { verwachteZorg: d(100), onderaanneming: d(40), volleDochters: d(20) });
    expect(met.ok).toBe(true);
    gelijk(met.aandeel, "0.2");
    const zonder = beoordeelOnderaanneming(L(), { verwachteZorg: d(100), onderaanneming: d(40) });
    expect(zonder.ok).toBe(false);
    gelijk(zonder.aandeel, "0.4");
    expect(zonder.reden).toContain("1/3");
    expect(met.bron.regel).toBe("VID-0655");
    fout(() => beoordeelOnderaanneming(L(), { verwachteZorg: d(0), onderaanneming: d(0) }), "ongeldig");
  });

  it("AT-11 een volledig ZZP door een onderaannemer: niet toegestaan (VID-0655)", () => {
    const o = beoordeelOnderaanneming(L(), { verwachteZorg: d(100), onderaanneming: d(1), heelPakketUitbesteed: true });
    expect(o.ok).toBe(false);
    expect(o.reden).toContain("ZZP of VPT");
  });

  it("AT-12 LANDELIJK-2021 delen van somatische zorg apart declareren: (a) bij ZZP niet, (b) bij MPT wel (VID-0550)", () => {
    const zzp = apartDeclarerenSomatisch(L(), "ZZP");
    expect(zzp.ok).toBe(false);
    expect(zzp.reden).toContain("alleen bij MPT");
    expect(apartDeclarerenSomatisch(L(), "VPT").ok).toBe(false);
    const mpt = apartDeclarerenSomatisch(L(), "MPT");
    expect(mpt.ok).toBe(true);
    expect(mpt.bron.regel).toBe("VID-0550");
  });
});

describe("Contracten, categorieën en documenten (NvI §3.3, §3.4, §3.9)", () => {
  it("AT-13 contractduur LANDELIJK-2021: (a) nieuw eenjarig, (b) heel 2020 meerjarig, (c) deel 2020 eenjarig, (d) bestaand maar nieuw meerjarig (VID-0071)", () => {
    expect(contractduur(L(), "nieuw").duur).toBe("eenjarig (2021)");
    expect(contractduur(L(), "bestaand", "heel").duur).toBe("meerjarig (2021-2023)");
    expect(contractduur(L(), "bestaand", "deel").duur).toBe("eenjarig (2021)");
    expect(contractduur(L(), "bestaand-nieuw").duur).toBe("meerjarig (2021-2023)");
    expect(contractduur(L(), "bestaand").bron.regel).toBe("VID-0071");
  });

  it("AT-14 beschermd wonen, contract elders heel 2020 maar geen zorgkosten gedeclareerd: nieuwe zorgaanbieder, eenjarig (VID-0025, 0071)", () => {
    const c = bepaalCategorie(L(), { contractMetDitZorgkantoor: false, contractElders: { van: "2020-01-01", tot: "2020-12-31" } });
    expect(c.categorie).toBe("nieuw");
    expect(c.reden).toContain("2020");
    expect(contractduur(L(), c.categorie).duur).toBe("eenjarig (2021)");
    // With declarations in 2020 the same provider is bestaand maar nieuw (the NvI asks no 1 January start).
    const met = bepaalCategorie(L(), { contractMetDitZorgkantoor: false, contractElders: { van: "2019-01-01" }, eersteDeclaratie: "2020-06-01" });
    expect(met.categorie).toBe("bestaand-nieuw");
  });
  it("AT-14 LANDELIJK-2021 nieuwe zorgaanbieder levert de volledige set: bestuursverklaring, volledige onderbouwing en volledig ondernemingsplan (VID-0095)", () => {
    const c = bepaalCategorie(L(), { contractMetDitZorgkantoor: false, contractElders: { van: "2020-01-01", tot: "2020-12-31" } });
    const lijst = vereisteDocumenten(L(), c.categorie);
    const namen = lijst.documenten.map((x) => x.naam);
    expect(namen).toHaveLength(3);
    expect(namen[0]).toBe("Bestuursverklaring");
    expect(namen.some((n) => n.startsWith("Volledige onderbouwing") && n.includes("VOG RP"))).toBe(true);
    expect(namen).toContain("Volledig ondernemingsplan");
    expect(lijst.bron.regel).toBe("VID-0095");
  });

  it("AT-15 KvK 7 maanden oud en VOG RP uit 2017: beide ongeldig (VID-0614, 0611)", () => {
    expect(documentGeldig(L(), "kvk", "2019-12-31", "2020-07-31").ok).toBe(false);
    expect(documentGeldig(L(), "kvk", "2020-01-31", "2020-07-31").ok).toBe(true);
    const vog = documentGeldig(L(), "vog", "2017-06-01", "2020-07-31");
    expect(vog.ok).toBe(false);
    expect(vog.bron.regel).toBe("VID-0611");
    expect(documentGeldig(L(), "vog", "2019-08-01", "2020-07-31").ok).toBe(true);
  });
  it("AT-15 LANDELIJK-2021 eenmalige uitzondering 2021: bewijs van aanvraag van VOG RP of Wtzi-toelating volstaat (VID-0031)", () => {
    const vog = aanvraagVolstaat(L(), "vog", true);
    expect(vog.ok).toBe(true);
    expect(vog.reden).toContain("nagestuurd");
    expect(vog.bron.regel).toBe("VID-0031");
    expect(vog.waarschuwingen).toHaveLength(0);
    expect(aanvraagVolstaat(L(), "wtzi", true).ok).toBe(true);
    expect(aanvraagVolstaat(L(), "vog", false).ok).toBe(false);
    // One-off: the 2026 rule set has no such exception.
    fout(() => aanvraagVolstaat(rs("CZ-GZ-2026"), "vog", true), "niet-beschikbaar");
  });

  it("AT-16 LANDELIJK-2021 bestaande aanbieder bij het eigen zorgkantoor: alleen de bestuursverklaring, geen KvK/Wtzi/VOG/statuten (VID-1026, 0095)", () => {
    const lijst = vereisteDocumenten(L(), "bestaand");
    expect(lijst.documenten.map((x) => x.naam)).toEqual(["Bestuursverklaring"]);
    expect(lijst.bron.regel).toBe("VID-1026");
    // Bestaand maar nieuw: bestuursverklaring + beknopt ondernemingsplan (VID-0095, 0363, 1774).
    expect(vereisteDocumenten(L(), "bestaand-nieuw").documenten.map((x) => x.naam)).toEqual(["Bestuursverklaring", "Beknopt ondernemingsplan"]);
  });

  it("AT-17 LANDELIJK-2021 dochter met de statuten van de moeder: Governancecode niet geborgd; eigen statuten wel (VID-0275)", () => {
    const moeder = governancecodeGeborgd(L(), "moeder");
    expect(moeder.ok).toBe(false);
    expect(moeder.reden).toContain("eigen statuten");
    expect(moeder.bron.regel).toBe("VID-0275");
    expect(governancecodeGeborgd(L(), "eigen").ok).toBe(true);
    expect(governancecodeGeborgd(L(), "geen").ok).toBe(false);
  });
});

describe("Kwaliteitsbudget (NvI §4)", () => {
  it("AT-18 LANDELIJK-2021 kwaliteitsbudget: (a) niet-geclusterd VPT 4-10 VV nee, (b) GGZ-instelling met ZZP 4-10 VV geclusterd ja, (c) alleen MPT-dagbesteding nee (VID-1859, 0107, 0054)", () => {
    const a = kwaliteitsbudgetRecht(L(), { leveringsvorm: "VPT", sector: "V&V", zzp: 6, geclusterd: false });
    expect(a.ok).toBe(false);
    expect(a.reden).toContain("Niet-geclusterd");
    expect(a.bron.regel).toBe("VID-1859");
    // The instelling's own sector (GGZ) does not matter: the client's profile ZZP 4-10 VV does.
    const b = kwaliteitsbudgetRecht(L(), { leveringsvorm: "ZZP", sector: "V&V", zzp: 5 });
    expect(b.ok).toBe(true);
    const c = kwaliteitsbudgetRecht(L(), { leveringsvorm: "MPT", sector: "V&V", zzp: 5 });
    expect(c.ok).toBe(false);
    expect(c.bron.regel).toBe("VID-0054");
    expect(kwaliteitsbudgetRecht(L(), { leveringsvorm: "VPT", sector: "V&V", zzp: 10, geclusterd: true }).ok).toBe(true);
  });

  it("AT-19 LANDELIJK-2021 voorschot: vanaf 1-1-2021 0,75 x B; na de afspraak van 1 april (uitbetaling mei 2021) 0,85 x T (VID-0510, 0684, 0562)", () => {
    const budget = { initieel: d(1000000), toegekend: d(1200000) };
    const jan = kwaliteitsbudgetVoorschot(L(), "2021-01-01", budget);
    gelijk(jan.bedrag, 750000);
    expect(jan.grondslag).toBe("initieel");
    expect(jan.bron.regel).toBe("VID-0510");
    gelijk(kwaliteitsbudgetVoorschot(L(), "2021-04-30", budget).bedrag, 750000);
    const mei = kwaliteitsbudgetVoorschot(L(), "2021-05-01", budget);
    gelijk(mei.bedrag, 1020000);
    expect(mei.grondslag).toBe("toegekend");
    expect(mei.waarschuwingen.map((w) => w.id)).toEqual(["AMB-KB-VOORSCHOT"]);
  });

  it("AT-20 LANDELIJK-2021 macrocijfers: 435 + 1.450 + 300 = 2.185 (> 2.100); 1.450 − 350 = 1.100 (VID-1199, 0072, 0510)", () => {
    const m = kwaliteitsbudgetMacro(L());
    gelijk(m.som, 2185);
    expect(m.somKlopt).toBe(true);
    expect(m.bovenOorspronkelijk).toBe(true);
    gelijk(m.vorigJaar, 1100);
    expect(m.vorigJaarKlopt).toBe(true);
    expect(m.stappen[0].stap).toContain("€ 2.185 mln");
    expect(m.stappen[0].bron.regel).toBe("VID-1199");
  });

  it("AT-21 LANDELIJK-2021 verdeling 70/30 alleen met een onderbouwde aanvraag, anders richtlijn 85/15; meer personeel mag (VID-0497, 0078, 0514)", () => {
    const zonder = kwaliteitsbudgetVerdeling(L(), d("0.70"));
    expect(zonder.ok).toBe(false);
    expect(zonder.reden).toContain("70%/30%");
    expect(zonder.bron.regel).toBe("VID-0497");
    const met = kwaliteitsbudgetVerdeling(L(), d("0.70"), true);
    expect(met.ok).toBe(true);
    expect(met.beoordeling).toBe("afwijking met aanvraag");
    expect(kwaliteitsbudgetVerdeling(L(), d("0.85")).beoordeling).toBe("richtlijn");
    const hoger = kwaliteitsbudgetVerdeling(L(), d("0.90"));
    expect(hoger.ok).toBe(true);
    expect(hoger.bron.regel).toBe("VID-0514");
  });

  it("AT-22 LANDELIJK-2021 initieel kwaliteitsbudget = Σ productie x indicatieve kwaliteitstoeslag over ZZP/VPT VV4-VV10 (VID-0022, 0074)", () => {
    // Illustrative toeslagen: NZa tabel 29 is not among the sources, so they are input.
    const k = initieelKwaliteitsbudget(L(), [
      { leveringsvorm: "ZZP", sector: "V&V", zzp: 4, productie: d(3650), toeslag: d("12.34") },
      { leveringsvorm: "VPT", sector: "V&V", zzp: 7, geclusterd: true, productie: d(1000), toeslag: d("20.50") },
      { leveringsvorm: "ZZP", sector: "V&V", zzp: 3, productie: d(500), toeslag: d("10.00") },
    ]);
    gelijk(k.bedrag, "65541.00"); // 3650 x 12,34 + 1000 x 20,50; ZZP 3 VV is not counted
    expect(k.stappen.some((s) => s.stap.startsWith("ZZP 3 V&V niet meegeteld"))).toBe(true);
    expect(k.stappen.at(-1)?.bron.regel).toBe("VID-0022");
    expect(k.waarschuwingen.map((w) => w.id)).toEqual(["AMB-KB-INITIEEL"]);
  });
});

describe("Declaraties, termijnen en overige (NvI)", () => {
  it("AT-23 LANDELIJK-2021 declaratie op werkdag 17 tijdig, op werkdag 18 te laat (VID-1879)", () => {
    expect(declaratieTijdig(L(), 17).ok).toBe(true);
    const laat = declaratieTijdig(L(), 18);
    expect(laat.ok).toBe(false);
    expect(laat.reden).toContain("17 werkdagen");
    expect(laat.bron.regel).toBe("VID-1879");
  });

  it("AT-24 LANDELIJK-2021 15 mutatiedagen na overlijden (opgebaard in de kamer) gedeclareerd: maximaal 13 (VID-0524)", () => {
    const m = mutatiedagenNaOverlijden(L(), 15);
    expect(m.ok).toBe(false);
    expect(m.declarabel).toBe(13);
    expect(m.teVeel).toBe(2);
    expect(m.bron.regel).toBe("VID-0524");
    const binnen = mutatiedagenNaOverlijden(L(), 13);
    expect(binnen.ok).toBe(true);
    expect(binnen.reden).toContain("opbaren");
  });

  it("AT-25a inschrijving 31-07-2020 17:05 is te laat: 'uiterlijk 31 juli 2020 17.00 uur' (VID-0024)", () => {
    const t = inschrijvingTijdig(L(), "2020-07-31T17:05");
    expect(t.ok).toBe(false);
    expect(t.bron.regel).toBe("VID-0024");
    expect(inschrijvingTijdig(L(), "2020-07-31T16:59").ok).toBe(true);
    // CZ V&V 2021 keeps the same closing moment (S0 Tabel 2 stap 6).
    expect(inschrijvingTijdig(rs("CZ-VV-2021"), "2020-07-31T17:05").ok).toBe(false);
  });
  it("AT-25b LANDELIJK-2021 aankondiging opslagplan 01-09-2020 -> plan uiterlijk 01-11-2020; eerder aankondigen kan niet (VID-0179)", () => {
    const t = opslagPlanTermijn(L(), "2020-09-01");
    expect(t.uiterlijk).toBe("2020-11-01");
    expect(t.bron.regel).toBe("VID-0179");
    expect(opslagPlanTermijn(L(), "2020-12-31").uiterlijk).toBe("2021-02-28");
    expect(fout(() => opslagPlanTermijn(L(), "2020-08-31"), "ongeldig").message).toContain("2020-09-01");
  });

  it("AT-25c LANDELIJK-2021 herschikking bij de NZa uiterlijk 1 november 2021 (VID-0005)", () => {
    expect(proceduretermijnGehaald(L(), "herschikkingNza", "2021-11-01").ok).toBe(true);
    expect(proceduretermijnGehaald(L(), "herschikkingNza", "2021-11-01T23:00").ok).toBe(true);
    const laat = proceduretermijnGehaald(L(), "herschikkingNza", "2021-11-02");
    expect(laat.ok).toBe(false);
    expect(laat.bron.regel).toBe("VID-0005");
    // CZ-VV-2021 keeps the national deadline next to its own VECOZO date.
    expect(proceduretermijnGehaald(rs("CZ-VV-2021"), "herschikkingNza", "2021-11-02").ok).toBe(false);
  });
  it("AT-25c (what the core does decide) LANDELIJK-2021 has no extrapolation formula and no crisis rule (NvI §2.8; 'not addressed anywhere')", () => {
    expect(fout(() => berekenHerschikking(L(), d(100), d(10)), "niet-beschikbaar").message).toContain("VID-0005");
    expect(fout(() => berekenCrisisvergoeding(L(), { bedden: d(1), bezet: d(1), onbezet: d(0) }), "niet-beschikbaar").message).toContain("CZ-VV-2021");
  });

  it("AT-26 LANDELIJK-2021 mondzorg: (a) VPT -> Zvw; (b) verblijf inclusief behandeling bij dezelfde instelling -> Wlz (VID-0491, 1777)", () => {
    const a = mondzorgFinanciering(L(), { leveringsvorm: "VPT", metBehandeling: false, zelfdeInstelling: true });
    expect(a.financiering).toBe("Zvw");
    expect(a.bron.regel).toBe("VID-0491");
    const b = mondzorgFinanciering(L(), { leveringsvorm: "ZZP", metBehandeling: true, zelfdeInstelling: true });
    expect(b.financiering).toBe("Wlz");
    expect(b.bron.regel).toBe("VID-1777");
    expect(mondzorgFinanciering(L(), { leveringsvorm: "ZZP", metBehandeling: false, zelfdeInstelling: true }).financiering).toBe("Zvw");
  });

  it("AT-27 LANDELIJK-2021 behandeling: (a) bij MPT geen toestemming nodig; (b) uitbreiden met plaatsen met behandeling zonder toestemming niet toegestaan (VID-0951, 1540)", () => {
    const a = behandelingToegestaan(L(), "inzet-bij-mpt", false);
    expect(a.ok).toBe(true);
    expect(a.toestemmingNodig).toBe(false);
    expect(a.bron.regel).toBe("VID-0951");
    const b = behandelingToegestaan(L(), "uitbreiding-plaatsen", false);
    expect(b.ok).toBe(false);
    expect(b.toestemmingNodig).toBe(true);
    expect(b.bron.regel).toBe("VID-1540");
    expect(behandelingToegestaan(L(), "uitbreiding-plaatsen", true).ok).toBe(true);
  });
});
