/**
 * Acceptance scenarios AT-01..AT-27 of shared/domain/rules-nvi-2021-2023.md §14 (Nota van Inlichtingen 2021,
 * seed 002) against rule set LANDELIJK-2021, through the public API. "Index 100" = NZa maximum normalised to 100.
 * Qualitative scenarios, and those the core has no function for, are it.todo with the reason.
 */
import { describe, expect, it } from "vitest";
import {
  bepaalCategorie,
  beoordeelOnderaanneming,
  berekenCrisisvergoeding,
  berekenHerschikking,
  berekenTarief,
  berekenTariefpercentage,
  contractduur,
  documentGeldig,
  inschrijvingTijdig,
  leesPercentage,
  leesProfiel,
  LEVERINGSVORMEN,
  SEEDS,
  uitlegRijen,
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

  it.todo(
    "AT-09 higher contracteerruimte goes to volume, tariff only moves down (VID-0069, 1543, 1884): qualitative; the core has no contracteerruimte input",
  );
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

  it.todo("AT-12 subcontractor declaring part of the care separately, ZZP not allowed / MPT allowed (VID-0550): the core has no declaration-by-leveringsvorm check");
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
  it.todo("AT-14 'must submit the full document set' (VID-0095): the core has no document-list function");

  it("AT-15 KvK 7 maanden oud en VOG RP uit 2017: beide ongeldig (VID-0614, 0611)", () => {
    expect(documentGeldig(L(), "kvk", "2019-12-31", "2020-07-31").ok).toBe(false);
    expect(documentGeldig(L(), "kvk", "2020-01-31", "2020-07-31").ok).toBe(true);
    const vog = documentGeldig(L(), "vog", "2017-06-01", "2020-07-31");
    expect(vog.ok).toBe(false);
    expect(vog.bron.regel).toBe("VID-0611");
    expect(documentGeldig(L(), "vog", "2019-08-01", "2020-07-31").ok).toBe(true);
  });
  it.todo("AT-15 one-off 2021 exception 'proof of VOG RP application accepted' (VID-0031): not modelled in the core");

  it.todo("AT-16 existing provider at its own zorgkantoor needs only the bestuursverklaring (VID-1026, 0095): qualitative document rule, no core function");
  it.todo("AT-17 subsidiary using the parent's statuten for the Governancecode fails (VID-0275): qualitative, no core function");
});

describe("Kwaliteitsbudget (NvI §4) — qualitative or outside the rules core", () => {
  it.todo("AT-18 kwaliteitsbudget eligibility (niet-geclusterd VPT / GGZ-instelling ZZP VV / MPT dagbesteding, VID-1859, 0107, 0054): qualitative, the core has no kwaliteitsbudget");
  it.todo("AT-19 kwaliteitsbudget voorschot 0,75 x B then 0,85 x T (VID-0510, 0684): the core has no kwaliteitsbudget function");
  it.todo("AT-20 macro check 435 + 1.450 + 300 = 2.185 mln (VID-1199): reference arithmetic, no core function");
  it.todo("AT-21 split 70/30 only with a convincing request, else 85/15 (VID-0497, 1551): qualitative gate");
  it.todo("AT-22 initial kwaliteitsbudget = Σ production x indicatieve kwaliteitstoeslag (VID-0022, 0074): NZa tabel 29 amounts are not in the sources");
});

describe("Declaraties, termijnen en overige (NvI)", () => {
  it.todo("AT-23 declaration on working day 17 on time, 18 late (VID-1879): the core has no working-day/declaration deadline");
  it.todo("AT-24 at most 13 mutatiedagen after a death (VID-0524): NZa rule, not in the core");

  it("AT-25a inschrijving 31-07-2020 17:05 is te laat: 'uiterlijk 31 juli 2020 17.00 uur' (VID-0024)", () => {
    const t = inschrijvingTijdig(L(), "2020-07-31T17:05");
    expect(t.ok).toBe(false);
    expect(t.bron.regel).toBe("VID-0024");
    expect(inschrijvingTijdig(L(), "2020-07-31T16:59").ok).toBe(true);
    // CZ V&V 2021 keeps the same closing moment (S0 Tabel 2 stap 6).
    expect(inschrijvingTijdig(rs("CZ-VV-2021"), "2020-07-31T17:05").ok).toBe(false);
  });
  it.todo("AT-25b plan deadline two months after the announcement (01-09-2020 -> 01-11-2020, VID-0179): the core has no opslag-plan deadline");
  it.todo("AT-25c herschikking omzet to the NZa no later than 1 november 2021 (VID-0005): the core has no NZa submission deadline");
  it("AT-25c (what the core does decide) LANDELIJK-2021 has no extrapolation formula and no crisis rule (NvI §2.8; 'not addressed anywhere')", () => {
    expect(fout(() => berekenHerschikking(L(), d(100), d(10)), "niet-beschikbaar").message).toContain("VID-0005");
    expect(fout(() => berekenCrisisvergoeding(L(), { bedden: d(1), bezet: d(1), onbezet: d(0) }), "niet-beschikbaar").message).toContain("CZ-VV-2021");
  });

  it.todo("AT-26 mondzorg: VPT -> Zvw, verblijf incl. behandeling -> Wlz (VID-0491, 1777): qualitative, outside the tariff core");
  it.todo("AT-27 behandeling with MPT needs no consent; more plaatsen met behandeling without consent not allowed (VID-0951, 1540): qualitative");
});
