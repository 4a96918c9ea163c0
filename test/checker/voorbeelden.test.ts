import { readdirSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { maakVoorbeelden } from "../../scripts/maak-voorbeelden";
import { ONDUIDELIJKHEDEN } from "../../src/rules";
import { controleerWerkmap } from "../../src/workbook/controle";
import { leesXlsx } from "../../src/workbook/xlsx";

const MAP = join(__dirname, "..", "..", "examples");
const SPEC_CODES = [
  "WLZ-OFF-001", "WLZ-OFF-002", "WLZ-OFF-003", "WLZ-TAR-001", "WLZ-TAR-002", "WLZ-TAR-003", "WLZ-TAR-004", "WLZ-VOL-001",
  "WLZ-OMZ-001", "WLZ-CRI-001", "WLZ-CRI-002", "WLZ-AAN-001", "WLZ-DAT-001", "WLZ-FRM-001", "WLZ-AMB-001",
  "WLZ-OFF-006", "WLZ-OFF-008", "WLZ-OFF-009", "WLZ-FRM-002",
];
const eigen = readdirSync(MAP).filter((f) => /^(offerte|fouten|layout)-.*\.xlsx$/.test(f)).sort();

async function controleer(pad: string) {
  return controleerWerkmap(await leesXlsx(pad));
}

describe("examples/", () => {
  it("has a clean offerte per main rule set", async () => {
    const schoon = eigen.filter((f) => f.startsWith("offerte-"));
    expect(schoon).toEqual(["offerte-cz-gz-2026.xlsx", "offerte-cz-vv-2021.xlsx", "offerte-dsw-vv-2024.xlsx", "offerte-landelijk-2021.xlsx"]);
    for (const f of schoon) {
      const r = await controleer(join(MAP, f));
      expect(r.samenvatting.fout, f).toBe(0);
      expect(r.samenvatting.waarschuwing, f).toBe(0);
      expect(r.bevindingen.every((b) => b.code === "WLZ-AMB-001"), f).toBe(true);
    }
  });
  it("the layout variation is found and clean", async () => {
    const r = await controleer(join(MAP, "layout-verschoven.xlsx"));
    expect(r.regelset).toBe("CZ-VV-2021");
    expect(r.bevindingen).toEqual([]);
  });
  it("the mistake workbooks trigger every code of spec §5", async () => {
    const gevonden = new Set<string>();
    for (const f of eigen.filter((x) => x.startsWith("fouten-"))) {
      const r = await controleer(join(MAP, f));
      expect(r.samenvatting.fout, f).toBeGreaterThan(0);
      for (const b of r.bevindingen) gevonden.add(b.code);
    }
    for (const c of SPEC_CODES) expect(gevonden.has(c), c).toBe(true);
    for (const c of ["WLZ-CRI-003", "WLZ-DAT-002", "WLZ-DAT-003", "WLZ-VOL-002", "WLZ-OFF-005"]) expect(gevonden.has(c), c).toBe(true);
  });

  it("every WLZ-AMB-001 names the id of a registered ambiguity, so a user can look up its decision record", async () => {
    const gemeld = new Set<string>();
    for (const f of eigen) {
      for (const b of (await controleer(join(MAP, f))).bevindingen.filter((x) => x.code === "WLZ-AMB-001")) {
        const id = /\((AMB-[A-Z0-9]+(?:-[A-Z0-9]+)*)\)/.exec(b.message)?.[1];
        expect(id, `${f} ${b.cell}: ${b.message}`).toBeDefined();
        expect(Object.keys(ONDUIDELIJKHEDEN), `${f} ${b.cell}`).toContain(id);
        gemeld.add(id!);
      }
    }
    expect(gemeld.size).toBeGreaterThanOrEqual(3);
  });

  describe("are up to date with the generator", () => {
    const tmp = mkdtempSync(join(tmpdir(), "wlz-voorbeelden-"));
    afterAll(() => rmSync(tmp, { recursive: true, force: true }));
    it("regenerating gives the same findings", async () => {
      const namen = await maakVoorbeelden(tmp);
      expect([...namen].sort()).toEqual(eigen);
      for (const n of namen) {
        const nieuw = await controleer(join(tmp, n));
        const oud = await controleer(join(MAP, n));
        expect(nieuw, n).toEqual(oud);
      }
    }, 180_000);
  });
});
