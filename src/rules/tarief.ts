import { type Dec, EEN, NUL, alsPercentage, max, min, opCenten } from "./decimaal";
import { bron, isNietGepubliceerd, SEEDS, type Bron } from "./bronnen";
import { nietBeschikbaar } from "./fouten";
import type { Regelset, Tariefregel } from "./regelset";
import type { OnduidelijkheidId } from "./onduidelijkheden";
import type { Aanbiederprofiel, Leveringsvorm, Onderdeel, Stap, Uitleg, Waarschuwing } from "./typen";

export interface Tariefpercentage extends Uitleg {
  regelset: Regelset;
  /** Percentage of the NZa zorg component, as a fraction. */
  percentage: Dec;
  /** Highest percentage the rules allow for this provider (WLZ-TAR-001 above it). */
  maximum: Dec;
  /** Lowest percentage the rules give (WLZ-TAR-004 below it). */
  minimum: Dec;
  nhcNicPercentage: Dec;
  /**
   * True when the NHC/NIC percentage is the documented default rather than a value the rule set's own source gives
   * (AMB-NHCNIC: Zilveren Kruis 2022-2023, table 003). The checker reports a deviation from it as a warning.
   */
  nhcNicStandaard: boolean;
}

const NZA_MAXIMUM = bron(SEEDS.NVI_2021, "§2.3 geen opslag boven het NZa-maximumtarief (VID-0051, 0467)", "VID-0051");
const AMB_PP: OnduidelijkheidId = "AMB-PP";

/** Mutable state while the rules of a rule set are applied in order. */
interface Toestand {
  pct: Dec;
  max: Dec;
  min: Dec;
  stappen: Stap[];
  waarschuwingen: Waarschuwing[];
  verlagingen: string[];
}

function stap(t: Toestand, tekst: string, b: Bron, waarde: Dec | null = t.pct): void {
  t.stappen.push({ stap: tekst, waarde, bron: b });
}

function zet(t: Toestand, pct: Dec, maximum: Dec = pct, minimum: Dec = pct): void {
  t.pct = pct;
  t.max = maximum;
  t.min = minimum;
}

function waarschuw(t: Toestand, id: OnduidelijkheidId, tekst: string, b: Bron): void {
  if (t.waarschuwingen.some((w) => w.id === id && w.tekst === tekst)) return;
  t.waarschuwingen.push({ id, tekst, bron: b });
}

function heeft<T extends Tariefregel["soort"]>(rs: Regelset, soort: T): Extract<Tariefregel, { soort: T }> | undefined {
  return rs.tarief.regels.find((r) => r.soort === soort) as Extract<Tariefregel, { soort: T }> | undefined;
}

/**
 * Exception of CZ26-T10 ("Wij kunnen een uitzondering maken"): granted by the zorgkantoor, so it follows the profile's
 * Uitzondering, for a new provider and for one that is existing but new for this zorgkantoor alike.
 */
function isUitzondering(rs: Regelset, p: Aanbiederprofiel): boolean {
  return !!heeft(rs, "uitzonderingTotBasis") && (p.categorie === "nieuw" || p.categorie === "bestaand-nieuw") && !!p.uitzondering;
}

/**
 * Who the new-provider rule reaches: new providers, and where the rule set has the CZ26-T10 exception also
 * bestaand-nieuw (new for this zorgkantoor: "alle nieuwe zorgaanbieders die in 2026 voor het eerst een
 * Wlz-overeenkomst aangaan met het zorgkantoor"), as long as no exception was granted.
 */
function valtOnderNieuw(rs: Regelset, p: Aanbiederprofiel, uitzondering: boolean): boolean {
  if (uitzondering) return false;
  return p.categorie === "nieuw" || (p.categorie === "bestaand-nieuw" && !!heeft(rs, "uitzonderingTotBasis"));
}

