/**
 * Geen netwerk: de gebouwde bundels (dist/*.js, dist/cli/*.js) en pagina's (ook dist/help) bevatten geen netwerk-API's en
 * geen externe adressen, op een lijst van exact genoemde uitzonderingen na (elk met de reden). En de
 * gebouwde CLI doet tijdens een echte controle geen enkele netwerkaanroep.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, zorgVoorBuild } from "../support/bundel";
import { zorgVoorCli } from "./cli-build";

const DIST = join(ROOT, "dist");

/** Netwerk-API's van browser en Node. */
const NETWERK = [
  "fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "importScripts", "RTCPeerConnection", "WebTransport",
  'require("http")', 'require("https")', 'require("node:http")', 'require("node:https")', 'require("net")', 'require("node:net")',
  'require("tls")', 'require("node:tls")', 'require("dgram")', 'require("node:dgram")', 'require("dns")', 'require("node:dns")',
  'require("child_process")', 'require("node:child_process")', 'require("http2")', 'require("node:http2")',
];

/** Elk adres dat in een bundel mag staan, exact, met de reden. Alles wat hier niet staat faalt. */
const TOEGESTAAN: Record<string, string> = {
  "https://appsforoffice.microsoft.com/lib/1/hosted/office.js": "office.js van de Office-CDN (verplicht voor Marketplace; taskpane.html)",
  "https://appsforoffice.microsoft.com": "dezelfde CDN in de Content-Security-Policy (script-src)",
  "http://www.w3.org/2000/svg": "XML-naamruimte van SVG (react-dom, Fluent-pictogrammen); wordt nooit opgehaald",
  "http://www.w3.org/1999/xlink": "XML-naamruimte xlink (react-dom)",
  "http://www.w3.org/XML/1998/namespace": "XML-naamruimte xml: (react-dom)",
  "http://www.w3.org/1998/Math/MathML": "XML-naamruimte MathML (react-dom)",
  "https://react.dev/errors/": "tekst in de verkorte React-foutmelding (alleen een link in de melding)",
  "https://github.com/MikeMcl/decimal.js": "licentiekop van decimal.js",
  "https://github.com/MikeMcl/decimal.js/pull/217": "commentaar in decimal.js",
};

function bundels(): string[] {
  return [
    ...readdirSync(DIST).filter((n) => /\.(js|html)$/.test(n)).map((n) => join(DIST, n)),
    ...readdirSync(join(DIST, "cli")).filter((n) => n.endsWith(".js")).map((n) => join(DIST, "cli", n)),
    // the help pages of the functions: static HTML and one stylesheet, nothing from elsewhere
    ...readdirSync(join(DIST, "help")).map((n) => join(DIST, "help", n)),
  ];
}

beforeAll(() => {
  zorgVoorBuild();
  zorgVoorCli();
}, 300_000);

