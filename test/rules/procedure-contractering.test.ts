/**
 * Unit tests of the modules added for the catalogue scenarios: procedure.ts, declaratie.ts, contractering.ts,
 * kwaliteitsbudget.ts and kalender.ts. Guards (#N/A for a rule set without the rule, #VALUE! for bad input) and edges.
 */
import { describe, expect, it } from "vitest";
import {
  aanvraagVolstaat,
  apartDeclarerenSomatisch,
  behandelingToegestaan,
  contracterendZorgkantoor,
  crisisprestatieSector,
  declaratieTijdig,
  governancecodeGeborgd,
  initieelKwaliteitsbudget,
  inschrijvingsroute,
  kwaliteitsbudgetMacro,
  kwaliteitsbudgetRecht,
  kwaliteitsbudgetVerdeling,
  kwaliteitsbudgetVoorschot,
  mondzorgFinanciering,
  mutatiedagenNaOverlijden,
  opslagPlanTermijn,
  proceduretermijnGehaald,
  tariefbijstelling,
  vereisteDocumenten,
  type Regelset,
} from "../../src/rules";
import { moment, plusMaanden, toon } from "../../src/rules/kalender";
import { erf } from "../../src/rules/register";
import { CONTROLETEKENS, d, fout, gelijk, rs } from "./hulp";

const L = () => rs("LANDELIJK-2021");
const CZ21 = () => rs("CZ-VV-2021");
const CZ26 = () => rs("CZ-GZ-2026");

describe("zonder regel in de regelset -> niet-beschikbaar (#N/A), nooit een aanname", () => {
  it("elke nieuwe functie zegt #N/A bij een regelset die de regel niet kent", () => {
    const zk = rs("ZK-2022");
    const gevallen: [string, () => unknown][] = [
      ["proceduretermijnGehaald", () => proceduretermijnGehaald(zk, "vecozoCertificaat", "2021-01-01")],
      ["proceduretermijnGehaald hardheid LANDELIJK", () => proceduretermijnGehaald(L(), "hardheidsclausule", "2021-01-01")],
      ["opslagPlanTermijn", () => opslagPlanTermijn(CZ26(), "2025-09-01")],
      ["vereisteDocumenten", () => vereisteDocumenten(zk, "nieuw")],
      ["governancecodeGeborgd", () => governancecodeGeborgd(CZ26(), "eigen")],
      ["aanvraagVolstaat", () => aanvraagVolstaat(zk, "vog", true)],
      ["declaratieTijdig", () => declaratieTijdig(CZ26(), 1)],
      ["mutatiedagenNaOverlijden", () => mutatiedagenNaOverlijden(CZ26(), 1)],
      ["apartDeclarerenSomatisch", () => apartDeclarerenSomatisch(CZ26(), "MPT")],
      ["mondzorgFinanciering", () => mondzorgFinanciering(CZ26(), { leveringsvorm: "VPT", metBehandeling: false, zelfdeInstelling: false })],
      ["crisisprestatieSector", () => crisisprestatieSector(CZ26(), "Z110")],
      ["tariefbijstelling", () => tariefbijstelling(CZ26(), "verhoging")],
      ["contracterendZorgkantoor", () => contracterendZorgkantoor(L(), { sector: "GZ", wlzClienten: 3 })],
      ["behandelingToegestaan", () => behandelingToegestaan(CZ26(), "inzet-bij-mpt", false)],
      ["kwaliteitsbudgetRecht", () => kwaliteitsbudgetRecht(CZ26(), { leveringsvorm: "ZZP", sector: "V&V", zzp: 5 })],
      ["kwaliteitsbudgetMacro", () => kwaliteitsbudgetMacro(zk)],
    ];
    for (const [naam, f] of gevallen) {
      const e = fout(f, "niet-beschikbaar");
      expect(e.message.length, naam).toBeGreaterThan(10);
      expect(CONTROLETEKENS.test(e.message), naam).toBe(false);
    }
  });

  it("een regelset zonder tussentijds venster: te laat is te laat, zonder route", () => {
    const r = inschrijvingsroute(L(), "2020-07-31T17:01");
    expect(r).toMatchObject({ ok: false, route: "geen" });
    expect(r.bron.regel).toBe("VID-0024");
    // Without an inschrijftermijn at all: #N/A from inschrijvingTijdig.
    fout(() => inschrijvingsroute(rs("ZK-2022"), "2021-01-01"), "niet-beschikbaar");
  });

  it("CZ GZ 2026: te laat voor regulier maar al in het tussentijdse venster is een tussentijdse inschrijving", () => {
    const r = inschrijvingsroute(CZ26(), "2025-12-01T09:00");
    expect(r).toMatchObject({ ok: true, route: "tussentijds" });
    expect(r.reden).toContain("Tussentijdse inschrijving");
  });
});

