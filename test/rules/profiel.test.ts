/**
 * The one provider-profile parser (spec §2/§3): omitted, a category text, or label/value pairs
 * (a two-column Excel range or the header block of an offerte).
 */
import { describe, expect, it } from "vitest";
import { isProfiellabel, leesCategorie, leesProfiel, PROFIELLABELS, zetProfielwaarde, type Aanbiederprofiel } from "../../src/rules";
import { CONTROLETEKENS, fout, gelijk } from "./hulp";

/** Profile from label/value rows, as a two-column range arrives from Excel. */
const uit = (...rijen: [unknown, unknown][]) => leesProfiel(rijen);

describe("weggelaten profiel en categorie als tekst", () => {
  it("null (web), 0 (desktop), undefined en \"\" geven een bestaande aanbieder zonder kenmerken", () => {
    for (const x of [null, undefined, 0, ""]) expect(leesProfiel(x)).toEqual({ categorie: "bestaand" });
  });

  it("bestaand, bestaand-nieuw, nieuw: hoofdletter- en spatie-ongevoelig, ook de uitgeschreven vorm", () => {
    expect(leesProfiel("bestaand").categorie).toBe("bestaand");
    expect(leesProfiel(" NIEUW ").categorie).toBe("nieuw");
    expect(leesProfiel("Bestaand-Nieuw").categorie).toBe("bestaand-nieuw");
    expect(leesProfiel("bestaand nieuw").categorie).toBe("bestaand-nieuw");
    expect(leesProfiel("Bestaand maar nieuw voor het zorgkantoor").categorie).toBe("bestaand-nieuw");
    expect(leesProfiel("bestaand maar nieuw").categorie).toBe("bestaand-nieuw");
  });

  it("een onbekende categorie is ongeldig en noemt het argument", () => {
    const f = fout(() => leesProfiel("oud"), "ongeldig");
    expect(f.message).toMatch(/^aanbieder: /);
    expect(f.message).toContain("bestaand-nieuw");
    expect(f.argument).toBe("aanbieder");
    expect(fout(() => leesProfiel("oud", "profiel")).argument).toBe("profiel");
  });

  it("één cel als bereik [[x]] telt als de waarde zelf", () => {
    expect(leesProfiel([["nieuw"]]).categorie).toBe("nieuw");
    expect(leesProfiel([[null]])).toEqual({ categorie: "bestaand" });
    expect(leesProfiel([[0]])).toEqual({ categorie: "bestaand" });
  });

  it("geen tekst en geen bereik -> ongeldig", () => {
    for (const x of [5, true, { categorie: "nieuw" }, 0.5]) fout(() => leesProfiel(x), "ongeldig");
  });

  it("een bereik van één kolom (meer rijen) -> ongeldig met uitleg over twee kolommen", () => {
    expect(fout(() => leesProfiel([["Categorie"], ["nieuw"]]), "ongeldig").message).toContain("twee kolommen");
    fout(() => leesProfiel([["Categorie", "nieuw"], "x"]), "ongeldig");
  });
});

