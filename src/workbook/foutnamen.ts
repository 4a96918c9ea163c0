/**
 * Excel's error values by the names Dutch Excel shows. Files and office-js store the English codes
 * ("#VALUE!"); a Dutch user sees "#WAARDE!" in the cell, so messages use that name.
 */
const NEDERLANDS: Record<string, string> = {
  "#NULL!": "#LEEG!",
  "#DIV/0!": "#DEEL/0!",
  "#VALUE!": "#WAARDE!",
  "#REF!": "#VERW!",
  "#NAME?": "#NAAM?",
  "#NUM!": "#GETAL!",
  "#N/A": "#N/B",
  "#SPILL!": "#OVERLOOP!",
  "#CALC!": "#BEREKENEN!",
};

export function foutnaam(code: string): string {
  return NEDERLANDS[code.toUpperCase()] ?? code;
}
