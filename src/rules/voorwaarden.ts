import { D, type Dec, alsBedrag, alsPercentage, opCenten } from "./decimaal";
import type { Bron } from "./bronnen";
import { nietBeschikbaar, ongeldig } from "./fouten";
import { kort } from "./invoer";
import { moment, plusMaanden, type Tijdstip, toon } from "./kalender";
import type { Regelset } from "./regelset";
import type { Categorie, Sector, Waarschuwing } from "./typen";

/** Outcome of a yes/no rule with its reason and source. */
export interface Oordeel {
  ok: boolean;
  reden: string;
  bron: Bron;
}

/** Registration on time: at or before the deadline (a submission one minute after 17:00 is late). */
export function inschrijvingTijdig(rs: Regelset, ingediend: Tijdstip): Oordeel {
  const t = rs.voorwaarden.inschrijving;
  if (!t) throw nietBeschikbaar(`${rs.id} heeft geen inschrijftermijn in de bron.`, "regelset");
  const ok = moment(ingediend) <= moment(t.uiterlijk);
  return { ok, reden: ok ? `Ingediend vóór de sluiting (${toon(t.uiterlijk)})` : `Te laat: de inschrijving sloot ${toon(t.uiterlijk)}`, bron: t.bron };
}

/**
 * Whether a registration date fits the rule set's purchasing year: providers register for a year in the year
 * before it (CZ 2021: 31 July 2020) or during it (tussentijds inschrijven). Any other year points at the wrong rule set.
 */
export function inschrijfjaarPast(rs: Regelset, ingediend: Tijdstip): Oordeel {
  const jaar = Number(ingediend.slice(0, 4));
  const ok = jaar === rs.jaar - 1 || jaar === rs.jaar;
  return {
    ok,
    reden: ok
      ? `Inschrijving in ${jaar} past bij inkoopjaar ${rs.jaar}`
      : `een inschrijving in ${jaar} past niet bij regelset ${rs.id} (inkoopjaar ${rs.jaar}, geldig ${toon(rs.geldigheid.van)} t/m ${toon(rs.geldigheid.tot)}); voor ${rs.jaar} schrijft u in ${rs.jaar - 1} of ${rs.jaar} in`,
    bron: rs.bron,
  };
}

/** A document is valid when it is not older than `maanden` months on the registration date. */
export function documentGeldig(rs: Regelset, soort: "kvk" | "vog" | "ubo", documentdatum: Tijdstip, inschrijfdatum: Tijdstip): Oordeel {
  if (soort === "vog" && rs.voorwaarden.vogNietVoor) {
    const grens = rs.voorwaarden.vogNietVoor;
    // The VOG must be held on the registration date and not be older than the fixed date (CZ21-K15).
    const nietTeOud = moment(documentdatum) >= moment(grens.waarde);
    const alInBezit = moment(documentdatum) <= moment(inschrijfdatum);
    const ok = nietTeOud && alInBezit;
    const reden = ok ? "VOG RP is recent genoeg" : !nietTeOud ? `VOG RP is ouder dan ${toon(grens.waarde)}` : "VOG RP is van na de inschrijfdatum; hij moet op de datum van inschrijving in bezit zijn";
    return { ok, reden, bron: grens.bron };
  }
  const regel = soort === "kvk" ? rs.voorwaarden.kvkMaanden : soort === "ubo" ? rs.voorwaarden.uboMaanden : rs.voorwaarden.vogMaanden;
  const naam = soort === "kvk" ? "KvK-uittreksel" : soort === "ubo" ? "UBO-uittreksel" : "VOG RP";
  if (!regel) throw nietBeschikbaar(`${rs.id} geeft geen maximale leeftijd voor het ${naam}.`, "regelset");
  const vroegst = plusMaanden(inschrijfdatum, -regel.waarde, "inschrijfdatum");
  const ok = moment(documentdatum) >= moment(vroegst) && moment(documentdatum) <= moment(inschrijfdatum);
  return { ok, reden: ok ? `${naam} is niet ouder dan ${regel.waarde} maanden` : `${naam} moet gedateerd zijn tussen ${toon(vroegst)} en de inschrijfdatum`, bron: regel.bron };
}

