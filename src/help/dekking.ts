/**
 * Which rule sets a function covers and where each rule comes from, read from the rule sets themselves (the
 * data the functions compute with), so a help page lists exactly the sources the function uses. Sources are
 * shown as users look them up: document title, section and rule id (bronTekst), never file names or lines.
 */
import type { WlzFunctieId } from "../functions/berekeningen";
import {
  alleRegelsets,
  alsPercentage,
  type Bron,
  bronTekst,
  isNietGepubliceerd,
  type Regelset,
  RegelFout,
  termijn,
  TERMIJNSOORTEN,
} from "../rules";

/** What a function does with one rule set: what it computes and from which sources, or why it answers #N/B. */
export type Dekking = { wat: string; bronnen: string[] } | { niet: string; bronnen: string[] };

function uniek(bronnen: (Bron | undefined)[]): string[] {
  return [...new Set(bronnen.filter((b): b is Bron => !!b).map((b) => bronTekst(b)))];
}

function tarief(rs: Regelset): Dekking {
  const t = rs.tarief;
  const aanvullen = isNietGepubliceerd(t.basis) ? `. ${t.basis.wat}; ${t.basis.aanvullen}` : "";
  return { wat: `${rs.omschrijving}${aanvullen}`, bronnen: uniek([t.basis.bron, t.nhcNic.bron, ...t.regels.map((r) => r.bron)]) };
}

function herschikking(rs: Regelset): Dekking {
  const h = rs.volume.herschikking;
  if (!h) return { niet: "de bron geeft geen extrapolatieformule (#N/B)", bronnen: uniek([rs.volume.bronZonderFormule]) };
  return { wat: `realisatie januari t/m juni + juni / ${h.deler} × ${h.dagen}`, bronnen: uniek([h.bron]) };
}

function initieelVolume(rs: Regelset): Dekking {
  const v = rs.volume;
  if (v.geenInitieelVolume) return { niet: `${v.geenInitieelVolume.waarde} (#N/B)`, bronnen: uniek([v.geenInitieelVolume.bron]) };
  const p = Object.entries(v.percentages);
  if (p.length === 0) return { niet: "de regelset geeft geen initieel-volumepercentage (#N/B)", bronnen: uniek([v.bronZonderFormule]) };
  return { wat: p.map(([lv, w]) => `${lv} ${alsPercentage(w!.waarde)}`).join(", "), bronnen: uniek(p.map(([, w]) => w!.bron)) };
}

function crisis(rs: Regelset): Dekking {
  const c = rs.crisis;
  if (!c) return { niet: `${rs.crisisOntbreekt?.reden ?? "de regelset heeft geen crisisregel"} (#N/B)`, bronnen: uniek([rs.crisisOntbreekt?.bron]) };
  if (c.soort === "cz2021") {
    return {
      wat: `hoogstens ${c.capDagenPerBed!.waarde} dagen per bed; meer dan ${alsPercentage(c.drempel!.waarde)} onbezet: bezet + ${alsPercentage(c.factor!.waarde)} van de onbezette dagen`,
      bronnen: uniek([c.capDagenPerBed?.bron, c.drempel?.bron, c.bron, c.prestaties?.bron]),
    };
  }
  if (c.soort === "onderhandeld") return { wat: "bezet + onbezet; in euro's bezet × tarief + onbezet × leegstandtarief (onderhandeld, verplicht bij onbezette dagen)", bronnen: uniek([c.bron]) };
  return { wat: "bezet + onbezet (beschikbaarheid); in euro's alleen met leegstandtarief", bronnen: uniek([c.bron, c.bezettingsnorm?.bron]) };
}

function categorie(rs: Regelset): Dekking {
  const c = rs.voorwaarden.categorie;
  if (!c) return { niet: "de regelset geeft geen definitie van de aanbiederscategorie (#N/B)", bronnen: [] };
  const declaratie = c.declaratieEis === "vanaf-1-januari" ? `declareert vanaf 1-1-${c.peiljaar}` : `heeft in ${c.peiljaar} gedeclareerd`;
  return { wat: `bestaand-nieuw: overeenkomst elders heel ${c.peiljaar} en ${declaratie}`, bronnen: uniek([c.bron]) };
}

