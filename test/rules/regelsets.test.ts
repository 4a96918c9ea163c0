/**
 * The rule-set registry and the rule data itself (spec §1): ids and look-up, a source on every value,
 * inheritance, "not published" values, confidence labels of table 003 and the ambiguity warnings.
 */
import { describe, expect, it } from "vitest";
import {
  alleRegelsets,
  berekenCrisisvergoeding,
  berekenInitieelVolume,
  berekenTarief,
  betalingAangeboden,
  bepaalCategorie,
  beoordeelOnderaanneming,
  contractduur,
  documentGeldig,
  geldVolgtKlantOmzetting,
  hoofdsector,
  inschrijvingTijdig,
  isCrisisprestatie,
  klantWerkgebiedRatio,
  verzekeringVoldoende,
  berekenTariefpercentage,
  bronTekst,
  D,
  isNietGepubliceerd,
  LEVERINGSVORMEN,
  ONDERDELEN,
  regelsetOverzicht,
  SEEDS,
  uitlegRijen,
  zoekRegelset,
  type Aanbiederprofiel,
  type Bron,
  type Regelset,
} from "../../src/rules";
import { erf } from "../../src/rules/register";
import { documentVan } from "../../src/rules/documenten";
import { d, fout, gelijk, rs } from "./hulp";

const SPEC_IDS = [
  "LANDELIJK-2021",
  "CZ-VV-2021",
  "CZ-GZ-2026",
  "ZK-2022",
  "ZK-2023",
  "ZK-VV-2024",
  "VGZ-VV-2024",
  "MENZIS-VV-2024",
  "CZ-VV-2024",
  "SALLAND-VV-2024",
  "DSW-VV-2024",
  "ZZ-VV-2024",
];
const IDS_2024 = SPEC_IDS.filter((id) => id.endsWith("-2024"));
const SEED_NAMEN = new Set<string>(Object.values(SEEDS));
const bestaand: Aanbiederprofiel = { categorie: "bestaand" };

describe("register (spec §1)", () => {
  it("bevat precies de 12 regelsets van spec §1, elk met zorgkantoor, sector en jaar", () => {
    const ids = alleRegelsets().map((r) => r.id);
    expect([...ids].sort()).toEqual([...SPEC_IDS].sort());
    for (const r of alleRegelsets()) {
      expect(r.zorgkantoor.length, r.id).toBeGreaterThan(0);
      expect(r.sectoren.length, r.id).toBeGreaterThan(0);
      expect(r.id.endsWith(String(r.jaar)), r.id).toBe(true);
    }
    expect(rs("CZ-GZ-2026").sectoren).toEqual(["GZ"]);
    expect(rs("ZK-2022").sectoren).toEqual(["V&V", "GZ", "GGZ"]);
    for (const id of IDS_2024) expect(rs(id).sectoren, id).toEqual(["V&V"]);
  });

  it("zoekt hoofdletter- en spatie-ongevoelig", () => {
    expect(zoekRegelset("cz-vv-2021").id).toBe("CZ-VV-2021");
    expect(zoekRegelset("  Cz-Gz-2026 ").id).toBe("CZ-GZ-2026");
    expect(zoekRegelset("menzis-VV-2024").id).toBe("MENZIS-VV-2024");
    for (const id of SPEC_IDS) expect(zoekRegelset(id.toLowerCase()).id).toBe(id);
  });

  it("onbekende id -> niet-beschikbaar (#N/A) met de id en een verwijzing naar WLZ.REGELSETS", () => {
    const f = fout(() => zoekRegelset("CZ-VV-2099"), "niet-beschikbaar");
    expect(f.message).toContain("CZ-VV-2099");
    expect(f.message).toContain("WLZ.REGELSETS");
    expect(f.argument).toBe("regelset");
    // A long or hostile id is shortened in the message.
    const lang = fout(() => zoekRegelset("X".repeat(500)), "niet-beschikbaar");
    expect(lang.message.length).toBeLessThan(200);
  });

  it("geen tekst -> ongeldig (#VALUE!)", () => {
    for (const x of [2021, null, undefined, "", "   ", true, [["CZ-VV-2021"]], {}]) {
      const f = fout(() => zoekRegelset(x), "ongeldig");
      expect(f.message).toContain("regelset");
    }
    expect(fout(() => zoekRegelset(1, "rs"), "ongeldig").message.startsWith("rs:")).toBe(true);
  });

  it("regelsetOverzicht: één rij per regelset met id, zorgkantoor, sector, jaar, omschrijving, bron", () => {
    const rijen = regelsetOverzicht();
    expect(rijen).toHaveLength(12);
    for (const [id, zk, sector, jaar, omschrijving, bron] of rijen) {
      const r = rs(id);
      expect(zk).toBe(r.zorgkantoor);
      expect(sector).toBe(r.sectoren.join(", "));
      expect(jaar).toBe(r.jaar);
      expect(omschrijving.length).toBeGreaterThan(10);
      expect(bron).toContain(documentVan(r.bron.seed).kort);
      expect(bron).not.toContain(r.bron.seed);
    }
  });

  it("erf: een regelset zonder tariefgegevens die van niemand erft wordt geweigerd", () => {
    const def = { id: "X-2020", zorgkantoor: "X", sectoren: ["V&V" as const], jaar: 2020, omschrijving: "x", bron: rs("LANDELIJK-2021").bron };
    expect(() => erf(def)).toThrow(/mist tariefgegevens/);
  });
});

