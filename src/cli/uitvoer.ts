/**
 * Output formats of wlz-check, all views of one result model: readable text, the JSON document of spec §6,
 * CSV for Dutch Excel (safe against formula injection), and compact lines for grep and editors (the xlsx
 * report and SARIF are in rapport.ts and sarif.ts). Every file given appears in every format: checked
 * (with what was checked) or unreadable (why).
 */
import { statusTekst, zoekRegelset } from "../rules";
import type { Bevinding, Controleresultaat } from "../workbook/controle";
import { dekkingDetails, dekkingRegel } from "../workbook/dekking";

export type Bestandsresultaat =
  | {
      file: string;
      resultaat: Controleresultaat;
      /** sha256 of the file's bytes (hex), when the file was read from disk. */
      sha256?: string;
      /** Per finding (same index): the baseline fingerprint and whether the baseline accepts it. */
      vingerafdrukken?: string[];
      geaccepteerd?: boolean[];
    }
  | { file: string; fout: string; sha256?: string };

/** What every report says about the run itself. */
export interface Rapportinfo {
  versie: string;
}

/** Findings of severity fout that the baseline does not accept: these set exit code 1. */
export function openFouten(b: Bestandsresultaat): number {
  if ("fout" in b) return 0;
  return b.resultaat.bevindingen.filter((f, i) => f.severity === "fout" && !b.geaccepteerd?.[i]).length;
}

export function aantalGeaccepteerd(b: Bestandsresultaat): number {
  return "fout" in b ? 0 : (b.geaccepteerd ?? []).filter(Boolean).length;
}

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
  /** Findings accepted by the baseline (not counted as fouten). */
  geaccepteerd: number;
}

export function totaal(bestanden: Bestandsresultaat[]): Totaal {
  const t: Totaal = { bestanden: bestanden.length, met_fouten: 0, zonder_fouten: 0, onleesbaar: 0, geaccepteerd: 0 };
  for (const b of bestanden) {
    t.geaccepteerd += aantalGeaccepteerd(b);
    if ("fout" in b) t.onleesbaar++;
    else if (openFouten(b) > 0) t.met_fouten++;
    else t.zonder_fouten++;
  }
  return t;
}

/** Year, validity, status and data version of the rule set a file was checked against. */
export function regelsetgegevens(id: string) {
  const rs = zoekRegelset(id);
  return { id: rs.id, jaar: rs.jaar, geldig_van: rs.geldigheid.van, geldig_tot: rs.geldigheid.tot, status: statusTekst(rs), dataversie: rs.dataversie };
}

/** The fixed fields of spec §6 first, then the extra ones (prestatie, verwacht, gevonden, baseline). */
export function alsJson(bestanden: Bestandsresultaat[], info: Rapportinfo = { versie: "" }): string {
  return veiligeJson(JSON.stringify(
    {
      files: bestanden.map((b) => {
        if ("fout" in b) return { file: b.file, status: "onleesbaar", error: b.fout, ...(b.sha256 ? { sha256: b.sha256 } : {}) };
        const r = b.resultaat;
        return {
          file: b.file,
          status: r.status,
          regelset: r.regelset,
          gecontroleerd: { ...r.gecontroleerd },
          dekking: r.dekking,
          // data, so not cleaned (veiligeJson escapes what a terminal would act on); only an absurdly long
          // sheet name (Excel allows 31 characters) is shortened
          findings: r.bevindingen.map(({ code, severity, sheet, cell, message, source, bron, prestatie, verwacht, gevonden }, i) => ({
            code, severity, sheet: sheet.length > 100 ? `${sheet.slice(0, 100)}…` : sheet, cell, message, source,
            ...(bron ? { bron } : {}),
            ...(prestatie !== undefined ? { prestatie } : {}),
            ...(verwacht !== undefined ? { verwacht } : {}),
            ...(gevonden !== undefined ? { gevonden } : {}),
            ...(b.vingerafdrukken ? { fingerprint: b.vingerafdrukken[i] } : {}),
            ...(b.geaccepteerd ? { geaccepteerd: b.geaccepteerd[i] } : {}),
          })),
          summary: { ...r.samenvatting },
          ...(r.regelset ? { regelsetgegevens: regelsetgegevens(r.regelset) } : {}),
          zorgaanbieder: r.aanbieder?.zorgaanbieder ?? "",
          agbcode: r.aanbieder?.agbcode ?? "",
          regio: r.aanbieder?.regio ?? "",
          ...(b.sha256 ? { sha256: b.sha256 } : {}),
        };
      }),
      totaal: totaal(bestanden),
      tool: { name: "wlz-check", version: info.versie },
    },
    null,
    2,
  ));
}

