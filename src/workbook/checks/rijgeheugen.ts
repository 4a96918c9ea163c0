/**
 * Large offertes repeat the same row contents thousands of times. A check whose outcome for a row is a
 * pure function of a few read values can remember which combinations gave no finding and skip them next
 * time. The row reading gives one object per distinct number (and per leveringsvorm), so combinations are
 * keyed by identity: no text key per row.
 */
import { behoudVorm } from "../vormbehoud";

interface Knoop {
  volgende?: Map<unknown, Knoop>;
  klaar?: boolean;
}

export class Schoon {
  private readonly wortel: Knoop = { volgende: undefined, klaar: false };
  private aantal = 0;

  private pad(waarden: readonly unknown[], maak: boolean): Knoop | undefined {
    let k: Knoop | undefined = this.wortel;
    for (const w of waarden) {
      let m: Map<unknown, Knoop> | undefined = k.volgende;
      if (!m) {
        if (!maak) return undefined;
        m = k.volgende = new Map();
      }
      let n = m.get(w);
      if (!n) {
        if (!maak) return undefined;
        m.set(w, (n = { volgende: undefined, klaar: false }));
      }
      k = n;
    }
    return k;
  }

  heeft(waarden: readonly unknown[]): boolean {
    return this.pad(waarden, false)?.klaar === true;
  }

  zet(waarden: readonly unknown[]): void {
    // A bound on what is remembered: a workbook of all-different rows gains nothing from it.
    if (++this.aantal > 100_000) return;
    this.pad(waarden, true)!.klaar = true;
  }
}

behoudVorm(new Schoon());
