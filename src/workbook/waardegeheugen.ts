/**
 * Something remembered per combination of values, the values compared by identity: the row reading gives one
 * object per distinct number (and per leveringsvorm), a cell one value, so no text key per row. Large offertes
 * repeat a handful of combinations on thousands of rows: the last few combinations are compared value by value
 * first, without a lookup; behind them a tree of maps holds every combination seen.
 * Used by the row checks (combinations without a finding) and the formula audit (a shape's outcomes).
 */
import { behoudVorm } from "./vormbehoud";

export interface Geheugenknoop<T> {
  volgende: Map<unknown, Geheugenknoop<T>> | undefined;
  /** What is remembered for the combination that ends here; undefined: nothing yet. */
  inhoud: T | undefined;
}

/** How many combinations are compared directly before the tree. */
const RECENT = 8;

// Every field from the start: one object shape for all nodes (see vormbehoud.ts).
function nieuweKnoop<T>(): Geheugenknoop<T> {
  return { volgende: undefined, inhoud: undefined };
}

export class Waardegeheugen<T> {
  private readonly wortel = nieuweKnoop<T>();
  /** The last combinations looked up (copies), with their node. */
  private readonly recent: { waarden: unknown[]; knoop: Geheugenknoop<T> }[] = [];
  private volgendeRecent = 0;

  /**
   * The node of this combination of values; when there is none, a new one if `maak`, else undefined. The caller
   * may reuse `waarden` afterwards (a copy is kept).
   */
  knoop(waarden: readonly unknown[], maak: boolean): Geheugenknoop<T> | undefined {
    const recent = this.recent;
    zoeken: for (let j = 0; j < recent.length; j++) {
      const x = recent[j].waarden;
      if (x.length !== waarden.length) continue;
      for (let i = 0; i < x.length; i++) if (x[i] !== waarden[i]) continue zoeken;
      return recent[j].knoop;
    }
    let k = this.wortel;
    for (let i = 0; i < waarden.length; i++) {
      let m = k.volgende;
      if (m === undefined) {
        if (!maak) return undefined;
        m = k.volgende = new Map();
      }
      let n = m.get(waarden[i]);
      if (n === undefined) {
        if (!maak) return undefined;
        m.set(waarden[i], (n = nieuweKnoop<T>()));
      }
      k = n;
    }
    const nieuw = { waarden: waarden.slice(), knoop: k };
    if (recent.length < RECENT) recent.push(nieuw);
    else {
      recent[this.volgendeRecent] = nieuw;
      this.volgendeRecent = (this.volgendeRecent + 1) % RECENT;
    }
    return k;
  }
}

behoudVorm(new Waardegeheugen<unknown>());
