import { afterEach, describe, expect, it, vi } from "vitest";
import {
  neutraliseer,
  rapportRijen,
  schrijfblokken,
  schrijfOfferteblad,
  schrijfRapportblad,
  sjabloonRaster,
  uniekeBladnaam,
  type RapportBevinding,
} from "../../src/workbook/schrijven";
import { offertesjabloon } from "../../src/workbook/sjabloon";
import { regelsetOverzicht } from "../../src/rules";
import { maakWerkmap, zoekBlad } from "../../src/workbook/snapshot";
import { maakNepExcel, NepWorksheet, type NepRange } from "../support/fake-excel";

afterEach(() => vi.restoreAllMocks());

describe("neutraliseer", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+31 6 1234", "'+31 6 1234"],
    ["-2 procentpunt", "'-2 procentpunt"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["\n=1", "'\n=1"],
    ["'al een apostrof", "''al een apostrof"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
  ])("zet een apostrof voor %j", (invoer, uit) => {
    expect(neutraliseer(invoer)).toBe(uit);
  });

  it.each(["Tarief € 275,00 wijkt af", "WLZ-TAR-001", "", " =geen formule (spatie eerst)", "95,5%", "a=b"])("laat %j ongemoeid", (t) => {
    expect(neutraliseer(t)).toBe(t);
  });

  it("elke geneutraliseerde tekst begint met een apostrof en bevat de oorspronkelijke tekst", () => {
    for (const t of ["=", "+", "-", "@", "\t", "\r", "'"]) {
      const n = neutraliseer(`${t}x`);
      expect(n.startsWith("'")).toBe(true);
      expect(n.slice(1)).toBe(`${t}x`);
    }
  });
});

describe("rapportRijen", () => {
  const b: RapportBevinding = { code: "WLZ-TAR-002", severity: "fout", sheet: "Mijn blad", cell: "H8", message: "=1+1", source: "-bron" };

  it("kopregel, cel met bladnaam (met aanhalingstekens waar nodig), alle tekst geneutraliseerd", () => {
    expect(rapportRijen([b])).toEqual([
      ["Cel", "Code", "Ernst", "Melding", "Bron", "Citaat"],
      ["''Mijn blad'!H8", "WLZ-TAR-002", "fout", "'=1+1", "'-bron", ""],
    ]);
  });

  it("het citaat van de bron staat in de laatste kolom, ook geneutraliseerd", () => {
    const metCitaat: RapportBevinding = { ...b, bron: { titel: "CZ Zorginkoopdocument 2021 Wlz V&V", sectie: "§4.3", citaat: "maximaal 96% van het NZa-maximumtarief" } };
    expect(rapportRijen([metCitaat])[1][5]).toBe("maximaal 96% van het NZa-maximumtarief");
    expect(rapportRijen([{ ...metCitaat, bron: { ...metCitaat.bron!, citaat: "=2+2" } }])[1][5]).toBe("'=2+2");
  });

  it("zonder bevindingen een rij 'Geen bevindingen.'", () => {
    expect(rapportRijen([])).toEqual([["Cel", "Code", "Ernst", "Melding", "Bron", "Citaat"], ["", "", "", "Geen bevindingen.", "", ""]]);
  });
});

describe("uniekeBladnaam", () => {
  it("nummert door, hoofdletterongevoelig", () => {
    expect(uniekeBladnaam("WLZ-rapport", ["Offerte"])).toBe("WLZ-rapport");
    expect(uniekeBladnaam("WLZ-rapport", ["wlz-RAPPORT"])).toBe("WLZ-rapport (2)");
    expect(uniekeBladnaam("WLZ-rapport", ["WLZ-rapport", "WLZ-rapport (2)"])).toBe("WLZ-rapport (3)");
  });

  it("verwijdert verboden tekens en blijft binnen 31 tekens", () => {
    expect(uniekeBladnaam("a/b\\c[d]e:f*g?h", [])).toBe("a-b-c-d-e-f-g-h");
    const lang = "Offerte voor een heel lange regelsetnaam";
    const eerste = uniekeBladnaam(lang, []);
    expect(eerste.length).toBeLessThanOrEqual(31);
    const tweede = uniekeBladnaam(lang, [eerste]);
    expect(tweede.length).toBeLessThanOrEqual(31);
    expect(tweede.endsWith(" (2)")).toBe(true);
    expect(uniekeBladnaam("History", [])).toBe("Blad");
  });
});

describe("sjabloonRaster", () => {
  it("één rechthoek; formules als formule, labels geneutraliseerd, notaties samengevoegd", () => {
    const r = sjabloonRaster([
      { adres: "A1", waarde: "Regelset", vet: true },
      { adres: "B1", waarde: "CZ-GZ-2026" },
      { adres: "A2", waarde: "=geen formule" },
      { adres: "C3", formule: "=WLZ.TARIEF(B1,1,2,3)", notatie: "#,##0.00" },
      { adres: "B2", notatie: "0.0%" },
    ]);
    expect(r.r).toBe(0);
    expect(r.c).toBe(0);
    expect(r.formules).toEqual([
      ["Regelset", "CZ-GZ-2026", ""],
      ["'=geen formule", "", ""],
      ["", "", "=WLZ.TARIEF(B1,1,2,3)"],
    ]);
    expect(r.notaties[1][1]).toBe("0.0%");
    expect(r.notaties[2][2]).toBe("#,##0.00");
    expect(r.notaties[0][0]).toBe("General");
    expect(r.vet).toEqual(["A1"]);
  });
});