export function verzekeringVoldoende(rs: Regelset, bedragPerGebeurtenis: Dec): Oordeel {
  const regel = rs.voorwaarden.verzekeringMinimum;
  if (!regel) throw nietBeschikbaar(`${rs.id} geeft geen minimum voor de aansprakelijkheidsverzekering.`, "regelset");
  const ok = bedragPerGebeurtenis.greaterThanOrEqualTo(regel.waarde);
  return { ok, reden: ok ? "Verzekerd bedrag voldoende" : `Verzekerd bedrag lager dan ${alsBedrag(regel.waarde)} per gebeurtenis`, bron: regel.bron };
}

/** CZ21-P2: a one-off payment or withholding is only offered when it is more than the threshold. */
export function betalingAangeboden(rs: Regelset, bedrag: Dec): Oordeel {
  const regel = rs.voorwaarden.betalingsdrempel;
  if (!regel) throw nietBeschikbaar(`${rs.id} kent geen minimale betalingsomvang.`, "regelset");
  const ok = bedrag.abs().greaterThan(regel.waarde);
  return { ok, reden: ok ? `Meer dan ${alsBedrag(regel.waarde)}: betaling wordt aangeboden` : `Niet meer dan ${alsBedrag(regel.waarde)}: verrekening via de nacalculatie`, bron: regel.bron };
}

export interface Onderaanneming {
  verwachteZorg: Dec;
  onderaanneming: Dec;
  /** Care by 100% subsidiaries or members of a zorgcoöperatie: does not count (VID-1237). */
  volleDochters?: Dec;
  /** A whole ZZP or VPT delivered by a subcontractor. */
  heelPakketUitbesteed?: boolean;
  /** The zorgkantoor consented to that (CZ26-K10); absent = no consent. */
  toestemmingZorgkantoor?: boolean;
}

export interface OnderaannemingOordeel extends Oordeel {
  aandeel: Dec;
  eigenAandeel: Dec;
  waarschuwingen: Waarschuwing[];
}

/**
 * At least 2/3 own delivery; subsidiaries do not count where the rule set says so (VID-1237; a default with a warning
 * for CZ GZ 2026); a whole ZZP/VPT may not be subcontracted, in CZ GZ 2026 unless the zorgkantoor consents.
 */
export function beoordeelOnderaanneming(rs: Regelset, o: Onderaanneming): OnderaannemingOordeel {
  const regel = rs.voorwaarden.eigenLevering;
  if (!regel) throw nietBeschikbaar(`${rs.id} geeft geen regel voor onderaanneming.`, "regelset");
  if (o.verwachteZorg.isZero() || o.verwachteZorg.isNegative()) throw ongeldig("verwachte zorg", "moet groter dan nul zijn.");
  const waarschuwingen: Waarschuwing[] = [];
  const dochters = rs.voorwaarden.volleDochtersTellenNiet;
  const aftrek = o.volleDochters && !o.volleDochters.isZero() ? o.volleDochters : undefined;
  if (aftrek && dochters?.onduidelijkheid) waarschuwingen.push({ id: "AMB-CZ26-DOCHTERS", tekst: dochters.onduidelijkheid, bron: dochters.bron });
  const telt = dochters && aftrek ? o.onderaanneming.minus(aftrek) : o.onderaanneming;
  const aandeel = telt.isNegative() ? new D(0) : telt.div(o.verwachteZorg);
  const eigenAandeel = new D(1).minus(aandeel);
  // "tenminste 2/3": the boundary itself is allowed; compare with a tolerance for rounded inputs.
  const genoegEigen = eigenAandeel.plus("1e-9").greaterThanOrEqualTo(regel.waarde);
  const metToestemming = rs.voorwaarden.heelPakketMetToestemming;
  const pakketMag = !o.heelPakketUitbesteed || (!!metToestemming && !!o.toestemmingZorgkantoor);
  const ok = genoegEigen && pakketMag;
  const eigen = `Eigen levering ${alsPercentage(eigenAandeel.toDecimalPlaces(4))}`;
  const reden = !pakketMag
    ? metToestemming
      ? "Een ZZP of VPT mag niet in zijn geheel door een onderaannemer worden geleverd, tenzij het zorgkantoor daar toestemming voor geeft"
      : `Een ZZP of VPT mag niet in zijn geheel door een onderaannemer worden geleverd${o.toestemmingZorgkantoor ? `; ${rs.id} kent daarop geen uitzondering met toestemming` : ""}`
    : ok
      ? `${eigen} is minstens 2/3${o.heelPakketUitbesteed ? "; hele ZZP of VPT uitbesteed met toestemming van het zorgkantoor" : ""}`
      : `${eigen} is minder dan 2/3 (onderaanneming ${alsPercentage(aandeel.toDecimalPlaces(4))} > 1/3)`;
  // The consent rule is the source when it decided the outcome; otherwise the 2/3 rule.
  const bron = genoegEigen && o.heelPakketUitbesteed && metToestemming ? metToestemming : regel.bron;
  return { ok, reden, bron, aandeel, eigenAandeel, waarschuwingen };
}

