/**
 * Dates as wall-clock values: "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" (Dutch local time, no time zones),
 * and Excel's serial dates. The one place for date reading in the add-in: the rules, the custom
 * functions and the checker all use these.
 */
import { ongeldig } from "./fouten";
import { kort } from "./invoer";

/**
 * Days between the 1900 and the 1904 date system: serial 0 of a 1904 workbook (old Mac workbooks) is 1904-01-01,
 * serial 1462 in the 1900 system. Serials in the add-in are 1900 serials; readers and functions move 1904 ones.
 */
export const DAGEN_1904 = 1462;

/** Wall-clock date-time "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm". */
export type Tijdstip = string;

export interface Wandklok {
  jaar: number;
  maand: number;
  dag: number;
  uur: number;
  minuut: number;
}

const p2 = (n: number) => String(n).padStart(2, "0");
const TIJDSTIP = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

function bestaat(d: Wandklok): boolean {
  const dagenInMaand = new Date(Date.UTC(d.jaar, d.maand, 0)).getUTCDate();
  return d.maand >= 1 && d.maand <= 12 && d.dag >= 1 && d.dag <= dagenInMaand && d.uur <= 23 && d.minuut <= 59;
}

export function leesTijdstip(t: string, argument = "datum"): Wandklok {
  const m = TIJDSTIP.exec(t);
  const d = m ? { jaar: +m[1], maand: +m[2], dag: +m[3], uur: m[4] ? +m[4] : 0, minuut: m[5] ? +m[5] : 0 } : undefined;
  if (!d || !bestaat(d)) throw ongeldig(argument, `verwacht een datum als JJJJ-MM-DD of JJJJ-MM-DDTuu:mm, niet "${kort(t)}".`);
  return d;
}

function alsTijdstip(d: Wandklok): Tijdstip {
  return `${d.jaar}-${p2(d.maand)}-${p2(d.dag)}T${p2(d.uur)}:${p2(d.minuut)}`;
}

/**
 * A sortable "YYYY-MM-DDTHH:mm". As a deadline, a date without a time means the whole day
 * ("uiterlijk 25 september" still allows 25 september 16:00), so it becomes 23:59.
 */
export function moment(t: string, argument = "datum", alsTermijn = false): string {
  const d = leesTijdstip(t, argument);
  const heleDag = alsTermijn && !t.includes("T");
  return heleDag ? `${d.jaar}-${p2(d.maand)}-${p2(d.dag)}T23:59` : alsTijdstip(d);
}

/** The same day `maanden` months later (the last day of the month when it is shorter): 2020-09-01 + 2 = 2020-11-01. */
export function plusMaanden(datum: string, maanden: number, argument = "datum"): string {
  const d = leesTijdstip(datum, argument);
  const totaal = d.jaar * 12 + (d.maand - 1) + maanden;
  const jaar = Math.floor(totaal / 12);
  const maand = (totaal % 12) + 1;
  const laatste = new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
  return `${jaar}-${p2(maand)}-${p2(Math.min(d.dag, laatste))}`;
}

/** A Tijdstip in Dutch notation for messages: "2025-07-31T17:00" -> "31-07-2025 17:00"; midnight shows no time. */
export function toon(t: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(t);
  if (!m) return t;
  return `${m[3]}-${m[2]}-${m[1]}${m[4] && m[4] !== "00:00" ? ` ${m[4]}` : ""}`;
}

const DAG_MS = 86_400_000;

/**
 * Excel serial (1900 system) -> wall clock. Follows Excel, including the non-existent 1900-02-29
 * (serial 60) and serial 0 = "1900-01-00". Negative, non-finite or after 9999-12-31 -> undefined.
 */
export function serieNaarWandklok(serie: number): Wandklok | undefined {
  if (!Number.isFinite(serie) || serie < 0 || serie >= 2_958_466) return undefined;
  const seconden = Math.round(serie * 86_400);
  const dagen = Math.floor(seconden / 86_400);
  const rest = seconden - dagen * 86_400;
  const uur = Math.floor(rest / 3600);
  const minuut = Math.floor((rest % 3600) / 60);
  if (dagen === 0) return { jaar: 1900, maand: 1, dag: 0, uur, minuut };
  if (dagen === 60) return { jaar: 1900, maand: 2, dag: 29, uur, minuut };
  // after serial 60 Excel counts one day too many
  const echteDagen = dagen < 60 ? dagen : dagen - 1;
  const d = new Date(Date.UTC(1899, 11, 31) + echteDagen * DAG_MS);
  return { jaar: d.getUTCFullYear(), maand: d.getUTCMonth() + 1, dag: d.getUTCDate(), uur, minuut };
}

const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const TIJD = "(?:[ T]+(\\d{1,2})[:.](\\d{2})(?::\\d{2})?)?";
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIJD}$`);
const NL = new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})${TIJD}$`);
const NL_MAAND = new RegExp(`^(\\d{1,2})\\s+([a-z]+)\\s+(\\d{4})${TIJD}$`, "i");

