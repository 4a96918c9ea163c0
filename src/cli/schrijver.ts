/**
 * Writing the --out file, and the guard before it: a report never replaces a workbook of the user's.
 * Kept apart so that the guard can grow (device/inode comparison, links) without touching the formats.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

export type Formaat = "text" | "json" | "csv" | "xlsx" | "sarif" | "compact";
export const FORMATEN: Formaat[] = ["text", "json", "csv", "xlsx", "sarif", "compact"];

/** The format an --out file asks for by its extension, or undefined for an extension without a format. */
export function formaatVanPad(pad: string): Formaat | undefined {
  const p = pad.toLowerCase();
  if (p.endsWith(".sarif") || p.endsWith(".sarif.json")) return "sarif";
  if (p.endsWith(".json")) return "json";
  if (p.endsWith(".csv")) return "csv";
  if (p.endsWith(".xlsx")) return "xlsx";
  if (p.endsWith(".txt") || p.endsWith(".log")) return "text";
  return undefined;
}

/**
 * Why --out may not be written, or undefined. `isRapport` tells whether an existing .xlsx is a report
 * written by wlz-check (only such a file may be replaced).
 */
export async function uitvoerpadBezwaar(out: string, invoer: string[], formaat: Formaat, isRapport: (pad: string) => Promise<boolean | undefined>): Promise<string | undefined> {
  const doel = resolve(out);
  if (invoer.some((b) => resolve(b) === doel)) return "is een van de bestanden die worden gecontroleerd";
  if (/\.(xlsm|xls|xlsb|ods)$/i.test(out)) return "zou een werkmap overschrijven; kies een .xlsx-, .csv-, .json-, .sarif- of .txt-bestand";
  if (/\.xlsx$/i.test(out) && formaat !== "xlsx") return "eindigt op .xlsx maar het formaat is geen xlsx; kies een andere naam";
  if (/\.xlsx$/i.test(out)) {
    const rapport = await isRapport(out);
    if (rapport === false) return "bestaat al en is geen rapport van wlz-check; een werkmap wordt nooit overschreven";
  }
  return undefined;
}

/** Dutch reason for a failed write. */
export function schrijfReden(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "de map bestaat niet";
  if (code === "EACCES" || code === "EPERM") return "geen toestemming om daar te schrijven";
  if (code === "EISDIR") return "dat is een map";
  if (code === "EBUSY") return "het bestand is geopend in een ander programma (sluit het in Excel)";
  if (code === "ENOSPC") return "de schijf is vol";
  return "onbekende fout bij het schrijven";
}

export async function schrijfBestand(pad: string, inhoud: string | Uint8Array): Promise<void> {
  await writeFile(pad, inhoud);
}
