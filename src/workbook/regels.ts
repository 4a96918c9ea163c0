/**
 * One reading of each table row: every cell the checks need is read once, typed, and its problem reported
 * once (WLZ-OFF-003 unreadable, WLZ-OFF-009 required but empty, WLZ-FRM-002 formula without a result the
 * checker can compute). The checks are functions over these rows and never read cells themselves, so a
 * row with an unreadable value gets one finding for that cell, not one more from every check that needs it.
 */
import {
  D, type Dec, dubbelzinnigBericht, kort, type Leveringsvorm, leesLeveringsvorm, leesOnderdeel, leesTekstgetal, type Onderdeel, RegelFout, vanExcel,
} from "../rules";
import type { Context } from "./checks/context";
import type { Plek, Tabel } from "./offerte";
import { CRISISKOLOMMEN, type Crisiskolom, PRESTATIEKOLOMMEN, type Prestatiekolom } from "./sjabloon";
import { type Cel, isFout, isLeeg } from "./snapshot";
import { foutnaam } from "./foutnamen";
import { plekSleutel } from "./uitkomsten";
import { behoudVorm } from "./vormbehoud";

/** A number read from a cell: a value, null when the cell is empty (or the column absent), undefined when unreadable (reported). */
export type Getal = Dec | null | undefined;

export interface Soort {
  lv: Leveringsvorm;
  onderdeel: Onderdeel;
}

export interface Prestatieregel {
  r: number;
  /** The prestatie code as text ("ZZP VV 4"), or undefined when empty. */
  prestatie: string | undefined;
  /** undefined when the leveringsvorm or onderdeel is empty or unreadable (reported). */
  soort: Soort | undefined;
  zorg: Getal;
  nhc: Getal;
  nic: Getal;
  pct: Getal;
  tarief: Getal;
  volume: Getal;
  omzet: Getal;
  herschikt: Getal;
  initieel: Getal;
}

export interface Crisisregel {
  r: number;
  prestatie: string | undefined;
  bedden: Getal;
  bezet: Getal;
  onbezet: Getal;
  vergoedeDagen: Getal;
  tarief: Getal;
  leegstandtarief: Getal;
  vergoeding: Getal;
}

/** Values required in every prestatie row (spec §4); NZa NHC/NIC may be empty and Onderdeel defaults to zorg. */
const VERPLICHT_PRESTATIE: Prestatiekolom[] = ["prestatie", "leveringsvorm", "nzaZorg", "tariefpercentage", "tarief", "volume", "omzet"];
const VERPLICHT_CRISIS: Crisiskolom[] = ["prestatie", "bedden", "bezet", "onbezet", "vergoedeDagen"];

// Converting a double to a Decimal dominates the time on large offertes; columns repeat their values a lot.
// The same number gives the same Dec object, so checks can remember clean value combinations by identity.
const DECIMALEN = new Map<number, Dec>();
// In front of the map: a direct-mapped table by a hash of the number, one compare instead of a map lookup
// (a column of amounts has few distinct values); a slot holds what the map gave, so the same Dec object.
const VOOR = 1024;
const voorGetal = new Float64Array(VOOR).fill(NaN);
const voorDec: (Dec | undefined)[] = new Array<Dec | undefined>(VOOR).fill(undefined);
function decimaal(w: number): Dec {
  const i = (w * 2_654_435_761) & (VOOR - 1);
  if (voorGetal[i] === w) return voorDec[i]!;
  let d = DECIMALEN.get(w);
  if (d === undefined) {
    d = vanExcel(w);
    if (DECIMALEN.size >= 200_000) {
      DECIMALEN.clear();
      voorGetal.fill(NaN);
    }
    DECIMALEN.set(w, d);
  }
  voorGetal[i] = w;
  voorDec[i] = d;
  return d;
}

