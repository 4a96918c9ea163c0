/**
 * Issue 12, "second reading of the policy texts": each point as a test named with its rule id and the
 * section of the seed that decides it. Values are the sources' own or the catalogue's stand-ins.
 */
import { describe, expect, it } from "vitest";
import { berekenTariefpercentage, uitlegRijen, type Aanbiederprofiel } from "../../src/rules";
import { d, gelijk, rs } from "./hulp";

const CZ26 = () => rs("CZ-GZ-2026");
const R = d("0.978"); // S1 §5.1.1 (L564-567): GZ 2025 = 97,8%, the catalogue's stand-in for R 2026
const ids = (w: { id: string }[]) => w.map((x) => x.id);

describe("Punt 2: CZ26-T10 uitzondering bestaand maar nieuw volgt 'Uitzondering' (S1 §5.1.2a L594-599)", () => {
  const bn = (extra: Partial<Aanbiederprofiel> = {}): Aanbiederprofiel => ({ categorie: "bestaand-nieuw", richttarief: R, ...extra });

  it("CZ26-T10 §5.1.2a bestaand-nieuw zonder veld Uitzondering: R − 2 = 95,8%, marge 95,8% tot R, waarschuwing AMB-CZ26-UITZONDERING", () => {
    const tp = berekenTariefpercentage(CZ26(), "ZZP", bn());
    gelijk(tp.percentage, "0.958");
    gelijk(tp.minimum, "0.958");
    gelijk(tp.maximum, "0.978");
    expect(ids(tp.waarschuwingen)).toContain("AMB-CZ26-UITZONDERING");
    expect(uitlegRijen(tp).some((r) => r.waarschuwing && r.stap.includes("AMB-CZ26-UITZONDERING"))).toBe(true);
  });

  it("CZ26-T10 §5.1.2a bestaand-nieuw met Uitzondering nee: precies R − 2 = 95,8%, geen marge tot R", () => {
    const tp = berekenTariefpercentage(CZ26(), "ZZP", bn({ uitzondering: false }));
    gelijk(tp.percentage, "0.958");
    gelijk(tp.maximum, "0.958");
    expect(ids(tp.waarschuwingen)).not.toContain("AMB-CZ26-UITZONDERING");
  });

  it("CZ26-T10 §5.1.2a bestaand-nieuw met Uitzondering ja: in overleg tot R; marge R − 2 tot R zodat een afspraak onder R geen onderbetaling is", () => {
    const tp = berekenTariefpercentage(CZ26(), "ZZP", bn({ uitzondering: true }));
    gelijk(tp.percentage, "0.978");
    gelijk(tp.maximum, "0.978");
    gelijk(tp.minimum, "0.958");
    expect(ids(tp.waarschuwingen)).toContain("AMB-CZ26-UITZONDERING");
  });

  it("CZ26-T10 §5.1.2a bestaand-nieuw met Uitzondering ja en afgesproken 97%: 97%, nooit boven R (98,5% -> 97,8%)", () => {
    gelijk(berekenTariefpercentage(CZ26(), "ZZP", bn({ uitzondering: true, afgesprokenPercentage: d("0.97") })).percentage, "0.97");
    gelijk(berekenTariefpercentage(CZ26(), "ZZP", bn({ uitzondering: true, afgesprokenPercentage: d("0.985") })).percentage, "0.978");
  });

  it("CZ26-T9 §5.1.2a nieuwe aanbieder zonder uitzondering blijft precies R − 2 (geen marge: de uitzondering vraagt de aanbieder zelf aan)", () => {
    const tp = berekenTariefpercentage(CZ26(), "ZZP", { categorie: "nieuw", richttarief: R });
    gelijk(tp.percentage, "0.958");
    gelijk(tp.maximum, "0.958");
  });
});

