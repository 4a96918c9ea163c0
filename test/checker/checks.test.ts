import { describe, expect, it } from "vitest";
import { controleerWerkmap } from "../../src/workbook/controle";
import { maakWerkmap } from "../../src/workbook/snapshot";
import { codes, controleer, goedeRij, KOLOMMEN, metCode, STANDAARDKOP, werkmap } from "./hulp";

describe("a clean offerte", () => {
  it("has no findings at all", () => {
    const r = controleer();
    expect(r.regelset).toBe("CZ-VV-2021");
    expect(r.bevindingen).toEqual([]);
    expect(r.samenvatting).toEqual({ fout: 0, waarschuwing: 0, info: 0 });
  });
});

describe("WLZ-OFF-001", () => {
  it("no Regelset label", () => {
    const r = controleer({ kop: [["Zorgaanbieder", "X"]] });
    expect(codes(r)).toEqual(["WLZ-OFF-001"]);
    expect(r.regelset).toBeNull();
    expect(r.bevindingen[0]).toMatchObject({ severity: "fout", sheet: "Offerte", cell: "A1" });
  });
  it("unknown rule set, at the value cell", () => {
    const r = controleer({ kop: [["Regelset", "CZ-VV-2099"]] });
    expect(metCode(r, "WLZ-OFF-001")[0]).toMatchObject({ cell: "B1" });
    expect(metCode(r, "WLZ-OFF-001")[0].message).toContain("CZ-VV-2099");
  });
  it("empty Regelset value", () => {
    expect(codes(controleer({ kop: [["Regelset", null]] }))).toContain("WLZ-OFF-001");
  });
  it("case-insensitive id is fine", () => {
    expect(codes(controleer({ kop: [["regelset", "cz-vv-2021"], ["Plan opslag", "ja"]] }))).toEqual([]);
  });
});

describe("WLZ-OFF-002", () => {
  it("names the missing column", () => {
    const kolommen = KOLOMMEN.filter((k) => k !== "NZa NIC");
    const rij = goedeRij();
    rij.splice(KOLOMMEN.indexOf("NZa NIC"), 1);
    const r = controleer({ kolommen, rijen: [rij] });
    const f = metCode(r, "WLZ-OFF-002");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('"NZa NIC"');
  });
  it("optional columns may be absent", () => {
    const weg = ["Onderdeel", "Herschikte afspraak vorig jaar", "Initieel volume"];
    const kolommen = KOLOMMEN.filter((k) => !weg.includes(k));
    const rij = goedeRij().filter((_, i) => !weg.includes(KOLOMMEN[i]));
    expect(codes(controleer({ kolommen, rijen: [rij] }))).toEqual([]);
  });
});

describe("WLZ-OFF-003", () => {
  it("text in a number column", () => {
    const r = controleer({ rijen: [goedeRij({ Volume: "tien" })] });
    expect(metCode(r, "WLZ-OFF-003")[0]).toMatchObject({ cell: "I7", severity: "fout" });
  });
  it("an error value", () => {
    const r = controleer({ rijen: [goedeRij({ "NZa zorg": { fout: "#DIV/0!" } })] });
    // Dutch Excel shows #DEEL/0! in the cell: the message uses that name
    expect(metCode(r, "WLZ-OFF-003")[0].message).toContain("#DEEL/0!");
  });
  it("unknown leveringsvorm", () => {
    const r = controleer({ rijen: [goedeRij({ Leveringsvorm: "ZZQ" })] });
    expect(metCode(r, "WLZ-OFF-003")[0]).toMatchObject({ cell: "B7" });
  });
  it("an unreadable profile value, at its cell", () => {
    const r = controleer({ kop: [...STANDAARDKOP.slice(0, 3), ["Plan opslag", "misschien"]] });
    expect(metCode(r, "WLZ-OFF-003")[0]).toMatchObject({ cell: "B4" });
    expect(metCode(r, "WLZ-OFF-003")[0].message).toContain("Plan opslag");
  });
  it("spec §5: a number stored as text is WLZ-OFF-003 with the number it seems to mean, and no second finding", () => {
    const r = controleer({ rijen: [goedeRij({ Tarief: "169,29", Tariefpercentage: "96%" })] });
    expect(codes(r)).toEqual(["WLZ-OFF-003", "WLZ-OFF-003"]);
    expect(r.bevindingen[0]).toMatchObject({ cell: "G7" });
    expect(r.bevindingen[0].message).toContain("lijkt 96% te betekenen");
    expect(r.bevindingen[1]).toMatchObject({ cell: "H7" });
    expect(r.bevindingen[1].message).toContain("lijkt 169,29 te betekenen");
    expect(r.bevindingen[1].message).toContain("getal opgeslagen als tekst");
  });
});