// Readable (leveringsvorm, onderdeel) texts: a column repeats a handful of them on every row.
// Keyed by the leveringsvorm text, then the onderdeel text (null: empty cell; GEEN_ONDERDEEL: no such column).
const SOORTEN = new Map<string, Map<unknown, Soort>>();
const GEEN_ONDERDEEL = Symbol("geen onderdeel");
let soortenAantal = 0;

export interface Leesopties {
  /** Cells whose formula has no stored result that the checker could not compute. */
  onberekend: Set<string>;
}

/** How a number column is read. */
interface Getalkolom {
  naam: string;
  percentage?: boolean;
}

function waardeTekst(w: unknown): string {
  if (typeof w === "boolean") return w ? "WAAR" : "ONWAAR";
  return kort(String(w));
}

/** What a text in a number column seems to mean, for the message. */
function tekstBericht(naam: string, tekst: string, percentage: boolean): string {
  const t = tekst.trim();
  const zonderProcent = percentage && t.endsWith("%") ? t.slice(0, -1) : t;
  const l = leesTekstgetal(zonderProcent);
  if ("dubbelzinnig" in l) return `${naam}: de cel bevat tekst, geen getal. ${dubbelzinnigBericht(l)}`;
  if ("getal" in l) {
    const bedoeld = percentage && t.endsWith("%") ? `${zonderProcent.trim()}%` : zonderProcent.replace(/^(€|EUR)\s*/i, "");
    return `${naam}: "${kort(t)}" is tekst, geen getal (in Excel: getal opgeslagen als tekst); het lijkt ${bedoeld} te betekenen. Typ het als getal of kies in Excel "Converteren naar getal".`;
  }
  return `${naam}: "${kort(t)}" is geen getal; vul een getal in${percentage ? " (een percentage, bijv. 96% of 0,96)" : ""}.`;
}

export class Rijlezer {
  constructor(
    private readonly ctx: Context,
    private readonly opties: Leesopties,
  ) {}

  /** The rows of a sheet (undefined for a sheet that is not there). */
  rijenVan(b: number): (Cel | undefined)[][] | undefined {
    return this.ctx.offerte.werkmap.bladen[b]?.rijen;
  }

  private cel(p: Plek): Cel | undefined {
    return this.ctx.offerte.werkmap.bladen[p.blad]?.rijen[p.r]?.[p.c] ?? undefined;
  }

  /** A formula without a result the checker could compute: reported once, the value is unknown. */
  private onberekend(p: Plek, naam: string): boolean {
    if (!this.opties.onberekend.has(plekSleutel(p.blad, p.r, p.c))) return false;
    this.ctx.meld("WLZ-FRM-002", "waarschuwing", p,
      `${naam}: de formule in deze cel heeft geen opgeslagen uitkomst en de controle kan hem niet narekenen; de controles van deze rij die ${naam} nodig hebben zijn niet uitgevoerd. Open en bewaar de werkmap in Excel, dan wordt de uitkomst opgeslagen.`,
      this.ctx.layoutBron());
    return true;
  }

  /** A number from a cell: Dec, null when empty, undefined when unreadable (then reported at the cell). */
  getal(p: Plek | undefined, k: Getalkolom, verplicht: boolean, wat: string): Getal {
    if (!p) return null;
    const c = this.cel(p);
    if (isLeeg(c)) {
      if (this.onberekend(p, k.naam)) return undefined;
      if (verplicht) {
        this.ctx.meld("WLZ-OFF-009", "fout", p, `${k.naam} is leeg in deze ${wat}; vul ${k.percentage ? "het tariefpercentage" : "een getal"} in.`, this.ctx.layoutBron());
        return undefined;
      }
      return null;
    }
    const w = c!.waarde;
    let bericht: string;
    if (typeof w === "number" && Number.isFinite(w)) {
      if (w < 0) bericht = `${k.naam}: ${String(w).replace(".", ",")} is negatief; vul een getal van 0 of meer in.`;
      else if (k.percentage && w > 1) bericht = `${k.naam}: ${String(w).replace(".", ",")} is meer dan 100%; vul een percentage in (96% of 0,96), geen getal als 96.`;
      else return decimaal(w);
    } else if (typeof w === "string") {
      bericht = tekstBericht(k.naam, w, !!k.percentage);
    } else if (isFout(w)) {
      bericht = c!.formule !== undefined
        ? `${k.naam}: de formule in deze cel geeft ${foutnaam(w.fout)}; verbeter wat de formule gebruikt (zie de andere bevindingen van deze rij en het kopblok) of vul een getal in.`
        : `${k.naam}: de cel bevat de foutwaarde ${foutnaam(w.fout)}; vul een getal in.`;
    } else {
      bericht = `${k.naam}: ${waardeTekst(w)} is geen getal; vul een getal in.`;
    }
    this.ctx.meld("WLZ-OFF-003", "fout", p, bericht, this.ctx.layoutBron());
    return undefined;
  }

