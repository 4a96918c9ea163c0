/**
 * The policy texts (shared/seeds) as tests compare quotes against them: whitespace collapsed, typographic quotes
 * and dashes folded, so the PDF extraction's line breaks do not matter. Shared by every test that checks that a
 * quote is verbatim, so all of them read "verbatim" the same way.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const SEEDMAP = join(__dirname, "../../../shared/seeds");

/** Seed file names and line numbers: internal traceability that no user-facing text may show. */
export const INTERN = /[0-9]{3}_[0-9a-f]{16}\.txt|\(L[0-9]+|\bL[0-9]{2,}\b/;

/** Whitespace collapsed, typographic quotes and dashes folded, so the PDF extraction's line breaks do not matter. */
export function normaal(t: string): string {
  return t
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—\u2212]/g, "-")
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    // A word broken at the end of a PDF line ("NZa-" / "tarief") reads joined; "ZZP- of" folds the same way on both sides.
    .replace(/- /g, "-")
    .replace(/(\d) %/g, "$1%")
    .toLowerCase()
    .trim();
}

const seedTekst = new Map<string, string>();

/** The normalised text of a seed file. */
export function seed(bestand: string): string {
  let t = seedTekst.get(bestand);
  if (t === undefined) seedTekst.set(bestand, (t = normaal(readFileSync(join(SEEDMAP, bestand), "utf8"))));
  return t;
}

/** The parts of a quote ("…" marks an omission) that are missing from the seed; empty when the quote is verbatim. */
export function ontbrekendeDelen(citaat: string, bestand: string): string[] {
  const tekst = seed(bestand);
  return citaat.split("…").map(normaal).filter((d) => d.length > 0 && !tekst.includes(d));
}