export interface Contracthistorie {
  /** Has an agreement with the zorgkantoor it registers with, at registration. */
  contractMetDitZorgkantoor: boolean;
  /** Agreement with another zorgkantoor: first and last day ("YYYY-MM-DD"), if any. */
  contractElders?: { van: Tijdstip; tot?: Tijdstip };
  /** First declared care costs ("YYYY-MM-DD"), if any. */
  eersteDeclaratie?: Tijdstip;
  /** Moment of registration: the agreement elsewhere must still run then. Absent = the rule set's registration deadline. */
  inschrijfdatum?: Tijdstip;
}

/** Provider category per the rule set's definition (2021: VID-0025/0071; 2026: CZ26-K1..K3, peiljaar 2024). */
export function bepaalCategorie(rs: Regelset, h: Contracthistorie): { categorie: Categorie; reden: string; bron: Bron; waarschuwingen: Waarschuwing[] } {
  const def = rs.voorwaarden.categorie;
  if (!def) throw nietBeschikbaar(`${rs.id} geeft geen definitie van de aanbiederscategorie.`, "regelset");
  const waarschuwingen: Waarschuwing[] = def.onduidelijkheid ? [{ id: "AMB-CATEGORIE-PEILJAAR", tekst: def.onduidelijkheid, bron: def.bron }] : [];
  const uitkomst = (categorie: Categorie, reden: string) => ({ categorie, reden, bron: def.bron, waarschuwingen });
  if (h.contractMetDitZorgkantoor) return uitkomst("bestaand", "Heeft bij inschrijving een overeenkomst met dit zorgkantoor");
  const begin = `${def.peiljaar}-01-01`;
  const eind = `${def.peiljaar}-12-31`;
  const c = h.contractElders;
  if (!c) return uitkomst("nieuw", "Heeft geen overeenkomst met een zorgkantoor");
  // CZ26-K1..K3: "op het moment van inschrijven al wel een overeenkomst heeft": an agreement that ended before registration does not count.
  const peil = h.inschrijfdatum ?? rs.voorwaarden.inschrijving?.uiterlijk;
  if (c.tot && peil) {
    if (!h.inschrijfdatum) {
      waarschuwingen.push({
        id: "AMB-CATEGORIE-INSCHRIJFDATUM",
        tekst: `Geen inschrijfdatum opgegeven: of de overeenkomst elders op het moment van inschrijven nog loopt, is getoetst op de sluiting van de inschrijving (${toon(peil)}).`,
        bron: def.bron,
      });
    }
    if (moment(c.tot.slice(0, 10), "contract elders tot") < moment(peil.slice(0, 10), "inschrijfdatum")) {
      return uitkomst("nieuw", `Overeenkomst elders eindigde ${toon(c.tot)}, vóór het moment van inschrijven (${toon(peil)}): op dat moment geen overeenkomst met een ander zorgkantoor`);
    }
  }
  const heelJaar = moment(c.van) <= moment(begin) && (!c.tot || moment(c.tot) >= moment(eind));
  if (!heelJaar) return uitkomst("nieuw", `Overeenkomst elders dekt niet het hele kalenderjaar ${def.peiljaar}`);
  const d = h.eersteDeclaratie;
  const declareert =
    def.declaratieEis === "vanaf-1-januari"
      ? !!d && moment(d) <= moment(begin)
      : !!d && moment(d) <= moment(eind);
  if (!declareert) {
    return uitkomst("nieuw", def.declaratieEis === "vanaf-1-januari" ? `Declareert niet vanaf 1 januari ${def.peiljaar}` : `Heeft in ${def.peiljaar} geen zorgkosten gedeclareerd`);
  }
  return uitkomst("bestaand-nieuw", `Overeenkomst elders heel ${def.peiljaar} en declareert: bestaand maar nieuw voor het zorgkantoor`);
}