describe("geen netwerk in de gebouwde bundels", () => {
  it("bundels gevonden: functions, taskpane, commands, cli", () => {
    const namen = bundels().map((p) => p.slice(DIST.length + 1));
    expect(namen).toEqual(expect.arrayContaining(["functions.js", "taskpane.js", "commands.js", "taskpane.html", "cli/wlz-check.js", "help/index.html", "help/tarief.html", "help/help.css"]));
  });

  it.each(["functions.js", "taskpane.js", "commands.js", "cli/wlz-check.js"])("%s roept geen netwerk-API aan", (naam) => {
    const js = readFileSync(join(DIST, naam), "utf8");
    expect(NETWERK.filter((api) => js.includes(api))).toEqual([]);
    // ook niet via een omweg als globalThis["fetch"] of window.fetch
    expect(js).not.toMatch(/\[\s*["'`](fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)["'`]\s*\]|\.fetch\s*\(/);
  });

  it("de CLI laadt alleen bestands-, buffer-, pad-, zlib-, werker-, os-, crypto- en url-modules (plus exceljs, die geen netwerk kent)", () => {
    const js = readFileSync(join(DIST, "cli", "wlz-check.js"), "utf8");
    const modules = [...new Set([...js.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))].sort();
    // node:worker_threads: each file is checked in a worker with memory and time limits (src/cli/werker.ts);
    // node:crypto for the sha256 of each file, node:url for file: URIs in SARIF, node:os for the cores and
    // memory that size the worker pool, node:buffer for the reader's byte-level fast path: none opens a connection
    expect(modules).toEqual(["exceljs", "node:buffer", "node:crypto", "node:fs", "node:fs/promises", "node:os", "node:path", "node:url", "node:worker_threads", "node:zlib"]);
    const werker = readFileSync(join(DIST, "cli", "werker.js"), "utf8");
    const werkerModules = [...new Set([...werker.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))].sort();
    expect(werkerModules).toEqual(["exceljs", "node:buffer", "node:crypto", "node:fs/promises", "node:worker_threads", "node:zlib"]);
    // exceljs zelf (extern, uit node_modules) gebruikt geen netwerkmodules
    const exceljs = join(ROOT, "node_modules", "exceljs", "lib");
    const netwerkIn = (map: string): string[] =>
      readdirSync(map, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? netwerkIn(join(map, d.name)) : d.name.endsWith(".js") && /require\(['"](https?|net|tls|dgram|dns|http2)['"]\)|\bfetch\(|XMLHttpRequest/.test(readFileSync(join(map, d.name), "utf8")) ? [d.name] : [],
      );
    expect(netwerkIn(exceljs)).toEqual([]);
  });

  it("geen externe adressen behalve de exact genoemde uitzonderingen", () => {
    const onbekend: string[] = [];
    const gebruikt = new Set<string>();
    for (const pad of bundels()) {
      const tekst = readFileSync(pad, "utf8");
      for (const m of tekst.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>\\)]*/gi)) {
        const adres = m[0].replace(/[;,.]+$/, "");
        if (adres in TOEGESTAAN) gebruikt.add(adres);
        else onbekend.push(`${pad.slice(DIST.length + 1)}: ${adres}`);
      }
      // protocol-relatieve adressen in attributen ("//cdn...") tellen ook
      for (const m of tekst.matchAll(/(?:src|href)\s*=\s*["']?\/\/[^\s"'>]+/gi)) onbekend.push(`${pad.slice(DIST.length + 1)}: ${m[0]}`);
    }
    expect(onbekend).toEqual([]);
    // de lijst blijft eerlijk: een uitzondering die niet meer voorkomt, gaat eruit
    expect(Object.keys(TOEGESTAAN).filter((a) => !gebruikt.has(a))).toEqual([]);
  });

  it("de gebouwde CLI doet tijdens een controle geen netwerkaanroep (Node-netwerk afgevangen)", () => {
    const map = mkdtempSync(join(tmpdir(), "wlz-netwerk-"));
    try {
      const log = join(map, "netwerk.log");
      const vang = join(map, "vang.cjs");
      writeFileSync(
        vang,
        `const fs = require("fs"); const meld = (w) => { fs.appendFileSync(${JSON.stringify(log)}, w + "\\n"); throw new Error("netwerk verboden: " + w); };
for (const [mod, fns] of [["net", ["connect", "createConnection"]], ["tls", ["connect"]], ["http", ["request", "get"]], ["https", ["request", "get"]], ["dns", ["lookup", "resolve"]], ["dgram", ["createSocket"]]]) {
  const m = require(mod); for (const f of fns) m[f] = () => meld(mod + "." + f);
}
require("net").Socket.prototype.connect = function () { meld("net.Socket.connect"); };
globalThis.fetch = () => meld("fetch"); globalThis.WebSocket = function () { meld("WebSocket"); };\n`,
      );
      // de val werkt echt: een netwerkaanroep komt in het logboek
      spawnSync(process.execPath, ["-r", vang, "-e", 'try { require("https").get("https://voorbeeld.invalid/") } catch {}'], { encoding: "utf8" });
      expect(readFileSync(log, "utf8")).toContain("https.get");
      rmSync(log);
      const voorbeelden = readdirSync(join(ROOT, "examples")).filter((n) => n.endsWith(".xlsx")).map((n) => join(ROOT, "examples", n));
      const r = spawnSync(process.execPath, ["-r", vang, join(ROOT, "bin", "wlz-check.js"), "--format", "json", "--out", join(map, "uit.csv"), ...voorbeelden], { encoding: "utf8", timeout: 120_000 });
      expect([0, 1], r.stderr).toContain(r.status);
      // --format json wins over the extension of --out (spec §6)
      expect(JSON.parse(readFileSync(join(map, "uit.csv"), "utf8")).files.length).toBe(voorbeelden.length);
      expect(() => readFileSync(log, "utf8")).toThrow();
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  }, 180_000);
});
