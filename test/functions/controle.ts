/** Assertions shared by the bundle and wrapper tests: the outcome of one scenario, and the spill shapes. */
import { expect } from "vitest";
import { ExcelFout } from "../support/bundel";
import { REGELSET_IDS, type Scenario } from "./scenarios";

/** `uitkomst` returns the value, or the CustomFunctions.Error that was thrown (any other exception fails). */
export function controleer(s: Scenario, uitkomst: unknown): void {
  if ("waarde" in s.verwacht) {
    expect(uitkomst, s.naam).not.toBeInstanceOf(Error);
    expect(uitkomst, s.naam).toStrictEqual(s.verwacht.waarde);
    return;
  }
  expect(uitkomst, s.naam).toBeInstanceOf(ExcelFout);
  const f = uitkomst as ExcelFout;
  expect(f.code, `${s.naam}: ${f.message}`).toBe(s.verwacht.fout);
  expect(f.message.length, s.naam).toBeGreaterThan(10);
  for (const deel of s.verwacht.bevat) expect(f.message.toLowerCase(), s.naam).toContain(deel.toLowerCase());
}

export function controleerUitleg(rijen: unknown): void {
  expect(Array.isArray(rijen)).toBe(true);
  const r = rijen as unknown[][];
  expect(r.length).toBeGreaterThan(1);
  for (const rij of r) {
    expect(rij).toHaveLength(3);
    expect(typeof rij[0]).toBe("string");
    expect(typeof rij[1] === "number" || rij[1] === "").toBe(true);
    expect(typeof rij[2]).toBe("string");
    // null would show as 0 in a spilled array; blanks must be "".
    expect(rij).not.toContain(null);
  }
}

export function controleerRegelsets(tabel: unknown): void {
  const t = tabel as unknown[][];
  expect(t[0]).toEqual(["id", "zorgkantoor", "sector", "jaar", "omschrijving", "bron"]);
  expect(t.slice(1).map((r) => r[0]).sort()).toEqual([...REGELSET_IDS].sort());
  for (const rij of t.slice(1)) {
    expect(rij).toHaveLength(6);
    expect(typeof rij[3]).toBe("number");
    expect(String(rij[5])).toMatch(/\.txt/);
  }
}
