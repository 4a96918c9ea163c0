/**
 * Payments of the year (Bijlage 1 of CZ V&V 2021 and CZ GZ 2026): the January/February advance, the monthly
 * payment as declared realisation plus months of advance up to the agreement, and payment on realisation only
 * for new providers during at least half a year.
 */
import { D, type Dec, alsBedrag, min, opCenten } from "./decimaal";
import type { Bron } from "./bronnen";
import { nietBeschikbaar, ongeldig } from "./fouten";
import type { Betalingsregels, Regelset } from "./regelset";
import type { Categorie, Waarschuwing } from "./typen";
import type { Oordeel } from "./voorwaarden";

export interface Betalinginvoer {
  /** Payment month "YYYY-MM". */
  maand: string;
  /** The production agreement that is the ceiling (initial, actual or herschikt, per period). */
  afspraak: Dec;
  /** Declared realisation of the year so far. */
  realisatie: Dec;
  /** What the CAK already paid for the year. */
  eerdereBetalingen: Dec;
  /** Volumekorting on the initial agreement not yet bought back (January/February only). */
  volumekorting?: Dec;
  /** false = a provider paid on realisation (no advance: historically, new providers, specific cases). */
  voorschot?: boolean;
}

export interface Betaling {
  /** The one-off payment offered to the CAK (negative = to be withheld). */
  bedrag: Dec;
  /** The cumulative amount before earlier payments are subtracted. */
  grondslag: Dec;
  reden: string;
  bron: Bron;
  waarschuwingen: Waarschuwing[];
}

function regels(rs: Regelset): Betalingsregels {
  const b = rs.voorwaarden.betalingen;
  if (!b) throw nietBeschikbaar(`${rs.id} geeft geen betaalmethodiek in de bron.`, "regelset");
  return b;
}

const MAAND = /^(\d{4})-(\d{2})$/;

/** One payment month of CZ GZ 2026 (Bijlage 1), rounded to cents once. */
export function maandbetaling(rs: Regelset, inv: Betalinginvoer): Betaling {
  const b = regels(rs);
  const m = MAAND.exec(inv.maand);
  if (!m || +m[2] < 1 || +m[2] > 12) throw ongeldig("maand", `verwacht een betaalmaand als JJJJ-MM, niet "${inv.maand.slice(0, 20)}".`);
  const waarschuwingen: Waarschuwing[] = [];
  const naar = (grondslag: Dec, reden: string, bron: Bron): Betaling => {
    const g = opCenten(grondslag);
    const bedrag = g.minus(inv.eerdereBetalingen);
    return { bedrag, grondslag: g, reden: `${reden}; min eerdere CAK-betalingen ${alsBedrag(inv.eerdereBetalingen)} = ${alsBedrag(bedrag)}`, bron, waarschuwingen };
  };

  if (inv.voorschot === false) {
    const grondslag = min(inv.realisatie, inv.afspraak);
    return naar(grondslag, `Betaling op realisatie (geen voorschot): gedeclareerd ${alsBedrag(inv.realisatie)}, hoogstens de afspraak ${alsBedrag(inv.afspraak)}`, b.zonderVoorschot.bron);
  }

  const begin = b.beginvoorschot;
  if (begin && begin.maanden.includes(inv.maand)) {
    waarschuwingen.push({ id: "AMB-CZ26-BEGINVOORSCHOT", tekst: begin.onduidelijkheid, bron: begin.bron });
    const maanden = begin.maanden.indexOf(inv.maand) + 1;
    const basis = inv.afspraak.plus(inv.volumekorting ?? 0);
    const grondslag = basis.div(12).times(maanden);
    return naar(grondslag, `Voorschot: (afspraak ${alsBedrag(inv.afspraak)} + volumekorting ${alsBedrag(inv.volumekorting ?? new D(0))}) / 12 x ${maanden} = ${alsBedrag(opCenten(grondslag))}`, begin.bron);
  }

  const p = b.perioden?.find((x) => x.van <= inv.maand && inv.maand <= x.tot);
  if (!p) throw nietBeschikbaar(`${rs.id} geeft voor ${inv.maand} geen betaalregel (na maart volgt de definitieve financiering via de nacalculatie).`, "maand");
  if (p.voorschotMaanden > 0 && b.voorschotMaandOnduidelijkheid) waarschuwingen.push({ id: "AMB-CZ26-VOORSCHOT", tekst: b.voorschotMaandOnduidelijkheid, bron: p.bron });
  const voorschot = inv.afspraak.div(12).times(p.voorschotMaanden);
  const grondslag = min(inv.realisatie.plus(voorschot), inv.afspraak);
  return naar(
    grondslag,
    `Gedeclareerd ${alsBedrag(inv.realisatie)} + ${p.voorschotMaanden} maand(en) voorschot ${alsBedrag(opCenten(voorschot))}, hoogstens de ${p.plafond} ${alsBedrag(inv.afspraak)}: ${alsBedrag(opCenten(grondslag))}`,
    p.bron,
  );
}

/** New providers are paid on realisation, without advance, for at least half a year (CZ21-P3, CZ26-P3). */
export function voorschotMogelijk(rs: Regelset, categorie: Categorie, maandenGecontracteerd: number): Oordeel {
  const z = regels(rs).zonderVoorschot;
  if (!Number.isInteger(maandenGecontracteerd) || maandenGecontracteerd < 0) throw ongeldig("maanden", "verwacht een geheel aantal maanden van 0 of meer.");
  const n = z.nieuwMinimaalMaanden.waarde;
  if (categorie !== "nieuw") return { ok: true, reden: "Geen nieuwe zorgaanbieder: bevoorschotting volgens de methodiek (tenzij historisch zonder voorschot)", bron: z.bron };
  const ok = maandenGecontracteerd >= n;
  return {
    ok,
    reden: ok
      ? `Nieuwe zorgaanbieder na ${maandenGecontracteerd} maanden: de termijn van minimaal ${n} maanden betaling op realisatie is voorbij; een voorschot is niet automatisch`
      : `Nieuwe zorgaanbieder: de eerste ${n} maanden (minimaal) betaling achteraf op realisatie, geen voorschot`,
    bron: z.nieuwMinimaalMaanden.bron,
  };
}

