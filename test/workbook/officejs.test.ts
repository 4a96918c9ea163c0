import { metFormuleteksten } from "../../src/workbook/gedeelde-formule";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellenPerSync, leesWerkmapUitExcel, naarCel, type OfficeLeesOpties } from "../../src/workbook/officejs";
import { BladBouwer, maakWerkmap, type Werkmap, WerkmapFout } from "../../src/workbook/snapshot";
import { controleerWerkmap } from "../../src/workbook/controle";
import { leesXlsx } from "../../src/workbook/xlsx";
import { maakNepExcel, type NepExcel, type NepExcelOpties } from "../support/fake-excel";
import { maakOfferteXlsx, tijdelijkeMap } from "./xlsx-hulp";

async function lees(wm: Werkmap, opties: OfficeLeesOpties = {}, nepOpties: NepExcelOpties = {}): Promise<{ uit: Werkmap; nep: NepExcel }> {
  const nep = maakNepExcel(structuredClone(wm), nepOpties);
  const uit = await nep.Excel.run((ctx) => leesWerkmapUitExcel(ctx as unknown as Excel.RequestContext, opties));
  return { uit, nep };
}

/** Een offerteblad van n rijen x 14 kolommen met getallen, teksten, formules en fouten. */
function groteOfferte(n: number, startRij = 0, startKolom = 0): Werkmap {
  const b = new BladBouwer("Offerte");
  for (let i = 0; i < n; i++) {
    const r = startRij + i;
    for (let c = 0; c < 14; c++) {
      const k = startKolom + c;
      if (c === 0) b.zet(r, k, { waarde: `ZZP VV ${i % 10}` });
      else if (c === 7) b.zet(r, k, { waarde: 120.5 + (i % 13), formule: `WLZ.TARIEF("CZ-VV-2024",B${r + 1},D${r + 1},E${r + 1},F${r + 1})` });
      else if (c === 9) b.zet(r, k, i % 50 === 0 ? { waarde: { fout: "#N/A" }, formule: `H${r + 1}*I${r + 1}` } : { waarde: i * 3, formule: `H${r + 1}*I${r + 1}` });
      else if (c === 12 && i % 7 !== 0) continue; // lege cellen middenin
      else b.zet(r, k, { waarde: i * 14 + c + 0.25 });
    }
  }
  return { bladen: [b.bouw()] };
}

