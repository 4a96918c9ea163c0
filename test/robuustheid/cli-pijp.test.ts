/**
 * wlz-check in een pijplijn die eerder stopt met lezen (`wlz-check ... | head`): de CLI mag dan geen
 * stacktrace tonen. Vroeger crashte Node bij EPIPE met "Error: write EPIPE" plus stacktrace; start()
 * vangt dat nu af. Invoer: node bin/wlz-check.js --format json examples/*.xlsx (6x herhaald) | head -c 10
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { ROOT } from "../support/bundel";
import { zorgVoorCli } from "./cli-build";

beforeAll(() => zorgVoorCli(), 300_000);

function draaiInPijp(): { stderr: string } {
  const voorbeelden = readdirSync(join(ROOT, "examples")).filter((n) => n.endsWith(".xlsx")).map((n) => `examples/${n}`);
  // ruim meer dan de 64 kB pijpbuffer, zodat het schrijven zeker op een gesloten pijp stuit
  const args = Array.from({ length: 6 }, () => voorbeelden).flat().join(" ");
  const r = spawnSync("sh", ["-c", `node bin/wlz-check.js --format json ${args} | head -c 10 > /dev/null`], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { stderr: r.stderr };
}

it("de pijp-test zet echt een gesloten pijp op (de uitvoer is groter dan de pijpbuffer)", () => {
  const voorbeelden = readdirSync(join(ROOT, "examples")).filter((n) => n.endsWith(".xlsx")).map((n) => `examples/${n}`);
  const r = spawnSync(process.execPath, ["bin/wlz-check.js", "--format", "json", ...Array.from({ length: 6 }, () => voorbeelden).flat()], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(r.stdout.length).toBeGreaterThan(128 * 1024);
}, 120_000);

// BUG src/cli: EPIPE op stdout geeft een stacktrace (zie kop van dit bestand)
it("wlz-check ... | head -c 10: geen stacktrace en geen Engelse Node-fout op stderr", () => {
  const { stderr } = draaiInPijp();
  expect(stderr).not.toMatch(/EPIPE|\n\s+at |Unhandled 'error' event/);
}, 120_000);