describe("ongeldige invoer -> ongeldig (#VALUE!) met de naam van het argument", () => {
  it("datums, werkdagen, aantallen, percentages en bedragen", () => {
    expect(fout(() => proceduretermijnGehaald(CZ26(), "vecozoCertificaat", "15-10-2025"), "ongeldig").message).toContain("datum");
    expect(fout(() => inschrijvingsroute(CZ26(), "2025-02-30"), "ongeldig").argument).toBe("datum");
    for (const w of [0, -1, 1.5, Number.NaN]) expect(fout(() => declaratieTijdig(L(), w), "ongeldig").argument, String(w)).toBe("werkdag");
    expect(fout(() => mutatiedagenNaOverlijden(L(), -1), "ongeldig").argument).toBe("mutatiedagen");
    expect(fout(() => contracterendZorgkantoor(CZ26(), { sector: "GZ", wlzClienten: 2.5 }), "ongeldig").argument).toBe("Wlz-cliënten");
    expect(fout(() => kwaliteitsbudgetRecht(L(), { leveringsvorm: "ZZP", sector: "V&V", zzp: 0 }), "ongeldig").argument).toBe("zzp");
    expect(fout(() => kwaliteitsbudgetRecht(L(), { leveringsvorm: "VPT", sector: "V&V", zzp: 5 }), "ongeldig").argument).toBe("geclusterd");
    for (const x of ["-0.01", "1.01"]) expect(fout(() => kwaliteitsbudgetVerdeling(L(), d(x)), "ongeldig").argument).toBe("personeelsaandeel");
    expect(fout(() => kwaliteitsbudgetVoorschot(L(), "2021-02-01", { initieel: d(-1) }), "ongeldig").argument).toBe("budget");
    const negatief = [{ leveringsvorm: "ZZP" as const, sector: "V&V" as const, zzp: 5, productie: d(-1), toeslag: d(1) }];
    fout(() => initieelKwaliteitsbudget(L(), negatief), "ongeldig");
  });
});

