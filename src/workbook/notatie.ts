/**
 * Number formats: Excel's built-in format codes and whether a format shows a date. Used by the
 * .xlsx reader to move dates of a 1904 workbook to the 1900 system (only cells that show a date:
 * a duration or a time of day is the same number in both systems).
 */
export { DAGEN_1904 } from "../rules/kalender";

/** Built-in number formats of Excel (id -> code), as far as they are common. */
export const INGEBOUWDE_NOTATIES: Readonly<Record<number, string>> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
  21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** Built-in ids that show a date (with or without a time); 27-36 and 50-58 are the East Asian date formats. */
export function isIngebouwdeDatum(id: number): boolean {
  return (id >= 14 && id <= 17) || id === 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/**
 * True when the format code shows a calendar date (day, month or year), not only a time or a number.
 * Text in quotes, [..] parts (colours, locales, elapsed [h]), escaped and padding characters do not count.
 */
export function isDatumNotatie(code: string | undefined): boolean {
  if (!code) return false;
  const kaal = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*]/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
  // only the first section counts for positive numbers, and that is what a date is
  const deel = kaal.split(";")[0];
  if (/general/i.test(deel)) return false;
  if (/[dy]/i.test(deel)) return true;
  // m is a month unless it stands with hours or seconds (then minutes)
  return /m/i.test(deel) && !/[hs]/i.test(deel);
}
