/**
 * Writing the --out file, and the guard before it: a report never replaces a workbook of the user's.
 * Kept apart so that the guard can grow (device/inode comparison, links) without touching the formats.
 */
import { writeFile } from "node:fs/promises";

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
 * What only the format decides about --out: a .xlsx name for a report that is not an xlsx report. Links onto
 * inputs, workbook extensions and existing workbooks are refused by the file-based guard (uitvoerpad.ts).
 */
export function uitvoerpadBezwaar(out: string, formaat: Formaat): string | undefined {
  if (/\.xlsx$/i.test(out) && formaat !== "xlsx") return "eindigt op .xlsx maar het formaat is geen xlsx; kies een andere naam";
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
