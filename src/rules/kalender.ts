import { leesTijdstip } from "./voorwaarden";

const p2 = (n: number) => String(n).padStart(2, "0");

/**
 * A sortable "YYYY-MM-DDTHH:mm". As a deadline, a date without a time means the whole day
 * ("uiterlijk 25 september" still allows 25 september 16:00), so it becomes 23:59.
 */
export function moment(t: string, argument: string, alsTermijn = false): string {
  const d = leesTijdstip(t, argument);
  const heleDag = alsTermijn && !t.includes("T");
  return `${d.jaar}-${p2(d.maand)}-${p2(d.dag)}T${heleDag ? "23:59" : `${p2(d.uur)}:${p2(d.minuut)}`}`;
}

/** The same day `maanden` months later (the last day of the month when it is shorter): 2020-09-01 + 2 = 2020-11-01. */
export function plusMaanden(datum: string, maanden: number, argument: string): string {
  const d = leesTijdstip(datum, argument);
  const totaal = d.jaar * 12 + (d.maand - 1) + maanden;
  const jaar = Math.floor(totaal / 12);
  const maand = (totaal % 12) + 1;
  const laatste = new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
  return `${jaar}-${p2(maand)}-${p2(Math.min(d.dag, laatste))}`;
}

/** "2025-07-31T17:00" -> "2025-07-31 17:00" for messages. */
export function toon(t: string): string {
  return t.replace("T", " ");
}
