import type { Bron } from "./bronnen";
import { nietBeschikbaar, ongeldig } from "./fouten";
import type { Regelset } from "./regelset";
import type { Leveringsvorm, Sector } from "./typen";
import type { Oordeel } from "./voorwaarden";

/** Declaration rules: the working-day deadline, mutatiedagen after a death, separate declaring, mondzorg and crisis codes. */

function geheelGetal(x: number, argument: string, minimum: number): number {
  if (!Number.isInteger(x) || x < minimum) throw ongeldig(argument, `verwacht een geheel getal van minstens ${minimum}.`);
  return x;
}

/** Declaration within at most 17 working days: the 17th is allowed, the 18th is late (VID-1879). */
export function declaratieTijdig(rs: Regelset, werkdag: number): Oordeel {
  const n = rs.voorwaarden.declaratieWerkdagen;
  if (!n) throw nietBeschikbaar(`${rs.id} noemt geen declaratietermijn in werkdagen.`, "regelset");
  geheelGetal(werkdag, "werkdag", 1);
  const ok = werkdag <= n.waarde;
  return { ok, reden: ok ? `Werkdag ${werkdag}: binnen ${n.waarde} werkdagen` : `Werkdag ${werkdag}: te laat, de declaratietermijn is ${n.waarde} werkdagen`, bron: n.bron };
}

/** At most 13 mutatiedagen after a death; a body laid out in the room still counts as a room left empty (VID-0524). */
export function mutatiedagenNaOverlijden(rs: Regelset, gedeclareerd: number): Oordeel & { declarabel: number; teVeel: number } {
  const m = rs.voorwaarden.mutatiedagenOverlijden;
  if (!m) throw nietBeschikbaar(`${rs.id} noemt geen maximum aan mutatiedagen na overlijden.`, "regelset");
  geheelGetal(gedeclareerd, "mutatiedagen", 0);
  const declarabel = Math.min(gedeclareerd, m.waarde);
  const ok = gedeclareerd <= m.waarde;
  return {
    ok,
    declarabel,
    teVeel: gedeclareerd - declarabel,
    reden: ok ? `${gedeclareerd} mutatiedagen: binnen het maximum van ${m.waarde} (ook bij opbaren in de kamer)` : `Maximaal ${m.waarde} mutatiedagen na overlijden; ${gedeclareerd - declarabel} te veel`,
    bron: m.bron,
  };
}

/** Declaring parts of the somatic care separately: only with MPT, not within a ZZP or VPT (VID-0550). */
export function apartDeclarerenSomatisch(rs: Regelset, lv: Leveringsvorm): Oordeel {
  const r = rs.voorwaarden.apartDeclarerenSomatisch;
  if (!r) throw nietBeschikbaar(`${rs.id} geeft geen regel voor het apart declareren van somatische zorg.`, "regelset");
  const ok = r.waarde.includes(lv);
  return { ok, reden: ok ? `Bij ${lv} mogen delen van de somatische zorg apart gedeclareerd worden` : `Apart declareren van delen van de somatische zorg kan alleen bij ${r.waarde.join(", ")}, niet bij ${lv}`, bron: r.bron };
}

/** Mondzorg: Wlz only with verblijf including behandeling at the same instelling; VPT, MPT, PGB and verblijf without behandeling: Zvw. */
export function mondzorgFinanciering(
  rs: Regelset,
  situatie: { leveringsvorm: Leveringsvorm | "PGB"; metBehandeling: boolean; zelfdeInstelling: boolean },
): { financiering: "Wlz" | "Zvw"; reden: string; bron: Bron } {
  const m = rs.voorwaarden.mondzorg;
  if (!m) throw nietBeschikbaar(`${rs.id} geeft geen regel voor mondzorg.`, "regelset");
  const lv = situatie.leveringsvorm;
  if (lv === "ZZP") {
    if (situatie.metBehandeling && situatie.zelfdeInstelling) return { financiering: "Wlz", reden: "Verblijf inclusief behandeling bij dezelfde instelling: tandheelkundige zorg uit de Wlz", bron: m.wlz };
    return { financiering: "Zvw", reden: situatie.metBehandeling ? "Verblijf en behandeling niet bij dezelfde instelling: tandartskosten uit de Zvw" : "Verblijf zonder behandeling: tandartskosten uit de Zvw", bron: situatie.metBehandeling ? m.wlz : m.zvw };
  }
  if (lv === "VPT" || lv === "MPT" || lv === "PGB") return { financiering: "Zvw", reden: `${lv}: tandartskosten uit de Zvw`, bron: m.zvw };
  throw nietBeschikbaar(`De bron zegt niet hoe mondzorg bij ${lv} gefinancierd wordt.`, "leveringsvorm");
}

/** Sector and target group of a crisis prestatie code: Z110 V&V, Z490/Z491 VG, Z560 LVG (CZ21-C1). */
export function crisisprestatieSector(rs: Regelset, code: string): { code: string; sector: Sector; doelgroep: string; bron: Bron } {
  const s = rs.voorwaarden.crisisprestatieSectoren;
  if (!s) throw nietBeschikbaar(`${rs.id} noemt geen sectoren bij crisisprestaties.`, "regelset");
  const c = code.trim().toUpperCase();
  const r = Object.hasOwn(s.waarde, c) ? s.waarde[c] : undefined;
  if (!r) throw nietBeschikbaar(`${c.slice(0, 20)} is geen crisisprestatie van ${rs.id} (${Object.keys(s.waarde).join(", ")}).`, "prestatie");
  return { code: c, sector: r.sector, doelgroep: r.doelgroep, bron: s.bron };
}
