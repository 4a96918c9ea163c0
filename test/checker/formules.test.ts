import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leesXlsx } from "../../src/workbook/xlsx";
import { controleerWerkmap } from "../../src/workbook/controle";
import { bevatWlz, evalueerFormule, NietEvalueerbaar, parseFormule } from "../../src/workbook/formules";
import { maakWerkmap } from "../../src/workbook/snapshot";
import { codes, goedeRij, metCode, werkmap } from "./hulp";

const wm = maakWerkmap([
  ["Offerte", [["Regelset", "CZ-VV-2021"], ["Plan opslag", "ja"], ["ZZP", 150.25, 20.1, 4.95], [null, { fout: "#DIV/0!" }]]],
  ["Mijn blad", [["Categorie", "nieuw"]]],
]);
const ev = (f: string) => evalueerFormule(f, { werkmap: wm, blad: 0 });

describe("formula evaluator", () => {
  it("reads both storage forms", () => {
    expect(ev('WLZ.TARIEF("CZ-VV-2021","ZZP",150.25,20.1,4.95,"bestaand")')).toBe(166.29); // 94%
    expect(ev('_xldudf_WLZ_TARIEF("CZ-VV-2021","ZZP",150.25,20.1,4.95,$A$1:$B$2)')).toBe(169.29); // plan opslag: 96%
    expect(ev("=WLZ.TARIEF(B1,A3,B3,C3,D3,A1:B2)")).toBe(169.29);
  });
  it("references on other sheets, quoted names, absolute refs", () => {
    expect(ev("WLZ.TARIEFPERCENTAGE(Offerte!$B$1,Offerte!A3)")).toBe(0.94);
    // a new provider in CZ-VV-2021 (inherits the national rules): 94%
    expect(ev("WLZ.TARIEFPERCENTAGE($B$1,A3,'Mijn blad'!A1:B1)")).toBeCloseTo(0.94, 10);
  });
  it("TRUE/FALSE literals and omitted arguments", () => {
    expect(ev('WLZ.TARIEFPERCENTAGE("CZ-VV-2021","ZZP",,"zorg")')).toBe(0.94);
    expect(ev('WLZ.TARIEFPERCENTAGE("CZ-VV-2021","ZZP",TRUE)')).toEqual({ fout: "#VALUE!" });
  });
  it("errors: #N/A for unknown ids, #VALUE! for bad input, propagated error arguments", () => {
    expect(ev('WLZ.TARIEF("XX-2000","ZZP",1,0,0)')).toEqual({ fout: "#N/A" });
    expect(ev('WLZ.TARIEF("CZ-VV-2021","ZZP","veel",0,0)')).toEqual({ fout: "#VALUE!" });
    expect(ev('WLZ.TARIEF("CZ-VV-2021","ZZP",B4,0,0)')).toEqual({ fout: "#DIV/0!" });
  });
  it("the template's IF guard and arithmetic", () => {
    expect(ev('IF(A3="","",WLZ.TARIEFPERCENTAGE(B1,A3,A1:B2))')).toBe(0.96);
    expect(ev('IF(A9="","",WLZ.TARIEFPERCENTAGE(B1,A9,A1:B2))')).toBe("");
    expect(ev("B3*2+C3/2")).toBeCloseTo(310.55, 10);
  });
  it("WLZ.CRISISVERGOEDING, WLZ.INITIELEVOLUME, WLZ.HERSCHIKKING", () => {
    expect(ev('WLZ.CRISISVERGOEDING("CZ-VV-2021",1,100,200)')).toBe(200);
    expect(ev('WLZ.CRISISVERGOEDING("CZ-VV-2021",1,100,200,300)')).toBe(60000);
    expect(ev('WLZ.INITIELEVOLUME("CZ-VV-2021","MPT",1000)')).toBe(900);
    expect(ev('WLZ.HERSCHIKKING("CZ-GZ-2026",600,90)')).toBe(600 + (90 / 30) * 184);
    expect(ev('WLZ.HERSCHIKKING("CZ-VV-2021",600,90)')).toEqual({ fout: "#N/A" });
  });
  it("ROUND, WLZ.AANBIEDERCATEGORIE and WLZ.ONDERAANNEMING", () => {
    expect(ev("ROUND(2.345,2)")).toBe(2.35);
    expect(ev("ROUND(-2.345,2)")).toBe(-2.35);
    expect(ev('ROUND(WLZ.TARIEF("CZ-VV-2021","ZZP",150.25,20.1,4.95)*3,0)')).toBe(499);
    expect(ev('WLZ.AANBIEDERCATEGORIE("CZ-GZ-2026","nee","2023-01-01",,"2024-01-01")')).toBe("bestaand-nieuw");
    expect(ev('WLZ.AANBIEDERCATEGORIE("CZ-GZ-2026","ja")')).toBe("bestaand");
    expect(ev('WLZ.ONDERAANNEMING("CZ-VV-2021",900,300)')).toBe(true);
    expect(ev('WLZ.ONDERAANNEMING("CZ-VV-2021",900,301)')).toBe(false);
  });
  it("anything else is not evaluable", () => {
    for (const f of ['SUM(A1:A3)', 'WLZ.TARIEF("CZ-VV-2021","ZZP",INT(B3),0,0)', "WLZ.REGELSETS()", "A1&B1", "Onbekend!A1", "#N/A"]) {
      expect(() => ev(f), f).toThrow(NietEvalueerbaar);
    }
  });
  it("parses strings with quotes and ; separators", () => {
    expect(parseFormule('WLZ.TARIEFPERCENTAGE("a""b";1)')).toEqual({ t: "fn", naam: "WLZ.TARIEFPERCENTAGE", args: [{ t: "tekst", v: 'a"b' }, { t: "getal", v: 1 }] });
  });
  it("recognises WLZ calls in both forms only", () => {
    expect(bevatWlz("_xldudf_WLZ_TARIEF(A1)")).toBe(true);
    expect(bevatWlz("IF(A1,WLZ.TARIEF(A1),0)")).toBe(true);
    expect(bevatWlz("XWLZ.TARIEF(A1)")).toBe(false);
    expect(bevatWlz("SUM(A1)")).toBe(false);
  });
});

