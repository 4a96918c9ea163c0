/**
 * Issue 12, "second reading of the policy texts": each point as a test named with its rule id and the
 * section of the seed that decides it. Values are the sources' own or the catalogue's stand-ins.
 */
import { describe, expect, it } from "vitest";
import {
  bepaalCategorie,
  beoordeelOnderaanneming,
  berekenCrisisvergoeding,
  berekenInitieelVolume,
  berekenTarief,
  berekenTariefpercentage,
  contractduur,
  documentGeldig,
  feestdagen,
  groeiplafondInclBehandeling,
  intramuraalZzpToegestaan,
  jaarstukkenCompleet,
  wtzaEigenVerklaringGeldig,
  hoofdsector,
  maandbetaling,
  termijn,
  voorschotMogelijk,
  inschrijvingsroute,
  uitlegRijen,
  type Aanbiederprofiel,
} from "../../src/rules";
import { d, fout, gelijk, rs } from "./hulp";

const CZ26 = () => rs("CZ-GZ-2026");
const R = d("0.978"); // S1 §5.1.1 (L564-567): GZ 2025 = 97,8%, the catalogue's stand-in for R 2026
const ids = (w: { id: string }[]) => w.map((x) => x.id);

describe("Punt 2: CZ26-T10 uitzondering bestaand maar nieuw volgt 'Uitzondering' (S1 §5.1.2a L594-599)", () => {
  const bn = (extra: Partial<Aanbiederprofiel> = {}): Aanbiederprofiel => ({ categorie: "bestaand-nieuw", richttarief: R, ...extra });

  it("CZ26-T10 §5.1.2a bestaand-nieuw zonder veld Uitzondering: R − 2 = 95,8%, marge 95,8% tot R, waarschuwing AMB-CZ26-UITZONDERING", () => {
    const tp = berekenTariefpercentage(CZ26(), "ZZP", bn());
    gelijk(tp.percentage, "0.958");
    gelijk(tp.minimum, "0.958");
    gelijk(tp.maximum, "0.978");
    expect(ids(tp.waarschuwingen)).toContain("AMB-CZ26-UITZONDERING");
    expect(uitlegRijen(tp).some((r) => r.waarschuwing && r.stap.includes("AMB-CZ26-UITZONDERING"))).toBe(true);
  });

  it("CZ26-T10 §5.1.2a bestaand-nieuw met Uitzondering nee: precies R − 2 = 95,8%, geen marge tot R", () => {
    const tp = berekenTariefpercentage(CZ26(), "ZZP", bn({ uitzondering: false }));
    gelijk(tp.percentage, "0.958");
    gelijk(tp.maximum, "0.958");
    expect(ids(tp.waarschuwingen)).not.toContain("AMB-CZ26-UITZONDERING");
  });

  it("CZ26-T10 §5.1.2a bestaand-nieuw met Uitzondering ja: in overleg tot R; marge R − 2 tot R zodat een afspraak onder R geen onderbetaling is", () => {
    const tp = berekenTariefpercentage(CZ26(), "ZZP", bn({ uitzondering: true }));
    gelijk(tp.percentage, "0.978");
    gelijk(tp.maximum, "0.978");
    gelijk(tp.minimum, "0.958");
    expect(ids(tp.waarschuwingen)).toContain("AMB-CZ26-UITZONDERING");
  });

  it("CZ26-T10 §5.1.2a bestaand-nieuw met Uitzondering ja en afgesproken 97%: 97%, nooit boven R (98,5% -> 97,8%)", () => {
    gelijk(berekenTariefpercentage(CZ26(), "ZZP", bn({ uitzondering: true, afgesprokenPercentage: d("0.97") })).percentage, "0.97");
    gelijk(berekenTariefpercentage(CZ26(), "ZZP", bn({ uitzondering: true, afgesprokenPercentage: d("0.985") })).percentage, "0.978");
  });

  it("CZ26-T9 §5.1.2a nieuwe aanbieder zonder uitzondering blijft precies R − 2 (geen marge: de uitzondering vraagt de aanbieder zelf aan)", () => {
    const tp = berekenTariefpercentage(CZ26(), "ZZP", { categorie: "nieuw", richttarief: R });
    gelijk(tp.percentage, "0.958");
    gelijk(tp.maximum, "0.958");
  });
});

