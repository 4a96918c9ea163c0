import type { Dec } from "./decimaal";
import type { Bron, NietGepubliceerd, Waarde, Zekerheid } from "./bronnen";
import type { OnduidelijkheidId } from "./onduidelijkheden";
import type { Categorie, Leveringsvorm, Onderdeel, Sector } from "./typen";

/** A tariff rule of a rule set, applied in order by the engine (tarief.ts). Every rule carries its source. */
export type Tariefregel =
  /** +pp when the profile flag is set (optionally only for some leveringsvormen). */
  | { soort: "opslag"; kenmerk: "planOpslag" | "technologieOpslag" | "bewegingenOpslag" | "werkgeversopslag"; pp: Dec; omschrijving: string; leveringsvormen?: Leveringsvorm[]; bron: Bron; onduidelijkheid?: string }
  /** A fixed percentage for providers with a flag (ZK 2024 essentiële voorzieningen 96,0%). */
  | { soort: "vastPercentage"; kenmerk: "essentieleVoorzieningen"; percentage: Dec; omschrijving: string; bron: Bron }
  /** New providers: basis minus pp, a fixed percentage, or a lower percentage the source does not give. */
  | { soort: "nieuweAanbieder"; verlagingPp?: Dec; vastPercentage?: Dec; nietGepubliceerd?: boolean; alleenLeveringsvormen?: Leveringsvorm[]; bron: Bron; onduidelijkheid?: string }
  /**
   * Exceptions (new provider with complex target groups, bestaand-nieuw): the zorgkantoor's choice after talks,
   * negotiated, never above the basis. `onduidelijkheid` is shown when the profile does not say whether it was granted.
   */
  | { soort: "uitzonderingTotBasis"; bron: Bron; onduidelijkheid?: string }
  /** Historically lower tariff: kept (national 2021) or negotiated but never above the basis (CZ GZ 2026). */
  | { soort: "historischLager"; regime: "behouden" | "nooitBovenBasis"; bron: Bron; onduidelijkheid?: string }
  /** Historically lower costs: at least pp below the basis. */
  | { soort: "lagereKosten"; verlagingPp: Dec; bron: Bron }
  /** No active regional contribution: a lower tariff of a size the source does not give. */
  | { soort: "regionaleBijdrage"; omschrijving: string; bron: Bron }
  /** VPT/DTV/logeren at 100% except toeslagen/dagbesteding/vervoer and the lower-tariff categories (CZ26-T14/T15). */
  | { soort: "honderdProcent"; leveringsvormen: Leveringsvorm[]; uitgezonderd: Onderdeel[]; bron: Bron; bronUitzondering: Bron; onduidelijkheid?: string }
  /** DSW monitor: previous year's percentage up or down by at most stapPp. */
  | { soort: "monitor"; stapPp: Dec; bron: Bron }
  /** Menzis: differentiation within [minPp, maxPp] of the richttarief. */
  | { soort: "differentiatie"; minPp: Dec; maxPp: Dec; bron: Bron; onduidelijkheid?: string }
  /** CZ 2024: a free proposal up to a percentage, instead of the bewegingen-opslag. */
  | { soort: "vrijVoorstel"; tot: Dec; bron: Bron }
  /** A hard cap on the zorg percentage for this rule set. */
  | { soort: "plafond"; percentage: Dec; bron: Bron };

export interface Crisisregels {
  /** CZ V&V 2021: cap 365 x beds; more than `drempel` empty: bezet + factor x onbezet. */
  soort: "cz2021" | "onderhandeld" | "beschikbaarheid";
  bron: Bron;
  capDagenPerBed?: Waarde<number>;
  drempel?: Waarde<Dec>;
  factor?: Waarde<Dec>;
  /** Valid crisis prestatie codes, where the source lists them. */
  prestaties?: Waarde<string[]>;
  /** Zilveren Kruis: occupancy below this lowers the next agreement. */
  bezettingsnorm?: Waarde<Dec>;
}

