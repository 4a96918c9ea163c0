/**
 * Exact scaled-integer arithmetic (m / 10^k, m a safe integer) as a fast path beside decimal.js.
 * Every function here either returns exactly what the decimal.js formula of the core returns (the
 * same double after toNumber) or `undefined`, and then the caller takes the decimal.js path. The
 * argument for exactness: each input is read exactly as vanExcel reads it (the 15-digit decimal of
 * the double), every intermediate is an integer below 2^53 (so double arithmetic on it is exact),
 * and the one final division by a power of ten is correctly rounded by IEEE 754, just as
 * decimal.js's toNumber parses its exact decimal text to the nearest double.
 */
import type { Dec } from "./decimaal";

/** Powers of ten that are exact doubles (10^0 .. 10^22). */
const MACHT: number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const VEILIG = 2 ** 53;
const SPLITS = 134217729; // 2^27 + 1, Veltkamp's splitter
const STAPPEN: [number, number][] = [[8, 1e8], [4, 1e4], [2, 1e2]];

/** The scaled integer of the last successful `schaalVanExcel`/`schaalVanDec` (no object per call). */
export let gM = 0;
export let gK = 0;

/**
 * x as vanExcel reads it (x.toPrecision(15)), as gM / 10^gK with gK as small as possible.
 * False where that decimal does not fit (|x| >= 1e15 or below 1e-7): the caller then uses decimal.js.
 */
export function schaalVanExcel(x: number): boolean {
  if (x === 0) {
    gM = 0;
    gK = 0;
    return true;
  }
  const a = x < 0 ? -x : x;
  if (!(a < 1e15 && a >= 1e-7)) return false;
  // Typed values (cents, rates) first: if x is the double nearest to n / 10^k, a decimal of at most
  // 15 digits, then x.toPrecision(15) is exactly that decimal; the first k that fits is the smallest.
  for (let k = 0; k <= 4; k++) {
    const n = Math.round(a * MACHT[k]);
    if (n / MACHT[k] === a && n < 1e15) {
      gM = x < 0 ? -n : n;
      gK = k;
      return true;
    }
  }
  return schaalPrecies(x, a);
}

/** The general case of schaalVanExcel: the 15 significant digits of a = |x| from its exact product with 10^s. */
function schaalPrecies(x: number, a: number): boolean {
  // s such that 10^14 <= a * 10^s < 10^15: the 15 significant digits sit left of the point.
  // Math.log10 may be one off near a power of ten; the loop below corrects s.
  let s = Math.min(22, Math.max(0, 14 - Math.floor(Math.log10(a))));
  let hi = 0;
  let lo = 0;
  for (let poging = 0; poging < 3; poging++) {
    // Exact product a * 10^s = hi + lo (Dekker's two-product; 10^s is exact for s <= 22).
    const p = MACHT[s];
    hi = a * p;
    const ca = SPLITS * a;
    const ah = ca - (ca - a);
    const al = a - ah;
    const cp = SPLITS * p;
    const ph = cp - (cp - p);
    const pl = p - ph;
    lo = ((ah * ph - hi) + ah * pl + al * ph) + al * pl;
    if (hi < 1e14 || (hi === 1e14 && lo < 0)) {
      if (s === 22) return false;
      s++;
    } else if (hi > 1e15 || (hi === 1e15 && lo >= 0)) {
      if (s === 0) return false;
      s--;
    } else break;
  }
  if (hi < 1e14 || hi > 1e15 || (hi === 1e15 && lo >= 0)) return false;
  // The 15-digit integer: round hi + lo half up (toPrecision picks the larger n on a tie).
  const f = Math.floor(hi);
  const d = hi - f - 0.5; // exact: hi < 2^50 has at most 50 integer bits
  let m = d > 0 || (d === 0 && lo >= 0) ? f + 1 : f;
  let k = s;
  // Trailing zeros off (floating % is slow: big steps first).
  for (const [stap, macht] of STAPPEN) {
    if (k >= stap && m % macht === 0) {
      m /= macht;
      k -= stap;
    }
  }
  while (k > 0 && m % 10 === 0) {
    m /= 10;
    k--;
  }
  if (m >= VEILIG) return false;
  gM = x < 0 ? -m : m;
  gK = k;
  return true;
}

/** A Decimal as gM / 10^gK, where it fits; cached per (immutable) Decimal object. */
const VAN_DEC = new WeakMap<Dec, [number, number] | null>();
export function schaalVanDec(d: Dec): boolean {
  let s = VAN_DEC.get(d);
  if (s === undefined) {
    s = null;
    const k = d.decimalPlaces();
    if (d.isFinite() && k <= 22) {
      const m = d.times(MACHT[k]).toNumber();
      // times(10^k) is an exact integer; below 2^53 toNumber keeps it exact.
      if (Number.isSafeInteger(m) && !Object.is(m, -0)) s = [m, k];
    }
    VAN_DEC.set(d, s);
  }
  if (!s) return false;
  gM = s[0];
  gK = s[1];
  return true;
}

/** a * 10^n, or NaN once it leaves the safe integers (then no longer exact). */
function opschalen(a: number, n: number): number {
  if (n === 0) return a;
  if (n > 22) return NaN;
  const r = a * MACHT[n];
  return r < VEILIG && r > -VEILIG ? r : NaN;
}

function veilig(r: number): boolean {
  return r < VEILIG && r > -VEILIG;
}