describe("WLZ-TAR-001 / 004", () => {
  it("97% for CZ-VV-2021 is above the 96% maximum", () => {
    const r = controleer({ rijen: [goedeRij({ Tariefpercentage: 0.97 })] });
    const f = metCode(r, "WLZ-TAR-001");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: "G7", severity: "fout" });
    expect(f[0].message).toContain("96%");
    expect(f[0].source).toContain("CZ-VV-2021");
  });
  it("without plan opslag 96% is too high (94%)", () => {
    const r = controleer({ kop: STANDAARDKOP.slice(0, 3) });
    expect(codes(r)).toContain("WLZ-TAR-001");
  });
  it("93% is lower than the rule set gives: a warning", () => {
    const r = controleer({ rijen: [goedeRij({ Tariefpercentage: 0.93, Tarief: 164.78, Omzet: 1647.8 })] });
    expect(metCode(r, "WLZ-TAR-004")[0]).toMatchObject({ severity: "waarschuwing", cell: "G7" });
    expect(codes(r)).not.toContain("WLZ-TAR-001");
  });
});

describe("WLZ-TAR-002 / 003", () => {
  it("a tarief off by more than 0,005", () => {
    const r = controleer({ rijen: [goedeRij({ Tarief: 169.3, Omzet: 1693 })] });
    expect(metCode(r, "WLZ-TAR-002")[0]).toMatchObject({ cell: "H7" });
    expect(metCode(r, "WLZ-TAR-002")[0].message).toContain("€ 169,29");
  });
  it("within 0,005 is fine", () => {
    expect(codes(controleer({ rijen: [goedeRij({ Tarief: 169.294, Omzet: 1692.94 })] }))).toEqual([]);
  });
  it("NHC/NIC at the offerte percentage instead of 100%", () => {
    // 0,96 x (150,25 + 25,05) = 168,288 -> 168,29
    const r = controleer({ rijen: [goedeRij({ Tarief: 168.29, Omzet: 1682.9 })] });
    expect(codes(r)).toEqual(["WLZ-TAR-003"]);
    expect(r.bevindingen[0].source).toContain("CZ21-T4");
  });
  it("without NHC/NIC a wrong tarief is TAR-002, never TAR-003", () => {
    const r = controleer({ rijen: [goedeRij({ "NZa NHC": 0, "NZa NIC": 0, Tarief: 150, Omzet: 1500 })] });
    expect(codes(r)).toEqual(["WLZ-TAR-002"]);
  });
});

describe("WLZ-OMZ-001", () => {
  it("omzet is not tarief x volume", () => {
    const r = controleer({ rijen: [goedeRij({ Omzet: 1693 })] });
    expect(codes(r)).toEqual(["WLZ-OMZ-001"]);
  });
  it("0,01 tolerance", () => {
    expect(codes(controleer({ rijen: [goedeRij({ Omzet: 1692.91 })] }))).toEqual([]);
  });
});

