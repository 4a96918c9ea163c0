/**
 * What a check run looked at, so that "no findings" can be trusted: the header block, each table with its
 * header row and the rows checked or skipped, and the checks that could not run for some rows. CLI, task
 * pane and reports show it from here.
 */
import type { NietUitgevoerd } from "./checks/context";
import type { Offerte, Overslagreden } from "./offerte";
import { adres } from "./snapshot";

export interface Tabeldekking {
  soort: "prestatie" | "crisis";
  blad: string;
  /** Excel row number of the header row. */
  kopregel: number;
  /** Rows checked. */
  rijen: number;
  overgeslagen: { rij: number; reden: Overslagreden }[];
}

export interface Dekking {
  kopblok: { blad: string; bereik: string } | null;
  tabellen: Tabeldekking[];
  /** Whether the rules of a rule set were applied (not when the rule set is missing or unknown). */
  regelsToegepast: boolean;
  nietUitgevoerd: NietUitgevoerd[];
}

export interface Telling {
  prestatieregels: number;
  crisisregels: number;
  overgeslagen: number;
}

export function maakDekking(offerte: Offerte, regelsToegepast: boolean, nietUitgevoerd: NietUitgevoerd[]): Dekking {
  const naam = (b: number) => offerte.werkmap.bladen[b]?.naam ?? "";
  const k = offerte.kopblok;
  const tabel = (t: Offerte["prestatietabellen"][number] | Offerte["crisistabellen"][number]): Tabeldekking => ({
    soort: t.soort,
    blad: naam(t.blad),
    kopregel: t.kopRij + 1,
    rijen: t.rijen.length,
    overgeslagen: t.overgeslagen.map((o) => ({ rij: o.r + 1, reden: o.reden })),
  });
  return {
    kopblok: k ? { blad: naam(k.blad), bereik: `${adres(k.r1, k.c1)}:${adres(k.r2, k.c2)}` } : null,
    tabellen: [...offerte.prestatietabellen.map(tabel), ...offerte.crisistabellen.map(tabel)],
    regelsToegepast,
    nietUitgevoerd,
  };
}

export function telling(d: Dekking): Telling {
  let prestatieregels = 0;
  let crisisregels = 0;
  let overgeslagen = 0;
  for (const t of d.tabellen) {
    if (t.soort === "prestatie") prestatieregels += t.rijen;
    else crisisregels += t.rijen;
    overgeslagen += t.overgeslagen.length;
  }
  return { prestatieregels, crisisregels, overgeslagen };
}

// One formatter: toLocaleString("nl-NL") sets one up on every call (a tenth of a millisecond each).
const NL = new Intl.NumberFormat("nl-NL");

function aantal(n: number, een: string, meer: string): string {
  return `${NL.format(n)} ${n === 1 ? een : meer}`;
}

function rijenTekst(rijen: number[], totaal: number): string {
  const getoond = rijen.slice(0, 8).join(", ");
  return totaal > 8 ? `${getoond} en ${totaal - 8} meer` : getoond;
}

/** One line: "20 prestatieregels en 2 crisisregels gecontroleerd (1 lege rij overgeslagen)". */
export function dekkingRegel(d: Dekking): string {
  const t = telling(d);
  const delen = [aantal(t.prestatieregels, "prestatieregel", "prestatieregels")];
  if (t.crisisregels > 0 || d.tabellen.some((x) => x.soort === "crisis")) delen.push(aantal(t.crisisregels, "crisisregel", "crisisregels"));
  let regel = `${delen.join(" en ")} gecontroleerd`;
  if (!d.regelsToegepast) regel += " op indeling en waarden; de regels van de regelset niet (geen bekende regelset)";
  const leeg = d.tabellen.reduce((n, x) => n + x.overgeslagen.filter((o) => o.reden === "leeg").length, 0);
  const totaal = d.tabellen.reduce((n, x) => n + x.overgeslagen.filter((o) => o.reden === "totaal").length, 0);
  const over: string[] = [];
  if (leeg > 0) over.push(aantal(leeg, "lege rij", "lege rijen"));
  if (totaal > 0) over.push(aantal(totaal, "totaalregel", "totaalregels"));
  if (over.length > 0) regel += ` (${over.join(" en ")} overgeslagen)`;
  return regel;
}

/** The details: where the header block and the tables are, and every check that did not run for some rows. */
export function dekkingDetails(d: Dekking): string[] {
  const regels: string[] = [];
  regels.push(d.kopblok ? `kopblok: werkblad "${d.kopblok.blad}" ${d.kopblok.bereik}` : "kopblok: niet gevonden");
  for (const t of d.tabellen) {
    regels.push(`${t.soort === "prestatie" ? "prestatietabel" : "crisistabel"}: werkblad "${t.blad}", kopregel ${t.kopregel}, ${aantal(t.rijen, "rij", "rijen")} gecontroleerd${t.overgeslagen.length ? `, overgeslagen: ${t.overgeslagen.map((o) => `${o.rij} (${o.reden === "leeg" ? "leeg" : "totaalregel"})`).slice(0, 8).join(", ")}${t.overgeslagen.length > 8 ? ", …" : ""}` : ""}`);
  }
  for (const n of d.nietUitgevoerd) {
    regels.push(`niet uitgevoerd: controle ${n.controle} op werkblad "${n.blad}" in ${aantal(n.aantal, "rij", "rijen")} (${rijenTekst(n.rijen, n.aantal)}): ${n.reden}`);
  }
  return regels;
}
