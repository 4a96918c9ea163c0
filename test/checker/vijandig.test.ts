import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { controleerWerkmap } from "../../src/workbook/controle";
import { type Cel, maakWerkmap, type Werkmap } from "../../src/workbook/snapshot";
import { leesXlsx } from "../../src/workbook/xlsx";
import { codes, goedeRij, KOLOMMEN, STANDAARDKOP } from "./hulp";

describe("hostile or odd workbooks end with findings, never an exception", () => {
  it("a workbook without sheets", () => {
    const r = controleerWerkmap({ bladen: [] });
    expect(codes(r)).toEqual(["WLZ-OFF-001", "WLZ-OFF-006"]);
  });
  it("only empty sheets", () => {
    expect(codes(controleerWerkmap(maakWerkmap({ A: [], B: [[]] })))).toEqual(["WLZ-OFF-001", "WLZ-OFF-006"]);
  });
  it("error values everywhere", () => {
    const fout = { fout: "#REF!" };
    const wm = maakWerkmap({
      X: [["Regelset", fout], ["Plan opslag", fout], ["Inschrijfdatum", fout], [], KOLOMMEN, KOLOMMEN.map(() => fout), goedeRij({ Leveringsvorm: fout })],
    });
    const r = controleerWerkmap(wm);
    expect(codes(r)[0]).toBe("WLZ-OFF-001");
    expect(r.bevindingen[0].message).toContain("#VERW!");
    // with the rule set given from outside every error cell is reported as unreadable
    const r2 = controleerWerkmap(wm, { regelset: "CZ-VV-2021" });
    expect(r2.samenvatting.fout).toBeGreaterThan(3);
    expect(codes(r2).every((c) => ["WLZ-OFF-003", "WLZ-OFF-004"].includes(c))).toBe(true);
  });
  it("null cells after a JSON round trip (the task pane sends snapshots as JSON)", () => {
    const wm = JSON.parse(JSON.stringify(maakWerkmap({ X: [["Regelset", "CZ-VV-2021"], ["Plan opslag", "ja"], [null, null], KOLOMMEN, goedeRij()] }))) as Werkmap;
    expect(codes(controleerWerkmap(wm))).toEqual([]);
  });
  it("huge texts, numbers as labels, booleans", () => {
    const wm = maakWerkmap({ X: [["x".repeat(100_000), 1], [true, false], [1e308, -1e308], ...[[STANDAARDKOP[0][0], STANDAARDKOP[0][1]]], KOLOMMEN, goedeRij({ Volume: true })] });
    const r = controleerWerkmap(wm);
    expect(codes(r)).toContain("WLZ-OFF-003");
  });
  it("a hostile formula text is skipped, not evaluated", () => {
    const formule = `_xldudf_WLZ_TARIEF(${"(".repeat(5000)}1${")".repeat(5000)})`;
    const wm = maakWerkmap({ X: [["Regelset", "CZ-VV-2021"], [{ formule, waarde: 1 }], [{ formule: "_xldudf_WLZ_TARIEF(A1:XFD1048576)", waarde: 1 }]] });
    expect(() => controleerWerkmap(wm)).not.toThrow();
  });
});

describe("through the .xlsx reader", () => {
  it("merged label cells and a formula saved the Excel way", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Offerte 2021");
    ws.getCell("B2").value = "Regelset";
    ws.mergeCells("B2:C2");
    ws.getCell("D2").value = "CZ-VV-2021";
    ws.getCell("B3").value = "Plan opslag";
    ws.getCell("C3").value = "ja";
    KOLOMMEN.forEach((k, i) => (ws.getCell(5, i + 1).value = k));
    (goedeRij() as (string | number)[]).forEach((w, i) => (ws.getCell(6, i + 1).value = w));
    ws.getCell("H6").value = { formula: '_xldudf_WLZ_TARIEF("CZ-VV-2021",B6,D6,E6,F6,B3:C3)', result: 169.29 } as ExcelJS.CellValue;
    ws.getCell("O6").value = { formula: '_xldudf_WLZ_TARIEF("CZ-VV-2021",B6,D6,E6,F6,B3:C3)', result: 100 } as ExcelJS.CellValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const wm = await leesXlsx(bytes);
    const r = controleerWerkmap(wm);
    // "Regelset" is merged over B2:C2, so its value is in D2; the stale formula outside the table is found too
    expect(r.regelset).toBe("CZ-VV-2021");
    expect(codes(r)).toEqual(["WLZ-FRM-001"]);
    expect(r.bevindingen[0]).toMatchObject({ sheet: "Offerte 2021", cell: "O6" });
  });
});

describe("performance", () => {
  it("100.000 rows with WLZ formulas check in seconds", () => {
    const rijen: (Cel | undefined)[][] = [
      [{ waarde: "Regelset" }, { waarde: "CZ-VV-2021" }],
      [{ waarde: "Plan opslag" }, { waarde: "ja" }],
      [],
      KOLOMMEN.map((k) => ({ waarde: k })),
    ];
    const vormen = ["ZZP", "VPT", "MPT"];
    for (let i = 0; i < 100_000; i++) {
      const r = rijen.length + 1;
      const zorg = 100 + (i % 50);
      const tarief = Math.round((0.96 * zorg + 25.05) * 100) / 100;
      const rij = goedeRij({ Leveringsvorm: vormen[i % 3], "NZa zorg": zorg, Tarief: tarief, Omzet: tarief * 10, "Initieel volume": 80 });
      const cellen: (Cel | undefined)[] = rij.map((w) => (w === undefined || w === null ? undefined : { waarde: w as string | number }));
      cellen[7] = { waarde: i === 500 ? tarief + 1 : tarief, formule: `_xldudf_WLZ_TARIEF($B$1,B${r},D${r},E${r},F${r},$A$1:$B$2)` };
      cellen[9] = { waarde: i === 500 ? (tarief + 1) * 10 : tarief * 10 };
      rijen.push(cellen);
    }
    const t = Date.now();
    const res = controleerWerkmap({ bladen: [{ naam: "Groot", rijen }] });
    const ms = Date.now() - t;
    expect(codes(res)).toEqual(["WLZ-TAR-002", "WLZ-FRM-001"]);
    expect(ms).toBeLessThan(15_000);
    console.log(`100.000 rijen gecontroleerd in ${ms} ms`);
  }, 180_000);
});
