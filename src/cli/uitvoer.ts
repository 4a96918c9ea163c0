/**
 * Output formats of wlz-check: readable text, the JSON document of spec §6, and CSV safe against formula
 * injection. Every file given appears in every format: checked (with what was checked) or unreadable (why).
 */
import type { Controleresultaat } from "../workbook/controle";
import type { Bevinding } from "../workbook/checks/context";
import { dekkingDetails, dekkingRegel } from "../workbook/dekking";

export type Bestandsresultaat = { file: string; resultaat: Controleresultaat } | { file: string; fout: string };

/**
 * Characters that change how a line looks or where it ends: C0 (also tab, newline, CR) and C1 controls,
 * bidi marks, overrides and isolates, line and paragraph separators, zero-width characters, BOM.
 */
// eslint-disable-next-line no-control-regex
const STUURTEKENS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Control characters and ANSI escapes out of user-controlled text (sheet names, file names, cell texts): one line, shown as written. */
export function schoon(t: string): string {
  // eslint-disable-next-line no-control-regex
  return t.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "").replace(STUURTEKENS, " ");
}

/** A name from a workbook or the command line for a report: cleaned and, beyond `max` characters, shortened with an ellipsis. */
export function naam(t: string, max = 100): string {
  const deel = t.length > max ? t.slice(0, max) : t;
  return t.length > max ? `${schoon(deel)}…` : schoon(deel);
}

/**
 * JSON that shows on a terminal as what it holds: the characters of STUURTEKENS that JSON.stringify leaves
 * raw (C1, bidi, separators) as \u escapes. They can only occur inside strings, so the document means the same.
 */
export function veiligeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export interface Totaal {
  bestanden: number;
  met_fouten: number;
  zonder_fouten: number;
  onleesbaar: number;
}

export function totaal(bestanden: Bestandsresultaat[]): Totaal {
  const t: Totaal = { bestanden: bestanden.length, met_fouten: 0, zonder_fouten: 0, onleesbaar: 0 };
  for (const b of bestanden) {
    if ("fout" in b) t.onleesbaar++;
    else if (b.resultaat.samenvatting.fout > 0) t.met_fouten++;
    else t.zonder_fouten++;
  }
  return t;
}

export function alsJson(bestanden: Bestandsresultaat[]): string {
  return veiligeJson(JSON.stringify(
    {
      files: bestanden.map((b) => {
        if ("fout" in b) return { file: b.file, status: "onleesbaar", error: b.fout };
        const r = b.resultaat;
        return {
          file: b.file,
          status: r.status,
          regelset: r.regelset,
          gecontroleerd: { ...r.gecontroleerd },
          dekking: r.dekking,
          // data, so not cleaned (veiligeJson escapes what a terminal would act on); only an absurdly long
          // sheet name (Excel allows 31 characters) is shortened
          findings: r.bevindingen.map(({ code, severity, sheet, cell, message, source }) => ({ code, severity, sheet: sheet.length > 100 ? `${sheet.slice(0, 100)}…` : sheet, cell, message, source })),
          summary: { ...r.samenvatting },
        };
      }),
      totaal: totaal(bestanden),
    },
    null,
    2,
  ));
}

function meervoud(n: number, een: string, meer: string): string {
  return `${n.toLocaleString("nl-NL")} ${n === 1 ? een : meer}`;
}

export function samenvattingTekst(s: Controleresultaat["samenvatting"]): string {
  return `${meervoud(s.fout, "fout", "fouten")}, ${meervoud(s.waarschuwing, "waarschuwing", "waarschuwingen")}, ${s.info.toLocaleString("nl-NL")} info`;
}

export function totaalTekst(t: Totaal): string {
  const delen = [`${t.met_fouten.toLocaleString("nl-NL")} met fouten`, `${t.zonder_fouten.toLocaleString("nl-NL")} zonder fouten`];
  if (t.onleesbaar > 0) delen.push(`${t.onleesbaar.toLocaleString("nl-NL")} onleesbaar`);
  return `${meervoud(t.bestanden, "bestand", "bestanden")}: ${delen.join(", ")}`;
}

