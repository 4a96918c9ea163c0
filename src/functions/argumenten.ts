/**
 * Excel-specific argument coercion and error mapping for the WLZ.* custom functions.
 * Everything about the rules lives in src/rules; this module only knows how Excel hands values over:
 * an empty cell is null (web) or 0 (desktop), a range is any[][], a date is a serial number.
 */
import { type Dec, RegelFout, kort, leesDatumwaarde, leesGetal, ongeldig, type Tijdstip } from "../rules";

/** Excel's error codes as the CustomFunctions runtime names them (runtime values: "#VALUE!", "#N/A"). */
function excelFout(soort: RegelFout["soort"], bericht: string): CustomFunctions.Error {
  const code = soort === "niet-beschikbaar" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, bericht);
}

/** The spec wants every message to name the argument; core messages that do not are prefixed with it. */
function metArgument(e: RegelFout): string {
  const a = e.argument;
  if (!a || e.message.toLowerCase().includes(a.toLowerCase())) return e.message;
  return `${a}: ${e.message}`;
}

/**
 * Runs a wrapper body and turns every failure into a CustomFunctions.Error: RegelFout by its kind,
 * anything unexpected into a generic #VALUE!, so no other exception ever reaches Excel.
 */
export function uitvoeren<T>(functie: string, body: () => T): T {
  try {
    return eindig(functie, body());
  } catch (e) {
    if (typeof CustomFunctions !== "undefined" && e instanceof CustomFunctions.Error) throw e;
    if (e instanceof RegelFout) throw excelFout(e.soort, metArgument(e));
    throw excelFout("ongeldig", `WLZ.${functie}: onverwachte fout bij het berekenen; controleer de argumenten.`);
  }
}

/**
 * Huge but finite inputs (1e308) can overflow once multiplied; Excel would store Infinity as a broken
 * cell. A result that is not a finite number (also inside a spilled table) becomes a #VALUE! instead.
 */
function eindig<T>(functie: string, uitkomst: T): T {
  const slecht = (w: unknown) => typeof w === "number" && !Number.isFinite(w);
  const teGroot = Array.isArray(uitkomst) ? uitkomst.some((r) => (Array.isArray(r) ? r.some(slecht) : slecht(r))) : slecht(uitkomst);
  if (teGroot) throw excelFout("ongeldig", `WLZ.${functie}: de uitkomst is te groot voor Excel; controleer de getallen in de argumenten.`);
  return uitkomst;
}

/** A value that stands for "not given": omitted optional (null/undefined) or an empty text. */
export function isLeeg(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * One value from a scalar argument. Excel passes a single cell as a scalar, but a 1x1 array can
 * reach us from a matrix context; a larger range where one value is expected is bad input.
 */
export function enkel(v: unknown, argument: string): unknown {
  if (!Array.isArray(v)) return v;
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  throw ongeldig(argument, "verwacht één waarde, geen bereik.");
}

/** An amount or volume where an empty cell (null on the web, 0 on desktop) means 0. */
export function bedrag(v: unknown, argument: string): Dec {
  return leesGetal(enkel(v, argument), argument, { leegIsNul: true });
}

/**
 * An optional amount (tarief, leegstandtarief): omitted, empty or 0 all mean "not given". An empty
 * cell arrives as 0 on desktop and null on the web; treating both alike keeps one workbook giving the
 * same answer on both (a missing negotiated leegstandtarief is #N/A everywhere, never a silent 0).
 */
export function optioneelBedrag(v: unknown, argument: string): Dec | undefined {
  const w = enkel(v, argument);
  if (isLeeg(w) || w === 0) return undefined;
  return leesGetal(w, argument);
}

/**
 * Corrections: one number or a range of numbers, summed per cell; empty cells count as nothing.
 * Returns one Dec per non-empty cell so the core can show them in its trail.
 */
export function getallenUitBereik(v: unknown, argument: string): Dec[] {
  if (isLeeg(v)) return [];
  const cellen: unknown[] = Array.isArray(v) ? v.flatMap((rij: unknown) => (Array.isArray(rij) ? rij : [rij])) : [v];
  const uit: Dec[] = [];
  for (const c of cellen) {
    if (isLeeg(c) || c === 0) continue;
    uit.push(leesGetal(c, argument, { negatiefToegestaan: true }));
  }
  return uit;
}

/**
 * An optional date: an Excel date (serial number), or a text "2024-01-01" or "1-1-2024".
 * Empty, omitted or 0 (an empty cell on desktop) means not given.
 */
export function optioneleDatum(v: unknown, argument: string): Tijdstip | undefined {
  const w = enkel(v, argument);
  if (isLeeg(w) || w === 0) return undefined;
  const t = leesDatumwaarde(w);
  if (!t) throw ongeldig(argument, `verwacht een datum (bijv. 1-1-2024), niet "${kort(String(w))}".`);
  return t;
}

/** A Decimal result as the double Excel stores. */
export function getal(d: Dec): number {
  return d.toNumber();
}

/** A fraction or null as a spill cell: Excel shows null inside an array as 0, so blank is "". */
export function cel(d: Dec | null): number | string {
  return d === null ? "" : d.toNumber();
}