/** Walks the rule data: every Bron is valid, and every object holding a value (number, Decimal, `waarde`) carries a bron. */
function loop(x: unknown, pad: string, bronnen: { pad: string; b: Bron }[], waarden: string[]): void {
  if (x === null || typeof x !== "object" || D.isDecimal(x)) return;
  if (Array.isArray(x)) {
    x.forEach((y, i) => loop(y, `${pad}[${i}]`, bronnen, waarden));
    return;
  }
  const o = x as Record<string, unknown>;
  if ("seed" in o) {
    bronnen.push({ pad, b: o as unknown as Bron });
    return;
  }
  const draagtWaarde = "waarde" in o || "soort" in o || Object.values(o).some((v) => typeof v === "number" || D.isDecimal(v));
  if (draagtWaarde && pad !== "regelset.crisis") {
    waarden.push(pad);
    expect(o.bron, `${pad} heeft een waarde maar geen bron`).toBeDefined();
  }
  for (const [k, v] of Object.entries(o)) if (k !== "regelset") loop(v, `${pad}.${k}`, bronnen, waarden);
}

describe("bronnen op elke waarde", () => {
  for (const id of SPEC_IDS) {
    it(`${id}: elke bron noemt een van de vijf seeds en een sectie; elke waarde heeft een bron`, () => {
      const bronnen: { pad: string; b: Bron }[] = [];
      const waarden: string[] = [];
      loop(rs(id), "regelset", bronnen, waarden);
      // The walk must really have found values (basis, NHC/NIC, rules ...), or the test says nothing.
      expect(waarden.length).toBeGreaterThanOrEqual(4);
      expect(bronnen.length).toBeGreaterThan(waarden.length - 1);
      for (const { pad, b } of bronnen) {
        expect(SEED_NAMEN.has(b.seed), `${pad}: seed ${b.seed}`).toBe(true);
        expect(typeof b.sectie === "string" && b.sectie.trim().length > 0, `${pad}: sectie`).toBe(true);
        if (b.regel !== undefined) expect(b.regel.trim().length, `${pad}: regel`).toBeGreaterThan(0);
        if (b.zekerheid !== undefined) expect(["hoog", "middel", "laag"]).toContain(b.zekerheid);
      }
    });
  }

  it("de hoofdbron per regelset is de seed van spec §1", () => {
    const verwacht: Record<string, string> = {
      "LANDELIJK-2021": SEEDS.NVI_2021,
      "CZ-VV-2021": SEEDS.CZ_VV_2021,
      "CZ-GZ-2026": SEEDS.CZ_GZ_2026,
      "ZK-2022": SEEDS.ZK_2022,
      "ZK-2023": SEEDS.ZK_2022,
    };
    for (const id of IDS_2024) verwacht[id] = SEEDS.VERGELIJKING_2024;
    for (const id of SPEC_IDS) expect(rs(id).bron.seed, id).toBe(verwacht[id]);
  });

  it("bronTekst toont regelset, documenttitel, sectie, regel-id en zekerheid", () => {
    const b = rs("ZZ-VV-2024").tarief.regels.find((r) => r.soort === "opslag")!.bron;
    const t = bronTekst(b, "ZZ-VV-2024");
    expect(t).toBe(`ZZ-VV-2024 · Tabel thema’s in contractering langdurige zorg 2024-2026, ${b.sectie} (CMP24-ZZ) · zekerheid laag`);
    expect(bronTekst({ seed: SEEDS.NVI_2021, sectie: "§3" })).toBe("Nota van Inlichtingen Inkoopkader Wlz 2021-2023, §3");
  });
});