/** ANSI colours for the text view; all identity when colour is off. */
export interface Kleuren {
  fout: (t: string) => string;
  waarschuwing: (t: string) => string;
  info: (t: string) => string;
  zacht: (t: string) => string;
  vet: (t: string) => string;
}
const ansi = (code: string) => (t: string) => `\u001b[${code}m${t}\u001b[0m`;
export const GEEN_KLEUR: Kleuren = { fout: (t) => t, waarschuwing: (t) => t, info: (t) => t, zacht: (t) => t, vet: (t) => t };
export const KLEUR: Kleuren = { fout: ansi("31"), waarschuwing: ansi("33"), info: ansi("36"), zacht: ansi("2"), vet: ansi("1") };

/** Colour on a terminal; NO_COLOR (any value) turns it off, FORCE_COLOR (not "0") on, FORCE_COLOR wins. */
export function kleurAan(env: Record<string, string | undefined>, isTty: boolean): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTty;
}

export interface Tekstopties {
  kleur?: Kleuren;
  /** Only files with fouten or waarschuwingen, and the total (--stil). */
  stil?: boolean;
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
  if (t.geaccepteerd > 0) delen.push(`${meervoud(t.geaccepteerd, "bevinding", "bevindingen")} geaccepteerd`);
  return `${meervoud(t.bestanden, "bestand", "bestanden")}: ${delen.join(", ")}`;
}

/**
 * Grouped per sheet, sorted by cell (the checker's order). Identical info findings on one sheet are shown
 * once with a count, so one ambiguity met in every row does not drown the errors (the JSON keeps them all).
 */
export function alsTekst(bestanden: Bestandsresultaat[], opties: Tekstopties = {}): string {
  const k = opties.kleur ?? GEEN_KLEUR;
  const regels: string[] = [];
  for (const best of bestanden) {
    if ("fout" in best) {
      regels.push(`${k.vet(naam(best.file, 500))}`);
      regels.push(`  ${k.fout("onleesbaar")}: ${schoon(best.fout)}`);
      regels.push("  Niet gecontroleerd.");
      regels.push("");
      continue;
    }
    const { file, resultaat } = best;
    const b = resultaat.bevindingen;
    if (opties.stil && !b.some((f) => f.severity !== "info")) continue;
    regels.push(`${k.vet(naam(file, 500))} (regelset ${resultaat.regelset ?? "onbekend"})`);
    let blad: string | undefined;
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
    for (const [i, f] of b.entries()) {
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
      const ernst = best.geaccepteerd?.[i] ? k.zacht("geaccepteerd".padEnd(12)) : k[f.severity](f.severity.padEnd(12));
      regels.push(`    ${f.cell.padEnd(7)} ${ernst} ${f.code}  ${schoon(f.message)}${extra}`);
      regels.push(k.zacht(`    ${"".padEnd(7)} ${"".padEnd(12)} ${"".padEnd(f.code.length)}  bron: ${schoon(f.source)}`));
    }
    if (b.length === 0) regels.push("  Geen bevindingen.");
    regels.push(`  Gecontroleerd: ${schoon(dekkingRegel(resultaat.dekking))}`);
    for (const d of dekkingDetails(resultaat.dekking)) regels.push(`    ${schoon(d)}`);
    const acc = aantalGeaccepteerd(best);
    regels.push(`  Samenvatting: ${samenvattingTekst(resultaat.samenvatting)}${acc > 0 ? ` (${meervoud(acc, "bevinding", "bevindingen")} geaccepteerd in de basislijn)` : ""}`);
    regels.push("");
  }
  if (bestanden.length > 1 || opties.stil) regels.push(`Totaal: ${totaalTekst(totaal(bestanden))}`, "");
  return regels.join("\n");
}

