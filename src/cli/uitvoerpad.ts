/**
 * Where wlz-check may write its report (--out) and which arguments are files.
 * The guard compares files, not names: a symlink or hard link onto an input is the input itself
 * (same device and inode), whatever its name. A workbook extension is refused by name, and an
 * existing file that is a workbook by its content (zip or OLE container) is never overwritten.
 */
import { closeSync, lstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { schoon } from "./uitvoer";

/** Extensions of workbooks (Excel, OpenDocument): never a report target. */
export const WERKMAP_EXTENSIE = /\.(xlsx|xlsm|xlsb|xls|xltx|xltm|xlt|xlam|ods|ots|fods)$/i;

function statOfNiets(pad: string, volgLink = true): Stats | undefined {
  try {
    return volgLink ? statSync(pad) : lstatSync(pad);
  } catch {
    return undefined;
  }
}

/** Starts like a zip (PK\3\4, also an empty zip PK\5\6) or an OLE/CFB container (old .xls, encrypted .xlsx). */
function isWerkmapInhoud(pad: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(pad, "r");
    const kop = Buffer.alloc(8);
    const n = readSync(fd, kop, 0, 8, 0);
    if (n >= 4 && kop[0] === 0x50 && kop[1] === 0x4b && (kop[2] === 3 || kop[2] === 5) && (kop[3] === 4 || kop[3] === 6)) return true;
    return n === 8 && kop.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface Uitvoeropties {
  /**
   * The report itself is a workbook (a report .xlsx): then a workbook extension is allowed, but never
   * onto an input and never over an existing file (a workbook is not overwritten by a report).
   */
  werkmapToegestaan?: boolean;
  /** The existing target is a report an earlier run of wlz-check wrote: it may be replaced (still never an input). */
  rapportToegestaan?: boolean;
}

/**
 * Why the report may not be written to `out` (a Dutch message), or undefined when it may.
 * Call it before the files are read and again right before writing.
 */
export function uitvoerWeigering(out: string, invoer: readonly string[], opties: Uitvoeropties = {}): string | undefined {
  const naam = schoon(out).slice(0, 200);
  const waarom = (reden: string) => `--out ${naam} ${reden}; kies een nieuw .txt-, .json- of .csv-bestand.`;
  if (!opties.werkmapToegestaan && WERKMAP_EXTENSIE.test(out)) return waarom("heeft de extensie van een werkmap en zou een werkmap kunnen overschrijven");
  const link = statOfNiets(out, false);
  if (!link) return undefined; // a new file cannot be one of the inputs
  const doel = statOfNiets(out);
  if (link.isSymbolicLink()) {
    if (!doel) return waarom("is een snelkoppeling (symbolische link) naar een bestand dat niet bestaat");
  }
  if (!doel) return undefined;
  if (doel.isDirectory()) return waarom("is een map");
  for (const b of invoer) {
    const s = statOfNiets(b);
    if (s && s.dev === doel.dev && s.ino === doel.ino) {
      return waarom(link.isSymbolicLink() || link.nlink > 1 || doel.nlink > 1 ? `verwijst (via een koppeling) naar het invoerbestand ${schoon(b).slice(0, 200)}` : "is een van de invoerbestanden");
    }
  }
  if (doel.isFile() && !opties.rapportToegestaan && isWerkmapInhoud(out)) return waarom("is een bestaande werkmap (naar de inhoud) en wordt niet overschreven");
  return undefined;
}

/** An argument that starts with "-" is still a file when a file of that name exists ("--format=json.xlsx"). */
export function isBestaandBestand(argument: string): boolean {
  if (!argument.startsWith("-") || argument === "-" || argument === "--") return false;
  const s = statOfNiets(argument);
  return s !== undefined && (s.isFile() || s.isDirectory());
}