describe("overerving", () => {
  it("CZ-VV-2021 erft eigenLevering (2/3), KvK- en VOG-termijnen en de categoriedefinitie van LANDELIJK-2021", () => {
    const cz = rs("CZ-VV-2021");
    const l = rs("LANDELIJK-2021");
    expect(cz.erftVan).toBe("LANDELIJK-2021");
    expect(cz.voorwaarden.eigenLevering).toBe(l.voorwaarden.eigenLevering);
    expect(cz.voorwaarden.eigenLevering?.waarde.equals(new D(2).div(3))).toBe(true);
    expect(cz.voorwaarden.eigenLevering?.bron.seed).toBe(SEEDS.NVI_2021);
    expect(cz.voorwaarden.kvkMaanden?.waarde).toBe(6);
    expect(cz.voorwaarden.categorie?.peiljaar).toBe(2020);
    // ... and overrides with its own source where S0 has its own rule.
    expect(cz.voorwaarden.inschrijving?.bron.seed).toBe(SEEDS.CZ_VV_2021);
    expect(cz.voorwaarden.betalingsdrempel).toBeDefined();
    expect(l.voorwaarden.betalingsdrempel).toBeUndefined();
    expect(cz.crisis?.soort).toBe("cz2021");
    expect(cz.crisisOntbreekt).toBeUndefined();
    expect(l.crisis).toBeUndefined();
    expect(cz.tarief.basis).not.toBe(l.tarief.basis);
  });

  it("ZK-2023 erft alles van ZK-2022 behalve id en jaar", () => {
    const a = rs("ZK-2022");
    const b = rs("ZK-2023");
    expect(b.erftVan).toBe("ZK-2022");
    expect(b.jaar).toBe(2023);
    expect(b.tarief).toEqual(a.tarief);
    expect(b.volume).toEqual(a.volume);
    expect(b.crisis).toEqual(a.crisis);
    expect(b.voorwaarden).toEqual(a.voorwaarden);
    expect(fout(() => berekenTariefpercentage(b, "ZZP", bestaand), "niet-beschikbaar").message).toContain("Richttarief");
  });
});

