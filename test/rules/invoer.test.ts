/**
 * Input parsers of the rules core (spec §2 "Inputs"): leveringsvorm, onderdeel, numbers and Dutch number
 * texts, percentages, ja/nee, dates, and the decimal helpers the messages and amounts rely on.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alsBedrag,
  alsGetal,
  alsPercentage,
  D,
  kort,
  LEVERINGSVORMEN,
  leesGetal,
  leesJaNee,
  leesLeveringsvorm,
  leesOnderdeel,
  leesPercentage,
  leesTijdstip,
  max,
  min,
  nietBeschikbaar,
  ongeldig,
  opCenten,
  pp,
  RegelFout,
  sleutel,
  tekstNaarGetal,
  vanExcel,
} from "../../src/rules";
import { CONTROLETEKENS, d, fout, gelijk } from "./hulp";

describe("leveringsvorm", () => {
  it("alle zeven, hoofdletter-ongevoelig, spaties eromheen genegeerd", () => {
    for (const lv of LEVERINGSVORMEN) {
      expect(leesLeveringsvorm(lv)).toBe(lv);
      expect(leesLeveringsvorm(` ${lv.toLowerCase()} `)).toBe(lv);
    }
    expect(leesLeveringsvorm("Logeren")).toBe("LOGEREN");
    expect(leesLeveringsvorm("\tvpt\n")).toBe("VPT");
    expect(leesLeveringsvorm("Meer zorg")).toBe("MEERZORG");
  });

  it("onbekende leveringsvorm -> niet-beschikbaar (#N/A) met de keuzes", () => {
    const f = fout(() => leesLeveringsvorm("ZZP-plus"), "niet-beschikbaar");
    expect(f.message).toContain("ZZP-plus");
    expect(f.message).toContain("LOGEREN");
    expect(f.argument).toBe("leveringsvorm");
  });

  it("geen tekst of leeg -> ongeldig (#VALUE!)", () => {
    for (const x of [null, undefined, 0, 5, "", "   ", true, [["ZZP"]]]) {
      expect(fout(() => leesLeveringsvorm(x), "ongeldig").message).toMatch(/^leveringsvorm: /);
    }
  });

  it("controletekens en lange tekst komen niet in de foutmelding (leveringsvorm)", () => {
    const f = fout(() => leesLeveringsvorm("ZZ\u0000P\u001b[2J" + "y".repeat(300)), "niet-beschikbaar");
    expect(CONTROLETEKENS.test(f.message)).toBe(false);
    expect(f.message.length).toBeLessThan(200);
  });
});

describe("onderdeel", () => {
  it("standaard zorg bij null, undefined, \"\" en 0 (lege cel web/desktop)", () => {
    for (const x of [null, undefined, "", 0]) expect(leesOnderdeel(x)).toBe("zorg");
  });

  it("zorg, toeslag, dagbesteding, vervoer, hoofdletter- en spatie-ongevoelig", () => {
    expect(leesOnderdeel(" Toeslag ")).toBe("toeslag");
    expect(leesOnderdeel("DAGBESTEDING")).toBe("dagbesteding");
    expect(leesOnderdeel("vervoer")).toBe("vervoer");
    expect(leesOnderdeel("Zorg")).toBe("zorg");
  });

  it("onbekend -> niet-beschikbaar; geen tekst -> ongeldig", () => {
    expect(fout(() => leesOnderdeel("huur"), "niet-beschikbaar").message).toContain("dagbesteding");
    fout(() => leesOnderdeel(5), "ongeldig");
    fout(() => leesOnderdeel(true), "ongeldig");
  });

  it("controletekens komen niet in de foutmelding (onderdeel)", () => {
    expect(CONTROLETEKENS.test(fout(() => leesOnderdeel("x\u0007y"), "niet-beschikbaar").message)).toBe(false);
  });
});

describe("getallen", () => {
  it("Nederlandse en gewone notatie in tekst: 1.234,56 / 1234,56 / 0.955 / € 1.234,56 / 1 234,56", () => {
    gelijk(tekstNaarGetal("1.234,56"), "1234.56");
    gelijk(tekstNaarGetal("1.234.567,89"), "1234567.89");
    gelijk(tekstNaarGetal("1234,56"), "1234.56");
    gelijk(tekstNaarGetal("0.955"), "0.955");
    gelijk(tekstNaarGetal("95,5"), "95.5");
    gelijk(tekstNaarGetal("€ 1.234,56"), "1234.56");
    gelijk(tekstNaarGetal("1 234,56"), "1234.56");
    gelijk(tekstNaarGetal("-5,5"), "-5.5");
    gelijk(tekstNaarGetal("+7"), 7);
  });

  it("geen getal: lege tekst, letters, twee komma's, punt na komma", () => {
    for (const t of ["", "  ", "abc", "12,34,56", "1,234.56", "1.23,4", "1e5", "NaN", "0x10", "--1"]) expect(tekstNaarGetal(t), t).toBeUndefined();
  });

  it("\"1.234.567\" geeft 1234567 of een RegelFout, nooit een andere uitzondering", () => {
    let r: unknown;
    try {
      r = leesGetal("1.234.567", "Volume");
    } catch (e) {
      expect(e).toBeInstanceOf(RegelFout);
      return;
    }
    expect(String(r)).toBe("1234567");
  });

  it("leesGetal: getallen als Excel ze toont (15 cijfers), 0,1 + 0,2 = 0,3", () => {
    gelijk(leesGetal(0.1 + 0.2, "x"), "0.3");
    gelijk(leesGetal(94.1, "x"), "94.1");
    gelijk(leesGetal(-0, "x"), 0);
    gelijk(leesGetal("1.234,56", "x"), "1234.56");
    gelijk(leesGetal(1e21, "x"), "1e21");
  });

  it("lege cel: 0 bij leegIsNul (web null en desktop 0 geven hetzelfde), anders ongeldig", () => {
    for (const leeg of [null, undefined, ""]) gelijk(leesGetal(leeg, "x", { leegIsNul: true }), 0);
    gelijk(leesGetal(0, "x", { leegIsNul: true }), 0);
    expect(fout(() => leesGetal(null, "NZa zorg"), "ongeldig").message).toBe("NZa zorg: verwacht een getal, de cel is leeg.");
  });

  it("ongeldig: NaN, oneindig, WAAR/ONWAAR, een bereik, tekst, negatief (tenzij toegestaan)", () => {
    expect(fout(() => leesGetal(NaN, "x"), "ongeldig").message).toContain("eindig");
    fout(() => leesGetal(Infinity, "x"), "ongeldig");
    expect(fout(() => leesGetal(true, "x"), "ongeldig").message).toContain("WAAR");
    expect(fout(() => leesGetal([[1, 2]], "x"), "ongeldig").message).toContain("bereik");
    expect(fout(() => leesGetal("twaalf", "Volume"), "ongeldig").message).toBe('Volume: verwacht een getal, niet de tekst "twaalf".');
    expect(fout(() => leesGetal(-1, "x"), "ongeldig").message).toContain("negatief");
    gelijk(leesGetal(-1, "x", { negatiefToegestaan: true }), -1);
    gelijk(leesGetal("-1,5", "x", { negatiefToegestaan: true }), "-1.5");
  });

  it("tekst met controletekens in de melding wordt geschoond", () => {
    expect(CONTROLETEKENS.test(fout(() => leesGetal("12\u0000\u001bx", "x")).message)).toBe(false);
  });
});

describe("percentages", () => {
  it("fractie of tekst met %: 0,955 / \"95,5%\" / \"95.5 %\" / \"0,955\" / \"100%\"", () => {
    for (const x of [0.955, "95,5%", "95.5 %", " 95,5% ", "0,955", "0.955"]) gelijk(leesPercentage(x, "p"), "0.955");
    gelijk(leesPercentage("100%", "p"), 1);
    gelijk(leesPercentage(1, "p"), 1);
    gelijk(leesPercentage(0, "p"), 0);
    gelijk(leesPercentage("0,5%", "p"), "0.005");
  });

  it("boven 100% (een getal > 1) is ongeldig: een tarief boven het NZa-maximum bestaat niet", () => {
    for (const x of [95.5, 1.0001, "100,01%", "101%", 2]) {
      const f = fout(() => leesPercentage(x, "Tariefpercentage"), "ongeldig");
      expect(f.message).toMatch(/^Tariefpercentage: .*meer dan 100%/);
    }
  });

  it("onleesbaar of negatief", () => {
    expect(fout(() => leesPercentage("veel%", "p"), "ongeldig").message).toContain("95,5%");
    fout(() => leesPercentage("%", "p"), "ongeldig");
    fout(() => leesPercentage(null, "p"), "ongeldig");
    expect(fout(() => leesPercentage("-1%", "p"), "ongeldig").message).toContain("negatief");
    expect(fout(() => leesPercentage(-0.5, "p"), "ongeldig").message).toContain("negatief");
    gelijk(leesPercentage("-1%", "p", { negatiefToegestaan: true }), "-0.01");
    fout(() => leesPercentage("-101%", "p", { negatiefToegestaan: true }), "ongeldig");
  });

  it("heen en terug: leesPercentage(alsPercentage(f)) = f voor elk percentage in basispunten/100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const f = new D(n).div(1_000_000);
        expect(leesPercentage(alsPercentage(f), "p").toString()).toBe(f.toString());
        expect(leesPercentage(f.toNumber(), "p").toString()).toBe(f.toString());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("ja/nee", () => {
  it("herkent ja/nee-vormen en weigert de rest met het label", () => {
    expect(leesJaNee(true, "x")).toBe(true);
    expect(leesJaNee(false, "x")).toBe(false);
    expect(leesJaNee(null, "x")).toBe(false);
    expect(leesJaNee(undefined, "x")).toBe(false);
    expect(leesJaNee(" Ja ", "x")).toBe(true);
    expect(leesJaNee("", "x")).toBe(false);
    for (const x of [2, -1, "misschien", "jaa", [1]]) expect(fout(() => leesJaNee(x, "Plan opslag"), "ongeldig").message).toMatch(/^Plan opslag: verwacht ja of nee/);
  });
});

describe("sleutel en kort", () => {
  it("sleutel: kleine letters, zonder spaties/streepjes/underscores, ë/é -> e", () => {
    expect(sleutel(" Essentiële  Voorzieningen ")).toBe("essentielevoorzieningen");
    expect(sleutel("Bewegingen-opslag")).toBe("bewegingenopslag");
    expect(sleutel("CZ_VV_2021")).toBe("czvv2021");
    expect(sleutel("Geëxtrapoleerd é")).toBe("geextrapoleerde");
  });

  it("kort: controletekens worden spaties, tekst langer dan n wordt afgekapt met …", () => {
    expect(kort("a\u0000b\u001fc\u007fd")).toBe("a b c d");
    expect(kort("x".repeat(41))).toBe(`${"x".repeat(40)}…`);
    expect(kort("x".repeat(40))).toBe("x".repeat(40));
    expect(kort("abcdef", 3)).toBe("abc…");
  });
});

describe("datums (inschrijving, documenten)", () => {
  it("JJJJ-MM-DD en JJJJ-MM-DDTuu:mm", () => {
    expect(leesTijdstip("2025-07-31T17:00")).toEqual({ jaar: 2025, maand: 7, dag: 31, uur: 17, minuut: 0 });
    expect(leesTijdstip("2025-07-31")).toEqual({ jaar: 2025, maand: 7, dag: 31, uur: 0, minuut: 0 });
  });

  it("andere vormen -> ongeldig met het argument", () => {
    for (const t of ["31-07-2025", "2025-7-31", "2025-07-31 17:00", "", "gisteren"]) {
      expect(fout(() => leesTijdstip(t, "Inschrijfdatum"), "ongeldig").message).toMatch(/^Inschrijfdatum: /);
    }
  });

  it("onmogelijke datums en tijden zijn ongeldig", () => {
    for (const t of ["2020-13-01", "2020-02-30", "2025-07-31T25:00", "2025-07-31T17:60"]) fout(() => leesTijdstip(t), "ongeldig");
  });
});

describe("decimalen, bedragen en meldingen", () => {
  it("vanExcel, pp, opCenten (half van nul af), min/max", () => {
    expect(() => vanExcel(Infinity)).toThrow(RangeError);
    gelijk(vanExcel(0.1 * 3), "0.3");
    gelijk(pp(2), "0.02");
    gelijk(pp("95.5"), "0.955");
    gelijk(opCenten(d("0.005")), "0.01");
    gelijk(opCenten(d("-0.005")), "-0.01");
    gelijk(opCenten(d("2.675")), "2.68");
    gelijk(opCenten(d("1.0049999")), "1");
    gelijk(min(d(1), d(2)), 1);
    gelijk(max(d(1), d(2)), 2);
  });

  it("Nederlandse weergave: 95,5% / € 1.234,50 / -€ 0,50 / 547,5", () => {
    expect(alsPercentage(d("0.955"))).toBe("95,5%");
    expect(alsPercentage(d("0.123456789"))).toBe("12,3457%");
    expect(alsBedrag(d("1234.5"))).toBe("€ 1.234,50");
    expect(alsBedrag(d("1234567.891"))).toBe("€ 1.234.567,89");
    expect(alsBedrag(d("-0.5"))).toBe("-€ 0,50");
    expect(alsBedrag(d("-0"))).toBe("€ 0,00");
    expect(alsGetal(d("547.5"))).toBe("547,5");
  });

  it("RegelFout: ongeldig zet het argument voor het bericht, niet-beschikbaar niet", () => {
    const a = ongeldig("NZa zorg", "verwacht een getal.");
    expect(a).toBeInstanceOf(Error);
    expect(a.name).toBe("RegelFout");
    expect([a.soort, a.message, a.argument]).toEqual(["ongeldig", "NZa zorg: verwacht een getal.", "NZa zorg"]);
    const b = nietBeschikbaar("Niet in de bron.");
    expect([b.soort, b.message, b.argument]).toEqual(["niet-beschikbaar", "Niet in de bron.", undefined]);
  });
});