describe("Punt 5: AMB-PP bij procentpunten in tabel 003 (S3 Bekostiging Menzis L356-392, CZ L236-250)", () => {
  it("CMP24-Menzis differentiatie '−2% tot +1% van richttarief': waarschuwing AMB-PP zoals bij VGZ", () => {
    const tp = berekenTariefpercentage(rs("MENZIS-VV-2024"), "ZZP", { categorie: "bestaand", differentiatie: d("0.005") });
    gelijk(tp.percentage, "0.96");
    expect(ids(tp.waarschuwingen)).toContain("AMB-PP");
  });
  it("CMP24-CZ opslag technologie '+0,1%' en bewegingen '+0,3%': elk met waarschuwing AMB-PP; 95,5 + 0,1 + 0,3 = 95,9%", () => {
    const tech = berekenTariefpercentage(rs("CZ-VV-2024"), "ZZP", { categorie: "bestaand", technologieOpslag: true });
    expect(tech.waarschuwingen.filter((w) => w.id === "AMB-PP").map((w) => w.tekst).join()).toContain("+0,1%");
    const beide = berekenTariefpercentage(rs("CZ-VV-2024"), "ZZP", { categorie: "bestaand", technologieOpslag: true, bewegingenOpslag: true });
    gelijk(beide.percentage, "0.959");
    expect(beide.waarschuwingen.filter((w) => w.id === "AMB-PP")).toHaveLength(2);
  });
  it("CMP24-CZ zonder opslag: geen AMB-PP (de waarschuwing hoort bij de gebruikte regel)", () => {
    expect(ids(berekenTariefpercentage(rs("CZ-VV-2024"), "ZZP", { categorie: "bestaand" }).waarschuwingen)).not.toContain("AMB-PP");
  });
});

describe("Punt 6: ZK22-T4 NHC/NIC 100% is voor 2022/2023 een standaard (002 VID-1209 'blijft gehandhaafd voor 2021')", () => {
  for (const id of ["ZK-2022", "ZK-2023"]) {
    it(`ZK22-T4 ${id} NHC/NIC 100% als standaard: nhcNicStandaard en waarschuwing AMB-NHCNIC die 2021 noemt`, () => {
      const tp = berekenTariefpercentage(rs(id), "ZZP", { categorie: "bestaand", richttarief: d("0.95") });
      gelijk(tp.nhcNicPercentage, 1);
      expect(tp.nhcNicStandaard).toBe(true);
      const w = tp.waarschuwingen.find((x) => x.id === "AMB-NHCNIC");
      expect(w?.tekst).toContain("alleen voor 2021");
    });
  }
  it("CZ21-T4 / CZ26-T5 NHC/NIC 100% staat in de bron zelf: nhcNicStandaard onwaar (S0 §4.3 L450-454; S1 §5.1.1 L570-575)", () => {
    expect(berekenTariefpercentage(rs("CZ-VV-2021"), "ZZP", { categorie: "bestaand" }).nhcNicStandaard).toBe(false);
    expect(berekenTariefpercentage(CZ26(), "MPT", { categorie: "bestaand", richttarief: R }).nhcNicStandaard).toBe(false);
  });
});

describe("Punt 11: CZ26-T14 100% VPT/DTV/logeren 'voor 2024 en 2025' tegenover 'voor 2026' (S1 §5.1.2.b L664-668)", () => {
  it("CZ26-T14 §5.1.2.b VPT 100% in 2026 met waarschuwing AMB-CZ26-HONDERD over de tegenstrijdige jaren", () => {
    const tp = berekenTariefpercentage(CZ26(), "VPT", { categorie: "bestaand" });
    gelijk(tp.percentage, 1);
    const w = tp.waarschuwingen.find((x) => x.id === "AMB-CZ26-HONDERD");
    expect(w?.tekst).toContain("voor 2024 en 2025");
  });
  it("CZ26-T14 §5.1.2.b MPT krijgt geen 100% en dus ook geen AMB-CZ26-HONDERD", () => {
    expect(ids(berekenTariefpercentage(CZ26(), "MPT", { categorie: "bestaand", richttarief: R }).waarschuwingen)).not.toContain("AMB-CZ26-HONDERD");
  });
});

