import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/wlz-check";
import { run } from "./hulp";
import { csvVeld, schoon } from "../../src/cli/uitvoer";
import { maakWerkmap } from "../../src/workbook/snapshot";

const ROOT = join(__dirname, "..", "..");
const VB = join(ROOT, "examples");
const tmp = mkdtempSync(join(tmpdir(), "wlz-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("wlz-check main()", () => {
  it("exit 0 for a clean offerte, with a summary line", async () => {
    const r = await run([join(VB, "offerte-cz-vv-2021.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("(regelset CZ-VV-2021)");
    expect(r.out).toMatch(/Samenvatting: 0 fouten, 0 waarschuwingen, 2 info/);
  });
  it("exit 1 with a fout; text grouped per sheet and sorted by cell", async () => {
    const r = await run([join(VB, "fouten-cz-vv-2021.xlsx")]);
    expect(r.code).toBe(1);
    const bladen = [...r.out.matchAll(/Werkblad "([^"]+)"/g)].map((m) => m[1]);
    expect(bladen).toEqual(["Offerte", "Crisis"]);
    expect(r.out).toContain("WLZ-TAR-001");
    expect(r.out).toContain("bron: CZ-VV-2021");
    expect(r.out).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
  });
  it("--format json: exactly the documented shape", async () => {
    const r = await run(["--format", "json", join(VB, "fouten-structuur.xlsx"), join(VB, "offerte-landelijk-2021.xlsx")]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    // spec §6: the fixed fields first, in this order; more are welcome after them
    expect(Object.keys(doc).slice(0, 2)).toEqual(["files", "totaal"]);
    expect(doc.totaal).toEqual({ bestanden: 2, met_fouten: 1, zonder_fouten: 1, onleesbaar: 0, geaccepteerd: 0 });
    expect(doc.files).toHaveLength(2);
    for (const f of doc.files) {
      expect(Object.keys(f).slice(0, 7)).toEqual(["file", "status", "regelset", "gecontroleerd", "dekking", "findings", "summary"]);
      if (f.regelset) expect(Object.keys(f)).toContain("regelsetgegevens");
      expect(f.status).toBe("gecontroleerd");
      expect(Object.keys(f.gecontroleerd)).toEqual(["prestatieregels", "crisisregels", "overgeslagen"]);
      expect(Object.keys(f.summary)).toEqual(["fout", "waarschuwing", "info"]);
      for (const b of f.findings) {
        expect(Object.keys(b).slice(0, 6)).toEqual(["code", "severity", "sheet", "cell", "message", "source"]);
        expect(b.source).not.toMatch(/[0-9]{3}_[0-9a-f]{16}\.txt|\(L[0-9]+/);
        if (b.bron) {
          expect(b.source).toContain(b.bron.titel);
          expect(b.bron.bestand).toMatch(/^[0-9]{3}_[0-9a-f]{16}\.txt$/);
        }
      }
    }
    expect(doc.files[0]).toMatchObject({ regelset: null, summary: { fout: 2, waarschuwing: 0, info: 0 } });
    expect(doc.files[0].findings[0]).toMatchObject({ code: "WLZ-OFF-001", severity: "fout", sheet: "Blad1", cell: "A1" });
    expect(doc.files[1]).toMatchObject({ regelset: "LANDELIJK-2021", summary: { fout: 0 } });
    expect(doc.files[1].gecontroleerd.prestatieregels).toBeGreaterThan(0);
    expect(doc.files[1].regelsetgegevens).toMatchObject({ id: "LANDELIJK-2021", jaar: 2021, geldig_van: "2021-01-01", geldig_tot: "2021-12-31", status: "gepubliceerd document" });
    expect(doc.files[1].regelsetgegevens.dataversie).toMatch(/^[0-9a-f]{12}$/);
    const metBron = doc.files[1].findings.filter((b: { bron?: unknown }) => b.bron);
    expect(metBron.length).toBeGreaterThan(0);
    expect(metBron[0].bron).toMatchObject({ titel: "Nota van Inlichtingen Inkoopkader Wlz 2021-2023", bestand: "002_4e838e633735ff93.txt" });
  });
  it("--regelset overrides the workbook's own", async () => {
    const r = await run(["--format=json", "--regelset", "landelijk-2021", join(VB, "offerte-cz-vv-2021.xlsx")]);
    const f = JSON.parse(r.out).files[0];
    expect(f.regelset).toBe("LANDELIJK-2021");
    expect(f.findings.map((b: { code: string }) => b.code)).toContain("WLZ-OFF-004");
  });
  it("an unknown --regelset is wrong use: exit 2, nothing checked", async () => {
    const r = await run(["--regelset", "XX-1", join(VB, "offerte-cz-vv-2021.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("XX-1");
  });
  it("several files, one unreadable: the others are checked, exit 2, Dutch message on stderr", async () => {
    const kapot = join(tmp, "kapot.xlsx");
    writeFileSync(kapot, "dit is geen zip");
    const r = await run(["--format", "json", join(VB, "fouten-cz-vv-2021.xlsx"), kapot, join(tmp, "bestaat-niet.xlsx"), join(VB, "offerte-cz-gz-2026.xlsx")]);
    expect(r.code).toBe(2);
    // spec §6: every file given appears in the output, the unreadable ones with their status and why
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      [join(VB, "fouten-cz-vv-2021.xlsx"), "gecontroleerd"],
      [kapot, "onleesbaar"],
      [join(tmp, "bestaat-niet.xlsx"), "onleesbaar"],
      [join(VB, "offerte-cz-gz-2026.xlsx"), "gecontroleerd"],
    ]);
    expect(Object.keys(doc.files[1]).slice(0, 3)).toEqual(["file", "status", "error"]);
    expect(doc.files[2]).not.toHaveProperty("regelset");
    expect(doc.files[2].error).toContain("Bestand niet gevonden");
    expect(doc.totaal).toEqual({ bestanden: 4, met_fouten: 1, zonder_fouten: 1, onleesbaar: 2, geaccepteerd: 0 });
    const regels = r.err.trim().split("\n");
    expect(regels).toHaveLength(2);
    expect(regels[0]).toContain("kapot.xlsx");
    expect(regels[1]).toContain("Bestand niet gevonden");
    expect(r.err).not.toMatch(/\n\s+at /);
  });
  it("an unexpected failure while checking is a message, not a stack trace", async () => {
    const r = await run(["x.xlsx"], { lees: async () => { throw new TypeError("kapot"); } });
    expect(r.code).toBe(2);
    expect(r.err).toBe("wlz-check: x.xlsx: Het bestand kon niet worden gecontroleerd door een onverwachte fout.\n");
  });
  it("--out writes the output to a file", async () => {
    const uit = join(tmp, "uit.json");
    const r = await run(["--format", "json", "--out", uit, join(VB, "offerte-dsw-vv-2024.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(JSON.parse(readFileSync(uit, "utf8")).files[0].regelset).toBe("DSW-VV-2024");
  });
  it("--out FILE.csv writes CSV with formula injection neutralised", async () => {
    const uit = join(tmp, "uit.csv");
    const wm = maakWerkmap({ "=HYPERLINK(\"x\")": [["Regelset", "=1+1"]] });
    const r = await run(["--out", uit, "=evil.xlsx"], { lees: async () => wm });
    expect(r.code).toBe(1);
    const csv = readFileSync(uit, "utf8").replace(/^\ufeff/, "").split("\r\n");
    expect(csv[0]).toBe("bestand;zorgaanbieder;blad;cel;prestatie;code;ernst;melding;verwacht;gevonden;bron;citaat");
    expect(csv[1].startsWith(`"'=evil.xlsx";`)).toBe(true);
    expect(csv[1]).toContain(`"'=HYPERLINK(""x"")"`);
    for (const veld of csv[1].split('";"')) expect(veld.replace(/^"/, "")).not.toMatch(/^[=+\-@]/);
  });
  it("an --out that cannot be written is exit 2", async () => {
    const r = await run(["--out", join(tmp, "geen-map", "x.json"), join(VB, "offerte-dsw-vv-2024.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("kan niet schrijven");
  });
  it("wrong use: no files, unknown option, bad format, missing value", async () => {
    for (const args of [[], ["--foo", "a.xlsx"], ["--format", "xml", "a.xlsx"], ["a.xlsx", "--regelset"]]) {
      const r = await run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err, args.join(" ")).toMatch(/^wlz-check: .+\nZie wlz-check --help\.\n$/);
    }
  });
  it("--help", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("text (standaard), json, csv, xlsx, sarif of compact");
  });
  it("control characters in sheet names do not reach the terminal", async () => {
    const wm = maakWerkmap({ "a\u001b[31mb": [["Regelset", "CZ-VV-2099"]] });
    const r = await run(["x.xlsx"], { lees: async () => wm });
    expect(r.out).not.toContain("\u001b");
    expect(schoon("a\u0007b\u202ec")).toBe("a b c");
    expect(csvVeld("+SUM(A1)")).toBe(`"'+SUM(A1)"`);
  });
});

describe("the built command", () => {
  const gebouwd = existsSync(join(ROOT, "dist", "cli", "wlz-check.js"));
  it.runIf(gebouwd)("bin/wlz-check.js runs the bundle with the right exit codes", () => {
    const ok = spawnSync(process.execPath, [join(ROOT, "bin", "wlz-check.js"), join(VB, "offerte-cz-vv-2021.xlsx")], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const fout = spawnSync(process.execPath, [join(ROOT, "bin", "wlz-check.js"), "--format", "json", join(VB, "fouten-cz-vv-2021.xlsx")], { encoding: "utf8" });
    expect(fout.status).toBe(1);
    expect(JSON.parse(fout.stdout).files[0].summary.fout).toBeGreaterThan(5);
    const kapot = spawnSync(process.execPath, [join(ROOT, "bin", "wlz-check.js"), join(ROOT, "package.json")], { encoding: "utf8" });
    expect(kapot.status).toBe(2);
    expect(kapot.stderr).toMatch(/^wlz-check: .*package\.json: /);
    expect(kapot.stderr).not.toMatch(/\n\s+at /);
  });
  it("the shim explains how to build when dist is missing", () => {
    const map = mkdtempSync(join(tmpdir(), "wlz-shim-"));
    try {
      execFileSync("mkdir", ["-p", join(map, "bin")]);
      writeFileSync(join(map, "bin", "wlz-check.js"), readFileSync(join(ROOT, "bin", "wlz-check.js")));
      const r = spawnSync(process.execPath, [join(map, "bin", "wlz-check.js"), "x.xlsx"], { encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("npm run build");
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
