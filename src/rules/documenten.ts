/**
 * Register of the policy documents every rule set cites. Users see `kort` (how they would look the
 * document up) with a section; `bestand` is the extracted text in shared/seeds and stays internal
 * (structured JSON fields for auditors only).
 */
export type Documentsoort = "inkoopdocument" | "nota van inlichtingen" | "wijzigingsdocument" | "vergelijkingstabel";

export interface Beleidsdocument {
  id: string;
  /** The document's own title, as printed in the text. */
  titel: string;
  /** The citation form shown to users, e.g. "CZ Zorginkoopdocument 2021 Wlz V&V". */
  kort: string;
  /** Zorgkantoor or ZN; for the secondary table who compiled it as far as the text says. */
  uitgever: string;
  inkoopjaren: number[];
  soort: Documentsoort;
  /** A published document of the purchaser itself, or a secondary source (a comparison compiled by others). */
  status: "gepubliceerd" | "secundair";
  /** The date or version the text itself states (or that it states none). */
  datumOfVersie: string;
  /** Internal traceability: the extracted text in shared/seeds. */
  bestand: string;
}

export const DOCUMENTEN = {
  CZ_VV_2021: {
    id: "CZ-ZID-2021-VV",
    titel: "Zorginkoopdocument 2021 Wlz sector V&V van CZ zorgkantoor",
    kort: "CZ Zorginkoopdocument 2021 Wlz V&V",
    uitgever: "CZ zorgkantoor",
    inkoopjaren: [2021],
    soort: "inkoopdocument",
    status: "gepubliceerd",
    datumOfVersie: "geen datum in de tekst; inkoopjaar 2021 ('Het jaar 2021 is een overgangsjaar')",
    bestand: "000_77ed024498d313b6.txt",
  },
  CZ_GZ_2026: {
    id: "CZ-ZID-2024-2026-GZ-2026",
    titel: "CZ Zorginkoopdocument 2024 - 2026 inkoopjaar 2026",
    kort: "CZ Zorginkoopdocument 2024-2026 Wlz GZ, inkoopjaar 2026",
    uitgever: "CZ zorgkantoor",
    inkoopjaren: [2026],
    soort: "inkoopdocument",
    status: "gepubliceerd",
    datumOfVersie: "jaarlijkse update voor inkoopjaar 2026 (gewijzigd ten opzichte van het Zorginkoopdocument GZ Wlz 2025)",
    bestand: "001_f8c218839efa0959.txt",
  },
  NVI_2021: {
    id: "ZN-NVI-2021-2023",
    // The text is the questions-and-answers table; its Document column names the framework it answers on.
    titel: "Inkoopkader langdurige zorg 2021-2023",
    kort: "Nota van Inlichtingen Inkoopkader Wlz 2021-2023",
    uitgever: "Zorgverzekeraars Nederland (ZN)",
    inkoopjaren: [2021, 2022, 2023],
    soort: "nota van inlichtingen",
    status: "gepubliceerd",
    datumOfVersie: "geen datum in de tekst; vragen konden worden gesteld tot 15 juni 2020 12.00 uur",
    bestand: "002_4e838e633735ff93.txt",
  },
  VERGELIJKING_2024: {
    id: "TABEL-THEMA-2024-2026",
    titel: "Tabel thema’s in contractering langdurige zorg 2024 - 2026",
    kort: "Tabel thema’s in contractering langdurige zorg 2024-2026",
    uitgever: "niet vermeld (samengesteld uit de websites van de zeven zorgkantoren)",
    inkoopjaren: [2024, 2025, 2026],
    soort: "vergelijkingstabel",
    status: "secundair",
    datumOfVersie: "gegevens zoals die begin juli 2023 bekend waren",
    bestand: "003_950f96c2051c1ab7.txt",
  },
  ZK_2022: {
    id: "ZK-IB-2022-2023",
    titel: "Inkoopbeleid 2022 -2023 Wlz Zilveren Kruis",
    kort: "Zilveren Kruis Inkoopbeleid Wlz 2022-2023",
    uitgever: "Zilveren Kruis Zorgkantoor",
    inkoopjaren: [2022, 2023],
    soort: "wijzigingsdocument",
    status: "gepubliceerd",
    datumOfVersie: "geen datum in de tekst; wijzigingen ten opzichte van het Inkoopbeleid 2021-2023 Wlz Zilveren Kruis",
    bestand: "004_9f883d0cf5f5aee7.txt",
  },
} as const satisfies Record<string, Beleidsdocument>;

export type Documentsleutel = keyof typeof DOCUMENTEN;

const OP_BESTAND = new Map<string, Beleidsdocument>(Object.values(DOCUMENTEN).map((d) => [d.bestand, d]));

export function alleDocumenten(): Beleidsdocument[] {
  return Object.values(DOCUMENTEN);
}

/** The document of a seed file; throws for an unknown file (a rule set citing a text that is not registered). */
export function documentVan(bestand: string): Beleidsdocument {
  const d = OP_BESTAND.get(bestand);
  if (!d) throw new Error(`Geen beleidsdocument geregistreerd voor ${bestand}`);
  return d;
}
