/**
 * Deterministic budgets from the bench (no timings): bundle sizes of what the manifest loads, and the
 * number of context.sync calls the office-js reader needs for a large offerte on the fake Excel host.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BUDGET_FUNCTIONS_KB,
  BUDGET_TASKPANE_CSS_KB,
  BUDGET_TASKPANE_KB,
  BUDGET_TASKPANE_TOTAAL_KB,
  meetBundels,
  scriptsVan,
  stijlenVan,
} from "../../bench/bundels";
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

  it("telt de stylesheets die taskpane.html linkt apart, zonder externe", () => {
    const html = '<link href=griffel.css rel=stylesheet><link rel="stylesheet" href="https://x.example/a.css"><link rel=icon href=i.png>';
    expect(stijlenVan(html)).toEqual(["griffel.css"]);
    const b = meetBundels(DIST);
    expect(b.taskpane_css_bestanden.length).toBeGreaterThan(0);
    expect(b.taskpane_bestanden.some((f) => f.endsWith(".css"))).toBe(false);
    expect(b.taskpane_totaal_kb).toBeCloseTo(b.taskpane_kb + b.taskpane_css_kb, 0);
  });

  it(`functions.js <= ${BUDGET_FUNCTIONS_KB} KB; taakvenster: JS (taskpane.js + commands.js + wat taskpane.html verder laadt) <= ${BUDGET_TASKPANE_KB} KB, CSS <= ${BUDGET_TASKPANE_CSS_KB} KB, samen <= ${BUDGET_TASKPANE_TOTAAL_KB} KB`, () => {
    const b = meetBundels(DIST);
    expect(b.functions_kb).toBeGreaterThan(0);
    expect(b.functions_kb).toBeLessThanOrEqual(BUDGET_FUNCTIONS_KB);
    expect(b.taskpane_bestanden).toEqual(expect.arrayContaining(["taskpane.js", "commands.js"]));
    expect(b.taskpane_kb).toBeLessThanOrEqual(BUDGET_TASKPANE_KB);
    expect(b.taskpane_css_kb).toBeLessThanOrEqual(BUDGET_TASKPANE_CSS_KB);
    expect(b.taskpane_totaal_kb).toBeLessThanOrEqual(BUDGET_TASKPANE_TOTAAL_KB);
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