/**
 * Contract duration per category (VID-0071; CZ21-K2/K3; CZ26-K4). CZ 2026 also asks what the previous year's agreement
 * was: an existing provider with a one-year agreement for the whole previous year gets a one-year agreement again.
 */
export function contractduur(
  rs: Regelset,
  categorie: Categorie,
  vorigJaar: "heel" | "deel" | "geen" = "heel",
  vorigeOvereenkomst?: "meerjarig" | "eenjarig",
): { duur: string; bron: Bron } {
  const c = rs.voorwaarden.contractduur;
  if (!c) throw nietBeschikbaar(`${rs.id} geeft geen contractduur.`, "regelset");
  if (categorie === "bestaand" && vorigJaar === "heel" && c.bestaandHeelJaarEenjarig) {
    if (!vorigeOvereenkomst) throw ongeldig("vorige overeenkomst", `${rs.id} geeft een andere looptijd na een eenjarige overeenkomst; geef "meerjarig" of "eenjarig".`);
    if (vorigeOvereenkomst === "eenjarig") return { duur: c.bestaandHeelJaarEenjarig, bron: c.bronEenjarig ?? c.bron };
  }
  const duur = categorie === "nieuw" ? c.nieuw : categorie === "bestaand-nieuw" ? c.bestaandNieuw : vorigJaar === "heel" ? c.bestaandHeelJaar : c.bestaandDeelJaar;
  return { duur, bron: c.bron };
}

/** Zilveren Kruis (ZK22-V5): a korting above 2% on extrapolated production converts geld-volgt-klant into fixed volumes. */
export function geldVolgtKlantOmzetting(rs: Regelset, korting: Dec): Oordeel {
  const d = rs.voorwaarden.gvkKortingsdrempel;
  if (!d) throw nietBeschikbaar(`${rs.id} kent geen geld-volgt-klant-model.`, "regelset");
  const omzetten = korting.greaterThan(d.waarde);
  return {
    ok: !omzetten,
    reden: omzetten ? `Korting ${alsPercentage(korting)} is meer dan ${alsPercentage(d.waarde)}: omzetten naar vaste volumeafspraken met kortingspercentage` : `Korting ${alsPercentage(korting)}: blijft geld volgt klant`,
    bron: d.bron,
  };
}

/**
 * The sector whose tariff system applies to the whole afspraak: Zilveren Kruis (ZK22-T1) by the number of clients,
 * CZ GZ 2026 (CZ26-T20) the dominant sector, "waarbinnen de zorgaanbieder de meeste zorg levert" (by the amount of care).
 */
