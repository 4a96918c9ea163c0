import { describe, expect, it } from "vitest";
import { cel, maakWerkmap } from "../../src/workbook/snapshot";
import { maakNepExcel } from "../support/fake-excel";

const werkmap = () =>
  maakWerkmap([
    ["Offerte", [[null, null], [null, "Regelset", "CZ-GZ-2026"], [null, { formule: "=SUM(1,2)", waarde: 3 }, { fout: "#N/A" }, true]]],
    ["Mijn blad", [[1]]],
  ]);

describe("nep-Excel volgt de laad- en syncregels van office-js", () => {
  it("weigert lezen voor load + sync, en geeft de waarden daarna", async () => {
    const nep = maakNepExcel(werkmap());
    const ws = nep.context.workbook.worksheets.getItem("Offerte");
    const r = ws.getRange("B2:D3");
    expect(() => r.values).toThrow(/call the load method/);
    r.load("values,formulas,address");
    expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await nep.context.sync();
    expect(r.values).toEqual([["Regelset", "CZ-GZ-2026", ""], [3, "#N/A", true]]);
    expect(r.formulas).toEqual([["Regelset", "CZ-GZ-2026", ""], ["=SUM(1,2)", "#N/A", true]]);
    expect(r.address).toBe("Offerte!B2:D3");
    expect(() => r.rowCount).toThrow(/rowCount/); // niet geladen
    expect(nep.syncs).toBe(1);
  });

  it("laadt werkbladnamen via items/name", async () => {
    const nep = maakNepExcel(werkmap());
    const bladen = nep.context.workbook.worksheets;
    bladen.load("items/name");
    expect(() => bladen.items).toThrow(/items/);
    await nep.context.sync();
    expect(bladen.items.map((b) => b.name)).toEqual(["Offerte", "Mijn blad"]);
    expect(() => bladen.items[0].position).toThrow(/position/);
  });

  it("geeft het gebruikte bereik met zijn echte begin, of een null-object", async () => {
    const wm = werkmap();
    wm.bladen.push({ naam: "Leeg", rijen: [] });
    const nep = maakNepExcel(wm);
    const ws = nep.context.workbook.worksheets;
    const gebruikt = ws.getItem("Offerte").getUsedRangeOrNullObject(true);
    const leeg = ws.getItem("Leeg").getUsedRangeOrNullObject(true);
    gebruikt.load("address,rowIndex,columnIndex,rowCount,columnCount");
    leeg.load("address");
    expect(() => leeg.isNullObject).toThrow(/isNullObject/);
    await nep.context.sync();
    expect(gebruikt.isNullObject).toBe(false);
    expect([gebruikt.address, gebruikt.rowIndex, gebruikt.columnIndex, gebruikt.rowCount, gebruikt.columnCount]).toEqual([
      "Offerte!B2:D3", 1, 1, 2, 3,
    ]);
    expect(leeg.isNullObject).toBe(true);
    const quoted = ws.getItem("Mijn blad").getUsedRangeOrNullObject(true).load("address");
    await nep.context.sync();
    expect(quoted.address).toBe("'Mijn blad'!A1");
  });

  it("faalt bij de sync voor een blad dat niet bestaat", async () => {
    const nep = maakNepExcel(werkmap());
    nep.context.workbook.worksheets.getItem("Bestaat niet").getRange("A1").load("values");
    await expect(nep.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    const ofNull = nep.context.workbook.worksheets.getItemOrNullObject("Bestaat niet");
    await nep.context.sync();
    expect(ofNull.isNullObject).toBe(true);
  });

  it("voert schrijfacties pas bij de sync uit, werkt de werkmap bij en legt ze vast", async () => {
    const nep = maakNepExcel(werkmap());
    await nep.Excel.run(async (ctx) => {
      const nieuw = ctx.workbook.worksheets.add("Controle 2026");
      nieuw.getRange("A1:B2").values = [["Code", "Cel"], ["WLZ-TAR-002", "=Offerte!C2"]];
      nieuw.getRange("C1").formulas = [["=WLZ.TARIEF(A1,B2)"]];
      expect(nep.schrijfacties).toEqual([]); // nog niet gesynchroniseerd
      nieuw.activate();
      nieuw.getRange("B2").select();
    });
    expect(nep.syncs).toBe(1); // de afsluitende sync van Excel.run
    const blad = nep.werkmap.bladen[2];
    expect(blad.naam).toBe("Controle 2026");
    expect(cel(blad, 0, 0)).toEqual({ waarde: "Code" });
    expect(cel(blad, 1, 1)).toEqual({ waarde: "", formule: "Offerte!C2" });
    expect(cel(blad, 0, 2)).toEqual({ waarde: "", formule: "WLZ.TARIEF(A1,B2)" });
    expect(nep.schrijfacties.map((s) => [s.blad, s.adres, s.values ? "values" : "formulas"])).toEqual([
      ["Controle 2026", "'Controle 2026'!A1:B2", "values"],
      ["Controle 2026", "'Controle 2026'!C1", "formulas"],
    ]);
    expect(nep.geselecteerd).toBe("'Controle 2026'!B2");
    expect(nep.actiefBlad).toBe("Controle 2026");
    const sel = nep.context.workbook.getSelectedRange().load("address");
    const actief = nep.context.workbook.worksheets.getActiveWorksheet().load("name");
    await nep.context.sync();
    expect([sel.address, actief.name]).toEqual(["'Controle 2026'!B2", "Controle 2026"]);
  });

  it("weigert waarden met de verkeerde vorm, en een tweede blad met dezelfde naam", async () => {
    const nep = maakNepExcel(werkmap());
    nep.context.workbook.worksheets.getItem("Offerte").getRange("A1:B2").values = [[1, 2]];
    await expect(nep.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    nep.context.workbook.worksheets.add("offerte");
    await expect(nep.context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("heeft opmaak- en validatiestubs die een typfout niet verbergen", async () => {
    const nep = maakNepExcel(werkmap());
    const r = nep.context.workbook.worksheets.getActiveWorksheet().getRange("A1");
    r.format.fill.color = "#FFC7CE";
    r.format.font.bold = true;
    r.format.autofitColumns();
    r.dataValidation.clear();
    expect(() => {
      (r.format as unknown as Record<string, unknown>).autoFitColumns = 1;
    }).toThrow(TypeError);
    expect(() => (r.format as unknown as { autoFitColumns: () => void }).autoFitColumns()).toThrow(TypeError);
  });

  it("laat een te groot antwoord falen zoals Excel op het web", async () => {
    const rijen = Array.from({ length: 2000 }, (_, i) => [`een wat langere tekst in rij ${i}`, i]);
    const nep = maakNepExcel(maakWerkmap({ Blad1: rijen }), { maxAntwoordBytes: 10_000 });
    nep.context.workbook.worksheets.getItem("Blad1").getRange("A1:B2000").load("values");
    await expect(nep.context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(nep.syncVerslagen[0].celEigenschappen).toBe(4000);
  });
});
