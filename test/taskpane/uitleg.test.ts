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

describe("tariefuitleg: werkmap naast regelset, en de berekening in euro's", () => {
  it("rij 8: percentage te hoog en tarief wijkt af, met de NZa-bedragen van de rij", () => {
    const v = tariefuitleg(opgebouwdeWerkmap(), { blad: "Offerte", cel: "A8" }).vergelijking;
    expect(v.percentage).toEqual({
      werkmap: { cel: "G8", tekst: "98%", probleem: null },
      regelset: "96%",
      marge: null,
      vergelijking: "hoger",
      verschil: "2 procentpunt hoger dan toegestaan",
    });
    // 96% x 250 + 100% x (20 + 10) = 270
    expect(v.berekening).toEqual({ percentage: "96%", werkmapPercentage: false, zorg: "€ 250,00", nhc: "€ 20,00", nic: "€ 10,00", uitkomst: "€ 270,00" });
    expect(v.nhcNicPercentage).toBe("100%");
    expect(v.tarief).toEqual({ werkmap: { cel: "H8", tekst: "€ 277,00", probleem: null }, regelset: "€ 270,00", vergelijking: "hoger", verschil: "€ 7,00 hoger" });
    expect(v.geenBerekening).toBeNull();
  });

  it("een tarief dat het te hoge percentage van de werkmap volgt: gezegd", () => {
    // 97% x 180 + 100% x 25,05 = 199,65 (the workbook), 96%: 197,85
    const w = maakWerkmap({ O: [["Regelset", "CZ-VV-2021"], ["Plan opslag", "ja"], [], KOPRIJ, ["p", "ZZP", "", 180, 20.1, 4.95, 0.97, 199.65, 1, 199.65]] });
    const v = tariefuitleg(w, { blad: "O", cel: "A5" }).vergelijking;
    expect(v.tarief).toMatchObject({ regelset: "€ 197,85", vergelijking: "hoger", verschil: "€ 1,80 hoger; het tarief volgt het tariefpercentage van de werkmap (97%)" });
  });

  it("een rij die klopt: gelijk; een te laag percentage: lager", () => {
    const w = opgebouwdeWerkmap();
    const goed = tariefuitleg(w, { blad: "Offerte", cel: "C7" }).vergelijking;
    expect([goed.percentage.vergelijking, goed.tarief.vergelijking, goed.tarief.regelset]).toEqual(["gelijk", "gelijk", "€ 222,00"]);
    const laag = tariefuitleg(w, { blad: "Offerte", cel: "C10" }).vergelijking;
    expect([laag.percentage.vergelijking, laag.percentage.verschil]).toEqual(["lager", "2 procentpunt lager"]);
    // 96% x 150 + 30 = 174; the workbook has 171 = 94% x 150 + 30
    expect([laag.tarief.regelset, laag.tarief.verschil]).toEqual(["€ 174,00", "€ 3,00 lager; het tarief volgt het tariefpercentage van de werkmap (94%)"]);
  });

  it("rekent in decimalen en rondt één keer af op centen, half van nul af (geen floats)", () => {
    // 94% x 100,25 = 94,235 -> € 94,24; (0.94 * 100.25).toFixed(2) in floats gives 94.23
    const w = maakWerkmap({ O: [["Regelset", "LANDELIJK-2021"], [], KOPRIJ, ["p", "ZZP", "", 100.25, null, null, 0.94, 94.23, 1, 94.23]] });
    const v = tariefuitleg(w, { blad: "O", cel: "A4" }).vergelijking;
    expect(v.berekening?.uitkomst).toBe("€ 94,24");
    // lege NHC en NIC tellen als 0
    expect([v.nza.nhc, v.nza.nic]).toEqual([{ cel: "E4", tekst: "€ 0,00", probleem: null }, { cel: "F4", tekst: "€ 0,00", probleem: null }]);
    expect([v.tarief.vergelijking, v.tarief.verschil]).toEqual(["lager", "€ 0,01 lager"]);
    // thousands grouped as Dutch Excel shows them
    const groot = maakWerkmap({ O: [["Regelset", "LANDELIJK-2021"], [], KOPRIJ, ["p", "ZZP", "", 1312.5, 10, 5, 0.94, 1248.75, 1, 1248.75]] });
    expect(tariefuitleg(groot, { blad: "O", cel: "A4" }).vergelijking.berekening?.uitkomst).toBe("€ 1.248,75");
  });

  it("ontbrekende of onleesbare waarden: gezegd waarom, nooit NaN", () => {
    const w = maakWerkmap({
      O: [
        ["Regelset", "CZ-VV-2021"],
        [],
        KOPRIJ,
        ["leeg", "ZZP", "", null, 20, 10, null, null, 1, 1],
        ["tekst", "ZZP", "", "210,40", "x", 10, "96 procent", "€ 227,03", 1, 1],
        ["fout", "ZZP", "", { fout: "#N/A" }, 20, { fout: "#VALUE!" }, 1.2, -5, 1, 1],
      ],
    });
    const leeg = tariefuitleg(w, { blad: "O", cel: "A4" }).vergelijking;
    expect(leeg.berekening).toBeNull();
    expect(leeg.geenBerekening).toBe("Geen berekening in euro's: NZa zorg (D4) is leeg.");
    // no Plan opslag: 94%
    expect(leeg.percentage).toMatchObject({ werkmap: { cel: "G4", tekst: null, probleem: "leeg" }, regelset: "94%", vergelijking: "onbekend", verschil: null });
    expect(leeg.tarief).toMatchObject({ regelset: null, vergelijking: "onbekend", verschil: null, werkmap: { probleem: "leeg" } });

    const tekst = tariefuitleg(w, { blad: "O", cel: "A5" }).vergelijking;
    expect(tekst.geenBerekening).toBe('Geen berekening in euro\'s: NZa zorg (D5) is tekst "210,40", geen getal; NZa NHC (E5) is tekst "x", geen getal.');
    expect(tekst.percentage.werkmap.probleem).toBe('tekst "96 procent", geen getal');

    const fout = tariefuitleg(w, { blad: "O", cel: "A6" }).vergelijking;
    expect(fout.geenBerekening).toBe("Geen berekening in euro's: NZa zorg (D6) is foutwaarde #N/B; NZa NIC (F6) is foutwaarde #WAARDE!.");
    expect(fout.percentage.werkmap.probleem).toBe("1,2 is meer dan 100%");
    expect(fout.tarief.werkmap.probleem).toBe("negatief (-5)");
    expect(JSON.stringify([leeg, tekst, fout])).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("binnen de marge van de regelset volgt het tarief het percentage van de werkmap", () => {
    // CZ-GZ-2026, bestaand maar nieuw without Uitzondering: richttarief − 2 (95%), allowed up to the richttarief (97%)
    const w = maakWerkmap({
      O: [["Regelset", "CZ-GZ-2026"], ["Categorie", "bestaand-nieuw"], ["Richttarief", 0.97], [], KOPRIJ, ["p", "ZZP", "", 200, 10, 0, 0.965, 203, 1, 203]],
    });
    const v = tariefuitleg(w, { blad: "O", cel: "A6" }).vergelijking;
    expect(v.percentage.regelset).toBe("95%");
    expect(v.percentage.marge).toBe("95% tot 97%");
    expect(v.percentage.vergelijking).toBe("binnen de marge");
    // 96,5% x 200 + 100% x 10 = 203
    expect(v.berekening).toMatchObject({ percentage: "96,5%", werkmapPercentage: true, uitkomst: "€ 203,00" });
    expect(v.tarief.vergelijking).toBe("gelijk");
  });
});

describe("tariefuitleg en controle zeggen hetzelfde", () => {
  it("het tarief volgens de regelset is wat WLZ-TAR-002 verwacht; binnen de marge geen tariefbevinding", async () => {
    const { controleerWerkmap } = await import("../../src/workbook/controle");
    const w = opgebouwdeWerkmap();
    const r = controleerWerkmap(w);
    const tar = r.bevindingen.filter((b) => b.code === "WLZ-TAR-002");
    expect(tar.length).toBeGreaterThan(0);
    for (const b of tar) {
      const v = tariefuitleg(w, { blad: b.sheet, cel: b.cell }).vergelijking;
      expect((b as { verwacht?: string }).verwacht).toBe(v.tarief.regelset);
      expect(v.tarief.vergelijking).not.toBe("gelijk");
    }
    const marge = maakWerkmap({
      O: [["Regelset", "CZ-GZ-2026"], ["Categorie", "bestaand-nieuw"], ["Richttarief", 0.97], [], KOPRIJ, ["p", "ZZP", "", 200, 10, 0, 0.965, 203, 1, 203]],
    });
    expect(controleerWerkmap(marge).bevindingen.filter((b) => b.code.startsWith("WLZ-TAR-"))).toEqual([]);
  });
});
