/**
 * The shared checker (spec §5): one call checks a workbook snapshot against the year's rules and
 * returns the findings in a deterministic order (sheet order, row, column). Used by the task pane and the CLI.
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
import { controleerGetypteGetallen, controleerOpgeslagenWaarden } from "./checks/formules";
import type { Werkmap } from "./snapshot";

export type { Bevinding, Ernst } from "./checks/context";

export interface Controleresultaat {
  regelset: string | null;
  bevindingen: Bevinding[];
  samenvatting: { fout: number; waarschuwing: number; info: number };
}

export interface Controleopties {
  /** Rule set id that overrides the workbook's own (validate it first: an unknown id throws a RegelFout). */
  regelset?: string;
  onVoortgang?: (fractie: number) => void;
}

export function controleerWerkmap(werkmap: Werkmap, opties: Controleopties = {}): Controleresultaat {
  const offerte = leesOfferte(werkmap);
  const ctx = maakContext(offerte, null, opties.onVoortgang);
  ctx.regelset = bepaalRegelset(offerte, opties.regelset, ctx.meld);
  ctx.voortgang(0.05);
  controleerTabellen(ctx);
  controleerDubbeleLabels(ctx);
  if (ctx.regelset) {
    ctx.profiel = leesKopProfiel(ctx);
    const totaal = offerte.prestatietabellen.reduce((n, t) => n + t.rijen.length, 0) || 1;
    let gedaan = 0;
    for (const t of offerte.prestatietabellen) {
      const cache = new Map();
      controleerTarieven(ctx, t, cache, (i) => {
        if ((gedaan + i) % 2000 === 0) ctx.voortgang(0.05 + (0.6 * (gedaan + i)) / totaal);
      });
      gedaan += t.rijen.length;
      controleerOmzet(ctx, t);
      controleerVolumes(ctx, t);
    }
    for (const t of offerte.crisistabellen) controleerCrisis(ctx, t);
    controleerOnderaanneming(ctx);
    controleerDatums(ctx);
    controleerCategorie(ctx);
  }
  ctx.voortgang(0.7);
  controleerGetypteGetallen(ctx, [...offerte.prestatietabellen, ...offerte.crisistabellen]);
  controleerOpgeslagenWaarden(ctx);
  ctx.voortgang(1);

  const gesorteerd = [...ctx.bevindingen].sort(
    (a, b) => a.plek.blad - b.plek.blad || a.plek.r - b.plek.r || a.plek.c - b.plek.c || a.volgorde - b.volgorde,
  );
  const bevindingen: Bevinding[] = gesorteerd.map(({ code, severity, sheet, cell, message, source }) => ({ code, severity, sheet, cell, message, source }));
  const samenvatting = { fout: 0, waarschuwing: 0, info: 0 };
  for (const b of bevindingen) samenvatting[b.severity as Ernst]++;
  return { regelset: ctx.regelset?.id ?? null, bevindingen, samenvatting };
}