  /**
   * getal() for the cell at (b, r, g.c) of a table row: a number in range is read straight from the row,
   * anything else goes through getal() with a Plek (made only then, for its finding).
   */
  getalIn(rijen: (Cel | undefined)[][] | undefined, b: number, r: number, g: Getalcel, wat: string): Getal {
    const c = g.c;
    if (c === undefined) return null;
    const w = rijen?.[r]?.[c]?.waarde;
    if (typeof w === "number" && w >= 0 && w <= g.max) return decimaal(w);
    return this.getal({ blad: b, r, c }, g.k, g.verplicht, wat);
  }

  /** tekst() for the cell at (b, r, c): a text is read straight from the row, anything else through tekst(). */
  tekstIn(rijen: (Cel | undefined)[][] | undefined, b: number, r: number, c: number | undefined, naam: string, verplicht: boolean, wat: string): string | undefined {
    if (c === undefined) return undefined;
    const w = rijen?.[r]?.[c]?.waarde;
    if (typeof w === "string") {
      const t = w.trim();
      if (t !== "") return t;
    }
    return this.tekst({ blad: b, r, c }, naam, verplicht, wat);
  }

  /** A text cell (the prestatie code): undefined when empty (reported when required). */
  tekst(p: Plek | undefined, naam: string, verplicht: boolean, wat: string): string | undefined {
    if (!p) return undefined;
    const c = this.cel(p);
    if (isLeeg(c)) {
      if (this.onberekend(p, naam)) return undefined;
      if (verplicht) this.ctx.meld("WLZ-OFF-009", "fout", p, `${naam} is leeg in deze ${wat}; vul de code van de prestatie in.`, this.ctx.layoutBron());
      return undefined;
    }
    const w = c!.waarde;
    if (isFout(w)) {
      this.ctx.meld("WLZ-OFF-003", "fout", p, `${naam}: de cel bevat de foutwaarde ${foutnaam(w.fout)}.`, this.ctx.layoutBron());
      return undefined;
    }
    return typeof w === "string" ? w.trim() : waardeTekst(w);
  }

  /** soort() for the cells at (b, r, lvC) and (b, r, oC): a known pair of texts without a Plek. */
  soortIn(rijen: (Cel | undefined)[][] | undefined, b: number, r: number, lvC: number | undefined, oC: number | undefined): Soort | undefined {
    if (lvC !== undefined) {
      const rij = rijen?.[r];
      const lvW = rij?.[lvC]?.waarde;
      const oW = oC === undefined ? GEEN_ONDERDEEL : (rij?.[oC]?.waarde ?? null);
      if (typeof lvW === "string" && (oW === null || typeof oW === "string" || oW === GEEN_ONDERDEEL)) {
        const bekend = SOORTEN.get(lvW)?.get(oW);
        if (bekend) return bekend;
      }
    }
    return this.soort(lvC === undefined ? undefined : { blad: b, r, c: lvC }, oC === undefined ? undefined : { blad: b, r, c: oC });
  }