describe("niet gepubliceerde waarden: #N/A met 'Richttarief', nooit een geraden getal", () => {
  it("CZ-GZ-2026 zonder Richttarief in het profiel: elke leveringsvorm die het richttarief nodig heeft -> niet-beschikbaar", () => {
    const cz = rs("CZ-GZ-2026");
    expect(isNietGepubliceerd(cz.tarief.basis)).toBe(true);
    for (const lv of LEVERINGSVORMEN) {
      for (const o of ONDERDELEN) {
        const honderd = ["VPT", "DTV", "LOGEREN"].includes(lv) && o === "zorg";
        if (honderd) {
          // VPT/DTV/logeren zorg is 100% straight from the source (CZ26-T14) and needs no richttarief.
          gelijk(berekenTariefpercentage(cz, lv, bestaand, o).percentage, 1);
          continue;
        }
        const f = fout(() => berekenTariefpercentage(cz, lv, bestaand, o), "niet-beschikbaar");
        expect(f.message, `${lv}/${o}`).toContain("Richttarief");
        expect(f.argument).toBe("Richttarief");
      }
    }
    expect(fout(() => berekenTarief(cz, "ZZP", { zorg: d(100), nhc: d(1), nic: d(1) }, bestaand), "niet-beschikbaar").message).toContain("Richttarief");
  });

  it("ZK-2022 en ZK-2023: basistarief niet in de bron -> niet-beschikbaar voor elke leveringsvorm; met Richttarief uit het profiel wel", () => {
    for (const id of ["ZK-2022", "ZK-2023"]) {
      for (const lv of LEVERINGSVORMEN) {
        expect(fout(() => berekenTariefpercentage(rs(id), lv, { categorie: "nieuw", planOpslag: true }), "niet-beschikbaar").message).toContain("Richttarief");
      }
      const t = berekenTariefpercentage(rs(id), "ZZP", { categorie: "bestaand", richttarief: d("0.955") });
      gelijk(t.percentage, "0.955");
      expect(t.stappen[0].stap).toContain("niet gepubliceerd");
    }
  });

  it("CZ-GZ-2026 VPT met historisch tarief maar zonder richttarief: niet te bepalen -> niet-beschikbaar", () => {
    const f = fout(() => berekenTariefpercentage(rs("CZ-GZ-2026"), "VPT", { categorie: "bestaand", tariefpercentageVorigJaar: d("0.95") }), "niet-beschikbaar");
    expect(f.message).toContain("Richttarief");
  });

  it("een gepubliceerd basistarief wint van een Richttarief in het profiel, en de uitleg zegt dat", () => {
    const t = berekenTariefpercentage(rs("LANDELIJK-2021"), "ZZP", { categorie: "bestaand", richttarief: d("0.99") });
    gelijk(t.percentage, "0.94");
    expect(t.stappen.some((s) => s.waarde === null && s.stap.includes("genegeerd"))).toBe(true);
  });

  it("ZK-VV-2024 en ZZ-VV-2024 nieuwe aanbieder: lager tarief niet in de bron -> vraagt Afgesproken percentage", () => {
    for (const [id, lv] of [["ZK-VV-2024", "MPT"], ["ZZ-VV-2024", "ZZP"]] as const) {
      const f = fout(() => berekenTariefpercentage(rs(id), lv, { categorie: "nieuw" }), "niet-beschikbaar");
      expect(f.argument).toBe("Afgesproken percentage");
      gelijk(berekenTariefpercentage(rs(id), lv, { categorie: "nieuw", afgesprokenPercentage: d("0.93") }).percentage, "0.93");
      // An agreed percentage never lifts a new provider above the richttarief.
      gelijk(berekenTariefpercentage(rs(id), lv, { categorie: "nieuw", afgesprokenPercentage: d("0.99") }).percentage, "0.955");
    }
    // Zilveren Kruis contracts new providers only for VPT/MPT.
    expect(fout(() => berekenTariefpercentage(rs("ZK-VV-2024"), "ZZP", { categorie: "nieuw", afgesprokenPercentage: d("0.93") }), "niet-beschikbaar").message).toContain("VPT en MPT");
  });
});

/** A profile that exercises the set's own rules, so the trail contains table-003 steps. */
const PROFIEL_2024: Record<string, Aanbiederprofiel> = {
  "ZK-VV-2024": { categorie: "bestaand", essentieleVoorzieningen: true },
  "VGZ-VV-2024": { categorie: "bestaand", planOpslag: true },
  "MENZIS-VV-2024": { categorie: "bestaand", differentiatie: d("0.005") },
  "CZ-VV-2024": { categorie: "bestaand", technologieOpslag: true, bewegingenOpslag: true },
  "SALLAND-VV-2024": { categorie: "bestaand", regionaleBijdrage: "niet actief", afgesprokenPercentage: d("0.94") },
  "DSW-VV-2024": { categorie: "bestaand", tariefpercentageVorigJaar: d("0.965"), monitor: "gelijk" },
  "ZZ-VV-2024": { categorie: "bestaand", werkgeversopslag: true },
};

