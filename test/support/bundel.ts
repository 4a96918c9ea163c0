/**
 * Loads the SHIPPED custom-functions bundle (dist/functions.js) the way the spec promises it works:
 * in a plain JavaScript context that defines only `CustomFunctions` {associate, Error, ErrorCode} and
 * `Office`, with no window or document. Tests then call the functions exactly as registered.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import vm from "node:vm";

// __filename, not __dirname: imported from an .mts file under tsx, __dirname is the importer's folder.
export const ROOT = resolve(dirname(__filename), "../..");
export const DIST = join(ROOT, "dist");

/** The error codes of @types/custom-functions-runtime, with their runtime values. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
} as const;

/** Stand-in for CustomFunctions.Error: code plus the message Excel shows in the error indicator. */
export class ExcelFout extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

export interface ParameterMeta {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
export interface FunctieMeta {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMeta[];
  result: { type?: string; dimensionality?: string };
}

export interface GeladenBundel {
  /** Functions as registered with CustomFunctions.associate, by id. */
  geregistreerd: Map<string, (...args: unknown[]) => unknown>;
  metadata: { functions: FunctieMeta[] };
  /** Calls a registered function the way Excel does: omitted optional arguments are passed as null. */
  roep(id: string, ...args: unknown[]): unknown;
  /** Like roep, but returns the thrown ExcelFout instead of throwing (and fails on any other exception). */
  uitkomst(id: string, ...args: unknown[]): unknown;
}

/**
 * Plain-node staleness check, so the same code runs in-process and inside the flock'ed build step:
 * dist/ lacks the bundle, or is older than the sources it is built from.
 */
const VEROUDERD_JS = `
const fs = require("node:fs"), path = require("node:path");
const nieuwste = (p) => { if (!fs.existsSync(p)) return 0; const s = fs.statSync(p); return s.isDirectory() ? Math.max(0, ...fs.readdirSync(p).map((n) => nieuwste(path.join(p, n)))) : s.mtimeMs; };
const verouderd = () => {
  if (!["dist/functions.js", "dist/functions.json", "dist/manifest.xml", "dist/taskpane.html", "dist/taskpane.js", "dist/help/index.html"].every((f) => fs.existsSync(f))) return true;
  // webpack leaves unchanged outputs untouched, so the stamp written after our own build counts too.
  const gebouwd = Math.max(nieuwste("dist/functions.js"), nieuwste("dist/.bouwstempel"));
  return gebouwd < Math.max(...["src/functions", "src/rules", "src/commands", "src/taskpane", "src/workbook", "src/help", "scripts/hulppaginas.js", "manifest.xml", "webpack.config.js", "scripts/webpack-kern.cjs", "assets"].map(nieuwste));
};
`;

export function bundelVerouderd(): boolean {
  try {
    execFileSync("node", ["-e", `${VEROUDERD_JS}process.exit(verouderd() ? 1 : 0)`], { cwd: ROOT });
    return false;
  } catch {
    return true;
  }
}

/**
 * Builds the add-in (not the CLI, which another part of the project owns) when dist/ is missing or stale.
 * `npm test` already builds first; this keeps `npx vitest run test/functions` honest on its own.
 * flock serialises parallel test files so one build never cleans dist/ under another's feet.
 */
export function zorgVoorBuild(): void {
  if (!bundelVerouderd()) return;
  const bouw = `${VEROUDERD_JS}
if (verouderd()) {
  require("node:child_process").execFileSync("npx", ["webpack", "--mode", "production", "--config-name", "addin"], { stdio: "inherit" });
  fs.writeFileSync("dist/.bouwstempel", new Date().toISOString());
}`;
  execFileSync("flock", ["/tmp/wlz-addin-build.lock", "node", "-e", bouw], { cwd: ROOT, stdio: "inherit" });
}

/**
 * `context: "vm"` (default, for tests): a separate realm with only CustomFunctions and Office, as the spec asks.
 * `context: "hoofd"` (for the benchmark): the same two globals passed in, but in this realm, because calls
 * across a Node vm realm are about 3x slower, a cost Excel's own runtime does not have.
 */
export function laadBundel(
  pad = join(DIST, "functions.js"),
  metadataPad = join(DIST, "functions.json"),
  opties: { context?: "vm" | "hoofd"; office?: unknown; excel?: unknown } = {},
): GeladenBundel {
  const geregistreerd = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (typeof id !== "string" || typeof fn !== "function") throw new TypeError(`associate(${String(id)}) zonder functie`);
      if (geregistreerd.has(id)) throw new Error(`${id} is twee keer geregistreerd`);
      geregistreerd.set(id, fn);
    },
    Error: ExcelFout,
    ErrorCode,
  };
  const Office = opties.office ?? { onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }) };
  // Only these two globals (and Excel where a test stands in for the shared runtime's): any use of window,
  // document, console, require... fails the load.
  const code = readFileSync(pad, "utf8");
  const excel = opties.excel === undefined ? {} : { Excel: opties.excel };
  if (opties.context === "hoofd") {
    new Function("CustomFunctions", "Office", code)(CustomFunctions, Office);
  } else {
    const context = vm.createContext({ CustomFunctions, Office, ...excel });
    vm.runInContext(code, context, { filename: pad });
  }
  const metadata = JSON.parse(readFileSync(metadataPad, "utf8")) as { functions: FunctieMeta[] };

  const roep = (id: string, ...args: unknown[]): unknown => {
    const fn = geregistreerd.get(id);
    const meta = metadata.functions.find((f) => f.id === id);
    if (!fn || !meta) throw new Error(`${id} is niet geregistreerd of staat niet in functions.json`);
    if (args.length > meta.parameters.length) throw new Error(`${id} heeft ${meta.parameters.length} parameters, ${args.length} gegeven`);
    const verplicht = meta.parameters.filter((p) => !p.optional).length;
    if (args.length < verplicht) throw new Error(`${id} heeft ${verplicht} verplichte parameters, ${args.length} gegeven`);
    const volledig = [...args, ...Array(meta.parameters.length - args.length).fill(null)];
    return fn(...volledig);
  };
  const uitkomst = (id: string, ...args: unknown[]): unknown => {
    try {
      return roep(id, ...args);
    } catch (e) {
      if (e instanceof ExcelFout) return e;
      throw new Error(`${id} liet een andere fout dan CustomFunctions.Error ontsnappen: ${String(e)}`);
    }
  };
  return { geregistreerd, metadata, roep, uitkomst };
}
