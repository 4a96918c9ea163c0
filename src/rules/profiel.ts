import { kort, leesJaNee, leesPercentage, sleutel } from "./invoer";
import { ongeldig, RegelFout } from "./fouten";
import type { Aanbiederprofiel, Categorie, Monitoruitkomst } from "./typen";

/** The recognised profile labels (spec §2), by normalised key. */
export const PROFIELLABELS = {
  categorie: "Categorie",
  planopslag: "Plan opslag",
  tariefpercentagevorigjaar: "Tariefpercentage vorig jaar",
  lagerekosten: "Lagere kosten",
  regionalebijdrage: "Regionale bijdrage",
  uitzondering: "Uitzondering",
  afgesprokenpercentage: "Afgesproken percentage",
  richttarief: "Richttarief",
  monitor: "Monitor",
  differentiatie: "Differentiatie",
  technologieopslag: "Technologie-opslag",
  bewegingenopslag: "Bewegingen-opslag",
  essentielevoorzieningen: "Essentiele voorzieningen",
  werkgeversopslag: "Werkgeversopslag",
} as const;

export function isProfiellabel(label: string): boolean {
  return sleutel(label) in PROFIELLABELS;
}

export function leesCategorie(v: unknown, argument = "Categorie"): Categorie {
  if (typeof v === "string") {
    const k = sleutel(v);
    if (k === "bestaand") return "bestaand";
    if (k === "nieuw") return "nieuw";
    if (k === "bestaandnieuw" || k === "bestaandmaarnieuw" || k === "bestaandmaarnieuwvoorhetzorgkantoor") return "bestaand-nieuw";
  }
  throw ongeldig(argument, `verwacht bestaand, bestaand-nieuw of nieuw, niet "${kort(String(v))}".`);
}

function leesMonitor(v: unknown): Monitoruitkomst {
  const k = typeof v === "string" ? sleutel(v) : "";
  if (k === "verhoging" || k === "gelijk" || k === "verlaging") return k;
  if (k === "gelijkblijvend") return "gelijk";
  throw ongeldig("Monitor", `verwacht verhoging, gelijk of verlaging, niet "${kort(String(v))}".`);
}

function leesRegionaleBijdrage(v: unknown): "actief" | "niet actief" {
  const k = typeof v === "string" ? sleutel(v) : typeof v === "boolean" ? (v ? "actief" : "nietactief") : "";
  if (k === "actief" || k === "ja") return "actief";
  if (k === "nietactief" || k === "nee" || k === "inactief") return "niet actief";
  throw ongeldig("Regionale bijdrage", `verwacht actief of niet actief, niet "${kort(String(v))}".`);
}

