/** Zuivere hulpfuncties van het taakvenster: samenvatten, filteren en groeperen van bevindingen. */
import type { Bevinding, Ernst, Samenvatting } from "./host";

export const ERNSTEN: readonly Ernst[] = ["fout", "waarschuwing", "info"];

const ENKELVOUD: Record<Ernst, string> = { fout: "fout", waarschuwing: "waarschuwing", info: "info" };
const MEERVOUD: Record<Ernst, string> = { fout: "fouten", waarschuwing: "waarschuwingen", info: "info" };
export const ERNST_KOP: Record<Ernst, string> = { fout: "Fouten", waarschuwing: "Waarschuwingen", info: "Info" };

export function telling(aantal: number, ernst: Ernst): string {
  return `${aantal} ${aantal === 1 ? ENKELVOUD[ernst] : MEERVOUD[ernst]}`;
}

/** "3 fouten, 1 waarschuwing, 2 info"; zonder bevindingen "Geen bevindingen". */
export function samenvattingTekst(s: Samenvatting): string {
  if (s.fout + s.waarschuwing + s.info === 0) return "Geen bevindingen";
  return ERNSTEN.map((e) => telling(s[e], e)).join(", ");
}

export function tel(bevindingen: readonly Bevinding[]): Samenvatting {
  const s: Samenvatting = { fout: 0, waarschuwing: 0, info: 0 };
  for (const b of bevindingen) if (b.severity in s) s[b.severity]++;
  return s;
}

export interface Filter {
  ernsten: ReadonlySet<Ernst>;
  /** null = alle codes. */
  code: string | null;
}

export function filter(bevindingen: readonly Bevinding[], f: Filter): Bevinding[] {
  return bevindingen.filter((b) => f.ernsten.has(b.severity) && (f.code === null || b.code === f.code));
}

/** Alle codes die voorkomen, gesorteerd. */
export function codes(bevindingen: readonly Bevinding[]): string[] {
  return [...new Set(bevindingen.map((b) => b.code))].sort();
}

export interface Groep {
  ernst: Ernst;
  bladen: { blad: string; bevindingen: Bevinding[] }[];
  aantal: number;
}

/** Groepen per ernst (fout eerst), daarbinnen per blad in werkmapvolgorde van eerste voorkomen, cellen op rij/kolom. */
export function groepeer(bevindingen: readonly Bevinding[]): Groep[] {
  const groepen: Groep[] = [];
  for (const ernst of ERNSTEN) {
    const perBlad = new Map<string, Bevinding[]>();
    for (const b of bevindingen) {
      if (b.severity !== ernst) continue;
      const lijst = perBlad.get(b.sheet) ?? [];
      lijst.push(b);
      perBlad.set(b.sheet, lijst);
    }
    if (perBlad.size === 0) continue;
    const bladen = [...perBlad.entries()].map(([blad, lijst]) => ({ blad, bevindingen: [...lijst].sort(opCel) }));
    groepen.push({ ernst, bladen, aantal: bladen.reduce((n, b) => n + b.bevindingen.length, 0) });
  }
  return groepen;
}

function celSleutel(cel: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(cel);
  if (!m) return [Number.MAX_SAFE_INTEGER, 0];
  let k = 0;
  for (const ch of m[1].toUpperCase()) k = k * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), k];
}

function opCel(a: Bevinding, b: Bevinding): number {
  const [ra, ka] = celSleutel(a.cell);
  const [rb, kb] = celSleutel(b.cell);
  return ra - rb || ka - kb || a.code.localeCompare(b.code);
}

/** Een foutmelding voor de gebruiker: de boodschap van de fout, zonder stacktrace. */
export function foutTekst(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === "string" && e) return e;
  return "Onbekende fout.";
}

// ---------------------------------------------------------------------------------------------
// The compact list: one item per finding, repeated ambiguity notes folded, grouped by severity or row.

/** One line of the list: a finding, or several WLZ-AMB-001 notes on the same ambiguity folded into one. */
export interface Item {
  /** Stable key for React and for keyboard navigation. */
  sleutel: string;
  /** The first (in cell order) finding; the one whose cell is selected. */
  bevinding: Bevinding;
  /** All findings folded into this item (one unless folded). */
  alle: Bevinding[];
  /** The prestatie of the finding's row ("ZZP VV 5"), when the cell lies in a prestatie table. */
  prestatie: string | null;
  /** Excel row number of the cell, or null. */
  rij: number | null;
}

export type Groepering = "ernst" | "rij";

export interface Lijstgroep {
  sleutel: string;
  /** "Fouten (5)" or "Rij 8 · ZZP 6VV (3)". */
  kop: string;
  ernst: Ernst | null;
  items: Item[];
}

/** Looks up the prestatie of a row: (sheet, Excel row) -> "ZZP VV 5" or null. */
export type PrestatieVan = (blad: string, rij: number) => string | null;

export const AMBIGUITEIT = "WLZ-AMB-001";

/** Excel row number of an A1 address ("G8" -> 8), or null. */
export function rijVan(cel: string): number | null {
  const m = /^\$?[A-Z]{1,3}\$?(\d+)/i.exec(cel);
  return m ? Number(m[1]) : null;
}

/** The key that folds ambiguity notes: same source and same ambiguity text (the part from the rule id on). */
function vouwSleutel(b: Bevinding): string | null {
  if (b.code !== AMBIGUITEIT) return null;
  const i = b.message.indexOf("(");
  return `${b.sheet}|${b.source}|${i >= 0 ? b.message.slice(i) : b.message}`;
}

