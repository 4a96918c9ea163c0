/**
 * Bouwt de e2e-testpagina: leest de voorbeeld-.xlsx-bestanden in (Node), bakt die werkmappen in een webpackbundel
 * van test/e2e/pagina.tsx en schrijft index.html met een strikte CSP (geen eval, alleen 'self'). De pagina kiest
 * er een met ?werkmap=fouten (het opgegeven voorbeeld), schoon of onbekend.
 * Gebruik: tsx scripts/e2e-pagina.mts [uitmap] [voorbeeld.xlsx]
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import { leesXlsx } from "../src/workbook/xlsx";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const STANDAARD_VOORBEELD = path.join(ROOT, "examples", "fouten-cz-vv-2021.xlsx");
export const STANDAARD_UIT = path.join(ROOT, "test-results", "e2e-pagina");
/** The other states the page can show: a clean offerte and one with an unknown rule set. */
export const EXTRA_VOORBEELDEN = {
  schoon: path.join(ROOT, "examples", "offerte-cz-vv-2021.xlsx"),
  onbekend: path.join(ROOT, "examples", "fouten-onbekende-regelset.xlsx"),
} as const;

const HTML = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'" />
    <title>WLZ-controle (e2e)</title>
    <style>html, body { margin: 0; padding: 0; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; }</style>
  </head>
  <body>
    <div id="root"></div>
    <script src="pagina.js"></script>
  </body>
</html>
`;

export async function bouwE2ePagina(uit = STANDAARD_UIT, voorbeeld = STANDAARD_VOORBEELD): Promise<string> {
  const werkmappen: Record<string, unknown> = { fouten: await leesXlsx(voorbeeld) };
  for (const [naam, bestand] of Object.entries(EXTRA_VOORBEELDEN)) werkmappen[naam] = await leesXlsx(bestand);
  await rm(uit, { recursive: true, force: true });
  await mkdir(uit, { recursive: true });
  const compiler = webpack({
    // E2E_MODUS=development geeft leesbare fouten bij het zoeken naar een probleem.
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
  await writeFile(path.join(uit, "index.html"), HTML);
  return uit;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const uit = await bouwE2ePagina(process.argv[2] ? path.resolve(process.argv[2]) : undefined, process.argv[3] ? path.resolve(process.argv[3]) : undefined);
  console.log(`e2e-pagina gebouwd in ${uit}`);
}
