import { D, type Dec, alsBedrag, alsGetal, alsPercentage, opCenten } from "./decimaal";
import type { Bron } from "./bronnen";
import { nietBeschikbaar, ongeldig } from "./fouten";
import { moment } from "./kalender";
import type { Kwaliteitsbudgetregels, Regelset } from "./regelset";
import type { Leveringsvorm, Sector, Stap, Uitleg, Waarschuwing } from "./typen";
import type { Tijdstip } from "./kalender";
import type { Oordeel } from "./voorwaarden";

/** Kwaliteitsbudget verpleeghuiszorg 2021 (NvI §4): eligibility, advances, the macro numbers, the 85/15 split and the initial budget. */

function regels(rs: Regelset): Kwaliteitsbudgetregels {
  const k = rs.voorwaarden.kwaliteitsbudget;
  if (!k) throw nietBeschikbaar(`${rs.id} kent geen kwaliteitsbudget.`, "regelset");
  return k;
}

export interface Kwaliteitsbudgetzorg {
  leveringsvorm: Leveringsvorm;
  sector: Sector;
  /** Profile number of the ZZP/VPT (4 for ZZP 4 VV). */
  zzp: number;
  /** Delivered clustered in a group; required for VPT, a ZZP (verblijf) is clustered by nature. */
  geclusterd?: boolean;
}

/** Only ZZP/VPT 4 t/m 10 VV delivered clustered in a group; not niet-geclusterd VPT, not MPT (VID-1859, 0107, 0054). Who delivers it does not matter. */
export function kwaliteitsbudgetRecht(rs: Regelset, z: Kwaliteitsbudgetzorg): Oordeel {
  const d = regels(rs).doelgroep;
  if (!Number.isInteger(z.zzp) || z.zzp < 1) throw ongeldig("zzp", "verwacht het nummer van het zorgprofiel, bijv. 4 voor ZZP 4 VV.");
  const nee = (reden: string, bron: Bron = d.bron): Oordeel => ({ ok: false, reden, bron });
  if (!d.leveringsvormen.includes(z.leveringsvorm)) return nee(`${z.leveringsvorm} valt niet onder het Kwaliteitskader Verpleeghuiszorg (alleen ${d.leveringsvormen.join(" en ")})`);
  if (z.sector !== d.sector) return nee(`Alleen ${d.sector}-profielen; ${z.sector} valt erbuiten`);
  if (z.zzp < d.zzpVan.waarde || z.zzp > d.zzpTot.waarde) return nee(`Alleen ${d.leveringsvormen.join("/")} ${d.zzpVan.waarde} t/m ${d.zzpTot.waarde} ${d.sector}; profiel ${z.zzp} valt erbuiten`, d.zzpVan.bron);
  if (z.leveringsvorm === "VPT" && z.geclusterd === undefined) throw ongeldig("geclusterd", "geef aan of het VPT geclusterd in groepsverband wordt geleverd.");
  if (z.leveringsvorm === "VPT" && !z.geclusterd) return nee("Niet-geclusterd VPT komt niet in aanmerking: alleen zorg geclusterd in groepsverband", d.alleenGeclusterd);
  return { ok: true, reden: `${z.leveringsvorm} ${z.zzp} ${d.sector} geclusterd: komt in aanmerking voor het kwaliteitsbudget`, bron: d.alleenGeclusterd };
}

export interface Kwaliteitsbudgetvoorschot extends Uitleg {
  bedrag: Dec;
  percentage: Dec;
  grondslag: "initieel" | "toegekend";
  bron: Bron;
}

