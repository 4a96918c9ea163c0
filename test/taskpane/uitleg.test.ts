import { describe, expect, it } from "vitest";
import { tariefuitleg, UitlegFout } from "../../src/taskpane/uitleg";
import { maakWerkmap } from "../../src/workbook/snapshot";
import { KOPRIJ, opgebouwdeWerkmap } from "./voorbeeld";

describe("tariefuitleg", () => {
  it("geeft de stappen voor de rij van de selectie, met het profiel uit het kopblok", () => {
    const u = tariefuitleg(opgebouwdeWerkmap(), { blad: "offerte", cel: "J8" });
    expect(u).toMatchObject({ blad: "Offerte", rij: 8, prestatie: "ZZP 6VV", leveringsvorm: "ZZP", onderdeel: "zorg", regelset: "CZ-VV-2021", percentage: "96%" });
    expect(u.stappen.map((s) => s.percentage)).toContain("94%");
    expect(u.stappen.every((s) => s.bron.length > 0)).toBe(true);
  });

  it("zonder plan opslag geen opslag; een gekozen regelset gaat voor", () => {
    const w = maakWerkmap({ O: [["Regelset", "CZ-VV-2021"], ["Plan opslag", "nee"], [], KOPRIJ, ["p", "ZZP", "", 1, 1, 1, 0.94, 1, 1, 1]] });
    expect(tariefuitleg(w, { blad: "O", cel: "B5" }).percentage).toBe("94%");
    expect(tariefuitleg(w, { blad: "O", cel: "B5" }, "LANDELIJK-2021").regelset).toBe("LANDELIJK-2021");
  });

  it("buiten een prestatierij, onbekende leveringsvorm of geen regelset: een UitlegFout met een bruikbare zin", () => {
    const w = opgebouwdeWerkmap();
    expect(() => tariefuitleg(w, { blad: "Offerte", cel: "A6" })).toThrow(UitlegFout);
    expect(() => tariefuitleg(w, { blad: "Bestaat niet", cel: "A7" })).toThrow(/ligt niet in een ingevulde rij/);
    expect(() => tariefuitleg(w, { blad: "Offerte", cel: "A11" })).toThrow(/Geen uitleg mogelijk voor rij 11: .*bestaat niet/);
    const zonder = maakWerkmap({ O: [KOPRIJ, ["p", "ZZP", "", 1, 1, 1, 0.94, 1, 1, 1]] });
    expect(() => tariefuitleg(zonder, { blad: "O", cel: "A2" })).toThrow(/noemt geen regelset/);
  });
});
