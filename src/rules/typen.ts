import type { Dec } from "./decimaal";
import type { Bron } from "./bronnen";
import type { OnduidelijkheidId } from "./onduidelijkheden";

export const LEVERINGSVORMEN = ["ZZP", "VPT", "MPT", "DTV", "LOGEREN", "CRISIS", "MEERZORG"] as const;
export type Leveringsvorm = (typeof LEVERINGSVORMEN)[number];

export const ONDERDELEN = ["zorg", "toeslag", "dagbesteding", "vervoer"] as const;
export type Onderdeel = (typeof ONDERDELEN)[number];

export type Sector = "V&V" | "GZ" | "GGZ";

/** Provider category: existing, existing but new for this zorgkantoor, new. */
export const CATEGORIEEN = ["bestaand", "bestaand-nieuw", "nieuw"] as const;
export type Categorie = (typeof CATEGORIEEN)[number];

export type Monitoruitkomst = "verhoging" | "gelijk" | "verlaging";

/** The provider profile (spec §2/§3). Percentages are fractions; `differentiatie` is in percentage points as a fraction. */
export interface Aanbiederprofiel {
  categorie: Categorie;
  planOpslag?: boolean;
  tariefpercentageVorigJaar?: Dec;
  lagereKosten?: boolean;
  regionaleBijdrage?: "actief" | "niet actief";
  uitzondering?: boolean;
  afgesprokenPercentage?: Dec;
  richttarief?: Dec;
  monitor?: Monitoruitkomst;
  differentiatie?: Dec;
  technologieOpslag?: boolean;
  bewegingenOpslag?: boolean;
  essentieleVoorzieningen?: boolean;
  werkgeversopslag?: boolean;
}

/** One row of an explanation trail: what happened, the percentage after it, and where the rule comes from. */
export interface Stap {
  stap: string;
  /** Value after the step (a fraction for percentages), or null for a remark. */
  waarde: Dec | null;
  bron: Bron;
}

/** An ambiguity in a source, resolved by a documented default (src/rules/onduidelijkheden.ts). */
export interface Waarschuwing {
  /** Id in the register of ambiguities, e.g. "AMB-PP". */
  id: OnduidelijkheidId;
  tekst: string;
  bron: Bron;
}

export interface Uitleg {
  stappen: Stap[];
  waarschuwingen: Waarschuwing[];
}