/** A CSV field a spreadsheet will not run as a formula: leading = + - @ tab CR get a quote prefix. */
export function csvVeld(t: string): string {
  let s = schoon(t);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The columns of the findings sheet and the CSV (spec §6; Dutch headers a controller filters on). New columns go
 * at the end, so a controller's filters and formulas on the fixed ones keep working: citaat is the source's words
 * as printed, where the finding's source has a quote.
 */
export const BEVINDINGKOLOMMEN = ["bestand", "zorgaanbieder", "blad", "cel", "prestatie", "code", "ernst", "melding", "verwacht", "gevonden", "bron", "citaat"] as const;

/** A findings row for a file as a whole (clean or unreadable): only the file, the provider and a message. */
function bestandsrij(file: string, aanbieder: string, melding: string): string[] {
  const rij = BEVINDINGKOLOMMEN.map(() => "");
  rij[0] = file;
  rij[1] = aanbieder;
  rij[BEVINDINGKOLOMMEN.indexOf("melding")] = melding;
  return rij;
}

/**
 * The rows of the findings sheet: one per finding, one for a clean file ("Geen bevindingen; ...") and one
 * for an unreadable file ("Onleesbaar, niet gecontroleerd: ..."), so that no file is missing.
 */
export function bevindingRijen(bestanden: Bestandsresultaat[]): string[][] {
  const rijen: string[][] = [];
  for (const best of bestanden) {
    if ("fout" in best) {
      rijen.push(bestandsrij(best.file, "", `Onleesbaar, niet gecontroleerd: ${best.fout}`));
      continue;
    }
    const { file, resultaat } = best;
    const aanbieder = (resultaat.aanbieder?.zorgaanbieder ?? "");
    if (resultaat.bevindingen.length === 0) {
      rijen.push(bestandsrij(file, aanbieder, `Geen bevindingen; ${dekkingRegel(resultaat.dekking)}`));
    }
    for (const [i, f] of (resultaat.bevindingen as Bevinding[]).entries()) {
      const melding = best.geaccepteerd?.[i] ? `Geaccepteerd (basislijn): ${f.message}` : f.message;
      rijen.push([file, aanbieder, naam(f.sheet), f.cell, f.prestatie ?? "", f.code, f.severity, melding, f.verwacht ?? "", f.gevonden ?? "", f.source, f.bron?.citaat ?? ""]);
    }
  }
  return rijen;
}

/** `;`-separated UTF-8 with byte order mark, as Dutch Excel opens by a double click; the total as the last line. */
export function alsCsv(bestanden: Bestandsresultaat[]): string {
  const rijen = [BEVINDINGKOLOMMEN.join(";")];
  for (const rij of bevindingRijen(bestanden)) rijen.push(rij.map(csvVeld).join(";"));
  rijen.push(bestandsrij("Totaal", "", totaalTekst(totaal(bestanden))).map(csvVeld).join(";"));
  return `\ufeff${rijen.join("\r\n")}\r\n`;
}

/** One line per finding, `bestand:Blad!B5: fout WLZ-TAR-001 melding`, for grep, editors and diffs. */
export function alsCompact(bestanden: Bestandsresultaat[]): string {
  const regels: string[] = [];
  const blad = (s: string) => (/^[A-Za-z0-9_]+$/.test(s) ? s : `'${s.replace(/'/g, "''")}'`);
  const plat = (t: string) => schoon(t).replace(/[\r\n]+/g, " ");
  for (const best of bestanden) {
    if ("fout" in best) {
      regels.push(`${plat(best.file)}: onleesbaar ${plat(best.fout)}`);
      continue;
    }
    for (const [i, f] of best.resultaat.bevindingen.entries()) {
      const ernst = best.geaccepteerd?.[i] ? `geaccepteerd ${f.severity}` : f.severity;
      regels.push(`${plat(best.file)}:${plat(blad(f.sheet))}!${f.cell}: ${ernst} ${f.code} ${plat(f.message)}`);
    }
  }
  regels.push(totaalTekst(totaal(bestanden)));
  return `${regels.join("\n")}\n`;
}
