import { DOCUMENTEN, documentVan } from "./documenten";

/** The policy texts (shared/seeds) by document; every number in a rule set points at one of these. Internal only. */
export const SEEDS = {
  CZ_VV_2021: DOCUMENTEN.CZ_VV_2021.bestand,
  CZ_GZ_2026: DOCUMENTEN.CZ_GZ_2026.bestand,
  NVI_2021: DOCUMENTEN.NVI_2021.bestand,
  VERGELIJKING_2024: DOCUMENTEN.VERGELIJKING_2024.bestand,
  ZK_2022: DOCUMENTEN.ZK_2022.bestand,
} as const;

export type Zekerheid = "hoog" | "middel" | "laag";

/**
 * Where a value comes from. `sectie` is what a user reads (paragraaf, tabel, bijlage, VID id and a few
 * words); `seed` and `regels` (line numbers of the extracted text) are internal traceability.
 */
export interface Bron {
  seed: string;
  sectie: string;
  regel?: string;
  /** Confidence of the column mapping in table 003 (catalogue §4). */
  zekerheid?: Zekerheid;
  /** The words as printed in the document (quotes of one passage joined by " … "). */
  citaat?: string;
  /** Line numbers in the seed, e.g. "L450-454; L468". Never shown to users. */
  regels?: string;
}

const REGELNUMMER = /^L\d+(?:-\d+)?$/;
/** A quoted passage: opened after a space, "(" or ":" (or at the start), closed before a space or punctuation. */
// No lookbehind: older Office webviews (WebKit before 16.4) reject it when the bundle loads.
const CITAAT = /(?:^|[\s(:])'([^']{3,}?)'(?=$|[\s),;:.])/g;

/**
 * Builds a source from a catalogue-style section text such as "§4.3 'maximaal 96% …' (L450-454)":
 * line references go to `regels`, quoted words to `citaat`, and the section keeps the rest.
 */
export function bron(seed: string, sectie: string, regel?: string, zekerheid?: Zekerheid): Bron {
  documentVan(seed);
  const regels: string[] = [];
  let tekst = sectie.replace(/\s*\(([^()]*)\)/g, (heel, binnen: string) => {
    const delen = binnen.split(/[;,]\s*/).map((d) => d.trim());
    const lijnen = delen.filter((d) => REGELNUMMER.test(d));
    if (lijnen.length === 0) return heel;
    regels.push(...lijnen);
    const rest = delen.filter((d) => d && !REGELNUMMER.test(d));
    return rest.length ? ` (${rest.join(", ")})` : "";
  });
  tekst = tekst.replace(/\s+;/g, ";").replace(/;\s*$/, "").replace(/\s{2,}/g, " ").trim();
  const citaten = [...sectie.matchAll(CITAAT)].map((m) => m[1].trim());
  return {
    seed,
    sectie: tekst,
    ...(regel ? { regel } : {}),
    ...(zekerheid ? { zekerheid } : {}),
    ...(citaten.length ? { citaat: citaten.join(" … ") } : {}),
    ...(regels.length ? { regels: regels.join("; ") } : {}),
  };
}

/** The document title as users cite it, e.g. "CZ Zorginkoopdocument 2021 Wlz V&V". */
export function documentTitel(b: Bron): string {
  return documentVan(b.seed).kort;
}

/** "CZ-GZ-2026 · CZ Zorginkoopdocument 2024-2026 Wlz GZ, inkoopjaar 2026, §5.1.2a Nieuwe zorgaanbieders … (CZ26-T9)" */
export function bronTekst(b: Bron, regelsetId?: string): string {
  const plaats = `${documentTitel(b)}, ${b.sectie}${b.regel ? ` (${b.regel})` : ""}`;
  const delen = [regelsetId, plaats, b.zekerheid ? `zekerheid ${b.zekerheid}` : undefined];
  return delen.filter(Boolean).join(" · ");
}

/** The structured source of a finding in JSON: what a user reads, plus the internal file and lines for auditors. */
export interface Bronvelden {
  titel: string;
  sectie: string;
  regel_id?: string;
  zekerheid?: Zekerheid;
  citaat?: string;
  bestand: string;
  regels?: string;
}

export function bronVelden(b: Bron): Bronvelden {
  return {
    titel: documentTitel(b),
    sectie: b.sectie,
    ...(b.regel ? { regel_id: b.regel } : {}),
    ...(b.zekerheid ? { zekerheid: b.zekerheid } : {}),
    ...(b.citaat ? { citaat: b.citaat } : {}),
    bestand: b.seed,
    ...(b.regels ? { regels: b.regels } : {}),
  };
}

export interface Waarde<T> {
  waarde: T;
  bron: Bron;
}

/** A value the sources do not give. Functions that need it answer #N/A with `aanvullen` as advice. */
export interface NietGepubliceerd {
  nietGepubliceerd: true;
  wat: string;
  aanvullen: string;
  bron: Bron;
}

export function isNietGepubliceerd(x: unknown): x is NietGepubliceerd {
  return typeof x === "object" && x !== null && (x as NietGepubliceerd).nietGepubliceerd === true;
}
