/**
 * wlz-check: checks offerte workbooks (.xlsx) without Excel (spec §6).
 * `main(argv, io)` holds all logic and returns the exit code, so tests run it in-process;
 * `start()` is what bin/wlz-check.js calls. No stack trace ever reaches the user.
 */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import pakket from "../../package.json";
import { alleRegelsets, RegelFout, regelsetOverzicht, zoekRegelset } from "../rules";
import { type Controleresultaat, controleerWerkmap, type Ernst } from "../workbook/controle";
import type { Werkmap } from "../workbook/snapshot";
import { WerkmapFout } from "../workbook/snapshot";
import { leesXlsx } from "../workbook/xlsx";
import { BasislijnFout, leesBasislijn, maakBasislijn, vingerafdrukken } from "./basislijn";
import { cellenRegels } from "./cellen";
import { bedoeltU, CODES, zoekCode } from "./codes";
import { verzamelBestanden } from "./paden";
import { alsXlsx } from "./rapport";
import { alsSarif } from "./sarif";
import { type Formaat, FORMATEN, formaatVanPad, schrijfBestand, schrijfReden, uitvoerpadBezwaar } from "./schrijver";
import {
  alsCompact, alsCsv, alsJson, alsTekst, type Bestandsresultaat, bevindingRijen, GEEN_KLEUR, KLEUR, kleurAan, openFouten, type Rapportinfo, schoon, totaal, totaalTekst, veiligeJson,
} from "./uitvoer";
import { isBestaandBestand, uitvoerWeigering } from "./uitvoerpad";
import { sha256 } from "./sha256";
import { aantalWerkers, MAX_WERKERS, startWerkers, type Werker } from "./werker";

/** The reader this bundle checks with: `npm run bench` times it against the whole check, both from the shipped bundle. */
export { leesXlsx };

export const VERSIE: string = (pakket as { version?: string }).version ?? "0.0.0";

export interface Io {
  stdout: (tekst: string) => void;
  stderr: (tekst: string) => void;
  /** Reads a workbook; throws WerkmapFout with a Dutch message. Replaceable in tests. */
  lees?: (pad: string) => Promise<Werkmap>;
  schrijf?: (pad: string, inhoud: string | Uint8Array) => Promise<void>;
  /** Colour in the text output (start() decides from the terminal, NO_COLOR and FORCE_COLOR). */
  kleur?: boolean;
  /** Progress on stderr (start(): stderr is a terminal). */
  voortgang?: boolean;
}

export const GEBRUIK = `Gebruik: wlz-check [opties] PAD [PAD ...]

Controleert offertewerkmappen tegen de regels van het inkoopjaar (zonder Excel).
Een PAD is een .xlsx- of .xlsm-bestand, een map (met submappen; ~$-bestanden van Excel en
verborgen bestanden worden overgeslagen) of een patroon zoals "offertes/**/*.xlsx".

Opties:
  --format FORMAAT     text (standaard), json, csv, xlsx, sarif of compact
  --out BESTAND        schrijf de uitvoer naar BESTAND; zonder --format volgt het formaat uit
                       de extensie (.xlsx rapport, .csv, .json, .sarif, .txt)
  --regelset ID        controleer tegen deze regelset in plaats van die in de werkmap (bijv. CZ-VV-2021)
  --ernst ERNST        toon alleen bevindingen vanaf deze ernst: fout, waarschuwing of info (standaard)
  --werkers N          controleer N bestanden tegelijk (standaard één per processorkern, hoogstens 4)
  --stil               alleen bestanden met fouten of waarschuwingen en het totaal; geen voortgang
                       en geen melding over --out
  --basislijn BESTAND  geaccepteerde afwijkingen: bevindingen uit BESTAND tellen niet als fout
  --schrijf-basislijn  schrijf alle bevindingen van deze controle als basislijn naar --basislijn BESTAND
  --regelsets          toon de regelsets die wlz-check kent
  --uitleg CODE        leg een bevindingscode uit (bijv. WLZ-TAR-001)
  --cellen BESTAND     toon wat de controle in BESTAND las: elke gevulde cel als één JSON-regel
                       (blad, cel, waarde, formule), om naast Excel te leggen
  --version            toon de versie
  -h, --help           deze hulp
  --                   alles hierna is een bestand (ook een naam die met - begint)

Afsluitcode: 0 geen fouten, 1 minstens één bevinding met ernst "fout" (niet in de basislijn),
2 een bestand kon niet worden gelezen of de opdracht is verkeerd gebruikt.
`;

