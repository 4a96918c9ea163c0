/**
 * "Uitleg tarief": de stappen van WLZ.TARIEFUITLEG voor de prestatierij van de selectie, met de
 * rules core en het offertemodel (dezelfde kolommen en profiellabels als de controle). Daarnaast het
 * tariefpercentage en tarief van de werkmap naast die van de regelset, en de berekening in euro's met de
 * NZa-bedragen van de rij: alle bedragen in decimal.js via de rules core, nooit in floats.
 */
import {
  alsBedrag,
  alsPercentage,
  berekenTariefpercentage,
  bronTekst,
  type Dec,
  kort,
  leesLeveringsvorm,
  leesOnderdeel,
  NUL,
  RegelFout,
  tariefBedrag,
  type Tariefpercentage,
  uitlegRijen,
  leesProfielparen,
  vanExcel,
  zoekRegelset,
  type Aanbiederprofiel,
} from "../rules";
import { foutnaam } from "../workbook/foutnamen";
import { leesOfferte } from "../workbook/offerte";
import { type Cel, type Werkmap, adres, cel, isFout, isLeeg, parseAdres, waardeAlsTekst } from "../workbook/snapshot";
import type { Selectie } from "./host";

export interface Uitlegstap {
  stap: string;
  /** Percentage na de stap ("95,5%"), of null bij een opmerking. */
  percentage: string | null;
  bron: string;
  /** The words of the document this step rests on, where the source quotes them. */
  citaat?: string;
  waarschuwing: boolean;
}

/** A value of the selected row as the pane shows it: its text ("97%", "€ 250,00") or why it cannot be used. */
export interface Rijwaarde {
  /** Cell address in the row ("G8"), or null when the table has no such column. */
  cel: string | null;
  /** The value in Dutch notation, or null when it is missing or unreadable. */
  tekst: string | null;
  /** Why there is no value ("leeg", "tekst \"96 procent\", geen getal"); null when there is one. */
  probleem: string | null;
}

/** How a workbook value compares with the rule set's. */
export type Vergelijking = "gelijk" | "hoger" | "lager" | "binnen de marge" | "onbekend";

/** The workbook's tariff percentage and tarief beside the rule set's, and the euro calculation. */
export interface Tariefvergelijking {
  percentage: {
    werkmap: Rijwaarde;
    regelset: string;
    /** "94% tot 96%" where the rule set allows a range, else null. */
    marge: string | null;
    vergelijking: Vergelijking;
    /** "1 procentpunt hoger", or null when equal or unknown. */
    verschil: string | null;
  };
  nza: { zorg: Rijwaarde; nhc: Rijwaarde; nic: Rijwaarde };
  nhcNicPercentage: string;
  /**
   * The calculation with the percentage the tarief must follow (the rule set's, or the workbook's where that lies
   * inside the rule set's range), or null with `geenBerekening` saying which amount is missing.
   */
  berekening: {
    percentage: string;
    /** True when the workbook's percentage (inside the range) is used instead of the rule set's. */
    werkmapPercentage: boolean;
    zorg: string;
    nhc: string;
    nic: string;
    uitkomst: string;
  } | null;
  geenBerekening: string | null;
  tarief: {
    werkmap: Rijwaarde;
    /** The calculated tarief, or null when it cannot be calculated. */
    regelset: string | null;
    vergelijking: Vergelijking;
    /** "€ 7,00 hoger", or null when equal or unknown. */
    verschil: string | null;
  };
}

export interface Tariefuitleg {
  blad: string;
  /** Excel-rijnummer. */
  rij: number;
  prestatie: string;
  leveringsvorm: string;
  onderdeel: string;
  regelset: string;
  percentage: string;
  stappen: Uitlegstap[];
  vergelijking: Tariefvergelijking;
}

/** Same tolerances as the checker (WLZ-TAR-001/004 and WLZ-TAR-002). */
const EPS_PCT = 1e-6;
const EPS_EUR = 0.005;

type Gelezen = { waarde: Dec; rij: Rijwaarde } | { waarde: null; rij: Rijwaarde };

/**
 * A number of the row: empty counts as 0 only where `leegIsNul` (NZa NHC and NIC may be empty); text, error values,
 * negative numbers and percentages above 100% are unreadable, as in the checker, and say why.
 */
function leesGetal(c: Cel | undefined, celAdres: string | null, soort: "bedrag" | "percentage", leegIsNul = false): Gelezen {
  const toon = (d: Dec) => (soort === "bedrag" ? alsBedrag(d) : alsPercentage(d));
  const zonder = (probleem: string): Gelezen => ({ waarde: null, rij: { cel: celAdres, tekst: null, probleem } });
  if (celAdres === null) return zonder("geen kolom in de tabel");
  if (isLeeg(c)) return leegIsNul ? { waarde: NUL, rij: { cel: celAdres, tekst: toon(NUL), probleem: null } } : zonder("leeg");
  const w = c!.waarde;
  if (typeof w === "number" && Number.isFinite(w)) {
    if (w < 0) return zonder(`negatief (${String(w).replace(".", ",")})`);
    if (soort === "percentage" && w > 1) return zonder(`${String(w).replace(".", ",")} is meer dan 100%`);
    const d = vanExcel(w);
    return { waarde: d, rij: { cel: celAdres, tekst: toon(d), probleem: null } };
  }
  if (isFout(w)) return zonder(`foutwaarde ${foutnaam(w.fout)}`);
  if (typeof w === "string") return zonder(`tekst "${kort(w.trim())}", geen getal`);
  if (typeof w === "boolean") return zonder(`${w ? "WAAR" : "ONWAAR"}, geen getal`);
  return zonder("onleesbaar");
}

