/**
 * The date system of the workbook the functions calculate in. Excel hands a function a date as its serial
 * number, and in a 1904 workbook (old Mac workbooks) that number is 1,462 lower than the same date in a 1900
 * one; the rules read 1900 serials. A function itself cannot ask Excel anything (it is synchronous), but the
 * shared runtime can: when Office is ready it asks DATE(1904;1;1) (0 in a 1904 workbook, 1462 in a 1900 one),
 * as the task pane's reader does. Until the answer is in, 1900 is assumed; when a date went through a function
 * before that and the workbook turns out to be 1904, Excel is asked once to recalculate the workbook.
 * Without Excel (a plain JavaScript runtime, the tests' context) nothing is asked and 1900 holds.
 */
import { DAGEN_1904 } from "../rules";
import { enkel } from "./argumenten";

let is1904 = false;
let bekend = false;
/** A date argument or result passed before the date system was known: its cell may be 1,462 days off. */
let datumVoorAntwoord = false;

/**
 * A date argument as the rules read it: a serial of a 1904 workbook moved to 1900; texts and empty cells (0 on
 * desktop: "not given", never 1904-01-01) as they are. A single-cell range is its value; a larger one is refused
 * as for any single-value argument.
 */
export function datumArgument(v: unknown, argument: string): unknown {
  const w = enkel(v, argument);
  if (typeof w !== "number" || w === 0) return w;
  if (!bekend) datumVoorAntwoord = true;
  return is1904 ? w + DAGEN_1904 : w;
}

/** A date result of the rules (a 1900 serial) as this workbook counts it. */
export function datumUitkomst(serie: number): number {
  if (!bekend) datumVoorAntwoord = true;
  return is1904 ? serie - DAGEN_1904 : serie;
}

/**
 * Asks Excel which date system the workbook uses. Failures (an Excel without ExcelApi 1.2, a closed workbook)
 * leave 1900 assumed, as before.
 */
export async function herkenDatumstelsel(excel: typeof Excel): Promise<void> {
  try {
    await excel.run(async (ctx) => {
      const datum = ctx.workbook.functions.date(1904, 1, 1);
      datum.load("value");
      await ctx.sync();
      is1904 = datum.value === 0;
      bekend = true;
      if (is1904 && datumVoorAntwoord) {
        // WLZ.TERMIJN, AANBIEDERCATEGORIE and BETALING may have been calculated with the dates 4 years off
        ctx.workbook.application.calculate(excel.CalculationType.full);
        await ctx.sync();
      }
    });
  } catch {
    // no answer: 1900 stays assumed (README, "1904-stelsel")
  }
}

/** In the shared runtime: ask once Office is ready. Touches nothing when Office or Excel is absent. */
export function startDatumstelsel(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  void Promise.resolve(
    Office.onReady(() => {
      if (typeof Excel !== "undefined" && typeof Excel.run === "function") return herkenDatumstelsel(Excel);
    }),
  ).catch(() => undefined);
}