describe("leesWerkmapUitExcel", () => {
  const tmp = tijdelijkeMap();
  let uitXlsx: Werkmap;
  beforeAll(async () => {
    const pad = join(tmp.map, "offerte.xlsx");
    await maakOfferteXlsx().xlsx.writeFile(pad);
    uitXlsx = await leesXlsx(pad);
  });
  afterAll(() => tmp.opruimen());

  it("geeft dezelfde werkmap als de .xlsx-lezer voor dezelfde inhoud", async () => {
    const { uit, nep } = await lees(uitXlsx);
    // office-js gives every cell its formula text; the .xlsx reader gives a shared formula's cells its master
    expect(uit).toEqual(metFormuleteksten(uitXlsx));
    expect(nep.syncs).toBe(3);
  });

  it("leest 10.000 rijen x 14 kolommen in hoogstens 3 syncs, binnen het budget", async () => {
    const wm = groteOfferte(10_000);
    const { uit, nep } = await lees(wm);
    expect(uit).toEqual(wm);
    expect(nep.syncs).toBeLessThanOrEqual(3);
    const max = Math.max(...nep.syncVerslagen.map((v) => v.celEigenschappen));
    expect(max).toBe(10_000 * 14 * 2);
    expect(max * 8).toBeLessThanOrEqual(2_500_000);
    // de werkelijke antwoordgrootte blijft ook onder de grens van Excel op het web
    expect(Math.max(...nep.syncVerslagen.map((v) => v.bytes))).toBeLessThan(5 * 1024 * 1024);
  });

  it("verdeelt over meerdere syncs zonder ooit het budget te overschrijden", async () => {
    const wm = groteOfferte(1_000);
    const opties = { budgetBytes: 40_000, bytesPerCel: 8 }; // 2.500 cellen per sync
    expect(cellenPerSync(opties)).toBe(2_500);
    const { uit, nep } = await lees(wm, opties);
    expect(uit).toEqual(wm);
    const data = nep.syncVerslagen.slice(2);
    for (const v of data) expect(v.celEigenschappen * 8).toBeLessThanOrEqual(40_000);
    expect(nep.syncs).toBe(2 + Math.ceil((1_000 * 14) / Math.floor(2_500 / 14) / 14)); // 178 rijen per sync -> 6
  });

  it("bundelt kleine bladen in één sync en splitst een te brede rij in kolommen", async () => {
    const wm = maakWerkmap([
      ["A", [[1, 2, 3]]],
      ["Leeg", []],
      ["B", [["x", "y"], [null, { formule: "=A1", waarde: 1 }]]],
      ["Breed", [Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => `r${i}`)]],
    ]);
    const klein = await lees(maakWerkmap([["A", [[1, 2, 3]]], ["B", [["x", "y"]]]]));
    expect(klein.nep.syncs).toBe(3);
    const { uit, nep } = await lees(wm, { maxCellenPerSync: 8 });
    expect(uit).toEqual(wm);
    expect(uit.bladen[1]).toEqual({ naam: "Leeg", rijen: [] });
    for (const v of nep.syncVerslagen.slice(2)) expect(v.celEigenschappen).toBeLessThanOrEqual(16);
    expect(nep.syncs).toBe(2 + Math.ceil((3 + 4 + 60) / 8));
  });

  it("zet een gebruikt bereik dat niet in A1 begint op de echte rij en kolom", async () => {
    const wm = groteOfferte(20, 4, 2); // begint in C5
    const { uit, nep } = await lees(wm);
    expect(uit).toEqual(wm);
    expect(uit.bladen[0].rijen[4][2]).toEqual({ waarde: "ZZP VV 0" });
    expect(uit.bladen[0].rijen[3]).toBeUndefined(); // lege rij: een gat (ijl model)
    expect(3 in uit.bladen[0].rijen).toBe(false);
    expect(nep.syncVerslagen[2].celEigenschappen).toBe(20 * 14 * 2); // alleen het gebruikte bereik gelezen
  });

  it("probeert het in kleinere delen opnieuw als Excel het antwoord te groot vindt", async () => {
    const wm = groteOfferte(2_000);
    const { uit, nep } = await lees(wm, {}, { maxAntwoordBytes: 400_000 });
    expect(uit).toEqual(wm);
    expect(nep.syncs).toBeGreaterThan(3);
    const laatste = nep.syncVerslagen.slice(-1)[0];
    expect(laatste.bytes).toBeLessThanOrEqual(400_000);
  });

  it("meldt voortgang oplopend tot 1", async () => {
    const fracties: number[] = [];
    await lees(groteOfferte(500), { maxCellenPerSync: 1_000, onVoortgang: (f) => fracties.push(f) });
    expect(fracties.length).toBeGreaterThan(3);
    expect(fracties.every((f, i) => i === 0 || f >= fracties[i - 1])).toBe(true);
    expect(fracties[fracties.length - 1]).toBe(1);
  });

  it("weigert een werkmap met meer cellen dan de grens", async () => {
    await expect(lees(groteOfferte(100), { maxCellenTotaal: 1_000 })).rejects.toThrow(WerkmapFout);
    await expect(lees(groteOfferte(100), { maxCellenTotaal: 1_000 })).rejects.toThrow(/te groot om te controleren \(1\.400 cellen.*bereik is Offerte!A1:N100;/);
    // één verdwaalde waarde ver weg: de melding wijst het bereik aan, en er wordt niets gelezen
    const verdwaald = maakWerkmap({ Blad1: [[1]] });
    verdwaald.bladen[0].rijen[1_048_575] = [];
    verdwaald.bladen[0].rijen[1_048_575][16_383] = { waarde: "x" };
    const nep = maakNepExcel(verdwaald);
    await expect(leesWerkmapUitExcel(nep.context as unknown as Excel.RequestContext)).rejects.toThrow(/Blad1!A1:XFD1048576/);
    expect(nep.syncs).toBe(2);
  });

  it("neemt getalnotaties op verzoek mee", async () => {
    const wm = maakWerkmap({ Blad1: [[{ waarde: 45931, notatie: "dd-mm-yyyy" }, 3]] });
    const { uit } = await lees(wm, { metNotatie: true });
    expect(uit).toEqual(wm);
    const zonder = await lees(wm);
    expect(zonder.uit.bladen[0].rijen[0][0]).toEqual({ waarde: 45931 });
  });
});