/** The lower-tariff categories of CZ26 §5.1.2a that the 100% of VPT/DTV/logeren does not reach (CZ26-T15). */
function lagerTariefCategorie(rs: Regelset, p: Aanbiederprofiel, basis: Dec | undefined): string | undefined {
  if (p.categorie === "nieuw") return "nieuwe zorgaanbieder";
  if (p.categorie === "bestaand-nieuw") return "bestaand maar nieuw voor het zorgkantoor";
  if (p.lagereKosten && heeft(rs, "lagereKosten")) return "historisch lagere kosten";
  if (p.regionaleBijdrage === "niet actief" && heeft(rs, "regionaleBijdrage")) return "geen actieve regionale bijdrage";
  if (p.tariefpercentageVorigJaar && heeft(rs, "historischLager")) {
    if (!basis) return undefined;
    if (p.tariefpercentageVorigJaar.lessThan(basis)) return "historisch lager tarief";
  }
  return undefined;
}

function basisVan(rs: Regelset, p: Aanbiederprofiel, t: Toestand): Dec {
  const b = rs.tarief.basis;
  const naam = rs.tarief.soortBasis === "richttarief" ? "Richttarief" : "Basistarief";
  if (isNietGepubliceerd(b)) {
    if (!p.richttarief) throw nietBeschikbaar(`${b.wat}; ${b.aanvullen}.`, "Richttarief");
    zet(t, p.richttarief);
    stap(t, `${naam} uit het aanbiedersprofiel (niet gepubliceerd in de bron): ${alsPercentage(p.richttarief)}`, b.bron);
    return p.richttarief;
  }
  zet(t, b.waarde);
  stap(t, `${naam} ${alsPercentage(b.waarde)} van het NZa-maximumtarief`, b.bron);
  if (p.richttarief && !p.richttarief.equals(b.waarde)) {
    stap(t, `Richttarief ${alsPercentage(p.richttarief)} uit het profiel genegeerd: de regelset heeft ${alsPercentage(b.waarde)}`, b.bron, null);
  }
  return b.waarde;
}

/**
 * The percentage of the NZa zorg component for a provider, leveringsvorm and onderdeel, with the
 * derivation as a trail of steps (each with its source) and the ambiguities met on the way.
 */
