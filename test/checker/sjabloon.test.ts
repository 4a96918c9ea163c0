import { formuleTekst } from "../../src/workbook/gedeelde-formule";
import { describe, expect, it } from "vitest";
import { controleerWerkmap } from "../../src/workbook/controle";
import { evalueerFormule } from "../../src/workbook/formules";
import { leesOfferte } from "../../src/workbook/offerte";
import { offertesjabloon, PRESTATIEKOLOMMEN } from "../../src/workbook/sjabloon";
import { BladBouwer, parseAdres } from "../../src/workbook/snapshot";
import { PROFIELLABELS } from "../../src/rules";

describe("offertesjabloon", () => {
  const s = offertesjabloon("cz-vv-2021", { rijen: 3 });
  it("has the rule set, every profile label and the table header", () => {
    const teksten = s.cellen.map((c) => c.waarde);
    expect(teksten).toContain("CZ-VV-2021");
    for (const l of Object.values(PROFIELLABELS)) expect(teksten).toContain(l);
    for (const k of Object.values(PRESTATIEKOLOMMEN)) expect(teksten).toContain(k);
  });
  it("formulas in English syntax with , separators and WLZ.* names", () => {
    const formules = s.cellen.filter((c) => c.formule).map((c) => c.formule!);
    expect(formules).toHaveLength(9);
    for (const f of formules) {
      expect(f.startsWith("=IF(")).toBe(true);
      expect(f).not.toContain(";");
    }
    expect(formules.filter((f) => f.includes("WLZ.TARIEF("))).toHaveLength(3);
  });
  it("data-validation lists for leveringsvorm, onderdeel and ja/nee fields", () => {
    const lijsten = s.validaties.map((v) => v.lijst.join(","));
    expect(lijsten).toContain("ZZP,VPT,MPT,DTV,LOGEREN,CRISIS,MEERZORG");
    expect(lijsten).toContain("zorg,toeslag,dagbesteding,vervoer");
    expect(lijsten.filter((l) => l === "ja,nee").length).toBe(8);
  });
  it("an unknown rule set throws", () => {
    expect(() => offertesjabloon("XX")).toThrow();
  });
  it("filled in, the sheet is found by the checker and its formulas evaluate", () => {
    const b = new BladBouwer("Offerte");
    for (const c of s.cellen) {
      const { r, c: k } = parseAdres(c.adres);
      if (c.waarde !== undefined || c.formule) b.zet(r, k, { waarde: c.waarde ?? "", ...(c.formule ? { formule: c.formule.slice(1) } : {}) });
    }
    const kopRij = parseAdres(s.cellen.find((c) => c.waarde === "Prestatie")!.adres).r;
    const invoer = ["ZZP VV 4", "ZZP", "zorg", 150.25, 20.1, 4.95];
    invoer.forEach((w, c) => b.zet(kopRij + 1, c, { waarde: w }));
    b.zet(kopRij + 1, 8, { waarde: 10 });
    const wm = { bladen: [b.bouw()] };
    // compute the three formulas of the first row as Excel would
    for (const c of [6, 7, 9]) {
      const cel = wm.bladen[0].rijen[kopRij + 1][c]!;
      cel.waarde = evalueerFormule(formuleTekst(cel.formule!, kopRij + 1, c), { werkmap: wm, blad: 0 }) as number;
    }
    expect(wm.bladen[0].rijen[kopRij + 1][7]!.waarde).toBe(166.29); // 94%: no plan opslag
    const o = leesOfferte(wm);
    expect(o.prestatietabellen[0].rijen).toEqual([kopRij + 1]);
    const r = controleerWerkmap(wm);
    expect(r.bevindingen).toEqual([]);
  });
});

describe("offertesjabloon cells", () => {
  it("one entry per address, the rule set chosen from a list", () => {
    const s = offertesjabloon("CZ-GZ-2026");
    const adressen = s.cellen.map((c) => c.adres);
    expect(new Set(adressen).size).toBe(adressen.length);
    expect(s.validaties.find((v) => v.bereik === "B1")?.lijst).toContain("CZ-GZ-2026");
  });
});