/** A scaled integer as the double decimal.js's toNumber gives for it. */
function alsGetal(m: number, k: number): number {
  return k === 0 ? m : m / MACHT[k];
}

/**
 * The tariff amount of tariefBedrag for non-negative inputs: pct x zorg + nhcNic x (nhc + nic),
 * rounded once to cents, half away from zero; amounts as the doubles Excel passes (>= 0, finite).
 */
export function snelTariefBedrag(pct: Dec, nhcNic: Dec, zorg: number, nhc: number, nic: number): number | undefined {
  if (!schaalVanDec(pct) || gM < 0) return undefined;
  const pm = gM;
  const pk = gK;
  if (!schaalVanDec(nhcNic) || gM < 0) return undefined;
  const hm = gM;
  const hk = gK;
  if (!schaalVanExcel(zorg)) return undefined;
  const zm = gM;
  const zk = gK;
  if (!schaalVanExcel(nhc)) return undefined;
  const am = gM;
  const ak = gK;
  if (!schaalVanExcel(nic)) return undefined;
  const bk = ak > gK ? ak : gK;
  const som = opschalen(am, bk - ak) + opschalen(gM, bk - gK);
  const t1 = pm * zm;
  const t2 = hm * som;
  if (!veilig(t1) || !veilig(t2)) return undefined;
  const k1 = pk + zk;
  const k2 = hk + bk;
  const k = k1 > k2 ? k1 : k2;
  const t = opschalen(t1, k - k1) + opschalen(t2, k - k2);
  if (!veilig(t)) return undefined; // also NaN
  if (k <= 2) {
    const c = opschalen(t, 2 - k);
    return veilig(c) ? c / 100 : undefined;
  }
  if (k - 2 > 22) return undefined;
  const deler = MACHT[k - 2];
  const rest = t % deler; // exact for integers below 2^53
  let centen = (t - rest) / deler;
  if (rest * 2 >= deler) centen += 1;
  return centen / 100;
}

/** pct x (herschikte afspraak + corrections), not rounded (berekenInitieelVolume); undefined where not exact here. */
export function snelInitieelVolume(pct: Dec, afspraak: number, correcties: readonly number[]): number | undefined {
  if (!schaalVanDec(pct)) return undefined;
  const pm = gM;
  const pk = gK;
  if (!schaalVanExcel(afspraak)) return undefined;
  let bm = gM;
  let bk = gK;
  for (const c of correcties) {
    if (!schaalVanExcel(c)) return undefined;
    if (gK > bk) {
      bm = opschalen(bm, gK - bk);
      bk = gK;
      bm += gM;
    } else bm += opschalen(gM, bk - gK);
    if (!veilig(bm)) return undefined;
  }
  const r = pm * bm;
  if (!veilig(r) || pk + bk > 22) return undefined;
  return alsGetal(r, pk + bk);
}

/**
 * janJun + juni / deler x dagen (berekenHerschikking), where decimal.js's division is exact: the
 * part of deler other than 2s and 5s divides juni's digits. Otherwise undefined.
 */
export function snelHerschikking(janJun: number, juni: number, deler: number, dagen: number): number | undefined {
  if (!Number.isSafeInteger(deler) || deler <= 0 || !Number.isSafeInteger(dagen)) return undefined;
  let c = deler;
  let twee = 0;
  let vijf = 0;
  while (c % 2 === 0) {
    c /= 2;
    twee++;
  }
  while (c % 5 === 0) {
    c /= 5;
    vijf++;
  }
  const n = twee > vijf ? twee : vijf;
  if (n > 22 || !schaalVanExcel(juni) || gM % c !== 0) return undefined;
  // juni / deler = (gM / c) * 2^(n-twee) * 5^(n-vijf) / 10^(gK+n)
  const q = (gM / c) * 2 ** (n - twee) * 5 ** (n - vijf) * dagen;
  const qk = gK + n;
  if (!veilig(q) || !schaalVanExcel(janJun)) return undefined;
  const k = qk > gK ? qk : gK;
  const som = opschalen(q, k - qk) + opschalen(gM, k - gK);
  if (!veilig(som) || k > 22) return undefined;
  return alsGetal(som, k);
}

/**
 * True for the values that leesGetal(v, argument, { leegIsNul: true }) reads without error as
 * vanExcel(v): a finite number >= 0, or an omitted argument (null/undefined, read as 0). Everything
 * else (texts, booleans, ranges, negatives) takes the one reading of the core.
 */
export function isExcelBedrag(v: unknown): v is number | null | undefined {
  return v === null || v === undefined || (typeof v === "number" && v >= 0 && v < Infinity);
}

/**
 * The correcties argument of WLZ.INITIELEVOLUME as plain numbers, where every cell is a finite number
 * or empty (null/undefined): the values getallenUitBereik reads, zeros and empty cells left out, as
 * vanExcel reads them. Undefined for anything else (the core's reading then decides).
 */
export function excelCorrecties(v: unknown): number[] | undefined {
  if (v === null || v === undefined) return [];
  const uit: number[] = [];
  const cel = (c: unknown): boolean => {
    if (c === null || c === undefined) return true;
    if (typeof c !== "number" || !Number.isFinite(c)) return false;
    if (c !== 0) uit.push(c);
    return true;
  };
  if (!Array.isArray(v)) return cel(v) ? uit : undefined;
  for (const rij of v) {
    if (Array.isArray(rij)) {
      for (const c of rij) if (!cel(c)) return undefined;
    } else if (!cel(rij)) return undefined;
  }
  return uit;
}
