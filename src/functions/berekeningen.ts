/**
 * One implementation per WLZ.* function, on Excel-shaped arguments, throwing RegelFout on bad input.
 * The custom functions (functions.ts) wrap these for Excel; the checker's formula audit
 * (src/workbook/formules.ts) calls the same code to recompute stored formulas, so both always agree.
 * No CustomFunctions or Office here: this runs in the CLI too.
 */
import {
  beoordeelOnderaanneming,
  bepaalCategorie,
  berekenCrisisvergoeding,
  berekenHerschikking,
  berekenInitieelVolume,
  berekenTariefpercentage,
  bronTekst,
  type Leveringsvorm,
  type Regelset,
  tariefBedrag,
  type Tariefpercentage,
  leesJaNee,
  leesLeveringsvorm,
  leesOnderdeel,
  leesProfiel,
  leesTermijnsoort,
  maandbetaling,
  regelsetOverzicht,
  REGELSETKOPPEN,
  termijn,
  tijdstipNaarSerie,
  uitlegRijen,
  zoekRegelset,
  ongeldig,
} from "../rules";
import { isExcelBedrag, excelCorrecties, snelHerschikking, snelInitieelVolume, snelTariefBedrag } from "../rules/geschaald";
import { bereikId } from "./bereikgeheugen";
import { bedrag, cel, enkel, getal, getallenUitBereik, isLeeg, optioneelBedrag, optioneleDatum } from "./argumenten";

export type Excelwaarde = number | string | boolean;
export type Uitkomst = Excelwaarde | Excelwaarde[][];

function regelsetEnVorm(a: unknown[]) {
  return { rs: zoekRegelset(enkel(a[0], "regelset")), lv: leesLeveringsvorm(enkel(a[1], "leveringsvorm")) };
}

/**
 * The percentage depends only on regelset, leveringsvorm, profile and onderdeel, and a filled-down column
 * repeats the same ones on every row: derive it (profile parsing and trail included) once. Keyed on the
 * Excel arguments as given (a range by the id of its raw cell values, see bereikgeheugen); bounded, and
 * errors are not kept (they are thrown again next time).
 */
type Sleuteldeel = string | number;
/** regelset -> leveringsvorm -> onderdeel -> profile -> percentage: only Map lookups on cached keys per call. */
const PERCENTAGES = new Map<Regelset, Map<Leveringsvorm, Map<Sleuteldeel, Map<Sleuteldeel, Tariefpercentage>>>>();
let bewaard = 0;
/** A memo key part for a scalar argument or range (a range by its id); undefined where it is not remembered. */
function argumentSleutel(x: unknown): Sleuteldeel | undefined {
  if (x === null || x === undefined) return "-";
  if (typeof x === "string") return x.length > 200 ? undefined : `"${x}`;
  if (Array.isArray(x)) return bereikId(x);
  if (typeof x === "object") return undefined;
  return `${typeof x}:${Object.is(x, -0) ? "-0" : String(x)}`;
}
function onderMap<K, V>(m: Map<K, V>, k: K, maak: () => V): V {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = maak()));
  return v;
}
function tariefpercentageVan(rs: Regelset, lv: Leveringsvorm, profiel: unknown, onderdeel: unknown): Tariefpercentage {
  const o = enkel(onderdeel ?? null, "onderdeel");
  const po = argumentSleutel(profiel);
  const oo = argumentSleutel(o);
  const perProfiel = po === undefined || oo === undefined ? undefined : PERCENTAGES.get(rs)?.get(lv)?.get(oo);
  let tp = perProfiel?.get(po!);
  if (!tp) {
    tp = berekenTariefpercentage(rs, lv, leesProfiel(profiel ?? null), leesOnderdeel(o));
    if (po !== undefined && oo !== undefined) {
      if (bewaard >= 1_000) {
        PERCENTAGES.clear();
        bewaard = 0;
      }
      const m = onderMap(onderMap(onderMap(PERCENTAGES, rs, () => new Map()), lv, () => new Map()), oo, () => new Map<Sleuteldeel, Tariefpercentage>());
      m.set(po, tp);
      bewaard++;
    }
  }
  return tp;
}

/**
 * Excel recalculates a cell on every change: a function call must stay within ~50 ms whatever range it is
 * given. A range argument of more cells than this is a #VALUE! that says so (the checker's formula audit
 * uses the same bound, src/workbook/formules.ts MAX_BEREIK, so Excel and wlz-check agree). Its size is
 * known from its shape, without looking at the cells.
 */
export const MAX_BEREIK_CELLEN = 10_000;

