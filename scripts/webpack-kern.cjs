/* eslint-disable no-undef */
/**
 * One copy of the rules core per page (used by webpack.config.js).
 *
 * taskpane.html loads functions.js, taskpane.js and commands.js into one page (the shared runtime).
 * functions.js stays self-contained: it registers the WLZ.* functions in a plain context that defines
 * only CustomFunctions and Office. Before registering, it publishes what the task pane takes from the
 * core as one frozen object on globalThis (KERN_GLOBAAL; no window, no document). The pane is built in
 * its own layer; there its imports of a KERN module become a reference into that object, so taskpane.js
 * carries no second copy of the rules, the tariff calculations and decimal.js.
 *
 * Only the names the pane imports are published (read from the pane's sources with the TypeScript
 * parser), so functions.js keeps what tree shaking gives it plus those few exports. KernControle checks
 * the result after every build: taskpane.js holds no module that functions.js also holds, every name
 * taskpane.js takes from the object is published, and functions.js refers to no external module.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..");
const KERN_GLOBAAL = "__wlzKern";
/** Modules of the functions bundle the pane may take from it (paths from the repository root). */
const KERN = ["src/rules/index.ts", "src/rules/kalender.ts", "src/functions/berekeningen.ts"];
const PANEEL_LAAG = "paneel";
/** Sources of the pane's layer that may import the core (the core itself and the CLI are not pane code). */
const PANEEL_BRONNEN = ["src"];
const GEEN_PANEEL = ["src/rules", "src/functions", "src/cli", "src/help"];

const sleutelVan = (pad) => path.relative(ROOT, pad).split(path.sep).join("/");

function loepBestanden(map, uit = []) {
  for (const e of fs.readdirSync(map, { withFileTypes: true })) {
    const p = path.join(map, e.name);
    if (GEEN_PANEEL.includes(sleutelVan(p))) continue;
    if (e.isDirectory()) loepBestanden(p, uit);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) uit.push(p);
  }
  return uit;
}

function kernSleutel(vanBestand, specifier) {
  if (!specifier.startsWith(".")) return KERN.includes(specifier) ? specifier : undefined;
  const basis = path.resolve(path.dirname(vanBestand), specifier);
  for (const staart of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const k = sleutelVan(basis + staart);
    if (KERN.includes(k) && fs.existsSync(basis + staart)) return k;
  }
  return undefined;
}

/**
 * Per KERN module the value names the pane's sources import from it ("*" for a namespace import or a
 * re-export of everything). Type-only imports are left out: they do not exist at run time.
 */
