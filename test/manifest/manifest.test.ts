/**
 * Structural checks of manifest.xml (the online validator is `npm run validate`; this runs offline) and of
 * what the build emits for it: every URL maps to a file in dist/, icons have their pixel sizes, the
 * functions bundle registers exactly the functions of functions.json, and bundle size budgets hold.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, ROOT, laadBundel, zorgVoorBuild } from "../support/bundel";

const BRON = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";

type Knoop = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: false, isArray: () => false });
const doc = parser.parse(BRON) as Knoop;
const app = doc.OfficeApp as Knoop;

/** Every value of attribute `naam` anywhere in the tree, with the element it sits on. */
function attributen(knoop: unknown, naam: string, uit: { el: string; waarde: string }[] = [], el = ""): { el: string; waarde: string }[] {
  if (Array.isArray(knoop)) knoop.forEach((k) => attributen(k, naam, uit, el));
  else if (knoop && typeof knoop === "object") {
    for (const [k, v] of Object.entries(knoop)) {
      if (k === `@${naam}`) uit.push({ el, waarde: String(v) });
      else attributen(v, naam, uit, k);
    }
  }
  return uit;
}

function lijst<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

const versie = (app.VersionOverrides as Knoop) ?? {};
const host = ((versie.Hosts as Knoop).Host as Knoop) ?? {};
const resources = versie.Resources as Knoop;
const images = lijst((resources["bt:Images"] as Knoop)["bt:Image"] as Knoop[]);
const urls = lijst((resources["bt:Urls"] as Knoop)["bt:Url"] as Knoop[]);
const kort = lijst((resources["bt:ShortStrings"] as Knoop)["bt:String"] as Knoop[]);
const lang = lijst((resources["bt:LongStrings"] as Knoop)["bt:String"] as Knoop[]);
const gedefinieerd = new Map<string, string>([...images, ...urls, ...kort, ...lang].map((r) => [String(r["@id"]), String(r["@DefaultValue"])]));

function pngMaat(pad: string): { b: number; h: number } {
  const buf = readFileSync(pad);
  expect(buf.subarray(0, 8).toString("hex"), pad).toBe("89504e470d0a1a0a");
  expect(buf.subarray(12, 16).toString("ascii"), pad).toBe("IHDR");
  return { b: buf.readUInt32BE(16), h: buf.readUInt32BE(20) };
}

