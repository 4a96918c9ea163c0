/**
 * Layout of the offerte workbook (spec §4): the labels of the header block, the columns of the
 * prestatie and crisis tables, and a pure template builder for a new offerte sheet. The task pane
 * writes the template through office-js, the example generator through exceljs; both use this.
 */
import { alleRegelsets, LEVERINGSVORMEN, ONDERDELEN, PROFIELLABELS, sleutel, zoekRegelset } from "../rules";
import { adres, kolomLetters } from "./snapshot";

/** Labels and column names are compared like the rules core does, and a trailing ":" is ignored. */
export function labelSleutel(tekst: string): string {
  return sleutel(tekst.trim().replace(/:$/, ""));
}

/** Header block labels that are not profile labels (the profile labels come from the rules core). */
export const KOPLABELS = {
  regelset: "Regelset",
  zorgaanbieder: "Zorgaanbieder",
  agbcode: "AGB-code",
  regio: "Regio",
  inschrijfdatum: "Inschrijfdatum",
  verwachtezorg: "Verwachte gecontracteerde zorg",
  onderaanneming: "Waarvan onderaanneming",
  /** Optional: care by 100% subsidiaries (does not count as subcontracting, VID-1237), a whole ZZP/VPT subcontracted and the zorgkantoor's consent (CZ26-K10). */
  volledochters: "Waarvan volle dochters",
  heelpakket: "Heel pakket uitbesteed",
  toestemming: "Toestemming heel pakket",
  kvkdatum: "Datum KvK-uittreksel",
  vogdatum: "Datum VOG",
  /** Contract history for the provider category (WLZ-CAT-001). */
  contracthier: "Contract met dit zorgkantoor",
  contracteldersvan: "Contract elders van",
  contracteldersTot: "Contract elders tot",
  eerstedeclaratie: "Eerste declaratie",
} as const;
export type Kopveld = keyof typeof KOPLABELS;

export const PRESTATIEKOLOMMEN = {
  prestatie: "Prestatie",
  leveringsvorm: "Leveringsvorm",
  onderdeel: "Onderdeel",
  nzaZorg: "NZa zorg",
  nzaNhc: "NZa NHC",
  nzaNic: "NZa NIC",
  tariefpercentage: "Tariefpercentage",
  tarief: "Tarief",
  volume: "Volume",
  omzet: "Omzet",
  herschikt: "Herschikte afspraak vorig jaar",
  initieel: "Initieel volume",
} as const;
export type Prestatiekolom = keyof typeof PRESTATIEKOLOMMEN;
export const VERPLICHTE_PRESTATIEKOLOMMEN: Prestatiekolom[] = [
  "prestatie", "leveringsvorm", "nzaZorg", "nzaNhc", "nzaNic", "tariefpercentage", "tarief", "volume", "omzet",
];

export const CRISISKOLOMMEN = {
  prestatie: "Prestatie",
  bedden: "Afgesproken bedden",
  bezet: "Dagen bezet",
  onbezet: "Dagen onbezet",
  vergoedeDagen: "Vergoede dagen",
  tarief: "Tarief",
  leegstandtarief: "Leegstandtarief",
  vergoeding: "Vergoeding",
} as const;
export type Crisiskolom = keyof typeof CRISISKOLOMMEN;
export const VERPLICHTE_CRISISKOLOMMEN: Crisiskolom[] = ["prestatie", "bedden", "bezet", "onbezet", "vergoedeDagen"];

export interface SjabloonCel {
  /** A1 address on the offerte sheet. */
  adres: string;
  waarde?: string | number | boolean;
  /** English syntax with a leading "=" and "," separators, e.g. `=WLZ.TARIEF($B$1,B24,...)`. */
  formule?: string;
  notatie?: string;
  vet?: boolean;
}

export interface SjabloonValidatie {
  /** A1 range, e.g. "B24:B223". */
  bereik: string;
  lijst: string[];
}

export interface Offertesjabloon {
  bladnaam: string;
  cellen: SjabloonCel[];
  validaties: SjabloonValidatie[];
  /** Column widths in characters, by column letter. */
  breedtes: Record<string, number>;
}

const JA_NEE_LABELS = ["planopslag", "lagerekosten", "uitzondering", "technologieopslag", "bewegingenopslag", "essentielevoorzieningen", "werkgeversopslag"];
const KEUZELIJSTEN: Record<string, string[]> = {
  categorie: ["bestaand", "bestaand-nieuw", "nieuw"],
  regionalebijdrage: ["actief", "niet actief"],
  monitor: ["verhoging", "gelijk", "verlaging"],
};

/** Number of prepared rows in the prestatie table of a new sheet. */
export const SJABLOON_RIJEN = 50;

