/**
 * Deterministic budgets from the bench (no timings): bundle sizes of what the manifest loads, and the
 * number of context.sync calls the office-js reader needs for a large offerte on the fake Excel host.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUDGET_FUNCTIONS_KB, BUDGET_TASKPANE_KB, meetBundels, scriptsVan } from "../../bench/bundels";
import { maakBestand, telSyncs } from "../../bench/controle";
import { controleerWerkmap } from "../../src/workbook/controle";
import { leesXlsx } from "../../src/workbook/xlsx";
import { DIST, zorgVoorBuild } from "../support/bundel";

describe("bundelgroottes (geminificeerd)", () => {
  beforeAll(() => zorgVoorBuild(), 300_000);

  it("telt de scripts die taskpane.html laadt, zonder office.js van de CDN", () => {
    const html = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src=functions.js></script><script defer="defer" src="./taskpane.js?v=1"></script>';
    expect(scriptsVan(html)).toEqual(["functions.js", "./taskpane.js?v=1"]);
    const b = meetBundels(DIST);
    expect(b.taskpane_bestanden).toContain("taskpane.js");
    expect(b.taskpane_bestanden).not.toContain("functions.js");
  });

  it(`functions.js <= ${BUDGET_FUNCTIONS_KB} KB, taakvenster (taskpane.js + wat taskpane.html verder laadt) <= ${BUDGET_TASKPANE_KB} KB`, () => {
    const b = meetBundels(DIST);
    expect(b.functions_kb).toBeGreaterThan(0);
    expect(b.functions_kb).toBeLessThanOrEqual(BUDGET_FUNCTIONS_KB);
    expect(b.taskpane_kb).toBeLessThanOrEqual(BUDGET_TASKPANE_KB);
  });
});

describe("syncs van de office-js-lezer (nep-Excel)", () => {
  let map: string;
  const syncs = new Map<number, number>();
  beforeAll(async () => {
    map = mkdtempSync(join(tmpdir(), "wlz-budget-"));
    for (const n of [1_000, 10_000]) {
      const werkmap = await leesXlsx(await maakBestand(map, n));
      // The generated offerte is a valid one: the budget is about a real workbook, not an empty grid.
      const r = controleerWerkmap(werkmap);
      expect(r.samenvatting.fout).toBe(0);
      expect(werkmap.bladen[0].rijen.length).toBeGreaterThan(n);
      syncs.set(n, (await telSyncs(werkmap)).syncs);
    }
  }, 120_000);
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it("hoogstens 3 syncs voor een offerte van 10.000 rijen", () => {
    expect(syncs.get(10_000)).toBeLessThanOrEqual(3);
  });

  it("niet meer syncs bij 10.000 dan bij 1.000 rijen", () => {
    expect(syncs.get(10_000)!).toBeLessThanOrEqual(syncs.get(1_000)!);
  });
});
