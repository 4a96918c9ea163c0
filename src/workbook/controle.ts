/**
 * The shared checker (spec §5): one call checks a workbook snapshot against the year's rules and returns
 * the findings in a deterministic order (sheet order, row, column) with what was checked. Used by the task
 * pane and the CLI. Each table row is read once (regels.ts); the checks are functions over those rows.
 */
import { leesOfferte } from "./offerte";
import { type Bevinding, type Ernst, maakContext } from "./checks/context";
import { bepaalRegelset, controleerDubbeleLabels, leesKopProfiel } from "./checks/regelset";
import { controleerTabellen } from "./checks/tabel";
import { controleerTarieven } from "./checks/tarief";
import { controleerOmzet } from "./checks/omzet";
import { controleerVolumes } from "./checks/volume";
import { controleerCrisis } from "./checks/crisis";
import { controleerOnderaanneming } from "./checks/onderaanneming";
import { controleerDatums } from "./checks/datum";
import { controleerCategorie } from "./checks/categorie";
import { controleerGetypteGetallen, controleerOpgeslagenWaarden, meldOnbekendeNamen } from "./checks/formules";
import { type Dekking, maakDekking, type Telling, telling } from "./dekking";
import { leesCrisisregels, leesPrestatieregels, Rijlezer } from "./regels";
import { cel as celIn, isLeeg, type Werkmap } from "./snapshot";
import type { Kopwaarde, Offerte } from "./offerte";
import { plekSleutel, vulUitkomstenIn } from "./uitkomsten";

export type { Bevinding, Ernst } from "./checks/context";
export type { Dekking, Telling } from "./dekking";

export interface Controleresultaat {
  status: "gecontroleerd";
  regelset: string | null;
  bevindingen: Bevinding[];
  samenvatting: { fout: number; waarschuwing: number; info: number };
  /** Rows checked and skipped (spec §6 `gecontroleerd`). */
  gecontroleerd: Telling;
  dekking: Dekking;
  /** The provider as the header block names it (empty when the label is missing). */
  aanbieder?: { zorgaanbieder: string; agbcode: string; regio: string };
}

export interface Controleopties {
  /** Rule set id that overrides the workbook's own (validate it first: an unknown id throws a RegelFout). */
  regelset?: string;
  onVoortgang?: (fractie: number) => void;
}

export function controleerWerkmap(invoer: Werkmap, opties: Controleopties = {}): Controleresultaat {
  // Formulas saved without a result are computed first; the user's snapshot itself is not changed.
  const { werkmap, berekend, onberekend, naamHersteld, formules } = vulUitkomstenIn(invoer);
  const offerte = leesOfferte(werkmap);
  const ctx = maakContext(offerte, null, opties.onVoortgang);
  ctx.regelset = bepaalRegelset(offerte, opties.regelset, ctx.meld);
  ctx.voortgang(0.05);
  controleerTabellen(ctx);
  controleerDubbeleLabels(ctx);
  const lezer = new Rijlezer(ctx, { onberekend });

  // Every row is read (and its unreadable values reported) also without a rule set: the layout still counts.
  const prestaties = offerte.prestatietabellen.map((t) => leesPrestatieregels(lezer, t));
  const crises = offerte.crisistabellen.map((t) => leesCrisisregels(lezer, t));
  ctx.voortgang(0.25);

  if (ctx.regelset) {
    const kopProfiel = leesKopProfiel(ctx, (p) => onberekend.has(plekSleutel(p.blad, p.r, p.c)));
    ctx.profiel = kopProfiel.profiel;
    const totaal = prestaties.reduce((n, t) => n + t.length, 0) || 1;
    let gedaan = 0;
    offerte.prestatietabellen.forEach((t, i) => {
      const regels = prestaties[i];
      controleerTarieven(ctx, t, regels, new Map(), kopProfiel.fout, (j) => {
        if ((gedaan + j) % 2000 === 0) ctx.voortgang(0.25 + (0.45 * (gedaan + j)) / totaal);
      });
      gedaan += regels.length;
      controleerOmzet(ctx, t, regels);
      controleerVolumes(ctx, t, regels);
    });
    offerte.crisistabellen.forEach((t, i) => controleerCrisis(ctx, t, crises[i]));
    controleerOnderaanneming(ctx, lezer);
    controleerDatums(ctx);
    controleerCategorie(ctx);
  }
  ctx.voortgang(0.7);
  controleerGetypteGetallen(ctx, [...offerte.prestatietabellen, ...offerte.crisistabellen], formules);
  controleerOpgeslagenWaarden(ctx, berekend, formules);
  meldOnbekendeNamen(ctx, naamHersteld);
  ctx.voortgang(1);

  const gesorteerd = [...ctx.bevindingen].sort(
    (a, b) => a.plek.blad - b.plek.blad || a.plek.r - b.plek.r || a.plek.c - b.plek.c || a.volgorde - b.volgorde,
  );
  // only when a finding needs it: a clean workbook builds no row map
  let prestatieVan: Map<string, string> | undefined;
  const bevindingen: Bevinding[] = gesorteerd.map(({ code, severity, sheet, cell, message, source, bron, plek, prestatie, verwacht, gevonden }) => {
    const b: Bevinding = { code, severity, sheet, cell, message, source, ...(bron ? { bron } : {}) };
    const p = prestatie ?? (prestatieVan ??= prestatiesPerRij(offerte)).get(`${plek.blad}:${plek.r}`);
    if (p !== undefined) b.prestatie = p;
    if (verwacht !== undefined) b.verwacht = verwacht;
    if (gevonden !== undefined) b.gevonden = gevonden;
    return b;
  });
  const samenvatting = { fout: 0, waarschuwing: 0, info: 0 };
  for (const b of bevindingen) samenvatting[b.severity as Ernst]++;
  const dekking = maakDekking(offerte, ctx.regelset !== null, [...ctx.nietGedaan.values()]);
  const aanbieder = { zorgaanbieder: kopTekst(offerte.kop.zorgaanbieder), agbcode: kopTekst(offerte.kop.agbcode), regio: kopTekst(offerte.kop.regio) };
  return { status: "gecontroleerd", regelset: ctx.regelset?.id ?? null, bevindingen, samenvatting, gecontroleerd: telling(dekking), dekking, aanbieder };
}

/** A cell text as a short label: reports repeat it per finding, so a huge cell is cut, never repeated. */
function label(t: string): string {
  const s = t.trim();
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

function kopTekst(k: Kopwaarde | undefined): string {
  const w = k?.cel?.waarde;
  if (w === null || w === undefined || typeof w === "object") return "";
  return label(String(w));
}

/** "blad:row" -> the prestatie code of that table row, so a finding names its row by its business key. */
function prestatiesPerRij(offerte: Offerte): Map<string, string> {
  const m = new Map<string, string>();
  for (const t of [...offerte.prestatietabellen, ...offerte.crisistabellen]) {
    const c = t.kolommen.prestatie;
    const blad = offerte.werkmap.bladen[t.blad];
    if (c === undefined || !blad) continue;
    for (const r of t.rijen) {
      const x = celIn(blad, r, c);
      if (!x || isLeeg(x)) continue;
      const w = x.waarde;
      if (w === null || typeof w === "object") continue;
      m.set(`${t.blad}:${r}`, label(String(w)));
    }
  }
  return m;
}