export function berekenTariefpercentage(rs: Regelset, lv: Leveringsvorm, p: Aanbiederprofiel, onderdeel: Onderdeel = "zorg"): Tariefpercentage {
  const t: Toestand = { pct: NUL, max: NUL, min: NUL, stappen: [], waarschuwingen: [], verlagingen: [] };
  const nhcNic = rs.tarief.nhcNic;
  if (nhcNic.onduidelijkheid) waarschuw(t, "AMB-NHCNIC", nhcNic.onduidelijkheid, nhcNic.bron);

  for (const g of rs.tarief.geenAfspraak ?? []) {
    if (g.leveringsvormen.includes(lv) && (!g.categorieen || g.categorieen.includes(p.categorie))) throw nietBeschikbaar(g.reden, "leveringsvorm");
  }

  // CZ26-T14: 100% for VPT/DTV/logeren needs no richttarief, so it is decided before the basis.
  const honderd = heeft(rs, "honderdProcent");
  if (honderd && honderd.leveringsvormen.includes(lv)) {
    const basisBekend = isNietGepubliceerd(rs.tarief.basis) ? p.richttarief : rs.tarief.basis.waarde;
    if (p.tariefpercentageVorigJaar && !basisBekend && heeft(rs, "historischLager")) {
      throw nietBeschikbaar(
        "Of het historisch lagere tarief onder het richttarief ligt, is zonder richttarief niet te bepalen; vul het veld Richttarief van het aanbiedersprofiel in.",
        "Richttarief",
      );
    }
    const lager = lagerTariefCategorie(rs, p, basisBekend);
    if (honderd.uitgezonderd.includes(onderdeel)) {
      stap(t, `100% voor ${lv} geldt niet voor het onderdeel ${onderdeel}`, honderd.bronUitzondering, null);
    } else if (lager) {
      stap(t, `100% voor ${lv} geldt niet voor de categorie met een lager tarief (${lager})`, honderd.bronUitzondering, null);
      waarschuw(t, "AMB-CZ26-VOETNOOT", "Voetnoot [1] die 'de categorie zorgaanbieders met een lager tarief' definieert ontbreekt in de bron; standaard: de vier categorieën van §5.1.2a (nieuw, historisch lager tarief, historisch lagere kosten, geen actieve regionale bijdrage).", honderd.bronUitzondering);
    } else {
      zet(t, EEN);
      stap(t, `Tariefpercentage ${lv} 100%`, honderd.bron);
      if (honderd.onduidelijkheid) waarschuw(t, "AMB-CZ26-HONDERD", honderd.onduidelijkheid, honderd.bron);
      return afronden(rs, t, nhcNic);
    }
  }

  const basis = basisVan(rs, p, t);
  const uitzondering = isUitzondering(rs, p);

  for (const r of rs.tarief.regels) {
    switch (r.soort) {
      case "honderdProcent":
        break;
      case "opslag":
        if (p[r.kenmerk] && (!r.leveringsvormen || r.leveringsvormen.includes(lv))) {
          zet(t, t.pct.plus(r.pp));
          stap(t, `${r.omschrijving}: +${alsPercentage(r.pp).replace("%", "")} procentpunt`, r.bron);
          if (r.onduidelijkheid) waarschuw(t, AMB_PP, r.onduidelijkheid, r.bron);
        }
        break;
      case "vastPercentage":
        if (p[r.kenmerk]) {
          zet(t, r.percentage);
          stap(t, r.omschrijving, r.bron);
        }
        break;
      case "uitzonderingTotBasis":
        if (uitzondering) {
          const wie = p.categorie === "nieuw" ? "nieuwe aanbieder" : "bestaand maar nieuw voor het zorgkantoor";
          if (p.afgesprokenPercentage) {
            zet(t, min(p.afgesprokenPercentage, basis), basis);
            stap(t, `Uitzondering (${wie}): afgesproken ${alsPercentage(p.afgesprokenPercentage)}, niet hoger dan het richttarief`, r.bron);
          } else {
            // The outcome of the talks is not known: the rule set's range is the new-provider rate up to the basis.
            const nieuw = heeft(rs, "nieuweAanbieder");
            const onder = nieuw?.verlagingPp ? basis.minus(nieuw.verlagingPp) : basis;
            zet(t, basis, basis, onder);
            stap(t, `Uitzondering (${wie}): tarief in overleg, hoogstens het richttarief; marge ${alsPercentage(onder)} tot ${alsPercentage(basis)}`, r.bron);
            if (r.onduidelijkheid) {
              waarschuw(t, "AMB-CZ26-UITZONDERING", "Het tarief bij de uitzondering is de uitkomst van een gesprek; zonder Afgesproken percentage wordt het richttarief (de bovengrens) getoond.", r.bron);
            }
          }
          t.verlagingen.push("uitzondering");
        }
        break;
      case "nieuweAanbieder":
        if (valtOnderNieuw(rs, p, uitzondering)) {
          if (r.alleenLeveringsvormen && !r.alleenLeveringsvormen.includes(lv)) {
            throw nietBeschikbaar(`${rs.zorgkantoor} maakt met nieuwe aanbieders alleen afspraken voor ${r.alleenLeveringsvormen.join(" en ")}, niet voor ${lv}.`, "leveringsvorm");
          }
          if (r.verlagingPp) {
            zet(t, basis.minus(r.verlagingPp));
            stap(t, `${p.categorie === "nieuw" ? "Nieuwe zorgaanbieder" : "Bestaand maar nieuw voor het zorgkantoor (nieuw voor dit zorgkantoor)"}: ${alsPercentage(r.verlagingPp).replace("%", "")} procentpunt lager dan het richttarief`, r.bron);
            const u = heeft(rs, "uitzonderingTotBasis");
            if (u && p.categorie === "bestaand-nieuw" && p.uitzondering === undefined) {
              // CZ26-T10: bestaand-nieuw belongs to the exception the zorgkantoor may grant; without the profile saying so, the range is R-2 to R.
              zet(t, t.pct, basis, t.pct);
              stap(t, `Uitzondering mogelijk (bestaand maar nieuw): in overleg tot hoogstens het richttarief ${alsPercentage(basis)}`, u.bron, null);
              if (u.onduidelijkheid) waarschuw(t, "AMB-CZ26-UITZONDERING", u.onduidelijkheid, u.bron);
            }
          } else if (r.vastPercentage) {
            zet(t, r.vastPercentage);
            stap(t, `Nieuwe zorgaanbieder: ${alsPercentage(r.vastPercentage)}`, r.bron);
          } else if (p.afgesprokenPercentage) {
            zet(t, min(p.afgesprokenPercentage, t.pct));
            stap(t, `Nieuwe zorgaanbieder: lager tarief, afgesproken ${alsPercentage(p.afgesprokenPercentage)}`, r.bron);
          } else {
            throw nietBeschikbaar(
              `Het lagere tarief van ${rs.zorgkantoor} voor nieuwe aanbieders staat niet in de bron; vul het veld Afgesproken percentage van het aanbiedersprofiel in.`,
              "Afgesproken percentage",
            );
          }
          if (r.onduidelijkheid) waarschuw(t, AMB_PP, r.onduidelijkheid, r.bron);
          t.verlagingen.push("nieuwe aanbieder");
        }
        break;
      case "historischLager": {
        const vorig = p.tariefpercentageVorigJaar;
        if (!vorig) break;
        if (r.regime === "behouden" && vorig.lessThan(t.pct)) {
          zet(t, vorig);
          stap(t, `Historisch lager tariefpercentage ${alsPercentage(vorig)} blijft (niet verhoogd)`, r.bron);
          if (r.onduidelijkheid) waarschuw(t, "AMB-HISTORISCH", r.onduidelijkheid, r.bron);
          t.verlagingen.push("historisch lager tarief");
        } else if (r.regime === "nooitBovenBasis" && vorig.lessThan(basis)) {
          const pct = p.afgesprokenPercentage ? min(p.afgesprokenPercentage, basis) : vorig;
          zet(t, pct, basis, min(pct, vorig));
          stap(
            t,
            p.afgesprokenPercentage
              ? `Historisch lager tarief (${alsPercentage(vorig)}): afgesproken ${alsPercentage(p.afgesprokenPercentage)}, nooit boven het richttarief`
              : `Historisch lager tarief: ${alsPercentage(vorig)} blijft in afwachting van overleg; nooit boven het richttarief`,
            r.bron,
          );
          if (r.onduidelijkheid) waarschuw(t, "AMB-HISTORISCH", r.onduidelijkheid, r.bron);
          t.verlagingen.push("historisch lager tarief");
        }
        break;
      }
      case "lagereKosten":
        if (p.lagereKosten) {
          const grens = basis.minus(r.verlagingPp);
          const pct = p.afgesprokenPercentage ? min(p.afgesprokenPercentage, grens) : grens;
          zet(t, min(pct, t.pct), min(grens, t.max));
          stap(t, `Historisch lagere kosten: minimaal ${alsPercentage(r.verlagingPp).replace("%", "")} procentpunt onder het richttarief`, r.bron);
          waarschuw(t, AMB_PP, "'2% lager' kan procentpunten of relatief betekenen; standaard procentpunten.", r.bron);
          t.verlagingen.push("historisch lagere kosten");
        }
        break;
      case "regionaleBijdrage":
        if (p.regionaleBijdrage === "niet actief") {
          if (!p.afgesprokenPercentage) {
            throw nietBeschikbaar(
              `${r.omschrijving}; vul het veld Afgesproken percentage van het aanbiedersprofiel in.`,
              "Afgesproken percentage",
            );
          }
          const pct = min(p.afgesprokenPercentage, t.pct);
          zet(t, pct, pct);
          stap(t, `${r.omschrijving}: afgesproken ${alsPercentage(p.afgesprokenPercentage)}`, r.bron);
          t.verlagingen.push("geen actieve regionale bijdrage");
        }
        break;
      case "monitor":
        if (p.categorie !== "nieuw") {
          const vorig = p.tariefpercentageVorigJaar;
          if (!vorig) {
            throw nietBeschikbaar(`${rs.zorgkantoor} rekent vanaf het tariefpercentage van vorig jaar; vul het veld Tariefpercentage vorig jaar van het aanbiedersprofiel in.`, "Tariefpercentage vorig jaar");
          }
          const uitkomst = p.monitor ?? "gelijk";
          if (!p.monitor) waarschuw(t, "AMB-MONITOR", "Geen monitoruitkomst in het profiel; standaard 'gelijk'.", r.bron);
          if (uitkomst === "verhoging") {
            zet(t, vorig.plus(r.stapPp), vorig.plus(r.stapPp), vorig);
            stap(t, `Monitor: verhoging van maximaal ${alsPercentage(r.stapPp).replace("%", "")} procentpunt t.o.v. ${alsPercentage(vorig)}`, r.bron);
          } else if (uitkomst === "verlaging") {
            zet(t, vorig.minus(r.stapPp), vorig, vorig.minus(r.stapPp));
            stap(t, `Monitor: verlaging van maximaal ${alsPercentage(r.stapPp).replace("%", "")} procentpunt t.o.v. ${alsPercentage(vorig)}`, r.bron);
          } else {
            zet(t, vorig);
            stap(t, `Monitor: gelijkblijvend tariefpercentage ${alsPercentage(vorig)}`, r.bron);
          }
          if (uitkomst !== "gelijk") {
            waarschuw(t, "AMB-DSW", "'maximaal 1%' kan elke stap tot 1 procentpunt betekenen; standaard de volle stap, met het bereik als toegestane marge.", r.bron);
          }
        }
        break;
      case "differentiatie":
        if (p.differentiatie && p.categorie !== "nieuw") {
          const d = max(r.minPp, min(p.differentiatie, r.maxPp));
          zet(t, basis.plus(d));
          stap(t, `Differentiatie ${d.isNegative() ? "" : "+"}${alsPercentage(d).replace("%", "")} procentpunt t.o.v. het richttarief`, r.bron);
          if (r.onduidelijkheid) waarschuw(t, AMB_PP, r.onduidelijkheid, r.bron);
          if (!d.equals(p.differentiatie)) {
            stap(t, `Gevraagde differentiatie ${alsPercentage(p.differentiatie).replace("%", "")} procentpunt begrensd tot [${alsPercentage(r.minPp).replace("%", "")}; +${alsPercentage(r.maxPp).replace("%", "")}]`, r.bron, null);
          }
        }
        break;
      case "vrijVoorstel":
        if (p.afgesprokenPercentage && p.categorie === "bestaand") {
          const pct = min(p.afgesprokenPercentage, r.tot);
          zet(t, pct);
          stap(t, `Free proposal: afgesproken ${alsPercentage(pct)} (in plaats van de opslag bewegingen en doelen)`, r.bron);
          waarschuw(t, "AMB-FREEPROPOSAL", "'Free proposal tot 100%' is gelezen als een tariefpercentage van het NZa-tarief tot 100%.", r.bron);
        }
        break;
      case "plafond":
        if (t.pct.greaterThan(r.percentage) || t.max.greaterThan(r.percentage)) {
          zet(t, min(t.pct, r.percentage), min(t.max, r.percentage), min(t.min, r.percentage));
          stap(t, `Begrensd op het maximum van ${alsPercentage(r.percentage)}`, r.bron);
        } else {
          stap(t, `Maximum ${alsPercentage(r.percentage)} niet overschreden`, r.bron);
        }
        break;
    }
  }

  if (t.verlagingen.length > 1) {
    waarschuw(t, "AMB-STAPELING", `Meerdere verlagingen zijn van toepassing (${t.verlagingen.join(", ")}); de bron zegt niet of ze stapelen. Standaard: de laagste uitkomst.`, rs.bron);
  }
  if (p.afgesprokenPercentage && !t.stappen.some((s) => s.stap.includes("afgesproken") || s.stap.includes("Free proposal"))) {
    stap(t, `Afgesproken percentage ${alsPercentage(p.afgesprokenPercentage)} speelt in deze regelset geen rol bij de berekening`, rs.bron, null);
  }
  if (onderdeel !== "zorg") {
    stap(t, `Dit percentage geldt voor het onderdeel ${onderdeel}`, rs.bron, null);
  }
  return afronden(rs, t, nhcNic);
}