/** Advance on a date: 75% of the initial reserved budget from 1 January 2021, 85% of the granted budget after the 1 April agreement (VID-0510, 0684). */
export function kwaliteitsbudgetVoorschot(rs: Regelset, datum: Tijdstip, budget: { initieel: Dec; toegekend?: Dec }): Kwaliteitsbudgetvoorschot {
  const k = regels(rs);
  const t = moment(datum, "datum");
  const regime = [...k.voorschotten].reverse().find((v) => moment(v.vanaf, "vanaf") <= t);
  if (!regime) throw nietBeschikbaar(`Er is geen voorschot op het kwaliteitsbudget vóór ${k.voorschotten[0].vanaf}.`, "datum");
  const grondslag = regime.grondslag === "initieel" ? budget.initieel : budget.toegekend;
  if (!grondslag) throw nietBeschikbaar(`Vanaf ${regime.vanaf} is het voorschot een deel van het toegekende budget; geef het toegekende budget.`, "toegekend budget");
  if (grondslag.isNegative()) throw ongeldig("budget", "mag niet negatief zijn.");
  const bedrag = opCenten(grondslag.times(regime.percentage));
  const stappen: Stap[] = [{ stap: `${regime.omschrijving}: ${alsPercentage(regime.percentage)} x ${alsBedrag(grondslag)} = ${alsBedrag(bedrag)}`, waarde: bedrag, bron: regime.bron }];
  const waarschuwingen: Waarschuwing[] = regime.onduidelijkheid ? [{ id: "AMB-KB-VOORSCHOT", tekst: regime.onduidelijkheid, bron: regime.bron }] : [];
  return { bedrag, percentage: regime.percentage, grondslag: regime.grondslag, bron: regime.bron, stappen, waarschuwingen };
}

export interface Macrocontrole extends Uitleg {
  /** Σ of the three posts, and whether it equals the stated total and exceeds the original amount. */
  som: Dec;
  somKlopt: boolean;
  bovenOorspronkelijk: boolean;
  /** Lumpsum minus the increase = last year's lumpsum. */
  vorigJaar: Dec;
  vorigJaarKlopt: boolean;
}

/** The macro numbers as data, checked for consistency: 435 + 1.450 + 300 = 2.185 > 2.100 and 1.450 − 350 = 1.100 (VID-1199, 0072, 0510). */
export function kwaliteitsbudgetMacro(rs: Regelset): Macrocontrole {
  const m = regels(rs).macro;
  const som = m.tarieven2018.waarde.plus(m.lumpsum.waarde).plus(m.aanzuigendeWerking.waarde);
  const vorigJaar = m.lumpsum.waarde.minus(m.verhoging.waarde);
  const mln = (x: Dec) => `€ ${alsGetal(x)} mln`;
  const stappen: Stap[] = [
    { stap: `In tarieven 2018 ${mln(m.tarieven2018.waarde)} + lumpsum ${mln(m.lumpsum.waarde)} + aanzuigende werking ${mln(m.aanzuigendeWerking.waarde)} = ${mln(som)} (bron: ${mln(m.totaal.waarde)})`, waarde: som, bron: m.totaal.bron },
    { stap: `${mln(som)} ${som.greaterThan(m.oorspronkelijk.waarde) ? "is meer dan" : "is niet meer dan"} de oorspronkelijke ${mln(m.oorspronkelijk.waarde)}: niet gekort`, waarde: null, bron: m.oorspronkelijk.bron },
    { stap: `Lumpsum ${mln(m.lumpsum.waarde)} − verhoging ${mln(m.verhoging.waarde)} = ${mln(vorigJaar)} (bron vorig jaar: ${mln(m.lumpsumVorigJaar.waarde)})`, waarde: vorigJaar, bron: m.lumpsumVorigJaar.bron },
  ];
  return {
    som,
    somKlopt: som.equals(m.totaal.waarde),
    bovenOorspronkelijk: som.greaterThan(m.oorspronkelijk.waarde),
    vorigJaar,
    vorigJaarKlopt: vorigJaar.equals(m.lumpsumVorigJaar.waarde),
    stappen,
    waarschuwingen: [],
  };
}

export interface Verdelingsoordeel extends Oordeel {
  beoordeling: "richtlijn" | "hoger personeel" | "afwijking met aanvraag" | "afwijking zonder aanvraag";
}

