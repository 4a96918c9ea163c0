/**
 * WLZ-CAT-001: the provider category in the profile differs from what the rule set's definition gives
 * for the contract history in the header block (Contract met dit zorgkantoor, Contract elders van/tot,
 * Eerste declaratie). Only checked where that history is filled in and the rule set defines categories.
 */
import { bepaalCategorie, type Contracthistorie, kort, leesJaNee, type Regelset, RegelFout } from "../../rules";
import { leesDatum, type Kopwaarde } from "../offerte";
import { alsTekst, isFout } from "../snapshot";
import { type Context, layoutBron } from "./context";
import { waardeTekst } from "./waarden";

export function controleerCategorie(ctx: Context): void {
  const rs = ctx.regelset as Regelset;
  const kop = ctx.offerte.kop;
  const hier = kop.contracthier;
  if (!hier || !alsTekst(hier.cel) || !rs.voorwaarden.categorie) return;
  let contractHier: boolean;
  try {
    if (hier.cel && isFout(hier.cel.waarde)) throw new RegelFout("ongeldig", `de cel bevat de foutwaarde ${hier.cel.waarde.fout}.`);
    contractHier = leesJaNee(hier.cel?.waarde ?? null, "Contract met dit zorgkantoor");
  } catch (e) {
    if (!(e instanceof RegelFout)) throw e;
    ctx.meld("WLZ-OFF-003", "fout", hier.waardePlek, `Contract met dit zorgkantoor: ${e.message}`, layoutBron(rs));
    return;
  }
  const datum = (kw: Kopwaarde | undefined, naam: string): string | null | undefined => {
    if (!kw) return null;
    const d = leesDatum(kw.cel);
    if (d === undefined) ctx.meld("WLZ-OFF-003", "fout", kw.waardePlek, `${naam}: "${waardeTekst(kw.cel)}" is geen datum; vul een datum in, bijv. 01-01-2024.`, layoutBron(rs));
    return d?.slice(0, 10) ?? d;
  };
  const van = datum(kop.contracteldersvan, "Contract elders van");
  const tot = datum(kop.contracteldersTot, "Contract elders tot");
  const eerste = datum(kop.eerstedeclaratie, "Eerste declaratie");
  // The registration date decides whether an agreement elsewhere still runs (CZ26-K2/K3); an unreadable one is reported by the date check.
  const inschrijf = kop.inschrijfdatum ? leesDatum(kop.inschrijfdatum.cel) : null;
  if (van === undefined || tot === undefined || eerste === undefined) return;
  const h: Contracthistorie = {
    contractMetDitZorgkantoor: contractHier,
    ...(inschrijf ? { inschrijfdatum: inschrijf } : {}),
    ...(van ? { contractElders: { van, ...(tot ? { tot } : {}) } } : {}),
    ...(eerste ? { eersteDeclaratie: eerste } : {}),
  };
  const uit = bepaalCategorie(rs, h);
  const catKw = ctx.offerte.profiel.find((p) => p.label === "Categorie" && alsTekst(p.cel));
  const plek = catKw?.waardePlek ?? hier.waardePlek;
  if (uit.waarschuwingen.length) ctx.dubbelzinnig(plek, uit.waarschuwingen, "De aanbiederscategorie");
  const opgegeven = ctx.profiel?.categorie ?? "bestaand";
  if (opgegeven !== uit.categorie) {
    const wat = catKw ? `Categorie "${kort(alsTekst(catKw.cel) ?? "")}"` : `Zonder veld Categorie geldt "bestaand", maar`;
    ctx.meld("WLZ-CAT-001", "fout", plek,
      `${wat} past niet bij de contracthistorie: volgens ${rs.id} is de aanbieder "${uit.categorie}" (${uit.reden}); vul Categorie ${uit.categorie} in, dat bepaalt het tariefpercentage.`, uit.bron);
  }
}