/**
 * The cells of a new offerte sheet for a rule set: header block (A/B), profile labels, subcontracting,
 * then the prestatie table with WLZ.* formulas guarded by IF(leveringsvorm empty) so unused rows stay empty.
 */
export function offertesjabloon(regelsetId: string, opties: { rijen?: number } = {}): Offertesjabloon {
  const rs = zoekRegelset(regelsetId);
  const cellen: SjabloonCel[] = [];
  const validaties: SjabloonValidatie[] = [];
  let r = 0;
  const kop = (label: string, waarde?: string | number, notatie?: string) => {
    cellen.push({ adres: adres(r, 0), waarde: label, vet: true });
    if (waarde !== undefined || notatie) cellen.push({ adres: adres(r, 1), ...(waarde !== undefined ? { waarde } : {}), ...(notatie ? { notatie } : {}) });
    r++;
  };
  kop(KOPLABELS.regelset, rs.id);
  validaties.push({ bereik: "B1", lijst: alleRegelsets().map((x) => x.id) });
  const eersteKop = 0;
  kop(KOPLABELS.zorgaanbieder);
  kop(KOPLABELS.agbcode);
  kop(KOPLABELS.regio);
  kop(KOPLABELS.inschrijfdatum, undefined, "dd-mm-yyyy hh:mm");
  kop(KOPLABELS.kvkdatum, undefined, "dd-mm-yyyy");
  kop(KOPLABELS.vogdatum, undefined, "dd-mm-yyyy");
  kop(KOPLABELS.contracthier);
  validaties.push({ bereik: adres(r - 1, 1), lijst: ["ja", "nee"] });
  for (const l of [KOPLABELS.contracteldersvan, KOPLABELS.contracteldersTot, KOPLABELS.eerstedeclaratie]) kop(l, undefined, "dd-mm-yyyy");
  for (const [k, label] of Object.entries(PROFIELLABELS)) {
    const lijst = JA_NEE_LABELS.includes(k) ? ["ja", "nee"] : KEUZELIJSTEN[k];
    kop(label, k === "categorie" ? "bestaand" : undefined, lijst ? undefined : "0.0%");
    if (lijst) validaties.push({ bereik: adres(r - 1, 1), lijst });
  }
  kop(KOPLABELS.verwachtezorg, undefined);
  kop(KOPLABELS.onderaanneming, undefined);
  const laatsteKop = r - 1;
  const profiel = `$A$${eersteKop + 1}:$B$${laatsteKop + 1}`;
  const regelset = `$B$${eersteKop + 1}`;

  r++;
  const kolommen = Object.keys(PRESTATIEKOLOMMEN) as Prestatiekolom[];
  const kol = (k: Prestatiekolom) => kolomLetters(kolommen.indexOf(k));
  kolommen.forEach((k, c) => cellen.push({ adres: adres(r, c), waarde: PRESTATIEKOLOMMEN[k], vet: true }));
  const kopRij = r;
  const aantal = opties.rijen ?? SJABLOON_RIJEN;
  for (let i = 1; i <= aantal; i++) {
    const n = kopRij + i + 1; // Excel row number
    const ref = (k: Prestatiekolom) => `${kol(k)}${n}`;
    const leeg = `${ref("leveringsvorm")}=""`;
    cellen.push({
      adres: ref("tariefpercentage"),
      formule: `=IF(${leeg},"",WLZ.TARIEFPERCENTAGE(${regelset},${ref("leveringsvorm")},${profiel},${ref("onderdeel")}))`,
      notatie: "0.0%",
    });
    cellen.push({
      adres: ref("tarief"),
      formule: `=IF(${leeg},"",WLZ.TARIEF(${regelset},${ref("leveringsvorm")},${ref("nzaZorg")},${ref("nzaNhc")},${ref("nzaNic")},${profiel},${ref("onderdeel")}))`,
      notatie: "#,##0.00",
    });
    cellen.push({ adres: ref("omzet"), formule: `=IF(${leeg},"",${ref("tarief")}*${ref("volume")})`, notatie: "#,##0.00" });
  }
  const eerste = kopRij + 2;
  const laatste = kopRij + 1 + aantal;
  validaties.push({ bereik: `${kol("leveringsvorm")}${eerste}:${kol("leveringsvorm")}${laatste}`, lijst: [...LEVERINGSVORMEN] });
  validaties.push({ bereik: `${kol("onderdeel")}${eerste}:${kol("onderdeel")}${laatste}`, lijst: [...ONDERDELEN] });

  const breedtes: Record<string, number> = { A: 30, B: 16 };
  kolommen.forEach((k, c) => {
    const letter = kolomLetters(c);
    breedtes[letter] = Math.max(breedtes[letter] ?? 0, Math.min(30, PRESTATIEKOLOMMEN[k].length + 2));
  });
  return { bladnaam: "Offerte", cellen, validaties, breedtes };
}
