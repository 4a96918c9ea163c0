/**
 * The shipped CLI bundle, reading and checking an offerte several times with a full garbage collection before
 * each run (as between the offertes of a folder, or two checks in the pane): the optimized code of the reader's
 * and the checker's hot methods must survive it. Before src/workbook/vormbehoud.ts each collection threw that
 * code away ("weak objects": the shapes of the scanner, sheet builder, formula shapes and memo objects died with
 * their run) and the next check took two to three times as long. V8 reports every such deoptimization under
 * --trace-deopt: a count, not a timing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { schrijfGroteOfferte } from "../../bench/offerte";
import { zorgVoorCli } from "../robuustheid/cli-build";
import { ROOT } from "../support/bundel";

// The methods whose code a collection used to drop: Formulevormen, the value memo (Waardegeheugen), Schoon, BladBouwer, XmlScanner.
const BEWAARD = ["zoek", "waardeAlsWlz", "waardeVan", "uitkomstVoor", "past", "knoop", "heeft", "zet", "tel", "bovenste"];

let map: string;
beforeAll(async () => {
  zorgVoorCli();
  map = mkdtempSync(join(tmpdir(), "wlz-vormbehoud-"));
  await schrijfGroteOfferte(join(map, "offerte.xlsx"), 3000);
}, 120_000);
afterAll(() => rmSync(map, { recursive: true, force: true }));

it("a full collection between two runs keeps the optimized code of the reader and the checker", () => {
  const cli = join(ROOT, "dist/cli/wlz-check.js");
  const pad = join(map, "offerte.xlsx");
  const script = `
    const { main, leesXlsx } = require(${JSON.stringify(cli)});
    (async () => {
      let uit = "";
      const io = { stdout: (t) => void (uit += t), stderr: (t) => void (uit += t), lees: leesXlsx };
      for (let i = 0; i < 8; i++) {
        globalThis.gc();
        if ((await main([${JSON.stringify(pad)}], io)) !== 0) throw new Error(uit);
      }
      console.log("KLAAR " + (uit.match(/0 fouten/g) ?? []).length);
    })();`;
  const p = spawnSync(process.execPath, ["--expose-gc", "--trace-deopt", "-e", script], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  expect(p.status, p.stderr).toBe(0);
  expect(p.stdout).toContain("KLAAR 8");
  const weg = [...p.stdout.matchAll(/SharedFunctionInfo (\w+)>\) \(opt id \d+\) for deoptimization, reason: weak objects/g)].map((m) => m[1]);
  // the trace works and the hot code was optimized at all (else the count below would say nothing)
  expect(p.stdout).toMatch(/deoptimizing|marking dependent code/);
  expect(weg.filter((f) => BEWAARD.includes(f))).toEqual([]);
}, 120_000);