export interface Volumeregels {
  /** Share of last year's herschikte afspraak per leveringsvorm; absent = the source gives none. */
  percentages: Partial<Record<Leveringsvorm, Waarde<Dec>>>;
  /** Why no initial volume agreement is made at all (Zilveren Kruis geld-volgt-klant). */
  geenInitieelVolume?: Waarde<string>;
  /** Extrapolation jan-jun + juni / deler x dagen (CZ GZ 2026). */
  herschikking?: { deler: number; dagen: number; bron: Bron };
  bronZonderFormule?: Bron;
}

export interface Termijn {
  omschrijving: string;
  /** Wall-clock deadline "YYYY-MM-DDTHH:mm" (Dutch local time). */
  uiterlijk: string;
  bron: Bron;
}

/** A dated procedure step and what missing it means (CZ26 hardheidsclausule, VECOZO certificate, NZa herschikking). */
export interface Proceduretermijn extends Termijn {
  /** What happens when the deadline is missed, as a short Dutch phrase. */
  gevolg: string;
}

export type Proceduretermijnsoort = "herschikkingNza" | "hardheidsclausule" | "vecozoCertificaat";

/** One document of a registration, with its source. */
export interface Inschrijfdocument {
  naam: string;
  bron: Bron;
}

/** Documents per provider category (NvI §6.1; CZ21-K12; CZ26-K6). `alle` is asked of every provider on top of its category list. */
export interface Documenteisen {
  alle: Inschrijfdocument[];
  nieuw: Inschrijfdocument[];
  bestaandNieuw: Inschrijfdocument[];
  bestaand: Inschrijfdocument[];
  /** Existing provider whose current contract is one-year (CZ26-K6); absent = the same list as `bestaand`. */
  bestaandEenjarig?: Inschrijfdocument[];
  /** Ambiguity in the source, shown as a warning with the list. */
  onduidelijkheid?: { id: OnduidelijkheidId; tekst: string; bron: Bron };
}

/** Kwaliteitsbudget verpleeghuiszorg 2021 (NvI §4). Amounts of `macro` in millions of euros. */
export interface Kwaliteitsbudgetregels {
  doelgroep: { leveringsvormen: Leveringsvorm[]; sector: Sector; zzpVan: Waarde<number>; zzpTot: Waarde<number>; alleenGeclusterd: Bron; bron: Bron };
  /** Advance regimes in date order: from `vanaf` the advance is `percentage` x the `grondslag` budget. */
  voorschotten: { vanaf: string; percentage: Dec; grondslag: "initieel" | "toegekend"; omschrijving: string; bron: Bron; onduidelijkheid?: string }[];
  macro: {
    tarieven2018: Waarde<Dec>;
    lumpsum: Waarde<Dec>;
    aanzuigendeWerking: Waarde<Dec>;
    totaal: Waarde<Dec>;
    oorspronkelijk: Waarde<Dec>;
    lumpsumVorigJaar: Waarde<Dec>;
    verhoging: Waarde<Dec>;
  };
  /** Guideline share for extra personnel (85%); another ratio needs an onderbouwde aanvraag; a higher personnel share is allowed. */
  verdeling: { personeel: Waarde<Dec>; afwijking: Bron; hogerPersoneel: Bron };
  /** Initial reserved budget = Σ production x indicatieve kwaliteitstoeslag (NZa tabel 29, not in the sources). */
  initieel: Bron;
}

/** Payments of the year (CZ21 and CZ26 Bijlage 1). Months as "YYYY-MM". */
export interface Betalingsregels {
  /** CZ26: January/February advance = (initial agreement + volumekorting not bought back) / 12 x months passed - earlier CAK payments. */
  beginvoorschot?: { maanden: string[]; bron: Bron; onduidelijkheid: string };
  /** Periods paid as declared realisation + `voorschotMaanden` months of advance, at most the (actual or herschikte) agreement. */
  perioden?: { van: string; tot: string; voorschotMaanden: number; plafond: "actuele productieafspraak" | "herschikte productieafspraak"; bron: Bron }[];
  /** What one month of advance is: the source does not say; default agreement / 12. */
  voorschotMaandOnduidelijkheid?: string;
  /** Providers paid on realisation only; new providers for at least this many months. */
  zonderVoorschot: { nieuwMinimaalMaanden: Waarde<number>; bron: Bron };
  /** Liquidity correction: reported at the latest on this working day of the month before (CZ26). */
  liquiditeitscorrectieWerkdag?: Waarde<number>;
}

