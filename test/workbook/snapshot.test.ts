import { describe, expect, it } from "vitest";
import {
  adres,
  alsTekst,
  bladVerwijzing,
  cel,
  datumNaarSerie,
  isFout,
  isLeeg,
  kolomIndex,
  kolomLetters,
  maakWerkmap,
  normaliseerFormule,
  parseAdres,
  serieNaarDatum,
  trimRijen,
  WerkmapFout,
  zoekBlad,
  aantalCellen,
  celKolommen,
  forEachCel,
  rijIndexen,
  BladBouwer,
} from "../../src/workbook/snapshot";

describe("adressen", () => {
  it("zet kolomindexen om naar letters en terug", () => {
    expect(kolomLetters(0)).toBe("A");
    expect(kolomLetters(25)).toBe("Z");
    expect(kolomLetters(26)).toBe("AA");
    expect(kolomLetters(701)).toBe("ZZ");
    expect(kolomLetters(702)).toBe("AAA");
    expect(kolomLetters(16383)).toBe("XFD");
    for (const c of [0, 1, 25, 26, 27, 51, 52, 700, 701, 702, 16383]) expect(kolomIndex(kolomLetters(c))).toBe(c);
    expect(() => kolomLetters(-1)).toThrow(RangeError);
  });

  it("maakt en leest A1-adressen", () => {
    expect(adres(0, 0)).toBe("A1");
    expect(adres(11, 1)).toBe("B12");
    expect(parseAdres("B12")).toEqual({ r: 11, c: 1 });
    expect(parseAdres("$AA$3")).toEqual({ r: 2, c: 26 });
    expect(parseAdres("xfd1048576")).toEqual({ r: 1048575, c: 16383 });
    expect(() => parseAdres("A0")).toThrow(RangeError);
    expect(() => parseAdres("XFE1")).toThrow(RangeError);
    expect(() => parseAdres("A1:B2")).toThrow(RangeError);
  });

  it("zet bladnamen tussen aanhalingstekens zoals Excel", () => {
    expect(bladVerwijzing("Blad1")).toBe("Blad1");
    expect(bladVerwijzing("Mijn blad")).toBe("'Mijn blad'");
    expect(bladVerwijzing("O'Brien")).toBe("'O''Brien'");
    expect(bladVerwijzing("2024")).toBe("'2024'");
    expect(bladVerwijzing("AB12")).toBe("'AB12'");
  });
});

describe("cellen", () => {
  const wm = maakWerkmap({
    Offerte: [
      ["Regelset", "CZ-GZ-2026"],
      [],
      [null, 3, { formule: "=_xldudf_WLZ_TARIEF(A1,B2)", waarde: 120.5 }, { fout: "#N/A" }, "  ", "95,5%", true],
    ],
  });
  const blad = wm.bladen[0];

  it("bouwt een canonieke werkmap", () => {
    expect(blad.rijen.length).toBe(3);
    expect(blad.rijen[1]).toBeUndefined(); // lege rij: een gat (ijl model)
    expect(blad.rijen[2][0]).toBeUndefined();
    expect(0 in blad.rijen[2]).toBe(false); // lege cel: een gat, geen opgeslagen undefined
    expect(cel(blad, 2, 2)).toEqual({ waarde: 120.5, formule: "_xldudf_WLZ_TARIEF(A1,B2)" });
    expect(cel(blad, 99, 99)).toBeUndefined();
    expect(zoekBlad(wm, " offerte ")).toBe(blad);
  });

  it("herkent leeg, getal, tekst en fout", () => {
    expect(isLeeg(cel(blad, 2, 0))).toBe(true);
    expect(isLeeg(cel(blad, 2, 4))).toBe(true);
    expect(isLeeg({ waarde: "", formule: 'IF(A1="","",1)' })).toBe(true);
    expect(isLeeg(cel(blad, 2, 1))).toBe(false);
    expect(isLeeg(null)).toBe(true);
    expect(alsTekst(cel(blad, 0, 1))).toBe("CZ-GZ-2026");
    expect(alsTekst(cel(blad, 2, 1))).toBe("3");
    expect(alsTekst(cel(blad, 2, 4))).toBeUndefined();
    expect(alsTekst(cel(blad, 2, 6))).toBe("WAAR");
    expect(isFout(cel(blad, 2, 3)?.waarde)).toBe(true);
    expect(isFout(cel(blad, 2, 1)?.waarde)).toBe(false);
  });

  it("haalt lege staarten weg en overleeft JSON", () => {
    const r = trimRijen([[{ waarde: 1 }, undefined, null], [], [null]]);
    expect(r).toEqual([[{ waarde: 1 }]]);
    const terug = JSON.parse(JSON.stringify(maakWerkmap({ B: [[null, 1]] })));
    expect(isLeeg(cel(terug.bladen[0], 0, 0))).toBe(true);
    expect(cel(terug.bladen[0], 0, 1)?.waarde).toBe(1);
  });

  it("houdt bladvolgorde aan met een lijst paren", () => {
    const wm2 = maakWerkmap([["2025", [[1]]], ["2024", [[2]]]]);
    expect(wm2.bladen.map((b) => b.naam)).toEqual(["2025", "2024"]);
  });
});