  /** Leveringsvorm and onderdeel; undefined when unreadable or empty (reported). */
  soort(lvPlek: Plek | undefined, oPlek: Plek | undefined): Soort | undefined {
    if (!lvPlek) return undefined;
    const lvW = this.cel(lvPlek)?.waarde;
    const oW = oPlek ? (this.cel(oPlek)?.waarde ?? null) : undefined;
    // Known texts by the texts themselves (two map lookups, no key text per row).
    const bekendbaar = typeof lvW === "string" && (oW === undefined || oW === null || typeof oW === "string");
    const tweede = oW === undefined ? GEEN_ONDERDEEL : oW;
    const bekend = bekendbaar ? SOORTEN.get(lvW)?.get(tweede) : undefined;
    if (bekend) return bekend;
    const lvCel = this.cel(lvPlek);
    if (isLeeg(lvCel)) {
      if (!this.onberekend(lvPlek, PRESTATIEKOLOMMEN.leveringsvorm)) {
        this.ctx.meld("WLZ-OFF-009", "fout", lvPlek, "Leveringsvorm is leeg in deze prestatierij; kies ZZP, VPT, MPT, DTV, LOGEREN, CRISIS of MEERZORG.", this.ctx.layoutBron());
      }
      return undefined;
    }
    let lv: Leveringsvorm;
    try {
      if (isFout(lvCel!.waarde)) throw new RegelFout("ongeldig", `Leveringsvorm: de cel bevat de foutwaarde ${foutnaam(lvCel!.waarde.fout)}; kies ZZP, VPT, MPT, DTV, LOGEREN, CRISIS of MEERZORG.`);
      lv = leesLeveringsvorm(lvCel!.waarde, "Leveringsvorm");
    } catch (e) {
      if (!(e instanceof RegelFout)) throw e;
      this.ctx.meld("WLZ-OFF-003", "fout", lvPlek, e.message, this.ctx.layoutBron());
      return undefined;
    }
    let onderdeel: Onderdeel = "zorg";
    if (oPlek) {
      const oCel = this.cel(oPlek);
      if (isLeeg(oCel) && this.onberekend(oPlek, PRESTATIEKOLOMMEN.onderdeel)) return undefined;
      try {
        if (oCel && isFout(oCel.waarde)) throw new RegelFout("ongeldig", `Onderdeel: de cel bevat de foutwaarde ${foutnaam(oCel.waarde.fout)}.`);
        onderdeel = leesOnderdeel(isLeeg(oCel) ? null : oCel!.waarde, "Onderdeel");
      } catch (e) {
        if (!(e instanceof RegelFout)) throw e;
        this.ctx.meld("WLZ-OFF-003", "fout", oPlek, e.message, this.ctx.layoutBron());
        return undefined;
      }
    }
    const soort = { lv, onderdeel };
    if (bekendbaar) {
      if (++soortenAantal > 1_000) {
        SOORTEN.clear();
        soortenAantal = 1;
      }
      let m = SOORTEN.get(lvW);
      if (!m) SOORTEN.set(lvW, (m = new Map()));
      m.set(tweede, soort);
    }
    return soort;
  }
}

behoudVorm(new Rijlezer({} as Context, { onberekend: new Set() }));

function plekIn(t: Tabel<string>, r: number, k: string): Plek | undefined {
  const c = (t.kolommen as Record<string, number | undefined>)[k];
  return c === undefined ? undefined : { blad: t.blad, r, c };
}

const P = PRESTATIEKOLOMMEN;
const GETALKOLOMMEN: Record<"nzaZorg" | "nzaNhc" | "nzaNic" | "tariefpercentage" | "tarief" | "volume" | "omzet" | "herschikt" | "initieel", Getalkolom> = {
  nzaZorg: { naam: P.nzaZorg },
  nzaNhc: { naam: P.nzaNhc },
  nzaNic: { naam: P.nzaNic },
  tariefpercentage: { naam: P.tariefpercentage, percentage: true },
  tarief: { naam: P.tarief },
  volume: { naam: P.volume },
  omzet: { naam: P.omzet },
  herschikt: { naam: P.herschikt },
  initieel: { naam: P.initieel },
};