describe("procedure.ts", () => {
  it("termijn zonder tijd telt de hele dag; met tijd telt de minuut", () => {
    expect(proceduretermijnGehaald(CZ26(), "hardheidsclausule", "2025-09-25T23:59").ok).toBe(true);
    expect(proceduretermijnGehaald(CZ26(), "hardheidsclausule", "2025-09-26T00:00").ok).toBe(false);
    expect(proceduretermijnGehaald(CZ26(), "hardheidsclausule", "2025-09-25").reden).toContain("tijdig");
  });

  it("documenten: lopende overeenkomst wordt genegeerd waar de regelset geen onderscheid maakt; de lijst is een kopie", () => {
    const a = vereisteDocumenten(L(), "bestaand", "eenjarig");
    expect(a.documenten.map((x) => x.naam)).toEqual(["Bestuursverklaring"]);
    a.documenten.push({ naam: "X", bron: a.bron });
    expect(vereisteDocumenten(L(), "bestaand").documenten).toHaveLength(1);
    expect(vereisteDocumenten(CZ26(), "bestaand", "meerjarig").reden).toContain("meerjarige overeenkomst");
  });

  it("CZ V&V 2021 erft de uitzondering van de NvI, met de waarschuwing over CZ21-K15", () => {
    const v = aanvraagVolstaat(CZ21(), "vog", true);
    expect(v.ok).toBe(true);
    expect(v.waarschuwingen.map((w) => w.id)).toEqual(["AMB-CZ21-VOG-UITZONDERING"]);
    expect(v.bron.regel).toBe("VID-0031");
    expect(aanvraagVolstaat(L(), "wtzi", false).reden).toContain("Wtzi-toelating");
  });

  it("aanvraagVolstaat voor een document buiten de uitzondering -> #N/A", () => {
    const basis = L();
    const alleenVog: Regelset = erf({ ...basis, voorwaarden: { ...basis.voorwaarden, aanvraagVolstaat: { ...basis.voorwaarden.aanvraagVolstaat!, documenten: ["vog"] } } });
    fout(() => aanvraagVolstaat(alleenVog, "wtzi", true), "niet-beschikbaar");
  });
});

describe("declaratie.ts", () => {
  it("mutatiedagen: 0 mag, 13 is de grens", () => {
    expect(mutatiedagenNaOverlijden(L(), 0)).toMatchObject({ ok: true, declarabel: 0, teVeel: 0 });
    expect(mutatiedagenNaOverlijden(L(), 14)).toMatchObject({ ok: false, declarabel: 13, teVeel: 1 });
  });

  it("mondzorg: verblijf met behandeling elders -> Zvw; PGB/MPT -> Zvw; DTV staat niet in de bron -> #N/A", () => {
    const elders = mondzorgFinanciering(L(), { leveringsvorm: "ZZP", metBehandeling: true, zelfdeInstelling: false });
    expect(elders.financiering).toBe("Zvw");
    expect(elders.reden).toContain("niet bij dezelfde instelling");
    for (const lv of ["MPT", "PGB"] as const) expect(mondzorgFinanciering(L(), { leveringsvorm: lv, metBehandeling: true, zelfdeInstelling: true }).financiering).toBe("Zvw");
    expect(fout(() => mondzorgFinanciering(L(), { leveringsvorm: "DTV", metBehandeling: false, zelfdeInstelling: true }), "niet-beschikbaar").argument).toBe("leveringsvorm");
  });

  it("CZ V&V 2021 erft de landelijke declaratieregels (17 werkdagen, 13 mutatiedagen, MPT)", () => {
    expect(declaratieTijdig(CZ21(), 17).ok).toBe(true);
    expect(mutatiedagenNaOverlijden(CZ21(), 13).ok).toBe(true);
    expect(apartDeclarerenSomatisch(CZ21(), "MPT").ok).toBe(true);
  });

  it("een lange onbekende prestatiecode wordt ingekort in de melding", () => {
    expect(fout(() => crisisprestatieSector(CZ21(), "X".repeat(300)), "niet-beschikbaar").message.length).toBeLessThan(120);
  });
});

describe("contractering.ts", () => {
  it("locatieregel: expertisefunctie is een uitzondering; buiten de GZ geldt altijd de fysieke locatie; 0 cliënten is klein", () => {
    expect(contracterendZorgkantoor(CZ26(), { sector: "GZ", wlzClienten: 40, expertisefunctie: true }).regel).toBe("uitzondering");
    const vv = contracterendZorgkantoor(CZ26(), { sector: "V&V", wlzClienten: 3 });
    expect(vv.regel).toBe("fysieke locatie");
    expect(vv.reden).toContain("alleen in de GZ");
    expect(contracterendZorgkantoor(CZ26(), { sector: "GZ", wlzClienten: 0 }).regel).toBe("uitzondering");
  });

  it("tariefbijstelling zonder reden bij verhoging: waarschuwing, geen verhoging", () => {
    const t = tariefbijstelling(CZ21(), "verhoging");
    expect(t.tariefpercentage).toBe("gelijk");
    expect(t.waarschuwingen[0].tekst).toContain("VID-0069");
    expect(tariefbijstelling(L(), "tekort").reden).toContain("niet uit");
  });
});

