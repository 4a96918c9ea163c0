/** Small helpers for the rules-core tests: look-ups, decimals and catching RegelFout. */
import { expect } from "vitest";
import { D, RegelFout, zoekRegelset, type Dec, type FoutSoort, type Regelset } from "../../src/rules";

export const rs = (id: string): Regelset => zoekRegelset(id);
export const d = (x: string | number): Dec => new D(x);

/** Asserts exact decimal equality, with a readable diff on failure. */
export function gelijk(x: Dec | undefined, verwacht: string | number): void {
  expect(x, "waarde ontbreekt").toBeDefined();
  expect(x!.toString()).toBe(new D(verwacht).toString());
}

/** Runs f and returns the RegelFout it throws; any other outcome fails the test. */
export function fout(f: () => unknown, soort?: FoutSoort): RegelFout {
  let gegooid: unknown;
  try {
    f();
  } catch (e) {
    gegooid = e;
  }
  expect(gegooid, "verwacht een RegelFout, maar er werd niets gegooid").toBeDefined();
  expect(gegooid).toBeInstanceOf(RegelFout);
  const r = gegooid as RegelFout;
  if (soort) expect(r.soort).toBe(soort);
  return r;
}

/** No C0/C1 control characters (they break Excel error messages and logs). */
export const CONTROLETEKENS = /[\u0000-\u001f\u007f-\u009f]/;
