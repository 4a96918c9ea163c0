/**
 * Accepted deviations (--basislijn / --schrijf-basislijn). A finding is known by a fingerprint that does not
 * depend on the cell address, so inserting rows or moving the table keeps it: the provider (AGB-code, or
 * the file name without it), the code, the sheet, the row's prestatie (or, outside a table row, the cell's
 * column) and the how-many-th such finding it is.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Bevinding, Controleresultaat } from "../workbook/controle";

export interface Basislijn {
  versie: 1;
  omschrijving: string;
  geaccepteerd: { fingerprint: string; bestand: string; agbcode: string; code: string; prestatie: string; blad: string; cel: string; melding: string }[];
}

export function vingerafdrukken(file: string, r: Controleresultaat): string[] {
  const agb = r.aanbieder?.agbcode ?? "";
  const wie = agb !== "" ? `agb:${agb}` : `bestand:${basename(file).toLowerCase()}`;
  const teller = new Map<string, number>();
  return r.bevindingen.map((f: Bevinding) => {
    const waar = f.prestatie !== undefined ? `prestatie:${f.prestatie.replace(/\s+/g, " ").toLowerCase()}` : `kolom:${f.cell.replace(/[0-9]+$/, "")}`;
    const sleutel = [wie, f.code, f.sheet.toLowerCase(), waar].join("\u0000");
    const n = (teller.get(sleutel) ?? 0) + 1;
    teller.set(sleutel, n);
    return createHash("sha256").update(`${sleutel}\u0000${n}`).digest("hex").slice(0, 32);
  });
}

export class BasislijnFout extends Error {}

export function leesBasislijn(tekst: string): Set<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(tekst.replace(/^\ufeff/, ""));
  } catch {
    throw new BasislijnFout("is geen geldige basislijn (geen JSON); maak er een met --schrijf-basislijn.");
  }
  const lijst = (doc as Partial<Basislijn> | null)?.geaccepteerd;
  if (!Array.isArray(lijst)) throw new BasislijnFout("is geen basislijn van wlz-check (de lijst \"geaccepteerd\" ontbreekt).");
  return new Set(lijst.map((x) => (x as { fingerprint?: unknown })?.fingerprint).filter((x): x is string => typeof x === "string"));
}

export function maakBasislijn(items: { file: string; resultaat: Controleresultaat; vingerafdrukken: string[] }[]): Basislijn {
  const geaccepteerd: Basislijn["geaccepteerd"] = [];
  for (const { file, resultaat, vingerafdrukken: v } of items) {
    resultaat.bevindingen.forEach((f, i) => {
      geaccepteerd.push({ fingerprint: v[i], bestand: file, agbcode: (resultaat.aanbieder?.agbcode ?? ""), code: f.code, prestatie: f.prestatie ?? "", blad: f.sheet, cel: f.cell, melding: f.message });
    });
  }
  return {
    versie: 1,
    omschrijving: "Geaccepteerde afwijkingen voor wlz-check --basislijn. Verwijder een regel om de bevinding weer te zien.",
    geaccepteerd,
  };
}
