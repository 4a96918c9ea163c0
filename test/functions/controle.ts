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
  // Spec §2 fixes the first six columns; validity, status and data version follow.
  expect(t[0]).toEqual(["id", "zorgkantoor", "sector", "jaar", "omschrijving", "bron", "geldig vanaf", "geldig tot", "status", "dataversie"]);
  expect(t.slice(1).map((r) => r[0]).sort()).toEqual([...REGELSET_IDS].sort());
  for (const rij of t.slice(1)) {
    expect(rij).toHaveLength(10);
    expect(typeof rij[3]).toBe("number");
    // A document title and section, never the file name or line numbers of the extracted text.
    expect(String(rij[5])).toMatch(/Zorginkoopdocument|Nota van Inlichtingen|Tabel thema|Inkoopbeleid/);
    expect(String(rij[5])).not.toMatch(/\.txt|\(L[0-9]/);
    expect(String(rij[6])).toBe(`${rij[3]}-01-01`);
    expect(String(rij[7])).toBe(`${rij[3]}-12-31`);
    expect(String(rij[8])).toMatch(/^(gepubliceerd document|secundaire bron, zekerheid (hoog|middel|laag))$/);
    expect(String(rij[9])).toMatch(/^[0-9a-f]{12}$/);
  }
}
