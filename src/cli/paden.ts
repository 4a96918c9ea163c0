/**
 * From the PADs on the command line to the list of files to check (spec §6): a file as given, a folder
 * searched recursively for .xlsx/.xlsm (Excel's ~$ lock files and hidden files and folders skipped), and
 * a glob pattern expanded here, because cmd.exe and PowerShell never expand one. The order is stable:
 * the arguments in their order, each folder or pattern sorted by path. A path that yields nothing stays
 * in the list with a Dutch reason, so that every path given appears in every output.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve, sep } from "node:path";

export interface Invoerbestand {
  /** The path as shown in the outputs (as given, or the folder/pattern joined with the names found). */
  pad: string;
  /** Why this path is not checked (set: the file is reported as onleesbaar with this message). */
  fout?: string;
}

const WERKMAP = /\.(xlsx|xlsm)$/i;
/** Spreadsheet formats the checker does not read: found in a folder they are reported, not skipped silently. */
const ANDER_FORMAAT = /\.(xls|xlsb|ods)$/i;

/** The Dutch advice for a spreadsheet in another format, or undefined for an .xlsx/.xlsm or any other file. */
export function formaatMelding(pad: string): string | undefined {
  const ext = extname(pad).toLowerCase();
  if (ext === ".xls" || ext === ".xlsb" || ext === ".ods" || ext === ".csv") {
    const naam = ext === ".xls" ? "een oud Excel-bestand (.xls)" : ext === ".xlsb" ? "een binaire Excel-werkmap (.xlsb)" : ext === ".ods" ? "een OpenDocument-werkblad (.ods)" : "een CSV-bestand";
    return `Dit is ${naam}; wlz-check leest alleen .xlsx en .xlsm. Open het in Excel en kies Opslaan als > Excel-werkmap (*.xlsx).`;
  }
  return undefined;
}

function overgeslagen(naam: string): boolean {
  return naam.startsWith("~$") || naam.startsWith(".");
}

/** Case-insensitive as Explorer and Finder list names, then by code point: the same on every machine and locale. */
function vergelijk(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

async function doorzoekMap(map: string, uit: string[], ook: (naam: string) => boolean): Promise<void> {
  let items;
  try {
    items = await readdir(map, { withFileTypes: true });
  } catch {
    return;
  }
  items.sort((a, b) => vergelijk(a.name, b.name));
  for (const item of items) {
    if (overgeslagen(item.name)) continue;
    const pad = join(map, item.name);
    if (item.isDirectory()) await doorzoekMap(pad, uit, ook);
    else if (item.isFile() && ook(item.name)) uit.push(pad);
  }
}

export function isPatroon(arg: string): boolean {
  return /[*?[]/.test(arg) || /\{[^}]*,[^}]*\}/.test(arg);
}

/** A glob segment as a regular expression: `*`, `?`, `[abc]`, `{a,b}`; case-insensitive on Windows and macOS. */
function segmentRegex(seg: string): RegExp {
  let re = "";
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i];
    if (ch === "*") re += "[^/\\\\]*";
    else if (ch === "?") re += "[^/\\\\]";
    else if (ch === "[") {
      const eind = seg.indexOf("]", i + 1);
      if (eind < 0) re += "\\[";
      else {
        let klasse = seg.slice(i + 1, eind).replace(/\\/g, "\\\\");
        if (klasse.startsWith("!")) klasse = `^${klasse.slice(1)}`;
        re += `[${klasse}]`;
        i = eind;
      }
    } else if (ch === "{") {
      const eind = seg.indexOf("}", i + 1);
      if (eind < 0) re += "\\{";
      else {
        re += `(?:${seg.slice(i + 1, eind).split(",").map((d) => d.replace(/[.+^$()|\\]/g, "\\$&")).join("|")})`;
        i = eind;
      }
    } else re += ch.replace(/[.+^$()|\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, process.platform === "linux" ? "" : "i");
}

