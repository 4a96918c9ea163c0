/**
 * Each file of a batch is read and checked in a worker thread with a memory limit (resourceLimits) and a
 * time limit, so one hostile or huge file ends as "onleesbaar: te groot of te complex" for that file and
 * the rest of the batch is still checked (a heap exhausted in the main thread would end the process with
 * a native stack trace). A batch gets a small pool of workers (one per free core, at most 4, and no more than
 * the machine's memory holds at the limit each), each reused for its share of the files (a start costs
 * ~0,1-0,3 s) and replaced after a crash or a timeout. Files are independent, so the pool checks them in
 * parallel; the caller keeps the results in the order of the files.
 *
 * The worker is the bundled dist/cli/werker.js next to the bundled CLI. Without it (the CLI run from its
 * TypeScript sources, as in the unit tests) `startWerker` gives undefined and the caller checks in-process.
 * Limits: WLZ_WERKER_MB (old generation, default 2048) and WLZ_WERKER_SECONDEN (default 300) for tests.
 */
import { existsSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Controleresultaat } from "../workbook/controle";
import { WerkmapFout } from "../workbook/snapshot";

export interface Opdracht {
  id: number;
  pad: string;
  regelset?: string;
}

export type Antwoord = { id: number; resultaat: Controleresultaat; sha256?: string } | { id: number; fout: string | undefined };

export interface Uitkomst {
  resultaat: Controleresultaat;
  sha256?: string;
}

export const STANDAARD_WERKER_MB = 2048;
export const STANDAARD_WERKER_SECONDEN = 300;
export const MAX_WERKERS = 32;
const STANDAARD_MAX_WERKERS = 4;

function getal(naam: string, standaard: number): number {
  const n = Number(process.env[naam]);
  return Number.isFinite(n) && n > 0 ? n : standaard;
}

export class Werker {
  private worker: Worker | undefined;
  private volgende = 1;
  private readonly mb = getal("WLZ_WERKER_MB", STANDAARD_WERKER_MB);
  private readonly seconden = getal("WLZ_WERKER_SECONDEN", STANDAARD_WERKER_SECONDEN);

  constructor(private readonly script: string) {}

  private start(): Worker {
    const w = new Worker(this.script, {
      resourceLimits: { maxOldGenerationSizeMb: this.mb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, this.mb / 16)) },
      stdout: true,
      stderr: true,
    });
    // whatever the worker itself would print (nothing, normally) never reaches the user's report
    w.stdout.resume();
    w.stderr.resume();
    return w;
  }

  /** Reads and checks one file; throws WerkmapFout with a Dutch message when it cannot. */
  controleer(pad: string, regelset: string | undefined): Promise<Uitkomst> {
    const w = (this.worker ??= this.start());
    const id = this.volgende++;
    return new Promise<Uitkomst>((klaar, mis) => {
      const einde = (fout?: WerkmapFout, uitkomst?: Uitkomst) => {
        clearTimeout(klok);
        w.off("message", bericht);
        w.off("error", crash);
        w.off("exit", crash);
        if (fout) {
          // a worker that failed is not reused: its heap may be exhausted or its state unknown
          if (this.worker === w) this.worker = undefined;
          void w.terminate();
          mis(fout);
        } else klaar(uitkomst as Uitkomst);
      };
      const bericht = (a: Antwoord) => {
        if (a.id !== id) return;
        if ("resultaat" in a) einde(undefined, { resultaat: a.resultaat, sha256: a.sha256 });
        else einde(new WerkmapFout(a.fout ?? "Het bestand kon niet worden gecontroleerd door een onverwachte fout.", "onleesbaar"));
      };
      const crash = () =>
        einde(
          new WerkmapFout(
            `Het bestand is te groot of te complex om te controleren (meer dan ${this.mb.toLocaleString("nl-NL")} MB geheugen nodig).`,
            "te-groot",
          ),
        );
      const klok = setTimeout(
        () =>
          einde(
            new WerkmapFout(
              `Het bestand is te groot of te complex om te controleren (na ${this.seconden.toLocaleString("nl-NL")} seconden gestopt).`,
              "te-groot",
            ),
          ),
        this.seconden * 1000,
      );
      w.on("message", bericht);
      w.on("error", crash);
      w.on("exit", crash);
      w.postMessage({ id, pad, regelset } satisfies Opdracht);
    });
  }

  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

/**
 * How many workers a batch of `bestanden` files gets: `gevraagd` (--werkers) or one per core up to 4, never
 * more than there are files, and never more than three quarters of the memory holds at each worker's limit
 * (a run must not push the controller's machine into swap).
 */
export function aantalWerkers(
  gevraagd: number | undefined,
  bestanden: number,
  machine = { kernen: availableParallelism(), geheugenMb: totalmem() / 2 ** 20 },
): number {
  const mb = getal("WLZ_WERKER_MB", STANDAARD_WERKER_MB);
  const geheugen = Math.max(1, Math.floor((machine.geheugenMb * 0.75) / mb));
  const wens = gevraagd ?? Math.min(STANDAARD_MAX_WERKERS, machine.kernen);
  return Math.max(1, Math.min(wens, bestanden, geheugen, MAX_WERKERS));
}

/** `aantal` workers next to the bundled CLI, or undefined (run from sources: check in-process). */
export function startWerkers(aantal: number, map: string = __dirname): Werker[] | undefined {
  const script = join(map, "werker.js");
  return existsSync(script) ? Array.from({ length: aantal }, () => new Werker(script)) : undefined;
}
