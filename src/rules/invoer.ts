import { D, type Dec, vanExcel } from "./decimaal";
import { ongeldig, nietBeschikbaar } from "./fouten";
import { LEVERINGSVORMEN, ONDERDELEN, type Leveringsvorm, type Onderdeel } from "./typen";

/** Labels and codes are compared case- and space-insensitively. */
export function sleutel(tekst: string): string {
  // "Plan opslag:" is the same label as "Plan opslag", in a function's profile range and in the header block.
  return tekst.trim().replace(/:$/, "").toLowerCase().replace(/[\s_-]+/g, "").replace(/[ëé]/g, "e");
}

export function leesLeveringsvorm(v: unknown, argument = "leveringsvorm"): Leveringsvorm {
  if (typeof v !== "string" || v.trim() === "") {
    throw ongeldig(argument, `verwacht een tekst: ${LEVERINGSVORMEN.join(", ")}.`);
  }
  const k = (LEVERINGSVORMEN as readonly string[]).includes(v) ? v : sleutel(v).toUpperCase();
  const lv = LEVERINGSVORMEN.find((l) => l === k);
  if (!lv) throw nietBeschikbaar(`${argument}: "${kort(v.trim())}" bestaat niet; kies uit ${LEVERINGSVORMEN.join(", ")}.`, argument);
  return lv;
}

export function leesOnderdeel(v: unknown, argument = "onderdeel"): Onderdeel {
  if (v === null || v === undefined || v === "" || v === 0) return "zorg";
  if (typeof v !== "string") throw ongeldig(argument, `verwacht een tekst: ${ONDERDELEN.join(", ")}.`);
  const k = sleutel(v);
  const o = ONDERDELEN.find((x) => x === k);
  if (!o) throw nietBeschikbaar(`${argument}: "${kort(v.trim())}" bestaat niet; kies uit ${ONDERDELEN.join(", ")}.`, argument);
  return o;
}

const GETAL = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^[+-]?\d+(\.\d+)?$/;
/** One separator, one to three digits before it (not a lone 0) and exactly three after: "1.212", "1,212", "12.345". */
const TWEE_LEZINGEN = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

/** A number in text read the way Dutch Excel shows it, or why it is not one. */
export type Tekstgetal =
  | { getal: Dec }
  /** "1.212" is 1212 with a Dutch thousands dot and 1,212 with an English decimal point: never guessed. */
  | { dubbelzinnig: [Dec, Dec]; tekst: string }
  | { geenGetal: true };

/**
 * The one reading of a number typed as text: "1.234,56", "95,5", "0.955", "€ 1.234,56", "1 234,56".
 * A text with one separator and exactly three digits after it ("1.212", "1,212") reads two ways and is
 * refused; so is anything that is not a plain number (letters, "1e5", two commas).
 */
export function leesTekstgetal(t: string): Tekstgetal {
  // Excel holds 15 digits; a numeric text of thousands of characters is no number (and slow to parse).
  if (t.length > 80) return { geenGetal: true };
  const s = t.trim().replace(/[\s\u00a0\u202f]/g, "").replace(/^(€|EUR)/i, "");
  if (s.length > 64 || !GETAL.test(s)) return { geenGetal: true };
  if (TWEE_LEZINGEN.test(s)) {
    const heel = s.replace(/[.,]/, "");
    const decimaal = s.replace(",", ".");
    return { dubbelzinnig: [new D(heel), new D(decimaal)], tekst: s };
  }
  // A comma or more than one dot means Dutch notation (dots group thousands); a single dot is a decimal point.
  if (s.includes(",") || (s.match(/\./g) ?? []).length > 1) return { getal: new D(s.replace(/\./g, "").replace(",", ".")) };
  return { getal: new D(s) };
}

/** An unambiguous number in text, or undefined. */
export function tekstNaarGetal(t: string): Dec | undefined {
  const l = leesTekstgetal(t);
  return "getal" in l ? l.getal : undefined;
}

