/**
 * The task pane's time to first render in Chromium, against a minimal Fluent page in the same run.
 *
 * Pane: the shipped page (dist/taskpane.html with the built functions.js, taskpane.js, commands.js and
 * stylesheet), office.js replaced by the e2e's fake Office/Excel (scripts/e2e-pagina.mts, pagina.js), so
 * the App renders as in Excel. Baseline: bench/minimaal.tsx (FluentProvider + one Button), built with the
 * add-in's webpack settings (same loaders, minifier, CSS extraction; no source maps) into a temp folder,
 * in a page with the same head (CSP, fonts). Each load gets a fresh browser context (no cache), the
 * variants are loaded interleaved after a warm-up, and the medians are compared.
 * Measured from navigation start: "eerste render" = the first DOM mutation that puts content in #root
 * (React's first commit), and first-contentful-paint.
 * Builds and pages live in the given temp folder; nothing is written into the repository.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, createReadStream, writeFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize } from "node:path";
import { afgerond, mediaan } from "./meten";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const VLAGGEN = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

export interface VensterResultaat {
  gemeten: boolean;
  reden?: string;
  rondes?: number;
  /** Medians in ms from navigation start. */
  paneel_render_ms?: number;
  minimaal_render_ms?: number;
  render_ratio?: number;
  paneel_fcp_ms?: number;
  minimaal_fcp_ms?: number;
  fcp_ratio?: number;
  paneel_alle_ms?: number[];
  minimaal_alle_ms?: number[];
  /** What each page loads from its own origin, KiB (the pane page includes the fake Office, pagina.js). */
  paneel_pagina_kb?: number;
  minimaal_pagina_kb?: number;
  nep_office_kb?: number;
  bouw_minimaal_s?: number;
}

type Webpack = typeof import("webpack");
type Config = import("webpack").Configuration;

/** bench/minimaal.tsx with the add-in's webpack config (addin), only entry, output and plugins adjusted. */
async function bouwMinimaal(root: string, uit: string): Promise<void> {
  const eis = createRequire(join(root, "package.json"));
  const webpack = eis("webpack") as Webpack;
  const fabriek = eis(join(root, "webpack.config.js")) as (env: object, argv: object) => Promise<Config[]>;
  const [addin] = await fabriek({}, { mode: "production" });
  // Keep the CSS extraction; drop what belongs to the add-in's own entries (functions.json, taskpane.html, copies, kern checks).
  const houden = new Set(["MiniCssExtractPlugin", "GriffelCSSExtractionPlugin"]);
  const config: Config = {
    ...addin,
    entry: { minimaal: join(root, "bench", "minimaal.tsx") },
    output: { ...addin.output, path: uit, clean: true },
    devtool: false,
    externals: [],
    plugins: (addin.plugins ?? []).filter((p) => p && houden.has(p.constructor.name)),
  };
  const stats = await new Promise<import("webpack").Stats>((klaar, faal) => {
    const c = webpack(config);
    c.run((fout, s) => c.close(() => (fout || !s ? faal(fout ?? new Error("webpack gaf geen resultaat")) : klaar(s))));
  });
  if (stats.hasErrors()) throw new Error(`bench/minimaal.tsx bouwt niet:\n${stats.toString({ all: false, errors: true })}`);
}

/** The head of dist/taskpane.html (CSP, fonts), with only the minimal bundle and its stylesheet. */
function minimaalHtml(taskpaneHtml: string, css: string[]): string {
  const zonder = taskpaneHtml.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "").replace(/<link\b[^>]*\brel=["']?stylesheet[^>]*>/gi, "");
  const tags = `${css.map((c) => `<link href=${c} rel=stylesheet>`).join("")}<script defer src=minimaal.js></script>`;
  return zonder.replace("</head>", `${tags}</head>`);
}

/** The minimal Fluent page in `uit` (index.html, minimaal.js, its stylesheet); returns the build time in s. */
export async function bouwMinimalePagina(root: string, uit: string): Promise<number> {
  const t = performance.now();
  await bouwMinimaal(root, uit);
  const taskpaneHtml = readFileSync(join(root, "dist", "taskpane.html"), "utf8");
  const css = existsSync(join(uit, "griffel.css")) ? ["griffel.css"] : [];
  writeFileSync(join(uit, "index.html"), minimaalHtml(taskpaneHtml, css));
  return afgerond((performance.now() - t) / 1000);
}

function bestandenKb(map: string, html: string): number {
  const namen = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']?([^"'\s>]+)/gi)].map((m) => m[1]).filter((b) => !/^(https?:)?\/\//i.test(b));
  return afgerond((namen.reduce((s, n) => s + statSync(join(map, n)).size, 0) + Buffer.byteLength(html)) / 1024);
}

