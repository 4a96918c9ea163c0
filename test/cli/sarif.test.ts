/**
 * wlz-check --format sarif against the OASIS SARIF 2.1.0 JSON schema (test/cli/schema, see its README),
 * and the parts CI systems rely on: rules, levels, the workbook as artifact, Blad!Cel as logical location.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { artefactUri } from "../../src/cli/sarif";
import { main } from "../../src/cli/wlz-check";

const VB = join(__dirname, "..", "..", "examples");
const tmp = mkdtempSync(join(tmpdir(), "wlz-sarif-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The schema is draft-04 (`id`); Ajv 8 reads it as draft-07 once `id` is `$id`: the other keywords mean the same. */
function valideerder() {
  const schema = JSON.parse(readFileSync(join(__dirname, "schema", "sarif-schema-2.1.0.json"), "utf8"));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

async function sarif(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(["--format", "sarif", ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, doc: JSON.parse(out), err };
}

describe("SARIF 2.1.0", () => {
  const valideer = valideerder();
  it("the schema itself rejects a broken document (the check can fail)", () => {
    expect(valideer({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(valideer({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ level: "fout", message: { text: "x" } }] }] })).toBe(false);
  });
  it("a folder with findings, a clean file, an unreadable file and an .xls is valid SARIF", async () => {
    const map = join(tmp, "map met spatie");
    mkdirSync(join(map, "sub"), { recursive: true });
    copyFileSync(join(VB, "fouten-cz-vv-2021.xlsx"), join(map, "sub", "fouten Één.xlsx"));
    copyFileSync(join(VB, "offerte-dsw-vv-2024.xlsx"), join(map, "schoon.xlsx"));
    writeFileSync(join(map, "kapot.xlsx"), "geen zip");
    writeFileSync(join(map, "oud.xls"), "oud");
    const { code, doc } = await sarif([map]);
    expect(code).toBe(2);
    const ok = valideer(doc);
    expect(valideer.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = doc.runs[0];
    expect(run.tool.driver.name).toBe("wlz-check");
    const rules = run.tool.driver.rules as { id: string; help: { text: string }; defaultConfiguration: { level: string } }[];
    expect(rules.find((r) => r.id === "WLZ-TAR-001")).toMatchObject({ defaultConfiguration: { level: "error" } });
    expect(rules.find((r) => r.id === "WLZ-AMB-001")?.defaultConfiguration.level).toBe("note");
    expect(rules.find((r) => r.id === "WLZ-TAR-001")?.help.text).toContain("Verlaag het tariefpercentage");
    // every file is an artifact; the unreadable ones are notifications
    expect(run.artifacts).toHaveLength(4);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text).join("\n")).toMatch(/kapot\.xlsx[\s\S]*oud\.xls/);
    const tar = run.results.find((r: { ruleId: string }) => r.ruleId === "WLZ-TAR-001");
    expect(tar.level).toBe("error");
    expect(rules[tar.ruleIndex].id).toBe("WLZ-TAR-001");
    expect(tar.locations[0].logicalLocations[0].fullyQualifiedName).toBe("Offerte!G31");
    expect(tar.message.text.startsWith("Offerte!G31: Tariefpercentage 97%")).toBe(true);
    expect(decodeURIComponent(tar.locations[0].physicalLocation.artifactLocation.uri)).toContain("map met spatie/sub/fouten Één.xlsx");
    expect(tar.partialFingerprints["wlzCheck/v1"]).toMatch(/^[0-9a-f]{32}$/);
  });
  it("a finding the baseline accepts is suppressed, still valid", async () => {
    const basis = join(tmp, "basis.json");
    const bestand = join(VB, "fouten-cz-vv-2021.xlsx");
    await main(["--basislijn", basis, "--schrijf-basislijn", bestand, "--stil"], { stdout: () => {}, stderr: () => {} });
    const { code, doc } = await sarif(["--basislijn", basis, bestand]);
    expect(code).toBe(0);
    expect(valideer(doc)).toBe(true);
    for (const r of doc.runs[0].results) expect(r.suppressions[0]).toMatchObject({ kind: "external", status: "accepted" });
  });
  it("artifact URIs: relative paths as URI references, others as file: URLs", () => {
    expect(artefactUri("map met spatie/a#b.xlsx", "/x")).toBe("map%20met%20spatie/a%23b.xlsx");
    expect(artefactUri("/x/sub/Één.xlsx", "/x")).toBe("sub/%C3%89%C3%A9n.xlsx");
    expect(artefactUri("/elders/a.xlsx", "/x")).toBe("file:///elders/a.xlsx");
  });
});