describe("V&V 2024 (tabel 003): richttarief 95,5% plus eigen aanpassingen, met zekerheidslabel", () => {
  const verwacht: Record<string, string> = {
    "ZK-VV-2024": "0.96",
    "VGZ-VV-2024": "0.959",
    "MENZIS-VV-2024": "0.96",
    "CZ-VV-2024": "0.959",
    "SALLAND-VV-2024": "0.94",
    "DSW-VV-2024": "0.965",
    "ZZ-VV-2024": "0.958",
  };
  for (const id of IDS_2024) {
    it(`${id}: elke stap van de uitleg draagt een zekerheidslabel`, () => {
      const t = berekenTariefpercentage(rs(id), "VPT", PROFIEL_2024[id]);
      gelijk(t.percentage, verwacht[id]);
      const rijen = uitlegRijen(t);
      expect(rijen.length).toBeGreaterThanOrEqual(3);
      for (const r of rijen) {
        expect(r.bron.zekerheid, `${id}: ${r.stap}`).toMatch(/^(hoog|middel|laag)$/);
        expect(bronTekst(r.bron, id)).toContain(`zekerheid ${r.bron.zekerheid}`);
      }
    });
  }

  it("zonder eigen kenmerken geldt het richttarief 95,5% (geen plafond) met NHC/NIC 100%", () => {
    for (const id of IDS_2024.filter((i) => i !== "DSW-VV-2024")) {
      const t = berekenTariefpercentage(rs(id), "ZZP", bestaand);
      gelijk(t.percentage, "0.955");
      gelijk(t.nhcNicPercentage, 1);
    }
  });

  it("VGZ: toeslag 0,4 pp alleen op VPT en 3,5 pp alleen op MPT", () => {
    const p = PROFIEL_2024["VGZ-VV-2024"];
    gelijk(berekenTariefpercentage(rs("VGZ-VV-2024"), "MPT", p).percentage, "0.99");
    gelijk(berekenTariefpercentage(rs("VGZ-VV-2024"), "ZZP", p).percentage, "0.955");
  });

  it("CZ 2024: free proposal tot 100% in plaats van de opslag, met waarschuwing; nieuwe aanbieder R - 2", () => {
    const cz = rs("CZ-VV-2024");
    const vrij = berekenTariefpercentage(cz, "ZZP", { categorie: "bestaand", afgesprokenPercentage: d("0.99") });
    gelijk(vrij.percentage, "0.99");
    expect(vrij.waarschuwingen.map((w) => w.id)).toContain("AMB-FREEPROPOSAL");
    gelijk(berekenTariefpercentage(cz, "ZZP", { categorie: "bestaand", afgesprokenPercentage: d(1), technologieOpslag: true }).percentage, 1);
    const nieuw = berekenTariefpercentage(cz, "ZZP", { categorie: "nieuw" });
    gelijk(nieuw.percentage, "0.935");
    expect(nieuw.waarschuwingen.map((w) => w.id)).toContain("AMB-PP");
  });

  it("Salland: geen actieve bijdrage zonder afgesproken percentage -> niet-beschikbaar (hoogte niet in de bron)", () => {
    fout(() => berekenTariefpercentage(rs("SALLAND-VV-2024"), "ZZP", { categorie: "bestaand", regionaleBijdrage: "niet actief" }), "niet-beschikbaar");
  });

  it("tabel 003 geeft geen volume- en crisisregels: #N/A met de reden", () => {
    for (const id of IDS_2024) {
      expect(fout(() => berekenCrisisvergoeding(rs(id), { bedden: d(1), bezet: d(1), onbezet: d(1) }), "niet-beschikbaar").message).toContain("crisis");
    }
  });
});

const ids = (t: { waarschuwingen: { id: string }[] }) => t.waarschuwingen.map((w) => w.id);

