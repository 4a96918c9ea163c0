/**
 * Issue "a verdict users can trust": each workbook that used to pass silently now gets its finding, each
 * output says what it checked, and a look-alike that is right gets none. Spec §4 (tables), §5 (codes,
 * text numbers, one reading), §6 (gecontroleerd).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/wlz-check";
import { leesGetal } from "../../src/rules";
import { controleerWerkmap } from "../../src/workbook/controle";
import { maakWerkmap } from "../../src/workbook/snapshot";
import { leesXlsx } from "../../src/workbook/xlsx";
import { maakZip, minimaleXlsxOnderdelen, tijdelijkeMap } from "../workbook/xlsx-hulp";
import { codes, controleer, goedeRij, KOLOMMEN, metCode, offerteBlad, STANDAARDKOP } from "./hulp";

const CRISISKOP = ["Prestatie", "Afgesproken bedden", "Dagen bezet", "Dagen onbezet", "Vergoede dagen"];

describe("spec §4: a header row with a misspelt column is still the table", () => {
  it("Prestatiecode for Prestatie: WLZ-OFF-002 names what stands there, and a wrong 99% below it is still found", () => {
    const kolommen = KOLOMMEN.map((k) => (k === "Prestatie" ? "Prestatiecode" : k));
    const r = controleer({ kolommen, rijen: [goedeRij({ Tariefpercentage: 0.99 })] });
    expect(codes(r)).toEqual(["WLZ-OFF-002", "WLZ-TAR-001"]);
    expect(r.bevindingen[0]).toMatchObject({ severity: "fout", cell: "A6" });
    expect(r.bevindingen[0].message).toContain('"Prestatiecode", dat lijkt op "Prestatie"');
    expect(r.gecontroleerd.prestatieregels).toBe(1);
  });
  it("a misspelt Leveringsvorm: the rows are checked with the look-alike column", () => {
    const kolommen = KOLOMMEN.map((k) => (k === "Leveringsvorm" ? "Leveringvorm" : k));
    const r = controleer({ kolommen, rijen: [goedeRij(), goedeRij({ Tariefpercentage: 0.99 })] });
    expect(codes(r)).toEqual(["WLZ-OFF-002", "WLZ-TAR-001"]);
    expect(r.bevindingen[0].message).toContain('"Leveringvorm"');
  });
  it("a column that is really missing: WLZ-OFF-002, the checks that need it do not run and say so", () => {
    const kolommen = KOLOMMEN.filter((k) => k !== "Tarief");
    const rij = goedeRij().filter((_, i) => KOLOMMEN[i] !== "Tarief");
    const r = controleer({ kolommen, rijen: [rij] });
    expect(codes(r)).toEqual(["WLZ-OFF-002"]);
    expect(r.bevindingen[0].message).toContain('"Tarief"');
    expect(r.gecontroleerd.prestatieregels).toBe(1);
  });
  it("the correctly spelt table has no WLZ-OFF-002", () => {
    expect(codes(controleer())).toEqual([]);
  });
  it("a renamed crisis header (Crisisprestatie) with 800 days on 2 beds: WLZ-CRI-001", () => {
    const blad = offerteBlad();
    blad.push([], ["Crisisprestatie", ...CRISISKOP.slice(1)], ["Z110", 2, 400, 400, 600]);
    const r = controleerWerkmap(maakWerkmap({ Offerte: blad }));
    expect(codes(r)).toContain("WLZ-OFF-002");
    expect(codes(r)).toContain("WLZ-CRI-001");
    expect(r.gecontroleerd).toEqual({ prestatieregels: 1, crisisregels: 1, overgeslagen: 0 });
  });
  it("spec §5 WLZ-OFF-006: a Regelset without any prestatie table is a fout", () => {
    const r = controleerWerkmap(maakWerkmap({ Offerte: [["Regelset", "CZ-VV-2021"], ["Zorgaanbieder", "X"]] }));
    expect(codes(r)).toEqual(["WLZ-OFF-006"]);
    expect(r.bevindingen[0].severity).toBe("fout");
    expect(r.gecontroleerd.prestatieregels).toBe(0);
  });
});

describe("spec §4: the table runs to its last data row", () => {
  it("one empty separator row between ZZP and VPT rows: WLZ-OFF-008 and the VPT rows are checked", () => {
    const vpt = goedeRij({ Prestatie: "VPT VV 4", Leveringsvorm: "VPT", Tariefpercentage: 0.99 });
    const r = controleer({ rijen: [goedeRij(), goedeRij(), [], vpt, goedeRij({ Prestatie: "VPT VV 5", Leveringsvorm: "VPT" })] });
    expect(codes(r)).toEqual(["WLZ-OFF-008", "WLZ-TAR-001"]);
    expect(r.bevindingen[1].cell).toBe("G10");
    expect(r.gecontroleerd).toEqual({ prestatieregels: 4, crisisregels: 0, overgeslagen: 1 });
    expect(r.dekking.tabellen[0]).toMatchObject({ soort: "prestatie", blad: "Offerte", kopregel: 6, rijen: 4, overgeslagen: [{ rij: 9, reden: "leeg" }] });
  });
  it("a Totaal row under the table is skipped as a total, not checked as a prestatie", () => {
    const totaal: (string | number | null)[] = KOLOMMEN.map(() => null);
    totaal[0] = "Totaal";
    totaal[KOLOMMEN.indexOf("Omzet")] = 1692.9;
    const r = controleer({ rijen: [goedeRij(), totaal] });
    expect(codes(r)).toEqual([]);
    expect(r.dekking.tabellen[0].overgeslagen).toEqual([{ rij: 8, reden: "totaal" }]);
  });
  it("a header-block line under the table ends it", () => {
    const blad = offerteBlad();
    blad.push([], ["Regio", "Zuid"]);
    const r = controleerWerkmap(maakWerkmap({ Offerte: blad }));
    expect(codes(r)).toEqual([]);
    expect(r.gecontroleerd.prestatieregels).toBe(1);
  });
});

describe("spec §5 WLZ-OFF-009: required values of a row", () => {
  for (const kolom of ["Prestatie", "Leveringsvorm", "NZa zorg", "Tariefpercentage", "Tarief", "Volume", "Omzet"]) {
    it(`an empty ${kolom} is a fout naming the column`, () => {
      const r = controleer({ rijen: [goedeRij({ [kolom]: null })] });
      const f = metCode(r, "WLZ-OFF-009");
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: "fout", cell: `${String.fromCharCode(65 + KOLOMMEN.indexOf(kolom))}7` });
      expect(f[0].message).toContain(kolom);
      // no second fout that only repeats the empty cell's cause
      expect(r.samenvatting.fout).toBe(1);
    });
  }
  it("empty NZa NHC / NZa NIC and Onderdeel are allowed", () => {
    const r = controleer({ rijen: [goedeRij({ "NZa NHC": null, "NZa NIC": null, Onderdeel: null, Tarief: 144.24, Omzet: 1442.4 })] });
    expect(codes(r)).toEqual([]);
  });
  it("crisis rows: empty beds or days are WLZ-OFF-009", () => {
    const r = controleer({ crisis: [["Z110", 2, null, 10, 10]] });
    expect(metCode(r, "WLZ-OFF-009")).toHaveLength(1);
    expect(metCode(r, "WLZ-OFF-009")[0].message).toContain("Dagen bezet");
  });
});

describe("spec §5 WLZ-OFF-003: text and negative numbers", () => {
  it('"€ 245,85" as text in Tarief: getal opgeslagen als tekst, with the number it seems to mean', () => {
    const r = controleer({ rijen: [goedeRij({ Tarief: "€ 245,85" })] });
    expect(codes(r)).toEqual(["WLZ-OFF-003"]);
    expect(r.bevindingen[0].message).toContain("lijkt 245,85 te betekenen");
  });
  it('volume "1.000" reads two ways: refused with how to type it, never read as 1', () => {
    const r = controleer({ rijen: [goedeRij({ Volume: "1.000" })] });
    expect(codes(r)).toEqual(["WLZ-OFF-003"]);
    expect(r.bevindingen[0].message).toContain("op twee manieren te lezen: 1000 (punt of komma tussen de duizendtallen) of 1 (met decimalen)");
    expect(() => leesGetal("1.212", "nza_zorg")).toThrow(/nza_zorg: "1\.212" is op twee manieren te lezen: 1212 .* of 1,212 /);
    expect(() => leesGetal("1,212", "nza_zorg")).toThrow(/op twee manieren/);
    expect(leesGetal("1.212,37", "x").toString()).toBe("1212.37");
    expect(leesGetal("€ 1.212,37", "x").toString()).toBe("1212.37");
    expect(leesGetal("212,37", "x").toString()).toBe("212.37");
  });
  it("negative volume, omzet, beds or days are WLZ-OFF-003", () => {
    expect(codes(controleer({ rijen: [goedeRij({ Volume: -10, Omzet: -1692.9 })] }))).toEqual(["WLZ-OFF-003", "WLZ-OFF-003"]);
    const r = controleer({ crisis: [["Z110", -2, 10, 10, 20]] });
    expect(metCode(r, "WLZ-OFF-003")[0].message).toContain("negatief");
  });
  it("a percentage typed as 96 instead of 96% is refused, not read as 9600%", () => {
    const r = controleer({ rijen: [goedeRij({ Tariefpercentage: 96 })] });
    expect(codes(r)).toEqual(["WLZ-OFF-003"]);
    expect(r.bevindingen[0].message).toContain("meer dan 100%");
  });
  it("error values are named as Dutch Excel shows them", () => {
    const r = controleer({ rijen: [goedeRij({ Tarief: { fout: "#VALUE!" }, Volume: { fout: "#N/A" } })] });
    expect(r.bevindingen.map((b) => b.message).join(" ")).toMatch(/#WAARDE!.*#N\/B/);
  });
});

describe("spec §4: a formula without a stored result is never read as empty", () => {
  const { map, opruimen } = tijdelijkeMap();
  afterAll(opruimen);
  const s = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const n = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
  // openpyxl and many scripts write a formula with an empty value: no result stored
  const f = (ref: string, formule: string) => `<c r="${ref}"><f>${formule}</f><v></v></c>`;
  const kop = ["Prestatie", "Leveringsvorm", "Onderdeel", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet"];
  const letters = "ABCDEFGHIJ";
  function bestand(naam: string, rijen: string[][]): string {
    const xml = `<sheetData>${[
      `<row r="1">${s("A1", "Regelset")}${s("B1", "CZ-VV-2021")}</row>`,
      `<row r="2">${s("A2", "Plan opslag")}${s("B2", "ja")}</row>`,
      `<row r="4">${kop.map((k, i) => s(`${letters[i]}4`, k)).join("")}</row>`,
      ...rijen.map((cellen, i) => `<row r="${5 + i}">${cellen.join("")}</row>`),
    ].join("")}</sheetData>`;
    const pad = join(map, naam);
    writeFileSync(pad, maakZip(minimaleXlsxOnderdelen([{ naam: "Offerte", xml }])));
    return pad;
  }
  // 0,96 x 150,25 + 25,05 = 169,29; x 10 = 1692,9
  const rij = (r: number, tarief: string, omzet: string) => [
    s(`A${r}`, "ZZP VV 4"), s(`B${r}`, "ZZP"), s(`C${r}`, "zorg"), n(`D${r}`, 150.25), n(`E${r}`, 20.1), n(`F${r}`, 4.95), n(`G${r}`, 0.96),
    tarief, n(`I${r}`, 10), omzet,
  ];

  it("H5=ROUND(...)+10 and J6=H6*I6+5 are computed by the checker and caught", async () => {
    const pad = bestand("zonder-uitkomst.xlsx", [
      rij(5, f("H5", "ROUND(G5*D5+E5+F5,2)+10"), f("J5", "H5*I5")),
      rij(6, f("H6", "ROUND(G6*D6+E6+F6,2)"), f("J6", "H6*I6+5")),
    ]);
    const r = controleerWerkmap(await leesXlsx(pad));
    expect(r.bevindingen.map((b) => `${b.cell} ${b.code}`)).toEqual(["H5 WLZ-TAR-002", "J6 WLZ-OMZ-001"]);
    expect(r.bevindingen[0].message).toContain("€ 179,29");
  });
  it("the same formulas with the right arithmetic give no finding", async () => {
    const pad = bestand("zonder-uitkomst-goed.xlsx", [rij(5, f("H5", "ROUND(G5*D5+E5+F5,2)"), f("J5", "H5*I5")), rij(6, f("H6", "SUM(D6:F6)-D6+G6*D6"), f("J6", "H6*I6"))]);
    const r = controleerWerkmap(await leesXlsx(pad));
    expect(r.bevindingen).toEqual([]);
    expect(r.gecontroleerd.prestatieregels).toBe(2);
  });
  it("a WLZ.* formula without a result is evaluated with the add-in's own functions", async () => {
    const pad = bestand("wlz-zonder-uitkomst.xlsx", [rij(5, f("H5", '_xldudf_WLZ_TARIEF("CZ-VV-2021",B5,D5,E5,F5,$A$1:$B$2)+1'), f("J5", "H5*I5"))]);
    const r = controleerWerkmap(await leesXlsx(pad));
    expect(r.bevindingen.map((b) => `${b.cell} ${b.code}`)).toEqual(["H5 WLZ-TAR-002"]);
  });
  it("a formula the checker cannot compute: WLZ-FRM-002, and the checks that need it say they did not run", async () => {
    const pad = bestand("niet-te-berekenen.xlsx", [rij(5, f("H5", "VLOOKUP(A5,Tarieven!A:B,2,FALSE)"), n("J5", 1692.9))]);
    const r = controleerWerkmap(await leesXlsx(pad));
    expect(r.bevindingen.map((b) => `${b.cell} ${b.code}`)).toEqual(["H5 WLZ-FRM-002"]);
    expect(r.dekking.nietUitgevoerd.map((x) => x.controle).sort()).toEqual(["omzet", "tarief"]);
    expect(r.dekking.nietUitgevoerd[0].rijen).toEqual([5]);
  });
});

describe("spec §5: one reading of the profile for function and checker", () => {
  it('"Plan opslag:" with a colon is the label: 96% is accepted, 97% is not', () => {
    const kop: [string, string][] = [["Regelset", "CZ-VV-2021"], ["Plan opslag:", "ja"]];
    expect(codes(controleer({ kop }))).toEqual([]);
    expect(codes(controleer({ kop, rijen: [goedeRij({ Tariefpercentage: 0.97 })] }))).toEqual(["WLZ-TAR-001"]);
  });
  it('"Plan opslag" twice (ja, nee): a fout at the second, and no tariff verdict on a guess', () => {
    const r = controleer({ kop: [...STANDAARDKOP, ["Plan opslag", "nee"]] });
    expect(codes(r)).toEqual(["WLZ-OFF-003"]);
    expect(r.bevindingen[0]).toMatchObject({ cell: "B5" });
    expect(r.bevindingen[0].message).toContain("Plan opslag: staat twee keer in het profiel met verschillende waarden (ja en nee)");
    expect(r.dekking.nietUitgevoerd).toEqual([expect.objectContaining({ controle: "tarief", reden: "het aanbiedersprofiel is onleesbaar", aantal: 1 })]);
  });
});

describe("spec §6: every output says what was checked", () => {
  const { map, opruimen } = tijdelijkeMap();
  afterAll(opruimen);
  it("text ends each file with the rows checked; JSON has status and gecontroleerd", async () => {
    const uit: string[] = [];
    const wm = maakWerkmap({ Offerte: [...offerteBlad({ rijen: [goedeRij(), goedeRij()], crisis: [["Z110", 2, 100, 100, 200], ["Z490", 1, 100, 0, 100]] })] });
    const lees = async () => wm;
    const io = { stdout: (t: string) => uit.push(t), stderr: () => undefined, lees };
    expect(await main([join(map, "a.xlsx")], io)).toBe(0);
    expect(uit.join("")).toContain("Gecontroleerd: 2 prestatieregels en 2 crisisregels gecontroleerd");
    expect(uit.join("")).toContain('prestatietabel: werkblad "Offerte", kopregel 6, 2 rijen gecontroleerd');
    uit.length = 0;
    await main(["--format", "json", join(map, "a.xlsx")], io);
    const doc = JSON.parse(uit.join(""));
    expect(doc.files[0]).toMatchObject({ status: "gecontroleerd", gecontroleerd: { prestatieregels: 2, crisisregels: 2, overgeslagen: 0 } });
    expect(doc.totaal).toEqual({ bestanden: 1, met_fouten: 0, zonder_fouten: 1, onleesbaar: 0, geaccepteerd: 0 });
  });
  it("without a known rule set, the text says the rules were not applied", async () => {
    const uit: string[] = [];
    const wm = maakWerkmap({ Offerte: offerteBlad({ kop: [["Regelset", "CZ-VV-2099"]] }) });
    await main(["x.xlsx"], { stdout: (t) => uit.push(t), stderr: () => undefined, lees: async () => wm });
    expect(uit.join("")).toContain("de regels van de regelset niet");
  });
});