describe("Punt 5: AMB-PP bij procentpunten in tabel 003 (S3 Bekostiging Menzis L356-392, CZ L236-250)", () => {
  it("CMP24-Menzis differentiatie '−2% tot +1% van richttarief': waarschuwing AMB-PP zoals bij VGZ", () => {
    const tp = berekenTariefpercentage(rs("MENZIS-VV-2024"), "ZZP", { categorie: "bestaand", differentiatie: d("0.005") });
    gelijk(tp.percentage, "0.96");
    expect(ids(tp.waarschuwingen)).toContain("AMB-PP");
  });
  it("CMP24-CZ opslag technologie '+0,1%' en bewegingen '+0,3%': elk met waarschuwing AMB-PP; 95,5 + 0,1 + 0,3 = 95,9%", () => {
    const tech = berekenTariefpercentage(rs("CZ-VV-2024"), "ZZP", { categorie: "bestaand", technologieOpslag: true });
    expect(tech.waarschuwingen.filter((w) => w.id === "AMB-PP").map((w) => w.tekst).join()).toContain("+0,1%");
    const beide = berekenTariefpercentage(rs("CZ-VV-2024"), "ZZP", { categorie: "bestaand", technologieOpslag: true, bewegingenOpslag: true });
    gelijk(beide.percentage, "0.959");
    expect(beide.waarschuwingen.filter((w) => w.id === "AMB-PP")).toHaveLength(2);
  });
  it("CMP24-CZ zonder opslag: geen AMB-PP (de waarschuwing hoort bij de gebruikte regel)", () => {
    expect(ids(berekenTariefpercentage(rs("CZ-VV-2024"), "ZZP", { categorie: "bestaand" }).waarschuwingen)).not.toContain("AMB-PP");
  });
});

describe("Punt 6: ZK22-T4 NHC/NIC 100% is voor 2022/2023 een standaard (002 VID-1209 'blijft gehandhaafd voor 2021')", () => {
  for (const id of ["ZK-2022", "ZK-2023"]) {
    it(`ZK22-T4 ${id} NHC/NIC 100% als standaard: nhcNicStandaard en waarschuwing AMB-NHCNIC die 2021 noemt`, () => {
      const tp = berekenTariefpercentage(rs(id), "ZZP", { categorie: "bestaand", richttarief: d("0.95") });
      gelijk(tp.nhcNicPercentage, 1);
      expect(tp.nhcNicStandaard).toBe(true);
      const w = tp.waarschuwingen.find((x) => x.id === "AMB-NHCNIC");
      expect(w?.tekst).toContain("alleen voor 2021");
    });
  }
  it("CZ21-T4 / CZ26-T5 NHC/NIC 100% staat in de bron zelf: nhcNicStandaard onwaar (S0 §4.3 L450-454; S1 §5.1.1 L570-575)", () => {
    expect(berekenTariefpercentage(rs("CZ-VV-2021"), "ZZP", { categorie: "bestaand" }).nhcNicStandaard).toBe(false);
    expect(berekenTariefpercentage(CZ26(), "MPT", { categorie: "bestaand", richttarief: R }).nhcNicStandaard).toBe(false);
  });
});

describe("Punt 11: CZ26-T14 100% VPT/DTV/logeren 'voor 2024 en 2025' tegenover 'voor 2026' (S1 §5.1.2.b L664-668)", () => {
  it("CZ26-T14 §5.1.2.b VPT 100% in 2026 met waarschuwing AMB-CZ26-HONDERD over de tegenstrijdige jaren", () => {
    const tp = berekenTariefpercentage(CZ26(), "VPT", { categorie: "bestaand" });
    gelijk(tp.percentage, 1);
    const w = tp.waarschuwingen.find((x) => x.id === "AMB-CZ26-HONDERD");
    expect(w?.tekst).toContain("voor 2024 en 2025");
  });
  it("CZ26-T14 §5.1.2.b MPT krijgt geen 100% en dus ook geen AMB-CZ26-HONDERD", () => {
    expect(ids(berekenTariefpercentage(CZ26(), "MPT", { categorie: "bestaand", richttarief: R }).waarschuwingen)).not.toContain("AMB-CZ26-HONDERD");
  });
});
