/**
 * A controller's run: 1.000 small offertes in one folder tree (10 regions x 100 files, the examples
 * copied round), checked by the built `wlz-check MAP --format json` (a child process, as a controller
 * runs it) with one worker and with the default pool, against only reading the same files in-process.
 * The speed-up of the pool is the ratio of the two runs in the same rounds.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { aantalWerkers } from "../src/cli/werker";
import { leesXlsx } from "../src/workbook/xlsx";
import { afgerond, mediaan, tijd } from "./meten";

export interface MapResultaat {
  bestanden: number;
  check_ms: number;
  read_ms: number;
  check_per_file_ms: number;
  read_per_file_ms: number;
  ratio: number;
  exit_code: number;
  /** the same run with one worker (files one after the other) */
  een_werker_ms: number;
  werkers: number;
  kernen: number;
  /** een_werker_ms / check_ms */
  versnelling: number;
}

export function maakMap(root: string, map: string, aantal = 1000): string[] {
  const vb = join(root, "examples");
  const bronnen = readdirSync(vb).filter((n) => /^(offerte|fouten)-.*\.xlsx$/.test(n)).sort();
  const paden: string[] = [];
  for (let i = 0; i < aantal; i++) {
    const regio = join(map, `Regio ${String(Math.floor(i / 100) + 1).padStart(2, "0")}`);
    if (i % 100 === 0) mkdirSync(regio, { recursive: true });
    const pad = join(regio, `offerte ${String(i + 1).padStart(4, "0")}.xlsx`);
    copyFileSync(join(vb, bronnen[i % bronnen.length]), pad);
    paden.push(pad);
  }
  return paden;
}

export async function meetMap(root: string, map: string, aantal = 1000, rondes = 3): Promise<MapResultaat> {
  const paden = maakMap(root, join(map, "controleur"), aantal);
  const cli = join(root, "dist", "cli", "wlz-check.js");
  if (!existsSync(cli)) throw new Error("dist/cli/wlz-check.js ontbreekt: eerst npm run build");
  const werkers = aantalWerkers(undefined, paden.length);
  let exitCode = -1;
  const run = (n: number) => {
    const r = spawnSync(process.execPath, [join(root, "bin", "wlz-check.js"), "--format", "json", "--werkers", String(n), join(map, "controleur")], {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    if (r.status !== 1 || !r.stdout.includes('"bestanden": ' + paden.length)) throw new Error(`wlz-check over de map faalde (code ${r.status}): ${r.stderr.slice(0, 500)}`);
    exitCode = r.status;
  };
  const pool: number[] = [];
  const een: number[] = [];
  const lees: number[] = [];
  for (let i = 0; i < rondes; i++) {
    lees.push(await tijd(async () => {
      for (const p of paden) await leesXlsx(p);
    }));
    een.push(await tijd(() => run(1)));
    pool.push(await tijd(() => run(werkers)));
  }
  const check_ms = mediaan(pool);
  const read_ms = mediaan(lees);
  const een_werker_ms = mediaan(een);
  return {
    bestanden: paden.length,
    check_ms: afgerond(check_ms, 0),
    read_ms: afgerond(read_ms, 0),
    check_per_file_ms: afgerond(check_ms / paden.length, 2),
    read_per_file_ms: afgerond(read_ms / paden.length, 2),
    ratio: afgerond(check_ms / read_ms, 2),
    exit_code: exitCode,
    een_werker_ms: afgerond(een_werker_ms, 0),
    werkers,
    kernen: availableParallelism(),
    versnelling: afgerond(een_werker_ms / check_ms, 2),
  };
}
