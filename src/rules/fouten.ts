/**
 * Failures of the rules core. `ongeldig` = bad input (Excel #VALUE!), `niet-beschikbaar` = a rule set,
 * leveringsvorm or value that does not exist or is not in the sources (Excel #N/A).
 * Messages are short Dutch sentences that name the argument and what is expected.
 */
export type FoutSoort = "ongeldig" | "niet-beschikbaar";

export class RegelFout extends Error {
  constructor(
    readonly soort: FoutSoort,
    message: string,
    readonly argument?: string,
  ) {
    super(message);
    this.name = "RegelFout";
  }
}

export function ongeldig(argument: string, bericht: string): RegelFout {
  return new RegelFout("ongeldig", `${argument}: ${bericht}`, argument);
}

export function nietBeschikbaar(bericht: string, argument?: string): RegelFout {
  return new RegelFout("niet-beschikbaar", bericht, argument);
}
