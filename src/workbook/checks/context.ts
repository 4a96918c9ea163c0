/**
 * What every check gets: the offerte model, the rule set (or null), the provider profile, and one
 * place to add findings. Findings are sorted at the end (sheet order, row, column), so checks may add in any order.
 */
import { type Aanbiederprofiel, type Bron, bronTekst, type Bronvelden, bronVelden, type Regelset, type Waarschuwing } from "../../rules";
import type { Offerte, Plek } from "../offerte";
import { adres, type Cel, cel } from "../snapshot";

export type Ernst = "fout" | "waarschuwing" | "info";

export interface Bevinding {
  code: string;
  severity: Ernst;
  sheet: string;
  cell: string;
  message: string;
  source: string;
  /** The structured source of a policy-text finding (document, section, rule id, quote; file and lines for auditors). */
  bron?: Bronvelden;
  /** The prestatie of the row the finding is in (filled in by the checker where the row has one). */
  prestatie?: string;
  /** Where a check compares values: what the rules give and what the workbook holds, as shown in the message. */
  verwacht?: string;
  gevonden?: string;
}

/** Optional structured details of a finding; the message stays the full explanation. */
export interface Details {
  prestatie?: string;
  verwacht?: string;
  gevonden?: string;
}

/** A finding before sorting, with its numeric position. */
export interface RuweBevinding extends Bevinding {
  plek: Plek;
  volgorde: number;
}

/** Checks that could not run for some rows, and why: part of what a run reports as checked. */
export interface NietUitgevoerd {
  controle: string;
  reden: string;
  blad: string;
  /** Excel row numbers (the first 50). */
  rijen: number[];
  aantal: number;
}

export interface Context {
  offerte: Offerte;
  regelset: Regelset | null;
  profiel: Aanbiederprofiel | null;
  /** Adds a finding at a position; `bron` as a rule source or a plain text. */
  meld(code: string, ernst: Ernst, plek: Plek, bericht: string, bron: Bron | string, details?: Details): void;
  /** WLZ-AMB-001 for each ambiguity met, once per cell and ambiguity id. */
  dubbelzinnig(plek: Plek, waarschuwingen: Waarschuwing[], wat: string): void;
  /** The cell at a position. */
  cel(plek: Plek): Cel | undefined;
  voortgang(deel: number): void;
  /** Records that a check did not run for a row (the row's own problem is reported where it is). */
  nietUitgevoerd(controle: string, plek: Plek, reden: string): void;
  /** Source of findings about the layout of the offerte itself. */
  layoutBron(): string;
  /** How many findings there are so far: a check can tell whether a row added any. */
  aantalBevindingen(): number;
}

/** Source text for findings that follow from the offerte layout itself, not from a policy text. */
export function layoutBron(rs: Regelset | null): string {
  return [rs?.id, "indeling van het offerteblad"].filter(Boolean).join(" · ");
}

export function maakContext(
  offerte: Offerte, regelset: Regelset | null, onVoortgang?: (f: number) => void,
): Context & { bevindingen: RuweBevinding[]; nietGedaan: Map<string, NietUitgevoerd> } {
  const bevindingen: RuweBevinding[] = [];
  const nietGedaan = new Map<string, NietUitgevoerd>();
  const ambGezien = new Set<string>();
  const ctx = {
    offerte,
    regelset,
    profiel: null as Aanbiederprofiel | null,
    bevindingen,
    nietGedaan,
    meld(code: string, ernst: Ernst, plek: Plek, bericht: string, bron: Bron | string, details?: Details) {
      const blad = offerte.werkmap.bladen[plek.blad];
      bevindingen.push({
        code,
        severity: ernst,
        sheet: blad?.naam ?? "",
        cell: adres(plek.r, plek.c),
        message: bericht,
        source: typeof bron === "string" ? bron : bronTekst(bron, ctx.regelset?.id),
        ...details,
        ...(typeof bron === "string" ? {} : { bron: bronVelden(bron) }),
        plek,
        volgorde: bevindingen.length,
      });
    },
    dubbelzinnig(plek: Plek, waarschuwingen: Waarschuwing[], wat: string) {
      for (const w of waarschuwingen) {
        const k = `${plek.blad}:${plek.r}:${plek.c}:${w.id}`;
        if (ambGezien.has(k)) continue;
        ambGezien.add(k);
        ctx.meld("WLZ-AMB-001", "info", plek, `${wat} hangt af van een onduidelijke regel (${w.id}): ${w.tekst}`, w.bron);
      }
    },
    cel(plek: Plek) {
      const blad = offerte.werkmap.bladen[plek.blad];
      return blad ? cel(blad, plek.r, plek.c) : undefined;
    },
    voortgang(deel: number) {
      onVoortgang?.(Math.max(0, Math.min(1, deel)));
    },
    nietUitgevoerd(controle: string, plek: Plek, reden: string) {
      const blad = offerte.werkmap.bladen[plek.blad]?.naam ?? "";
      const k = `${controle}\u0000${reden}\u0000${plek.blad}`;
      let n = nietGedaan.get(k);
      if (!n) nietGedaan.set(k, (n = { controle, reden, blad, rijen: [], aantal: 0 }));
      if (n.rijen[n.rijen.length - 1] === plek.r + 1) return;
      n.aantal++;
      if (n.rijen.length < 50) n.rijen.push(plek.r + 1);
    },
    layoutBron() {
      return layoutBron(ctx.regelset);
    },
    aantalBevindingen() {
      return bevindingen.length;
    },
  };
  return ctx;
}
