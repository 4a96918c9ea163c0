/**
 * wlz-check: checks offerte workbooks (.xlsx) without Excel (spec §6).
 * `main(argv, io)` holds all logic and returns the exit code, so tests run it in-process;
 * `start()` is what bin/wlz-check.js calls. No stack trace ever reaches the user.
 */
import { writeFile } from "node:fs/promises";
import { RegelFout, zoekRegelset } from "../rules";
import { controleerWerkmap } from "../workbook/controle";
import type { Werkmap } from "../workbook/snapshot";
import { WerkmapFout } from "../workbook/snapshot";
import { leesXlsx } from "../workbook/xlsx";
import { cellenRegels } from "./cellen";
import { alsCsv, alsJson, alsTekst, type Bestandsresultaat, schoon, veiligeJson } from "./uitvoer";
import { isBestaandBestand, uitvoerWeigering } from "./uitvoerpad";
import { startWerker } from "./werker";

export interface Io {
  stdout: (tekst: string) => void;
  stderr: (tekst: string) => void;
  /** Reads a workbook; throws WerkmapFout with a Dutch message. Replaceable in tests. */
  lees?: (pad: string) => Promise<Werkmap>;
  schrijf?: (pad: string, inhoud: string) => Promise<void>;
}

export const GEBRUIK = `Gebruik: wlz-check [opties] BESTAND.xlsx [BESTAND2.xlsx ...]

Controleert offertewerkmappen tegen de regels van het inkoopjaar (zonder Excel).

Opties:
  --format text|json   uitvoer als leesbare tekst (standaard) of als één JSON-document
  --regelset ID        controleer tegen deze regelset in plaats van die in de werkmap (bijv. CZ-VV-2021)
  --out BESTAND        schrijf de uitvoer naar BESTAND in plaats van naar het scherm
                       (eindigt BESTAND op .csv, dan als CSV, veilig voor spreadsheets)
  --cellen BESTAND     toon wat de controle in BESTAND las: elke gevulde cel als één JSON-regel
                       (blad, cel, waarde, formule), om naast Excel te leggen
  -h, --help           deze hulp
  --                   alles hierna is een bestand (ook een naam die met - begint)

Afsluitcode: 0 geen fouten, 1 minstens één bevinding met ernst "fout",
2 een bestand kon niet worden gelezen of de opdracht is verkeerd gebruikt.
`;

interface Opties {
  format: "text" | "json";
  regelset?: string;
  out?: string;
  bestanden: string[];
  help: boolean;
  cellen?: string;
}

class GebruiksFout extends Error {}

