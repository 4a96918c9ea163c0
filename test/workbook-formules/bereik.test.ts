/**
 * The HyperFormula glue hands a range argument over as Excel does: a fresh 2-D array of the cells' current
 * values on every call. It keeps the values on HyperFormula's range vertex (as HyperFormula's own SUM keeps
 * its result there), so these tests pin down what that must not change: a cell changed inside the range is
 * seen at once, every call gets its own array, and a cell outside the range changes nothing.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { afterEach, describe, expect, it } from "vitest";
import { laadBundel, zorgVoorBuild } from "../support/bundel";
import { registreerWlz } from "./hyperformula-wlz";

zorgVoorBuild();
const bundel = laadBundel(undefined, undefined, { context: "hoofd" });
const RIJEN = 30;

/** Rows 1-30: A leveringsvorm, B NZa zorg, F =WLZ.TARIEF with the profile J1:K13 (regelset, plan opslag). */
function blad(planOpslag: string): RawCellContent[][] {
  return Array.from({ length: RIJEN }, (_, i) => {
    const n = i + 1;
    const rij: RawCellContent[] = [["ZZP", "VPT", "MPT"][i % 3], 100 + i, 0, 0, null, `=WLZ.TARIEF("CZ-VV-2021",A${n},B${n},C${n},D${n},$J$1:$K$13)`, null, null, null];
    if (n === 1) rij.push("'Regelset", "'CZ-VV-2021");
    else if (n === 13) rij.push("'Plan opslag", `'${planOpslag}`);
    else if (n <= 13) rij.push(null, null);
    return rij;
  });
}

let plugin: ReturnType<typeof registreerWlz>["plugin"] | undefined;
afterEach(() => {
  if (plugin) HyperFormula.unregisterFunctionPlugin(plugin);
  plugin = undefined;
});

const tarieven = (hf: HyperFormula) => Array.from({ length: RIJEN }, (_, r) => hf.getCellValue({ sheet: 0, row: r, col: 5 }));
const verwacht = (pct: number) => Array.from({ length: RIJEN }, (_, i) => Math.round((100 + i) * pct * 100) / 100);

describe("range arguments in the HyperFormula glue", () => {
  it("a changed cell inside the profile range is seen at once; one outside changes nothing", () => {
    plugin = registreerWlz(bundel, null).plugin;
    const hf = HyperFormula.buildFromArray(blad("ja"), { licenseKey: "gpl-v3" });
    // CZ-VV-2021: 96% with plan opslag, 94% without
    expect(tarieven(hf)).toEqual(verwacht(0.96));
    hf.setCellContents({ sheet: 0, row: 12, col: 10 }, "'nee");
    expect(tarieven(hf)).toEqual(verwacht(0.94));
    hf.setCellContents({ sheet: 0, row: 20, col: 10 }, "'ja"); // K21: outside J1:K13
    expect(tarieven(hf)).toEqual(verwacht(0.94));
    hf.setCellContents({ sheet: 0, row: 12, col: 10 }, "'ja");
    expect(tarieven(hf)).toEqual(verwacht(0.96));
    hf.destroy();
  });

  it("every call gets an array of its own, with the range's values", () => {
    const gezien: unknown[][][] = [];
    const spion = { ...bundel, geregistreerd: new Map(bundel.geregistreerd).set("TARIEF", (...a: unknown[]) => (gezien.push(a[5] as unknown[][]), 1)) };
    plugin = registreerWlz(spion, null).plugin;
    const hf = HyperFormula.buildFromArray(blad("ja"), { licenseKey: "gpl-v3" });
    hf.setCellContents({ sheet: 0, row: 0, col: 1 }, 1); // recalculates nothing of F; the build already called
    expect(gezien.length).toBeGreaterThanOrEqual(RIJEN);
    expect(new Set(gezien).size).toBe(gezien.length);
    expect(new Set(gezien.flatMap((g) => g)).size).toBe(gezien.length * 13);
    for (const g of gezien) {
      expect(g.length).toBe(13);
      expect(g[12]).toEqual(["Plan opslag", "ja"]);
      expect(g[5]).toEqual([null, null]);
    }
    // what a call does to its array reaches no other call
    gezien[0][12][1] = "nee";
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, "ZZP");
    expect(gezien[gezien.length - 1][12]).toEqual(["Plan opslag", "ja"]);
    hf.destroy();
  });
});