describe("alle labels van spec §2, hoofdletter- en spatie-ongevoelig", () => {
  // [label as a user might type it, value, field, expected]
  const gevallen: [string, unknown, keyof Aanbiederprofiel, unknown][] = [
    ["CATEGORIE", "nieuw", "categorie", "nieuw"],
    ["  plan   opslag ", "ja", "planOpslag", true],
    ["tariefpercentage vorig jaar", "95,5%", "tariefpercentageVorigJaar", "0.955"],
    ["LagereKosten", "JA", "lagereKosten", true],
    ["Regionale  Bijdrage", "niet actief", "regionaleBijdrage", "niet actief"],
    ["uitzondering", "x", "uitzondering", true],
    ["Afgesproken percentage", 0.96, "afgesprokenPercentage", "0.96"],
    ["RICHTTARIEF", "97,8%", "richttarief", "0.978"],
    ["monitor ", "Verhoging", "monitor", "verhoging"],
    ["Differentiatie", "-2%", "differentiatie", "-0.02"],
    ["technologie opslag", true, "technologieOpslag", true],
    ["Bewegingen-Opslag", "WAAR", "bewegingenOpslag", true],
    ["Essentiële voorzieningen", 1, "essentieleVoorzieningen", true],
    ["werkgevers opslag", "nee", "werkgeversopslag", false],
  ];

  it("PROFIELLABELS heeft precies de 14 labels van spec §2", () => {
    expect(Object.values(PROFIELLABELS).sort()).toEqual(
      [
        "Categorie",
        "Plan opslag",
        "Tariefpercentage vorig jaar",
        "Lagere kosten",
        "Regionale bijdrage",
        "Uitzondering",
        "Afgesproken percentage",
        "Richttarief",
        "Monitor",
        "Differentiatie",
        "Technologie-opslag",
        "Bewegingen-opslag",
        "Essentiele voorzieningen",
        "Werkgeversopslag",
      ].sort(),
    );
  });

  for (const [label, waarde, veld, verwacht] of gevallen) {
    it(`"${label}" = ${JSON.stringify(waarde)} -> ${veld}`, () => {
      expect(isProfiellabel(label)).toBe(true);
      const p = uit([label, waarde]);
      const v = p[veld];
      if (typeof verwacht === "string" && /^-?\d/.test(verwacht)) gelijk(v as never, verwacht);
      else expect(v).toEqual(verwacht);
    });
  }

  it("alle labels samen in één bereik (het kopblok van een offerte)", () => {
    const p = leesProfiel(gevallen.map(([l, w]) => [l, w]));
    expect(p.categorie).toBe("nieuw");
    expect(p.planOpslag).toBe(true);
    expect(p.werkgeversopslag).toBe(false);
    expect(Object.keys(p).length).toBe(14);
  });

  it("onbekende labels en niet-tekstlabels worden genegeerd; extra kolommen ook", () => {
    const p = uit(["Zorgaanbieder", "Zorg BV"], ["AGB-code", 12345678], ["Regelset", "CZ-VV-2021"], [42, "nieuw"], [null, "x"], ["Plan opslag", "ja"]);
    expect(p).toEqual({ categorie: "bestaand", planOpslag: true });
    expect(leesProfiel([["Categorie", "nieuw", "toelichting"]]).categorie).toBe("nieuw");
    expect(isProfiellabel("Zorgaanbieder")).toBe(false);
  });

  it("spec §5: een label twee keer met verschillende waarden is een fout die het label noemt; gelijk of leeg mag", () => {
    expect(() => uit(["Categorie", "nieuw"], ["categorie", "bestaand"])).toThrow(/Categorie: staat twee keer .*nieuw en bestaand/);
    expect(() => uit(["Plan opslag", "ja"], ["Plan opslag", "nee"])).toThrow(/Plan opslag: staat twee keer/);
    expect(uit(["Plan opslag", "ja"], ["plan opslag:", "Ja"]).planOpslag).toBe(true);
    expect(uit(["Plan opslag", "ja"], ["Plan opslag", null]).planOpslag).toBe(true);
    expect(uit(["Tariefpercentage vorig jaar", 0.95], ["Tariefpercentage vorig jaar", "95%"]).tariefpercentageVorigJaar?.toString()).toBe("0.95");
  });

  it("spec §5: een label met een dubbele punt is hetzelfde label", () => {
    expect(uit(["Plan opslag:", "ja"]).planOpslag).toBe(true);
    expect(uit(["  Categorie :", "nieuw"]).categorie).toBe("nieuw");
  });

  it("een lege waardecel (null, \"\", spaties) betekent: niet opgegeven", () => {
    for (const leeg of [null, undefined, "", "   "]) {
      expect(uit(["Richttarief", leeg], ["Categorie", leeg], ["Monitor", leeg], ["Plan opslag", leeg])).toEqual({ categorie: "bestaand" });
    }
  });
});

