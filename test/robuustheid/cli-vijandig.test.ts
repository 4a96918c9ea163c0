/**
 * De gebouwde CLI (dist/cli/wlz-check.js via bin/wlz-check.js) tegen kapotte en vijandige bestanden,
 * gemaakt in een tijdelijke map (vijandig.ts). Per bestand een eigen proces, zodat tijd en geheugen
 * (maxRSS) per bestand gemeten worden; daarna alles in één run met een goed bestand ertussen, dat
 * gewoon gecontroleerd moet worden. Nooit een stacktrace op stderr.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/bundel";
import { zorgVoorCli } from "./cli-build";
import { bladXml, type Geval, maakVijandigeBestanden, maakXlsx, offerteRijen, ruis } from "./vijandig";

/** Grenzen per bestand; ruim boven de metingen (zie de uitvoer), ver onder "hangt" of "vult het geheugen". */
const MAX_SECONDEN = 30;
const MAX_RSS_MB = 700;
const GOED = join(ROOT, "examples", "offerte-cz-vv-2021.xlsx");

let map: string;
let gevallen: Geval[];
const metingen: string[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconden: number;
  rssMb: number;
}

function draai(args: string[]): Run {
  const rssBestand = join(map, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const begin = Date.now();
  const r = spawnSync(process.execPath, ["-r", join(map, "meet-rss.cjs"), join(ROOT, "bin", "wlz-check.js"), ...args], {
    cwd: map,
    encoding: "utf8",
    timeout: MAX_SECONDEN * 1000 * 2,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, WLZ_RSS_BESTAND: rssBestand, NODE_OPTIONS: "" },
  });
  const seconden = (Date.now() - begin) / 1000;
  const rssMb = existsSync(rssBestand) ? Number(readFileSync(rssBestand, "utf8")) / 1024 : NaN;
  return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", seconden, rssMb };
}

/** Wat nooit op stderr mag staan: stacktraces, Engelse foutnamen van Node, paden in node_modules. */
function geenStacktrace(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at |^\s+at /m);
  expect(stderr).not.toMatch(/\b(TypeError|RangeError|SyntaxError|ReferenceError|Error):/);
  expect(stderr).not.toMatch(/node_modules|dist[\\/]cli|webpack:/);
  expect(stderr).not.toMatch(/FATAL ERROR|heap out of memory|Allocation failed/i);
}

beforeAll(() => {
  zorgVoorCli();
  map = mkdtempSync(join(tmpdir(), "wlz-vijandig-"));
  writeFileSync(
    join(map, "meet-rss.cjs"),
    `process.on("exit", () => require("fs").writeFileSync(process.env.WLZ_RSS_BESTAND, String(process.resourceUsage().maxRSS)));\n`,
  );
  gevallen = maakVijandigeBestanden(map);
}, 300_000);

afterAll(() => {
  if (metingen.length) console.log(`wlz-check tegen ${gevallen.length} vijandige bestanden (tijd, maxRSS, afsluitcode):\n${metingen.join("\n")}`);
  if (map) rmSync(map, { recursive: true, force: true });
});

