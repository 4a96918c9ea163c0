/* eslint-disable no-undef */
/**
 * Webpack plugin that writes the help pages of the WLZ.* functions into help/ of the build (dist/help), from
 * the functions.json the custom-functions plugin has just generated and from src/help (TypeScript, bundled
 * here with esbuild so the pages use the same rules code as the functions). It also points every helpUrl of
 * functions.json at the add-in's own URL (ADDIN_URL in production, as the manifest), and fails the build
 * when a function has no helpUrl to its own page.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const NAAM = "HulpPaginas";

/** src/help/paginas.ts as a module of this process, with the source files it was built from (for --watch). */
function laadGenerator(ingang) {
  const esbuild = require("esbuild");
  const uit = esbuild.buildSync({ entryPoints: [ingang], bundle: true, platform: "node", format: "cjs", target: "node20", write: false, metafile: true, logLevel: "silent" });
  const module = { exports: {} };
  // The generator is our own source, bundled a moment ago; it runs once per build, in this process.
  new Function("module", "exports", "require", uit.outputFiles[0].text)(module, module.exports, require);
  return { generator: module.exports, bronnen: Object.keys(uit.metafile.inputs).map((p) => path.resolve(p)) };
}

/** functions.json with every help link under `basisUrl` instead of the dev URL the JSDoc names. */
function helpUrlsNaar(json, devUrl, basisUrl) {
  return json.replaceAll(`${devUrl}help/`, `${basisUrl}help/`);
}

class HulpPaginas {
  /** @param {{ devUrl: string, basisUrl: string, functiesBron: string, generator: string, stijl: string }} opties */
  constructor(opties) {
    this.opties = opties;
  }

  apply(compiler) {
    const { devUrl, basisUrl, functiesBron, generator, stijl } = this.opties;
    compiler.hooks.thisCompilation.tap(NAAM, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAAM, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return; // FunctionsJsonControle reports a missing functions.json
        const fout = (tekst) => compilation.errors.push(new webpack.WebpackError(`Hulppagina's: ${tekst}`));
        try {
          // The JSDoc names the dev URL, as manifest.xml does; a production build serves the pages from ADDIN_URL.
          const json = helpUrlsNaar(asset.source.source().toString(), devUrl, basisUrl);
          if (basisUrl !== devUrl) compilation.updateAsset("functions.json", new webpack.sources.RawSource(json));
          const metadata = JSON.parse(json);
          const { generator: g, bronnen } = laadGenerator(path.resolve(generator));
          for (const b of [...bronnen, path.resolve(functiesBron), path.resolve(stijl)]) compilation.fileDependencies.add(b);
          for (const f of g.helpUrlFouten(metadata, basisUrl)) fout(f);
          const paginas = g.maakHulppaginas({ metadata, functiesBron: fs.readFileSync(functiesBron, "utf8") });
          // Marked minimized: the pages ship as written (readable, and equal to what the generator returns), without source maps.
          const alsGeschreven = { minimized: true };
          for (const [naam, html] of Object.entries(paginas)) compilation.emitAsset(`help/${naam}`, new webpack.sources.RawSource(html), alsGeschreven);
          compilation.emitAsset("help/help.css", new webpack.sources.RawSource(fs.readFileSync(stijl, "utf8")), alsGeschreven);
        } catch (e) {
          fout(e && e.message ? e.message : String(e));
        }
      });
    });
  }
}

module.exports = { HulpPaginas, helpUrlsNaar };
