/**
 * The offerte checker on a generated offerte .xlsx:
 * - syncs: context.sync calls of the office-js reader (leesWerkmapUitExcel) for the whole workbook on
 *   the fake Excel host of test/support (it serves the snapshot the .xlsx reader made of the same file);
 * - ratio (the goal): the whole check over reading alone, both from the SHIPPED CLI bundle (dist/cli/wlz-check.js)
 *   in this process: `main([file], io)` with the bundle's own reader injected (read + offerte model + every check
 *   + the text report; no worker thread, no hash) over that reader alone (`leesXlsx` as the bundle exports it);
 * - cli_ms / ratio_werker: `main([file], io)` as the CLI runs it: the file read and checked in a new worker thread
 *   (its start, loading the bundle in it and a cold JIT included: a fixed cost per run, not per cell);
 * - parse_ms / check_ms: reading (leesXlsx) and controleerWerkmap alone, from src via tsx (for the growth table);
 * - child_ms: `node bin/wlz-check.js FILE` as a user runs it (node startup included).
 * Plus growth over 1,000 / 10,000 / 100,000 rows and peak memory.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Controleresultaat, controleerWerkmap } from "../src/workbook/controle";
import { leesWerkmapUitExcel } from "../src/workbook/officejs";
import type { Werkmap } from "../src/workbook/snapshot";
import { leesXlsx } from "../src/workbook/xlsx";
import { maakNepExcel } from "../test/support/fake-excel";
import { afgerond, Geheugenpiek, mediaan, ruimOp, tijd, vergelijk } from "./meten";
import { schrijfGroteOfferte } from "./offerte";

type Main = (argv: string[], io: { stdout: (t: string) => void; stderr: (t: string) => void; lees?: (pad: string) => Promise<Werkmap> }) => Promise<number>;
type Lees = (pad: string) => Promise<Werkmap>;

/**
 * Rounds for `ratio` (main() against the reader): a round costs about a quarter of a second. On this shared
 * 2-core machine a single run takes anything from 60 to 230 ms, so many rounds; and a few unmeasured ones first,
 * because these two run here for the first time from the bundle (its code not yet optimized).
 */
const RONDES_RATIO = 31;
const OPWARMEN_RATIO = 4;

export interface CheckerResultaat {
  rows: number;
  syncs: number;
  /** Whole check (main() with the bundle's reader, in this process) over the bundle's reader alone. */
  ratio: number;
  controle_ms: number;
  lezen_ms: number;
  /** main() as shipped (a worker thread per run) and its ratio to the bundle's reader. */
  cli_ms: number;
  ratio_werker: number;
  parse_ms: number;
  /** controleerWerkmap alone on the parsed snapshot (warm: the evaluator's memo already filled). */
  check_ms: number;
  /** The very first read and check in the process (cold). */
  parse_eerste_ms: number;
  check_eerste_ms: number;
  child_ms: number;
  /** The office-js read on the fake host (its JSON bookkeeping included). */
  officejs_ms: number;
  bestand_kb: number;
  runs: number;
  runs_ratio: number;
  cli: string;
}

export interface GroeiStap {
  rows: number;
  parse_ms: number;
  check_ms: number;
  totaal_ms: number;
  us_per_rij: number;
  syncs: number;
}

export interface GroeiResultaat {
  stappen: GroeiStap[];
  /** Total time per row of the largest step / of the 1,000-row step (1 = perfectly linear). */
  lineariteit: number;
  piek: { rows: number; rss_mb: number; heap_mb: number; max_rss_proces_mb: number };
}

export async function maakBestand(map: string, rijen: number): Promise<string> {
  const pad = join(map, `offerte-${rijen}.xlsx`);
  if (!existsSync(pad)) await schrijfGroteOfferte(pad, rijen);
  return pad;
}

/** Office-js read of the snapshot on the fake host: the number of syncs, and the snapshot it read. */
export async function telSyncs(werkmap: Werkmap): Promise<{ syncs: number; gelezen: Werkmap; ms: number }> {
  const nep = maakNepExcel(structuredClone(werkmap));
  let gelezen: Werkmap | undefined;
  const ms = await tijd(async () => {
    gelezen = await nep.Excel.run((ctx) => leesWerkmapUitExcel(ctx as unknown as Excel.RequestContext));
  });
  return { syncs: nep.syncs, gelezen: gelezen!, ms };
}

function eisGeldig(r: Controleresultaat, waar: string): void {
  if (r.samenvatting.fout > 0 || r.regelset === null) {
    throw new Error(`${waar}: de gegenereerde offerte is niet foutloos (${JSON.stringify(r.samenvatting)}, eerste: ${r.bevindingen[0]?.message})`);
  }
}

export function alsGroeiStap(c: CheckerResultaat): GroeiStap {
  const totaal = c.parse_ms + c.check_ms;
  return { rows: c.rows, parse_ms: c.parse_ms, check_ms: c.check_ms, totaal_ms: afgerond(totaal), us_per_rij: afgerond((totaal * 1000) / c.rows), syncs: c.syncs };
}