describe("onduidelijkheden als waarschuwing (catalogus §6)", () => {
  const R: Aanbiederprofiel = { categorie: "bestaand", richttarief: d("0.978") };

  it("AMB-PP bij CZ-GZ-2026 nieuwe aanbieder en bij historisch lagere kosten", () => {
    expect(ids(berekenTariefpercentage(rs("CZ-GZ-2026"), "ZZP", { ...R, categorie: "nieuw" }))).toContain("AMB-PP");
    const lk = berekenTariefpercentage(rs("CZ-GZ-2026"), "ZZP", { ...R, lagereKosten: true });
    gelijk(lk.percentage, "0.958");
    gelijk(lk.maximum, "0.958");
    expect(ids(lk)).toContain("AMB-PP");
  });

  it("AMB-NHCNIC bij alle 2024-sets en ZK-2022/2023, niet bij sets die NHC/NIC zelf noemen", () => {
    for (const id of [...IDS_2024, "ZK-2022", "ZK-2023"]) {
      const p = { ...(PROFIEL_2024[id] ?? bestaand), richttarief: d("0.955") };
      expect(ids(berekenTariefpercentage(rs(id), "VPT", p)), id).toContain("AMB-NHCNIC");
    }
    for (const id of ["LANDELIJK-2021", "CZ-VV-2021", "CZ-GZ-2026"]) {
      expect(ids(berekenTariefpercentage(rs(id), "VPT", R)), id).not.toContain("AMB-NHCNIC");
    }
  });

  it("geen waarschuwingen in het eenvoudige landelijke geval", () => {
    expect(berekenTariefpercentage(rs("LANDELIJK-2021"), "ZZP", bestaand).waarschuwingen).toEqual([]);
  });

  it("AMB-STAPELING bij meerdere verlagingen (nieuw + geen actieve regionale bijdrage), laagste uitkomst", () => {
    const t = berekenTariefpercentage(rs("CZ-GZ-2026"), "ZZP", { ...R, categorie: "nieuw", regionaleBijdrage: "niet actief", afgesprokenPercentage: d("0.95") });
    gelijk(t.percentage, "0.95");
    expect(ids(t)).toContain("AMB-STAPELING");
  });

  it("AMB-MONITOR (geen monitoruitkomst) en AMB-DSW (stapgrootte) bij DSW", () => {
    const zonder = berekenTariefpercentage(rs("DSW-VV-2024"), "ZZP", { categorie: "bestaand", tariefpercentageVorigJaar: d("0.96") });
    gelijk(zonder.percentage, "0.96");
    expect(ids(zonder)).toContain("AMB-MONITOR");
    expect(ids(zonder)).not.toContain("AMB-DSW");
  });

  it("AMB-CZ26-VOETNOOT bij een lager-tariefcategorie op VPT", () => {
    const t = berekenTariefpercentage(rs("CZ-GZ-2026"), "DTV", { ...R, tariefpercentageVorigJaar: d("0.95") });
    gelijk(t.percentage, "0.95");
    expect(ids(t)).toContain("AMB-CZ26-VOETNOOT");
    expect(ids(t)).toContain("AMB-HISTORISCH");
  });

  it("uitlegRijen: stappen, dan NHC/NIC, dan waarschuwingen als rijen met bron", () => {
    const t = berekenTariefpercentage(rs("CZ-GZ-2026"), "ZZP", { ...R, categorie: "nieuw" }, "toeslag");
    const rijen = uitlegRijen(t);
    const nhc = rijen.findIndex((r) => r.stap.startsWith("NHC/NIC"));
    expect(nhc).toBe(t.stappen.length);
    expect(rijen[nhc].stap).toContain("één component");
    expect(rijen.slice(nhc + 1).every((r) => r.waarschuwing && r.waarde === null && r.stap.startsWith("Let op (AMB-"))).toBe(true);
    expect(rijen.some((r) => r.stap.includes("onderdeel toeslag"))).toBe(true);
    expect(uitlegRijen(berekenTariefpercentage(rs("LANDELIJK-2021"), "ZZP", bestaand)).find((r) => r.stap.startsWith("NHC/NIC"))?.stap).toContain("apart");
  });
});