/** Expands a glob pattern; `**` matches any number of folders. Hidden and ~$ entries only when the pattern names them. */
export async function breidPatroonUit(patroon: string): Promise<string[]> {
  const delen = patroon.split(/[\\/]/);
  // The fixed start of the pattern (an absolute path or a folder without wildcards) is not matched.
  let basis = "";
  let i = 0;
  if (delen[0] === "") {
    basis = sep;
    i = 1;
  } else if (/^[A-Za-z]:$/.test(delen[0])) {
    basis = `${delen[0]}${sep}`;
    i = 1;
  }
  while (i < delen.length - 1 && !isPatroon(delen[i])) {
    basis = basis === "" ? delen[i] : join(basis, delen[i]);
    i++;
  }
  const gevonden: string[] = [];
  const loop = async (map: string, j: number): Promise<void> => {
    if (j >= delen.length) return;
    const seg = delen[j];
    const laatste = j === delen.length - 1;
    const echteMap = map === "" ? "." : map;
    if (seg === "**") {
      if (laatste) {
        await doorzoekMap(echteMap, gevonden, (n) => WERKMAP.test(n) || ANDER_FORMAAT.test(n));
        return;
      }
      await loop(map, j + 1);
      let items;
      try {
        items = await readdir(echteMap, { withFileTypes: true });
      } catch {
        return;
      }
      for (const item of items) if (item.isDirectory() && !overgeslagen(item.name)) await loop(map === "" ? item.name : join(map, item.name), j);
      return;
    }
    if (!isPatroon(seg)) {
      const pad = map === "" ? seg : join(map, seg);
      if (laatste) {
        try {
          if ((await stat(pad)).isFile()) gevonden.push(pad);
        } catch {
          /* no match */
        }
      } else await loop(pad, j + 1);
      return;
    }
    const re = segmentRegex(seg);
    let items;
    try {
      items = await readdir(echteMap, { withFileTypes: true });
    } catch {
      return;
    }
    for (const item of items) {
      if (overgeslagen(item.name) && !seg.startsWith(item.name[0])) continue;
      if (!re.test(item.name)) continue;
      const pad = map === "" ? item.name : join(map, item.name);
      if (laatste) {
        if (item.isFile() && (WERKMAP.test(item.name) || ANDER_FORMAAT.test(item.name) || /\.csv$/i.test(item.name))) gevonden.push(pad);
        else if (item.isDirectory()) await doorzoekMap(pad, gevonden, (n) => WERKMAP.test(n) || ANDER_FORMAAT.test(n));
      } else if (item.isDirectory()) await loop(pad, j + 1);
    }
  };
  await loop(basis, i);
  return [...new Set(gevonden)].sort(vergelijk);
}

/**
 * The files to check, in order; a file found in a folder or by a pattern once. A path that exists is taken as it is (a file named `*.xlsx`
 * is that file); only a path that does not exist is read as a pattern.
 */
export async function verzamelBestanden(argumenten: string[]): Promise<Invoerbestand[]> {
  const uit: Invoerbestand[] = [];
  const gezien = new Set<string>();
  // A file found in a folder or by a pattern is added once; a file named on the command line always is.
  const voegToe = (pad: string, fout?: string, gevonden = true) => {
    const sleutel = resolve(pad);
    if (gevonden && gezien.has(sleutel)) return;
    gezien.add(sleutel);
    uit.push(fout === undefined ? { pad } : { pad, fout });
  };
  for (const arg of argumenten) {
    let soort: "map" | "bestand" | undefined;
    try {
      const s = await stat(arg);
      soort = s.isDirectory() ? "map" : "bestand";
    } catch {
      soort = undefined;
    }
    if (soort === "map") {
      const gevonden: string[] = [];
      await doorzoekMap(arg, gevonden, (n) => WERKMAP.test(n) || ANDER_FORMAAT.test(n));
      if (gevonden.length === 0) voegToe(arg, "Dit is een map zonder .xlsx- of .xlsm-bestanden (ook niet in submappen).");
      for (const pad of gevonden) voegToe(pad, formaatMelding(pad));
    } else if (soort === undefined && isPatroon(arg)) {
      const gevonden = await breidPatroonUit(arg);
      if (gevonden.length === 0) voegToe(arg, "Geen bestanden gevonden die bij dit patroon passen.");
      for (const pad of gevonden) voegToe(pad, formaatMelding(pad));
    } else {
      voegToe(arg, soort === "bestand" ? formaatMelding(arg) : undefined, false);
    }
  }
  return uit;
}

/** The name shown where a short name suits (the overview sheet keeps the full path too). */
export function bestandsnaam(pad: string): string {
  return basename(pad);
}