function serveer(map: string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const naam = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const bestand = join(map, normalize(naam));
    if (!bestand.startsWith(map) || !existsSync(bestand) || statSync(bestand).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(bestand)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(bestand).pipe(res);
  });
  return new Promise((klaar) => server.listen(0, "127.0.0.1", () => klaar({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

export async function meetVenster(root: string, tmp: string, rondes = 7): Promise<VensterResultaat> {
  if (!existsSync(CHROMIUM)) return { gemeten: false, reden: `Chromium ontbreekt op ${CHROMIUM}` };
  const map = join(tmp, "venster");
  const paneel = join(map, "paneel");
  const minimaal = join(map, "minimaal");
  mkdirSync(map, { recursive: true });

  // The pane page: exactly what the e2e loads (dist as it is, never rebuilt here).
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const r = spawnSync(tsx, [join(root, "scripts", "e2e-pagina.mts"), paneel, join(root, "examples", "fouten-cz-vv-2021.xlsx"), "--zonder-build"], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`de taakvensterpagina bouwt niet:\n${r.stderr || r.stdout}`);

  const bouw_minimaal_s = await bouwMinimalePagina(root, minimaal);

  const { chromium } = await import("playwright-core");
  const { server, origin } = await serveer(map);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: VLAGGEN });
  try {
    const laad = async (pad: string) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: "nl-NL" });
      try {
        await context.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
        await context.addInitScript(() => {
          const w = window as unknown as { __eersteRender?: number };
          new MutationObserver((_, o) => {
            if (document.getElementById("root")?.firstChild) {
              w.__eersteRender = performance.now();
              o.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        });
        const page = await context.newPage();
        const fouten: string[] = [];
        page.on("pageerror", (e) => fouten.push(String(e)));
        await page.goto(`${origin}/${pad}/index.html`);
        await page.waitForFunction(() => (window as unknown as { __eersteRender?: number }).__eersteRender !== undefined, undefined, { timeout: 30_000 });
        await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, undefined, { timeout: 10_000 }).catch(() => undefined);
        if (fouten.length) throw new Error(`${pad}: fout op de pagina: ${fouten.join("; ")}`);
        return await page.evaluate(() => ({
          render: (window as unknown as { __eersteRender: number }).__eersteRender,
          fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        }));
      } finally {
        await context.close();
      }
    };
    const uit = { paneel: [] as { render: number; fcp: number }[], minimaal: [] as { render: number; fcp: number }[] };
    for (let i = 0; i < rondes + 1; i++) {
      for (const v of ["paneel", "minimaal"] as const) {
        const m = await laad(v);
        if (i > 0) uit[v].push(m);
      }
    }
    const med = (xs: number[]) => afgerond(mediaan(xs));
    const pr = med(uit.paneel.map((m) => m.render));
    const mr = med(uit.minimaal.map((m) => m.render));
    const pf = med(uit.paneel.map((m) => m.fcp));
    const mf = med(uit.minimaal.map((m) => m.fcp));
    return {
      gemeten: true,
      rondes,
      paneel_render_ms: pr,
      minimaal_render_ms: mr,
      render_ratio: afgerond(pr / mr, 2),
      paneel_fcp_ms: pf,
      minimaal_fcp_ms: mf,
      fcp_ratio: afgerond(pf / mf, 2),
      paneel_alle_ms: uit.paneel.map((m) => afgerond(m.render)),
      minimaal_alle_ms: uit.minimaal.map((m) => afgerond(m.render)),
      paneel_pagina_kb: bestandenKb(paneel, readFileSync(join(paneel, "index.html"), "utf8")),
      minimaal_pagina_kb: bestandenKb(minimaal, readFileSync(join(minimaal, "index.html"), "utf8")),
      nep_office_kb: afgerond(statSync(join(paneel, "pagina.js")).size / 1024),
      bouw_minimaal_s,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