describe("Punt 1: CZ26-K2/K3 de overeenkomst elders moet lopen 'op het moment van inschrijven' (S1 §6.3 L1070-1084)", () => {
  const h = { contractMetDitZorgkantoor: false, eersteDeclaratie: "2024-01-01" };
  it("CZ26-K3 §6.3 overeenkomst elders heel 2024 maar geëindigd 31-12-2024, inschrijving 15-07-2025: nieuw (op dat moment geen overeenkomst)", () => {
    const c = bepaalCategorie(rs("CZ-GZ-2026"), { ...h, contractElders: { van: "2024-01-01", tot: "2024-12-31" }, inschrijfdatum: "2025-07-15" });
    expect(c.categorie).toBe("nieuw");
    expect(c.reden).toContain("vóór het moment van inschrijven");
    expect(c.waarschuwingen.map((w) => w.id)).not.toContain("AMB-CATEGORIE-INSCHRIJFDATUM");
  });
  it("CZ26-K2 §6.3 overeenkomst elders tot 31-12-2025 loopt bij inschrijving 15-07-2025: bestaand-nieuw; ook op de dag zelf (tot = inschrijfdatum)", () => {
    expect(bepaalCategorie(rs("CZ-GZ-2026"), { ...h, contractElders: { van: "2024-01-01", tot: "2025-12-31" }, inschrijfdatum: "2025-07-15" }).categorie).toBe("bestaand-nieuw");
    expect(bepaalCategorie(rs("CZ-GZ-2026"), { ...h, contractElders: { van: "2024-01-01", tot: "2025-07-15" }, inschrijfdatum: "2025-07-15T16:00" }).categorie).toBe("bestaand-nieuw");
  });
  it("CZ26-K3 §6.3 zonder inschrijfdatum: getoetst op de sluiting 31-07-2025 17:00, met waarschuwing AMB-CATEGORIE-INSCHRIJFDATUM", () => {
    const c = bepaalCategorie(rs("CZ-GZ-2026"), { ...h, contractElders: { van: "2024-01-01", tot: "2025-06-30" } });
    expect(c.categorie).toBe("nieuw");
    const w = c.waarschuwingen.find((x) => x.id === "AMB-CATEGORIE-INSCHRIJFDATUM");
    expect(w?.tekst).toContain("31-07-2025 17:00");
  });
  it("CZ26-K2 §6.3 doorlopende overeenkomst elders (geen einddatum): geen inschrijfdatum nodig, geen waarschuwing", () => {
    const c = bepaalCategorie(rs("CZ-GZ-2026"), { ...h, contractElders: { van: "2024-01-01" } });
    expect(c.categorie).toBe("bestaand-nieuw");
    expect(c.waarschuwingen.map((w) => w.id)).not.toContain("AMB-CATEGORIE-INSCHRIJFDATUM");
  });
});

describe("Punt 3: ZK22-C4 onbenutte crisisdagen krijgen 'een vergoeding', hoogte niet in de bron (S4 L674-677)", () => {
  const zk = () => rs("ZK-2023");
  it("ZK22-C4 S4 L676 dagen: bezet + onbezet vergoed (beschikbaarheid), zonder tarief geen fout", () => {
    gelijk(berekenCrisisvergoeding(zk(), { bedden: d(2), bezet: d(500), onbezet: d(230) }).vergoedeDagen, 730);
  });
  it("ZK22-C4 S4 L676 euro's zonder leegstandtarief: #N/A die leegstandtarief noemt (niet meer het prestatietarief geraden)", () => {
    const f = fout(() => berekenCrisisvergoeding(zk(), { bedden: d(2), bezet: d(500), onbezet: d(230), tarief: d("250.5") }), "niet-beschikbaar");
    expect(f.argument).toBe("leegstandtarief");
    expect(f.message).toContain("leegstandtarief");
  });
  it("ZK22-C4 S4 L676 euro's met leegstandtarief: 500 x € 250,50 + 230 x € 100,00 = € 148.250,00; zonder onbezette dagen geen leegstandtarief nodig", () => {
    gelijk(berekenCrisisvergoeding(zk(), { bedden: d(2), bezet: d(500), onbezet: d(230), tarief: d("250.5"), leegstandtarief: d(100) }).bedrag, "148250");
    gelijk(berekenCrisisvergoeding(zk(), { bedden: d(2), bezet: d(500), onbezet: d(0), tarief: d("250.5") }).bedrag, "125250");
  });
});