describe("WLZ-VOL-001 / 002", () => {
  it("initial volume above 95% of the herschikte afspraak", () => {
    const r = controleer({ rijen: [goedeRij({ "Initieel volume": 96 })] });
    expect(codes(r)).toEqual(["WLZ-VOL-001"]);
    expect(r.bevindingen[0].source).toContain("CZ21-V2");
  });
  it("MPT has 90%", () => {
    expect(codes(controleer({ rijen: [goedeRij({ Leveringsvorm: "MPT", "Initieel volume": 91 })] }))).toEqual(["WLZ-VOL-001"]);
    expect(codes(controleer({ rijen: [goedeRij({ Leveringsvorm: "MPT", "Initieel volume": 90 })] }))).toEqual([]);
  });
  it("a leveringsvorm without a percentage", () => {
    const r = controleer({ rijen: [goedeRij({ Leveringsvorm: "MEERZORG" })] });
    expect(codes(r)).toEqual(["WLZ-VOL-002"]);
    expect(r.bevindingen[0].severity).toBe("waarschuwing");
  });
  it("an initial volume without herschikte afspraak asks for it", () => {
    expect(codes(controleer({ rijen: [goedeRij({ "Herschikte afspraak vorig jaar": null })] }))).toEqual(["WLZ-OFF-005"]);
  });
});

describe("crisis table", () => {
  it("WLZ-CRI-001: more days than 365 x bedden", () => {
    const r = controleer({ crisis: [["Z110", 2, 600, 200, 730]] });
    expect(codes(r)).toContain("WLZ-CRI-001");
    expect(codes(r)).not.toContain("WLZ-CRI-002");
  });
  it("WLZ-CRI-002: vergoede dagen and vergoeding differ", () => {
    // 100 bezet, 200 onbezet: more than 50% empty -> 100 + 100 = 200 days; x 300 = 60.000
    const r = controleer({ crisis: [["Z490", 1, 100, 200, 300, 300, null, 90000]] });
    const f = metCode(r, "WLZ-CRI-002");
    expect(f.map((b) => b.cell)).toEqual(["E10", "H10"]);
    expect(f[0].message).toContain("200");
  });
  it("correct crisis rows pass (ambiguity info only)", () => {
    const r = controleer({ crisis: [["Z490", 1, 100, 200, 200, 300, null, 60000], ["Z110", 1, 300, 50, 350]] });
    expect(r.samenvatting.fout).toBe(0);
    expect(new Set(codes(r))).toEqual(new Set(["WLZ-AMB-001"]));
  });
  it("WLZ-CRI-003: not a listed crisis prestatie", () => {
    const r = controleer({ crisis: [["Z999", 1, 300, 10, 310]] });
    expect(metCode(r, "WLZ-CRI-003")[0]).toMatchObject({ cell: "A10" });
  });
  it("a rule set without a crisis rule: one clear finding, no crash", () => {
    const r = controleer({ kop: [["Regelset", "LANDELIJK-2021"], ["Plan opslag", "ja"]], crisis: [["Z110", 1, 300, 10, 310], ["Z110", 1, 300, 10, 310]] });
    expect(metCode(r, "WLZ-OFF-005")).toHaveLength(1);
  });
});

describe("WLZ-AAN-001", () => {
  const kop = (o: number) => [...STANDAARDKOP, ["Verwachte gecontracteerde zorg", 900000], ["Waarvan onderaanneming", o]] as [string, number | string][];
  it("more than 1/3", () => {
    const r = controleer({ kop: kop(300001) });
    expect(metCode(r, "WLZ-AAN-001")[0]).toMatchObject({ cell: "B6", severity: "fout" });
  });
  it("exactly 1/3 is allowed", () => {
    expect(codes(controleer({ kop: kop(300000) }))).toEqual([]);
  });
  it("one of the two fields empty asks for it", () => {
    expect(codes(controleer({ kop: [...STANDAARDKOP, ["Waarvan onderaanneming", 5]] }))).toEqual(["WLZ-OFF-005"]);
  });
});

