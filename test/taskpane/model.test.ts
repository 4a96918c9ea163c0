import { describe, expect, it } from "vitest";
import { codes, filter, groepeer, samenvattingTekst, tel } from "../../src/taskpane/model";
import { splitsAdres } from "../../src/taskpane/excelHost";
import type { Bevinding } from "../../src/taskpane/host";

const b = (severity: Bevinding["severity"], sheet: string, cell: string, code = "WLZ-X"): Bevinding => ({ code, severity, sheet, cell, message: "m", source: "s" });

describe("samenvattingTekst", () => {
  it("enkelvoud en meervoud in het Nederlands", () => {
    expect(samenvattingTekst({ fout: 3, waarschuwing: 1, info: 2 })).toBe("3 fouten, 1 waarschuwing, 2 info");
    expect(samenvattingTekst({ fout: 1, waarschuwing: 2, info: 0 })).toBe("1 fout, 2 waarschuwingen, 0 info");
    expect(samenvattingTekst({ fout: 0, waarschuwing: 0, info: 0 })).toBe("Geen bevindingen");
  });
});

describe("groeperen en filteren", () => {
  const lijst = [b("info", "B", "A1", "WLZ-AMB-001"), b("fout", "B", "C10"), b("fout", "A", "AA2"), b("fout", "B", "B2", "WLZ-Y"), b("fout", "B", "C2")];

  it("ernst fout eerst, bladen in volgorde van voorkomen, cellen op rij en kolom", () => {
    const g = groepeer(lijst);
    expect(g.map((x) => [x.ernst, x.aantal])).toEqual([["fout", 4], ["info", 1]]);
    expect(g[0].bladen.map((x) => [x.blad, x.bevindingen.map((y) => y.cell)])).toEqual([["B", ["B2", "C2", "C10"]], ["A", ["AA2"]]]);
  });

  it("filter op ernst en code; codes gesorteerd; tel", () => {
    expect(filter(lijst, { ernsten: new Set(["info"]), code: null })).toHaveLength(1);
    expect(filter(lijst, { ernsten: new Set(["fout", "info"]), code: "WLZ-Y" }).map((x) => x.cell)).toEqual(["B2"]);
    expect(codes(lijst)).toEqual(["WLZ-AMB-001", "WLZ-X", "WLZ-Y"]);
    expect(tel(lijst)).toEqual({ fout: 4, waarschuwing: 0, info: 1 });
  });
});

describe("splitsAdres", () => {
  it.each([
    ["Offerte!C14", "Offerte", "C14"],
    ["Offerte!$C$14:$D$20", "Offerte", "C14"],
    ["'Mijn blad'!B2", "Mijn blad", "B2"],
    ["'Jan''s blad'!A1:B2", "Jan's blad", "A1"],
    ["'a!b'!Z9", "a!b", "Z9"],
  ])("%s", (adres, blad, cel) => {
    expect(splitsAdres(adres)).toEqual({ blad, cel });
  });
});
