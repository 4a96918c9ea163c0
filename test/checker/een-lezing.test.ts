/**
 * Spec §5: functions and checker read numbers, percentages and the provider profile with the same code.
 * The same random profile goes to the shipped WLZ.TARIEFPERCENTAGE (as a two-column range) and into an
 * offerte's header block; a prestatie row offers exactly what the function answers. They must agree:
 * a percentage from the function is clean in the checker, a #WAARDE! is an unreadable profile
 * (WLZ-OFF-003) and a #N/B a value the sources do not give (WLZ-OFF-005), never a tariff verdict.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { controleerWerkmap } from "../../src/workbook/controle";
import { maakWerkmap } from "../../src/workbook/snapshot";
import { ExcelFout, type GeladenBundel, laadBundel, zorgVoorBuild } from "../support/bundel";
import { KOLOMMEN } from "./hulp";

let b: GeladenBundel;
beforeAll(() => {
  zorgVoorBuild();
  b = laadBundel();
}, 180_000);

const LABELS: Record<string, unknown[]> = {
  "Plan opslag": ["ja", "nee", "Ja", "NEE", true, false, 1, 0, "misschien", "", null],
  Categorie: ["bestaand", "nieuw", "bestaand-nieuw", "Bestaand maar nieuw", "oud", null],
  "Tariefpercentage vorig jaar": [0.95, 0.97, "95%", "95,5%", "1,234%", "1.212", 1.5, -0.1, "abc", null],
  "Lagere kosten": ["ja", "nee", "x"],
  "Regionale bijdrage": ["actief", "niet actief", "inactief", "half"],
  Uitzondering: ["ja", "nee"],
  "Afgesproken percentage": [0.955, "96%", "1.000", 2],
  Richttarief: [0.978, "97,8%", 0.5, "tekst"],
  Monitor: ["verhoging", "gelijk", "verlaging", "gelijkblijvend", "omhoog"],
  Differentiatie: [-0.02, 0.01, "-2%", "1%", 0.5],
  "Technologie-opslag": ["ja", "nee"],
  "Bewegingen-opslag": ["ja", "nee"],
  "Essentiele voorzieningen": ["ja", "nee"],
  Werkgeversopslag: ["ja", "nee"],
};
/** How people write a label: with a colon, other case, extra spaces. */
const schrijfwijze = (l: string) => fc.constantFrom(l, `${l}:`, l.toUpperCase(), ` ${l.toLowerCase()} `);
const paar = fc.constantFrom(...Object.keys(LABELS)).chain((l) => fc.tuple(schrijfwijze(l), fc.constantFrom(...LABELS[l])));
const REGELSETS = ["LANDELIJK-2021", "CZ-VV-2021", "CZ-GZ-2026", "DSW-VV-2024", "MENZIS-VV-2024", "CZ-VV-2024", "VGZ-VV-2024", "ZK-VV-2024"];

describe("function and checker read one profile the same way (property)", () => {
  it("random profiles (repeated labels, colons, bad values): the same verdict from WLZ.TARIEFPERCENTAGE and the checker", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REGELSETS), fc.constantFrom("ZZP", "VPT"), fc.array(paar, { maxLength: 5 }), (regelset, lv, paren) => {
        const uit = b.uitkomst("TARIEFPERCENTAGE", regelset, lv, paren.length ? paren : null);
        const kop = [["Regelset", regelset], ...paren];
        const pct = typeof uit === "number" ? uit : 0.5;
        // 0,5 x 100 + 0 = 50 keeps the tarief consistent; only the percentage is judged
        const rij = ["P1", lv, "zorg", 100, 0, 0, pct, Math.round(pct * 100 * 100) / 100, 1, Math.round(pct * 100 * 100) / 100];
        const wm = maakWerkmap({ Offerte: [...kop, [], KOLOMMEN.slice(0, 10), rij] as never });
        const r = controleerWerkmap(wm);
        const codes = r.bevindingen.filter((f) => f.code !== "WLZ-AMB-001").map((f) => f.code);
        if (typeof uit === "number") {
          expect(codes, JSON.stringify({ regelset, lv, paren, uit })).toEqual([]);
        } else {
          expect(uit).toBeInstanceOf(ExcelFout);
          const fout = uit as ExcelFout;
          if (fout.code === "#VALUE!") {
            expect(codes.filter((c) => c.startsWith("WLZ-TAR")), JSON.stringify({ paren })).toEqual([]);
            expect(codes, JSON.stringify({ regelset, paren, melding: fout.message })).toContain("WLZ-OFF-003");
          } else {
            expect(fout.code).toBe("#N/A");
            expect(codes.filter((c) => c.startsWith("WLZ-TAR")), JSON.stringify({ paren })).toEqual([]);
            expect(codes, JSON.stringify({ regelset, paren, melding: fout.message })).toContain("WLZ-OFF-005");
          }
        }
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });

  it("number texts: a function argument and a table cell accept or refuse the same texts", () => {
    const teksten = ["212,37", "1.212,37", "€ 1.212,37", "1.212", "1,212", "1.000", "0.955", "12,5", "abc", "1 212,37"];
    for (const t of teksten) {
      const uit = b.uitkomst("TARIEF", "CZ-VV-2021", "ZZP", t, 0, 0);
      const refuses = uit instanceof ExcelFout;
      // the checker always reports text in a number column; its message says whether the text is a number at all
      const rij = ["P1", "ZZP", "zorg", t, 0, 0, 0.94, 1, 1, 1];
      const r = controleerWerkmap(maakWerkmap({ Offerte: [["Regelset", "CZ-VV-2021"], [], KOLOMMEN.slice(0, 10), rij] as never }));
      const f = r.bevindingen.find((x) => x.cell === "D4");
      expect(f?.code, t).toBe("WLZ-OFF-003");
      expect(f!.message.includes("het lijkt"), `${t}: ${f!.message}`).toBe(!refuses);
    }
  });
});