describe("dates", () => {
  const met = (label: string, w: unknown) => controleer({ kop: [...STANDAARDKOP.filter(([l]) => l !== label), [label, w as string]] });
  it("WLZ-DAT-001: one minute after 17:00 on 31 July 2020 is late", () => {
    expect(codes(met("Inschrijfdatum", "31-07-2020 17:01"))).toEqual(["WLZ-DAT-001"]);
    expect(codes(met("Inschrijfdatum", "31-07-2020 17:00"))).toEqual([]);
  });
  it("an Excel serial (wall clock)", () => {
    // 44043 = 2020-07-31; + 17:01
    expect(codes(met("Inschrijfdatum", 44043 + (17 * 60 + 1) / 1440))).toEqual(["WLZ-DAT-001"]);
    expect(codes(met("Inschrijfdatum", 44043.5))).toEqual([]);
  });
  it("WLZ-DAT-004: an inschrijfdatum outside the year before or of the purchasing year is a warning naming the rule set's year", () => {
    const r = met("Inschrijfdatum", "15-03-2019");
    expect(codes(r)).toEqual(["WLZ-DAT-004"]);
    const f = r.bevindingen.find((b) => b.code === "WLZ-DAT-004")!;
    expect(f.severity).toBe("waarschuwing");
    expect(f.message).toContain("inkoopjaar 2021");
    expect(f.source).not.toMatch(/\.txt|\(L[0-9]/);
    expect(codes(met("Inschrijfdatum", "15-03-2020"))).toEqual([]);
    expect(codes(met("Inschrijfdatum", "15-03-2021"))).toEqual(["WLZ-DAT-001"]); // late, but in the purchasing year itself
    expect(codes(met("Inschrijfdatum", "02-01-2022"))).toEqual(["WLZ-DAT-001", "WLZ-DAT-004"]);
  });
  it("an unreadable date is WLZ-OFF-003", () => {
    expect(codes(met("Inschrijfdatum", "eind juli"))).toEqual(["WLZ-OFF-003"]);
  });
  it("WLZ-DAT-002: KvK extract older than six months (national 2021)", () => {
    const kop: [string, string][] = [["Regelset", "LANDELIJK-2021"], ["Plan opslag", "ja"], ["Inschrijfdatum", "2020-07-30"], ["Datum KvK-uittreksel", "2020-01-15"]];
    const rijen = [goedeRij({ "Initieel volume": null })];
    expect(codes(controleer({ kop, rijen }))).toEqual(["WLZ-DAT-002"]);
    kop[3][1] = "2020-02-15";
    expect(codes(controleer({ kop, rijen }))).toEqual([]);
  });
  it("WLZ-DAT-003: CZ 2021 VOG not before 1 January 2020", () => {
    expect(codes(met("Datum VOG", "31-12-2019"))).toEqual(["WLZ-DAT-003"]);
    expect(codes(met("Datum VOG", "01-01-2020"))).toEqual([]);
  });
});

describe("WLZ-AMB-001 and WLZ-OFF-005", () => {
  it("one info finding per ambiguity and cell, naming the default and the source", () => {
    const r = controleer({
      kop: [["Regelset", "DSW-VV-2024"], ["Tariefpercentage vorig jaar", 0.96], ["Monitor", "verhoging"]],
      rijen: [goedeRij({ Tariefpercentage: 0.97, Tarief: 170.79, Omzet: 1707.9 }), goedeRij({ Tariefpercentage: 0.97, Tarief: 170.79, Omzet: 1707.9 })],
    });
    expect(r.samenvatting.fout).toBe(0);
    const amb = metCode(r, "WLZ-AMB-001");
    expect(amb.map((b) => b.cell)).toEqual(["G6", "G6", "G7", "G7"]);
    expect(amb[0].message).toContain("AMB-NHCNIC");
    expect(amb[0].message).toContain("standaard");
    expect(amb[0].source).toContain("Tabel thema’s in contractering langdurige zorg 2024-2026");
    expect(amb[0].source).not.toContain("003_950f96c2051c1ab7.txt");
    expect(amb[0].bron).toMatchObject({ titel: "Tabel thema’s in contractering langdurige zorg 2024-2026", bestand: "003_950f96c2051c1ab7.txt" });
  });
  it("missing Richttarief for CZ-GZ-2026 is a clear warning, once, not a crash", () => {
    const r = controleer({ kop: [["Regelset", "CZ-GZ-2026"]], rijen: [goedeRij(), goedeRij(), goedeRij()] });
    const f = metCode(r, "WLZ-OFF-005");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("Richttarief");
    expect(f[0].source).toContain("CZ26-T2");
    expect(r.samenvatting.fout).toBe(0);
  });
  it("with the Richttarief in the profile the rows are checked", () => {
    // 0,978 x 150,25 + 25,05 = 171,9945 -> 171,99
    const r = controleer({ kop: [["Regelset", "CZ-GZ-2026"], ["Richttarief", "97,8%"]], rijen: [goedeRij({ Tariefpercentage: 0.978, Tarief: 171.99, Omzet: 1719.9 })] });
    expect(r.samenvatting).toEqual({ fout: 0, waarschuwing: 0, info: 1 }); // AMB-CZ26-VOLGORDE on the initial volume
  });
});

describe("WLZ-OFF-004", () => {
  it("--regelset overrides the workbook's own (info)", () => {
    const r = controleer({}, "LANDELIJK-2021");
    expect(r.regelset).toBe("LANDELIJK-2021");
    expect(metCode(r, "WLZ-OFF-004")[0]).toMatchObject({ severity: "info", cell: "B1" });
    // the national rule set gives no initial volume percentages
    expect(codes(r)).toContain("WLZ-VOL-002");
  });
  it("no info when they agree", () => {
    expect(codes(controleer({}, "cz-vv-2021"))).toEqual([]);
  });
});

describe("order and progress", () => {
  it("sorted by sheet order, row, column", () => {
    const wm = maakWerkmap([
      ["Eerste", [["x"], [null, null, "Prestatie", "Leveringsvorm", "NZa zorg"]]],
      ["Tweede", [["Regelset", "CZ-VV-2021"]]],
    ]);
    const r = controleerWerkmap(wm);
    const posities = r.bevindingen.map((b) => `${b.sheet}!${b.cell}`);
    expect(posities[0].startsWith("Eerste!")).toBe(true);
    expect(r.bevindingen.length).toBeGreaterThan(3);
  });
  it("reports progress from 0 to 1", () => {
    const stappen: number[] = [];
    controleerWerkmap(werkmap(), { onVoortgang: (f) => stappen.push(f) });
    expect(stappen.at(-1)).toBe(1);
    expect([...stappen].sort((a, b) => a - b)).toEqual(stappen);
  });
});

describe("further checks", () => {
  it("a percentage typed as 96 instead of 96% is unreadable, not 9600%", () => {
    const r = controleer({ rijen: [goedeRij({ Tariefpercentage: 96 })] });
    expect(codes(r)).toEqual(["WLZ-OFF-003"]);
    expect(r.bevindingen[0].message).toContain("meer dan 100%");
  });
  it("WLZ-OFF-007: a header label twice with different values; the first one counts", () => {
    const wm = maakWerkmap([
      ["Eerste", [["Regelset", "CZ-VV-2021"], ["Plan opslag", "ja"]]],
      ["Tweede", [["Regelset", "LANDELIJK-2021"], ["plan opslag", "JA"], ["Regelset ", "cz-vv-2021"], [], KOLOMMEN, goedeRij()]],
    ]);
    const r = controleerWerkmap(wm);
    expect(r.regelset).toBe("CZ-VV-2021");
    expect(codes(r)).toEqual(["WLZ-OFF-007"]);
    expect(r.bevindingen[0]).toMatchObject({ sheet: "Tweede", cell: "B1", severity: "waarschuwing" });
    expect(r.bevindingen[0].message).toContain("'Eerste'!B1");
  });
});

describe("WLZ-CAT-001", () => {
  const kop = (extra: [string, string][]) => [["Regelset", "CZ-GZ-2026"], ["Richttarief", "97,8%"], ...extra] as [string, string][];
  const rij = [goedeRij({ Tariefpercentage: 0.978, Tarief: 171.99, Omzet: 1719.9, "Initieel volume": null })];
  it("category in the profile does not fit the contract history", () => {
    const r = controleer({ kop: kop([["Categorie", "bestaand"], ["Contract met dit zorgkantoor", "nee"], ["Contract elders van", "01-03-2024"], ["Eerste declaratie", "01-03-2024"]]), rijen: rij });
    const f = metCode(r, "WLZ-CAT-001");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "fout", cell: "B3" });
    expect(f[0].message).toContain('"nieuw"');
    expect(f[0].source).toContain("CZ26-K");
    expect(metCode(r, "WLZ-AMB-001")[0].message).toContain("AMB-CATEGORIE-PEILJAAR");
  });
  it("fits: whole 2024 elsewhere and declaring from 1 January is bestaand-nieuw", () => {
    const r = controleer({ kop: kop([["Categorie", "bestaand-nieuw"], ["Contract met dit zorgkantoor", "nee"], ["Contract elders van", "01-01-2023"], ["Eerste declaratie", "01-01-2024"]]), rijen: [goedeRij({ Tariefpercentage: 0.978, Tarief: 171.99, Omzet: 1719.9, "Initieel volume": null })] });
    expect(codes(r)).not.toContain("WLZ-CAT-001");
    expect(r.samenvatting.fout).toBe(0);
  });
  it("without the history nothing is checked", () => {
    expect(codes(controleer({ kop: kop([["Categorie", "nieuw"]]), rijen: [] }))).not.toContain("WLZ-CAT-001");
  });
});

