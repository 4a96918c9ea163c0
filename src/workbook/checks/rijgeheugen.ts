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

/** How many clean combinations are compared directly before the tree: rows repeat a handful of them. */
const RECENT = 8;

export class Schoon {
  private readonly wortel: Knoop = { volgende: undefined, klaar: false };
  private aantal = 0;
  /** The last clean combinations looked up or remembered (copies), compared value by value: no map lookups. */
  private readonly recent: unknown[][] = [];
  private volgendeRecent = 0;

  private inRecent(waarden: readonly unknown[]): boolean {
    zoeken: for (let j = 0; j < this.recent.length; j++) {
      const x = this.recent[j];
      if (x.length !== waarden.length) continue;
      for (let i = 0; i < x.length; i++) if (x[i] !== waarden[i]) continue zoeken;
      return true;
    }
    return false;
  }

  private onthoud(waarden: readonly unknown[]): void {
    if (this.recent.length < RECENT) this.recent.push(waarden.slice());
    else {
      this.recent[this.volgendeRecent] = waarden.slice();
      this.volgendeRecent = (this.volgendeRecent + 1) % RECENT;
    }
  }

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
    if (this.inRecent(waarden)) return true;
    if (this.pad(waarden, false)?.klaar !== true) return false;
    this.onthoud(waarden);
    return true;
  }

  zet(waarden: readonly unknown[]): void {
    // A bound on what is remembered: a workbook of all-different rows gains nothing from it.
    if (++this.aantal > 100_000) return;
    this.pad(waarden, true)!.klaar = true;
    this.onthoud(waarden);
  }
}

behoudVorm(new Schoon());
