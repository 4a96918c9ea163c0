/**
 * Bouwt de e2e-testpagina: de ECHTE taskpane.html uit dist/ met de gebouwde functions.js, taskpane.js,
 * commands.js en het stylesheet, waarin alleen office.js van de CDN is vervangen door pagina.js: een
 * nep-Office/Excel (test/e2e/pagina.tsx) met de voorbeeldwerkmappen die bij het bouwen zijn ingelezen; de
 * pagina kiest er een met ?werkmap=fouten (het opgegeven voorbeeld), schoon of onbekend.
 * De CSP blijft die van de echte pagina, zonder de CDN (script-src alleen 'self').
 * Bouwt dist/ eerst als die ontbreekt of ouder is dan de bronnen.
 * Gebruik: tsx scripts/e2e-pagina.mts [uitmap] [voorbeeld.xlsx] [--zonder-build]
 */
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import { DIST, zorgVoorBuild } from "../test/support/bundel";
import { leesXlsx } from "../src/workbook/xlsx";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const STANDAARD_VOORBEELD = path.join(ROOT, "examples", "fouten-cz-vv-2021.xlsx");
export const STANDAARD_UIT = path.join(ROOT, "test-results", "e2e-pagina");
/** The other states the page can show: a clean offerte and one with an unknown rule set. */
export const EXTRA_VOORBEELDEN = {
  schoon: path.join(ROOT, "examples", "offerte-cz-vv-2021.xlsx"),
  onbekend: path.join(ROOT, "examples", "fouten-onbekende-regelset.xlsx"),
} as const;
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** dist/taskpane.html with office.js replaced by the fake (pagina.js), and the local files it loads. */
export function e2eHtml(html: string): { html: string; bestanden: string[] } {
  const cdn = new RegExp(`<script[^>]*\\bsrc=["']?${OFFICE_CDN.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}["']?[^>]*></script>`);
  if (!cdn.test(html)) throw new Error("dist/taskpane.html laadt office.js niet van de CDN: de e2e weet niet waar de nep-Office moet staan");
  const uit = html.replace(cdn, '<script src="pagina.js"></script>').replaceAll(` ${new URL(OFFICE_CDN).origin}`, "");
  const bestanden = [...uit.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']?([^"'\s>]+)/gi)]
    .map((m) => m[1].replace(/^\.?\//, "").replace(/[?#].*$/, ""))
    .filter((b) => !/^(https?:)?\/\//i.test(b) && b !== "pagina.js");
  return { html: uit, bestanden };
}

/** `bouwDist: false` (the bench): use dist/ as it is, never build into it. */
export async function bouwE2ePagina(uit = STANDAARD_UIT, voorbeeld = STANDAARD_VOORBEELD, opties: { bouwDist?: boolean } = {}): Promise<string> {
  if (opties.bouwDist !== false) zorgVoorBuild();
  const werkmappen: Record<string, unknown> = { fouten: await leesXlsx(voorbeeld) };
  for (const [naam, bestand] of Object.entries(EXTRA_VOORBEELDEN)) werkmappen[naam] = await leesXlsx(bestand);
  await rm(uit, { recursive: true, force: true });
  await mkdir(uit, { recursive: true });
  const compiler = webpack({
    // E2E_MODUS=development: een leesbare pagina.js (voor een leesbaar taakvenster: npm run build:dev).
    mode: process.env.E2E_MODUS === "development" ? "development" : "production",
    devtool: false,
    target: ["web", "es2020"],
    context: ROOT,
    entry: { pagina: "./test/e2e/pagina.tsx" },
    output: { path: uit, filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", publicPath: "", clean: false },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: false } } },
        },
      ],
    },
    plugins: [new webpack.DefinePlugin({ __VOORBEELD_WERKMAPPEN__: JSON.stringify(werkmappen) })],
    performance: { hints: false },
  });
  const stats = await new Promise<webpack.Stats>((klaar, faal) =>
    compiler.run((fout, s) => {
      compiler.close(() => undefined);
      if (fout || !s) faal(fout ?? new Error("webpack gaf geen resultaat"));
      else klaar(s);
    }),
  );
  if (stats.hasErrors()) throw new Error(`De e2e-pagina bouwt niet:\n${stats.toString({ all: false, errors: true })}`);
  const pagina = e2eHtml(await readFile(path.join(DIST, "taskpane.html"), "utf8"));
  for (const b of pagina.bestanden) await copyFile(path.join(DIST, b), path.join(uit, b));
  await writeFile(path.join(uit, "index.html"), pagina.html);
  return uit;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --zonder-build: dist/ as it is (npm run bench)
  const [uitArg, voorbeeldArg] = process.argv.slice(2).filter((a) => a !== "--zonder-build");
  const uit = await bouwE2ePagina(uitArg ? path.resolve(uitArg) : undefined, voorbeeldArg ? path.resolve(voorbeeldArg) : undefined, {
    bouwDist: !process.argv.includes("--zonder-build"),
  });
  console.log(`e2e-pagina gebouwd in ${uit}`);
}