describe("crisisregimes per regelset (spec §1 CRISISVERGOEDING)", () => {
  it("CZ-GZ-2026: bezet x tarief + onbezet x leegstandtarief; zonder leegstandtarief #N/A", () => {
    const cz = rs("CZ-GZ-2026");
    const v = berekenCrisisvergoeding(cz, { bedden: d(2), bezet: d(300), onbezet: d(100), tarief: d("250.50"), leegstandtarief: d("100.005") });
    gelijk(v.vergoedeDagen, 400);
    gelijk(v.bedrag, "85150.50");
    expect(fout(() => berekenCrisisvergoeding(cz, { bedden: d(2), bezet: d(300), onbezet: d(100), tarief: d(250) }), "niet-beschikbaar").argument).toBe("leegstandtarief");
    // With no empty days the leegstandtarief is not needed.
    gelijk(berekenCrisisvergoeding(cz, { bedden: d(2), bezet: d(300), onbezet: d(0), tarief: d(250) }).bedrag, 75000);
    // Days only: no 365 cap in S1.
    gelijk(berekenCrisisvergoeding(cz, { bedden: d(1), bezet: d(400), onbezet: d(100) }).vergoedeDagen, 500);
  });

  it("CZ-VV-2021 met tarief: vergoede dagen x tarief, op centen", () => {
    const v = berekenCrisisvergoeding(rs("CZ-VV-2021"), { bedden: d(2), bezet: d(340), onbezet: d(390), tarief: d("200.015") });
    gelijk(v.bedrag, "107008.03");
    // Nothing declared: nothing reimbursed, no division by zero.
    gelijk(berekenCrisisvergoeding(rs("CZ-VV-2021"), { bedden: d(1), bezet: d(0), onbezet: d(0) }).vergoedeDagen, 0);
  });

  it("CZ-VV-2021: meer gedeclareerd dan 365 x bedden maar vergoeding binnen het maximum -> waarschuwing zonder aftrek", () => {
    const v = berekenCrisisvergoeding(rs("CZ-VV-2021"), { bedden: d(1), bezet: d(100), onbezet: d(300) });
    gelijk(v.vergoedeDagen, 250);
    gelijk(v.bovenCap, 0);
    expect(ids(v)).toContain("AMB-CZ21-CAP");
  });

  it("ZK-2022: beschikbaarheid, alle dagen vergoed; bezettingsgraad getoond; euro's voor onbezette dagen alleen met leegstandtarief", () => {
    const zk = rs("ZK-2022");
    const v = berekenCrisisvergoeding(zk, { bedden: d(1), bezet: d(200), onbezet: d(165) });
    gelijk(v.vergoedeDagen, 365);
    expect(v.stappen.some((s) => s.stap.includes("lager dan de norm"))).toBe(true);
    expect(fout(() => berekenCrisisvergoeding(zk, { bedden: d(1), bezet: d(200), onbezet: d(165), tarief: d(100) }), "niet-beschikbaar").argument).toBe("leegstandtarief");
    const met = berekenCrisisvergoeding(zk, { bedden: d(1), bezet: d(300), onbezet: d(65), tarief: d(100), leegstandtarief: d(50) });
    gelijk(met.bedrag, 33250);
    expect(ids(met)).not.toContain("AMB-ZK-CRISIS");
    expect(met.stappen.some((s) => s.stap.includes("voldoet aan de norm"))).toBe(true);
  });
});

describe("voorwaarden die een regelset niet kent -> niet-beschikbaar, nooit een aanname", () => {
  it("elke voorwaardefunctie zegt #N/A bij een regelset zonder die regel", () => {
    const zk = rs("ZK-2022");
    const dsw = rs("DSW-VV-2024");
    const l = rs("LANDELIJK-2021");
    const gevallen: [string, () => unknown][] = [
      ["inschrijvingTijdig", () => inschrijvingTijdig(zk, "2021-01-01")],
      ["documentGeldig kvk", () => documentGeldig(zk, "kvk", "2021-01-01", "2021-02-01")],
      ["documentGeldig vog", () => documentGeldig(dsw, "vog", "2021-01-01", "2021-02-01")],
      ["verzekeringVoldoende", () => verzekeringVoldoende(l, d(1))],
      ["betalingAangeboden", () => betalingAangeboden(l, d(10000))],
      ["beoordeelOnderaanneming", () => beoordeelOnderaanneming(dsw, { verwachteZorg: d(1), onderaanneming: d(0) })],
      ["bepaalCategorie", () => bepaalCategorie(zk, { contractMetDitZorgkantoor: false })],
      ["contractduur", () => contractduur(zk, "nieuw")],
      ["geldVolgtKlantOmzetting", () => geldVolgtKlantOmzetting(l, d("0.03"))],
      ["hoofdsector", () => hoofdsector(l, { GZ: 2 })],
      ["klantWerkgebiedRatio", () => klantWerkgebiedRatio(l, d(3), d(1))],
      ["isCrisisprestatie", () => isCrisisprestatie(zk, "Z110")],
      ["berekenInitieelVolume", () => berekenInitieelVolume(dsw, "ZZP", d(100))],
    ];
    for (const [naam, f] of gevallen) {
      const e = fout(f, "niet-beschikbaar");
      expect(e.message.length, naam).toBeGreaterThan(10);
    }
    expect(fout(() => berekenInitieelVolume(dsw, "ZZP", d(100))).message).toContain("niet in de bron");
  });
});

