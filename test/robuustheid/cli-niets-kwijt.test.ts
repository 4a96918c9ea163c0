/**
 * Niets kwijt: wlz-check mag een werkmap van de gebruiker nooit overschrijven.
 * BUG (src/cli/wlz-check.ts, --out): `wlz-check offerte.xlsx --out offerte.xlsx` schrijft het tekstrapport
 * over de gecontroleerde werkmap heen (afsluitcode 0, werkmap weg). Verwacht: weigeren met een Nederlandse
 * melding en afsluitcode 2 als --out een van de invoerbestanden is (of op .xlsx eindigt), werkmap ongewijzigd.
 * Opgelost: --out naar een werkmap wordt geweigerd.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { main } from "../../src/cli/wlz-check";
import { ROOT } from "../support/bundel";

let map: string | undefined;
afterEach(() => {
  if (map) rmSync(map, { recursive: true, force: true });
});

function kopie(): { pad: string; voor: Buffer } {
  map = mkdtempSync(join(tmpdir(), "wlz-out-"));
  const pad = join(map, "offerte.xlsx");
  copyFileSync(join(ROOT, "examples", "offerte-cz-vv-2021.xlsx"), pad);
  return { pad, voor: readFileSync(pad) };
}

it("--out naar een nieuw bestand schrijft het rapport en laat de werkmap ongemoeid", async () => {
  const { pad, voor } = kopie();
  const uit = join(map as string, "rapport.txt");
  const fout: string[] = [];
  const code = await main([pad, "--out", uit], { stdout: () => undefined, stderr: (t) => fout.push(t) });
  expect([0, 1]).toContain(code);
  expect(readFileSync(uit, "utf8")).toContain("Samenvatting");
  expect(readFileSync(pad).equals(voor)).toBe(true);
});

// BUG src/cli/wlz-check.ts: --out gelijk aan het invoerbestand overschrijft de werkmap (zie kop)
it("wlz-check offerte.xlsx --out offerte.xlsx: geweigerd (code 2), werkmap byte voor byte ongewijzigd", async () => {
  const { pad, voor } = kopie();
  const fout: string[] = [];
  const code = await main([pad, "--out", pad], { stdout: () => undefined, stderr: (t) => fout.push(t) });
  expect(readFileSync(pad).equals(voor)).toBe(true);
  expect(code).toBe(2);
  expect(fout.join("")).toMatch(/^wlz-check: /);
});
