/**
 * The wrappers from the TypeScript source with a stubbed CustomFunctions global (fast, for coverage).
 * Ids come from the same metadata generator the build uses, so the id -> function mapping is real.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { resolve } from "node:path";
import { ErrorCode, ExcelFout, ROOT } from "../support/bundel";
import * as functies from "../../src/functions/functions";
import { controleer, controleerRegelsets, controleerUitleg } from "./controle";
import { EXTRA_IDS, SCENARIOS, SPEC_IDS } from "./scenarios";

vi.stubGlobal("CustomFunctions", { associate: vi.fn(), Error: ExcelFout, ErrorCode });

const perId = new Map<string, { fn: (...a: unknown[]) => unknown; aantal: number }>();

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata([resolve(ROOT, "src/functions/functions.ts")], true);
  expect(r.errors).toEqual([]);
  const meta = JSON.parse(r.metadataJson) as { functions: { id: string; parameters: unknown[] }[] };
  for (const a of r.associate) {
    const fn = (functies as Record<string, unknown>)[a.functionName];
    expect(typeof fn, a.functionName).toBe("function");
    perId.set(a.id, { fn: fn as (...x: unknown[]) => unknown, aantal: meta.functions.find((f) => f.id === a.id)!.parameters.length });
  }
}, 60_000);

function uitkomst(id: string, args: unknown[]): unknown {
  const f = perId.get(id)!;
  try {
    return f.fn(...args, ...Array(f.aantal - args.length).fill(null));
  } catch (e) {
    if (e instanceof ExcelFout) return e;
    throw e;
  }
}

describe("wrappers (TypeScript-bron)", () => {
  it("de generator vindt alle functies van de spec en de aanvullingen", () => {
    expect([...perId.keys()].sort()).toEqual([...SPEC_IDS, ...EXTRA_IDS].sort());
  });

  it.each(SCENARIOS.map((s) => [s.naam, s] as const))("%s", (_naam, s) => {
    controleer(s, uitkomst(s.id, s.args));
  });

  it("TARIEFUITLEG en REGELSETS hebben de juiste vorm", () => {
    controleerUitleg(uitkomst("TARIEFUITLEG", ["LANDELIJK-2021", "ZZP", [["Plan opslag", "ja"]]]));
    controleerRegelsets(uitkomst("REGELSETS", []));
  });

  it("laat een CustomFunctions.Error ongewijzigd door en maakt van al het andere #VALUE!", () => {
    const f = uitkomst("TARIEFPERCENTAGE", ["LANDELIJK-2021", "ZZP", { geen: "bereik" }]) as ExcelFout;
    expect(f).toBeInstanceOf(ExcelFout);
    expect(f.code).toBe("#VALUE!");
  });

  it("een datum als Excel-serienummer vóór en na 1 maart 1900 (Excel's 29-2-1900)", () => {
    // 45292 = 1-1-2024; declaring from that day makes the provider bestaand-nieuw; 45293 (2-1-2024) does not.
    expect(uitkomst("AANBIEDERCATEGORIE", ["CZ-GZ-2026", "nee", 44927, null, 45292])).toBe("bestaand-nieuw");
    expect(uitkomst("AANBIEDERCATEGORIE", ["CZ-GZ-2026", "nee", 44927, null, 45293])).toBe("nieuw");
    expect(uitkomst("AANBIEDERCATEGORIE", ["CZ-GZ-2026", "nee", "2023-01-01", "2023-12-31", 45292])).toBe("nieuw");
  });
});
