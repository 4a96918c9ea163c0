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
