import { describe, expect, it } from "vitest";
import { controleerWerkmap } from "../../src/workbook/controle";
import { leesDatum, leesOfferte } from "../../src/workbook/offerte";
import { maakWerkmap } from "../../src/workbook/snapshot";
import { codes, goedeRij, KOLOMMEN, offerteBlad } from "./hulp";

describe("layout does not matter", () => {
  it("moved blocks: header block at D8, table at C30", () => {
    const rijen: unknown[][] = [];
    const zet = (r: number, c: number, w: unknown) => {
      while (rijen.length <= r) rijen.push([]);
      rijen[r][c] = w;
    };
    zet(7, 3, "Regelset");
    zet(7, 4, "CZ-VV-2021");
    zet(8, 3, "PLAN OPSLAG:");
    zet(8, 4, "Ja");
    KOLOMMEN.forEach((k, i) => zet(29, 2 + i, k));
    goedeRij().forEach((w, i) => zet(30, 2 + i, w));
    const r = controleerWerkmap(maakWerkmap({ Blad: rijen as never }));
    expect(r.regelset).toBe("CZ-VV-2021");
    expect(codes(r)).toEqual([]);
  });

  it("reordered columns with an extra column, labels in other case and spacing", () => {
    const volgorde = [...KOLOMMEN].reverse();
    const rij = goedeRij();
    const kop = volgorde.map((k) => k.toUpperCase().replace(" ", "  "));
    const r = controleerWerkmap(maakWerkmap({
      Offerte: [["regelset", "CZ-VV-2021"], ["Plan opslag", "ja"], [], ["Opmerking", ...kop], ["iets", ...volgorde.map((k) => rij[KOLOMMEN.indexOf(k)])]],
    }));
    expect(codes(r)).toEqual([]);
    // and a real mistake is still found in the right column
    const fout = [...rij];
    fout[KOLOMMEN.indexOf("Tariefpercentage")] = 0.97;
    const r2 = controleerWerkmap(maakWerkmap({
      Offerte: [["regelset", "CZ-VV-2021"], ["Plan opslag", "ja"], [], ["Opmerking", ...kop], ["iets", ...volgorde.map((k) => fout[KOLOMMEN.indexOf(k)])]],
    }));
    const tar = r2.bevindingen.find((b) => b.code === "WLZ-TAR-001")!;
    expect(tar.cell).toBe(`${String.fromCharCode(65 + 1 + volgorde.indexOf("Tariefpercentage"))}5`);
  });

  it("header block and table on different, renamed sheets, with extra sheets", () => {
    const wm = maakWerkmap([
      ["Toelichting", [["Lees mij"], ["Tarief", "is geen kopveld"]]],
      ["Gegevens 2021", [["Regelset", "CZ-VV-2021"], ["Plan opslag", "ja"]]],
      ["Tabel", [KOLOMMEN, goedeRij(), goedeRij({ Prestatie: "ZZP VV 5" })]],
      ["Leeg", []],
    ]);
    const o = leesOfferte(wm);
    expect(o.kop.regelset?.plek.blad).toBe(1);
    expect(o.prestatietabellen).toHaveLength(1);
    expect(o.prestatietabellen[0]).toMatchObject({ blad: 2, kopRij: 0, rijen: [1, 2], ontbrekend: [] });
    expect(codes(controleerWerkmap(wm))).toEqual([]);
  });

  it("spec §4: an empty row inside the table is skipped with WLZ-OFF-008 and the rows below it are checked too", () => {
    const blad = offerteBlad({ rijen: [goedeRij(), [], goedeRij({ Tariefpercentage: 0.99 })] });
    const r = controleerWerkmap(maakWerkmap({ Offerte: blad }));
    expect(codes(r)).toEqual(["WLZ-OFF-008", "WLZ-TAR-001"]);
    expect(r.bevindingen[0]).toMatchObject({ severity: "waarschuwing", cell: "A8" });
    expect(r.bevindingen[1]).toMatchObject({ cell: "G9" });
    const t = leesOfferte(maakWerkmap({ Offerte: blad })).prestatietabellen[0];
    expect(t.rijen).toEqual([6, 8]);
    expect(t.overgeslagen).toEqual([{ r: 7, reden: "leeg" }]);
    expect(r.gecontroleerd).toEqual({ prestatieregels: 2, crisisregels: 0, overgeslagen: 1 });
  });

  it("empty rows after the last data row end the table silently", () => {
    const blad = offerteBlad({ rijen: [goedeRij(), [], []] });
    const r = controleerWerkmap(maakWerkmap({ Offerte: blad }));
    expect(codes(r)).toEqual([]);
    expect(r.gecontroleerd).toEqual({ prestatieregels: 1, crisisregels: 0, overgeslagen: 0 });
  });

  it("a row of formulas that give \"\" counts as empty (template rows)", () => {
    const leeg = KOLOMMEN.map(() => ({ formule: 'IF(B8="","",1)', waarde: "" }));
    const o = leesOfferte(maakWerkmap({ Offerte: offerteBlad({ rijen: [goedeRij(), leeg, goedeRij()] }) }));
    expect(o.prestatietabellen[0].rijen).toEqual([6, 8]);
    expect(o.prestatietabellen[0].overgeslagen).toEqual([{ r: 7, reden: "leeg" }]);
    const onder = leesOfferte(maakWerkmap({ Offerte: offerteBlad({ rijen: [goedeRij(), leeg, leeg] }) }));
    expect(onder.prestatietabellen[0].rijen).toEqual([6]);
    expect(onder.prestatietabellen[0].overgeslagen).toEqual([]);
  });

  it("several prestatie tables on several sheets are all checked", () => {
    const wm = maakWerkmap([
      ["A", offerteBlad()],
      ["B", [KOLOMMEN, goedeRij({ Tariefpercentage: 0.97 })]],
    ]);
    const r = controleerWerkmap(wm);
    expect(r.bevindingen.find((b) => b.code === "WLZ-TAR-001")).toMatchObject({ sheet: "B", cell: "G2" });
  });
});

describe("leesDatum", () => {
  const d = (w: unknown) => leesDatum(w === null ? undefined : { waarde: w as never });
  it("reads serials as wall clock and Dutch/ISO texts", () => {
    expect(d(44043.75)).toBe("2020-07-31T18:00");
    expect(d("31-07-2020 17:00")).toBe("2020-07-31T17:00");
    expect(d("31/7/2020")).toBe("2020-07-31T00:00");
    expect(d("2020-07-31T17:00")).toBe("2020-07-31T17:00");
    expect(d("31 juli 2020 17.00")).toBe("2020-07-31T17:00");
    expect(d(null)).toBeNull();
  });
  it("rejects non-dates", () => {
    expect(d("31-02-2020")).toBeUndefined();
    expect(d("morgen")).toBeUndefined();
    expect(d(true)).toBeUndefined();
    expect(d({ fout: "#N/A" })).toBeUndefined();
  });
});