/** What to tell a user who typed a text that reads two ways. */
export function dubbelzinnigBericht(l: Extract<Tekstgetal, { dubbelzinnig: unknown }>): string {
  const heel = l.dubbelzinnig[0].toFixed();
  const decimaal = l.dubbelzinnig[1].toFixed().replace(".", ",");
  return `"${kort(l.tekst)}" is op twee manieren te lezen: ${heel} (punt of komma tussen de duizendtallen) of ${decimaal} (met decimalen); typ het getal zonder scheidingsteken voor de duizendtallen en met een komma voor de decimalen: ${heel} of ${decimaal}.`;
}

/** An amount or volume: a finite number, a numeric text, or empty (null/"") where `leegIsNul`. */
export function leesGetal(v: unknown, argument: string, opties: { leegIsNul?: boolean; negatiefToegestaan?: boolean } = {}): Dec {
  let d: Dec | undefined;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw ongeldig(argument, "verwacht een eindig getal.");
    d = vanExcel(v);
  } else if (v === null || v === undefined || v === "") {
    if (opties.leegIsNul) return new D(0);
    throw ongeldig(argument, "verwacht een getal, de cel is leeg.");
  } else if (typeof v === "string") {
    const l = leesTekstgetal(v);
    if ("dubbelzinnig" in l) throw ongeldig(argument, dubbelzinnigBericht(l));
    if (!("getal" in l)) throw ongeldig(argument, `verwacht een getal, niet de tekst "${kort(v)}".`);
    d = l.getal;
  } else if (typeof v === "boolean") {
    throw ongeldig(argument, "verwacht een getal, niet WAAR/ONWAAR.");
  } else {
    throw ongeldig(argument, "verwacht één getal, geen bereik.");
  }
  if (d.isNegative() && !d.isZero() && !opties.negatiefToegestaan) throw ongeldig(argument, "mag niet negatief zijn.");
  return d;
}

/**
 * A percentage as a fraction: 0,955 or the text "95,5%". A number above 1 is refused:
 * a tariff above the NZa maximum is never allowed (spec §2).
 */
export function leesPercentage(v: unknown, argument: string, opties: { negatiefToegestaan?: boolean } = {}): Dec {
  let d: Dec | undefined;
  if (typeof v === "string" && v.trim().endsWith("%")) {
    const l = leesTekstgetal(v.trim().slice(0, -1));
    // "1,234%" cannot mean 1234%: with a percent sign only the decimal reading is a percentage at all.
    if ("dubbelzinnig" in l) d = l.dubbelzinnig[1].div(100);
    else if ("getal" in l) d = l.getal.div(100);
    else throw ongeldig(argument, `verwacht een percentage zoals 95,5% of 0,955, niet "${kort(v)}".`);
  } else {
    d = leesGetal(v, argument, { negatiefToegestaan: opties.negatiefToegestaan });
  }
  if (d.abs().greaterThan(1)) {
    throw ongeldig(argument, `${d.toString().replace(".", ",")} is meer dan 100%; geef een fractie (0,955) of een tekst als "95,5%".`);
  }
  if (d.isNegative() && !d.isZero() && !opties.negatiefToegestaan) throw ongeldig(argument, "mag niet negatief zijn.");
  return d;
}

const JA = new Set(["ja", "j", "yes", "waar", "true", "1", "x"]);
const NEE = new Set(["nee", "n", "no", "onwaar", "false", "0", ""]);

export function leesJaNee(v: unknown, argument: string): boolean {
  if (typeof v === "boolean") return v;
  if (v === null || v === undefined) return false;
  if (typeof v === "number") {
    if (v === 1) return true;
    if (v === 0) return false;
  }
  if (typeof v === "string") {
    const k = sleutel(v);
    if (JA.has(k)) return true;
    if (NEE.has(k)) return false;
  }
  throw ongeldig(argument, `verwacht ja of nee, niet "${kort(String(v))}".`);
}

/** Shortens user text for messages and strips control characters. */
export function kort(t: string, n = 40): string {
  // Cut first, then clean: a cell text may be megabytes long and is shortened in every message.
  const deel = t.length > n ? t.slice(0, n) : t;
  // eslint-disable-next-line no-control-regex
  const schoon = deel.replace(/[\u0000-\u001f\u007f]/g, " ");
  return t.length > n ? `${schoon}…` : schoon;
}
