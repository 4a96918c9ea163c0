import { kort, leesJaNee, leesPercentage, sleutel } from "./invoer";
import { ongeldig } from "./fouten";
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

/**
 * The one parser for the provider profile (spec §3): omitted (null, 0, ""), one of the texts
 * bestaand / bestaand-nieuw / nieuw, or label/value pairs (a two-column Excel range or the header block).
 */
export function leesProfiel(invoer: unknown, argument = "aanbieder"): Aanbiederprofiel {
  const p: Aanbiederprofiel = { categorie: "bestaand" };
  if (invoer === null || invoer === undefined || invoer === 0 || invoer === "") return p;
  if (typeof invoer === "string") {
    p.categorie = leesCategorie(invoer.trim(), argument);
    return p;
  }
  if (Array.isArray(invoer)) {
    if (invoer.length === 1 && Array.isArray(invoer[0]) && invoer[0].length === 1) {
      // A single cell arrives as [[x]].
      return leesProfiel(invoer[0][0], argument);
    }
    for (const rij of invoer) {
      if (!Array.isArray(rij) || rij.length < 2) {
        throw ongeldig(argument, "verwacht een bereik van twee kolommen: label en waarde.");
      }
      const [label, waarde] = rij;
      if (typeof label === "string") zetProfielwaarde(p, label, waarde);
    }
    return p;
  }
  throw ongeldig(argument, "verwacht bestaand, bestaand-nieuw, nieuw of een bereik van twee kolommen (label, waarde).");
}