describe("grenzen van de rekenkern bij andere regelsetdata", () => {
  // The shipped data cannot reach these guards; a rule set with other (future) values must still obey them.
  it("een opslag tilt het percentage nooit boven het NZa-maximum (100%, VID-0051)", () => {
    const vgz = rs("VGZ-VV-2024");
    const hoog: Regelset = { ...vgz, tarief: { ...vgz.tarief, basis: { waarde: d("0.99"), bron: vgz.bron } } };
    const t = berekenTariefpercentage(hoog, "MPT", { categorie: "bestaand", planOpslag: true });
    gelijk(t.percentage, 1);
    gelijk(t.maximum, 1);
    expect(t.stappen.at(-1)?.bron.regel).toBe("VID-0051");
    gelijk(berekenTarief(hoog, "MPT", { zorg: d(100), nhc: d(5), nic: d(5) }, { categorie: "bestaand", planOpslag: true }).bedrag, 110);
  });

  it("geen tariefafspraak voor een leveringsvorm/categorie -> niet-beschikbaar met de reden", () => {
    const l = rs("LANDELIJK-2021");
    const zonder: Regelset = {
      ...l,
      tarief: { ...l.tarief, geenAfspraak: [{ leveringsvormen: ["MEERZORG"], categorieen: ["nieuw"], reden: "Geen meerzorg voor nieuwe aanbieders.", bron: l.bron }] },
    };
    expect(fout(() => berekenTariefpercentage(zonder, "MEERZORG", { categorie: "nieuw" }), "niet-beschikbaar").message).toBe("Geen meerzorg voor nieuwe aanbieders.");
    gelijk(berekenTariefpercentage(zonder, "MEERZORG", { categorie: "bestaand" }).percentage, "0.94");
    gelijk(berekenTariefpercentage(zonder, "ZZP", { categorie: "nieuw" }).percentage, "0.94");
  });
});

describe("documenten CZ-VV-2021 (S0 §6.2 L782-784, CZ21-K15)", () => {
  const cz = () => rs("CZ-VV-2021");

  it("VOG RP niet ouder dan 1 januari 2020", () => {
    expect(documentGeldig(cz(), "vog", "2019-12-31", "2020-07-31").ok).toBe(false);
    const ok = documentGeldig(cz(), "vog", "2020-01-01", "2020-07-31");
    expect(ok.ok).toBe(true);
    expect(ok.bron.regel).toBe("CZ21-K15");
    // KvK has no CZ rule of its own: the national six months (VID-0614) are inherited.
    expect(documentGeldig(cz(), "kvk", "2020-01-30", "2020-07-31").ok).toBe(false);
  });

  it("een VOG RP van na de inschrijfdatum telt niet (op de datum van inschrijving beschikken)", () => {
    expect(documentGeldig(cz(), "vog", "2020-09-01", "2020-07-31").ok).toBe(false);
  });
});

describe("uitleg bij een ander onderdeel dan zorg", () => {
  it("CZ-GZ-2026 VPT toeslag: de uitleg beweert niet dat de toeslag het zorgpercentage volgt", () => {
    const p: Aanbiederprofiel = { categorie: "bestaand", richttarief: d("0.978") };
    const cz = rs("CZ-GZ-2026");
    const zorg = berekenTariefpercentage(cz, "VPT", p, "zorg");
    const toeslag = berekenTariefpercentage(cz, "VPT", p, "toeslag");
    expect(zorg.percentage.equals(toeslag.percentage)).toBe(false);
    expect(toeslag.stappen.some((s) => s.stap.includes("hetzelfde tariefpercentage als de zorgcomponent"))).toBe(false);
  });

  it("elders volgt een toeslag het zorgpercentage, en de uitleg zegt dat", () => {
    const t = berekenTariefpercentage(rs("CZ-VV-2021"), "ZZP", { categorie: "bestaand", planOpslag: true }, "vervoer");
    gelijk(t.percentage, "0.96");
    expect(t.stappen.at(-1)?.stap).toBe("Dit percentage geldt voor het onderdeel vervoer");
  });
});
