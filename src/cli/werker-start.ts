/**
 * Worker entry of wlz-check (bundled as dist/cli/werker.js): reads and checks one file per message, so a
 * file that exhausts memory or time ends this worker, not the batch (see werker.ts).
 */
import { parentPort } from "node:worker_threads";
import { controleerWerkmap } from "../workbook/controle";
import { WerkmapFout } from "../workbook/snapshot";
import { leesXlsx } from "../workbook/xlsx";
import { sha256 } from "./sha256";
import type { Opdracht, Antwoord } from "./werker";

parentPort?.on("message", async (o: Opdracht) => {
  let antwoord: Antwoord;
  try {
    const werkmap = await leesXlsx(o.pad);
    antwoord = { id: o.id, resultaat: controleerWerkmap(werkmap, { regelset: o.regelset }), sha256: await sha256(o.pad) };
  } catch (e) {
    antwoord = { id: o.id, fout: e instanceof WerkmapFout ? e.message : undefined };
  }
  parentPort?.postMessage(antwoord);
});
