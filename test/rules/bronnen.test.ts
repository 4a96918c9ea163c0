/**
 * Sources as users read them: every citation names a registered document and a section without seed file
 * names or line numbers, and every quote occurs in its seed (so a quote cannot drift from the text, and the
 * citation is re-checked against the document it names).
 */
import { describe, expect, it } from "vitest";
import { alleDocumenten, alleRegelsets, bron, type Bron, bronTekst, bronVelden, documentVan, pp, SEEDS, zoekRegelset } from "../../src/rules";
import type { Regelsetdefinitie } from "../../src/rules/regelset";
import { erf } from "../../src/rules/register";
import { INTERN, normaal, ontbrekendeDelen, seed } from "../support/seedtekst";

function isBron(x: unknown): x is Bron {
  return typeof x === "object" && x !== null && typeof (x as Bron).seed === "string" && typeof (x as Bron).sectie === "string";
}

/** Every source and every other text in a rule set, with its path. */
function loop(o: unknown, pad: string, bronnen: { pad: string; b: Bron }[], teksten: { pad: string; t: string }[]) {
  if (typeof o === "string") teksten.push({ pad, t: o });
  if (typeof o !== "object" || o === null) return;
  if (isBron(o)) {
    bronnen.push({ pad, b: o });
    return;
  }
  for (const [k, v] of Object.entries(o)) loop(v, `${pad}.${k}`, bronnen, teksten);
}

const alle: { pad: string; b: Bron }[] = [];
const teksten: { pad: string; t: string }[] = [];
for (const rs of alleRegelsets()) loop(rs, rs.id, alle, teksten);

describe("documentregister", () => {
  it("elke seed heeft precies één document met titel, uitgever, jaar, soort en datum of versie", () => {
    const docs = alleDocumenten();
    expect(docs.map((d) => d.bestand).sort()).toEqual(Object.values(SEEDS).sort());
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.titel.length).toBeGreaterThan(10);
      expect(d.uitgever.length).toBeGreaterThan(1);
      expect(d.inkoopjaren.length).toBeGreaterThan(0);
      expect(d.datumOfVersie.length).toBeGreaterThan(5);
      expect(d.kort).not.toMatch(INTERN);
    }
  });

  it("de titel staat zo in het document zelf", () => {
    for (const d of alleDocumenten()) expect(seed(d.bestand), d.id).toContain(normaal(d.titel));
  });

  it("een onbekend bestand is geen bron", () => {
    expect(() => bron("999_0000000000000000.txt", "§1")).toThrow(/Geen beleidsdocument/);
  });
});

describe("bron(): regelnummers en citaten uit de sectietekst", () => {
  it("regelnummers gaan naar regels, citaat naar citaat, de sectie houdt de rest", () => {
    const b = bron(SEEDS.CZ_VV_2021, "§4.3 'maximaal 96% van het NZa-maximumtarief' (L450-454)", "CZ21-T3");
    expect(b).toMatchObject({ sectie: "§4.3 'maximaal 96% van het NZa-maximumtarief'", citaat: "maximaal 96% van het NZa-maximumtarief", regels: "L450-454" });
    expect(bronTekst(b, "CZ-VV-2021")).toBe("CZ-VV-2021 · CZ Zorginkoopdocument 2021 Wlz V&V, §4.3 'maximaal 96% van het NZa-maximumtarief' (CZ21-T3)");
    const c = bron(SEEDS.NVI_2021, "§4.2.9 'in 2020 landelijk € 1.100 miljoen' (vraag, L8468-8486); §4.1 (L1-2, L5)", "VID-0510");
    expect(c.sectie).toBe("§4.2.9 'in 2020 landelijk € 1.100 miljoen' (vraag); §4.1");
    expect(c.regels).toBe("L8468-8486; L1-2; L5");
    expect(bron(SEEDS.CZ_GZ_2026, "Bijlage 3 Inschrijving UBO('s): 'Afschrift is niet ouder'", "x").citaat).toBe("Afschrift is niet ouder");
  });

  it("bronVelden: titel en sectie voor de lezer, bestand en regels voor de controleur", () => {
    const b = bron(SEEDS.CZ_VV_2021, "§4.4 (L468)", "CZ21-V2");
    expect(bronVelden(b)).toEqual({ titel: "CZ Zorginkoopdocument 2021 Wlz V&V", sectie: "§4.4", regel_id: "CZ21-V2", bestand: SEEDS.CZ_VV_2021, regels: "L468" });
  });
});