describe("waarden per soort label", () => {
  it("ja/nee: ja, j, x, 1, WAAR, true / nee, n, 0, ONWAAR, false", () => {
    for (const ja of ["ja", "JA", " j ", "x", "yes", "waar", "WAAR", "true", "1", 1, true]) expect(uit(["Plan opslag", ja]).planOpslag, String(ja)).toBe(true);
    for (const nee of ["nee", "N", "no", "onwaar", "false", "0", 0, false]) expect(uit(["Plan opslag", nee]).planOpslag, String(nee)).toBe(false);
  });

  it("Regionale bijdrage: actief/ja/WAAR, niet actief/niet-actief/inactief/nee/ONWAAR", () => {
    for (const a of ["actief", "Actief", "ja", true]) expect(uit(["Regionale bijdrage", a]).regionaleBijdrage).toBe("actief");
    for (const n of ["niet actief", "Niet-actief", "inactief", "nee", false]) expect(uit(["Regionale bijdrage", n]).regionaleBijdrage).toBe("niet actief");
  });

  it("Monitor: verhoging, gelijk (ook gelijkblijvend), verlaging", () => {
    expect(uit(["Monitor", "VERLAGING"]).monitor).toBe("verlaging");
    expect(uit(["Monitor", "gelijkblijvend"]).monitor).toBe("gelijk");
    expect(uit(["Monitor", "gelijk"]).monitor).toBe("gelijk");
  });

  it("percentages: tekst \"95,5%\", \"95.5%\", \"95,5 %\", fractie 0,955 en tekst \"0,955\"", () => {
    for (const x of ["95,5%", "95.5%", " 95,5 % ", 0.955, "0,955", "0.955"]) gelijk(uit(["Richttarief", x]).richttarief, "0.955");
  });

  it("een getal boven 1 (95,5 in plaats van 0,955) is ongeldig en noemt het label", () => {
    const f = fout(() => uit(["Richttarief", 95.5]), "ongeldig");
    expect(f.message).toMatch(/^Richttarief: /);
    expect(f.message).toContain("95,5%");
    expect(f.argument).toBe("Richttarief");
    fout(() => uit(["Tariefpercentage vorig jaar", "101%"]), "ongeldig");
    fout(() => uit(["Afgesproken percentage", 1.0001]), "ongeldig");
    gelijk(uit(["Afgesproken percentage", 1]).afgesprokenPercentage, 1);
  });

  it("negatief alleen bij Differentiatie", () => {
    gelijk(uit(["Differentiatie", -0.02]).differentiatie, "-0.02");
    expect(fout(() => uit(["Richttarief", "-2%"]), "ongeldig").message).toContain("negatief");
    expect(fout(() => uit(["Afgesproken percentage", -0.5]), "ongeldig").message).toContain("negatief");
  });

  it.each([
    ["Categorie", "oud"],
    ["Plan opslag", "misschien"],
    ["Tariefpercentage vorig jaar", "hoog"],
    ["Lagere kosten", 2],
    ["Regionale bijdrage", "soms"],
    ["Uitzondering", "?"],
    ["Afgesproken percentage", "veel%"],
    ["Richttarief", true],
    ["Monitor", "omhoog"],
    ["Differentiatie", [1, 2]],
    ["Technologie-opslag", "wellicht"],
    ["Bewegingen-opslag", 0.5],
    ["Essentiele voorzieningen", "soms"],
    ["Werkgeversopslag", "ja!"],
  ])("onleesbare waarde bij %s -> ongeldig, bericht noemt het label", (label, waarde) => {
    const f = fout(() => uit([` ${label.toUpperCase()} `, waarde]), "ongeldig");
    expect(f.message.startsWith(`${label}: `), f.message).toBe(true);
    expect(f.argument).toBe(label);
  });

  it("gebruikerstekst in foutmeldingen: controletekens eruit, ingekort", () => {
    const f = fout(() => uit(["Categorie", "oud\u0000\u0007\u001b[31m" + "x".repeat(200)]), "ongeldig");
    expect(CONTROLETEKENS.test(f.message)).toBe(false);
    expect(f.message.length).toBeLessThan(150);
    expect(f.message).toContain("…");
    expect(CONTROLETEKENS.test(fout(() => uit(["Monitor", "\u0008"])).message)).toBe(false);
    expect(CONTROLETEKENS.test(fout(() => uit(["Regionale bijdrage", "a\r\nb"])).message)).toBe(false);
    expect(CONTROLETEKENS.test(fout(() => leesCategorie("\u007fx")).message)).toBe(false);
  });
});

describe("zetProfielwaarde: hetzelfde parser-gedrag voor het kopblok van een offerte", () => {
  it("zet bekende labels, negeert onbekende en lege", () => {
    const p: Aanbiederprofiel = { categorie: "bestaand" };
    zetProfielwaarde(p, "Richttarief", "97,8%");
    zetProfielwaarde(p, "Regio", "Zeeland");
    zetProfielwaarde(p, "Monitor", "");
    expect(Object.keys(p).sort()).toEqual(["categorie", "richttarief"]);
    gelijk(p.richttarief, "0.978");
  });
});

describe("lege cel op desktop (0) in een profielbereik", () => {
  // Spec §2: "an empty cell arrives as null (web) or 0 (desktop) and both must work where 0 is meaningful";
  // office-addin-notes: in matrix `any` arguments an empty desktop cell is indistinguishable from 0.
  // For ja/nee labels 0 = nee, which is harmless; for these labels 0 is not a meaningful value.

  it("Categorie, Monitor, Regionale bijdrage = 0 gedragen zich als een lege cel (desktop = web)", () => {
    for (const label of ["Categorie", "Monitor", "Regionale bijdrage"]) {
      expect(uit([label, 0])).toEqual(uit([label, null]));
    }
  });

  it("Tariefpercentage vorig jaar, Richttarief, Afgesproken percentage = 0 gedragen zich als een lege cel", () => {
    for (const label of ["Tariefpercentage vorig jaar", "Richttarief", "Afgesproken percentage"]) {
      expect(uit([label, 0]), label).toEqual(uit([label, null]));
    }
  });

  it("ja/nee-labels: 0 (desktop) en null (web) geven beide geen opslag", () => {
    expect(uit(["Plan opslag", 0]).planOpslag ?? false).toBe(false);
    expect(uit(["Plan opslag", null]).planOpslag ?? false).toBe(false);
  });
});