export async function meetChecker(root: string, map: string, rijen: number, rondes: number): Promise<CheckerResultaat> {
  const pad = await maakBestand(map, rijen);
  const cliPad = join(root, "dist/cli/wlz-check.js");
  if (!existsSync(cliPad)) throw new Error(`${cliPad} ontbreekt: voer eerst npm run build uit.`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main, leesXlsx: leesBundel } = require(cliPad) as { main: Main; leesXlsx: Lees };

  let werkmap!: Werkmap;
  let resultaat!: Controleresultaat;
  // The first read and check in this process: cold JIT and an empty formula memo, as in a one-off wlz-check run.
  const eersteLees = await tijd(async () => void (werkmap = await leesXlsx(pad)));
  const eersteCheck = await tijd(() => void (resultaat = controleerWerkmap(werkmap)));
  eisGeldig(resultaat, "xlsx");
  const office = await telSyncs(werkmap);
  // The office-js path must see the same workbook: same findings.
  const viaOffice = controleerWerkmap(office.gelezen);
  if (JSON.stringify(viaOffice) !== JSON.stringify(resultaat)) throw new Error("De office-js-lezer geeft andere bevindingen dan de .xlsx-lezer");

  let uitvoer = "";
  const io = { stdout: (t: string) => void (uitvoer += t), stderr: (t: string) => void (uitvoer += t) };
  let code = -1;
  const tijden = await vergelijk(
    {
      cli: async () => {
        uitvoer = "";
        code = await main([pad], io);
      },
      parse: () => leesXlsx(pad),
      check: () => controleerWerkmap(werkmap),
    },
    rondes,
  );
  // The goal's two, apart and in more rounds: one run here takes about a tenth of a second and a collection of
  // the garbage of the run before (10-40 ms) lands in either, so three rounds gave anything from 1.4 to 1.9.
  const paar = await vergelijk(
    {
      controle: async () => {
        uitvoer = "";
        code = await main([pad], { ...io, lees: leesBundel });
      },
      lezen: () => leesBundel(pad),
    },
    RONDES_RATIO,
    OPWARMEN_RATIO,
    true,
  );
  if (code !== 0 || !uitvoer.includes("0 fouten")) throw new Error(`wlz-check gaf afsluitcode ${code}: ${uitvoer.slice(0, 300)}`);

  const kind: number[] = [];
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    const p = spawnSync(process.execPath, [join(root, "bin/wlz-check.js"), pad], { encoding: "utf8" });
    kind.push(performance.now() - t);
    if (p.status !== 0) throw new Error(`bin/wlz-check.js gaf afsluitcode ${p.status}: ${p.stderr}`);
  }
  const { size } = await import("node:fs").then((fs) => fs.statSync(pad));
  return {
    rows: rijen,
    syncs: office.syncs,
    ratio: afgerond(paar.controle.mediaan / paar.lezen.mediaan, 2),
    controle_ms: afgerond(paar.controle.mediaan),
    lezen_ms: afgerond(paar.lezen.mediaan),
    cli_ms: afgerond(tijden.cli.mediaan),
    ratio_werker: afgerond(tijden.cli.mediaan / paar.lezen.mediaan, 2),
    parse_ms: afgerond(tijden.parse.mediaan),
    check_ms: afgerond(tijden.check.mediaan),
    parse_eerste_ms: afgerond(eersteLees),
    check_eerste_ms: afgerond(eersteCheck),
    child_ms: afgerond(mediaan(kind)),
    officejs_ms: afgerond(office.ms),
    bestand_kb: Math.round(size / 1024),
    runs: rondes,
    runs_ratio: RONDES_RATIO,
    cli: "dist/cli/wlz-check.js in dit proces: main() met de eigen lezer van de bundel (ratio) en zoals geleverd, met een werker (ratio_werker)",
  };
}

/**
 * Read + check per size; the largest size last, with memory sampled throughout. A size already measured
 * (`bekend`, from meetChecker) is taken over instead of measured again, to keep the whole bench short.
 */
export async function meetGroei(map: string, groottes: number[], rondes: (n: number) => number, bekend: GroeiStap[] = []): Promise<GroeiResultaat> {
  const stappen: GroeiStap[] = [];
  let piek = { rows: 0, rss_mb: 0, heap_mb: 0, max_rss_proces_mb: 0 };
  for (const n of groottes) {
    const al = bekend.find((s) => s.rows === n);
    if (al) {
      stappen.push(al);
      continue;
    }
    const pad = await maakBestand(map, n);
    ruimOp();
    const meter = new Geheugenpiek().start();
    const lees: number[] = [];
    const controle: number[] = [];
    let werkmap: Werkmap | undefined;
    for (let i = 0; i < rondes(n); i++) {
      werkmap = undefined;
      lees.push(await tijd(async () => void (werkmap = await leesXlsx(pad))));
      let r: Controleresultaat | undefined;
      // controleerWerkmap is synchronous: its progress callback is where memory can be sampled.
      controle.push(await tijd(() => void (r = controleerWerkmap(werkmap!, { onVoortgang: () => meter.meet() }))));
      meter.meet();
      eisGeldig(r!, `${n} rijen`);
    }
    const geheugen = meter.stop();
    // After the memory stretch: the fake host copies the snapshot and serialises every range.
    const syncs = (await telSyncs(werkmap!)).syncs;
    werkmap = undefined;
    const parse = mediaan(lees);
    const check = mediaan(controle);
    stappen.push({
      rows: n,
      parse_ms: afgerond(parse),
      check_ms: afgerond(check),
      totaal_ms: afgerond(parse + check),
      us_per_rij: afgerond(((parse + check) * 1000) / n),
      syncs,
    });
    piek = { rows: n, ...geheugen, max_rss_proces_mb: Math.round(process.resourceUsage().maxRSS / 1024) };
  }
  const eerste = stappen[0];
  const laatste = stappen[stappen.length - 1];
  return { stappen, lineariteit: afgerond(laatste.us_per_rij / eerste.us_per_rij, 2), piek };
}
