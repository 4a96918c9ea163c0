/**
 * The floor of reading an .xlsx: unzip every part the reader needs (shared strings and sheets, in
 * the reader's chunk size), decode the text, and one regex pass over the cells (one match per cell).
 * No reader can be much faster than this; `checker.floor_ratio` is the reader's time over it.
 * Plus bytes_per_cell: heap the snapshot keeps per cell present (after a full GC).
 */
import { readFile } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { aantalCellen, type Werkmap } from "../src/workbook/snapshot";
import { leesXlsx } from "../src/workbook/xlsx";
import { leesCentraleMap } from "../src/workbook/zipcontrole";
import { afgerond, vergelijk } from "./meten";

const CEL = /<c[\s>/][^]*?(?:<\/c>|\/>)/g;

async function* stukken(bytes: Uint8Array, begin: number, lengte: number): AsyncGenerator<Buffer> {
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  inflate.end(bytes.subarray(begin, begin + lengte));
  for await (const s of inflate as AsyncIterable<Buffer>) yield s;
}

/** Milliseconds and the number of cells the regex saw. */
export async function vloer(pad: string): Promise<{ ms: number; cellen: number }> {
  const t = performance.now();
  const bytes = new Uint8Array(await readFile(pad));
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let cellen = 0;
  for (const item of leesCentraleMap(bytes)) {
    if (!/worksheets\/.*\.xml$|sharedStrings\.xml$/i.test(item.naam)) continue;
    const begin = item.lokaleKop + 30 + dv.getUint16(item.lokaleKop + 26, true) + dv.getUint16(item.lokaleKop + 28, true);
    const decoder = new TextDecoder("utf-8");
    let rest = "";
    for await (const stuk of stukken(bytes, begin, item.ingepakt)) {
      const s = rest + decoder.decode(stuk, { stream: true });
      // a cell cut at the chunk end goes on with the next chunk
      const knip = s.lastIndexOf("<c");
      const heel = knip > 0 ? s.slice(0, knip) : s;
      rest = knip > 0 ? s.slice(knip) : "";
      CEL.lastIndex = 0;
      while (CEL.exec(heel) !== null) cellen++;
    }
    CEL.lastIndex = 0;
    while (CEL.exec(rest) !== null) cellen++;
  }
  return { ms: performance.now() - t, cellen };
}

type Lezer = (pad: string) => Promise<Werkmap>;

/** Heap the snapshot of this file keeps, per cell present (node --expose-gc for a clean number). */
export async function bytesPerCel(pad: string, lees: Lezer = leesXlsx): Promise<{ bytes_per_cell: number; cellen: number }> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  gc();
  const voor = process.memoryUsage().heapUsed;
  const wm: Werkmap = await lees(pad);
  gc();
  const na = process.memoryUsage().heapUsed;
  const cellen = wm.bladen.reduce((n, b) => n + aantalCellen(b), 0);
  return { bytes_per_cell: Math.round((na - voor) / cellen), cellen };
}

export interface VloerResultaat {
  rows: number;
  floor_ms: number;
  read_ms: number;
  floor_ratio: number;
  /** The same offerte with its formulas shared the way Excel stores a filled-down column. */
  shared_floor_ms: number;
  shared_read_ms: number;
  shared_floor_ratio: number;
  bytes_per_cell: number;
  cells: number;
}

/**
 * Reader against floor on `pad` and on `gedeeldPad` (shared formulas), interleaved, medians. `lees`: the reader
 * to time, the shipped CLI bundle's in `npm run bench` (the sources through tsx pay a getter per imported call).
 */
export async function meetVloer(pad: string, gedeeldPad: string, rijen: number, rondes: number, lees: Lezer = leesXlsx): Promise<VloerResultaat> {
  const t = await vergelijk(
    {
      vloer: () => vloer(pad),
      lezen: () => lees(pad),
      vloerGedeeld: () => vloer(gedeeldPad),
      lezenGedeeld: () => lees(gedeeldPad),
    },
    rondes,
  );
  const geheugen = await bytesPerCel(pad, lees);
  return {
    rows: rijen,
    floor_ms: afgerond(t.vloer.mediaan),
    read_ms: afgerond(t.lezen.mediaan),
    floor_ratio: afgerond(t.lezen.mediaan / t.vloer.mediaan, 2),
    shared_floor_ms: afgerond(t.vloerGedeeld.mediaan),
    shared_read_ms: afgerond(t.lezenGedeeld.mediaan),
    shared_floor_ratio: afgerond(t.lezenGedeeld.mediaan / t.vloerGedeeld.mediaan, 2),
    bytes_per_cell: geheugen.bytes_per_cell,
    cells: geheugen.cellen,
  };
}