/** Argument names by position, for the message (spec §2: a message names the argument). */
const ARGUMENTNAMEN: Record<string, readonly string[]> = {
  TARIEFPERCENTAGE: ["regelset", "leveringsvorm", "aanbieder", "onderdeel"],
  TARIEF: ["regelset", "leveringsvorm", "nza_zorg", "nza_nhc", "nza_nic", "aanbieder", "onderdeel"],
  TARIEFUITLEG: ["regelset", "leveringsvorm", "aanbieder", "onderdeel"],
  HERSCHIKKING: ["regelset", "realisatie_jan_jun", "realisatie_juni"],
  INITIELEVOLUME: ["regelset", "leveringsvorm", "herschikte_afspraak", "correcties"],
  CRISISVERGOEDING: ["regelset", "afgesproken_bedden", "dagen_bezet", "dagen_onbezet", "tarief", "leegstandtarief"],
  AANBIEDERCATEGORIE: ["regelset", "contract_met_dit_zorgkantoor", "contract_elders_van", "contract_elders_tot", "eerste_declaratie", "inschrijfdatum"],
  ONDERAANNEMING: ["regelset", "verwachte_zorg", "waarvan_onderaanneming", "volle_dochters", "heel_pakket_uitbesteed", "toestemming_zorgkantoor"],
  TERMIJN: ["regelset", "soort", "datum"],
  BETALING: ["regelset", "betaalmaand", "afspraak", "realisatie", "eerdere_betalingen", "voorschot", "volumekorting"],
};

const leeg = (c: unknown) => c === null || c === undefined || c === "" || c === 0;

/**
 * The range arguments of one call within MAX_BEREIK_CELLEN: a larger range loses its empty rows at the
 * bottom first (a whole-column range J:K is 1.048.576 rows of which a profile fills a few; an empty cell is
 * null on the web and 0 on desktop, and neither adds anything to a profile or to corrections), and what is
 * still larger is refused with a #VALUE! that names the argument. A small range is not looked at.
 */
export function begrensBereiken(functie: string, a: readonly unknown[]): unknown[] {
  let uit: unknown[] | undefined;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (!Array.isArray(v)) continue;
    const kolommen = Array.isArray(v[0]) ? (v[0] as unknown[]).length : 1;
    if (v.length * kolommen <= MAX_BEREIK_CELLEN) continue;
    let rijen = v.length;
    if (kolommen <= MAX_BEREIK_CELLEN) {
      while (rijen > 0) {
        const rij = v[rijen - 1] as unknown;
        if (Array.isArray(rij) ? !rij.every(leeg) : !leeg(rij)) break;
        rijen--;
      }
    }
    if (rijen * kolommen > MAX_BEREIK_CELLEN) {
      const naam = ARGUMENTNAMEN[functie]?.[i] ?? `argument ${i + 1}`;
      const nl = (n: number) => n.toLocaleString("nl-NL");
      throw ongeldig(
        naam,
        `het bereik is te groot (${nl(rijen)} gevulde rijen x ${nl(kolommen)} kolommen, hoogstens ${nl(MAX_BEREIK_CELLEN)} cellen); kies alleen de cellen die erbij horen.`,
      );
    }
    uit ??= [...a];
    uit[i] = rijen === 0 ? null : v.slice(0, rijen);
  }
  return uit ?? (a as unknown[]);
}

function begrensd<T extends Record<string, (a: unknown[]) => Uitkomst>>(functies: T): T {
  const uit = {} as Record<string, (a: unknown[]) => Uitkomst>;
  for (const [naam, fn] of Object.entries(functies)) {
    uit[naam] = (a: unknown[] = []) => fn(begrensBereiken(naam, a));
  }
  return uit as T;
}