/** Percentage points in Dutch notation: 0,01 -> "1 procentpunt". */
function procentpunt(d: Dec): string {
  return `${d.abs().times(100).toDecimalPlaces(4).toString().replace(".", ",")} procentpunt`;
}

function vergelijkPercentage(tp: Tariefpercentage, w: Dec | null): { vergelijking: Vergelijking; verschil: string | null } {
  if (w === null) return { vergelijking: "onbekend", verschil: null };
  if (w.minus(tp.percentage).abs().lessThanOrEqualTo(EPS_PCT)) return { vergelijking: "gelijk", verschil: null };
  if (w.greaterThan(tp.maximum.plus(EPS_PCT))) return { vergelijking: "hoger", verschil: `${procentpunt(w.minus(tp.maximum))} hoger dan toegestaan` };
  if (w.lessThan(tp.minimum.minus(EPS_PCT))) return { vergelijking: "lager", verschil: `${procentpunt(tp.minimum.minus(w))} lager` };
  return { vergelijking: "binnen de marge", verschil: null };
}

/** The workbook's percentage and tarief of row `r` beside the rule set's, with the euro calculation. */
function vergelijk(
  tp: Tariefpercentage,
  waarde: (k: "nzaZorg" | "nzaNhc" | "nzaNic" | "tariefpercentage" | "tarief") => { c: Cel | undefined; adres: string | null },
): Tariefvergelijking {
  const lees = (k: Parameters<typeof waarde>[0], soort: "bedrag" | "percentage", leegIsNul = false) => {
    const { c, adres: a } = waarde(k);
    return leesGetal(c, a, soort, leegIsNul);
  };
  const pct = lees("tariefpercentage", "percentage");
  const zorg = lees("nzaZorg", "bedrag");
  const nhc = lees("nzaNhc", "bedrag", true);
  const nic = lees("nzaNic", "bedrag", true);
  const tarief = lees("tarief", "bedrag");

  const pv = vergelijkPercentage(tp, pct.waarde);
  // The tarief follows the workbook's percentage where that lies inside the rule set's range (as WLZ-TAR-002 does).
  const metWerkmap = pv.vergelijking === "binnen de marge";
  const p = metWerkmap ? pct.waarde! : tp.percentage;

  const ontbrekend = ([["NZa zorg", zorg], ["NZa NHC", nhc], ["NZa NIC", nic]] as const).filter(([, g]) => g.waarde === null);
  let berekening: Tariefvergelijking["berekening"] = null;
  let geenBerekening: string | null = null;
  let uitkomst: Dec | null = null;
  if (ontbrekend.length === 0) {
    uitkomst = tariefBedrag({ ...tp, percentage: p }, { zorg: zorg.waarde!, nhc: nhc.waarde!, nic: nic.waarde! });
    berekening = {
      percentage: alsPercentage(p),
      werkmapPercentage: metWerkmap,
      zorg: alsBedrag(zorg.waarde!),
      nhc: alsBedrag(nhc.waarde!),
      nic: alsBedrag(nic.waarde!),
      uitkomst: alsBedrag(uitkomst),
    };
  } else {
    geenBerekening = `Geen berekening in euro's: ${ontbrekend.map(([naam, g]) => `${naam}${g.rij.cel ? ` (${g.rij.cel})` : ""} is ${g.rij.probleem}`).join("; ")}.`;
  }

  let tv: { vergelijking: Vergelijking; verschil: string | null } = { vergelijking: "onbekend", verschil: null };
  if (uitkomst && tarief.waarde) {
    const d = tarief.waarde.minus(uitkomst);
    if (d.abs().lessThanOrEqualTo(EPS_EUR)) tv = { vergelijking: "gelijk", verschil: null };
    else {
      // A tarief calculated from the workbook's own (too high or too low) percentage: say so, the cause is the percentage.
      const volgt = !metWerkmap && pct.waarde !== null && pv.vergelijking !== "gelijk" &&
        tarief.waarde.minus(tariefBedrag({ ...tp, percentage: pct.waarde }, { zorg: zorg.waarde!, nhc: nhc.waarde!, nic: nic.waarde! })).abs().lessThanOrEqualTo(EPS_EUR);
      const richting = d.isPositive() ? "hoger" : "lager";
      tv = {
        vergelijking: richting,
        verschil: `${alsBedrag(d.abs())} ${richting}${volgt ? `; het tarief volgt het tariefpercentage van de werkmap (${alsPercentage(pct.waarde!)})` : ""}`,
      };
    }
  }

  return {
    percentage: {
      werkmap: pct.rij,
      regelset: alsPercentage(tp.percentage),
      marge: tp.minimum.equals(tp.maximum) ? null : `${alsPercentage(tp.minimum)} tot ${alsPercentage(tp.maximum)}`,
      ...pv,
    },
    nza: { zorg: zorg.rij, nhc: nhc.rij, nic: nic.rij },
    nhcNicPercentage: alsPercentage(tp.nhcNicPercentage),
    berekening,
    geenBerekening,
    tarief: { werkmap: tarief.rij, regelset: uitkomst ? alsBedrag(uitkomst) : null, ...tv },
  };
}

