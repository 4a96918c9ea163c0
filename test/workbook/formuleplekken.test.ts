/**
 * The list of formula cells a reader keeps beside each sheet (formulePlekken): the formula checks visit only
 * those cells instead of walking the sheet, so the list must hold every formula cell, in cell order. Checked on
 * the real files of the corpus, the examples and the office-js reader; a sheet whose cells came out of order
 * has no list, and then the checks walk the sheet as before.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { controleerWerkmap } from "../../src/workbook/controle";
import { leesWerkmapUitExcel } from "../../src/workbook/officejs";
import { BladBouwer, forEachCel, formulePlekken, type Werkblad, type Werkmap } from "../../src/workbook/snapshot";
import { vulUitkomstenIn } from "../../src/workbook/uitkomsten";
import { leesXlsx } from "../../src/workbook/xlsx";
import { maakNepExcel } from "../support/fake-excel";

const CORPUS = join(__dirname, "../corpus/bestanden");
const VOORBEELDEN = join(__dirname, "../../examples");

/** The formula cells of a sheet by walking it. */
function doorlopen(blad: Werkblad): number[] {
  const uit: number[] = [];
  forEachCel(blad, (r, c, cel) => {
    if (cel.formule !== undefined) uit.push(r, c);
  });
  return uit;
}

const bestanden = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith(".xlsx")).map((f) => join(CORPUS, f)),
  ...readdirSync(VOORBEELDEN).filter((f) => f.endsWith(".xlsx")).map((f) => join(VOORBEELDEN, f)),
];

describe("formulePlekken: de formulecellen zoals de lezer ze tegenkwam", () => {
  it.each(bestanden.map((p) => [p.split("/").slice(-2).join("/"), p]))("%s: elke formulecel, op celvolgorde", async (_naam, pad) => {
    let werkmap: Werkmap;
    try {
      werkmap = await leesXlsx(pad);
    } catch {
      return; // files the reader refuses on purpose (corpus.test.ts says which)
    }
    const gevonden = vulUitkomstenIn(werkmap).formules;
    werkmap.bladen.forEach((blad, b) => {
      const gelopen = doorlopen(blad);
      // what the checks visit: from the list, or by walking the sheet where there is none
      expect(gevonden[b], blad.naam).toEqual(gelopen);
      const lijst = formulePlekken(blad);
      if (lijst === undefined) return;
      // the list may name a cell emptied afterwards (merged ranges): the checks take only cells that hold a formula
      const bestaand: number[] = [];
      for (let i = 0; i < lijst.length; i += 2) if (blad.rijen[lijst[i]]?.[lijst[i + 1]]?.formule !== undefined) bestaand.push(lijst[i], lijst[i + 1]);
      expect(bestaand, blad.naam).toEqual(gelopen);
    });
  });

  it("het voorbeeld met formules heeft een lijst (anders zou deze test niets zeggen)", async () => {
    const werkmap = await leesXlsx(join(__dirname, "../../docs/formules-voorbeeld.xlsx"));
    const lengtes = werkmap.bladen.map((b) => formulePlekken(b)?.length ?? -1);
    expect(Math.max(...lengtes)).toBeGreaterThan(10);
  });

  it("de office-js-lezer houdt dezelfde lijst bij", async () => {
    const uitBestand = await leesXlsx(join(VOORBEELDEN, "offerte-cz-vv-2021.xlsx"));
    const nep = maakNepExcel(structuredClone(uitBestand));
    const uitExcel = await nep.Excel.run((ctx) => leesWerkmapUitExcel(ctx as unknown as Excel.RequestContext));
    const blad = uitExcel.bladen.find((b) => doorlopen(b).length > 0)!;
    expect(formulePlekken(blad)).toEqual(doorlopen(blad));
  });

  it("rijen buiten volgorde (een bestand mag ze zo zetten): geen lijst, de controle loopt het blad af", () => {
    const b = new BladBouwer("Offerte");
    b.zet(5, 1, { waarde: 1, formule: "1+0" });
    b.zet(2, 1, { waarde: 2, formule: "1+1" });
    const blad = b.bouw();
    expect(formulePlekken(blad)).toBeUndefined();
    expect(vulUitkomstenIn({ bladen: [blad] }).formules[0]).toEqual([2, 1, 5, 1]);
  });

  it("een cel die twee keer gezet wordt: geen lijst (de lijst zou haar dubbel noemen)", () => {
    const b = new BladBouwer("Offerte");
    b.zet(2, 1, { waarde: 2, formule: "1+1" });
    b.zet(2, 1, { waarde: 3, formule: "1+2" });
    expect(formulePlekken(b.bouw())).toBeUndefined();
  });

  it("een blad dat niet door een lezer is gemaakt: de controle loopt het blad af en vindt elke formule", () => {
    const blad: Werkblad = { naam: "Offerte", rijen: [[{ waarde: "Regelset" }, { waarde: 1, formule: "1+0" }]] };
    expect(formulePlekken(blad)).toBeUndefined();
    expect(vulUitkomstenIn({ bladen: [blad] }).formules[0]).toEqual([0, 1]);
  });

  it("een formulecel die na het lezen leeg is gemaakt (rest van een samengevoegd bereik) valt uit de lijst", () => {
    const b = new BladBouwer("Offerte");
    b.zet(1, 0, { waarde: 1, formule: "1+0" });
    b.zet(1, 1, { waarde: 2, formule: "1+1" });
    b.zet(2, 0, { waarde: 3, formule: "1+2" });
    b.wisBereiken([[1, 0, 1, 1]]);
    const blad = b.bouw();
    expect(vulUitkomstenIn({ bladen: [blad] }).formules[0]).toEqual([1, 0, 2, 0]);
    // and the check itself runs on it
    expect(controleerWerkmap({ bladen: [blad] }).status).toBeDefined();
  });
});
