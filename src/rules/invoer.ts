import { D, type Dec, vanExcel } from "./decimaal";
import { ongeldig, nietBeschikbaar } from "./fouten";
import { LEVERINGSVORMEN, ONDERDELEN, type Leveringsvorm, type Onderdeel } from "./typen";

/** Labels and codes are compared case- and space-insensitively. */
export function sleutel(tekst: string): string {
  return tekst.toLowerCase().replace(/[\s_-]+/g, "").replace(/[ëé]/g, "e");
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

/** A Dutch or plain number in text: "1.234,56", "95,5", "0.955". */
export function tekstNaarGetal(t: string): Dec | undefined {
  const s = t.trim().replace(/\s/g, "").replace(/^€/, "");
  // Excel holds 15 digits; a numeric text of thousands of digits only makes decimal.js slow (seconds per cell).
  if (s.length > 64 || !GETAL.test(s)) return undefined;
  // A comma or more than one dot means Dutch notation (dots group thousands); a single dot is a decimal point.
  if (s.includes(",") || (s.match(/\./g) ?? []).length > 1) return new D(s.replace(/\./g, "").replace(",", "."));
  return new D(s);
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
    d = tekstNaarGetal(v);
    if (!d) throw ongeldig(argument, `verwacht een getal, niet de tekst "${kort(v)}".`);
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
    const n = tekstNaarGetal(v.trim().slice(0, -1));
    if (!n) throw ongeldig(argument, `verwacht een percentage zoals 95,5% of 0,955, niet "${kort(v)}".`);
    d = n.div(100);
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
  // eslint-disable-next-line no-control-regex
  const schoon = t.replace(/[\u0000-\u001f\u007f]/g, " ");
  return schoon.length > n ? `${schoon.slice(0, n)}…` : schoon;
}
