/**
 * The SHIPPED bundle: dist/functions.js loaded into a plain context with only CustomFunctions and Office
 * (test/support/bundel.ts), every function called exactly as registered with CustomFunctions.associate.
 * Builds dist/ first when it is missing or older than the sources (npm test builds anyway).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type GeladenBundel, laadBundel, zorgVoorBuild } from "../support/bundel";
import { controleer, controleerRegelsets, controleerUitleg } from "./controle";
import { EXTRA_IDS, SCENARIOS, SPEC_IDS } from "./scenarios";

let b: GeladenBundel;

beforeAll(() => {
  zorgVoorBuild();
  b = laadBundel();
}, 180_000);

describe("registratie van de gebouwde bundel", () => {
  it("registreert precies de functies van functions.json, en omgekeerd", () => {
    const metadataIds = b.metadata.functions.map((f) => f.id).sort();
    expect([...b.geregistreerd.keys()].sort()).toEqual(metadataIds);
    expect(metadataIds).toEqual([...SPEC_IDS, ...EXTRA_IDS].sort());
  });

  it("geeft elke functie in functions.json een Nederlandse omschrijving en parameterhulp", () => {
    for (const f of b.metadata.functions) {
      expect(f.name).toBe(f.id);
      expect(f.description, f.id).toMatch(/^[A-Z].{20,}/);
      for (const p of f.parameters) expect((p as { description?: string }).description, `${f.id}.${p.name}`).toBeTruthy();
    }
  });

  it("houdt de argumentvolgorde van de spec aan", () => {
    const params = (id: string) => b.metadata.functions.find((f) => f.id === id)!.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(params("TARIEF")).toEqual(["regelset", "leveringsvorm", "nza_zorg", "nza_nhc", "nza_nic", "[aanbieder]", "[onderdeel]"]);
    expect(params("TARIEFPERCENTAGE")).toEqual(["regelset", "leveringsvorm", "[aanbieder]", "[onderdeel]"]);
    expect(params("TARIEFUITLEG")).toEqual(["regelset", "leveringsvorm", "[aanbieder]", "[onderdeel]"]);
    expect(params("HERSCHIKKING")).toEqual(["regelset", "realisatie_jan_jun", "realisatie_juni"]);
    expect(params("INITIELEVOLUME")).toEqual(["regelset", "leveringsvorm", "herschikte_afspraak", "[correcties]"]);
    expect(params("CRISISVERGOEDING")).toEqual(["regelset", "afgesproken_bedden", "dagen_bezet", "dagen_onbezet", "[tarief]", "[leegstandtarief]"]);
    expect(params("REGELSETS")).toEqual([]);
    // Ranges must arrive as ranges: aanbieder and correcties are matrix parameters.
    const dim = (id: string, naam: string) => b.metadata.functions.find((f) => f.id === id)!.parameters.find((p) => p.name === naam)!.dimensionality;
    expect(dim("TARIEF", "aanbieder")).toBe("matrix");
    expect(dim("INITIELEVOLUME", "correcties")).toBe("matrix");
    expect(b.metadata.functions.find((f) => f.id === "TARIEFUITLEG")!.result.dimensionality).toBe("matrix");
  });
});

describe("scenario's via de geregistreerde functies", () => {
  it.each(SCENARIOS.map((s) => [s.naam, s] as const))("%s", (_naam, s) => {
    controleer(s, b.uitkomst(s.id, ...s.args));
  });

  it("TARIEFUITLEG spilt stap, percentage (getal of leeg) en bron, met waarschuwingsrijen", () => {
    const rijen = b.roep("TARIEFUITLEG", "CZ-GZ-2026", "ZZP", [["Categorie", "nieuw"], ["Richttarief", "97,8%"]]) as unknown[][];
    controleerUitleg(rijen);
    expect(rijen.some((r) => String(r[0]).startsWith("Let op") && r[1] === "")).toBe(true);
    expect(rijen.find((r) => /richttarief/i.test(String(r[0])))?.[1]).toBe(0.978);
    expect(rijen.map((r) => r[2]).join(" ")).toContain("CZ26-T9");
  });

  it("TARIEFUITLEG met een fout geeft de fout, geen halve tabel", () => {
    const f = b.uitkomst("TARIEFUITLEG", "CZ-GZ-2026", "ZZP") as Error & { code: string };
    expect(f.code).toBe("#N/A");
  });

  it("REGELSETS spilt een kopregel en een rij per regelset", () => {
    controleerRegelsets(b.roep("REGELSETS"));
  });

  it("een onverwachte fout wordt een #VALUE! met een Nederlandse melding", () => {
    const boem = new Proxy([], { get() { throw new TypeError("boem"); } });
    const f = b.uitkomst("TARIEF", "CZ-VV-2021", "ZZP", 100, 10, 5, boem) as Error & { code: string };
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/onverwachte fout/);
    expect(f.message).not.toContain("boem");
  });

  it("geeft gewone getallen terug, geen Decimal-objecten", () => {
    for (const id of ["TARIEF", "TARIEFPERCENTAGE", "HERSCHIKKING", "INITIELEVOLUME", "CRISISVERGOEDING"]) {
      const s = SCENARIOS.find((x) => x.id === id && "waarde" in x.verwacht)!;
      expect(typeof b.roep(id, ...s.args), id).toBe("number");
    }
  });
});
