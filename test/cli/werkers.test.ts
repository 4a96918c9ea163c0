/**
 * A folder checked by a pool of workers (issue 14, "where it pays, files are checked in parallel"): the
 * built CLI gives the same report with one worker and with several, files in their own order, and the
 * messages about unreadable files in that order too, whichever worker finishes first.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aantalWerkers } from "../../src/cli/werker";
import { zorgVoorCli } from "../robuustheid/cli-build";
import { ROOT } from "../support/bundel";
import { run } from "./hulp";

const tmp = mkdtempSync(join(tmpdir(), "wlz-werkers-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("how many workers", () => {
  const machine = { kernen: 8, geheugenMb: 64 * 1024 };
  it("one per core up to 4 by default, never more than files", () => {
    expect(aantalWerkers(undefined, 300, machine)).toBe(4);
    expect(aantalWerkers(undefined, 300, { ...machine, kernen: 2 })).toBe(2);
    expect(aantalWerkers(undefined, 1, machine)).toBe(1);
    expect(aantalWerkers(undefined, 0, machine)).toBe(1);
  });
  it("--werkers is followed, but not beyond the files or what the memory holds at 2 GB per worker", () => {
    expect(aantalWerkers(6, 300, machine)).toBe(6);
    expect(aantalWerkers(6, 3, machine)).toBe(3);
    // 4 GB machine: 3 GB usable, so one worker at the 2 GB limit
    expect(aantalWerkers(6, 300, { kernen: 8, geheugenMb: 4096 })).toBe(1);
  });
  it("--werkers takes a whole number from 1 to 32", async () => {
    for (const w of ["0", "33", "2,5", "veel"]) {
      const { code, err } = await run(["--werkers", w, "x.xlsx"]);
      expect(code).toBe(2);
      expect(err).toContain("--werkers wil een heel getal van 1 tot en met 32");
    }
  });
});

describe("the built CLI with a pool of workers", () => {
  const map = join(tmp, "offertes");
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, "bin", "wlz-check.js"), ...args], { encoding: "utf8", timeout: 120_000, env: { ...process.env, NODE_OPTIONS: "" } });
  beforeAll(() => {
    zorgVoorCli();
    const vb = join(ROOT, "examples");
    const bronnen = ["offerte-cz-vv-2021.xlsx", "fouten-cz-vv-2021.xlsx", "offerte-dsw-vv-2024.xlsx", "fouten-structuur.xlsx"];
    for (let i = 0; i < 24; i++) {
      const regio = join(map, `Regio ${(i % 3) + 1}`);
      mkdirSync(regio, { recursive: true });
      const naam = join(regio, `offerte ${String(i).padStart(2, "0")}.xlsx`);
      // every fifth file cannot be read: its message must come in the file order
      if (i % 5 === 2) writeFileSync(naam, `geen zip ${i}`);
      else copyFileSync(join(vb, bronnen[i % bronnen.length]), naam);
    }
  }, 300_000);

  it("--werkers 3 gives the same JSON and the same messages, in the same order, as --werkers 1", () => {
    const een = cli(["--format", "json", "--werkers", "1", map]);
    const drie = cli(["--format", "json", "--werkers", "3", map]);
    expect(een.status).toBe(2);
    expect(drie.status).toBe(een.status);
    expect(drie.stdout).toBe(een.stdout);
    expect(drie.stderr).toBe(een.stderr);
    const json = JSON.parse(drie.stdout) as { files: { file: string; status: string }[]; totaal: { bestanden: number; onleesbaar: number } };
    expect(json.totaal.bestanden).toBe(24);
    expect(json.totaal.onleesbaar).toBe(5);
    const gemeld = drie.stderr.trim().split("\n").map((r) => r.replace(/^wlz-check: (.*?\.xlsx): .*$/, "$1"));
    expect(gemeld).toEqual(json.files.filter((f) => f.status === "onleesbaar").map((f) => f.file));
  }, 180_000);
});
