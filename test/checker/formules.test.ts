import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { leesXlsx } from "../../src/workbook/xlsx";
import { controleerWerkmap } from "../../src/workbook/controle";
import { formuleTekst, metFormuleteksten } from "../../src/workbook/gedeelde-formule";
import { maakZip, minimaleXlsxOnderdelen } from "../workbook/xlsx-hulp";
import { bevatWlz, evalueerFormule, Formulevormen, NietEvalueerbaar, nieuwBereikgeheugen, parseFormule, type Waarde } from "../../src/workbook/formules";
import { formulePlekken, maakWerkmap, type Werkmap } from "../../src/workbook/snapshot";
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
  it("SUM over numbers and ranges: text, booleans and empty cells in a range are skipped, errors propagate (as Excel)", () => {
    expect(ev("SUM(B3:D3)")).toBeCloseTo(175.3, 10);
    expect(ev("SUM(A1:B3,1)")).toBeCloseTo(151.25, 10);
    expect(ev("SOM(B3,C3)")).toBeCloseTo(170.35, 10);
    expect(ev("SUM(A4:B4)")).toEqual({ fout: "#DIV/0!" });
  });
  it("anything else is not evaluable", () => {
    for (const f of ['WLZ.TARIEF("CZ-VV-2021","ZZP",INT(B3),0,0)', "WLZ.REGELSETS()", "A1&B1", "Onbekend!A1", "#N/A"]) {
      expect(() => ev(f), f).toThrow(NietEvalueerbaar);
    }
  });
  it("the memo keeps arguments of different types apart (1 / TRUE, 0 / FALSE / empty, 1000 / \"1000\")", () => {
    // TRUE and FALSE are refused where 1 and 0 are numbers: a memo mixing them up gives the wrong answer.
    const wm3 = maakWerkmap([["X", [[1, true, 0, false, null, "1000", 1000]]]]);
    const adressen = ["A1", "B1", "C1", "D1", "E1", "F1", "G1"];
    const evx = (a: string) => evalueerFormule(`WLZ.INITIELEVOLUME("CZ-VV-2021","MPT",${a})`, { werkmap: wm3, blad: 0 });
    const verwacht = [0.9, { fout: "#VALUE!" }, 0, { fout: "#VALUE!" }, 0, 900, 900];
    expect(adressen.map(evx)).toEqual(verwacht);
    expect([...adressen].reverse().map(evx).reverse()).toEqual(verwacht);
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

describe("formula shapes (one parse per filled-down formula)", () => {
  // Column A: leveringsvorm; B: NZa zorg; C: percentage text; rows 1..30 filled, row 31 empty.
  // Values repeat with periods 3 (one an unknown leveringsvorm), 5 and 4: rows share some referenced values, differ in others.
  const rijen = Array.from({ length: 30 }, (_, i) => [i % 3 ? "ZZP" : i % 2 ? "VPT" : "GEEN", 100 + (i % 5), "CZ-VV-2021", i % 4 ? "" : "ZZP"]);
  const wm2 = maakWerkmap([["Blad", rijen], ["Tweede blad", [["Plan opslag", "ja"]]]]);
  /** Each formula at its row (0-based r), `{n}` = its Excel row plus the offset in the braces. */
  const vormen: string[] = [
    '_xldudf_WLZ_TARIEF($C$1,A{0},B{0},0,0)',
    '=IF(A{0}="","",WLZ.TARIEF(C{0},a{0},b{0},1,2,\'Tweede blad\'!$A$1:$B$1))',
    'IF(D{0}="","",WLZ.TARIEF(C{0},D{0},B{-1},1,2))',
    'WLZ.TARIEF($C$1,A{0},B{0},0,0,A{0}:$B$2)',
    'WLZ.TARIEF($C$1,"A{0}",B{0},0,0)',
    'WLZ.TARIEF($C$1,A{0},B{1}+B{-1}-B$3,0,0)',
    '  = WLZ.TARIEFPERCENTAGE(C$1, Blad!A{0})',
    'WLZ.TARIEFPERCENTAGE(C{0},A{0},SUM(A1:A3))',
  ];
  const tekst = (v: string, r: number) => v.replace(/\{(-?\d+)\}/g, (_m, d: string) => String(r + 1 + Number(d)));
  const uitkomst = (f: () => Waarde) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof NietEvalueerbaar) return "niet evalueerbaar";
      throw e;
    }
  };

  it("evaluate every filled-down copy exactly as parsing that copy's own text does", () => {
    const v = new Formulevormen();
    const w = new Formulevormen();
    const bereiken = nieuwBereikgeheugen();
    const ectx = { werkmap: wm2, blad: 0, bereiken };
    let vergeleken = 0;
    let getallen = 0;
    // Down the column, also where the row number gains a digit (9 -> 10) and where B{-1} points above row 1.
    for (let r = 0; r < 30; r++) {
      vormen.forEach((vorm, c) => {
        const f = tekst(vorm, r);
        const los = uitkomst(() => evalueerFormule(f, { werkmap: wm2, blad: 0 }));
        const k = v.vorm(f, 0, r, c);
        const viaVorm = k ? uitkomst(() => evalueerFormule(k, { werkmap: wm2, blad: 0, r, c, bereiken })) : "niet evalueerbaar";
        // The shape tree is only null where parsing says the formula is not evaluable (SUM, unbalanced).
        expect(viaVorm, `${f} in rij ${r + 1}`).toEqual(los);
        // The value by shape, remembered per values of the cells it refers to: twice, the second time remembered.
        for (let keer = 0; keer < 2; keer++) {
          const viaWaarde = uitkomst(() => w.waarde(f, ectx, r, c) ?? "niet evalueerbaar");
          expect(viaWaarde, `${f} in rij ${r + 1} (waarde ${keer})`).toEqual(los);
        }
        vergeleken++;
        if (typeof los === "number") getallen++;
      });
    }
    expect(vergeleken).toBe(240);
    expect(getallen).toBeGreaterThan(120);
    // One tree for the whole column: the copy at row 12 reuses the tree made at row 1.
    expect(v.vorm(tekst(vormen[0], 11), 0, 11, 0)).toBe(v.vorm(tekst(vormen[0], 0), 0, 0, 0));
  });

  it("a text that only looks like the shape is parsed anew: string contents and $-anchors count", () => {
    const v = new Formulevormen();
    expect(v.vorm('WLZ.TARIEF($C$1,"A5",B5,0,0)', 0, 4, 0)).not.toBeNull();
    // The same shape one row lower keeps "A5" inside the string: a different text than the shape predicts.
    const k = v.vorm('WLZ.TARIEF($C$1,"A6",B6,0,0)', 0, 5, 0)!;
    expect(k.t === "fn" && k.args[1]).toEqual({ t: "tekst", v: "A6" });
    const abs = v.vorm("WLZ.TARIEF($C$1,A$5,B6,0,0)", 0, 5, 1)!;
    const ev2 = (r: number) => evalueerFormule(abs, { werkmap: wm2, blad: 0, r, c: 1 });
    expect(v.vorm("WLZ.TARIEF($C$1,A$5,B7,0,0)", 0, 6, 1)).toBe(abs);
    expect(ev2(6)).toBe(evalueerFormule("WLZ.TARIEF($C$1,A$5,B7,0,0)", { werkmap: wm2, blad: 0 }));
    // Same column, not filled down (A$5 vs A$6): another shape.
    expect(v.vorm("WLZ.TARIEF($C$1,A$6,B7,0,0)", 0, 6, 1)).not.toBe(abs);
  });

  it("row numbers that shift between references (A110,B1 where A11,B11 is expected: same length) are no copy", () => {
    const v = new Formulevormen();
    const rij11 = v.vorm("WLZ.TARIEF($C$1,A11,B11,0,0)", 0, 10, 0)!;
    const anders = v.vorm("WLZ.TARIEF($C$1,A110,B1,0,0)", 0, 10, 0)!;
    expect(anders).not.toBe(rij11);
    const refs = (k: typeof anders) => (k.t === "fn" ? k.args.slice(1, 3).map((a) => a.t === "ref" && a.r) : []);
    // relative to row 11 (index 10): A110 is 99 rows lower, B1 ten rows higher
    expect(refs(anders)).toEqual([99, -10]);
    expect(refs(rij11)).toEqual([0, 0]);
    // The first row number right, a later one of the same offset another number of the same length: no copy.
    const later = v.vorm("WLZ.TARIEF($C$1,A12,B13,0,0)", 0, 11, 0)!;
    expect(later).not.toBe(v.vorm("WLZ.TARIEF($C$1,A12,B12,0,0)", 0, 11, 0));
    expect(refs(later)).toEqual([0, 1]);
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
  it("(a) the same with the formula cells found by walking the sheet (a snapshot that no reader built)", () => {
    const gebouwd = werkmap({ rijen: [rij(7, 169.29), rij(8, 169.29), rij(9, 169.29, false), rij(10, 169.29)] });
    // a plain copy of the sheet has no list of formula cells beside it
    const kaal: Werkmap = { bladen: gebouwd.bladen.map((b) => ({ naam: b.naam, rijen: b.rijen })) };
    expect(formulePlekken(kaal.bladen[0])).toBeUndefined();
    expect(formulePlekken(gebouwd.bladen[0])).toBeDefined();
    expect(metCode(controleerWerkmap(kaal), "WLZ-FRM-001").map((b) => b.cell)).toEqual(["H9"]);
  });
  it("(a) a number under an empty formula text counts as typed, as before", () => {
    const leeg = goedeRij({ Tarief: { formule: "", waarde: 169.29 }, Omzet: 1692.9 });
    const r = controleerWerkmap(werkmap({ rijen: [rij(7, 169.29), rij(8, 169.29), leeg, rij(10, 169.29)] }));
    expect(metCode(r, "WLZ-FRM-001").map((b) => b.cell)).toEqual(["H9"]);
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
  const pad = join(__dirname, "..", "..", "docs", "formules-voorbeeld.xlsx");
  it.runIf(existsSync(pad))("every evaluable WLZ formula in docs/formules-voorbeeld.xlsx gives its stored value", async () => {
    const wm = await leesXlsx(pad);
    let geteld = 0;
    wm.bladen.forEach((b, i) => b.rijen.forEach((rij, r) => rij?.forEach((c, k) => {
      if (!c?.formule) return;
      const f = formuleTekst(c.formule, r, k);
      if (!bevatWlz(f)) return;
      let v;
      try {
        v = evalueerFormule(f, { werkmap: wm, blad: i });
      } catch (e) {
        if (e instanceof NietEvalueerbaar) return;
        throw e;
      }
      geteld++;
      expect(v, f).toEqual(c.waarde);
    })));
    expect(geteld).toBeGreaterThan(10);
  });
});

describe("shared formulas (Excel's filled-down column): by their master, the same as by text", () => {
  // Column D: the profile on its own sheet; column E: the profile on a sheet whose name looks like a reference
  // ('Tabel A1': no copy may move it); column F: a master that starts lower than the others.
  const xml = (() => {
    let x = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Regelset</t></is></c><c r="B1" t="inlineStr"><is><t>CZ-VV-2021</t></is></c></row>';
    x += '<row r="2"><c r="A2" t="inlineStr"><is><t>Plan opslag</t></is></c><c r="B2" t="inlineStr"><is><t>ja</t></is></c></row>';
    for (let r = 4; r <= 30; r++) {
      const lv = ["ZZP", "VPT", "MPT"][r % 3];
      const zorg = 100 + (r % 5);
      const pct = lv === "MPT" ? 0.96 : 0.96;
      const juist = Math.round(zorg * pct * 100) / 100;
      // rows 9 and 17: a stale stored value; row 21: an error stored
      const v = r === 9 || r === 17 ? `<v>${juist + 1}</v>` : r === 21 ? "<v>#N/A</v>" : `<v>${juist}</v>`;
      const t = r === 21 ? ' t="e"' : "";
      const d = r === 4 ? '<f t="shared" ref="D4:D30" si="0">_xldudf_WLZ_TARIEF($B$1,A4,B4,0,0,$A$1:$B$2)</f>' : '<f t="shared" si="0"/>';
      const e = r === 4 ? "<f t=\"shared\" ref=\"E4:E30\" si=\"1\">_xldudf_WLZ_TARIEF($B$1,A4,B4,0,0,'Tabel A1'!$A$1:$B$1)</f>" : '<f t="shared" si="1"/>';
      const f = r === 6 ? '<f t="shared" ref="F4:F30" si="2">_xldudf_WLZ_TARIEF($B$1,A6,B6,0,0)</f>' : r < 6 ? "" : '<f t="shared" si="2"/>';
      x += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${lv}</t></is></c><c r="B${r}"><v>${zorg}</v></c>`;
      x += `<c r="D${r}"${t}>${d}${v}</c><c r="E${r}"${t}>${e}${v}</c>`;
      if (f !== "") x += `<c r="F${r}"${t}>${f}${v}</c>`;
      x += "</row>";
    }
    return `${x}</sheetData>`;
  })();
  const tabel = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Plan opslag</t></is></c><c r="B1" t="inlineStr"><is><t>nee</t></is></c></row></sheetData>';

  it("every cell's value as the text at that cell gives it; the findings too", async () => {
    const wm = await leesXlsx(maakZip(minimaleXlsxOnderdelen([{ naam: "Offerte", xml }, { naam: "Tabel A1", xml: tabel }])));
    const rijen = wm.bladen[0].rijen;
    expect(typeof rijen[4][3]!.formule).toBe("object");
    const teksten = metFormuleteksten(wm);
    const opMeester = new Formulevormen();
    const opTekst = new Formulevormen();
    const ctx = { werkmap: wm, blad: 0, bereiken: nieuwBereikgeheugen() };
    const ctxTekst = { werkmap: teksten, blad: 0, bereiken: nieuwBereikgeheugen() };
    let getallen = 0;
    for (let r = 3; r < 30; r++) {
      for (const c of [3, 4, 5]) {
        const cel = rijen[r][c];
        if (!cel) continue;
        const w = (vormen: Formulevormen, f: typeof cel.formule, x: typeof ctx) => {
          try {
            return vormen.waardeAlsWlz(f!, x, r, c);
          } catch (e) {
            if (e instanceof NietEvalueerbaar) return "niet evalueerbaar";
            throw e;
          }
        };
        const tekst = teksten.bladen[0].rijen[r][c]!.formule as string;
        expect(w(opMeester, cel.formule, ctx), `${tekst} in rij ${r + 1}`).toEqual(w(opTekst, tekst, ctxTekst));
        if (typeof w(opTekst, tekst, ctxTekst) === "number") getallen++;
      }
    }
    expect(getallen).toBeGreaterThan(40);
    // E reads the profile on 'Tabel A1' (no plan opslag: 94%) in every row
    for (let r = 4; r < 30; r++) expect(teksten.bladen[0].rijen[r][4]!.formule).toContain("'Tabel A1'!$A$1:$B$1");
    expect(opTekst.waardeAlsWlz(teksten.bladen[0].rijen[10][4]!.formule!, ctxTekst, 10, 4)).toBe(Math.round((100 + (11 % 5)) * 94) / 100);
    const bevindingen = controleerWerkmap(wm).bevindingen;
    expect(bevindingen.filter((b) => b.code === "WLZ-FRM-001").length).toBeGreaterThanOrEqual(6);
    expect(bevindingen).toEqual(controleerWerkmap(teksten).bevindingen);
  });
});