describe("wlz-check tegen kapotte en vijandige bestanden", () => {
  it("maakt de vijandige bestanden (klein op schijf)", () => {
    expect(gevallen.length).toBeGreaterThanOrEqual(25);
    for (const g of gevallen) if (existsSync(g.pad) && statSync(g.pad).isFile()) expect(statSync(g.pad).size, g.naam).toBeLessThan(40 * 1024 * 1024);
  });

  it("elk bestand apart: heldere Nederlandse melding en afsluitcode 2, of een gewone controle, binnen tijd en geheugen", () => {
    const mislukt: string[] = [];
    for (const g of gevallen) {
      const r = draai(["--format", "json", g.pad]);
      metingen.push(`  ${g.naam.padEnd(30)} ${r.seconden.toFixed(1).padStart(5)} s ${r.rssMb.toFixed(0).padStart(5)} MB  code ${r.code}  ${r.stderr.trim().slice(0, 110)}`);
      try {
        geenStacktrace(r.stderr);
        expect(r.seconden, `${g.naam}: tijd`).toBeLessThan(MAX_SECONDEN);
        expect(r.rssMb, `${g.naam}: geheugen`).toBeLessThan(MAX_RSS_MB);
        // een cel van 5 miljoen tekens wordt in meldingen ingekort, niet herhaald
        expect(r.stdout.length + r.stderr.length, `${g.naam}: uitvoer`).toBeLessThan(200_000);
        const json = JSON.parse(r.stdout) as { files: { file: string; status: string; error?: string; findings: { code: string }[] }[] };
        if (g.verwacht === "geweigerd") {
          expect(r.code, `${g.naam}: ${r.stderr}`).toBe(2);
          const regels = r.stderr.trim().split("\n");
          expect(regels, g.naam).toHaveLength(1);
          expect(regels[0].startsWith(`wlz-check: ${g.pad}: `), regels[0]).toBe(true);
          expect(regels[0], g.naam).toMatch(g.melding as RegExp);
          // spec §6: the refused file is in the report too, with its status and the same message
          expect(json.files.map((f) => [f.file, f.status]), g.naam).toEqual([[g.pad, "onleesbaar"]]);
          expect(json.files[0].error, g.naam).toMatch(g.melding as RegExp);
        } else {
          expect([0, 1], `${g.naam}: code ${r.code}, ${r.stderr}`).toContain(r.code);
          expect(r.stderr, g.naam).toBe("");
          expect(json.files.map((f) => f.file)).toEqual([g.pad]);
          if (g.code) expect(json.files[0].findings.map((f) => f.code), g.naam).toContain(g.code);
        }
      } catch (e) {
        mislukt.push(`${g.naam}: ${(e as Error).message.split("\n")[0]}`);
      }
    }
    expect(mislukt).toEqual([]);
  }, 900_000);

  it("alles in één run: de goede bestanden worden gewoon gecontroleerd, elke kapotte krijgt zijn eigen melding", () => {
    const paden = [GOED, ...gevallen.map((g) => g.pad), GOED];
    const r = draai(["--format", "json", ...paden]);
    geenStacktrace(r.stderr);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as { files: { file: string; status: string; regelset: string | null }[] };
    expect(json.files.map((f) => [f.file, f.status])).toEqual(paden.map((p) => [p, gevallen.find((g) => g.pad === p)?.verwacht === "geweigerd" ? "onleesbaar" : "gecontroleerd"]));
    expect(json.files[0].regelset).toBe("CZ-VV-2021");
    const geweigerd = gevallen.filter((g) => g.verwacht === "geweigerd");
    const regels = r.stderr.trim().split("\n");
    expect(regels).toHaveLength(geweigerd.length);
    geweigerd.forEach((g, i) => expect(regels[i]).toMatch(g.melding as RegExp));
    metingen.push(`  alles in één run (${paden.length} bestanden): ${r.seconden.toFixed(1)} s, ${r.rssMb.toFixed(0)} MB, code ${r.code}`);
    expect(r.rssMb).toBeLessThan(MAX_RSS_MB);
  }, 900_000);

  it("de tekstuitvoer toont vijandige bladnamen en celteksten zonder stuurtekens", () => {
    const g = gevallen.find((x) => x.naam === "vijandige-namen.xlsx") as Geval;
    const r = draai([g.pad]);
    geenStacktrace(r.stderr);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Werkblad "=HYPERLINK');
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it("schrijft niets buiten --out: een zipitem met ../ in de naam wordt nergens uitgepakt", () => {
    expect(existsSync("/tmp/wlz-padsprong.txt")).toBe(false);
  });

  // Zwaar (13 s maken, ~10 s controleren, ~1,5 GB): alleen met WLZ_ZWAAR=1. Meting 2026-11-27: een .xlsx van
  // 28 MB met 400 MB gedeelde teksten (2,4 miljoen) kost de CLI 10 s en 1,48 GB maxRSS; de grens van 500 MB
  // uitgepakt houdt het begrensd, maar sharedStrings wordt in één stuk gedecodeerd (zie het verslag).
  it.runIf(process.env.WLZ_ZWAAR === "1")("zwaar: 400 MB gedeelde teksten in een bestand van ~28 MB blijft onder 2,5 GB en 60 s", () => {
    const vast = " vaste tekst die vaak terugkomt in een offerte ".repeat(3);
    const delen: string[] = [];
    let grootte = 0;
    for (let n = 0; grootte < 400 * 1024 * 1024; n++) {
      const s = `<si><t>${ruis(12, n + 1)}${vast}${n}</t></si>`;
      delen.push(s);
      grootte += s.length;
    }
    const pad = join(map, "zwaar.xlsx");
    writeFileSync(
      pad,
      maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()) }], {
        gedeeldeTeksten: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${delen.join("")}</sst>`,
      }),
    );
    delen.length = 0;
    const r = draai([pad]);
    metingen.push(`  zwaar.xlsx (400 MB gedeelde teksten) ${r.seconden.toFixed(1)} s ${r.rssMb.toFixed(0)} MB code ${r.code}`);
    geenStacktrace(r.stderr);
    expect([0, 1, 2]).toContain(r.code);
    expect(r.seconden).toBeLessThan(60);
    expect(r.rssMb).toBeLessThan(2500);
  }, 300_000);
});