/** The file under dist/ (or the source tree) that a dev URL points at. */
function relatief(url: string): string {
  expect(url.startsWith(DEV_URL), url).toBe(true);
  return url.slice(DEV_URL.length).split(/[?#]/)[0];
}

describe("manifest.xml (bron)", () => {
  it("is goedgevormde XML", () => {
    expect(XMLValidator.validate(BRON)).toBe(true);
  });

  it("heeft een vaste GUID als Id, nl-NL als standaardtaal en een Nederlandse naam", () => {
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(app.DefaultLocale).toBe("nl-NL");
    expect((app.DisplayName as Knoop)["@DefaultValue"]).toMatch(/WLZ/i);
    expect(String((app.Description as Knoop)["@DefaultValue"])).toMatch(/tarieven/i);
  });

  it("declareert de requirement sets die de code zonder test aanroept, en geen AppDomain gelijk aan de bron", () => {
    const sets = lijst(((app.Requirements as Knoop).Sets as Knoop).Set as Knoop[]).map((x) => `${x["@Name"]} ${x["@MinVersion"]}`);
    expect(sets).toEqual(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.2", "ExcelApi 1.8"]);
    expect(app.AppDomains).toBeUndefined();
  });

  it("heeft een en-US-vertaling van naam, beschrijving en lint, en SupportUrl/LearnMoreUrl naar de helppagina's", () => {
    expect(((app.DisplayName as Knoop).Override as Knoop)["@Locale"]).toBe("en-US");
    expect(((app.Description as Knoop).Override as Knoop)["@Locale"]).toBe("en-US");
    for (const str of [...kort, ...lang]) {
      const o = str["bt:Override"] as Knoop | undefined;
      if (str["@id"] === "Functions.Namespace") continue;
      expect(o?.["@Locale"], String(str["@id"])).toBe("en-US");
      expect(String(o?.["@Value"]).length).toBeGreaterThan(0);
    }
    expect((app.SupportUrl as Knoop)["@DefaultValue"]).toBe(`${DEV_URL}help/index.html`);
    expect(gedefinieerd.get("GetStarted.LearnMoreUrl")).toBe(`${DEV_URL}help/index.html`);
  });

  it("vraagt ReadWriteDocument (rapport- en sjabloonbladen schrijven) en niet meer", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  it("gebruikt de gedeelde runtime: SharedRuntime 1.1 en Runtime Taskpane.Url met lifetime long", () => {
    const sets = lijst(((app.Requirements as Knoop).Sets as Knoop).Set as Knoop[]);
    expect(sets.some((s) => s["@Name"] === "SharedRuntime" && s["@MinVersion"] === "1.1")).toBe(true);
    const runtime = (host.Runtimes as Knoop).Runtime as Knoop;
    expect(runtime["@resid"]).toBe("Taskpane.Url");
    expect(runtime["@lifetime"]).toBe("long");
  });

  it("declareert de custom functions met namespace WLZ op de taakvensterpagina", () => {
    const ep = (host.AllFormFactors as Knoop).ExtensionPoint as Knoop;
    expect(ep["@xsi:type"]).toBe("CustomFunctions");
    const resid = (k: string) => String(((ep[k] as Knoop).SourceLocation as Knoop)["@resid"]);
    expect(gedefinieerd.get(resid("Script"))).toBe(`${DEV_URL}functions.js`);
    expect(gedefinieerd.get(resid("Metadata"))).toBe(`${DEV_URL}functions.json`);
    expect(resid("Page")).toBe("Taskpane.Url");
    expect(gedefinieerd.get(String((ep.Namespace as Knoop)["@resid"]))).toBe("WLZ");
  });

  it("heeft een lintknop die het taakvenster opent", () => {
    const ep = (host.DesktopFormFactor as Knoop).ExtensionPoint as Knoop;
    const knop = ((ep.OfficeTab as Knoop).Group as Knoop).Control as Knoop;
    const actie = knop.Action as Knoop;
    expect(actie["@xsi:type"]).toBe("ShowTaskpane");
    expect((actie.SourceLocation as Knoop)["@resid"]).toBe("Taskpane.Url");
    expect(gedefinieerd.get(String((knop.Label as Knoop)["@resid"]))).toMatch(/controleren/i);
  });

  it("definieert elke resid die gebruikt wordt, en elke gedefinieerde resource wordt gebruikt", () => {
    const gebruikt = attributen(versie, "resid").map((r) => r.waarde);
    expect(gebruikt.length).toBeGreaterThan(10);
    for (const r of gebruikt) expect(gedefinieerd.has(r), `resid ${r}`).toBe(true);
    for (const id of gedefinieerd.keys()) expect(gebruikt, `ongebruikte resource ${id}`).toContain(id);
    // ShortStrings have a 125-character limit, ids 32.
    for (const s of kort) expect(String(s["@DefaultValue"]).length).toBeLessThanOrEqual(125);
    for (const id of gedefinieerd.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("gebruikt alleen https-URLs op localhost:3000 in de bron", () => {
    const alle = attributen(doc, "DefaultValue").map((a) => a.waarde).filter((w) => /^[a-z]+:\/\//i.test(w));
    expect(alle.length).toBeGreaterThan(8);
    for (const u of alle) expect(u, u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });

  it("verwijst naar iconen in assets/ met de juiste pixelmaten", () => {
    const iconen: [string, number][] = [
      [String((app.IconUrl as Knoop)["@DefaultValue"]), 32],
      [String((app.HighResolutionIconUrl as Knoop)["@DefaultValue"]), 64],
      ...images.map((i): [string, number] => [String(i["@DefaultValue"]), Number(/(\d+)x\1/.exec(String(i["@id"]))![1])]),
    ];
    for (const [url, maat] of iconen) {
      const pad = relatief(url);
      expect(pad).toMatch(/^assets\/.+\.png$/);
      expect(pngMaat(join(ROOT, pad)), url).toEqual({ b: maat, h: maat });
    }
    expect(existsSync(join(ROOT, "assets/icon-80.png"))).toBe(true);
  });
});

describe("build-uitvoer voor het manifest", () => {
  beforeAll(() => zorgVoorBuild(), 180_000);

  it("elke URL van het manifest wijst naar een bestand dat de build maakt", () => {
    const alle = attributen(doc, "DefaultValue").map((a) => a.waarde).filter((w) => w.startsWith(DEV_URL));
    expect(alle).toContain(`${DEV_URL}help/index.html`);
    for (const url of alle) expect(existsSync(join(DIST, relatief(url))), url).toBe(true);
  });

  it("taskpane.html laadt office.js van de CDN en de functions-, taskpane- en commands-bundels, met een strikte CSP", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    for (const b of ["functions.js", "taskpane.js", "commands.js"]) expect(html).toContain(`src=${b}`);
    const csp = /Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1].trim().split(/\s+/);
    expect(scriptSrc).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(html).toContain('id=root');
  });

  it("de bundels bevatten geen eval (de CSP verbiedt het) en zijn klassieke scripts", () => {
    for (const b of ["functions.js", "taskpane.js", "commands.js"]) {
      const js = readFileSync(join(DIST, b), "utf8");
      expect(js, b).not.toMatch(/\beval\(/);
      expect(js, b).not.toMatch(/^\s*(import|export)\s/m);
    }
  });

  it("functions.json en de bundel registreren dezelfde functies", () => {
    const bundel = laadBundel();
    const ids = bundel.metadata.functions.map((f) => f.id).sort();
    expect(ids.length).toBeGreaterThanOrEqual(7);
    expect([...bundel.geregistreerd.keys()].sort()).toEqual(ids);
  });

  it("de manifest in dist/ is de bron, met ADDIN_URL in plaats van localhost als die gezet is", () => {
    const uit = readFileSync(join(DIST, "manifest.xml"), "utf8");
    const url = process.env.ADDIN_URL;
    if (!url) expect(uit).toBe(BRON);
    else {
      expect(uit).not.toContain("localhost");
      expect(uit).toContain(url.endsWith("/") ? url : `${url}/`);
    }
  });

  it("bundelgroottes: functions <= 150 KB zonder React/Fluent/exceljs, taskpane <= 700 KB (geminificeerd)", () => {
    const kb = (b: string) => statSync(join(DIST, b)).size / 1024;
    expect(kb("functions.js")).toBeLessThanOrEqual(150);
    expect(kb("taskpane.js")).toBeLessThanOrEqual(700);
    const functions = readFileSync(join(DIST, "functions.js"), "utf8");
    expect(functions).not.toMatch(/react\.element|react\.transitional\.element|__reactFiber|FluentProvider|exceljs|griffel/i);
  });
});

describe("webpack-configuratie", () => {
  async function config(env: Record<string, unknown>, mode: string, addinUrl?: string): Promise<{ plugins: unknown[]; devServer: { server?: unknown } }[]> {
    const oud = process.env.ADDIN_URL;
    if (addinUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = addinUrl;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const maak = require(join(ROOT, "webpack.config.js")) as (e: unknown, a: unknown) => Promise<never>;
      return await maak(env, { mode });
    } finally {
      if (oud === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = oud;
    }
  }

  function manifestTransform(cfg: { plugins: unknown[] }): (b: Buffer) => string {
    const copy = cfg.plugins.find((p) => (p as { constructor: { name: string } }).constructor.name === "CopyPlugin") as { patterns: { from: string; transform?: (b: Buffer) => string }[] };
    return copy.patterns.find((p) => p.from === "manifest.xml")!.transform!;
  }

  it("een productiebuild vraagt geen ontwikkelcertificaten", async () => {
    const [addin] = await config({ WEBPACK_BUILD: true }, "production");
    expect(addin.devServer.server).toBeUndefined();
  });

  it("vervangt in productie de localhost-URL door ADDIN_URL, overal", async () => {
    const [addin] = await config({ WEBPACK_BUILD: true }, "production", "https://wlz.voorbeeld.nl/addin");
    const uit = manifestTransform(addin)(Buffer.from(BRON));
    expect(uit).not.toContain("localhost");
    expect(uit).toContain("https://wlz.voorbeeld.nl/addin/functions.js");
    expect(uit).toContain('<SupportUrl DefaultValue="https://wlz.voorbeeld.nl/addin/help/index.html"/>');
    expect(uit).not.toContain("<AppDomain");
    expect(XMLValidator.validate(uit)).toBe(true);
  });

  it("wijst de helpUrl van elke functie in productie naar help/ onder ADDIN_URL, in ontwikkeling naar localhost", async () => {
    const hulp = (cfg: { plugins: unknown[] }) =>
      cfg.plugins.find((p) => (p as { constructor: { name: string } }).constructor.name === "HulpPaginas") as { opties: { devUrl: string; basisUrl: string } };
    const [prod] = await config({ WEBPACK_BUILD: true }, "production", "https://wlz.voorbeeld.nl/addin");
    const [ontw] = await config({}, "development", "https://wlz.voorbeeld.nl/addin");
    expect(hulp(prod).opties).toMatchObject({ devUrl: DEV_URL, basisUrl: "https://wlz.voorbeeld.nl/addin/" });
    expect(hulp(ontw).opties.basisUrl).toBe(DEV_URL);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { helpUrlsNaar } = require(join(ROOT, "scripts/hulppaginas.js")) as { helpUrlsNaar: (j: string, d: string, b: string) => string };
    const json = JSON.stringify({ functions: [{ id: "TARIEF", helpUrl: `${DEV_URL}help/tarief.html` }] });
    expect(JSON.parse(helpUrlsNaar(json, DEV_URL, "https://wlz.voorbeeld.nl/addin/")).functions[0].helpUrl).toBe("https://wlz.voorbeeld.nl/addin/help/tarief.html");
  });

  it("weigert een ADDIN_URL zonder https", async () => {
    await expect(config({ WEBPACK_BUILD: true }, "production", "http://wlz.voorbeeld.nl/")).rejects.toThrow(/https/);
  });

  it("office-addin-manifest info leest het manifest offline", () => {
    const uit = execFileSync("npx", ["office-addin-manifest", "info", "manifest.xml"], { cwd: ROOT, encoding: "utf8" });
    expect(uit).toContain("Permissions: ReadWriteDocument");
    expect(uit).toMatch(/Id: [0-9a-f-]{36}/);
  });
});
