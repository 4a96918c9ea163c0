/**
 * Minified sizes of what the manifest loads: dist/functions.js (the custom-functions script) and the
 * task pane page: every local script taskpane.html loads except functions.js (counted above), plus any
 * split chunk webpack emitted next to them (a lazily loaded chunk is still part of the task pane).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_FUNCTIONS_KB = 150;
export const BUDGET_TASKPANE_KB = 700;
const INGANGEN = ["functions.js", "taskpane.js", "commands.js"];

export interface BundelResultaat {
  functions_kb: number;
  taskpane_kb: number;
  /** Files counted in taskpane_kb. */
  taskpane_bestanden: string[];
  /** Everything taskpane.html loads from dist (functions.js included: the shared runtime). */
  taskpane_pagina_kb: number;
  functions_gzip_kb: number;
  taskpane_gzip_kb: number;
}

/** Local scripts of an HTML page, in order (external ones such as office.js left out). */
export function scriptsVan(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]).filter((s) => !/^(https?:)?\/\//i.test(s));
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export function meetBundels(dist: string): BundelResultaat {
  const nodig = ["functions.js", "taskpane.js", "taskpane.html"];
  for (const f of nodig) if (!existsSync(join(dist, f))) throw new Error(`${join(dist, f)} ontbreekt: voer eerst npm run build uit.`);
  const pagina = scriptsVan(readFileSync(join(dist, "taskpane.html"), "utf8")).map((s) => s.replace(/^\.?\//, "").replace(/[?#].*$/, ""));
  const chunks = readdirSync(dist).filter((f) => f.endsWith(".js") && !INGANGEN.includes(f));
  const taskpane = [...new Set([...pagina.filter((s) => s !== "functions.js"), ...chunks])];
  const grootte = (f: string) => statSync(join(dist, f)).size;
  const gzip = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const som = (fs: string[], m: (f: string) => number) => fs.reduce((s, f) => s + m(f), 0);
  return {
    functions_kb: kb(grootte("functions.js")),
    taskpane_kb: kb(som(taskpane, grootte)),
    taskpane_bestanden: taskpane,
    taskpane_pagina_kb: kb(som([...new Set([...pagina, ...chunks])], grootte)),
    functions_gzip_kb: kb(gzip("functions.js")),
    taskpane_gzip_kb: kb(som(taskpane, gzip)),
  };
}
