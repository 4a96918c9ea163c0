/**
 * Minified sizes of what the manifest loads: dist/functions.js (the custom-functions script) and the
 * task pane page: every local script taskpane.html loads except functions.js (counted above), plus any
 * split chunk webpack emitted next to them (a lazily loaded chunk is still part of the task pane), and,
 * apart, the stylesheets it links (Fluent's styles, taken out of the JavaScript at build time) plus any
 * other .css in dist. JS and CSS each have a budget, and so does their sum: moving bytes from the one
 * into the other does not make the pane lighter. functions.js is on the page too (the shared runtime):
 * the pane takes the rules core from it, so the whole page is reported as well.
 * KB here is KiB (1024 bytes), as everywhere in the bench.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_FUNCTIONS_KB = 150;
/** taskpane.js + commands.js (+ any other script of the page but functions.js). */
export const BUDGET_TASKPANE_KB = 500;
/** The stylesheets taskpane.html links. */
export const BUDGET_TASKPANE_CSS_KB = 60;
/** Both together. */
export const BUDGET_TASKPANE_TOTAAL_KB = 550;
const INGANGEN = ["functions.js", "taskpane.js", "commands.js"];

export interface BundelResultaat {
  functions_kb: number;
  /** JavaScript of the task pane: the files in taskpane_bestanden. */
  taskpane_kb: number;
  /** Files counted in taskpane_kb. */
  taskpane_bestanden: string[];
  /** Stylesheets of the task pane page. */
  taskpane_css_kb: number;
  taskpane_css_bestanden: string[];
  /** taskpane_kb + taskpane_css_kb. */
  taskpane_totaal_kb: number;
  /** Everything taskpane.html loads from dist (functions.js included: the shared runtime), JS and CSS. */
  taskpane_pagina_kb: number;
  functions_gzip_kb: number;
  taskpane_gzip_kb: number;
  taskpane_css_gzip_kb: number;
  /** Per file: minified and gzip KB. */
  per_bestand: Record<string, { kb: number; gzip_kb: number }>;
}

/** Local scripts of an HTML page, in order (external ones such as office.js left out). */
export function scriptsVan(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]).filter((s) => !/^(https?:)?\/\//i.test(s));
}

/** Local stylesheets an HTML page links, in order. */
export function stijlenVan(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((l) => /\brel=["']?stylesheet\b/i.test(l))
    .map((l) => l.match(/\bhref=["']?([^"'\s>]+)/i)?.[1] ?? "")
    .filter((s) => s && !/^(https?:)?\/\//i.test(s));
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const lokaal = (s: string) => s.replace(/^\.?\//, "").replace(/[?#].*$/, "");

export function meetBundels(dist: string): BundelResultaat {
  const nodig = ["functions.js", "taskpane.js", "taskpane.html"];
  for (const f of nodig) if (!existsSync(join(dist, f))) throw new Error(`${join(dist, f)} ontbreekt: voer eerst npm run build uit.`);
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const pagina = scriptsVan(html).map(lokaal);
  const bestanden = readdirSync(dist);
  const chunks = bestanden.filter((f) => f.endsWith(".js") && !INGANGEN.includes(f));
  const taskpane = [...new Set([...pagina.filter((s) => s !== "functions.js"), ...chunks])];
  const css = [...new Set([...stijlenVan(html).map(lokaal), ...bestanden.filter((f) => f.endsWith(".css"))])];
  const grootte = (f: string) => statSync(join(dist, f)).size;
  const gzip = (f: string) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const som = (fs: string[], m: (f: string) => number) => fs.reduce((s, f) => s + m(f), 0);
  const alles = [...new Set(["functions.js", ...taskpane, ...css])];
  return {
    functions_kb: kb(grootte("functions.js")),
    taskpane_kb: kb(som(taskpane, grootte)),
    taskpane_bestanden: taskpane,
    taskpane_css_kb: kb(som(css, grootte)),
    taskpane_css_bestanden: css,
    taskpane_totaal_kb: kb(som(taskpane, grootte) + som(css, grootte)),
    taskpane_pagina_kb: kb(som([...new Set([...pagina, ...chunks, ...css])], grootte)),
    functions_gzip_kb: kb(gzip("functions.js")),
    taskpane_gzip_kb: kb(som(taskpane, gzip)),
    taskpane_css_gzip_kb: kb(som(css, gzip)),
    per_bestand: Object.fromEntries(alles.map((f) => [f, { kb: kb(grootte(f)), gzip_kb: kb(gzip(f)) }])),
  };
}
