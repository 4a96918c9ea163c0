/**
 * "Uitleg tarief": de stappen van WLZ.TARIEFUITLEG voor de prestatierij van de selectie, met de
 * rules core en het offertemodel (dezelfde kolommen en profiellabels als de controle).
 */
import {
  alsPercentage,
  berekenTariefpercentage,
  bronTekst,
  leesLeveringsvorm,
  leesOnderdeel,
  RegelFout,
  uitlegRijen,
  leesProfielparen,
  zoekRegelset,
  type Aanbiederprofiel,
} from "../rules";
import { foutnaam } from "../workbook/foutnamen";
import { leesOfferte } from "../workbook/offerte";
import { type Werkmap, adres, cel, isFout, parseAdres, waardeAlsTekst } from "../workbook/snapshot";
import type { Selectie } from "./host";

export interface Uitlegstap {
  stap: string;
  /** Percentage na de stap ("95,5%"), of null bij een opmerking. */
  percentage: string | null;
  bron: string;
  /** The words of the document this step rests on, where the source quotes them. */
  citaat?: string;
  waarschuwing: boolean;
}

export interface Tariefuitleg {
  blad: string;
  /** Excel-rijnummer. */
  rij: number;
  prestatie: string;
  leveringsvorm: string;
  onderdeel: string;
  regelset: string;
  percentage: string;
  stappen: Uitlegstap[];
}

/** Fout die de gebruiker kan verhelpen; de boodschap is een Nederlandse zin. */
export class UitlegFout extends Error {
  override readonly name = "UitlegFout";
}

function bladKey(s: string): string {
  return s.trim().toLowerCase();
}

/**
 * De uitleg voor de rij van `selectie`. `regelsetKeuze` overschrijft de regelset van de werkmap
 * (zoals in de controle). Gooit UitlegFout met een bruikbare melding als het niet kan.
 */
export function tariefuitleg(werkmap: Werkmap, selectie: Selectie, regelsetKeuze?: string): Tariefuitleg {
  const offerte = leesOfferte(werkmap);
  const b = werkmap.bladen.findIndex((x) => bladKey(x.naam) === bladKey(selectie.blad));
  let r: number;
  try {
    r = parseAdres(selectie.cel).r;
  } catch {
    throw new UitlegFout(`Selecteer één cel in de prestatietabel (nu: ${selectie.cel || "niets"}).`);
  }
  const tabel = offerte.prestatietabellen.find((t) => t.blad === b && t.rijen.includes(r));
  if (b < 0 || !tabel) {
    throw new UitlegFout(
      `De selectie (${selectie.blad}!${selectie.cel}) ligt niet in een ingevulde rij van een prestatietabel. ` +
        "Selecteer een cel in een rij onder de kopregel met Prestatie, Leveringsvorm, Tarief enzovoort.",
    );
  }
  const blad = werkmap.bladen[b];
  const waarde = (k: keyof typeof tabel.kolommen) => {
    const c = tabel.kolommen[k];
    return c === undefined ? undefined : cel(blad, r, c);
  };

  try {
    const lvCel = waarde("leveringsvorm");
    if (lvCel && isFout(lvCel.waarde)) throw new UitlegFout(`De leveringsvorm in ${adres(r, tabel.kolommen.leveringsvorm!)} is een foutwaarde (${foutnaam(lvCel.waarde.fout)}).`);
    const lv = leesLeveringsvorm(lvCel?.waarde ?? null, `Leveringsvorm (${adres(r, tabel.kolommen.leveringsvorm ?? 0)})`);
    const odCel = waarde("onderdeel");
    const onderdeel = leesOnderdeel(odCel && !isFout(odCel.waarde) ? odCel.waarde : null, "Onderdeel");

    const kopRegelset = offerte.kop.regelset?.cel?.waarde;
    const id = regelsetKeuze ?? (typeof kopRegelset === "string" ? kopRegelset : undefined);
    if (!id) throw new UitlegFout("De werkmap noemt geen regelset (label Regelset in het kopblok). Kies een regelset bovenaan het taakvenster.");
    const rs = zoekRegelset(id, "Regelset");

    for (const kw of offerte.profiel) {
      const w = kw.cel?.waarde ?? null;
      if (isFout(w)) throw new UitlegFout(`${kw.label}: de cel bevat de foutwaarde ${foutnaam(w.fout)}.`);
    }
    // The one profile reading, as the checker and the functions use it (a label twice with different values is refused).
    const lezing = leesProfielparen(offerte.profiel.map((kw) => ({ label: kw.label, waarde: kw.cel?.waarde ?? null })));
    if (lezing.fouten.length > 0) throw lezing.fouten[0].fout;
    const profiel: Aanbiederprofiel = lezing.profiel;

    const tp = berekenTariefpercentage(rs, lv, profiel, onderdeel);
    return {
      blad: blad.naam,
      rij: r + 1,
      prestatie: waardeAlsTekst(waarde("prestatie")?.waarde),
      leveringsvorm: lv,
      onderdeel,
      regelset: rs.id,
      percentage: alsPercentage(tp.percentage),
      stappen: uitlegRijen(tp).map((s) => ({
        stap: s.stap,
        percentage: s.waarde === null ? null : alsPercentage(s.waarde),
        bron: bronTekst(s.bron),
        ...(s.bron.citaat ? { citaat: s.bron.citaat } : {}),
        waarschuwing: s.waarschuwing,
      })),
    };
  } catch (e) {
    if (e instanceof RegelFout) throw new UitlegFout(`Geen uitleg mogelijk voor rij ${r + 1}: ${e.message}`);
    throw e;
  }
}
