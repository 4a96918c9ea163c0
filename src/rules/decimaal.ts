import Decimal from "decimal.js";

/**
 * Own Decimal instance: 34 significant digits and half-away-from-zero rounding,
 * so the global Decimal configuration of other code can never change our results.
 */
export const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export const NUL = new D(0);
export const EEN = new D(1);
export const HONDERD = new D(100);

/**
 * An Excel double as Excel shows it: 15 significant digits. 0.1+0.2 becomes 0.3,
 * 94.1 stays 94.1, so conversions are exact to the cent.
 */
export function vanExcel(x: number): Dec {
  if (!Number.isFinite(x)) throw new RangeError("geen eindig getal");
  if (x === 0) return NUL;
  // Parsing dominates a WLZ.TARIEF call, and a column repeats the same NZa amounts: keep the (immutable) results.
  let d = VAN_EXCEL.get(x);
  if (d === undefined) {
    d = new D(x.toPrecision(15));
    if (VAN_EXCEL.size >= 10_000) VAN_EXCEL.clear();
    VAN_EXCEL.set(x, d);
  }
  return d;
}
const VAN_EXCEL = new Map<number, Dec>();

/** Percentage points as a fraction: pp(2) = 0,02. */
export function pp(waarde: number | string): Dec {
  return new D(waarde).div(100);
}

/** A fraction as a percentage text in Dutch notation: 0,955 -> "95,5%". */
export function alsPercentage(f: Dec): string {
  const p = f.times(100).toDecimalPlaces(4);
  return `${p.toString().replace(".", ",")}%`;
}

/** Money in Dutch notation: 1234.5 -> "€ 1.234,50". */
export function alsBedrag(b: Dec): string {
  const [heel, cent] = b.abs().toFixed(2).split(".");
  const metPunten = heel.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${b.isNegative() && !b.isZero() ? "-" : ""}€ ${metPunten},${cent}`;
}

/** A number in Dutch notation, thousands grouped as Excel shows them: 547.5 -> "547,5", 18200 -> "18.200". */
export function alsGetal(x: Dec): string {
  const t = x.toFixed();
  const [heel, rest] = t.split(".");
  const metPunten = heel.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return rest === undefined ? metPunten : `${metPunten},${rest}`;
}

export function min(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function max(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}

/** Round once to cents, half away from zero (spec §2, WLZ.TARIEF). */
export function opCenten(b: Dec): Dec {
  return b.toDecimalPlaces(2, D.ROUND_HALF_UP);
}