/**
 * The 85/15 guideline (personnel/other): 85% meets it, a higher personnel share is allowed, a lower one (e.g. 70/30) only with an
 * onderbouwde aanvraag in the kwaliteitsplan, which the zorgkantoor then judges (VID-0078, 0497, 0514).
 */
export function kwaliteitsbudgetVerdeling(rs: Regelset, personeelsaandeel: Dec, onderbouwdeAanvraag = false): Verdelingsoordeel {
  const v = regels(rs).verdeling;
  if (personeelsaandeel.isNegative() || personeelsaandeel.greaterThan(1)) throw ongeldig("personeelsaandeel", "verwacht een percentage tussen 0% en 100%.");
  const r = v.personeel.waarde;
  const verhouding = `${alsPercentage(personeelsaandeel)}/${alsPercentage(new D(1).minus(personeelsaandeel))}`;
  if (personeelsaandeel.equals(r)) return { ok: true, beoordeling: "richtlijn", reden: `${verhouding}: volgens de richtlijn`, bron: v.personeel.bron };
  if (personeelsaandeel.greaterThan(r)) return { ok: true, beoordeling: "hoger personeel", reden: `${verhouding}: meer personeel dan ${alsPercentage(r)} mag, als het past binnen het eindperspectief`, bron: v.hogerPersoneel };
  if (onderbouwdeAanvraag) return { ok: true, beoordeling: "afwijking met aanvraag", reden: `${verhouding}: alleen met de onderbouwde aanvraag in het kwaliteitsplan, ter beoordeling door het zorgkantoor`, bron: v.afwijking };
  return { ok: false, beoordeling: "afwijking zonder aanvraag", reden: `${verhouding}: minder dan ${alsPercentage(r)} personeel vraagt een overtuigende, onderbouwde aanvraag; anders geldt de richtlijn`, bron: v.afwijking };
}

export interface Productieregel extends Kwaliteitsbudgetzorg {
  /** Production in the nacalculatie 2019 (days). */
  productie: Dec;
  /** Indicatieve kwaliteitstoeslag per day (NZa tabel 29, not in the sources). */
  toeslag: Dec;
}

/** Initial reserved budget = Σ production x indicatieve kwaliteitstoeslag over the eligible prestaties; others are listed and left out (VID-0022, 0074). */
export function initieelKwaliteitsbudget(rs: Regelset, rijen: Productieregel[]): Uitleg & { bedrag: Dec } {
  const k = regels(rs);
  const stappen: Stap[] = [];
  let som = new D(0);
  for (const r of rijen) {
    if (r.productie.isNegative() || r.toeslag.isNegative()) throw ongeldig("productie", "productie en toeslag mogen niet negatief zijn.");
    const recht = kwaliteitsbudgetRecht(rs, r);
    const naam = `${r.leveringsvorm} ${r.zzp} ${r.sector}`;
    if (!recht.ok) {
      stappen.push({ stap: `${naam} niet meegeteld: ${recht.reden}`, waarde: null, bron: recht.bron });
      continue;
    }
    const deel = r.productie.times(r.toeslag);
    som = som.plus(deel);
    stappen.push({ stap: `${naam}: ${alsGetal(r.productie)} x ${alsBedrag(r.toeslag)} = ${alsBedrag(deel)}`, waarde: deel, bron: k.initieel });
  }
  const bedrag = opCenten(som);
  stappen.push({ stap: `Initieel gereserveerd kwaliteitsbudget ${alsBedrag(bedrag)}`, waarde: bedrag, bron: k.initieel });
  return {
    bedrag,
    stappen,
    waarschuwingen: [{ id: "AMB-KB-INITIEEL", tekst: "De indicatieve kwaliteitstoeslagen (NZa tabel 29) staan niet in de bron en zijn invoer; de afronding staat er ook niet in: eenmaal op centen, aan het eind.", bron: k.initieel }],
  };
}