describe("WLZ-FRM-001", () => {
  const F = '_xldudf_WLZ_TARIEF($B$1,B{r},D{r},E{r},F{r},$A$1:$B$4)';
  const rij = (r: number, tarief: number, formule = true) =>
    goedeRij({ Tarief: formule ? { formule: F.replace(/\{r\}/g, String(r)), waarde: tarief } : tarief, Omzet: tarief * 10 });

  it("(a) a typed number among WLZ formulas", () => {
    const r = controleerWerkmap(werkmap({ rijen: [rij(7, 169.29), rij(8, 169.29), rij(9, 169.29, false), rij(10, 169.29)] }));
    const f = metCode(r, "WLZ-FRM-001");
    expect(f.map((b) => b.cell)).toEqual(["H9"]);
    expect(f[0].severity).toBe("waarschuwing");
  });
  it("(a) not when the column is mostly typed", () => {
    const r = controleerWerkmap(werkmap({ rijen: [rij(7, 169.29), rij(8, 169.29, false), rij(9, 169.29, false)] }));
    expect(codes(r)).toEqual([]);
  });
  it("(b) a stale stored value", () => {
    const r = controleerWerkmap(werkmap({ rijen: [rij(7, 169.29), rij(8, 160)] }));
    expect(metCode(r, "WLZ-FRM-001").map((b) => b.cell)).toEqual(["H8"]);
    expect(metCode(r, "WLZ-FRM-001")[0].message).toContain("169,29");
  });
  it("(b) within 0,005 and equal errors are fine; office-js form too", () => {
    const wm2 = werkmap({ rijen: [goedeRij({ Tarief: { formule: "WLZ.TARIEF($B$1,B7,D7,E7,F7,$A$1:$B$4)", waarde: 169.294 }, Omzet: 1692.94 })] });
    expect(codes(controleerWerkmap(wm2))).toEqual([]);
    const fout = maakWerkmap({ X: [["Regelset", "CZ-VV-2021"], [{ formule: 'WLZ.TARIEF("XX","ZZP",1,0,0)', waarde: { fout: "#N/A" } }], [{ formule: 'WLZ.TARIEF("XX","ZZP",1,0,0)', waarde: { fout: "#VALUE!" } }]] });
    expect(metCode(controleerWerkmap(fout), "WLZ-FRM-001").map((b) => b.cell)).toEqual(["A3"]);
  });
  it("nested non-WLZ expressions are skipped silently", () => {
    const wm3 = maakWerkmap({ X: [["Regelset", "CZ-VV-2021"], [{ formule: '_xldudf_WLZ_TARIEF("CZ-VV-2021","ZZP",INT(1),0,0)', waarde: 12345 }]] });
    expect(codes(controleerWerkmap(wm3))).toContain("WLZ-OFF-006");
    expect(codes(controleerWerkmap(wm3))).not.toContain("WLZ-FRM-001");
  });
});

describe("agreement with the shipped functions", () => {
  const pad = join(__dirname, "..", "..", "examples", "formules-voorbeeld.xlsx");
  it.runIf(existsSync(pad))("every evaluable WLZ formula in examples/formules-voorbeeld.xlsx gives its stored value", async () => {
    const wm = await leesXlsx(pad);
    let geteld = 0;
    wm.bladen.forEach((b, i) => b.rijen.forEach((rij) => rij?.forEach((c) => {
      if (!c?.formule || !bevatWlz(c.formule)) return;
      let v;
      try {
        v = evalueerFormule(c.formule, { werkmap: wm, blad: i });
      } catch (e) {
        if (e instanceof NietEvalueerbaar) return;
        throw e;
      }
      geteld++;
      expect(v, c.formule).toEqual(c.waarde);
    })));
    expect(geteld).toBeGreaterThan(10);
  });
});
