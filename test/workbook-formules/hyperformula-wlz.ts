/**
 * A HyperFormula function plugin built from the SHIPPED bundle: every function in dist/functions.json
 * becomes `WLZ.<ID>` and calls the function registered by dist/functions.js, with arguments shaped
 * the way Excel passes them (omitted optional = null; matrix parameters as 2-D arrays; an empty cell as
 * null on the web or 0 on desktop, selectable). A thrown CustomFunctions.Error becomes #VALUE!/#N/A.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from "hyperformula";
import { ExcelFout, type GeladenBundel } from "../support/bundel";

export type LeegAls = null | 0;

/** HyperFormula's internal scalars: numbers may be rich numbers ({val}), empty is a symbol. */
function naarExcel(v: unknown, leeg: LeegAls): unknown {
  if (v === EmptyValue || v === undefined) return leeg;
  if (v instanceof CellError) throw v;
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val;
  return v;
}

function naarHf(v: unknown): unknown {
  if (Array.isArray(v)) return SimpleRangeValue.onlyValues(v.map((rij: unknown[]) => rij.map((c) => naarHf(c) as number | string | boolean)));
  if (v === null) return "";
  return v;
}

interface Graaf {
  getRange(start: unknown, end: unknown): { getFunctionValue(k: string): unknown; setFunctionValue(k: string, v: unknown): void } | undefined;
}
/** The dependency graph of the engine evaluating the current WLZ call (set by the plugin method before each call). */
let graaf: Graaf | undefined;

/**
 * A range argument as Excel hands it to a custom function: a fresh 2-D array of the cells' current values,
 * on every call. HyperFormula would read every cell of the range again for every formula that passes it
 * (54 lookups for the profile range, on each of 10,000 rows); its own range functions (SUM and the like)
 * keep their result on the range's vertex instead, which HyperFormula clears whenever a cell in the range
 * changes. The values are kept there the same way, and each call gets its own copy of them.
 */
function bereikwaarden(a: SimpleRangeValue, sleutel: string, leeg: LeegAls): unknown[][] {
  const range = (a as unknown as { range?: { start: unknown; end: unknown } }).range;
  const vertex = range && graaf?.getRange(range.start, range.end);
  let waarden = vertex?.getFunctionValue(sleutel) as unknown[][] | undefined;
  if (waarden === undefined) {
    waarden = a.rawData().map((rij) => rij.map((c) => naarExcel(c, leeg)));
    vertex?.setFunctionValue(sleutel, waarden);
  }
  const kopie = new Array<unknown[]>(waarden.length);
  for (let r = 0; r < waarden.length; r++) kopie[r] = waarden[r].slice();
  return kopie;
}

/**
 * Registers the plugin under a unique name per call (HyperFormula keeps plugins globally) and returns
 * the function names it added. `leeg` decides how an empty referenced cell arrives: null (web), 0 (desktop).
 */
export function registreerWlz(bundel: GeladenBundel, leeg: LeegAls): { plugin: FunctionPluginDefinition; namen: string[] } {
  const implemented: ImplementedFunctions = {};
  const methoden: Record<string, (ast: { args: unknown[] }, state: unknown) => unknown> = {};
  const grootte: Record<string, () => ArraySize> = {};
  const namen: string[] = [];

  // A spill's size must be known before evaluation; only argument-free spills (REGELSETS) qualify here,
  // so TARIEFUITLEG is left out of the plugin (it is tested directly in test/functions).
  for (const meta of bundel.metadata.functions.filter((f) => !(f.result.dimensionality === "matrix" && f.parameters.length))) {
    const naam = `WLZ.${meta.name}`;
    const methode = `wlz_${meta.id}`;
    const matrixUit = meta.result.dimensionality === "matrix";
    namen.push(naam);
    implemented[naam] = {
      method: methode,
      parameters: meta.parameters.map((p) => ({
        // Matrix parameters take a range or a single value (which Excel passes as [[x]]).
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
        optionalArg: !!p.optional,
      })),
      ...(matrixUit ? { sizeOfResultArrayMethod: `${methode}_grootte`, vectorizationForbidden: true } : {}),
    } as ImplementedFunctions[string];

    // Per call only what Excel's own marshalling would do: no closures or maps made per call.
    const functie = bundel.geregistreerd.get(meta.id)!;
    const cacheSleutel = `WLZ-glue:${leeg === null ? "web" : "desktop"}`;
    const matrixParam = meta.parameters.map((p) => p.dimensionality === "matrix");
    const aantal = matrixParam.length;
    const roep = (...args: unknown[]) => {
      try {
        // Excel passes every declared parameter; omitted optionals as null. An error argument propagates.
        const volledig = new Array<unknown>(aantal);
        for (let i = 0; i < aantal; i++) {
          const a = args[i];
          if (a === undefined) volledig[i] = null;
          else if (a instanceof SimpleRangeValue) volledig[i] = bereikwaarden(a, cacheSleutel, leeg);
          else {
            const w = naarExcel(a, leeg);
            volledig[i] = matrixParam[i] ? [[w]] : w;
          }
        }
        return naarHf(functie(...volledig));
      } catch (e) {
        if (e instanceof ExcelFout) return new CellError(e.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, e.message);
        if (e instanceof CellError) return e;
        throw e;
      }
    };

    methoden[methode] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
      // runFunction evaluates the arguments; RANGE parameters arrive as SimpleRangeValue.
      const zelf = this as unknown as { runFunction: (...a: unknown[]) => unknown; metadata: (n: string) => unknown; dependencyGraph: Graaf };
      // evaluation is synchronous: the graph of the engine whose formula this is, for bereikwaarden
      graaf = zelf.dependencyGraph;
      return zelf.runFunction(ast.args, state, zelf.metadata(naam), roep);
    };
    if (matrixUit) {
      grootte[`${methode}_grootte`] = () => {
        const m = bundel.geregistreerd.get(meta.id)!() as unknown[][];
        return new ArraySize(m[0].length, m.length);
      };
    }
  }

  const pluginNaam = `WlzPlugin_${leeg === null ? "web" : "desktop"}_${Math.random().toString(36).slice(2)}`;
  class WlzPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;
  }
  Object.defineProperty(WlzPlugin, "name", { value: pluginNaam });
  Object.assign(WlzPlugin.prototype, methoden, grootte);
  const vertaling = Object.fromEntries(namen.map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(WlzPlugin, { enGB: vertaling, enUS: vertaling });
  return { plugin: WlzPlugin as unknown as FunctionPluginDefinition, namen };
}