describe("formules normaliseren", () => {
  it("maakt de .xlsx-vorm gelijk aan de weergavevorm", () => {
    expect(normaliseerFormule("_xldudf_WLZ_TARIEF(A1,B2)")).toBe("WLZ.TARIEF(A1,B2)");
    expect(normaliseerFormule("=wlz.tarief(a1,b2)")).toBe("WLZ.TARIEF(A1,B2)");
    expect(normaliseerFormule('_xlfn.XLOOKUP(A1,B:B,C:C)&"_xldudf_x_y("')).toBe('XLOOKUP(A1,B:B,C:C)&"_xldudf_x_y("');
    expect(normaliseerFormule('_xldudf_WLZ_INITIELEVOLUME("cz-gz-2026",B3,C3)')).toBe(
      'WLZ.INITIELEVOLUME("cz-gz-2026",B3,C3)',
    );
  });
});

describe("serieNaarDatum", () => {
  it("volgt het 1900-stelsel van Excel, inclusief 1900-02-29", () => {
    expect(serieNaarDatum(1)).toEqual({ jaar: 1900, maand: 1, dag: 1, uur: 0, minuut: 0 });
    expect(serieNaarDatum(59)).toEqual({ jaar: 1900, maand: 2, dag: 28, uur: 0, minuut: 0 });
    expect(serieNaarDatum(60)).toEqual({ jaar: 1900, maand: 2, dag: 29, uur: 0, minuut: 0 });
    expect(serieNaarDatum(61)).toEqual({ jaar: 1900, maand: 3, dag: 1, uur: 0, minuut: 0 });
    expect(serieNaarDatum(0)).toEqual({ jaar: 1900, maand: 1, dag: 0, uur: 0, minuut: 0 });
    expect(serieNaarDatum(45658)).toEqual({ jaar: 2025, maand: 1, dag: 1, uur: 0, minuut: 0 });
    expect(serieNaarDatum(46082.4375)).toEqual({ jaar: 2026, maand: 3, dag: 1, uur: 10, minuut: 30 });
    expect(serieNaarDatum(2958465)).toEqual({ jaar: 9999, maand: 12, dag: 31, uur: 0, minuut: 0 });
    expect(serieNaarDatum(-1)).toBeUndefined();
    expect(serieNaarDatum(Number.NaN)).toBeUndefined();
  });

  it("rondt zwevendekommaruis niet naar de vorige minuut af", () => {
    // 10:31 is geen exacte binaire breuk
    expect(serieNaarDatum(46082 + 631 / 1440)?.minuut).toBe(31);
    expect(serieNaarDatum(46082 + (23 * 60 + 59) / 1440)).toMatchObject({ dag: 1, uur: 23, minuut: 59 });
  });

  it("is de omgekeerde van datumNaarSerie", () => {
    for (const [j, m, d] of [[1900, 1, 1], [1900, 2, 28], [1900, 3, 1], [2024, 2, 29], [2026, 12, 31]] as const) {
      const s = datumNaarSerie(j, m, d, 13, 45);
      expect(serieNaarDatum(s)).toEqual({ jaar: j, maand: m, dag: d, uur: 13, minuut: 45 });
    }
    expect(datumNaarSerie(2025, 1, 1)).toBe(45658);
  });
});

describe("WerkmapFout", () => {
  it("draagt een code en een Nederlandse melding", () => {
    const f = new WerkmapFout("Bestand niet gevonden: x.xlsx", "niet-gevonden");
    expect(f).toBeInstanceOf(Error);
    expect(f.name).toBe("WerkmapFout");
    expect(f.code).toBe("niet-gevonden");
  });
});

describe("ijl itereren", () => {
  it("forEachCel en celKolommen lopen alleen over aanwezige cellen, ook in een rij die tot XFD reikt", () => {
    const b = new BladBouwer("Ijl");
    b.zet(0, 0, { waarde: 1 });
    b.zet(0, 16_383, { waarde: 2 });
    b.zet(1_048_575, 3, { waarde: "laatste rij" });
    const blad = b.bouw();
    expect(blad.rijen[0].length).toBe(16_384);
    expect(celKolommen(blad.rijen[0])).toEqual([0, 16_383]);
    expect(rijIndexen(blad.rijen)).toEqual([0, 1_048_575]);
    const gezien: string[] = [];
    forEachCel(blad, (r, c, x) => gezien.push(`${r},${c}=${String(x.waarde)}`));
    expect(gezien).toEqual(["0,0=1", "0,16383=2", "1048575,3=laatste rij"]);
    expect(aantalCellen(blad)).toBe(3);
    expect(cel(blad, 0, 16_383)).toEqual({ waarde: 2 });
    expect(cel(blad, 5, 5)).toBeUndefined();
  });

  it("wisBereiken houdt van een groot samengevoegd bereik alleen de cel linksboven", () => {
    const b = new BladBouwer("Samen");
    for (let r = 0; r < 10; r++) b.zet(r, 0, { waarde: r });
    b.zet(3, 16_000, { waarde: "ver" });
    b.wisBereiken([[0, 0, 1_048_575, 16_383]]);
    expect(b.bouw().rijen).toEqual([[{ waarde: 0 }]]);
  });
});
