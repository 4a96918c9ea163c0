/** The policy texts (shared/seeds); every number in a rule set points at one of these. */
export const SEEDS = {
  CZ_VV_2021: "000_77ed024498d313b6.txt",
  CZ_GZ_2026: "001_f8c218839efa0959.txt",
  NVI_2021: "002_4e838e633735ff93.txt",
  VERGELIJKING_2024: "003_950f96c2051c1ab7.txt",
  ZK_2022: "004_9f883d0cf5f5aee7.txt",
} as const;

export type Zekerheid = "hoog" | "middel" | "laag";

/** Where a value comes from: seed file, section (with line numbers) and, where the catalogue has one, a rule id. */
export interface Bron {
  seed: string;
  sectie: string;
  regel?: string;
  /** Confidence of the column mapping in table 003 (catalogue §4). */
  zekerheid?: Zekerheid;
}

export function bron(seed: string, sectie: string, regel?: string, zekerheid?: Zekerheid): Bron {
  return { seed, sectie, ...(regel ? { regel } : {}), ...(zekerheid ? { zekerheid } : {}) };
}

/** "CZ-GZ-2026 · 001_f8c2…txt §5.1.2a (L588-593) · CZ26-T9 · zekerheid hoog" */
export function bronTekst(b: Bron, regelsetId?: string): string {
  const delen = [regelsetId, `${b.seed} ${b.sectie}`, b.regel, b.zekerheid ? `zekerheid ${b.zekerheid}` : undefined];
  return delen.filter(Boolean).join(" · ");
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