/** A number column of one table: where it is, how it is read, whether it is required; max: the largest number read directly. */
interface Getalcel {
  c: number | undefined;
  k: Getalkolom;
  verplicht: boolean;
  max: number;
}

function getalcel(t: Tabel<string>, k: string, kolom: Getalkolom, verplicht: boolean): Getalcel {
  // a percentage above 1 (96 for 96%) is a finding: those go through getal()
  return { c: (t.kolommen as Record<string, number | undefined>)[k], k: kolom, verplicht, max: kolom.percentage ? 1 : Number.MAX_VALUE };
}

/** Every data row of a prestatie table, read once. Required values that are empty are reported only where the column exists. */
export function leesPrestatieregels(lezer: Rijlezer, t: Tabel<Prestatiekolom>): Prestatieregel[] {
  const wat = "prestatierij";
  const b = t.blad;
  const rijen = lezer.rijenVan(b);
  // per column once: where it is and how it is read (the cells in the order the checks always read them)
  const g = (k: keyof typeof GETALKOLOMMEN) => getalcel(t, k, GETALKOLOMMEN[k], VERPLICHT_PRESTATIE.includes(k));
  const zorg = g("nzaZorg"), nhc = g("nzaNhc"), nic = g("nzaNic"), pct = g("tariefpercentage"), tarief = g("tarief");
  const volume = g("volume"), omzet = g("omzet"), herschikt = g("herschikt"), initieel = g("initieel");
  const cPrestatie = t.kolommen.prestatie, cLv = t.kolommen.leveringsvorm, cOnderdeel = t.kolommen.onderdeel;
  const uit: Prestatieregel[] = new Array(t.rijen.length);
  for (let i = 0; i < t.rijen.length; i++) {
    const r = t.rijen[i];
    uit[i] = {
      r,
      prestatie: lezer.tekstIn(rijen, b, r, cPrestatie, P.prestatie, true, wat),
      soort: lezer.soortIn(rijen, b, r, cLv, cOnderdeel),
      zorg: lezer.getalIn(rijen, b, r, zorg, wat),
      nhc: lezer.getalIn(rijen, b, r, nhc, wat),
      nic: lezer.getalIn(rijen, b, r, nic, wat),
      pct: lezer.getalIn(rijen, b, r, pct, wat),
      tarief: lezer.getalIn(rijen, b, r, tarief, wat),
      volume: lezer.getalIn(rijen, b, r, volume, wat),
      omzet: lezer.getalIn(rijen, b, r, omzet, wat),
      herschikt: lezer.getalIn(rijen, b, r, herschikt, wat),
      initieel: lezer.getalIn(rijen, b, r, initieel, wat),
    };
  }
  return uit;
}

export function leesCrisisregels(lezer: Rijlezer, t: Tabel<Crisiskolom>): Crisisregel[] {
  const wat = "crisisrij";
  const C = CRISISKOLOMMEN;
  const g = (r: number, k: Exclude<Crisiskolom, "prestatie">) => lezer.getal(plekIn(t, r, k), { naam: C[k] }, VERPLICHT_CRISIS.includes(k), wat);
  return t.rijen.map((r) => ({
    r,
    prestatie: lezer.tekst(plekIn(t, r, "prestatie"), C.prestatie, true, wat),
    bedden: g(r, "bedden"),
    bezet: g(r, "bezet"),
    onbezet: g(r, "onbezet"),
    vergoedeDagen: g(r, "vergoedeDagen"),
    tarief: g(r, "tarief"),
    leegstandtarief: g(r, "leegstandtarief"),
    vergoeding: g(r, "vergoeding"),
  }));
}

export { plekIn };
export const NUL = new D(0);