export function hoofdsector(rs: Regelset, omvang: Partial<Record<Sector, number>>): { sector: Sector; bron: Bron; reden: string; maatstaf: "cliënten" | "zorg" } {
  const zk = rs.voorwaarden.hoofdsector;
  const cz = rs.voorwaarden.dominanteSector;
  if (!zk && !cz) throw nietBeschikbaar(`${rs.id} kent geen hoofdsectorregel.`, "regelset");
  const maatstaf = zk ? "cliënten" : "zorg";
  const argument = zk ? "clienten" : "zorg per sector";
  const rij = (Object.entries(omvang) as [Sector, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (!rij.length) throw ongeldig(argument, zk ? "geef per sector het aantal cliënten." : "geef per sector de omvang van de geleverde zorg.");
  if (rij.length > 1 && rij[0][1] === rij[1][1]) {
    throw nietBeschikbaar(`Geen meerderheid: twee sectoren hebben evenveel ${zk ? "cliënten" : "zorg"}.`, argument);
  }
  const sector = rij[0][0];
  if (zk) return { sector, bron: zk, maatstaf, reden: `Meeste cliënten in ${sector}: het tariefpercentage van ${sector} geldt voor de hele afspraak` };
  const buiten = !rs.sectoren.includes(sector) ? `; ${rs.id} geldt voor ${rs.sectoren.join(", ")}, dus schrijf in voor ${sector}` : "";
  return {
    sector,
    bron: cz!,
    maatstaf,
    reden: `Meeste zorg in ${sector}: de tariefsystematiek en -percentages van ${sector} (met alleen de op- en afslagen van die sector) gelden voor alle zorgprofielen${buiten}`,
  };
}

/** Zilveren Kruis 2024: clients per four-digit postcode area on average at least 3. */
export function klantWerkgebiedRatio(rs: Regelset, clienten: Dec, postcodegebieden: Dec): Oordeel & { ratio: Dec } {
  const n = rs.voorwaarden.klantWerkgebiedRatio;
  if (!n) throw nietBeschikbaar(`${rs.id} kent geen klant/werkgebiedratio.`, "regelset");
  if (postcodegebieden.isZero()) throw ongeldig("postcodegebieden", "moet groter dan nul zijn.");
  const ratio = clienten.div(postcodegebieden);
  const ok = ratio.greaterThanOrEqualTo(n.waarde);
  return { ok, ratio, reden: ok ? "Voldoet aan de klant/werkgebiedratio" : `Gemiddeld ${ratio.toDecimalPlaces(2).toString().replace(".", ",")} cliënten per postcodegebied, minder dan ${n.waarde}`, bron: n.bron };
}

/** Whether a prestatie code is one of the crisis prestaties the rule set lists (CZ21-C1). */
export function isCrisisprestatie(rs: Regelset, code: string): Oordeel {
  const lijst = rs.crisis?.prestaties;
  if (!lijst) throw nietBeschikbaar(`${rs.id} noemt geen crisisprestaties.`, "regelset");
  const ok = lijst.waarde.includes(code.trim().toUpperCase());
  // the code comes from a workbook cell: shortened and without control characters in the message
  const c = kort(code.trim());
  return { ok, reden: ok ? `${c} is een crisisprestatie` : `${c} is geen crisisprestatie van ${rs.id} (${lijst.waarde.join(", ")})`, bron: lijst.bron };
}

/** Sanction amount (Bijlage 2): 12 x the lowest monthly realisation, shown next to the November agreement. */
export function sanctieplafond(laagsteMaand: Dec, novemberAfspraak: Dec): { twaalfMaal: Dec; novemberAfspraak: Dec; onduidelijk: string } {
  return {
    twaalfMaal: opCenten(laagsteMaand.times(12)),
    novemberAfspraak,
    onduidelijk: "Of het plafond 12 x de laagste maandrealisatie, de november-afspraak of het laagste/hoogste van beide is, staat niet in de bron; beide worden getoond.",
  };
}

export interface WtzaVerklaring {
  /** Care under the Zvw or the Wlz. */
  zvwOfWlz: boolean;
  /** Since when the care is given ("YYYY-MM-DD"). */
  zorgSinds: Tijdstip;
  /** Number of care providers (incl. uitbesteding and inhuur); ignored for a solist in a BV. */
  zorgverleners: number;
  solistInBv?: boolean;
  medischSpecialistisch: boolean;
}

/** CZ26 Bijlage 3: the own declaration for a Wtza-toelatingsvergunning van rechtswege holds all four conditions. */
export function wtzaEigenVerklaringGeldig(rs: Regelset, v: WtzaVerklaring): Oordeel & { gebreken: string[] } {
  const r = rs.voorwaarden.wtzaEigenVerklaring;
  if (!r) throw nietBeschikbaar(`${rs.id} kent geen eigen verklaring voor de Wtza-toelating.`, "regelset");
  const [min, max] = r.zorgverleners.waarde;
  const gebreken: string[] = [];
  if (!v.zvwOfWlz) gebreken.push("geen zorg op grond van de Zvw of de Wlz");
  if (moment(v.zorgSinds, "zorg sinds") >= moment(r.zorgVoor.waarde)) gebreken.push(`de zorg wordt niet al vóór ${toon(r.zorgVoor.waarde)} verleend`);
  if (!v.solistInBv && (v.zorgverleners < min || v.zorgverleners > max)) gebreken.push(`${v.zorgverleners} zorgverleners, niet ${min} tot maximaal ${max} (en geen solist in een BV)`);
  if (v.medischSpecialistisch) gebreken.push("wel medisch specialistische zorg verleend");
  const ok = gebreken.length === 0;
  return { ok, gebreken, reden: ok ? "De eigen verklaring voldoet aan de voorwaarden voor een Wtza-toelatingsvergunning van rechtswege" : `Eigen verklaring Wtza voldoet niet: ${gebreken.join("; ")}`, bron: r.bron };
}

/** CZ26 Bijlage 3 financieel plan: the annual accounts and budget years asked for; a starting organisation has no accounts yet. */
export function jaarstukkenCompleet(rs: Regelset, aangeleverd: { jaarrekeningen: number[]; begroting?: number; startend?: boolean }): Oordeel & { ontbrekend: string[] } {
  const j = rs.voorwaarden.jaarstukken;
  if (!j) throw nietBeschikbaar(`${rs.id} noemt geen jaarstukken bij de inschrijving.`, "regelset");
  const ontbrekend = aangeleverd.startend ? [] : j.jaarrekeningen.waarde.filter((y) => !aangeleverd.jaarrekeningen.includes(y)).map((y) => `jaarrekening ${y}`);
  if (aangeleverd.begroting !== j.begroting.waarde) ontbrekend.push(`begroting ${j.begroting.waarde}`);
  const ok = ontbrekend.length === 0;
  return { ok, ontbrekend, reden: ok ? "Jaarrekeningen en begroting zoals gevraagd" : `Ontbreekt: ${ontbrekend.join(", ")}`, bron: ontbrekend.length && !ontbrekend[0].startsWith("begroting") ? j.jaarrekeningen.bron : j.begroting.bron };
}

/** Table 003 (ZK, VGZ): no intramural care with ZZP 4 any more; VGZ "tenzij sociale context hierom vraagt". */
export function intramuraalZzpToegestaan(rs: Regelset, zzp: number, socialeContext = false): Oordeel & { waarschuwingen: Waarschuwing[] } {
  const r = rs.voorwaarden.geenIntramuraalZzp;
  if (!r) throw nietBeschikbaar(`${rs.id} sluit in de bron geen ZZP uit van intramurale zorg.`, "regelset");
  if (!Number.isInteger(zzp) || zzp < 1 || zzp > 10) throw ongeldig("zzp", "verwacht een zorgzwaartepakket van 1 tot en met 10.");
  const waarschuwingen: Waarschuwing[] = [{ id: "AMB-ZZP4", tekst: r.onduidelijkheid, bron: r.zzp.bron }];
  if (zzp !== r.zzp.waarde) return { ok: true, reden: `ZZP ${zzp}: niet uitgesloten van intramurale zorg`, bron: r.zzp.bron, waarschuwingen: [] };
  if (r.tenzijSocialeContext && socialeContext) return { ok: true, reden: `ZZP ${zzp} intramuraal: toegestaan omdat de sociale context erom vraagt`, bron: r.zzp.bron, waarschuwingen };
  return { ok: false, reden: `${rs.zorgkantoor} contracteert geen intramurale zorg met ZZP ${zzp} meer${r.tenzijSocialeContext ? ", tenzij de sociale context erom vraagt" : ""}`, bron: r.zzp.bron, waarschuwingen };
}

/** Table 003 Zorg en Zekerheid: "Groeiplafond tot 80% voor verblijf incl. behandeling, tegenover de totale intramurale mix". */
export function groeiplafondInclBehandeling(rs: Regelset, inclBehandeling: Dec, totaalIntramuraal: Dec): Oordeel & { aandeel: Dec; waarschuwingen: Waarschuwing[] } {
  const g = rs.voorwaarden.groeiplafondInclBehandeling;
  if (!g) throw nietBeschikbaar(`${rs.id} kent geen groeiplafond voor verblijf inclusief behandeling.`, "regelset");
  if (!totaalIntramuraal.greaterThan(0)) throw ongeldig("totaal intramuraal", "moet groter dan nul zijn.");
  const aandeel = inclBehandeling.div(totaalIntramuraal);
  const ok = aandeel.lessThanOrEqualTo(g.waarde);
  return {
    ok,
    aandeel,
    reden: `Verblijf inclusief behandeling ${alsPercentage(aandeel.toDecimalPlaces(4))} van de intramurale mix${ok ? ": binnen" : ": boven"} het groeiplafond van ${alsPercentage(g.waarde)}`,
    bron: g.bron,
    waarschuwingen: [{ id: "AMB-ZZ-GROEIPLAFOND", tekst: g.onduidelijkheid, bron: g.bron }],
  };
}