function kernNamen() {
  const ts = require("typescript");
  const namen = new Map(KERN.map((k) => [k, new Set()]));
  for (const bestand of PANEEL_BRONNEN.flatMap((m) => loepBestanden(path.join(ROOT, m)))) {
    const bron = ts.createSourceFile(bestand, fs.readFileSync(bestand, "utf8"), ts.ScriptTarget.Latest, false, bestand.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const bezoek = (knoop) => {
      if ((ts.isImportDeclaration(knoop) || ts.isExportDeclaration(knoop)) && knoop.moduleSpecifier && ts.isStringLiteral(knoop.moduleSpecifier)) {
        const k = kernSleutel(bestand, knoop.moduleSpecifier.text);
        if (k) {
          const set = namen.get(k);
          if (ts.isImportDeclaration(knoop)) {
            const c = knoop.importClause;
            if (c && !c.isTypeOnly) {
              if (c.name) set.add("default");
              const b = c.namedBindings;
              if (b && ts.isNamespaceImport(b)) set.add("*");
              else if (b) for (const el of b.elements) if (!el.isTypeOnly) set.add((el.propertyName ?? el.name).text);
            }
          } else if (!knoop.isTypeOnly) {
            const c = knoop.exportClause;
            if (!c || ts.isNamespaceExport(c)) set.add("*");
            else for (const el of c.elements) if (!el.isTypeOnly) set.add((el.propertyName ?? el.name).text);
          }
        }
      } else if (ts.isCallExpression(knoop) && knoop.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const a = knoop.arguments[0];
        const k = a && ts.isStringLiteral(a) ? kernSleutel(bestand, a.text) : undefined;
        if (k) namen.get(k).add("*");
      }
      ts.forEachChild(knoop, bezoek);
    };
    bezoek(bron);
  }
  return namen;
}

/** Source of virtual:wlz-kern, the module functions.js runs first: it publishes KERN_GLOBAAL. */
function kernBron() {
  const namen = kernNamen();
  const regels = [];
  const velden = [];
  KERN.forEach((k, i) => {
    const set = namen.get(k);
    const bron = JSON.stringify(k.startsWith("src/") ? path.join(ROOT, k) : k);
    if (set.has("*")) {
      regels.push(`import * as m${i} from ${bron};`);
      velden.push(`${JSON.stringify(k)}: m${i}`);
      return;
    }
    const lijst = [...set].sort();
    if (!lijst.length) return;
    regels.push(`import { ${lijst.map((n, j) => `${n} as m${i}_${j}`).join(", ")} } from ${bron};`);
    // Getters keep live bindings (an exported let stays current), as an import would.
    const getters = lijst.map((n, j) => `get ${JSON.stringify(n)}() { return m${i}_${j}; }`);
    velden.push(`${JSON.stringify(k)}: Object.freeze({ ${getters.join(", ")} })`);
  });
  return `${regels.join("\n")}\nglobalThis[${JSON.stringify(KERN_GLOBAAL)}] = Object.freeze({ ${velden.join(", ")} });\n`;
}

/**
 * Source of virtual:wlz-kern-controle, which taskpane.js runs first (virtual:wlz-paneel imports it before
 * src/taskpane/index.tsx; imports run in order, before any module body): without the published core
 * (functions.js not loaded, or loaded after taskpane.js) it says so in the pane instead of leaving it blank.
 */
function kernControleBron() {
  return `if (!globalThis[${JSON.stringify(KERN_GLOBAAL)}]) {
  const el = typeof document === "undefined" ? null : document.getElementById("root");
  if (el) el.textContent = "Het taakvenster kan niet starten: functions.js (de rekenkern) is niet vóór taskpane.js geladen.";
  throw new Error("taskpane.js: functions.js is niet geladen (globalThis.${KERN_GLOBAAL} ontbreekt)");
}
`;
}

/** Source of virtual:wlz-paneel, the entry of taskpane.js. */
function paneelBron(index) {
  return `import "virtual:wlz-kern-controle";\nimport ${JSON.stringify(path.resolve(ROOT, index))};\n`;
}

/** webpack externals: a pane import of a KERN module becomes globalThis.__wlzKern[key]. */
function kernExtern({ context, request, contextInfo, getResolve }, klaar) {
  if (contextInfo?.issuerLayer !== PANEEL_LAAG || !request || /^[!a-z]+:|^!/i.test(request)) return klaar();
  if (KERN.includes(request)) return klaar(null, `globalThis[${JSON.stringify(KERN_GLOBAAL)}][${JSON.stringify(request)}]`, "var");
  if (!request.startsWith(".")) return klaar();
  getResolve({ dependencyType: "esm" })(context, request, (fout, pad) => {
    const sleutel = !fout && pad ? sleutelVan(pad) : undefined;
    if (!sleutel || !KERN.includes(sleutel)) return klaar();
    klaar(null, `globalThis[${JSON.stringify(KERN_GLOBAAL)}][${JSON.stringify(sleutel)}]`, "var");
  });
}

/** The checks after each build (see the top of this file); a failure is a build error. */
class KernControle {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("KernControle", (compilation) => {
      compilation.hooks.afterSeal.tap("KernControle", () => {
        const { chunkGraph, moduleGraph } = compilation;
        const modules = (naam) => {
          const chunk = compilation.namedChunks.get(naam);
          const uit = [];
          const voeg = (m) => (m.modules ? m.modules.forEach(voeg) : uit.push(m));
          if (chunk) for (const m of chunkGraph.getChunkModulesIterable(chunk)) voeg(m);
          return { chunk, modules: uit };
        };
        const functies = modules("functions");
        const paneel = modules("taskpane");
        if (!functies.chunk || !paneel.chunk) return;
        const fout = (tekst) => compilation.errors.push(new webpack.WebpackError(tekst));
        const inFuncties = new Set(functies.modules.map((m) => m.resource).filter(Boolean));
        const dubbel = paneel.modules.filter((m) => m.resource && inFuncties.has(m.resource)).map((m) => sleutelVan(m.resource));
        if (dubbel.length) fout(`taskpane.js bundelt opnieuw wat functions.js al heeft; zet de module die het taakvenster importeert in KERN (scripts/webpack-kern.cjs): ${[...new Set(dubbel)].join(", ")}`);
        const extern = functies.modules.filter((m) => m instanceof webpack.ExternalModule);
        if (extern.length) fout(`functions.js moet op zichzelf staan, maar verwijst naar: ${extern.map((m) => m.identifier()).join(", ")}`);
        // Every name taskpane.js reads from the object must have been published. This needs webpack's usage
        // information (optimization.usedExports, on in production); without it (development) only kernNamen counts.
        if (!compilation.options.optimization.usedExports) return;
        const namen = kernNamen();
        for (const m of paneel.modules) {
          if (!(m instanceof webpack.ExternalModule)) continue;
          const sleutel = KERN.find((k) => String(m.request).includes(JSON.stringify(k)));
          if (!sleutel) continue;
          const gepubliceerd = namen.get(sleutel);
          if (gepubliceerd.has("*")) continue;
          const info = moduleGraph.getExportsInfo(m);
          if (info.otherExportsInfo.getUsed(paneel.chunk.runtime) !== 0) {
            fout(`taskpane.js gebruikt ${sleutel} als geheel; importeer namen, of gebruik import * zodat alles wordt gepubliceerd`);
            continue;
          }
          for (const e of info.orderedExports) {
            if (e.getUsed(paneel.chunk.runtime) !== 0 && !gepubliceerd.has(e.name)) fout(`taskpane.js gebruikt ${e.name} uit ${sleutel}, maar functions.js publiceert die naam niet`);
          }
        }
      });
    });
  }
}

module.exports = { KERN, KERN_GLOBAAL, PANEEL_LAAG, kernBron, kernControleBron, paneelBron, kernExtern, kernNamen, KernControle };