describe("repeated rows (the checks remember value combinations without findings)", () => {
  it("every row gets exactly the findings it gets on its own, in any mix of repeats", () => {
    const soorten = [
      goedeRij(),
      goedeRij({ Tarief: 170, Omzet: 1700 }), // TAR-002 and the omzet follows the tarief
      goedeRij({ Tariefpercentage: 0.97 }), // TAR-001
      goedeRij({ Leveringsvorm: "VPT" }), // same numbers, other leveringsvorm
      goedeRij({ Leveringsvorm: "MPT", "Initieel volume": 91 }), // VOL-001
      goedeRij({ Omzet: 1000 }), // OMZ-001
      goedeRij({ "NZa zorg": null }), // OFF-005
      goedeRij({ Onderdeel: "dagbesteding" }),
    ];
    const volgorde = [0, 1, 0, 2, 3, 0, 3, 4, 1, 4, 5, 0, 5, 6, 6, 7, 0, 7, 2, 1];
    const eerste = STANDAARDKOP.length + 2; // 0-based row of the first data row
    const eigen = (r: ReturnType<typeof controleer>, rij: number) =>
      r.bevindingen.filter((b) => Number(/\d+$/.exec(b.cell)![0]) === rij + 1).map((b) => `${b.code} ${b.cell.replace(/\d+$/, "")} ${b.message}`);
    const los = soorten.map((rij) => eigen(controleer({ rijen: [rij] }), eerste));
    const samen = controleer({ rijen: volgorde.map((i) => soorten[i]) });
    volgorde.forEach((i, k) => expect(eigen(samen, eerste + k), `rij ${k + 1} (soort ${i})`).toEqual(los[i]));
    // The mix is not trivially clean: most kinds of row have findings of their own.
    expect(los.filter((l) => l.length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it("numbers that share a place in the row reader's table of recent numbers stay apart (10 and 1034, 0,96 and its neighbours)", () => {
    // integers 1024 apart land in the same slot: each row must still be read as its own number
    const rij = (volume: number, omzet = Math.round(169.29 * volume * 100) / 100) => goedeRij({ Volume: volume, Omzet: omzet });
    const rijen = [rij(10), rij(1034), rij(10), rij(1034), rij(2058), rij(10, 169.29 * 1034)];
    const r = controleer({ rijen });
    expect(codes(r)).toEqual(["WLZ-OMZ-001"]);
    expect(r.bevindingen[0].cell).toBe(`J${STANDAARDKOP.length + 3 + 5}`);
    expect(r.gecontroleerd.prestatieregels).toBe(6);
  });
});