/** Fout die de gebruiker kan verhelpen; de boodschap is een Nederlandse zin. */
export class UitlegFout extends Error {
  override readonly name = "UitlegFout";
}

function bladKey(s: string): string {
  return s.trim().toLowerCase();
}

/**
 * De uitleg voor de rij van `selectie`. `regelsetKeuze` overschrijft de regelset van de werkmap
 * (zoals in de controle). Gooit UitlegFout met een bruikbare melding als het niet kan.
 */
export function tariefuitleg(werkmap: Werkmap, selectie: Selectie, regelsetKeuze?: string): Tariefuitleg {
  const offerte = leesOfferte(werkmap);
  const b = werkmap.bladen.findIndex((x) => bladKey(x.naam) === bladKey(selectie.blad));
  let r: number;
  try {
    r = parseAdres(selectie.cel).r;
  } catch {
    throw new UitlegFout(`Selecteer één cel in de prestatietabel (nu: ${selectie.cel || "niets"}).`);
  }
  const tabel = offerte.prestatietabellen.find((t) => t.blad === b && t.rijen.includes(r));
  if (b < 0 || !tabel) {
    throw new UitlegFout(
      `De selectie (${selectie.blad}!${selectie.cel}) ligt niet in een ingevulde rij van een prestatietabel. ` +
        "Selecteer een cel in een rij onder de kopregel met Prestatie, Leveringsvorm, Tarief enzovoort.",
    );
  }
  const blad = werkmap.bladen[b];
  const waarde = (k: keyof typeof tabel.kolommen) => {
    const c = tabel.kolommen[k];
    return c === undefined ? undefined : cel(blad, r, c);
  };

  try {
    const lvCel = waarde("leveringsvorm");
    if (lvCel && isFout(lvCel.waarde)) throw new UitlegFout(`De leveringsvorm in ${adres(r, tabel.kolommen.leveringsvorm!)} is een foutwaarde (${foutnaam(lvCel.waarde.fout)}).`);
    const lv = leesLeveringsvorm(lvCel?.waarde ?? null, `Leveringsvorm (${adres(r, tabel.kolommen.leveringsvorm ?? 0)})`);
    const odCel = waarde("onderdeel");
    const onderdeel = leesOnderdeel(odCel && !isFout(odCel.waarde) ? odCel.waarde : null, "Onderdeel");

    const kopRegelset = offerte.kop.regelset?.cel?.waarde;
    const id = regelsetKeuze ?? (typeof kopRegelset === "string" ? kopRegelset : undefined);
    if (!id) throw new UitlegFout("De werkmap noemt geen regelset (label Regelset in het kopblok). Kies een regelset bovenaan het taakvenster.");
    const rs = zoekRegelset(id, "Regelset");

    for (const kw of offerte.profiel) {
      const w = kw.cel?.waarde ?? null;
      if (isFout(w)) throw new UitlegFout(`${kw.label}: de cel bevat de foutwaarde ${foutnaam(w.fout)}.`);
    }
    // The one profile reading, as the checker and the functions use it (a label twice with different values is refused).
    const lezing = leesProfielparen(offerte.profiel.map((kw) => ({ label: kw.label, waarde: kw.cel?.waarde ?? null })));
    if (lezing.fouten.length > 0) throw lezing.fouten[0].fout;
    const profiel: Aanbiederprofiel = lezing.profiel;

    const tp = berekenTariefpercentage(rs, lv, profiel, onderdeel);
    return {
      blad: blad.naam,
      rij: r + 1,
      prestatie: waardeAlsTekst(waarde("prestatie")?.waarde),
      leveringsvorm: lv,
      onderdeel,
      regelset: rs.id,
      percentage: alsPercentage(tp.percentage),
      stappen: uitlegRijen(tp).map((s) => ({
        stap: s.stap,
        percentage: s.waarde === null ? null : alsPercentage(s.waarde),
        bron: bronTekst(s.bron),
        ...(s.bron.citaat ? { citaat: s.bron.citaat } : {}),
        waarschuwing: s.waarschuwing,
      })),
      vergelijking: vergelijk(tp, (k) => {
        const c = tabel.kolommen[k];
        return c === undefined ? { c: undefined, adres: null } : { c: cel(blad, r, c), adres: adres(r, c) };
      }),
    };
  } catch (e) {
    if (e instanceof RegelFout) throw new UitlegFout(`Geen uitleg mogelijk voor rij ${r + 1}: ${e.message}`);
    throw e;
  }
}
