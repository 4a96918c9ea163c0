// @vitest-environment jsdom
/**
 * Het taakvenster toont tekst uit de werkmap als tekst, nooit als HTML: in het gedrag (de echte App
 * over de nep-Excel, met HTML in bladnamen en cellen), in de bron (geen innerHTML e.d.) en in de
 * gebouwde bundel (alleen twee bekende plekken in Fluent UI zelf, met vaste inhoud). De pagina heeft
 * een Content-Security-Policy zonder inline scripts en zonder eval.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { maakExcelHost, type ExcelApi } from "../../src/taskpane/excelHost";
import { maakWerkmap } from "../../src/workbook/snapshot";
import { maakNepExcel } from "../support/fake-excel";
import { ROOT, zorgVoorBuild } from "../support/bundel";
import { renderApp } from "../taskpane/render";

afterEach(cleanup);

const KOLOMMEN = ["Prestatie", "Leveringsvorm", "Onderdeel", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet"];
const HTML_LV = '<img src=x onerror="globalThis.__xss=1">';
const HTML_BLAD = "<b id=xss-blad>Offerte</b>";

describe("het taakvenster rendert werkmaptekst als tekst", () => {
  it("HTML in een bladnaam, leveringsvorm en regelset komt letterlijk in beeld, er ontstaat geen element", async () => {
    const nep = maakNepExcel(
      maakWerkmap({
        [HTML_BLAD]: [
          ["Regelset", "CZ-VV-2021"],
          ["Plan opslag", "ja"],
          [],
          KOLOMMEN,
          ["<script>globalThis.__xss=2</script>", HTML_LV, "zorg", 100, 10, 5, 0.96, 111, 10, 1110],
          ["P2", "ZZP", "zorg", 100, 10, 5, 0.96, 112, 10, 1120],
        ],
      }),
    );
    renderApp(maakExcelHost(nep.Excel as unknown as ExcelApi));
    await userEvent.setup().click(screen.getByRole("button", { name: "Controleer" }));
    await screen.findByRole("status", { name: "Samenvatting" });
    await waitFor(() => expect(document.body.textContent).toContain(HTML_LV));
    expect(document.body.textContent).toContain(HTML_BLAD);
    expect(document.querySelector("img[src='x'], #xss-blad")).toBeNull();
    expect([...document.querySelectorAll("script")].filter((s) => s.textContent?.includes("__xss"))).toEqual([]);
    expect((globalThis as { __xss?: unknown }).__xss).toBeUndefined();
  });
});

function bestanden(map: string, ext: RegExp): string[] {
  return readdirSync(map).flatMap((n) => {
    const p = join(map, n);
    return statSync(p).isDirectory() ? bestanden(p, ext) : ext.test(n) ? [p] : [];
  });
}

describe("geen HTML-injectie in bron en bundel", () => {
  beforeAll(() => zorgVoorBuild(), 180_000);

  it("src/taskpane en src/workbook gebruiken geen innerHTML, dangerouslySetInnerHTML, document.write of eval", () => {
    const verboden = /dangerouslySetInnerHTML|\.innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\s*\(/;
    const treffers = [...bestanden(join(ROOT, "src", "taskpane"), /\.(tsx?|html)$/), ...bestanden(join(ROOT, "src", "workbook"), /\.tsx?$/)]
      .filter((p) => verboden.test(readFileSync(p, "utf8")))
      .map((p) => p.slice(ROOT.length + 1));
    expect(treffers).toEqual([]);
  });

  it("dist/taskpane.js zet HTML alleen op twee bekende plekken in Fluent UI, met vaste inhoud", () => {
    const js = readFileSync(join(ROOT, "dist", "taskpane.js"), "utf8");
    // Elke plek die React vraagt HTML te zetten, met wat ervoor staat (genoeg om de bron te herkennen).
    const plekken = [...js.matchAll(/dangerouslySetInnerHTML:\{__html:[^}]*\}/g)].map((m) => js.slice(Math.max(0, m.index - 40), m.index + m[0].length));
    const TOEGESTAAN: [RegExp, string][] = [
      [
        /k?\("style",\{dangerouslySetInnerHTML:\{__html:\w+\.serverStyleProps\.cssRule\}$/,
        "@fluentui/react-provider renderFluentProvider: <style> met de CSS-regel van het thema, alleen bij server-side renderen",
      ],
      [
        /createElement\("svg",\{\.\.\.\w+,dangerouslySetInnerHTML:\{__html:\w+\}$/,
        "@fluentui/react-icons core/svg.js renderSvgBody: SVG-inhoud van een ingebouwd pictogram (tekst in de bundel, nooit werkmapdata)",
      ],
    ];
    for (const p of plekken) expect(TOEGESTAAN.some(([re]) => re.test(p)), `onbekende HTML-plek in de bundel: ${p}`).toBe(true);
    expect(plekken.length).toBeLessThanOrEqual(4);
    // innerHTML alleen binnen react-dom (setInnerHTML voor bovenstaande en de <script>-truc van createElement)
    const inner = [...js.matchAll(/\.innerHTML\s*=/g)].map((m) => js.slice(m.index - 30, m.index + 40));
    for (const p of inner) expect(p, p).toMatch(/__html:void 0\)!==\w+&&\(\w+\.innerHTML=\w+\)|\.innerHTML="<script><\\\/script>"/);
    for (const b of ["functions.js", "commands.js"]) expect(readFileSync(join(ROOT, "dist", b), "utf8")).not.toMatch(/innerHTML|document\.write|\beval\(/);
  });

  it("taskpane.html (bron en gebouwd) heeft een strikte Content-Security-Policy", () => {
    for (const pad of [join(ROOT, "src", "taskpane", "taskpane.html"), join(ROOT, "dist", "taskpane.html")]) {
      // de gebouwde pagina is verkleind (attributen zonder aanhalingstekens): lees hem als HTML
      const doc = new DOMParser().parseFromString(readFileSync(pad, "utf8"), "text/html");
      const meta = [...doc.querySelectorAll("meta")].find((m) => m.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy");
      expect(meta, pad).toBeDefined();
      const csp = meta?.getAttribute("content") ?? "";
      const regels = new Map(
        csp
          .split(";")
          .map((r) => r.trim().split(/\s+/))
          .filter((r) => r[0])
          .map((r) => [r[0], r.slice(1)] as const),
      );
      expect(regels.get("default-src")).toEqual(["'self'"]);
      expect(regels.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(regels.get("object-src")).toEqual(["'none'"]);
      expect(regels.get("connect-src")).toEqual(["'self'"]);
      expect(regels.get("base-uri")).toEqual(["'self'"]);
      const alles = [...regels.values()].flat();
      expect(alles).not.toContain("'unsafe-eval'");
      expect(regels.get("script-src")).not.toContain("'unsafe-inline'");
      // geen inline scripts in de pagina (die zou de CSP toch blokkeren)
      const scripts = [...doc.querySelectorAll("script")];
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((s) => !s.getAttribute("src") || (s.textContent ?? "").trim() !== "")).toEqual([]);
      // scripts alleen van de eigen oorsprong (relatief) en de Office-CDN
      for (const s of scripts) expect(s.getAttribute("src")).toMatch(/^(?!\/\/)(?![a-z]+:)[\w./-]+$|^https:\/\/appsforoffice\.microsoft\.com\//);
    }
  });
});
