/**
 * Een pad dat geen gewoon bestand is (apparaat, benoemde pijp). BUG (src/workbook/xlsx.ts, leesBestand):
 * alleen een map wordt geweigerd; stat geeft voor /dev/zero grootte 0, dus de groottegrens grijpt niet en
 * readFile leest eindeloos. Gemeten: `node bin/wlz-check.js /dev/zero` na 60 s afgebroken met 11,9 GB maxRSS;
 * `wlz-check FIFO` (mkfifo) wacht eeuwig. Verwacht: direct een Nederlandse melding en afsluitcode 2
 * (bv. weigeren als !stat.isFile()). (opgelost: leesBestand weigert alles wat geen gewoon bestand is).
 * Beide tests breken het proces na enkele seconden af, zodat de fout het geheugen niet vult.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROOT } from "../support/bundel";
import { zorgVoorCli } from "./cli-build";

let map: string;
beforeAll(() => {
  zorgVoorCli();
  map = mkdtempSync(join(tmpdir(), "wlz-apparaat-"));
}, 300_000);
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** Draait wlz-check met een harde tijdslimiet (SIGKILL), zodat een eindeloze lezing kort blijft. */
function draai(pad: string, seconden: number) {
  return spawnSync(process.execPath, [join(ROOT, "bin", "wlz-check.js"), pad], { encoding: "utf8", timeout: seconden * 1000, killSignal: "SIGKILL" });
}

// BUG src/workbook/xlsx.ts: /dev/zero wordt eindeloos ingelezen (zie kop)
(existsSync("/dev/zero") ? it : it.skip)("wlz-check /dev/zero: binnen 3 s een melding en afsluitcode 2", () => {
  const r = draai("/dev/zero", 3);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^wlz-check: \/dev\/zero: /);
});

// BUG src/workbook/xlsx.ts: een benoemde pijp blokkeert de CLI (zie kop)
it("wlz-check op een benoemde pijp (mkfifo): binnen 5 s een melding en afsluitcode 2", () => {
  const fifo = join(map, "pijp.xlsx");
  expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
  const r = draai(fifo, 5);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("pijp.xlsx");
});
