/**
 * Large offertes repeat the same row contents thousands of times. A check whose outcome for a row is a
 * pure function of a few read values can remember which combinations gave no finding and skip them next
 * time (the combinations kept by a Waardegeheugen, by identity).
 */
import { behoudVorm } from "../vormbehoud";
import { Waardegeheugen } from "../waardegeheugen";

export class Schoon {
  private readonly geheugen = new Waardegeheugen<true>();
  private aantal = 0;

  heeft(waarden: readonly unknown[]): boolean {
    return this.geheugen.knoop(waarden, false)?.inhoud === true;
  }

  zet(waarden: readonly unknown[]): void {
    // A bound on what is remembered: a workbook of all-different rows gains nothing from it.
    if (++this.aantal > 100_000) return;
    this.geheugen.knoop(waarden, true)!.inhoud = true;
  }
}

behoudVorm(new Schoon());