describe("Punt 4: CZ26-K10 onderaanneming: toestemming voor een heel pakket, volle dochters als standaard (S1 §6.2 L1035-1046)", () => {
  const oa = (id: string, extra: object) => beoordeelOnderaanneming(rs(id), { verwachteZorg: d(900000), onderaanneming: d(100000), ...extra });
  it("CZ26-K10 §6.2 hele ZZP uitbesteed zonder toestemming: niet toegestaan; met toestemming van het zorgkantoor wel", () => {
    const zonder = oa("CZ-GZ-2026", { heelPakketUitbesteed: true });
    expect(zonder.ok).toBe(false);
    expect(zonder.reden).toContain("tenzij het zorgkantoor daar toestemming voor geeft");
    const met = oa("CZ-GZ-2026", { heelPakketUitbesteed: true, toestemmingZorgkantoor: true });
    expect(met.ok).toBe(true);
    expect(met.bron.sectie).toContain("toestemming");
  });
  it("CZ26-K10 §6.2 toestemming heft de 2/3-regel niet op: 400.000 van 900.000 met toestemming blijft te veel", () => {
    expect(oa("CZ-GZ-2026", { onderaanneming: d(400000), heelPakketUitbesteed: true, toestemmingZorgkantoor: true }).ok).toBe(false);
  });
  it("VID-0655 2021 kent geen toestemming: hele ZZP uitbesteed blijft niet toegestaan, ook met toestemming", () => {
    const r = oa("LANDELIJK-2021", { heelPakketUitbesteed: true, toestemmingZorgkantoor: true });
    expect(r.ok).toBe(false);
    expect(r.reden).toContain("geen uitzondering met toestemming");
  });
  it("VID-1237 2021 volle dochters tellen niet mee, zonder waarschuwing; CZ26 als standaard met waarschuwing AMB-CZ26-DOCHTERS", () => {
    const l = oa("LANDELIJK-2021", { onderaanneming: d(400000), volleDochters: d(200000) });
    expect(l.ok).toBe(true);
    expect(l.waarschuwingen).toEqual([]);
    const cz = oa("CZ-GZ-2026", { onderaanneming: d(400000), volleDochters: d(200000) });
    expect(cz.ok).toBe(true);
    expect(cz.waarschuwingen.map((w) => w.id)).toEqual(["AMB-CZ26-DOCHTERS"]);
    expect(oa("CZ-GZ-2026", { onderaanneming: d(400000) }).waarschuwingen).toEqual([]);
  });
});

describe("Punt 7: CZ26-K4 looptijd na een eenjarige overeenkomst (S1 §6.4 L1085-1101)", () => {
  it("CZ26-K4 §6.4 bestaand, heel 2025 een eenjarige overeenkomst: eenjarig (2026); met een meerjarige: lopend meerjarig", () => {
    const een = contractduur(rs("CZ-GZ-2026"), "bestaand", "heel", "eenjarig");
    expect(een.duur).toBe("eenjarig (2026)");
    expect(een.bron.sectie).toContain("eenjarige overeenkomst hebben gehad");
    expect(contractduur(rs("CZ-GZ-2026"), "bestaand", "heel", "meerjarig").duur).toContain("lopend meerjarig");
  });
  it("CZ26-K4 §6.4 bestaand heel jaar zonder soort vorige overeenkomst: #VALUE! die meerjarig/eenjarig vraagt; deel van het jaar: eenjarig", () => {
    expect(fout(() => contractduur(rs("CZ-GZ-2026"), "bestaand", "heel"), "ongeldig").message).toContain("eenjarig");
    expect(contractduur(rs("CZ-GZ-2026"), "bestaand", "deel").duur).toBe("eenjarig (2026)");
  });
  it("VID-0071 2021 kent dat onderscheid niet: bestaand heel 2020 blijft meerjarig, ook na een eenjarige", () => {
    expect(contractduur(rs("LANDELIJK-2021"), "bestaand", "heel", "eenjarig").duur).toBe("meerjarig (2021-2023)");
  });
});

describe("Punt 9: CZ21-K9 tussentijds inschrijven via VECOZO 'van 1 december 2020 tot 1 mei 2021' voor nieuwe zorgaanbieders (S0 §5.2 L740-743)", () => {
  it("CZ21-K9 §5.2 nieuwe aanbieder op 15-01-2021: tussentijdse inschrijving, met waarschuwing AMB-CZ21-TUSSENTIJDS", () => {
    const r = inschrijvingsroute(rs("CZ-VV-2021"), "2021-01-15T10:00", "nieuw");
    expect(r).toMatchObject({ ok: true, route: "tussentijds" });
    expect(r.bron.regel).toBe("CZ21-K9");
    expect(r.waarschuwingen.map((w) => w.id)).toEqual(["AMB-CZ21-TUSSENTIJDS"]);
  });
  it("CZ21-K9 §5.2 'tot 1 mei 2021': 30-04-2021 23:59 nog tijdig, 01-05-2021 te laat", () => {
    expect(inschrijvingsroute(rs("CZ-VV-2021"), "2021-04-30T23:59", "nieuw").ok).toBe(true);
    expect(inschrijvingsroute(rs("CZ-VV-2021"), "2021-05-01T00:00", "nieuw")).toMatchObject({ ok: false, route: "geen" });
  });
  it("CZ21-K9 §5.2 na de sluiting 31-07-2020 maar vóór 1-12-2020: resterende route tussentijds; een bestaande aanbieder heeft die route niet", () => {
    const r = inschrijvingsroute(rs("CZ-VV-2021"), "2020-08-03T10:00");
    expect(r).toMatchObject({ ok: false, route: "tussentijds" });
    expect(r.reden).toContain("alleen voor nieuwe zorgaanbieders");
    expect(inschrijvingsroute(rs("CZ-VV-2021"), "2021-01-15", "bestaand")).toMatchObject({ ok: false, route: "geen" });
  });
});