/** Never above the NZa maximum tariff (100%). */
function afronden(rs: Regelset, t: Toestand, nhcNic: Regelset["tarief"]["nhcNic"]): Tariefpercentage {
  if (t.pct.greaterThan(EEN) || t.max.greaterThan(EEN)) {
    zet(t, min(t.pct, EEN), min(t.max, EEN), min(t.min, EEN));
    stap(t, "Begrensd op 100%: nooit boven het NZa-maximumtarief", NZA_MAXIMUM);
  }
  return {
    regelset: rs,
    percentage: t.pct,
    maximum: max(t.max, t.pct),
    minimum: min(t.min, t.pct),
    nhcNicPercentage: nhcNic.waarde,
    nhcNicStandaard: !!nhcNic.onduidelijkheid,
    stappen: t.stappen,
    waarschuwingen: t.waarschuwingen,
  };
}

export interface NzaComponenten {
  zorg: Dec;
  nhc: Dec;
  nic: Dec;
}

export interface Tarief extends Tariefpercentage {
  bedrag: Dec;
}

/** Tarief = percentage x zorg + NHC/NIC-percentage x (NHC + NIC), rounded once to cents, half away from zero. */
export function berekenTarief(rs: Regelset, lv: Leveringsvorm, nza: NzaComponenten, p: Aanbiederprofiel, onderdeel: Onderdeel = "zorg"): Tarief {
  const tp = berekenTariefpercentage(rs, lv, p, onderdeel);
  return { ...tp, bedrag: tariefBedrag(tp, nza) };
}

