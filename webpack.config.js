/* eslint-disable no-undef */
/**
 * Builds the add-in into dist/: functions.js (+ generated functions.json), taskpane.html/js (which also
 * hosts the functions in the shared runtime), commands.js (loaded by taskpane.html; the manifest's FunctionFile is
 * the task pane page, so no commands.html is built), griffel.css (Fluent's styles, taken out of the
 * JavaScript at build time and linked by taskpane.html), the assets and manifest.xml, the help pages of the
 * functions (help/, scripts/hulppaginas.js); plus the
 * wlz-check CLI for node (dist/cli/wlz-check.js) when its source exists.
 * taskpane.js takes the rules core from functions.js on the same page instead of bundling it twice:
 * scripts/webpack-kern.cjs.
 * Only `webpack serve` needs dev certificates; a production build works without them.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { PANEEL_LAAG, kernBron, kernControleBron, paneelBron, kernExtern, KernControle } = require("./scripts/webpack-kern.cjs");
const { HulpPaginas } = require("./scripts/hulppaginas");

const URL_DEV = "https://localhost:3000/";
const ROOT = __dirname;
const FUNCTIONS_SRC = "./src/functions/functions.ts";
const TASKPANE_SRC = "./src/taskpane/index.tsx";
const CLI_SRC = "./src/cli/wlz-check.ts";

function productieUrl() {
  const url = process.env.ADDIN_URL || URL_DEV;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL moet met https:// beginnen, niet "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * custom-functions-metadata can fail quietly (its CLI exits 0 without output). The plugin reports parse
 * errors, but this check also fails the build when functions.json is missing, empty or has no functions.
 */
class FunctionsJsonControle {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsJsonControle", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsJsonControle", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const asset = compilation.getAsset("functions.json");
          let aantal = 0;
          try {
            const json = asset ? JSON.parse(asset.source.source().toString()) : undefined;
            aantal = Array.isArray(json?.functions) ? json.functions.length : 0;
          } catch {
            aantal = 0;
          }
          if (!aantal) {
            compilation.errors.push(
              new webpack.WebpackError("functions.json ontbreekt of bevat geen functies: controleer de JSDoc in src/functions/functions.ts"),
            );
          }
        },
      );
    });
  }
}

const tsRegel = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    // Type checking is `tsc --noEmit`; the bundle only needs transpilation (isolatedModules is on).
    options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
  },
};

async function httpsOpties() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serve = !!env.WEBPACK_SERVE;
  const urlProd = productieUrl();

  const addin = {
    name: "addin",
    mode: dev ? "development" : "production",
    // No eval-based source maps: the Content-Security-Policy of the pages forbids eval.
    devtool: "source-map",
    target: ["web", "es2020"],
    entry: {
      // virtual:wlz-functies: first publish the core, then functions.ts (and its CustomFunctions.associate calls).
      functions: "virtual:wlz-functies",
      // virtual:wlz-paneel: check that functions.js published the core, then index.tsx. The pane has its own
      // layer: only there do imports of the core become references to what functions.js published (kernExtern).
      taskpane: { import: "virtual:wlz-paneel", layer: PANEEL_LAAG },
      commands: "./src/commands/commands.ts",
    },
    experiments: { layers: true },
    externals: [kernExtern],
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // dist/cli belongs to the CLI build below, which may run at the same time.
      clean: { keep: /^cli[\\/]/ },
      // Classic scripts: Office loads functions.js via <Script>, which does not take ES modules.
      module: false,
      iife: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        tsRegel,
        // Fluent UI ships its styles precompiled (__styles/__resetStyles). This loader takes the CSS out of
        // the JavaScript; the plugins below collect it, sorted the way Griffel's buckets order it, in one
        // stylesheet that taskpane.html links (served from 'self'). Only the class names stay in taskpane.js.
        { test: /\.js$/, include: /[\\/]node_modules[\\/]@fluentui[\\/]/, use: { loader: GriffelCSSExtractionPlugin.loader } },
        // The pane's own makeStyles calls: precompiled at build time (after ts-loader; the TypeScript preset is for
        // the style modules the loader evaluates) and extracted the same way, so no style compiler ships.
        {
          test: /\.tsx?$/,
          include: path.resolve(__dirname, "src/taskpane"),
          enforce: "post",
          use: [
            { loader: GriffelCSSExtractionPlugin.loader },
            { loader: "@griffel/webpack-loader", options: { babelOptions: { presets: ["@babel/preset-typescript"] } } },
          ],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    // Each entry stays one self-contained script; the functions bundle must not pull in React/Fluent.
    // SplitChunks only for the cache group GriffelCSSExtractionPlugin adds: it gathers the extracted CSS
    // (no JavaScript) into griffel.css. (With splitChunks: false the plugin moves the CSS itself and trips
    // over CSS of modules that tree shaking dropped.) No default groups: no JavaScript chunk is split off.
    optimization: { splitChunks: { cacheGroups: { default: false, defaultVendors: false } }, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SRC }),
      new FunctionsJsonControle(),
      // Same URL rule as the manifest below: the dev URL in a development build, ADDIN_URL in production.
      new HulpPaginas({ devUrl: URL_DEV, basisUrl: dev ? URL_DEV : urlProd, functiesBron: FUNCTIONS_SRC, generator: "./src/help/paginas.ts", stijl: "./src/help/help.css" }),
      new webpack.experiments.schemes.VirtualUrlPlugin({
        // version: in watch mode the module is rebuilt when the names the pane imports change.
        "wlz-kern": { source: kernBron, version: kernBron, type: ".js", context: ROOT },
        "wlz-functies": { source: () => `import "virtual:wlz-kern";\nimport ${JSON.stringify(path.join(ROOT, FUNCTIONS_SRC))};\n`, type: ".js", context: ROOT },
        "wlz-kern-controle": { source: kernControleBron, type: ".js", context: ROOT },
        "wlz-paneel": { source: () => paneelBron(TASKPANE_SRC), type: ".js", context: ROOT },
      }),
      new KernControle(),
      new MiniCssExtractPlugin({ filename: "[name].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page also hosts the custom functions and the commands.
        chunks: ["taskpane", "functions", "commands"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform(inhoud) {
              if (dev) return inhoud;
              // Every URL is built from ADDIN_URL (also SupportUrl and LearnMoreUrl: help/index.html under it).
              return inhoud.toString().replaceAll(URL_DEV, urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serve ? { type: "https", options: await httpsOpties() } : undefined,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
    },
  };

  const configs = [addin];
  if (fs.existsSync(path.resolve(__dirname, CLI_SRC)) && !serve) {
    configs.push({
      name: "cli",
      mode: dev ? "development" : "production",
      devtool: false,
      target: "node20",
      // werker: the worker thread that checks one file under memory and time limits (src/cli/werker.ts)
      entry: { "wlz-check": CLI_SRC, werker: "./src/cli/werker-start.ts" },
      // the CLI finds dist/cli/werker.js next to itself through the real __dirname
      node: { __dirname: false, __filename: false },
      output: {
        path: path.resolve(__dirname, "dist/cli"),
        filename: "[name].js",
        library: { type: "commonjs2" },
        clean: true,
      },
      resolve: { extensions: [".ts", ".tsx", ".js"] },
      module: { rules: [tsRegel] },
      externals: { exceljs: "commonjs exceljs" },
      externalsPresets: { node: true },
      optimization: { minimize: false },
      performance: { hints: false },
    });
  }
  return configs;
};