function leesArgumenten(argv: string[]): Opties {
  const o: Opties = { format: "text", bestanden: [], help: false };
  const waarde = (i: number, naam: string) => {
    const v = argv[i + 1];
    if (v === undefined || v === "") throw new GebruiksFout(`De optie ${naam} heeft een waarde nodig.`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (isBestaandBestand(a)) {
      o.bestanden.push(a);
      continue;
    }
    const [naam, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const neem = () => (inline !== undefined ? inline : waarde(i++, naam));
    if (naam === "--help" || naam === "-h") o.help = true;
    else if (naam === "--format") {
      const f = neem().toLowerCase();
      if (f !== "text" && f !== "json") throw new GebruiksFout(`Onbekend formaat "${schoon(f)}"; kies text of json.`);
      o.format = f;
    } else if (naam === "--regelset") o.regelset = neem();
    else if (naam === "--out") o.out = neem();
    else if (naam === "--cellen") o.cellen = neem();
    else if (naam === "--") o.bestanden.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith("-") && a !== "-") throw new GebruiksFout(`Onbekende optie ${schoon(a).slice(0, 200)}. Begint een bestandsnaam met -, zet dan -- voor de bestanden.`);
    else o.bestanden.push(a);
  }
  return o;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let o: Opties;
  try {
    o = leesArgumenten(argv);
    if (o.help) {
      io.stdout(GEBRUIK);
      return 0;
    }
    if (o.cellen !== undefined) {
      if (o.bestanden.length > 0 || o.out !== undefined || o.regelset !== undefined) {
        throw new GebruiksFout("--cellen neemt precies één bestand en gaat niet samen met andere bestanden, --out of --regelset.");
      }
      return await toonCellen(o.cellen, io);
    }
    if (o.bestanden.length === 0) throw new GebruiksFout("Geef minstens één .xlsx-bestand op.");
    // Never write the report over a workbook: nothing of the user's may be lost.
    const weigering = o.out === undefined ? undefined : uitvoerWeigering(o.out, o.bestanden);
    if (weigering !== undefined) throw new GebruiksFout(weigering);
    if (o.regelset !== undefined) {
      try {
        o.regelset = zoekRegelset(o.regelset, "--regelset").id;
      } catch (e) {
        throw new GebruiksFout(e instanceof RegelFout ? e.message : "Onbekende regelset.");
      }
    }
  } catch (e) {
    if (!(e instanceof GebruiksFout)) throw e;
    io.stderr(`wlz-check: ${e.message}\nZie wlz-check --help.\n`);
    return 2;
  }

  const lees = io.lees ?? ((pad: string) => leesXlsx(pad));
  const resultaten: Bestandsresultaat[] = [];
  let onleesbaar = false;
  // each file in a worker with memory and time limits (bundled CLI); in-process with an injected reader
  const werker = io.lees === undefined ? startWerker() : undefined;
  for (const file of o.bestanden) {
    try {
      if (werker) resultaten.push({ file, resultaat: await werker.controleer(file, o.regelset) });
      else resultaten.push({ file, resultaat: controleerWerkmap(await lees(file), { regelset: o.regelset }) });
    } catch (e) {
      onleesbaar = true;
      const bericht = e instanceof WerkmapFout ? e.message : "Het bestand kon niet worden gecontroleerd door een onverwachte fout.";
      io.stderr(`wlz-check: ${schoon(file)}: ${schoon(bericht).slice(0, 1000)}\n`);
      // In the report too: a file left out would look as if it had been checked.
      resultaten.push({ file, fout: bericht });
    }
  }

  await werker?.stop();
  const csv = o.out !== undefined && /\.csv$/i.test(o.out);
  const uitvoer = csv ? alsCsv(resultaten) : o.format === "json" ? `${alsJson(resultaten)}\n` : alsTekst(resultaten);
  if (o.out !== undefined) {
    // again right before writing: the files took time to check, the target may have changed meanwhile
    const weigering = uitvoerWeigering(o.out, o.bestanden);
    if (weigering !== undefined) {
      io.stderr(`wlz-check: ${weigering}\n`);
      return 2;
    }
    try {
      await (io.schrijf ?? ((p: string, t: string) => writeFile(p, t, "utf8")))(o.out, uitvoer);
    } catch {
      io.stderr(`wlz-check: kan niet schrijven naar ${schoon(o.out)}.\n`);
      return 2;
    }
  } else if (resultaten.length > 0 || o.format === "json") {
    io.stdout(uitvoer);
  }
  if (onleesbaar) return 2;
  return resultaten.some((r) => "resultaat" in r && r.resultaat.samenvatting.fout > 0) ? 1 : 0;
}

/** --cellen: every non-empty cell as a JSON line on stdout; 2 when the file cannot be read. */
async function toonCellen(file: string, io: Io): Promise<number> {
  let werkmap: Werkmap;
  try {
    werkmap = await (io.lees ?? ((pad: string) => leesXlsx(pad)))(file);
  } catch (e) {
    const bericht = e instanceof WerkmapFout ? e.message : "Het bestand kon niet worden gelezen door een onverwachte fout.";
    io.stderr(`wlz-check: ${schoon(file)}: ${schoon(bericht)}\n`);
    return 2;
  }
  let blok: string[] = [];
  for (const regel of cellenRegels(werkmap)) {
    blok.push(veiligeJson(regel));
    if (blok.length >= 1000) {
      io.stdout(`${blok.join("\n")}\n`);
      blok = [];
    }
  }
  if (blok.length > 0) io.stdout(`${blok.join("\n")}\n`);
  return 0;
}

/** Entry point for bin/wlz-check.js: real stdout/stderr, exit code via process.exitCode. */
export function start(): void {
  // A closed pipe (wlz-check ... | head) ends the output quietly instead of with a stack trace.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write("wlz-check: kan niet naar de uitvoer schrijven.\n");
    process.exit(2);
  });
  const io: Io = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.stderr.write("wlz-check: onverwachte fout; de controle is afgebroken.\n");
      process.exitCode = 2;
    },
  );
}