/**
 * A date as a user puts it in Excel: a serial number (an Excel date), or a text such as "2024-01-01",
 * "1-1-2024", "31-07-2020 17:00" or "1 januari 2024". Returns the wall-clock Tijdstip, or undefined
 * when the value is no readable date (before 1901 counts as unreadable: no Wlz date is that old).
 */
export function leesDatumwaarde(w: unknown): Tijdstip | undefined {
  let d: Wandklok | undefined;
  if (typeof w === "number") {
    d = serieNaarWandklok(w);
  } else if (typeof w === "string") {
    const t = w.trim();
    const tijd = (m: RegExpExecArray) => ({ uur: m[4] ? +m[4] : 0, minuut: m[5] ? +m[5] : 0 });
    let m: RegExpExecArray | null;
    if ((m = ISO.exec(t))) d = { jaar: +m[1], maand: +m[2], dag: +m[3], ...tijd(m) };
    else if ((m = NL.exec(t))) d = { jaar: +m[3], maand: +m[2], dag: +m[1], ...tijd(m) };
    else if ((m = NL_MAAND.exec(t))) d = { jaar: +m[3], maand: MAANDEN.indexOf(m[2].toLowerCase()) + 1, dag: +m[1], ...tijd(m) };
    if (d && !bestaat(d)) d = undefined;
  }
  if (!d || d.jaar < 1901) return undefined;
  return alsTijdstip(d);
}

/** The same wall-clock time `dagen` calendar days later: 2025-09-05 + 20 = 2025-09-25. */
export function plusDagen(datum: string, dagen: number, argument = "datum"): string {
  const d = leesTijdstip(datum, argument);
  const x = new Date(Date.UTC(d.jaar, d.maand - 1, d.dag) + dagen * DAG_MS);
  const tijd = datum.includes("T") ? `T${p2(d.uur)}:${p2(d.minuut)}` : "";
  return `${x.getUTCFullYear()}-${p2(x.getUTCMonth() + 1)}-${p2(x.getUTCDate())}${tijd}`;
}

/** Easter Sunday (Gregorian, anonymous algorithm) as [month, day]. */
function pasen(jaar: number): [number, number] {
  const a = jaar % 19, b = Math.floor(jaar / 100), c = jaar % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  return [maand, ((h + l - 7 * m + 114) % 31) + 1];
}

/**
 * The public holidays of the Algemene termijnenwet (art. 3): Nieuwjaarsdag, tweede Paasdag, Koningsdag (26 April when
 * the 27th is a Sunday), 5 mei, Hemelvaartsdag, tweede Pinksterdag and both Kerstdagen, as "YYYY-MM-DD".
 */
export function feestdagen(jaar: number): string[] {
  const [pm, pd] = pasen(jaar);
  const paas = `${jaar}-${p2(pm)}-${p2(pd)}`;
  const koning = new Date(Date.UTC(jaar, 3, 27)).getUTCDay() === 0 ? `${jaar}-04-26` : `${jaar}-04-27`;
  return [`${jaar}-01-01`, plusDagen(paas, 1), koning, `${jaar}-05-05`, plusDagen(paas, 39), plusDagen(paas, 50), `${jaar}-12-25`, `${jaar}-12-26`].sort();
}

/** Monday to Friday and not a holiday of the Algemene termijnenwet. */
export function isWerkdag(datum: string): boolean {
  const d = leesTijdstip(datum);
  const weekdag = new Date(Date.UTC(d.jaar, d.maand - 1, d.dag)).getUTCDay();
  return weekdag !== 0 && weekdag !== 6 && !feestdagen(d.jaar).includes(datum.slice(0, 10));
}

/** The n-th working day of a month ("YYYY-MM-DD"). */
export function werkdagVanMaand(jaar: number, maand: number, n: number): string {
  let teller = 0;
  for (let dag = 1; dag <= 31; dag++) {
    const datum = `${jaar}-${p2(maand)}-${p2(dag)}`;
    if (new Date(Date.UTC(jaar, maand - 1, dag)).getUTCMonth() !== maand - 1) break;
    if (isWerkdag(datum) && ++teller === n) return datum;
  }
  throw ongeldig("werkdag", `${jaar}-${p2(maand)} heeft geen ${n}e werkdag.`);
}

/** Wall clock -> Excel serial (1900 system, with Excel's 29-2-1900): the inverse of serieNaarWandklok for dates after 1 March 1900. */
export function tijdstipNaarSerie(t: string): number {
  const d = leesTijdstip(t);
  const dagen = Math.round((Date.UTC(d.jaar, d.maand - 1, d.dag) - Date.UTC(1899, 11, 30)) / DAG_MS);
  return dagen + (d.uur * 60 + d.minuut) / 1440;
}
