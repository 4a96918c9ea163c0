/**
 * V8 keeps the optimized code of a function only while the object shapes (hidden classes) it was compiled for
 * exist, and the shape of a class instance exists only while some instance lives. A read or a check makes its
 * scanners, builders and memo objects and drops them all at the end, so a full garbage collection between two
 * runs (the next offerte of a folder, a second check in the task pane) threw that code away and the next run
 * took two to three times as long while it was compiled again. One instance of each such class is kept here for
 * the life of the program: a few hundred bytes.
 */
const BEHOUDEN: object[] = [];

/** Keeps `voorbeeld` (a fully constructed instance) alive, and with it its shape. */
export function behoudVorm<T extends object>(voorbeeld: T): T {
  BEHOUDEN.push(voorbeeld);
  return voorbeeld;
}