const OPTIES = ["--format", "--out", "--regelset", "--ernst", "--stil", "--basislijn", "--schrijf-basislijn", "--regelsets", "--uitleg", "--cellen", "--werkers", "--version", "--help"];
const ERNSTEN: Ernst[] = ["fout", "waarschuwing", "info"];

interface Opties {
  format?: Formaat;
  regelset?: string;
  out?: string;
  bestanden: string[];
  help: boolean;
  versie: boolean;
  regelsets: boolean;
  uitleg?: string;
  cellen?: string;
  ernst: Ernst;
  stil: boolean;
  basislijn?: string;
  schrijfBasislijn: boolean;
  werkers?: number;
}

class GebruiksFout extends Error {}

function leesArgumenten(argv: string[]): Opties {
  const o: Opties = { bestanden: [], help: false, versie: false, regelsets: false, ernst: "info", stil: false, schrijfBasislijn: false };
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
    else if (naam === "--version" || naam === "-v") o.versie = true;
    else if (naam === "--format") {
      const f = neem().toLowerCase();
      if (!FORMATEN.includes(f as Formaat)) {
        const s = bedoeltU(f, FORMATEN);
        throw new GebruiksFout(`Onbekend formaat "${schoon(f)}"${s ? `; bedoelt u ${s}?` : ""} Kies ${FORMATEN.join(", ")}.`);
      }
      o.format = f as Formaat;
    } else if (naam === "--regelset") o.regelset = neem();
    else if (naam === "--out") o.out = neem();
    else if (naam === "--cellen") o.cellen = neem();
    else if (naam === "--uitleg") o.uitleg = neem();
    else if (naam === "--regelsets") o.regelsets = true;
    else if (naam === "--stil" || naam === "-q") o.stil = true;
    else if (naam === "--werkers") {
      const w = neem();
      if (!/^\d+$/.test(w) || Number(w) < 1 || Number(w) > MAX_WERKERS) throw new GebruiksFout(`--werkers wil een heel getal van 1 tot en met ${MAX_WERKERS}, niet "${schoon(w).slice(0, 40)}".`);
      o.werkers = Number(w);
    }
    else if (naam === "--basislijn") o.basislijn = neem();
    else if (naam === "--schrijf-basislijn") o.schrijfBasislijn = true;
    else if (naam === "--ernst") {
      const e = neem().toLowerCase();
      if (!ERNSTEN.includes(e as Ernst)) {
        const s = bedoeltU(e, ERNSTEN);
        throw new GebruiksFout(`Onbekende ernst "${schoon(e)}"${s ? `; bedoelt u ${s}?` : ""} Kies fout, waarschuwing of info.`);
      }
      o.ernst = e as Ernst;
    } else if (naam === "--") o.bestanden.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith("-") && a !== "-") {
      const s = a.startsWith("--") ? bedoeltU(naam, OPTIES) : undefined;
      throw new GebruiksFout(`Onbekende optie ${schoon(a).slice(0, 200)}${s ? `; bedoelt u ${s}?` : "."} Begint een bestandsnaam met -, zet dan -- voor de bestanden.`);
    } else o.bestanden.push(a);
  }
  return o;
}

function fout(io: Io, bericht: string): number {
  io.stderr(`wlz-check: ${bericht}\nZie wlz-check --help.\n`);
  return 2;
}