describe("kwaliteitsbudget.ts", () => {
  it("recht: buiten 4-10, andere sector of logeren -> nee, met reden", () => {
    expect(kwaliteitsbudgetRecht(L(), { leveringsvorm: "ZZP", sector: "V&V", zzp: 3 }).reden).toContain("4 t/m 10");
    expect(kwaliteitsbudgetRecht(L(), { leveringsvorm: "ZZP", sector: "V&V", zzp: 11 }).ok).toBe(false);
    expect(kwaliteitsbudgetRecht(L(), { leveringsvorm: "ZZP", sector: "GZ", zzp: 5 }).reden).toContain("V&V");
    expect(kwaliteitsbudgetRecht(L(), { leveringsvorm: "LOGEREN", sector: "V&V", zzp: 5 }).ok).toBe(false);
  });

  it("voorschot: vóór 2021 #N/A; na mei zonder toegekend budget #N/A; afronding op centen", () => {
    expect(fout(() => kwaliteitsbudgetVoorschot(L(), "2020-12-31", { initieel: d(100) }), "niet-beschikbaar").argument).toBe("datum");
    expect(fout(() => kwaliteitsbudgetVoorschot(L(), "2021-06-01", { initieel: d(100) }), "niet-beschikbaar").argument).toBe("toegekend budget");
    const v = kwaliteitsbudgetVoorschot(L(), "2021-03-15T12:00", { initieel: d("100.01") });
    gelijk(v.bedrag, "75.01");
    gelijk(v.percentage, "0.75");
    expect(v.waarschuwingen).toHaveLength(0);
    expect(v.stappen[0].stap).toContain("75%");
  });

  it("macrocontrole meldt een afwijking als de data niet optelt", () => {
    const basis = L();
    const k = basis.voorwaarden.kwaliteitsbudget!;
    const scheef: Regelset = erf({
      ...basis,
      voorwaarden: { ...basis.voorwaarden, kwaliteitsbudget: { ...k, macro: { ...k.macro, totaal: { ...k.macro.totaal, waarde: d(2000) }, oorspronkelijk: { ...k.macro.oorspronkelijk, waarde: d(3000) }, verhoging: { ...k.macro.verhoging, waarde: d(300) } } } },
    });
    const m = kwaliteitsbudgetMacro(scheef);
    expect(m.somKlopt).toBe(false);
    expect(m.bovenOorspronkelijk).toBe(false);
    expect(m.vorigJaarKlopt).toBe(false);
    expect(m.stappen[1].stap).toContain("is niet meer dan");
  });

  it("initieel budget zonder rijen is € 0,00 met de waarschuwing", () => {
    const k = initieelKwaliteitsbudget(L(), []);
    gelijk(k.bedrag, 0);
    expect(k.waarschuwingen).toHaveLength(1);
  });
});

describe("kalender.ts", () => {
  it("moment, plusMaanden en toon", () => {
    expect(moment("2025-09-25", "d")).toBe("2025-09-25T00:00");
    expect(moment("2025-09-25", "d", true)).toBe("2025-09-25T23:59");
    expect(moment("2025-09-25T08:05", "d", true)).toBe("2025-09-25T08:05");
    expect(plusMaanden("2020-11-30", 3, "d")).toBe("2021-02-28");
    expect(plusMaanden("2024-03-31", -1, "d")).toBe("2024-02-29");
    expect(toon("2025-07-31T17:00")).toBe("31-07-2025 17:00");
    expect(toon("2020-01-01")).toBe("01-01-2020");
    expect(fout(() => moment("gisteren", "aankondiging"), "ongeldig").argument).toBe("aankondiging");
  });
});
