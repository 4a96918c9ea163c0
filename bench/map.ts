/**
 * A controller's run: 1.000 small offertes in one folder tree (10 regions x 100 files, the examples
 * copied round), checked by one `wlz-check MAP` in-process, against only reading the same files.
 * Files are checked one after the other: see README "Map van 1.000 offertes" for why no worker threads yet.
 */
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/wlz-check";
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
  const stil = { stdout: () => {}, stderr: () => {} };
  let exitCode = -1;
  const check: number[] = [];
  const lees: number[] = [];
  for (let i = 0; i < rondes; i++) {
    lees.push(await tijd(async () => {
      for (const p of paden) await leesXlsx(p);
    }));
    check.push(await tijd(async () => {
      exitCode = await main(["--format", "json", join(map, "controleur")], { ...stil });
    }));
  }
  const check_ms = mediaan(check);
  const read_ms = mediaan(lees);
  return {
    bestanden: paden.length,
    check_ms: afgerond(check_ms, 0),
    read_ms: afgerond(read_ms, 0),
    check_per_file_ms: afgerond(check_ms / paden.length, 2),
    read_per_file_ms: afgerond(read_ms / paden.length, 2),
    ratio: afgerond(check_ms / read_ms, 2),
    exit_code: exitCode,
  };
}