describe("schrijvers tegen de nep-Excel", () => {
  const werkmap = () => maakWerkmap({ Offerte: [["Regelset", "CZ-VV-2021"], ["x", 1]], "WLZ-rapport": [["oud rapport"]] });

  it("rapport: nieuw blad met unieke naam, twee gegevenssyncs, bestaande bladen ongewijzigd", async () => {
    const nep = maakNepExcel(werkmap());
    const voor = JSON.stringify(nep.werkmap.bladen);
    const naam = await nep.Excel.run((ctx) =>
      schrijfRapportblad(ctx as unknown as Excel.RequestContext, [
        { code: "WLZ-OMZ-001", severity: "fout", sheet: "Offerte", cell: "B2", message: "@melding", source: "bron", bron: { titel: "t", sectie: "§1", citaat: "woorden" } },
      ]),
    );
    expect(naam).toBe("WLZ-rapport (2)");
    expect(nep.syncs).toBe(2);
    expect(JSON.stringify(nep.werkmap.bladen.slice(0, 2))).toBe(voor);
    const blad = zoekBlad(nep.werkmap, naam)!;
    expect(blad.rijen[1].map((c) => c?.waarde)).toEqual(["Offerte!B2", "WLZ-OMZ-001", "fout", "'@melding", "bron", "woorden"]);
    expect(blad.rijen.flat().every((c) => c?.notatie === "@")).toBe(true);
    expect(nep.actiefBlad).toBe(naam);
  });

  it("rapport met heel veel bevindingen: in blokken binnen het budget, zelfde inhoud", async () => {
    const veel: RapportBevinding[] = Array.from({ length: 3000 }, (_, i) => ({
      code: "WLZ-OMZ-001",
      severity: "fout",
      sheet: "Offerte",
      cell: `J${i + 2}`,
      message: `=melding ${i} ${"x".repeat(200)}`,
      source: "bron",
    }));
    const blokken = schrijfblokken(rapportRijen(veel), 100_000);
    expect(blokken.length).toBeGreaterThan(5);
    expect(blokken.reduce((n, b) => n + b.aantal, 0)).toBe(3001);
    blokken.forEach((b, i) => i > 0 && expect(b.start).toBe(blokken[i - 1].start + blokken[i - 1].aantal));

    const nep = maakNepExcel(werkmap());
    const naam = await nep.Excel.run((ctx) => schrijfRapportblad(ctx as unknown as Excel.RequestContext, veel, 100_000));
    expect(nep.syncs).toBe(1 + blokken.length);
    const blad = zoekBlad(nep.werkmap, naam)!;
    expect(blad.rijen).toHaveLength(3001);
    expect(blad.rijen[3000][3]?.waarde).toBe(`'=melding 2999 ${"x".repeat(200)}`);
    // elk blok blijft binnen het budget
    for (const a of nep.schrijfacties.filter((x) => x.values)) expect(JSON.stringify(a.values).length).toBeLessThan(100_000);
  });

  it("offerteblad: formules via range.formulas, keuzelijsten als gegevensvalidatie, twee syncs", async () => {
    const nep = maakNepExcel(werkmap());
    const bereiken: { adres: string; range: NepRange }[] = [];
    const echt = NepWorksheet.prototype.getRange;
    vi.spyOn(NepWorksheet.prototype, "getRange").mockImplementation(function (this: NepWorksheet, adres?: string) {
      const range = echt.call(this, adres);
      bereiken.push({ adres: adres ?? "", range });
      return range;
    });
    const sjabloon = offertesjabloon("CZ-GZ-2026");
    const naam = await nep.Excel.run((ctx) => schrijfOfferteblad(ctx as unknown as Excel.RequestContext, sjabloon));
    expect(naam).toBe("Offerte (2)");
    expect(nep.syncs).toBe(2);
    const blad = zoekBlad(nep.werkmap, naam)!;
    expect(blad.rijen[0].map((c) => c?.waarde)).toEqual(["Regelset", "CZ-GZ-2026"]);
    const formuleActies = nep.schrijfacties.filter((a) => a.blad === naam && a.formulas);
    expect(formuleActies).toHaveLength(1);
    const tarief = sjabloon.cellen.find((c) => c.formule?.includes("WLZ.TARIEF("))!;
    expect(formuleActies[0].formulas!.flat()).toContain(tarief.formule);

    for (const v of sjabloon.validaties) {
      const r = bereiken.find((b) => b.adres === v.bereik && (b.range.dataValidation as { rule?: unknown }).rule);
      expect(r, v.bereik).toBeTruthy();
      expect((r!.range.dataValidation as { rule: unknown }).rule).toEqual({ list: { inCellDropDown: true, source: v.lijst.join(",") } });
    }
    expect(sjabloon.validaties.some((v) => v.lijst.includes("ZZP"))).toBe(true);
  });

  it("elke keuzelijst van elk sjabloon past in Excel (bron hoogstens 255 tekens, geen komma in een waarde)", () => {
    for (const [id] of regelsetOverzicht()) {
      for (const v of offertesjabloon(id).validaties) {
        expect(v.lijst.join(",").length, `${id} ${v.bereik}`).toBeLessThanOrEqual(255);
        expect(v.lijst.every((w) => !w.includes(",")), `${id} ${v.bereik}`).toBe(true);
      }
    }
  });

  it("een onbekende regelset maakt geen blad", async () => {
    const { maakExcelHost } = await import("../../src/taskpane/excelHost");
    const nep = maakNepExcel(werkmap());
    const host = maakExcelHost(nep.Excel as never);
    await expect(host.maakOfferteblad("BESTAAT-NIET")).rejects.toThrow(/bestaat niet/);
    expect(nep.werkmap.bladen.map((b) => b.naam)).toEqual(["Offerte", "WLZ-rapport"]);
    expect(nep.syncs).toBe(0);
  });
});
