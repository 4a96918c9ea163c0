/**
 * How an example's result reads on a help page: as a cell in Dutch Excel shows it. A plain number in the
 * General format (decimal comma, no thousands separator, so "18200" never reads as 18,2), an amount or a
 * date as with the cell format Valuta or Datum, a logical as WAAR/ONWAAR, an error by its Dutch name.
 */
import { alsBedrag, D, serieNaarWandklok } from "../rules";

/** The result of an example, as the help data states it. */
export type Uitkomst =
  | { getal: number; als?: "bedrag" | "datum" }
  | { tekst: string }
  | { logisch: boolean }
  | { fout: Foutwaarde; melding: string }
  | { tabel: Celwaarde[][]; kolommen?: number[] };

export type Celwaarde = string | number;
export type Foutwaarde = "#WAARDE!" | "#N/B";

const p2 = (n: number) => String(n).padStart(2, "0");

/** A number as Excel's General format shows it in Dutch: 0.94 -> "0,94", 134017.5 -> "134017,5". */
export function toonGetal(n: number): string {
  return String(Number(n.toPrecision(15))).replace(".", ",");
}

/** A serial date as the cell format Datum shows it: "25-09-2025", with the time where there is one. */
export function toonDatumserie(serie: number): string {
  const w = serieNaarWandklok(serie);
  if (!w) throw new Error(`geen datum: ${serie}`);
  const tijd = w.uur || w.minuut ? ` ${p2(w.uur)}:${p2(w.minuut)}` : "";
  return `${p2(w.dag)}-${p2(w.maand)}-${w.jaar}${tijd}`;
}

export function toonCel(c: Celwaarde): string {
  return typeof c === "number" ? toonGetal(c) : c;
}

/** One value of a result as a cell shows it (tables are laid out by the page). */
export function toonWaarde(u: Exclude<Uitkomst, { tabel: unknown }>): string {
  if ("fout" in u) return u.fout;
  if ("logisch" in u) return u.logisch ? "WAAR" : "ONWAAR";
  if ("tekst" in u) return u.tekst;
  if (u.als === "bedrag") return alsBedrag(new D(u.getal));
  if (u.als === "datum") return toonDatumserie(u.getal);
  return toonGetal(u.getal);
}