/**
 * Grouped per sheet, sorted by cell (the checker's order). Identical info findings on one sheet are shown
 * once with a count, so one ambiguity met in every row does not drown the errors (the JSON keeps them all).
 */
export function alsTekst(bestanden: Bestandsresultaat[]): string {
  const regels: string[] = [];
  for (const best of bestanden) {
    if ("fout" in best) {
      regels.push(`${naam(best.file, 500)}`);
      regels.push(`  onleesbaar: ${schoon(best.fout)}`);
      regels.push("  Niet gecontroleerd.");
      regels.push("");
      continue;
    }
    const { file, resultaat } = best;
    regels.push(`${naam(file, 500)} (regelset ${resultaat.regelset ?? "onbekend"})`);
    let blad: string | undefined;
    const b = resultaat.bevindingen;
    // Identical info findings on one sheet: shown once, at the first cell, with the other cells counted.
    const zelfde = new Map<string, string[]>();
    for (const f of b) {
      if (f.severity !== "info") continue;
      const k = `${f.sheet}\u0000${f.code}\u0000${f.message}`;
      const cellen = zelfde.get(k);
      if (cellen) cellen.push(f.cell);
      else zelfde.set(k, [f.cell]);
    }
    const getoond = new Set<string>();
    for (const f of b) {
      let extra = "";
      if (f.severity === "info") {
        const k = `${f.sheet}\u0000${f.code}\u0000${f.message}`;
        if (getoond.has(k)) continue;
        getoond.add(k);
        const cellen = zelfde.get(k)!;
        if (cellen.length > 1) {
          const rest = cellen.slice(1);
          extra = ` (ook in ${rest.length} andere ${rest.length === 1 ? "cel" : "cellen"}: ${rest.slice(0, 5).join(", ")}${rest.length > 5 ? ", …" : ""})`;
        }
      }
      if (f.sheet !== blad) {
        blad = f.sheet;
        regels.push(`  Werkblad "${naam(f.sheet)}"`);
      }
      regels.push(`    ${f.cell.padEnd(7)} ${f.severity.padEnd(12)} ${f.code}  ${schoon(f.message)}${extra}`);
      regels.push(`    ${"".padEnd(7)} ${"".padEnd(12)} ${"".padEnd(f.code.length)}  bron: ${schoon(f.source)}`);
    }
    if (b.length === 0) regels.push("  Geen bevindingen.");
    regels.push(`  Gecontroleerd: ${schoon(dekkingRegel(resultaat.dekking))}`);
    for (const d of dekkingDetails(resultaat.dekking)) regels.push(`    ${schoon(d)}`);
    regels.push(`  Samenvatting: ${samenvattingTekst(resultaat.samenvatting)}`);
    regels.push("");
  }
  if (bestanden.length > 1) regels.push(`Totaal: ${totaalTekst(totaal(bestanden))}`, "");
  return regels.join("\n");
}

/** A CSV field a spreadsheet will not run as a formula: leading = + - @ tab CR get a quote prefix. */
export function csvVeld(t: string): string {
  let s = schoon(t);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** One line per finding; a clean file and an unreadable file get one line each, so no file is missing. */
export function alsCsv(bestanden: Bestandsresultaat[]): string {
  const kop = ["file", "regelset", "code", "severity", "sheet", "cell", "message", "source"];
  const rijen = [kop.join(",")];
  for (const best of bestanden) {
    if ("fout" in best) {
      rijen.push([best.file, "", "", "", "", "", `Onleesbaar, niet gecontroleerd: ${best.fout}`, ""].map(csvVeld).join(","));
      continue;
    }
    const { file, resultaat } = best;
    if (resultaat.bevindingen.length === 0) {
      rijen.push([file, resultaat.regelset ?? "", "", "", "", "", `Geen bevindingen; ${dekkingRegel(resultaat.dekking)}`, ""].map(csvVeld).join(","));
    }
    for (const f of resultaat.bevindingen as Bevinding[]) {
      rijen.push([file, resultaat.regelset ?? "", f.code, f.severity, naam(f.sheet), f.cell, f.message, f.source].map(csvVeld).join(","));
    }
  }
  return `${rijen.join("\r\n")}\r\n`;
}