/** Arguments by position, as Excel passes them (omitted optionals are null or undefined). */
export const WLZ_BEREKENINGEN = begrensd({
  TARIEFPERCENTAGE(a: unknown[]): number {
    const { rs, lv } = regelsetEnVorm(a);
    return getal(tariefpercentageVan(rs, lv, a[2], a[3]).percentage);
  },
  TARIEF(a: unknown[]): number {
    const { rs, lv } = regelsetEnVorm(a);
    if (isExcelBedrag(a[2]) && isExcelBedrag(a[3]) && isExcelBedrag(a[4])) {
      // Plain amounts cannot fail to read, so deriving the percentage first changes no error.
      const tp = tariefpercentageVan(rs, lv, a[5], a[6]);
      const snel = snelTariefBedrag(tp.percentage, tp.nhcNicPercentage, a[2] ?? 0, a[3] ?? 0, a[4] ?? 0);
      if (snel !== undefined) return snel;
    }
    const nza = { zorg: bedrag(a[2], "nza_zorg"), nhc: bedrag(a[3], "nza_nhc"), nic: bedrag(a[4], "nza_nic") };
    return getal(tariefBedrag(tariefpercentageVan(rs, lv, a[5], a[6]), nza));
  },
  TARIEFUITLEG(a: unknown[]): Excelwaarde[][] {
    const { rs, lv } = regelsetEnVorm(a);
    const tp = berekenTariefpercentage(rs, lv, leesProfiel(a[2] ?? null), leesOnderdeel(enkel(a[3] ?? null, "onderdeel")));
    return uitlegRijen(tp).map((r) => [r.stap, cel(r.waarde), bronTekst(r.bron)]);
  },
  HERSCHIKKING(a: unknown[]): number {
    const rs = zoekRegelset(enkel(a[0], "regelset"));
    const h = rs.volume.herschikking;
    if (h && isExcelBedrag(a[1]) && isExcelBedrag(a[2])) {
      const snel = snelHerschikking(a[1] ?? 0, a[2] ?? 0, h.deler, h.dagen);
      if (snel !== undefined) return snel;
    }
    return getal(berekenHerschikking(rs, bedrag(a[1], "realisatie_jan_jun"), bedrag(a[2], "realisatie_juni")).waarde);
  },
  INITIELEVOLUME(a: unknown[]): number {
    const { rs, lv } = regelsetEnVorm(a);
    const pct = rs.volume.geenInitieelVolume ? undefined : rs.volume.percentages[lv];
    const correcties = pct && isExcelBedrag(a[2]) ? excelCorrecties(a[3]) : undefined;
    if (pct && correcties) {
      const snel = snelInitieelVolume(pct.waarde, (a[2] as number | null | undefined) ?? 0, correcties);
      if (snel !== undefined) return snel;
    }
    return getal(berekenInitieelVolume(rs, lv, bedrag(a[2], "herschikte_afspraak"), getallenUitBereik(a[3] ?? null, "correcties")).waarde);
  },
  CRISISVERGOEDING(a: unknown[]): number {
    const rs = zoekRegelset(enkel(a[0], "regelset"));
    const uit = berekenCrisisvergoeding(rs, {
      bedden: bedrag(a[1], "afgesproken_bedden"),
      bezet: bedrag(a[2], "dagen_bezet"),
      onbezet: bedrag(a[3], "dagen_onbezet"),
      tarief: optioneelBedrag(a[4] ?? null, "tarief"),
      leegstandtarief: optioneelBedrag(a[5] ?? null, "leegstandtarief"),
    });
    return getal(uit.bedrag ?? uit.vergoedeDagen);
  },
  REGELSETS(): Excelwaarde[][] {
    return [[...REGELSETKOPPEN], ...regelsetOverzicht()];
  },
  AANBIEDERCATEGORIE(a: unknown[]): string {
    const rs = zoekRegelset(enkel(a[0], "regelset"));
    const van = optioneleDatum(a[2] ?? null, "contract_elders_van");
    const tot = optioneleDatum(a[3] ?? null, "contract_elders_tot");
    return bepaalCategorie(rs, {
      contractMetDitZorgkantoor: leesJaNee(enkel(a[1], "contract_met_dit_zorgkantoor"), "contract_met_dit_zorgkantoor"),
      contractElders: van ? { van, tot } : undefined,
      eersteDeclaratie: optioneleDatum(a[4] ?? null, "eerste_declaratie"),
      inschrijfdatum: optioneleDatum(a[5] ?? null, "inschrijfdatum"),
    }).categorie;
  },
  ONDERAANNEMING(a: unknown[]): boolean {
    const rs = zoekRegelset(enkel(a[0], "regelset"));
    return beoordeelOnderaanneming(rs, {
      verwachteZorg: bedrag(a[1], "verwachte_zorg"),
      onderaanneming: bedrag(a[2], "waarvan_onderaanneming"),
      volleDochters: bedrag(a[3] ?? null, "volle_dochters"),
      heelPakketUitbesteed: leesJaNee(enkel(a[4] ?? null, "heel_pakket_uitbesteed"), "heel_pakket_uitbesteed"),
      toestemmingZorgkantoor: leesJaNee(enkel(a[5] ?? null, "toestemming_zorgkantoor"), "toestemming_zorgkantoor"),
    }).ok;
  },
  TERMIJN(a: unknown[]): number {
    const rs = zoekRegelset(enkel(a[0], "regelset"));
    const soort = leesTermijnsoort(enkel(a[1], "soort"));
    return tijdstipNaarSerie(termijn(rs, soort, optioneleDatum(a[2] ?? null, "datum")).uiterlijk);
  },
  BETALING(a: unknown[]): number {
    const rs = zoekRegelset(enkel(a[0], "regelset"));
    const maand = optioneleDatum(a[1] ?? null, "betaalmaand");
    if (!maand) throw ongeldig("betaalmaand", "geef een datum in de betaalmaand, bijv. 1-5-2026.");
    const voorschot = isLeeg(enkel(a[5] ?? null, "voorschot")) ? true : leesJaNee(enkel(a[5], "voorschot"), "voorschot");
    return getal(
      maandbetaling(rs, {
        maand: maand.slice(0, 7),
        afspraak: bedrag(a[2], "afspraak"),
        realisatie: bedrag(a[3], "realisatie"),
        eerdereBetalingen: bedrag(a[4], "eerdere_betalingen"),
        voorschot,
        volumekorting: optioneelBedrag(a[6] ?? null, "volumekorting"),
      }).bedrag,
    );
  },
} satisfies Record<string, (a: unknown[]) => Uitkomst>);

export type WlzFunctieId = keyof typeof WLZ_BEREKENINGEN;
