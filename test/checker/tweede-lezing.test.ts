/**
 * The checker follows the second reading of the policy texts (issue 12): what the rules core now says about
 * the category at registration, subcontracting with consent and subsidiaries, and NHC/NIC defaults.
 */
import { describe, expect, it } from "vitest";
import { codes, controleer, goedeRij, metCode } from "./hulp";

const GZ26: [string, string | number][] = [["Regelset", "CZ-GZ-2026"], ["Richttarief", 0.96], ["Inschrijfdatum", "15-07-2025 10:00"]];

describe("CZ26-K10 (CZ Zorginkoopdocument 2024-2026 GZ §6.2): a whole ZZP/VPT subcontracted", () => {
  const kop = (toestemming: string | null): [string, string | number | null][] => [
    ...GZ26, ["Verwachte gecontracteerde zorg", 900_000], ["Waarvan onderaanneming", 100_000], ["Heel pakket uitbesteed", "ja"],
    ...(toestemming === null ? [] : [["Toestemming heel pakket", toestemming] as [string, string]]),
  ];
  it("without the zorgkantoor's consent: WLZ-AAN-001 at the package field", () => {
    const r = controleer({ kop: kop(null) });
    const f = metCode(r, "WLZ-AAN-001");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain("tenzij het zorgkantoor daar toestemming voor geeft");
    expect(f[0].cell).toBe("B6");
  });
  it("with consent: no finding", () => {
    expect(codes(controleer({ kop: kop("ja") }))).not.toContain("WLZ-AAN-001");
  });
  it("an unreadable consent is WLZ-OFF-003, no verdict on a guess", () => {
    const r = controleer({ kop: kop("misschien") });
    expect(codes(r)).toContain("WLZ-OFF-003");
    expect(codes(r)).not.toContain("WLZ-AAN-001");
  });
});

describe("VID-1237 (Nota van Inlichtingen 2021): care by 100% subsidiaries is no subcontracting", () => {
  const kop = (dochters: number | null): [string, string | number | null][] => [
    ["Regelset", "CZ-VV-2021"], ["Plan opslag", "ja"], ["Inschrijfdatum", "30-07-2020 12:00"],
    ["Verwachte gecontracteerde zorg", 900_000], ["Waarvan onderaanneming", 400_000], ["Waarvan volle dochters", dochters],
  ];
  it("400.000 of 900.000 is more than 1/3, but 150.000 of it by a subsidiary leaves 250.000: fine", () => {
    expect(codes(controleer({ kop: kop(null) }))).toContain("WLZ-AAN-001");
    expect(codes(controleer({ kop: kop(150_000) }))).not.toContain("WLZ-AAN-001");
  });
  it("CZ-GZ-2026 applies it as a default with a visible warning (AMB-CZ26-DOCHTERS)", () => {
    const r = controleer({ kop: [...GZ26, ["Verwachte gecontracteerde zorg", 900_000], ["Waarvan onderaanneming", 400_000], ["Waarvan volle dochters", 150_000]] });
    expect(codes(r)).not.toContain("WLZ-AAN-001");
    expect(metCode(r, "WLZ-AMB-001").map((b) => b.message).join(" ")).toContain("AMB-CZ26-DOCHTERS");
  });
});

describe("CZ26-K2/K3 (§6.3): the agreement elsewhere must still run at registration", () => {
  const kop = (tot: string): [string, string | number][] => [
    ...GZ26, ["Categorie", "bestaand-nieuw"], ["Contract met dit zorgkantoor", "nee"], ["Contract elders van", "01-01-2023"], ["Contract elders tot", tot],
    ["Eerste declaratie", "01-02-2023"], ["Uitzondering", "nee"],
  ];
  it("an agreement elsewhere that ended before the Inschrijfdatum: the provider is nieuw (WLZ-CAT-001)", () => {
    const r = controleer({ kop: kop("30-06-2025"), rijen: [goedeRij({ Tariefpercentage: 0.94, Tarief: 166.29, Omzet: 1662.9 })] });
    const f = metCode(r, "WLZ-CAT-001");
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('"nieuw"');
  });
  it("still running at registration: bestaand-nieuw is right", () => {
    const r = controleer({ kop: kop("31-12-2026"), rijen: [goedeRij({ Tariefpercentage: 0.94, Tarief: 166.29, Omzet: 1662.9 })] });
    expect(codes(r)).not.toContain("WLZ-CAT-001");
  });
});

describe("AMB-NHCNIC (table 003 only says 'exclusief NHC/NIC'): NHC/NIC at the offered percentage is a warning", () => {
  it("ZK-VV-2024: NHC/NIC at 95,5% instead of the default 100% is WLZ-TAR-003 as waarschuwing, saying it is a default", () => {
    // 0,955 x 150,25 + 0,955 x 25,05 = 167,41; at 100% NHC/NIC: 168,54
    const r = controleer({ kop: [["Regelset", "ZK-VV-2024"]], rijen: [goedeRij({ Tariefpercentage: 0.955, Tarief: 167.41, Omzet: 1674.1, "Herschikte afspraak vorig jaar": null, "Initieel volume": null })] });
    const f = metCode(r, "WLZ-TAR-003");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("waarschuwing");
    expect(f[0].message).toContain("is de standaard");
  });
  it("CZ-VV-2021, where the source fixes 100% (VID-1927), keeps it a fout", () => {
    const r = controleer({ rijen: [goedeRij({ Tarief: 168.29, Omzet: 1682.9 })] });
    expect(metCode(r, "WLZ-TAR-003")[0]?.severity).toBe("fout");
  });
});
