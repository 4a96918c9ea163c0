/** Small measuring helpers shared by the bench parts. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";


export function mediaan(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function afgerond(x: number, decimalen = 1): number {
  const f = 10 ** decimalen;
  return Math.round(x * f) / f;
}

/** Milliseconds of one (possibly async) call. */
export async function tijd(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * Runs the variants interleaved (A B A B ...) so load from other processes on this shared machine hits
 * them alike: `opwarmen` unmeasured rounds, then the median of `rondes` measured ones per variant.
 * `wisselend`: every other round in reverse order (A B, B A, ...), so neither pays more often for the garbage
 * the other left (a collection that the one before caused lands in the one after).
 */
export async function vergelijk<K extends string>(
  varianten: Record<K, () => unknown>,
  rondes: number,
  opwarmen = 1,
  wisselend = false,
): Promise<Record<K, { mediaan: number; alle: number[] }>> {
  const namen = Object.keys(varianten) as K[];
  const alle = Object.fromEntries(namen.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < opwarmen + rondes; i++) {
    for (const n of wisselend && i % 2 === 1 ? [...namen].reverse() : namen) {
      const ms = await tijd(varianten[n]);
      if (i >= opwarmen) alle[n].push(ms);
    }
  }
  return Object.fromEntries(namen.map((n) => [n, { mediaan: mediaan(alle[n]), alle: alle[n].map((x) => afgerond(x)) }])) as Record<
    K,
    { mediaan: number; alle: number[] }
  >;
}

/** Samples rss and heapUsed every few ms (and at stop), for peak memory during a stretch of work. */
export class Geheugenpiek {
  rss = 0;
  heap = 0;
  private klok: NodeJS.Timeout | undefined;
  start(interval = 5): this {
    this.meet();
    this.klok = setInterval(() => this.meet(), interval);
    return this;
  }
  meet(): void {
    const m = process.memoryUsage();
    this.rss = Math.max(this.rss, m.rss);
    this.heap = Math.max(this.heap, m.heapUsed);
  }
  stop(): { rss_mb: number; heap_mb: number } {
    clearInterval(this.klok);
    this.meet();
    return { rss_mb: afgerond(this.rss / 1e6, 0), heap_mb: afgerond(this.heap / 1e6, 0) };
  }
}

export function ruimOp(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The project root, from wherever this code runs (bench/ under tsx, node_modules/.cache as a bundle). */
export function vindRoot(van = __dirname): string {
  for (let d = van; d !== dirname(d); d = dirname(d)) {
    const pkg = join(d, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name === "wlz-zorginkoop-addin") return d;
  }
  throw new Error(`Geen projectmap gevonden boven ${van}`);
}
