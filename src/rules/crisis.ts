import { D, type Dec, alsBedrag, alsGetal, alsPercentage, min, opCenten } from "./decimaal";
import { nietBeschikbaar } from "./fouten";
import type { Regelset } from "./regelset";
import type { Stap, Uitleg, Waarschuwing } from "./typen";

export interface Crisisinvoer {
  bedden: Dec;
  bezet: Dec;
  onbezet: Dec;
  tarief?: Dec;
  leegstandtarief?: Dec;
}

export interface Crisisvergoeding extends Uitleg {
  vergoedeDagen: Dec;
  /** Euros, only when a tarief was given. */
  bedrag?: Dec;
  /** Days above the cap (declared but not reimbursed). */
  bovenCap: Dec;
  cap?: Dec;
}

/** Reimbursed crisis days (or euros with a tarief) per the rule set's crisis regime. */
export function berekenCrisisvergoeding(rs: Regelset, inv: Crisisinvoer): Crisisvergoeding {
  const c = rs.crisis;
  if (!c) throw nietBeschikbaar(rs.crisisOntbreekt?.reden ?? `${rs.id} heeft geen regel voor crisisvergoeding.`, "regelset");
  const stappen: Stap[] = [];
  const waarschuwingen: Waarschuwing[] = [];
  const totaal = inv.bezet.plus(inv.onbezet);

  if (c.soort === "cz2021") {
    const cap = inv.bedden.times(c.capDagenPerBed!.waarde);
    const leeg = totaal.isZero() ? new D(0) : inv.onbezet.div(totaal);
    const drempel = c.drempel!.waarde;
    let dagen: Dec;
    if (leeg.greaterThan(drempel)) {
      dagen = inv.bezet.plus(inv.onbezet.times(c.factor!.waarde));
      stappen.push({ stap: `Leegstand ${alsPercentage(leeg.toDecimalPlaces(4))} is meer dan ${alsPercentage(drempel)}: bezet ${alsGetal(inv.bezet)} + ${alsPercentage(c.factor!.waarde)} x onbezet ${alsGetal(inv.onbezet)} = ${alsGetal(dagen)} dagen`, waarde: dagen, bron: c.drempel!.bron });
    } else {
      dagen = totaal;
      stappen.push({ stap: `Leegstand ${alsPercentage(leeg.toDecimalPlaces(4))} is niet meer dan ${alsPercentage(drempel)}: bezet + onbezet = ${alsGetal(dagen)} dagen`, waarde: dagen, bron: c.drempel!.bron });
    }
    waarschuwingen.push({ id: "AMB-CZ21-CRISIS", tekst: "Leegstand gemeten tegen de gedeclareerde dagen (bezet + onbezet), zonder afronding; de regel springt bij 50% (meer dan 50% leeg halveert de onbezette dagen).", bron: c.drempel!.bron });
    let bovenCap = new D(0);
    if (dagen.greaterThan(cap)) {
      bovenCap = dagen.minus(cap);
      dagen = min(dagen, cap);
      stappen.push({ stap: `Begrensd op 365 dagen x ${alsGetal(inv.bedden)} bedden = ${alsGetal(cap)} dagen`, waarde: dagen, bron: c.capDagenPerBed!.bron });
      waarschuwingen.push({ id: "AMB-CZ21-CAP", tekst: "Welke dagen boven de 365 per bed vervallen staat niet in de bron; standaard wordt de uitkomst op het maximum gezet.", bron: c.capDagenPerBed!.bron });
    } else if (totaal.greaterThan(cap)) {
      waarschuwingen.push({ id: "AMB-CZ21-CAP", tekst: `Er zijn meer dagen gedeclareerd (${alsGetal(totaal)}) dan 365 x bedden (${alsGetal(cap)}); de vergoeding valt binnen het maximum.`, bron: c.capDagenPerBed!.bron });
    }
    const uit: Crisisvergoeding = { vergoedeDagen: dagen, bovenCap, cap, stappen, waarschuwingen };
    if (inv.tarief) {
      uit.bedrag = opCenten(dagen.times(inv.tarief));
      stappen.push({ stap: `${alsGetal(dagen)} dagen x ${alsBedrag(inv.tarief)} = ${alsBedrag(uit.bedrag)}`, waarde: uit.bedrag, bron: c.bron });
    }
    return uit;
  }

  if (c.soort === "onderhandeld") {
    stappen.push({ stap: `Vergoed: bezet ${alsGetal(inv.bezet)} + onbezet ${alsGetal(inv.onbezet)} = ${alsGetal(totaal)} dagen (leegstand tegen een onderhandeld tarief)`, waarde: totaal, bron: c.bron });
    const uit: Crisisvergoeding = { vergoedeDagen: totaal, bovenCap: new D(0), stappen, waarschuwingen };
    if (inv.tarief) {
      if (!inv.leegstandtarief && !inv.onbezet.isZero()) {
        throw nietBeschikbaar("Het leegstandtarief voor crisisbedden wordt per aanbieder onderhandeld en staat niet in de bron; geef het argument leegstandtarief.", "leegstandtarief");
      }
      const leeg = inv.leegstandtarief ?? new D(0);
      uit.bedrag = opCenten(inv.bezet.times(inv.tarief).plus(inv.onbezet.times(leeg)));
      stappen.push({ stap: `Bezet ${alsGetal(inv.bezet)} x ${alsBedrag(inv.tarief)} + onbezet ${alsGetal(inv.onbezet)} x ${alsBedrag(leeg)} = ${alsBedrag(uit.bedrag)}`, waarde: uit.bedrag, bron: c.bron });
    }
    return uit;
  }

  // Zilveren Kruis: availability guarantee; occupancy below the norm lowers next year's agreement.
  stappen.push({ stap: `Vergoed: bezet ${alsGetal(inv.bezet)} + onbezet ${alsGetal(inv.onbezet)} = ${alsGetal(totaal)} dagen (beschikbaarheidsgarantie)`, waarde: totaal, bron: c.bron });
  if (c.bezettingsnorm && !totaal.isZero()) {
    const bezetting = inv.bezet.div(totaal);
    const advies = bezetting.lessThan(c.bezettingsnorm.waarde) ? "lager dan de norm: de afspraak wordt in principe verlaagd" : "voldoet aan de norm";
    stappen.push({ stap: `Bezettingsgraad ${alsPercentage(bezetting.toDecimalPlaces(4))} ${advies} (${alsPercentage(c.bezettingsnorm.waarde)})`, waarde: null, bron: c.bezettingsnorm.bron });
  }
  const uit: Crisisvergoeding = { vergoedeDagen: totaal, bovenCap: new D(0), stappen, waarschuwingen };
  if (inv.tarief) {
    // ZK22-C4 "ontvangen een vergoeding voor die onbenutte crisisdagen" names no amount: euros for empty days need the agreed one.
    if (!inv.leegstandtarief && !inv.onbezet.isZero()) {
      throw nietBeschikbaar(
        `${rs.zorgkantoor} vergoedt onbezette crisisdagen, maar de bron noemt niet tegen welk tarief; geef het argument leegstandtarief (zonder tarief geeft de functie dagen).`,
        "leegstandtarief",
      );
    }
    const leeg = inv.leegstandtarief ?? new D(0);
    uit.bedrag = opCenten(inv.bezet.times(inv.tarief).plus(inv.onbezet.times(leeg)));
    stappen.push({ stap: `Bezet ${alsGetal(inv.bezet)} x ${alsBedrag(inv.tarief)} + onbezet ${alsGetal(inv.onbezet)} x ${alsBedrag(leeg)} = ${alsBedrag(uit.bedrag)}`, waarde: uit.bedrag, bron: c.bron });
  }
  return uit;
}

/** Zilveren Kruis crisis herschikking (ZK22-C6): expected occupancy below 70% lowers the agreement "in principe". */
export function crisisBezettingsadvies(rs: Regelset, verwachteBezetting: Dec): "verlagen" | "gelijk" {
  const norm = rs.crisis?.bezettingsnorm;
  if (!norm) throw nietBeschikbaar(`${rs.id} kent geen bezettingsnorm voor crisisbedden.`, "regelset");
  return verwachteBezetting.lessThan(norm.waarde) ? "verlagen" : "gelijk";
}
