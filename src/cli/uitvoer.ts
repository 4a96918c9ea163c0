/**
 * Output formats of wlz-check: readable text, the JSON document of spec §6, and CSV safe against formula
 * injection. Every file given appears in every format: checked (with what was checked) or unreadable (why).
 */
import { statusTekst, zoekRegelset } from "../rules";
import type { Controleresultaat } from "../workbook/controle";
import type { Bevinding } from "../workbook/checks/context";
import { dekkingDetails, dekkingRegel } from "../workbook/dekking";

export type Bestandsresultaat = { file: string; resultaat: Controleresultaat } | { file: string; fout: string };

/** Control characters and ANSI escapes out of user-controlled text (sheet names, file names, cell texts). */
export function schoon(t: string): string {
  // eslint-disable-next-line no-control-regex
  return t.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "").replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g, " ");
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

/** Year, validity, status and data version of the rule set a file was checked against. */
function regelsetgegevens(id: string) {
  const rs = zoekRegelset(id);
  return { id: rs.id, jaar: rs.jaar, geldig_van: rs.geldigheid.van, geldig_tot: rs.geldigheid.tot, status: statusTekst(rs), dataversie: rs.dataversie };
}

export function alsJson(bestanden: Bestandsresultaat[]): string {
  return JSON.stringify(
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
          findings: r.bevindingen.map(({ code, severity, sheet, cell, message, source, bron }) => ({ code, severity, sheet, cell, message, source, ...(bron ? { bron } : {}) })),
          summary: { ...r.samenvatting },
          ...(r.regelset ? { regelsetgegevens: regelsetgegevens(r.regelset) } : {}),
        };
      }),
      totaal: totaal(bestanden),
    },
    null,
    2,
  );
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
      regels.push(`${schoon(best.file)}`);
      regels.push(`  onleesbaar: ${schoon(best.fout)}`);
      regels.push("  Niet gecontroleerd.");
      regels.push("");
      continue;
    }
    const { file, resultaat } = best;
    regels.push(`${schoon(file)} (regelset ${resultaat.regelset ?? "onbekend"})`);
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
        regels.push(`  Werkblad "${schoon(f.sheet)}"`);
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
      rijen.push([file, resultaat.regelset ?? "", f.code, f.severity, f.sheet, f.cell, f.message, f.source].map(csvVeld).join(","));
    }
  }
  return `${rijen.join("\r\n")}\r\n`;
}