function regelsetLijst(): string {
  const rijen = regelsetOverzicht();
  const breed = Math.max(...rijen.map((r) => r[0].length));
  return `${rijen.map(([id, zk, sector, jaar, omschrijving]) => `${id.padEnd(breed)}  ${jaar}  ${zk} (${sector}): ${omschrijving}`).join("\n")}\n`;
}

function uitlegTekst(code: string): string | undefined {
  const c = zoekCode(code);
  if (!c) return undefined;
  return `${c.code} (${c.ernst}): ${c.kort}\n\nWat te doen: ${c.uitleg}\nBron: ${c.bron}.\n`;
}

/** Whether an existing file is a report of wlz-check (its sheets), undefined when it does not exist. */
async function isRapport(pad: string): Promise<boolean | undefined> {
  try {
    if (!(await stat(pad)).isFile()) return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT" ? undefined : false;
  }
  try {
    const wm = await leesXlsx(pad);
    return wm.bladen.map((b) => b.naam).join("|") === "Overzicht|Bevindingen";
  } catch {
    return false;
  }
}

export async function main(argv: string[], io: Io): Promise<number> {
  let o: Opties;
  let formaat: Formaat;
  try {
    o = leesArgumenten(argv);
    if (o.help) {
      io.stdout(GEBRUIK);
      return 0;
    }
    if (o.versie) {
      io.stdout(`wlz-check ${VERSIE}\n`);
      return 0;
    }
    if (o.regelsets) {
      io.stdout(regelsetLijst());
      return 0;
    }
    if (o.uitleg !== undefined) {
      const t = uitlegTekst(o.uitleg);
      if (t === undefined) {
        const s = bedoeltU(o.uitleg, CODES.map((c) => c.code));
        throw new GebruiksFout(`Onbekende code "${schoon(o.uitleg)}"${s ? `; bedoelt u ${s}?` : "."}`);
      }
      io.stdout(t);
      return 0;
    }
    if (o.cellen !== undefined) {
      if (o.bestanden.length > 0 || o.out !== undefined || o.regelset !== undefined) {
        throw new GebruiksFout("--cellen neemt precies één bestand en gaat niet samen met andere bestanden, --out of --regelset.");
      }
      return await toonCellen(o.cellen, io);
    }
    if (o.bestanden.length === 0) throw new GebruiksFout("Geef minstens één .xlsx-bestand, map of patroon op.");
    if (o.schrijfBasislijn && o.basislijn === undefined) throw new GebruiksFout("--schrijf-basislijn heeft --basislijn BESTAND nodig: daar komt de basislijn.");
    formaat = o.format ?? (o.out !== undefined ? formaatVanPad(o.out) : undefined) ?? "text";
    if (formaat === "xlsx" && o.out === undefined) throw new GebruiksFout("Een xlsx-rapport heeft --out BESTAND.xlsx nodig.");
    if (o.regelset !== undefined) {
      try {
        o.regelset = zoekRegelset(o.regelset, "--regelset").id;
      } catch (e) {
        const s = bedoeltU(o.regelset, alleRegelsets().map((r) => r.id));
        throw new GebruiksFout(`${e instanceof RegelFout ? e.message : "Onbekende regelset."}${s ? ` Bedoelt u ${s}?` : " Zie wlz-check --regelsets."}`);
      }
    }
  } catch (e) {
    if (!(e instanceof GebruiksFout)) throw e;
    return fout(io, e.message);
  }

  const invoer = await verzamelBestanden(o.bestanden);
  // Never write the report over a workbook: nothing of the user's may be lost.
  if (o.out !== undefined) {
    const bezwaar = uitvoerpadBezwaar(o.out, formaat);
    if (bezwaar) return fout(io, `--out ${schoon(o.out)} ${bezwaar}.`);
  }
  const doelpaden = [o.out, o.basislijn].filter((p): p is string => p !== undefined).map((p) => resolve(p));
  // A report written by an earlier run inside the folder being checked is not an offerte.
  const bestanden = invoer.filter((b) => !doelpaden.includes(resolve(b.pad)) || o.bestanden.includes(b.pad));
  // The guard compares files, not names: no link onto an input, no existing workbook (an earlier report may be replaced).
  const weigerUit = async () => o.out === undefined ? undefined : uitvoerWeigering(o.out, [...o.bestanden, ...bestanden.map((b) => b.pad)], {
    werkmapToegestaan: formaat === "xlsx",
    rapportToegestaan: formaat === "xlsx" && (await isRapport(o.out)) === true,
  });
  const weigering = await weigerUit();
  if (weigering !== undefined) return fout(io, weigering);

  let geaccepteerd = new Set<string>();
  if (o.basislijn !== undefined && !o.schrijfBasislijn) {
    try {
      geaccepteerd = leesBasislijn(await readFile(o.basislijn, "utf8"));
    } catch (e) {
      return fout(io, `--basislijn ${schoon(o.basislijn)} ${e instanceof BasislijnFout ? e.message : "kan niet worden gelezen."}`);
    }
  }

  const lees = io.lees ?? ((pad: string) => leesXlsx(pad));
  const resultaten: Bestandsresultaat[] = new Array(bestanden.length);
  let onleesbaar = false;
  const metVoortgang = io.voortgang === true && !o.stil && bestanden.length > 1;
  // the files in a pool of workers with memory and time limits (bundled CLI); in-process with an injected reader
  const werkers = io.lees === undefined ? startWerkers(aantalWerkers(o.werkers, bestanden.length)) : undefined;
  // messages about unreadable files appear in the order of the files, whichever worker finishes first
  const meldingen: (string | undefined)[] = new Array(bestanden.length);
  let gemeld = 0;
  let klaar = 0;
  const meld = () => {
    while (gemeld < bestanden.length && resultaten[gemeld] !== undefined) {
      const m = meldingen[gemeld++];
      if (m === undefined) continue;
      if (metVoortgang) io.stderr("\r\u001b[K");
      io.stderr(m);
    }
    if (metVoortgang && klaar < bestanden.length) io.stderr(`\rwlz-check: ${klaar}/${bestanden.length} bestanden gecontroleerd… `);
  };
  const controleer = async (n: number, werker: Werker | undefined): Promise<Bestandsresultaat> => {
    const { pad: file, fout: reden } = bestanden[n];
    // the worker hashes the bytes itself, so the main thread reads no file and hands out the next one at once
    let hash: string | undefined;
    try {
      if (reden !== undefined) throw new WerkmapFout(reden, "geen-xlsx");
      let resultaat: Controleresultaat;
      if (werker) ({ resultaat, sha256: hash } = await werker.controleer(file, o.regelset));
      else {
        hash = io.lees ? undefined : await sha256(file);
        resultaat = controleerWerkmap(await lees(file), { regelset: o.regelset });
      }
      const meta = hash ? { sha256: hash } : {};
      const v = vingerafdrukken(file, resultaat);
      return { file, resultaat, ...meta, vingerafdrukken: v, geaccepteerd: v.map((x) => geaccepteerd.has(x)) };
    } catch (e) {
      onleesbaar = true;
      const bericht = e instanceof WerkmapFout ? e.message : "Het bestand kon niet worden gecontroleerd door een onverwachte fout.";
      meldingen[n] = `wlz-check: ${schoon(file)}: ${schoon(bericht).slice(0, 1000)}\n`;
      // In the report too: a file left out would look as if it had been checked.
      hash ??= io.lees ? undefined : await sha256(file);
      return { file, fout: bericht, ...(hash ? { sha256: hash } : {}) };
    }
  };
  let volgende = 0;
  const baan = async (werker: Werker | undefined) => {
    while (volgende < bestanden.length) {
      const n = volgende++;
      resultaten[n] = await controleer(n, werker);
      klaar++;
      meld();
    }
  };
  if (metVoortgang) meld();
  await Promise.all((werkers ?? [undefined]).map(baan));
  if (metVoortgang) io.stderr("\r\u001b[K");
  await Promise.all((werkers ?? []).map((w) => w.stop()));
  if (o.schrijfBasislijn && o.basislijn !== undefined) {
    const items = resultaten.flatMap((r) => ("resultaat" in r ? [{ file: r.file, resultaat: r.resultaat, vingerafdrukken: r.vingerafdrukken ?? [] }] : []));
    const basis = maakBasislijn(items);
    try {
      await (io.schrijf ?? schrijfBestand)(o.basislijn, `${JSON.stringify(basis, null, 2)}\n`);
    } catch (e) {
      io.stderr(`wlz-check: kan de basislijn niet schrijven naar ${schoon(o.basislijn)}: ${schrijfReden(e)}.\n`);
      return 2;
    }
    for (const r of resultaten) if ("resultaat" in r) r.geaccepteerd = r.resultaat.bevindingen.map(() => true);
    if (!o.stil) io.stderr(`wlz-check: basislijn met ${basis.geaccepteerd.length.toLocaleString("nl-NL")} bevindingen geschreven naar ${schoon(o.basislijn)}.\n`);
  }

  // --ernst filters what is shown; the summary and the exit code keep counting every finding.
  const drempel = ERNSTEN.indexOf(o.ernst);
  const getoond: Bestandsresultaat[] = drempel === 2 ? resultaten : resultaten.map((r) => {
    if (!("resultaat" in r)) return r;
    const houd = r.resultaat.bevindingen.map((f) => ERNSTEN.indexOf(f.severity) <= drempel);
    const kies = <T,>(xs: T[] | undefined) => xs?.filter((_, i) => houd[i]);
    return { ...r, resultaat: { ...r.resultaat, bevindingen: r.resultaat.bevindingen.filter((_, i) => houd[i]) }, vingerafdrukken: kies(r.vingerafdrukken), geaccepteerd: kies(r.geaccepteerd) };
  });

  const info: Rapportinfo = { versie: VERSIE };
  let uitvoer: string | Uint8Array;
  if (formaat === "xlsx") uitvoer = await alsXlsx(getoond, info, bevindingRijen(getoond));
  else if (formaat === "csv") uitvoer = alsCsv(getoond);
  else if (formaat === "json") uitvoer = `${alsJson(getoond, info)}\n`;
  else if (formaat === "sarif") uitvoer = alsSarif(getoond, info);
  else if (formaat === "compact") uitvoer = alsCompact(getoond);
  else uitvoer = alsTekst(getoond, { kleur: io.kleur && o.out === undefined ? KLEUR : GEEN_KLEUR, stil: o.stil });

  if (o.out !== undefined) {
    // again right before writing: the files took time to check, the target may have changed meanwhile
    const nogmaals = await weigerUit();
    if (nogmaals !== undefined) {
      io.stderr(`wlz-check: ${nogmaals}\n`);
      return 2;
    }
    try {
      await (io.schrijf ?? schrijfBestand)(o.out, uitvoer);
    } catch (e) {
      io.stderr(`wlz-check: kan niet schrijven naar ${schoon(o.out)}: ${schrijfReden(e)}.\n`);
      return 2;
    }
    if (!o.stil) io.stderr(`wlz-check: ${formaat === "xlsx" ? "rapport" : formaat} geschreven naar ${schoon(resolve(o.out))} (${totaalTekst(totaal(resultaten))}).\n`);
  } else if (resultaten.length > 0 || formaat === "json") {
    io.stdout(typeof uitvoer === "string" ? uitvoer : "");
  }
  if (onleesbaar) return 2;
  return resultaten.some((r) => openFouten(r) > 0) ? 1 : 0;
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
    kleur: kleurAan(process.env, process.stdout.isTTY === true),
    voortgang: process.stderr.isTTY === true,
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