describe("naarCel (office-js -> Cel)", () => {
  it("een tekstconstante die met = begint is tekst, geen formule (values en formulas zijn dan gelijk)", () => {
    expect(naarCel("=WLZ.TARIEF(A1,B2)", "=WLZ.TARIEF(A1,B2)")).toEqual({ waarde: "=WLZ.TARIEF(A1,B2)" });
    expect(naarCel("=1+1", "=1+1")).toEqual({ waarde: "=1+1" });
    // een echte formule met een tekstuitkomst blijft een formule
    expect(naarCel("ja", '=IF(A1>0,"ja","nee")')).toEqual({ waarde: "ja", formule: 'IF(A1>0,"ja","nee")' });
  });

  it("herkent formules, fouten en lege cellen", () => {
    expect(naarCel(143.49, "=WLZ.TARIEF(A1,B2)")).toEqual({ waarde: 143.49, formule: "WLZ.TARIEF(A1,B2)" });
    expect(naarCel("#N/A", "=WLZ.TARIEF(A1,B2)")).toEqual({ waarde: { fout: "#N/A" }, formule: "WLZ.TARIEF(A1,B2)" });
    expect(naarCel("#DIV/0!", "#DIV/0!")).toEqual({ waarde: { fout: "#DIV/0!" } });
    expect(naarCel("", "")).toBeUndefined();
    expect(naarCel(null, null)).toBeUndefined();
    expect(naarCel("", '=IF(A1,"","x")')).toEqual({ waarde: "", formule: 'IF(A1,"","x")' });
    expect(naarCel(12, 12)).toEqual({ waarde: 12 });
    expect(naarCel("=geen formule", "'=geen formule")).toEqual({ waarde: "=geen formule" });
    expect(naarCel("#hashtag", "#hashtag")).toEqual({ waarde: "#hashtag" });
    expect(naarCel(false, "=A1=1")).toEqual({ waarde: false, formule: "A1=1" });
  });
});

describe("a 1904 workbook (Mac) in the task pane", () => {
  const corpus = (f: string) => join(__dirname, "..", "corpus", "bestanden", f);

  it("calamine's date_1904.xlsx: Excel hands out 1904 serials, the pane's snapshot has the same 1900 dates as the file reader", async () => {
    const bestand = await leesXlsx(corpus("calamine-date_1904.xlsx"), { metNotatie: true });
    expect(bestand.datumstelsel).toBe(1904);
    const { uit, nep } = await lees(bestand);
    expect(uit.datumstelsel).toBe(1904);
    const waarden = (wm: Werkmap) => wm.bladen.map((b) => b.rijen.map((r) => r?.map((c) => c?.waarde)));
    expect(waarden(uit)).toEqual(waarden(bestand));
    // the date system is asked in the first sync, with the sheet names: no extra round trip
    const { nep: nep1900 } = await lees({ bladen: bestand.bladen });
    expect(nep.context.syncs).toBe(nep1900.context.syncs);
  });

  it("the checker in the pane reads a 1904 inschrijfdatum as the date it shows: the same findings as from the file", async () => {
    const b = new BladBouwer("Offerte");
    b.zet(0, 0, { waarde: "Regelset" });
    b.zet(0, 1, { waarde: "CZ-VV-2021" });
    b.zet(1, 0, { waarde: "Inschrijfdatum" });
    // 03-08-2020 10:00, a day after the deadline, as a 1900 serial in the snapshot
    b.zet(1, 1, { waarde: 44046.416666666664, notatie: "dd-mm-yyyy hh:mm" });
    const wm: Werkmap = { bladen: [b.bouw()], datumstelsel: 1904 };
    const { uit } = await lees(wm);
    expect(uit.bladen[0].rijen[1]?.[1]?.waarde).toBeCloseTo(44046.416666666664, 8);
    const bevindingen = (w: Werkmap) => controleerWerkmap(w).bevindingen.map((f) => `${f.cell} ${f.code}`);
    expect(bevindingen(uit)).toContain("B2 WLZ-DAT-001");
    expect(bevindingen(uit)).toEqual(bevindingen(wm));
    // a 1900 workbook is read as it is
    const { uit: gewoon } = await lees({ bladen: wm.bladen });
    expect(gewoon.datumstelsel).toBeUndefined();
    expect(gewoon.bladen[0].rijen[1]?.[1]?.waarde).toBeCloseTo(44046.416666666664, 8);
  });
});
