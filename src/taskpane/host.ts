/**
 * Het enige contact van het taakvenster met Excel. De echte uitvoering (excelHost.ts) gebruikt
 * office-js; tests en de e2e-pagina geven een nep-host mee. Geen methode wijzigt een bestaande cel:
 * schrijven gebeurt alleen op een nieuw werkblad.
 */
import type { Werkmap } from "../workbook/snapshot";
import type { Dekking } from "../workbook/dekking";
import type { RapportBevinding } from "../workbook/schrijven";

export type Bevinding = RapportBevinding;
export type Ernst = Bevinding["severity"];

export interface Samenvatting {
  fout: number;
  waarschuwing: number;
  info: number;
}

/** Uitkomst van de controle (zelfde vorm als controleerWerkmap in src/workbook/controle.ts). */
export interface Controleresultaat {
  regelset: string | null;
  bevindingen: Bevinding[];
  samenvatting: Samenvatting;
  /** What the run checked (tables, rows, checks that could not run); shown in the summary. */
  dekking?: Dekking;
}

/** Voortgang als fractie 0..1. */
export type OpVoortgang = (fractie: number) => void;

export type Controleerder = (
  werkmap: Werkmap,
  opties: { regelset?: string; onVoortgang?: OpVoortgang },
) => Controleresultaat | Promise<Controleresultaat>;

/** De eerste cel van de huidige selectie. */
export interface Selectie {
  blad: string;
  /** A1-adres zonder blad en zonder $, bijv. "C14". */
  cel: string;
}

export interface ExcelHost {
  /** Leest de hele werkmap als momentopname; meldt de voortgang bij grote werkmappen. */
  leesWerkmap(onVoortgang?: OpVoortgang): Promise<Werkmap>;
  /** Activeert het blad en selecteert de cel. */
  selecteer(blad: string, cel: string): Promise<void>;
  /** Schrijft de bevindingen op een nieuw blad; geeft de naam van dat blad. */
  schrijfRapport(bevindingen: readonly Bevinding[]): Promise<string>;
  /** Maakt een nieuw offerteblad voor de regelset; geeft de naam van dat blad. */
  maakOfferteblad(regelsetId: string): Promise<string>;
  leesSelectie(): Promise<Selectie>;
  /**
   * Selects several cells of one sheet at once (a multi-area selection; nothing is written). Absent where
   * the host lacks ExcelApi 1.9: the pane then hides "Selecteer alle cellen met fouten".
   */
  selecteerCellen?(blad: string, cellen: readonly string[]): Promise<void>;
  /** The workbook's file name, where the host gives it. */
  leesNaam?(): Promise<string | null>;
}