describe("Punt 8: citaten uit de vraagtekst zijn als zodanig gemarkeerd (002 VID-0024, VID-0524, VID-0005; CZ21 §4.2 vs VID-0071)", () => {
  it("VID-0024/0524/0005 LANDELIJK-2021: de bron zegt 'vraagtekst' en dat het antwoord de waarde niet noemt", () => {
    const v = rs("LANDELIJK-2021").voorwaarden;
    for (const b of [v.inschrijving!.bron, v.mutatiedagenOverlijden!.bron, v.proceduretermijnen!.herschikkingNza!.bron]) {
      expect(b.sectie).toContain("vraagtekst");
    }
  });
  it("VID-0071 CZ-VV-2021 contractduur citeert de NvI (S0 §4.2 noemt alleen de eenjarige overeenkomst voor nieuwe aanbieders)", () => {
    expect(contractduur(rs("CZ-VV-2021"), "bestaand-nieuw").bron.regel).toBe("VID-0071");
  });
});

describe("Punt 10: CZ26-T20 de tariefsystematiek van de dominante sector (S1 §7.2 L1398-1405)", () => {
  it("CZ26-T20 §7.2 meeste zorg in GZ (€ 600.000 GZ, € 400.000 V&V): GZ-tariefsystematiek voor alle zorgprofielen", () => {
    const h = hoofdsector(rs("CZ-GZ-2026"), { GZ: 600000, "V&V": 400000 });
    expect(h).toMatchObject({ sector: "GZ", maatstaf: "zorg" });
    expect(h.bron.regel).toBe("CZ26-T20");
    expect(h.reden).toContain("alle zorgprofielen");
  });
  it("CZ26-T20 §7.2 meeste zorg in V&V: de GZ-regelset geldt dan niet, schrijf in voor V&V; gelijk verdeeld -> #N/A", () => {
    expect(hoofdsector(rs("CZ-GZ-2026"), { GZ: 400000, "V&V": 600000 }).reden).toContain("schrijf in voor V&V");
    expect(fout(() => hoofdsector(rs("CZ-GZ-2026"), { GZ: 5, "V&V": 5 }), "niet-beschikbaar").message).toContain("evenveel zorg");
  });
  it("ZK22-T1 Zilveren Kruis telt cliënten, niet zorg (S4 L493-497)", () => {
    expect(hoofdsector(rs("ZK-2022"), { GZ: 60, "V&V": 40 }).maatstaf).toBe("cliënten");
  });
});