function onderaanneming(rs: Regelset): Dekking {
  const v = rs.voorwaarden;
  if (!v.eigenLevering) return { niet: "de regelset geeft geen regel voor onderaanneming (#N/B)", bronnen: [] };
  const delen = ["minstens 2/3 zelf leveren"];
  if (v.volleDochtersTellenNiet) delen.push("volle dochters tellen niet mee");
  delen.push(v.heelPakketMetToestemming ? "heel pakket uitbesteden alleen met toestemming" : "geen heel pakket uitbesteden");
  return { wat: delen.join("; "), bronnen: uniek([v.eigenLevering.bron, v.volleDochtersTellenNiet?.bron, v.heelPakketMetToestemming]) };
}

/** The kinds of deadline a rule set knows, found by asking the rules for each (a sample start date where one is needed). */
function termijnen(rs: Regelset): Dekking {
  const soorten: string[] = [];
  const bronnen: Bron[] = [];
  for (const soort of TERMIJNSOORTEN) {
    try {
      bronnen.push(termijn(rs, soort, `${rs.jaar}-05-01`).bron);
      soorten.push(soort);
    } catch (e) {
      if (!(e instanceof RegelFout)) throw e;
    }
  }
  if (soorten.length === 0) return { niet: "de regelset kent geen termijnen (#N/B)", bronnen: [] };
  return { wat: soorten.join(", "), bronnen: uniek(bronnen) };
}

const MAANDNAMEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
/** "2026-03" -> "maart 2026". */
const maand = (jm: string) => `${MAANDNAMEN[Number(jm.slice(5, 7)) - 1]} ${jm.slice(0, 4)}`;

function betaling(rs: Regelset): Dekking {
  const b = rs.voorwaarden.betalingen;
  if (!b) return { niet: "de regelset kent geen betaalmethodiek (#N/B)", bronnen: [] };
  if (!b.perioden && !b.beginvoorschot) return { wat: "alleen betaling op realisatie (voorschot nee); voor betalingen met voorschot geeft de bron geen maandregels", bronnen: uniek([b.zonderVoorschot.bron]) };
  const perioden = (b.perioden ?? []).map((p) => {
    const wanneer = p.van === p.tot ? maand(p.van) : `${maand(p.van)} t/m ${maand(p.tot)}`;
    const voorschot = p.voorschotMaanden === 0 ? "" : ` + ${p.voorschotMaanden === 1 ? "één maand" : `${p.voorschotMaanden} maanden`} voorschot`;
    return `${wanneer}: realisatie${voorschot}, hoogstens de ${p.plafond}`;
  });
  const maanden = [...(b.beginvoorschot ? [`${b.beginvoorschot.maanden.map(maand).join(" en ")}: voorschot op de afspraak`] : []), ...perioden];
  return { wat: `${maanden.join("; ")}; zonder voorschot: op realisatie`, bronnen: uniek([b.beginvoorschot?.bron, ...(b.perioden ?? []).map((p) => p.bron), b.zonderVoorschot.bron]) };
}

const PER_FUNCTIE: Record<WlzFunctieId, (rs: Regelset) => Dekking> = {
  TARIEF: tarief,
  TARIEFPERCENTAGE: tarief,
  TARIEFUITLEG: tarief,
  INITIELEVOLUME: initieelVolume,
  HERSCHIKKING: herschikking,
  CRISISVERGOEDING: crisis,
  REGELSETS: (rs) => ({ wat: rs.omschrijving, bronnen: uniek([rs.bron]) }),
  AANBIEDERCATEGORIE: categorie,
  ONDERAANNEMING: onderaanneming,
  TERMIJN: termijnen,
  BETALING: betaling,
};

/** Per rule set, what the function computes with it and from which sources. */
export function dekking(id: WlzFunctieId): { regelset: Regelset; dekking: Dekking }[] {
  return alleRegelsets().map((regelset) => ({ regelset, dekking: PER_FUNCTIE[id](regelset) }));
}
