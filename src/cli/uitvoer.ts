/** Output formats of wlz-check: readable text, the JSON document of spec §6, and CSV safe against formula injection. */
import type { Controleresultaat } from "../workbook/controle";
import type { Bevinding } from "../workbook/checks/context";

export interface Bestandsresultaat {
  file: string;
  resultaat: Controleresultaat;
}

/** Control characters and ANSI escapes out of user-controlled text (sheet names, file names, cell texts). */
export function schoon(t: string): string {
  // eslint-disable-next-line no-control-regex
  return t.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "").replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, " ");
}

export function alsJson(bestanden: Bestandsresultaat[]): string {
  return JSON.stringify(
    {
      files: bestanden.map(({ file, resultaat }) => ({
        file,
        regelset: resultaat.regelset,
        findings: resultaat.bevindingen.map(({ code, severity, sheet, cell, message, source }) => ({ code, severity, sheet, cell, message, source })),
        summary: { ...resultaat.samenvatting },
      })),
    },
    null,
    2,
  );
}

function meervoud(n: number, een: string, meer: string): string {
  return `${n} ${n === 1 ? een : meer}`;
}

export function samenvattingTekst(s: Controleresultaat["samenvatting"]): string {
  return `${meervoud(s.fout, "fout", "fouten")}, ${meervoud(s.waarschuwing, "waarschuwing", "waarschuwingen")}, ${s.info} info`;
}

/**
 * Grouped per sheet, sorted by cell (the checker's order). Identical info findings in a row are shown once
 * with a count, so one ambiguity met in every row does not drown the errors (the JSON keeps them all).
 */
export function alsTekst(bestanden: Bestandsresultaat[]): string {
  const regels: string[] = [];
  for (const { file, resultaat } of bestanden) {
    regels.push(`${schoon(file)} (regelset ${resultaat.regelset ?? "onbekend"})`);
    let blad: string | undefined;
    const b = resultaat.bevindingen;
    // Identical info findings on one sheet: shown once, at the first cell, with the other cells counted.
    const zelfde = new Map<string, string[]>();
    for (const f of b) {
      if (f.severity !== "info") continue;
      const k = `${f.sheet}\u0000${f.code}\u0000${f.message}`;
      zelfde.set(k, [...(zelfde.get(k) ?? []), f.cell]);
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
        regels.push(`  Werkblad "${schoon(f.sheet)}"`);
      }
      regels.push(`    ${f.cell.padEnd(7)} ${f.severity.padEnd(12)} ${f.code}  ${schoon(f.message)}${extra}`);
      regels.push(`    ${"".padEnd(7)} ${"".padEnd(12)} ${"".padEnd(f.code.length)}  bron: ${schoon(f.source)}`);
    }
    if (b.length === 0) regels.push("  Geen bevindingen.");
    regels.push(`  Samenvatting: ${samenvattingTekst(resultaat.samenvatting)}`);
    regels.push("");
  }
  return regels.join("\n");
}

/** A CSV field a spreadsheet will not run as a formula: leading = + - @ tab CR get a quote prefix. */
export function csvVeld(t: string): string {
  let s = schoon(t);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function alsCsv(bestanden: Bestandsresultaat[]): string {
  const kop = ["file", "regelset", "code", "severity", "sheet", "cell", "message", "source"];
  const rijen = [kop.join(",")];
  for (const { file, resultaat } of bestanden) {
    for (const f of resultaat.bevindingen as Bevinding[]) {
      rijen.push([file, resultaat.regelset ?? "", f.code, f.severity, f.sheet, f.cell, f.message, f.source].map(csvVeld).join(","));
    }
  }
  return `${rijen.join("\r\n")}\r\n`;
}