describe("Termijnen: bezwaar, kort geding, richttarief en liquiditeitscorrectie (S0 §6.3, S1 §5.1.1, §7.4, Bijlage 1)", () => {
  it("CZ26-K20 §7.4 bezwaar en kort geding binnen 20 kalenderdagen na uitgifte: 1-6-2025 -> 21-6-2025, vervaltermijn", () => {
    const b = termijn(rs("CZ-GZ-2026"), "bezwaar", "2025-06-01");
    expect(b.uiterlijk).toBe("2025-06-21");
    expect(b.reden).toContain("vervaltermijn");
    expect(termijn(rs("CZ-GZ-2026"), "kortgeding", "2025-06-01").reden).toContain("voorafgegaan door bezwaar");
  });
  it("CZ21-K21 §6.3 '20 dagen na uitgifte' zonder kalender/werk: standaard kalenderdagen met waarschuwing AMB-CZ21-DAGEN", () => {
    const b = termijn(rs("CZ-VV-2021"), "bezwaar", "2020-06-02");
    expect(b.uiterlijk).toBe("2020-06-22");
    expect(b.waarschuwingen.map((w) => w.id)).toEqual(["AMB-CZ21-DAGEN"]);
  });
  it("CZ26-T2 §5.1.1 bezwaar tegen het richttarief binnen 20 kalenderdagen na publicatie op 5-9-2025: 25-9-2025; andere publicatiedatum telt vanaf die datum", () => {
    expect(termijn(rs("CZ-GZ-2026"), "bezwaar-richttarief").uiterlijk).toBe("2025-09-25");
    expect(termijn(rs("CZ-GZ-2026"), "bezwaar-richttarief", "2025-09-01").uiterlijk).toBe("2025-09-21");
  });
  it("CZ26-P4 Bijlage 1 liquiditeitscorrectie voor mei 2026: 17e werkdag van april = 24-4-2026 (2e Paasdag en Koningsdag tellen niet), waarschuwing AMB-WERKDAG", () => {
    const t = termijn(rs("CZ-GZ-2026"), "liquiditeitscorrectie", "2026-05-10");
    expect(t.uiterlijk).toBe("2026-04-24");
    expect(t.waarschuwingen.map((w) => w.id)).toEqual(["AMB-WERKDAG"]);
    expect(termijn(rs("CZ-GZ-2026"), "liquiditeitscorrectie", "2026-01-05").uiterlijk).toBe("2025-12-23");
  });
  it("Algemene termijnenwet feestdagen 2026: Pasen 5 april, Hemelvaart 14 mei, Pinksteren 24 mei; Koningsdag 2025 op zondag 27-4 -> 26-4", () => {
    expect(feestdagen(2026)).toEqual(["2026-01-01", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26"]);
    expect(feestdagen(2025)).toContain("2025-04-26");
  });
  it("vaste termijnen uit de regelset via dezelfde functie; een termijn die de bron niet noemt -> #N/A", () => {
    expect(termijn(rs("CZ-GZ-2026"), "hardheidsclausule").uiterlijk).toBe("2025-09-25");
    expect(termijn(rs("LANDELIJK-2021"), "opslagplan", "2020-09-01").uiterlijk).toBe("2020-11-01");
    expect(termijn(rs("CZ-VV-2021"), "tussentijds").uiterlijk).toBe("2021-04-30");
    fout(() => termijn(rs("ZK-2022"), "liquiditeitscorrectie", "2026-05-01"), "niet-beschikbaar");
    fout(() => termijn(rs("CZ-GZ-2026"), "bezwaar"), "ongeldig");
  });
});

describe("Betalingen CZ GZ 2026 Bijlage 1 (S1 L1541-1650) en nieuwe aanbieders (S0 Bijlage 1 L920-924)", () => {
  const cz = () => rs("CZ-GZ-2026");
  const basis = { afspraak: d(1200000), realisatie: d(0), eerdereBetalingen: d(0) };
  it("CZ26-P1 Bijlage 1 januari: (1.200.000 + niet teruggekochte volumekorting 60.000) / 12 x 1 = 105.000; februari x 2 - 105.000 = 105.000", () => {
    const jan = maandbetaling(cz(), { ...basis, maand: "2026-01", volumekorting: d(60000) });
    gelijk(jan.bedrag, 105000);
    expect(jan.waarschuwingen.map((w) => w.id)).toContain("AMB-CZ26-BEGINVOORSCHOT");
    gelijk(maandbetaling(cz(), { ...basis, maand: "2026-02", volumekorting: d(60000), eerdereBetalingen: d(105000) }).bedrag, 105000);
  });
  it("CZ26-P2 Bijlage 1 april t/m oktober: realisatie + twee maanden voorschot (1/12 van de afspraak), hoogstens de actuele afspraak, min eerdere betalingen", () => {
    const mei = maandbetaling(cz(), { ...basis, maand: "2026-05", realisatie: d(400000), eerdereBetalingen: d(500000) });
    gelijk(mei.grondslag, 600000);
    gelijk(mei.bedrag, 100000);
    expect(mei.waarschuwingen.map((w) => w.id)).toContain("AMB-CZ26-VOORSCHOT");
    gelijk(maandbetaling(cz(), { ...basis, maand: "2026-10", realisatie: d(1100000), eerdereBetalingen: d(1000000) }).grondslag, 1200000);
  });
  it("CZ26-P2 Bijlage 1 januari 2027 één maand voorschot, februari/maart 2027 geen; april 2027 -> #N/A (nacalculatie)", () => {
    gelijk(maandbetaling(cz(), { ...basis, maand: "2027-01", realisatie: d(1000000) }).grondslag, 1100000);
    const feb = maandbetaling(cz(), { ...basis, maand: "2027-02", realisatie: d(1000000) });
    gelijk(feb.grondslag, 1000000);
    expect(feb.waarschuwingen).toEqual([]);
    fout(() => maandbetaling(cz(), { ...basis, maand: "2027-04" }), "niet-beschikbaar");
    fout(() => maandbetaling(cz(), { ...basis, maand: "2026-13" }), "ongeldig");
  });
  it("CZ26-P3 Bijlage 1 zonder voorschot: realisatie (hoogstens de afspraak) min eerdere betalingen; € 0,005 wordt één keer op centen afgerond", () => {
    gelijk(maandbetaling(cz(), { ...basis, maand: "2026-05", realisatie: d(400000), eerdereBetalingen: d(300000), voorschot: false }).bedrag, 100000);
    gelijk(maandbetaling(cz(), { ...basis, maand: "2026-05", realisatie: d("1300000"), voorschot: false }).bedrag, 1200000);
    gelijk(maandbetaling(cz(), { ...basis, afspraak: d("1000000.01"), maand: "2026-02" }).grondslag, "166666.67");
  });
  it("CZ26-P3 / CZ21-P3 Bijlage 1 nieuwe zorgaanbieder: minimaal een halfjaar geen voorschot (5 maanden nee, 6 maanden ja); bestaand wel", () => {
    for (const id of ["CZ-GZ-2026", "CZ-VV-2021"]) {
      expect(voorschotMogelijk(rs(id), "nieuw", 5).ok).toBe(false);
      expect(voorschotMogelijk(rs(id), "nieuw", 6).ok).toBe(true);
      expect(voorschotMogelijk(rs(id), "bestaand", 0).ok).toBe(true);
    }
    fout(() => voorschotMogelijk(rs("ZK-2022"), "nieuw", 1), "niet-beschikbaar");
  });
});

describe("CZ26 Bijlage 3 documentcontroles naast KvK/VOG (S1 Bijlage 3 L1677-2137)", () => {
  it("CZ26-Bijlage3 UBO-uittreksel niet ouder dan 6 maanden op het moment van inschrijving: 31-01-2025 bij inschrijving 31-07-2025 OK, 30-01-2025 te oud", () => {
    expect(documentGeldig(rs("CZ-GZ-2026"), "ubo", "2025-01-31", "2025-07-31T17:00").ok).toBe(true);
    const oud = documentGeldig(rs("CZ-GZ-2026"), "ubo", "2025-01-30", "2025-07-31T17:00");
    expect(oud.ok).toBe(false);
    expect(oud.reden).toContain("UBO-uittreksel");
    fout(() => documentGeldig(rs("LANDELIJK-2021"), "ubo", "2020-06-01", "2020-07-31"), "niet-beschikbaar");
  });
  it("CZ26-Bijlage3 eigen verklaring Wtza van rechtswege: Zvw/Wlz, vóór 1-1-2025, 2 tot 10 zorgverleners of solist in een BV, geen msz", () => {
    const goed = { zvwOfWlz: true, zorgSinds: "2024-06-01", zorgverleners: 10, medischSpecialistisch: false };
    expect(wtzaEigenVerklaringGeldig(rs("CZ-GZ-2026"), goed).ok).toBe(true);
    expect(wtzaEigenVerklaringGeldig(rs("CZ-GZ-2026"), { ...goed, zorgverleners: 1, solistInBv: true }).ok).toBe(true);
    const slecht = wtzaEigenVerklaringGeldig(rs("CZ-GZ-2026"), { ...goed, zorgSinds: "2025-01-01", zorgverleners: 11, medischSpecialistisch: true });
    expect(slecht.ok).toBe(false);
    expect(slecht.gebreken).toHaveLength(3);
  });
  it("CZ26-Bijlage3 financieel plan: jaarrekeningen 2023 en 2024 en begroting 2026; startende organisatie alleen de begroting", () => {
    expect(jaarstukkenCompleet(rs("CZ-GZ-2026"), { jaarrekeningen: [2023, 2024], begroting: 2026 }).ok).toBe(true);
    expect(jaarstukkenCompleet(rs("CZ-GZ-2026"), { jaarrekeningen: [2024], begroting: 2025 }).ontbrekend).toEqual(["jaarrekening 2023", "begroting 2026"]);
    expect(jaarstukkenCompleet(rs("CZ-GZ-2026"), { jaarrekeningen: [], begroting: 2026, startend: true }).ok).toBe(true);
  });
});

describe("Tabel 003 toelating: ZZP 4 intramuraal (ZK, VGZ) en groeiplafond tot 80% (Zorg en Zekerheid) (S3 Bekostiging L196-213, L290-292)", () => {
  it("CMP24-ZK 'Geen intramurale zorg met ZZP4 meer': ZZP 4 niet, ZZP 5 wel; waarschuwing AMB-ZZP4", () => {
    const vier = intramuraalZzpToegestaan(rs("ZK-VV-2024"), 4, true);
    expect(vier.ok).toBe(false);
    expect(vier.waarschuwingen.map((w) => w.id)).toEqual(["AMB-ZZP4"]);
    expect(intramuraalZzpToegestaan(rs("ZK-VV-2024"), 5).ok).toBe(true);
  });
  it("CMP24-VGZ ZZP 4 intramuraal alleen als de sociale context erom vraagt; andere zorgkantoren: #N/A", () => {
    expect(intramuraalZzpToegestaan(rs("VGZ-VV-2024"), 4).ok).toBe(false);
    expect(intramuraalZzpToegestaan(rs("VGZ-VV-2024"), 4, true).ok).toBe(true);
    fout(() => intramuraalZzpToegestaan(rs("MENZIS-VV-2024"), 4), "niet-beschikbaar");
    fout(() => intramuraalZzpToegestaan(rs("VGZ-VV-2024"), 11), "ongeldig");
  });
  it("CMP24-ZZ groeiplafond tot 80%: 80 van 100 binnen, 81 van 100 boven; waarschuwing AMB-ZZ-GROEIPLAFOND", () => {
    const binnen = groeiplafondInclBehandeling(rs("ZZ-VV-2024"), d(80), d(100));
    expect(binnen.ok).toBe(true);
    expect(binnen.waarschuwingen.map((w) => w.id)).toEqual(["AMB-ZZ-GROEIPLAFOND"]);
    expect(groeiplafondInclBehandeling(rs("ZZ-VV-2024"), d(81), d(100)).ok).toBe(false);
    fout(() => groeiplafondInclBehandeling(rs("ZZ-VV-2024"), d(1), d(0)), "ongeldig");
  });
});

describe("Wat de tweede lezing nog ongetest vond", () => {
  it("CZ21-T1 S0 §3.2 'Voor alle prestaties geldt een basistarief van 94%' en §4.3 toeslagen en meerzorg: MEERZORG, DTV en toeslag 94%, met plan 96%", () => {
    for (const [lv, o] of [["MEERZORG", "zorg"], ["DTV", "zorg"], ["ZZP", "toeslag"]] as const) {
      gelijk(berekenTariefpercentage(rs("CZ-VV-2021"), lv, { categorie: "bestaand" }, o).percentage, "0.94");
      gelijk(berekenTariefpercentage(rs("CZ-VV-2021"), lv, { categorie: "bestaand", planOpslag: true }, o).percentage, "0.96");
    }
  });
  it("CZ26-V2/V6 S1 §5.2 initieel volume met correcties: 95% x (18.200 + 300 − 100) = 17.480, eerst corrigeren (AMB-CZ26-VOLGORDE)", () => {
    const v = berekenInitieelVolume(rs("CZ-GZ-2026"), "ZZP", d(18200), [d(300), d(-100)]);
    gelijk(v.waarde, 17480);
    expect(v.waarschuwingen.map((w) => w.id)).toEqual(["AMB-CZ26-VOLGORDE"]);
  });
  it("CZ26-V2 S1 §5.2 initieel volume noemt alleen ZZP, VPT, DTV en MPT: LOGEREN -> #N/A die de leveringsvorm noemt", () => {
    expect(fout(() => berekenInitieelVolume(rs("CZ-GZ-2026"), "LOGEREN", d(1000)), "niet-beschikbaar").argument).toBe("leveringsvorm");
  });
  it("CMP24-DSW S3 L393-410 monitor 'gelijk' bij tariefpercentage 2023 van 98%: begrensd op het maximum 97,5%", () => {
    const tp = berekenTariefpercentage(rs("DSW-VV-2024"), "ZZP", { categorie: "bestaand", tariefpercentageVorigJaar: d("0.98"), monitor: "gelijk" });
    gelijk(tp.percentage, "0.975");
    gelijk(tp.maximum, "0.975");
  });
  it("CMP24-ZZ S3 L437-447 werkgeversopslag alleen: 95,5% + 0,3 = 95,8% (zekerheid laag in de bron)", () => {
    const tp = berekenTariefpercentage(rs("ZZ-VV-2024"), "ZZP", { categorie: "bestaand", werkgeversopslag: true });
    gelijk(tp.percentage, "0.958");
    expect(tp.stappen.find((x) => x.stap.includes("werkgeversopslag"))?.bron.zekerheid).toBe("laag");
  });
  it("spec §2 WLZ.TARIEF half-cent afronding op realistische bedragen: 95,5% x € 201,00 = € 191,955 -> € 191,96; + NHC 23,45 + NIC 5,12 -> € 220,53", () => {
    gelijk(berekenTarief(rs("ZK-VV-2024"), "ZZP", { zorg: d("201.00"), nhc: d(0), nic: d(0) }, { categorie: "bestaand" }).bedrag, "191.96");
    gelijk(berekenTarief(rs("ZK-VV-2024"), "ZZP", { zorg: d("201.00"), nhc: d("23.45"), nic: d("5.12") }, { categorie: "bestaand" }).bedrag, "220.53");
  });
});