export interface Voorwaarden {
  inschrijving?: Termijn;
  /** Minimum own delivery share with subcontracting (2/3). */
  eigenLevering?: Waarde<Dec>;
  /** Care by 100% subsidiaries or members of a zorgcoöperatie does not count as subcontracting (VID-1237); onduidelijkheid where the rule set's own text does not say so. */
  volleDochtersTellenNiet?: { bron: Bron; onduidelijkheid?: string };
  /** A whole ZZP/VPT package may be subcontracted with the zorgkantoor's consent (CZ26-K10 "tenzij het zorgkantoor daar toestemming voor geeft"). */
  heelPakketMetToestemming?: Bron;
  /** Bezwaar and kort geding within this many days after publication of the document; a vervaltermijn. */
  bezwaar?: { dagen: Waarde<number>; onduidelijkheid?: string };
  /** CZ26: objections to the published richttarief within this many calendar days after its publication. */
  bezwaarRichttarief?: { dagen: Waarde<number>; publicatie: Waarde<string> };
  betalingen?: Betalingsregels;
  /** Payments only above this amount (CZ21-P2). */
  betalingsdrempel?: Waarde<Dec>;
  /** Max age of documents at registration, in months. */
  kvkMaanden?: Waarde<number>;
  vogMaanden?: Waarde<number>;
  /** UBO-register extract (or the print screen) at most this many months old at registration (CZ26 Bijlage 3). */
  uboMaanden?: Waarde<number>;
  /** CZ26 Bijlage 3: the own declaration for a Wtza-toelatingsvergunning van rechtswege. */
  wtzaEigenVerklaring?: { zorgVoor: Waarde<string>; zorgverleners: Waarde<[number, number]>; bron: Bron };
  /** CZ26 Bijlage 3 financieel plan: enkelvoudige (and consolidated parent) annual accounts of these years, and a budget. */
  jaarstukken?: { jaarrekeningen: Waarde<number[]>; begroting: Waarde<number> };
  /** Table 003: no intramural care with this ZZP any more (ZK, VGZ; VGZ unless the social context asks for it). */
  geenIntramuraalZzp?: { zzp: Waarde<number>; tenzijSocialeContext: boolean; onduidelijkheid: string };
  /** Table 003 Zorg en Zekerheid: share of verblijf incl. behandeling in the intramural mix at most this fraction. */
  groeiplafondInclBehandeling?: Waarde<Dec> & { onduidelijkheid: string };
  /** VOG RP not older than this date (CZ21-K15). */
  vogNietVoor?: Waarde<string>;
  verzekeringMinimum?: Waarde<Dec>;
  /** Provider category definition: the calendar year of the "whole year" contract test and the declaration test. */
  categorie?: { peiljaar: number; declaratieEis: "vanaf-1-januari" | "in-peiljaar"; bron: Bron; onduidelijkheid?: string };
  contractduur?: {
    nieuw: string;
    bestaandNieuw: string;
    bestaandHeelJaar: string;
    bestaandDeelJaar: string;
    /** Existing provider whose whole previous year was a one-year contract (CZ26-K4); absent = as bestaandHeelJaar. */
    bestaandHeelJaarEenjarig?: string;
    bron: Bron;
    bronEenjarig?: Bron;
  };
  /** Zilveren Kruis: above this korting on extrapolated production, geld-volgt-klant turns into fixed volumes. */
  gvkKortingsdrempel?: Waarde<Dec>;
  /** Zilveren Kruis: the tariff percentage of the hoofdsector (most clients) applies to the whole afspraak. */
  hoofdsector?: Bron;
  /** CZ GZ 2026: the tariff system of the dominant sector (where the provider delivers most care) applies to all zorgprofielen. */
  dominanteSector?: Bron;
  /** Zilveren Kruis 2024: at least this many clients per four-digit postcode area on average. */
  klantWerkgebiedRatio?: Waarde<Dec>;
  /** A raised contracteerruimte goes to volume; the tariff only moves down (VID-0069, 1543, 1884). */
  contracteerruimte?: { verhoging: Bron; verlaging: Bron; onduidelijkheid: string };
  /** Leveringsvormen with which parts of somatic care may be declared separately (VID-0550: only MPT). */
  apartDeclarerenSomatisch?: Waarde<Leveringsvorm[]>;
  documenten?: Documenteisen;
  /** The Governancecode Zorg must be in the registering entity's own statuten (VID-0275). */
  governancecodeEigenStatuten?: Bron;
  /** One-off acceptance of proof of application instead of the document (VID-0031, 2021). */
  aanvraagVolstaat?: { documenten: ("vog" | "wtzi")[]; bron: Bron; onduidelijkheid?: string };
  kwaliteitsbudget?: Kwaliteitsbudgetregels;
  /** Declaration within this many working days; the last one is allowed (VID-1879). */
  declaratieWerkdagen?: Waarde<number>;
  /** Maximum mutatiedagen after a death (VID-0524). */
  mutatiedagenOverlijden?: Waarde<number>;
  /** Opslag plan due `maanden` after the announcement, which is not before `vroegsteAankondiging` (VID-0179). */
  opslagPlan?: { maanden: Waarde<number>; vroegsteAankondiging: Waarde<string> };
  proceduretermijnen?: Partial<Record<Proceduretermijnsoort, Proceduretermijn>>;
  /** Window for registering in the course of the year (CZ26-K18; CZ21-K9). */
  tussentijds?: { van: string; tot: string; bron: Bron; alleenCategorieen?: Categorie[]; onduidelijkheid?: { id: OnduidelijkheidId; tekst: string } };
  /** Mondzorg from the Wlz only with verblijf including behandeling at the same instelling, else Zvw (VID-0491, 1777). */
  mondzorg?: { zvw: Bron; wlz: Bron };
  /** Behandeling with MPT needs no consent; more plaatsen met behandeling never without consent (VID-0951, 1540). */
  behandeling?: { mptZonderToestemming: Bron; uitbreidingMetToestemming: Bron };
  /** Sector and target group per crisis prestatie code (CZ21-C1). */
  crisisprestatieSectoren?: Waarde<Record<string, { sector: Sector; doelgroep: string }>>;
  /** Location rule with the small-location exception (CZ26-K11). */
  locatieregel?: { kleineLocatieMax: Waarde<number>; sector: Sector; bron: Bron; onduidelijkheid: string };
}