/** The tarief for an already derived percentage: percentage x zorg + NHC/NIC-percentage x (NHC + NIC), once rounded to cents. */
export function tariefBedrag(tp: Tariefpercentage, nza: NzaComponenten): Dec {
  return opCenten(tp.percentage.times(nza.zorg).plus(tp.nhcNicPercentage.times(nza.nhc.plus(nza.nic))));
}

/** The trail as rows for WLZ.TARIEFUITLEG: steps, then warnings, then the NHC/NIC percentage. */
export function uitlegRijen(tp: Tariefpercentage): { stap: string; waarde: Dec | null; bron: Bron; waarschuwing: boolean }[] {
  const rijen = tp.stappen.map((s) => ({ ...s, waarschuwing: false }));
  rijen.push({ stap: `NHC/NIC ${alsPercentage(tp.nhcNicPercentage)} (${tp.regelset.tarief.nhcNic.vorm === "apart" ? "NHC en NIC apart" : "één component NHC/NIC"})`, waarde: tp.nhcNicPercentage, bron: tp.regelset.tarief.nhcNic.bron, waarschuwing: false });
  for (const w of tp.waarschuwingen) rijen.push({ stap: `Let op (${w.id}): ${w.tekst}`, waarde: null, bron: w.bron, waarschuwing: true });
  return rijen;
}