describe("bronnen in de regelsets", () => {
  it("de wandeling vindt honderden bronnen en tientallen citaten", () => {
    expect(alle.length).toBeGreaterThan(200);
    expect(alle.filter(({ b }) => b.citaat).length).toBeGreaterThan(40);
  });

  it("geen bestandsnaam of regelnummer in een sectie, een bronTekst of een andere tekst van een regelset", () => {
    for (const { pad, b } of alle) {
      expect(b.sectie, pad).not.toMatch(INTERN);
      expect(bronTekst(b, "X"), pad).not.toMatch(INTERN);
      expect(b.sectie, pad).not.toMatch(/\bS[0-4] §|\b00[0-4] (§|L)/);
      if (b.regels) expect(b.regels, pad).toMatch(/^L\d+(-\d+)?(; L\d+(-\d+)?)*$/);
    }
    for (const { pad, t } of teksten) expect(t, pad).not.toMatch(INTERN);
  });

  it("elk citaat staat letterlijk in het document dat de bron noemt (witruimte genormaliseerd; … is een weglating)", () => {
    const mis: string[] = [];
    for (const { pad, b } of alle) {
      if (!b.citaat) continue;
      for (const deel of ontbrekendeDelen(b.citaat, documentVan(b.seed).bestand)) mis.push(`${pad} [${b.regel ?? ""}]: «${deel}»`);
    }
    expect(mis, mis.join("\n")).toEqual([]);
  });

  it("citaten zijn kort (hoogstens ongeveer 150 tekens per passage)", () => {
    for (const { pad, b } of alle) if (b.citaat) for (const deel of b.citaat.split(" … ")) expect(deel.length, pad).toBeLessThanOrEqual(170);
  });
});

describe("geldigheid, status en dataversie van een regelset", () => {
  it("elke regelset: inkoopjaar als geldigheid, status uit het documentregister, een eigen dataversie", () => {
    const sets = alleRegelsets();
    for (const rs of sets) {
      expect(rs.geldigheid, rs.id).toEqual({ van: `${rs.jaar}-01-01`, tot: `${rs.jaar}-12-31` });
      expect(documentVan(rs.bron.seed).inkoopjaren, rs.id).toContain(rs.jaar);
      expect(rs.status.document).toBe(documentVan(rs.bron.seed).kort);
      expect(rs.dataversie).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(sets.filter((rs) => rs.status.herkomst === "secundair").map((rs) => rs.id).sort()).toEqual(
      ["CZ-VV-2024", "DSW-VV-2024", "MENZIS-VV-2024", "SALLAND-VV-2024", "VGZ-VV-2024", "ZK-VV-2024", "ZZ-VV-2024"],
    );
    for (const rs of sets) if (rs.status.herkomst === "secundair") expect(rs.status.zekerheid, rs.id).toBeDefined();
    expect(new Set(sets.map((rs) => rs.dataversie)).size).toBe(sets.length);
  });

  it("de dataversie verandert als een waarde verandert, en alleen dan", () => {
    const cz = zoekRegelset("CZ-VV-2021");
    const ouder = zoekRegelset("LANDELIJK-2021");
    const def = { ...cz, erftVan: "LANDELIJK-2021" } as unknown as Regelsetdefinitie;
    expect(erf(def, ouder).dataversie).toBe(cz.dataversie);
    const anders = { ...def, volume: { ...cz.volume, percentages: { ...cz.volume.percentages, MPT: { ...cz.volume.percentages.MPT!, waarde: pp(91) } } } };
    expect(erf(anders as Regelsetdefinitie, ouder).dataversie).not.toBe(cz.dataversie);
  });
});