export interface Regelset {
  id: string;
  zorgkantoor: string;
  sectoren: Sector[];
  jaar: number;
  omschrijving: string;
  bron: Bron;
  /** The id this rule set inherits from; its own fields override. */
  erftVan?: string;
  /** The period the rule set holds for (the purchasing year unless the definition says otherwise). */
  geldigheid: { van: string; tot: string };
  /** Published document of the purchaser, or a secondary source with the confidence of its reading. */
  status: { herkomst: "gepubliceerd" | "secundair"; document: string; zekerheid?: Zekerheid };
  /** Hash of the rule set's values and sources, computed when the rule sets are built: changes whenever a value does. */
  dataversie: string;
  tarief: {
    soortBasis: "basistarief" | "richttarief";
    basis: Waarde<Dec> | NietGepubliceerd;
    nhcNic: Waarde<Dec> & { vorm: "apart" | "gecombineerd"; onduidelijkheid?: string };
    regels: Tariefregel[];
    /** Informative values that must not be used as the basis (e.g. richttarief GZ 2025). */
    info?: { tekst: string; bron: Bron }[];
    /** Leveringsvormen for which the rule set makes no tariff agreement. */
    geenAfspraak?: { leveringsvormen: Leveringsvorm[]; categorieen?: Categorie[]; reden: string; bron: Bron }[];
  };
  volume: Volumeregels;
  crisis?: Crisisregels;
  crisisOntbreekt?: { reden: string; bron: Bron };
  voorwaarden: Voorwaarden;
}

/** What a rule set file declares: anything may be left to the parent. */
export type Regelsetdefinitie = Omit<Partial<Regelset>, "tarief" | "volume" | "voorwaarden" | "status" | "dataversie"> &
  Pick<Regelset, "id" | "zorgkantoor" | "sectoren" | "jaar" | "omschrijving" | "bron"> & {
    tarief?: Partial<Regelset["tarief"]>;
    volume?: Partial<Volumeregels>;
    voorwaarden?: Voorwaarden;
  };
