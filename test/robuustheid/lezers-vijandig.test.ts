/**
 * Dezelfde vijandige bestanden (vijandig.ts) in-process: `main(argv, io)` uit src/cli/wlz-check.ts, en
 * beide .xlsx-lezers (de stromende standaardlezer en de exceljs-referentielezer). Elke weigering is
 * een WerkmapFout met een Nederlandse melding; nooit een andere exceptie.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/wlz-check";
import { WerkmapFout } from "../../src/workbook/snapshot";
import { leesXlsx } from "../../src/workbook/xlsx";
import { ROOT } from "../support/bundel";
import { type Geval, maakVijandigeBestanden } from "./vijandig";

let map: string;
let gevallen: Geval[];

beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), "wlz-lezers-"));
  gevallen = maakVijandigeBestanden(map);
}, 300_000);
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe("main(argv, io) in-process", () => {
  it("alle vijandige bestanden plus een goed bestand: code 2, één melding per kapot bestand, de rest gecontroleerd", async () => {
    const uit: string[] = [];
    const fout: string[] = [];
    const goed = join(ROOT, "examples", "offerte-cz-vv-2021.xlsx");
    const code = await main(["--format", "json", ...gevallen.map((g) => g.pad), goed], { stdout: (t) => uit.push(t), stderr: (t) => fout.push(t) });
    expect(code).toBe(2);
    const json = JSON.parse(uit.join("")) as { files: { file: string; status: string }[] };
    expect(json.files.map((f) => [f.file, f.status])).toEqual([...gevallen.map((g) => [g.pad, g.verwacht === "geweigerd" ? "onleesbaar" : "gecontroleerd"]), [goed, "gecontroleerd"]]);
    const geweigerd = gevallen.filter((g) => g.verwacht === "geweigerd");
    expect(fout).toHaveLength(geweigerd.length);
    geweigerd.forEach((g, i) => expect(fout[i]).toMatch(g.melding as RegExp));
  }, 300_000);

  it("een onverwachte fout van de lezer wordt een nette melding, en het volgende bestand wordt nog gecontroleerd", async () => {
    const fout: string[] = [];
    const uit: string[] = [];
    let n = 0;
    const code = await main(["a.xlsx", "b.xlsx"], {
      stdout: (t) => uit.push(t),
      stderr: (t) => fout.push(t),
      lees: async () => {
        if (n++ === 0) throw new TypeError("Cannot read properties of undefined (reading 'x')");
        return { bladen: [] };
      },
    });
    expect(code).toBe(2);
    expect(fout).toEqual(["wlz-check: a.xlsx: Het bestand kon niet worden gecontroleerd door een onverwachte fout.\n"]);
    expect(uit.join("")).toContain("b.xlsx");
  });
});

describe.each(["stroom", "exceljs"] as const)("leesXlsx methode %s", (methode) => {
  it("elk vijandig bestand: een werkmap of een WerkmapFout met Nederlandse melding, binnen de tijd", async () => {
    const mislukt: string[] = [];
    for (const g of gevallen) {
      const begin = Date.now();
      try {
        await leesXlsx(g.pad, { methode });
        if (g.verwacht === "geweigerd") mislukt.push(`${g.naam}: gelezen, verwacht geweigerd`);
      } catch (e) {
        if (!(e instanceof WerkmapFout)) mislukt.push(`${g.naam}: ${String(e).slice(0, 200)}`);
        else if (!/^(Het|De|Bestand|Geen)\b|is een map/.test(e.message)) mislukt.push(`${g.naam}: melding "${e.message}"`);
        else if (g.verwacht === "gecontroleerd") mislukt.push(`${g.naam}: geweigerd (${e.message})`);
      }
      if (Date.now() - begin > 30_000) mislukt.push(`${g.naam}: ${Date.now() - begin} ms`);
    }
    expect(mislukt).toEqual([]);
  }, 600_000);
});
