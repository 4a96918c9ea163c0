/**
 * A formula stored with #NAME? (LibreOffice, or an Excel without the add-in, saved a WLZ.* formula it could not
 * compute): the checker computes it itself, checks the outcome and says so once (WLZ-FRM-003); a #NAME? it
 * cannot compute (a mistyped function) stays the error it is (WLZ-OFF-003 "#NAAM?").
 */
import { describe, expect, it } from "vitest";
import { controleerWerkmap } from "../../src/workbook/controle";
import { codes, goedeRij, werkmap } from "./hulp";

const NAAM = { fout: "#NAME?" };
const TARIEF = 'WLZ.TARIEF("CZ-VV-2021","ZZP",D7,E7,F7,$A$1:$B$4)';

describe("formulas stored with #NAME?", () => {
  it("a WLZ.* formula and the formula that uses it are computed and checked; one info says why the workbook shows #NAAM?", () => {
    const wm = werkmap({ rijen: [goedeRij({ Tarief: { formule: TARIEF, waarde: NAAM }, Omzet: { formule: "H7*I7", waarde: NAAM } })] });
    const voor = JSON.stringify(wm);
    const r = controleerWerkmap(wm);
    expect(codes(r)).toEqual(["WLZ-FRM-003"]);
    const [b] = r.bevindingen;
    expect(b).toMatchObject({ severity: "info", sheet: "Offerte", cell: "H7" });
    expect(b.message).toContain("2 formules");
    expect(b.message).toContain("#NAAM?");
    expect(r.gecontroleerd.prestatieregels).toBe(1);
    // the user's snapshot is not changed
    expect(JSON.stringify(wm)).toBe(voor);
  });

  it("the computed value is checked: a wrong NZa zorg gives the tarief the rules give, not #NAAM?", () => {
    // the formula computes 169,29 from the row, the typed omzet follows the stored tarief 170 x 10
    const r = controleerWerkmap(werkmap({ rijen: [goedeRij({ Tarief: { formule: TARIEF, waarde: NAAM }, Omzet: 1700 })] }));
    expect(codes(r).sort()).toEqual(["WLZ-FRM-003", "WLZ-OMZ-001"]);
  });

  it("a mistyped function stays #NAME?: the error value is reported, no note that the checker computed it", () => {
    const r = controleerWerkmap(werkmap({ rijen: [goedeRij({ Tarief: { formule: 'WLZ.TARIF("CZ-VV-2021","ZZP",D7,E7,F7)', waarde: NAAM } })] }));
    expect(codes(r)).not.toContain("WLZ-FRM-003");
    const off = r.bevindingen.find((b) => b.code === "WLZ-OFF-003");
    expect(off?.cell).toBe("H7");
    expect(off?.message).toContain("#NAAM?");
  });
});