/** Items in severity order, then sheet order of first appearance, then cell order; ambiguity notes folded. */
export function maakItems(bevindingen: readonly Bevinding[], prestatieVan: PrestatieVan = () => null): Item[] {
  const items: Item[] = [];
  const gevouwen = new Map<string, Item>();
  for (const groep of groepeer(bevindingen)) {
    for (const { bevindingen: lijst } of groep.bladen) {
      for (const b of lijst) {
        const vouw = vouwSleutel(b);
        const bestaand = vouw ? gevouwen.get(vouw) : undefined;
        if (bestaand) {
          bestaand.alle.push(b);
          continue;
        }
        const rij = b.cell ? rijVan(b.cell) : null;
        const item: Item = {
          sleutel: `${b.sheet}|${b.cell}|${b.code}|${items.length}`,
          bevinding: b,
          alle: [b],
          prestatie: rij === null ? null : prestatieVan(b.sheet, rij),
          rij,
        };
        if (vouw) gevouwen.set(vouw, item);
        items.push(item);
      }
    }
  }
  return items;
}

const ERNST_RANG: Record<Ernst, number> = { fout: 0, waarschuwing: 1, info: 2 };

/** Groups for the list: per severity (as before) or per row (sheet, then row; the findings of one prestatie together). */
export function lijstgroepen(items: readonly Item[], groepering: Groepering): Lijstgroep[] {
  if (groepering === "ernst") {
    return ERNSTEN.map((e) => {
      const lijst = items.filter((i) => i.bevinding.severity === e);
      return { sleutel: e, kop: `${ERNST_KOP[e]} (${aantalBevindingen(lijst)})`, ernst: e, items: lijst };
    }).filter((g) => g.items.length > 0);
  }
  const groepen = new Map<string, Lijstgroep & { blad: string; rij: number }>();
  for (const item of items) {
    const b = item.bevinding;
    const folded = item.alle.length > 1;
    const rij = folded ? null : item.rij;
    const sleutel = `${b.sheet}|${rij ?? "-"}`;
    let g = groepen.get(sleutel);
    if (!g) {
      const naam = rij === null ? (folded ? "Meerdere rijen" : b.sheet ? `Werkblad ${b.sheet}` : "Werkmap") : `Rij ${rij}${item.prestatie ? ` · ${item.prestatie}` : ""}`;
      g = { sleutel, kop: naam, ernst: null, items: [], blad: b.sheet, rij: rij ?? Number.MAX_SAFE_INTEGER };
      groepen.set(sleutel, g);
    }
    g.items.push(item);
  }
  const bladVolgorde = new Map<string, number>();
  for (const i of items) if (!bladVolgorde.has(i.bevinding.sheet)) bladVolgorde.set(i.bevinding.sheet, bladVolgorde.size);
  return [...groepen.values()]
    .sort((a, b) => bladVolgorde.get(a.blad)! - bladVolgorde.get(b.blad)! || a.rij - b.rij)
    .map((g) => {
      const lijst = [...g.items].sort((a, b) => ERNST_RANG[a.bevinding.severity] - ERNST_RANG[b.bevinding.severity] || opCel(a.bevinding, b.bevinding));
      return { sleutel: g.sleutel, kop: `${g.kop} (${aantalBevindingen(lijst)})`, ernst: null, items: lijst };
    });
}

function aantalBevindingen(items: readonly Item[]): number {
  return items.reduce((n, i) => n + i.alle.length, 0);
}

/**
 * The first sentence of a message, for the one-line view (the full message shows on expanding). A colon
 * after a single word is a label ("Leveringsvorm: \"X\" bestaat niet"), not the end of the sentence.
 */
export function korteMelding(melding: string): string {
  for (const m of melding.matchAll(/[.:;](?=\s|$)/g)) {
    const kop = melding.slice(0, m.index).trim();
    if (m[0] === ":" && !/\s/.test(kop)) continue;
    if (kop) return kop;
  }
  return melding.trim();
}

/**
 * What the list shows when filters are on: "Getoond: 1 waarschuwing (fouten en info verborgen)".
 * Null when nothing is hidden.
 */
export function getoondTekst(alle: Samenvatting, getoond: Samenvatting, ernsten: ReadonlySet<Ernst>, code: string | null): string | null {
  const verborgen = ERNSTEN.filter((e) => !ernsten.has(e) && alle[e] > 0);
  if (verborgen.length === 0 && code === null) return null;
  const zichtbaar = ERNSTEN.filter((e) => ernsten.has(e));
  const delen = zichtbaar.map((e) => telling(getoond[e], e));
  const wat = delen.length ? delen.join(", ") : "niets";
  const extra: string[] = [];
  if (code !== null) extra.push(`alleen code ${code}`);
  if (verborgen.length) extra.push(`${verborgen.map((e) => MEERVOUD[e]).join(" en ")} verborgen`);
  return `Getoond: ${wat}${extra.length ? ` (${extra.join("; ")})` : ""}`;
}

/** The verdict line: whether the offerte passes, in plain words. */
export function oordeel(s: Samenvatting, regelsetBekend: boolean): string {
  if (!regelsetBekend) return "Niet beoordeeld: geen bekende regelset.";
  if (s.fout > 0) return `Afgekeurd: ${telling(s.fout, "fout")} te herstellen.`;
  if (s.waarschuwing > 0) return "Geen fouten; bekijk de waarschuwingen.";
  return "Goedgekeurd: geen fouten of waarschuwingen.";
}