function leeg(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Labels whose value is yes/no: there 0 means "nee"; elsewhere 0 is how desktop Excel passes an empty cell. */
const JA_NEE = new Set(["planopslag", "lagerekosten", "uitzondering", "technologieopslag", "bewegingenopslag", "essentielevoorzieningen", "werkgeversopslag"]);

/** The profile field each label sets. */
const VELDEN: Record<keyof typeof PROFIELLABELS, keyof Aanbiederprofiel> = {
  categorie: "categorie",
  planopslag: "planOpslag",
  tariefpercentagevorigjaar: "tariefpercentageVorigJaar",
  lagerekosten: "lagereKosten",
  regionalebijdrage: "regionaleBijdrage",
  uitzondering: "uitzondering",
  afgesprokenpercentage: "afgesprokenPercentage",
  richttarief: "richttarief",
  monitor: "monitor",
  differentiatie: "differentiatie",
  technologieopslag: "technologieOpslag",
  bewegingenopslag: "bewegingenOpslag",
  essentielevoorzieningen: "essentieleVoorzieningen",
  werkgeversopslag: "werkgeversopslag",
};

/** Applies one label/value pair; unknown labels are ignored, empty values mean "not given". */
export function zetProfielwaarde(p: Aanbiederprofiel, label: string, v: unknown): void {
  const k = sleutel(label) as keyof typeof PROFIELLABELS;
  if (!(k in PROFIELLABELS) || leeg(v)) return;
  // No category, monitor or percentage is ever 0: a 0 here is an empty cell from desktop Excel.
  if (v === 0 && !JA_NEE.has(k)) return;
  const naam = PROFIELLABELS[k];
  switch (k) {
    case "categorie": p.categorie = leesCategorie(v, naam); break;
    case "planopslag": p.planOpslag = leesJaNee(v, naam); break;
    case "tariefpercentagevorigjaar": p.tariefpercentageVorigJaar = leesPercentage(v, naam); break;
    case "lagerekosten": p.lagereKosten = leesJaNee(v, naam); break;
    case "regionalebijdrage": p.regionaleBijdrage = leesRegionaleBijdrage(v); break;
    case "uitzondering": p.uitzondering = leesJaNee(v, naam); break;
    case "afgesprokenpercentage": p.afgesprokenPercentage = leesPercentage(v, naam); break;
    case "richttarief": p.richttarief = leesPercentage(v, naam); break;
    case "monitor": p.monitor = leesMonitor(v); break;
    case "differentiatie": p.differentiatie = leesPercentage(v, naam, { negatiefToegestaan: true }); break;
    case "technologieopslag": p.technologieOpslag = leesJaNee(v, naam); break;
    case "bewegingenopslag": p.bewegingenOpslag = leesJaNee(v, naam); break;
    case "essentielevoorzieningen": p.essentieleVoorzieningen = leesJaNee(v, naam); break;
    case "werkgeversopslag": p.werkgeversopslag = leesJaNee(v, naam); break;
  }
}

export interface Profielpaar {
  label: unknown;
  waarde: unknown;
}

export interface Profiellezing {
  profiel: Aanbiederprofiel;
  /** Unreadable values and labels given twice with different values, by index into the pairs. */
  fouten: { index: number; fout: RegelFout }[];
}

function toonWaarde(v: unknown): string {
  if (typeof v === "boolean") return v ? "WAAR" : "ONWAAR";
  return kort(String(v).trim(), 20);
}

/**
 * The one reading of label/value pairs, for a function's profile range and for the header block alike.
 * A label is case-, space- and colon-insensitive ("Plan opslag:" = "plan opslag"). A known label given twice
 * with values that mean different things is an error at the second one: neither value is guessed.
 */
export function leesProfielparen(paren: readonly Profielpaar[]): Profiellezing {
  const profiel: Aanbiederprofiel = { categorie: "bestaand" };
  const fouten: Profiellezing["fouten"] = [];
  const eerder = new Map<string, { waarde: string; ruw: unknown }>();
  paren.forEach(({ label, waarde }, index) => {
    // The longest label is 27 characters: a long text is no label and is not normalised (a range of
    // thousands of long texts would otherwise cost more than a function call may take).
    if (typeof label !== "string" || label.length > 200) return;
    const k = sleutel(label) as keyof typeof PROFIELLABELS;
    if (!(k in PROFIELLABELS)) return;
    const los: Aanbiederprofiel = { categorie: "bestaand" };
    try {
      zetProfielwaarde(los, label, waarde);
    } catch (e) {
      if (!(e instanceof RegelFout)) throw e;
      fouten.push({ index, fout: e });
      return;
    }
    const veld = VELDEN[k];
    if (veld !== "categorie" && los[veld] === undefined) return; // empty: not given
    if (veld === "categorie" && (waarde === null || waarde === undefined || waarde === 0 || (typeof waarde === "string" && waarde.trim() === ""))) return;
    const tekst = String(los[veld]);
    const al = eerder.get(k);
    if (al) {
      if (al.waarde !== tekst) {
        fouten.push({
          index,
          fout: ongeldig(PROFIELLABELS[k], `staat twee keer in het profiel met verschillende waarden (${toonWaarde(al.ruw)} en ${toonWaarde(waarde)}); laat er één staan.`),
        });
      }
      return;
    }
    eerder.set(k, { waarde: tekst, ruw: waarde });
    (profiel as unknown as Record<string, unknown>)[veld] = los[veld];
  });
  return { profiel, fouten };
}

/**
 * The one parser for the provider profile (spec §3): omitted (null, 0, ""), one of the texts
 * bestaand / bestaand-nieuw / nieuw, or label/value pairs (a two-column Excel range or the header block).
 */
export function leesProfiel(invoer: unknown, argument = "aanbieder"): Aanbiederprofiel {
  if (invoer === null || invoer === undefined || invoer === 0 || invoer === "") return { categorie: "bestaand" };
  if (typeof invoer === "string") return { categorie: leesCategorie(invoer.trim(), argument) };
  if (Array.isArray(invoer)) {
    if (invoer.length === 1 && Array.isArray(invoer[0]) && invoer[0].length === 1) {
      // A single cell arrives as [[x]].
      return leesProfiel(invoer[0][0], argument);
    }
    const paren: Profielpaar[] = [];
    for (const rij of invoer) {
      if (!Array.isArray(rij) || rij.length < 2) {
        throw ongeldig(argument, "verwacht een bereik van twee kolommen: label en waarde.");
      }
      paren.push({ label: rij[0], waarde: rij[1] });
    }
    const { profiel, fouten } = leesProfielparen(paren);
    if (fouten.length > 0) throw fouten[0].fout;
    return profiel;
  }
  throw ongeldig(argument, "verwacht bestaand, bestaand-nieuw, nieuw of een bereik van twee kolommen (label, waarde).");
}
