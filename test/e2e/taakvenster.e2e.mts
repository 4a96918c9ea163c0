/**
 * End-to-end: het echte taakvenster in Debian-Chromium (headless, via playwright-core) tegen de
 * nep-Excel met een voorbeeldwerkmap met fouten. Controleert, bekijkt de bevindingen, klikt er een
 * (selectie in "Excel"), schrijft het rapport, toont een tariefuitleg, maakt een offerteblad, en
 * bewaakt dat geen verzoek de machine verlaat en geen bestaande cel verandert. Daarna elke andere
 * toestand: een foutloze offerte, de voortgang bij een grote werkmap, een onbekende regelset, en
 * office.js dat nooit antwoordt. Elke stap controleert de tekst van de toestand die hij vastlegt.
 * Schermafdrukken: test-results/e2e/*.png (alleen daar; npm run docs:schermafdruk ververst docs/taskpane.png).
 *
 * Gebruik: npm run test:e2e   (bouwt eerst de testpagina met scripts/e2e-pagina.mts)
 */
import assert from "node:assert/strict";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { bouwE2ePagina, EXTRA_VOORBEELDEN, STANDAARD_VOORBEELD } from "../../scripts/e2e-pagina.mjs";
import { controleerWerkmap } from "../../src/workbook/controle";
import { leesXlsx } from "../../src/workbook/xlsx";
import { maakItems, samenvattingTekst } from "../../src/taskpane/model";
import { tariefuitleg } from "../../src/taskpane/uitleg";
import { RAPPORTKOPPEN } from "../../src/workbook/schrijven";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const UIT = path.join(ROOT, "test-results", "e2e");
const PAGINA = path.join(ROOT, "test-results", "e2e-pagina");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BREEDTE = 320;

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".txt": "text/plain" };

function serveer(map: string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const naam = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "") || "index.html";
    const bestand = path.join(map, path.normalize(naam));
    if (!bestand.startsWith(map) || !existsSync(bestand)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(bestand)] ?? "application/octet-stream" });
    createReadStream(bestand).pipe(res);
  });
  return new Promise((klaar) => server.listen(0, "127.0.0.1", () => klaar({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

let stap = 0;
async function doe(naam: string, f: () => Promise<void>) {
  stap++;
  const t = Date.now();
  await f();
  console.log(`  ✓ ${stap}. ${naam} (${Date.now() - t} ms)`);
}

/** The summary's text once it is shown, whitespace folded. */
async function leesSamenvatting(page: Page, timeout?: number): Promise<string> {
  const samenvatting = page.getByRole("status", { name: "Samenvatting" });
  await samenvatting.waitFor(timeout === undefined ? undefined : { timeout });
  return (await samenvatting.innerText()).replace(/\s+/g, " ");
}

async function foto(page: Page, naam: string, volledig = false) {
  await page.screenshot({ path: path.join(UIT, naam), fullPage: volledig });
}

type NepStaat = { geselecteerd?: string; bladen: { naam: string; rijen: unknown[][] }[] };
type Venster = {
  __nepExcel: { geselecteerd?: string };
  __geopend: string[];
  __grootRijen: number;
  __syncVastgehouden?: boolean;
  __toonBlad(naam: string): number;
  __verbergBlad(): void;
  __houdSyncVast(na: number): void;
  __laatSyncLos(): void;
};

/** Renders a sheet of the fake Excel as a table above the pane, asserts its text and screenshots it at a wide viewport. */
async function fotoBlad(page: Page, naam: string, bestand: string, bevat: (string | RegExp)[]) {
  await page.setViewportSize({ width: 1280, height: 900 });
  try {
    const rijen = await page.evaluate((n) => (window as unknown as Venster).__toonBlad(n), naam);
    const blad = page.getByRole("region", { name: `Werkblad ${naam}` });
    const tekst = (await blad.innerText()) ?? "";
    for (const b of bevat) assert.ok(typeof b === "string" ? tekst.includes(b) : b.test(tekst), `werkblad ${naam} bevat niet ${b}: ${tekst.slice(0, 400)}`);
    await blad.screenshot({ path: path.join(UIT, bestand) });
    return rijen;
  } finally {
    await page.evaluate(() => (window as unknown as Venster).__verbergBlad());
    await page.setViewportSize({ width: BREEDTE, height: 900 });
  }
}

const nepStaat = (page: Page) =>
  page.evaluate(() => {
    const nep = (window as unknown as { __nepExcel: { geselecteerd?: string; werkmap: { bladen: unknown } } }).__nepExcel;
    return JSON.parse(JSON.stringify({ geselecteerd: nep.geselecteerd, bladen: nep.werkmap.bladen })) as NepStaat;
  });

async function main() {
  assert.ok(existsSync(CHROMIUM), `Chromium ontbreekt op ${CHROMIUM} (apt-get install -y chromium)`);
  await mkdir(UIT, { recursive: true });
  console.log("e2e taakvenster: testpagina bouwen…");
  await bouwE2ePagina(PAGINA, STANDAARD_VOORBEELD);

  // De verwachting komt van dezelfde controle in Node op hetzelfde bestand.
  const werkmap = await leesXlsx(STANDAARD_VOORBEELD);
  const verwacht = controleerWerkmap(werkmap);
  const s = verwacht.samenvatting;
  // One line per finding, repeated ambiguity notes folded (src/taskpane/model.ts maakItems).
  const items = maakItems(verwacht.bevindingen);
  const itemsVan = (...e: string[]) => items.filter((i) => e.includes(i.bevinding.severity)).length;
  assert.ok(s.fout > 0 && s.waarschuwing > 0, "het voorbeeld moet fouten en waarschuwingen hebben");

  const { server, origin } = await serveer(PAGINA);
  const profiel = await mkdtemp(path.join(os.tmpdir(), "wlz-e2e-chromium-"));
  const verzoeken: string[] = [];
  const paginafouten: string[] = [];
  const context = await chromium.launchPersistentContext(profiel, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: BREEDTE, height: 900 },
    deviceScaleFactor: 2,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  try {
    // Alles wat niet naar onze eigen server gaat wordt vastgelegd en geweigerd.
    await context.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    context.on("request", (r) => verzoeken.push(r.url()));
    // Vaste klok: het tijdstip in de samenvatting (en dus docs/taskpane.png) verandert niet per run.
    await context.clock.setFixedTime(new Date("2026-03-02T09:30:00+01:00"));
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (e) => paginafouten.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") paginafouten.push(m.text());
    });

    await doe("taakvenster laadt (echte index.tsx, strikte CSP)", async () => {
      await page.goto(`${origin}/index.html`);
      await page.getByRole("heading", { name: "Offertecontrole Wlz" }).waitFor();
      await foto(page, "00-start.png");
    });
    const voor = await nepStaat(page);

    await doe("de gebouwde pagina: functions.js registreert, taskpane.js gebruikt de kern daaruit, stylesheet van 'self'", async () => {
      const r = await page.evaluate(() => ({
        geregistreerd: (window as unknown as { __geregistreerd: string[] }).__geregistreerd.length,
        kern: Object.keys((window as unknown as { __wlzKern?: object }).__wlzKern ?? {}),
        stijl: [...document.styleSheets].filter((s) => s.href && new URL(s.href).origin === location.origin).map((s) => s.cssRules.length),
      }));
      assert.ok(r.geregistreerd > 0, "functions.js registreerde geen functies");
      assert.ok(r.kern.length > 0, "functions.js publiceerde de kern niet");
      assert.ok(r.stijl.length === 1 && r.stijl[0] > 100, `het stylesheet van Fluent ontbreekt of is leeg (${JSON.stringify(r.stijl)})`);
    });

    await doe("met Tab naar Controleer en Enter: de controle loopt", async () => {
      const knop = page.getByRole("button", { name: "Controleer" });
      for (let i = 0; i < 15 && !(await knop.evaluate((k) => k === document.activeElement)); i++) await page.keyboard.press("Tab");
      assert.ok(await knop.evaluate((k) => k === document.activeElement), "Tab bereikt de knop Controleer niet");
      await page.keyboard.press("Enter");
      const samenvatting = page.getByRole("status", { name: "Samenvatting" });
      await samenvatting.waitFor();
      const tekst = await samenvatting.textContent();
      assert.ok(tekst?.includes(samenvattingTekst(s)), `samenvatting "${tekst}" bevat niet "${samenvattingTekst(s)}"`);
      assert.ok(tekst?.includes(`Regelset ${verwacht.regelset}`));
      // the rule set's purchasing year, validity and status
      assert.match(tekst ?? "", /Inkoopjaar 2021, geldig 01-01-2021 t\/m 31-12-2021/);
      assert.match(tekst ?? "", /Gepubliceerd document: CZ Zorginkoopdocument 2021 Wlz V&V/);
    });

    await doe("alle bevindingen staan er, één regel per bevinding, gegroepeerd per ernst", async () => {
      assert.equal(await page.getByRole("button", { name: /WLZ-/ }).count(), items.length);
      await page.getByRole("region", { name: `Fouten (${s.fout})` }).waitFor();
      await page.getByRole("region", { name: `Waarschuwingen (${s.waarschuwing})` }).waitFor();
      const breed = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(breed <= BREEDTE, `het venster is breder dan ${BREEDTE} px (${breed})`);
      await foto(page, "01-bevindingen.png", true);
      await page.screenshot({ path: path.join(UIT, "taskpane.png") });
    });

    await doe("klik op een bevinding selecteert de cel in Excel", async () => {
      const doel = verwacht.bevindingen.find((b) => b.severity === "fout" && b.cell)!;
      await page.getByRole("button", { name: new RegExp(`^${doel.cell}\\s*${doel.code}`) }).first().click();
      await page.waitForFunction((a) => (window as unknown as { __nepExcel: { geselecteerd?: string } }).__nepExcel.geselecteerd === a, `${doel.sheet}!${doel.cell}`);
    });

    await doe("Enter op een bevinding selecteert ook (toetsenbord)", async () => {
      const doel = verwacht.bevindingen.filter((b) => b.cell && b.severity === "waarschuwing")[0];
      await page.getByRole("button", { name: new RegExp(`^${doel.cell}\\s*${doel.code}`) }).first().focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction((a) => (window as unknown as { __nepExcel: { geselecteerd?: string } }).__nepExcel.geselecteerd === a, `${doel.sheet}!${doel.cell}`);
    });

    await doe("details van een bevinding openen: volledige melding en bron", async () => {
      const open = page.getByRole("button", { name: /^Details bij / }).first();
      await open.click();
      assert.equal(await open.getAttribute("aria-expanded"), "true");
      assert.match((await page.getByRole("group", { name: /^Details bij / }).first().textContent()) ?? "", /Bron: /);
      await foto(page, "01b-details.png");
      await open.click();
    });

    await doe("filter op ernst: zichtbaar (aria-pressed) en de samenvatting zegt wat er getoond wordt", async () => {
      const fouten = page.getByRole("button", { name: `Fouten (${s.fout})` });
      await fouten.click();
      assert.equal(await fouten.getAttribute("aria-pressed"), "false");
      assert.equal(await page.getByRole("button", { name: /WLZ-/ }).count(), itemsVan("waarschuwing", "info"));
      assert.match((await page.getByLabel("Getoond").textContent()) ?? "", /fouten verborgen/);
      await foto(page, "02-filter-zonder-fouten.png");
      await fouten.click();
      assert.equal(await page.getByRole("button", { name: /WLZ-/ }).count(), items.length);
    });

    await doe("per rij groeperen; Alt+↓ gaat naar de volgende bevinding en selecteert de cel", async () => {
      await page.getByRole("combobox", { name: "Groeperen" }).selectOption("rij");
      await page.getByRole("region", { name: /^Rij \d+/ }).first().waitFor();
      await foto(page, "02b-per-rij.png");
      await page.getByRole("button", { name: /WLZ-/ }).first().focus();
      await page.keyboard.press("Alt+ArrowDown");
      await page.waitForFunction(() => !!(window as unknown as { __nepExcel: { geselecteerd?: string } }).__nepExcel.geselecteerd);
      await page.getByRole("combobox", { name: "Groeperen" }).selectOption("ernst");
    });

    await doe("selecteer alle cellen met fouten (één selectie met meerdere bereiken)", async () => {
      await page.getByRole("button", { name: "Selecteer alle cellen met fouten" }).click();
      await page.getByText(/cellen? met fouten geselecteerd/).waitFor();
      const sel = await page.evaluate(() => (window as unknown as { __nepExcel: { geselecteerd?: string } }).__nepExcel.geselecteerd ?? "");
      assert.ok(sel.split(",").length > 1, `meerdere bereiken verwacht, kreeg ${sel}`);
      await foto(page, "02c-alle-foutcellen.png");
    });

    await doe("rapport naar een nieuw werkblad", async () => {
      await page.getByRole("button", { name: `Rapport naar nieuw werkblad (${verwacht.bevindingen.length})` }).click();
      await page.getByText("Rapport geschreven").waitFor();
      const na = await nepStaat(page);
      const rapport = na.bladen.find((b) => b.naam === "WLZ-rapport");
      assert.ok(rapport, "blad WLZ-rapport ontbreekt");
      assert.equal(rapport.rijen.length, verwacht.bevindingen.length + 1);
      await foto(page, "03-rapport.png");
    });

    await doe("het geschreven rapportblad (als tabel getoond)", async () => {
      const eerste = verwacht.bevindingen[0];
      const rijen = await fotoBlad(page, "WLZ-rapport", "03b-rapportblad.png", [...RAPPORTKOPPEN, eerste.code, eerste.cell]);
      assert.equal(rijen, verwacht.bevindingen.length + 1);
    });

    await doe("tariefuitleg voor de geselecteerde prestatierij", async () => {
      await page.getByRole("tab", { name: "Tariefuitleg" }).click();
      // een cel in een prestatierij: waar de controle een tariefbevinding meldt
      const tar = verwacht.bevindingen.find((b) => b.code.startsWith("WLZ-TAR-"))!;
      await page.evaluate((a) => (window as unknown as { __selecteerInExcel(a: string): void }).__selecteerInExcel(a), `${tar.sheet}!${tar.cell}`);
      await page.getByRole("button", { name: "Uitleg voor selectie" }).click();
      const uitleg = page.getByRole("region", { name: "Tariefuitleg" });
      await uitleg.waitFor();
      assert.match((await uitleg.textContent()) ?? "", /Tariefpercentage\s*\d/);
      // the workbook's values beside the rule set's, and the calculation, as the model gives them for this row
      const v = tariefuitleg(werkmap, { blad: tar.sheet, cel: tar.cell }).vergelijking;
      assert.ok(v.berekening && v.tarief.regelset, "de voorbeeldrij moet een berekening hebben");
      const naast = (await uitleg.getByRole("group", { name: "Werkmap en regelset" }).innerText()).replace(/\s+/g, " ");
      assert.ok(naast.includes(`werkmap ${v.percentage.werkmap.tekst}`) && naast.includes(`regelset ${v.percentage.regelset}`), naast);
      assert.ok(naast.includes(`regelset ${v.tarief.regelset}`), naast);
      if (v.tarief.verschil) assert.ok(naast.includes(v.tarief.verschil), naast);
      const som = (await uitleg.getByRole("group", { name: "Berekening in euro's" }).innerText()).replace(/\s+/g, " ");
      assert.ok(som.includes(`NZa zorg ${v.berekening.zorg}`) && som.includes(`= ${v.berekening.uitkomst}`), som);
      assert.doesNotMatch(await uitleg.innerText(), /NaN|undefined/);
      await uitleg.scrollIntoViewIfNeeded();
      await foto(page, "04-tariefuitleg.png");
    });

    await doe("nieuw offerteblad voor een gekozen regelset", async () => {
      await page.getByRole("tab", { name: "Nieuw blad" }).click();
      await page.getByRole("combobox", { name: "Regelset voor het nieuwe blad" }).selectOption("CZ-GZ-2026");
      await page.getByRole("button", { name: "Nieuw offerteblad" }).click();
      await page.getByText("Offerteblad gemaakt").waitFor();
      await foto(page, "05-nieuw-blad.png");
    });

    await doe("het nieuwe offerteblad (als tabel getoond)", async () => {
      await fotoBlad(page, "Offerte (2)", "05b-offerteblad.png", ["Regelset", "CZ-GZ-2026", "Prestatie", "NZa zorg", /=IF\(.*WLZ\.TARIEF\(/]);
    });

    await doe("geen bestaande cel gewijzigd; alleen nieuwe bladen", async () => {
      const na = await nepStaat(page);
      assert.deepEqual(na.bladen.slice(0, voor.bladen.length), voor.bladen);
      assert.deepEqual(na.bladen.slice(voor.bladen.length).map((b) => b.naam), ["WLZ-rapport", "Offerte (2)"]);
    });

    await doe("hulp: de links openen via Office (openBrowserWindow), ook met het toetsenbord", async () => {
      const link = page.getByRole("link", { name: "Hulp bij de WLZ-functies" });
      await link.focus();
      await page.keyboard.press("Enter");
      await page.getByRole("tab", { name: "Tariefuitleg" }).click();
      await page.getByRole("link", { name: "Hulp bij WLZ.TARIEFUITLEG" }).click();
      const geopend = await page.evaluate(() => [...(window as unknown as Venster).__geopend]);
      assert.deepEqual(geopend, [`${origin}/help/index.html`, `${origin}/help/tariefuitleg.html`]);
      assert.equal(context.pages().length, 1, "een hulplink opende een tweede venster");
    });

    await doe("een foutloze offerte: goedgekeurd, met jaar en status van de regelset", async () => {
      const schoon = controleerWerkmap(await leesXlsx(EXTRA_VOORBEELDEN.schoon));
      assert.equal(schoon.samenvatting.fout + schoon.samenvatting.waarschuwing, 0);
      await page.goto(`${origin}/index.html?werkmap=schoon`);
      await page.getByRole("button", { name: "Controleer" }).click();
      const tekst = await leesSamenvatting(page);
      assert.ok(tekst.includes("Goedgekeurd: geen fouten of waarschuwingen."), tekst);
      assert.ok(tekst.includes(samenvattingTekst(schoon.samenvatting)), tekst);
      assert.match(tekst, /Inkoopjaar 2021, geldig 01-01-2021 t\/m 31-12-2021/);
      assert.match(tekst, /Gepubliceerd document: /);
      assert.match(tekst, /Dataversie [0-9a-f]{12}/);
      await foto(page, "06-schoon.png", true);
    });

    await doe("voortgang bij een grote werkmap (het lezen wordt vastgehouden na de eerste blokken)", async () => {
      await page.goto(`${origin}/index.html?werkmap=groot`);
      await page.getByRole("button", { name: "Controleer" }).waitFor();
      const rijen = await page.evaluate(() => (window as unknown as Venster).__grootRijen);
      // sync 1: sheet names, 2: used ranges, 3: the first block of cells; the 4th waits
      await page.evaluate(() => (window as unknown as Venster).__houdSyncVast(3));
      await page.getByRole("button", { name: "Controleer" }).click();
      await page.waitForFunction(() => (window as unknown as Venster).__syncVastgehouden === true);
      const balk = page.getByRole("progressbar", { name: "Werkmap lezen…" });
      await page.waitForFunction(() => Number(document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow")) > 0);
      const waarde = Number(await balk.getAttribute("aria-valuenow"));
      assert.ok(waarde > 0 && waarde < 0.7, `voortgang ${waarde}`);
      assert.ok(await page.getByText("Werkmap lezen…").first().isVisible());
      assert.equal(await page.getByRole("button", { name: "Controleer" }).isDisabled(), true);
      await foto(page, "07-voortgang.png");
      await page.evaluate(() => (window as unknown as Venster).__laatSyncLos());
      const tekst = await leesSamenvatting(page, 60_000);
      assert.ok(tekst.includes("Goedgekeurd"), tekst);
      assert.ok(tekst.includes(`${rijen} rijen`) || tekst.includes(`${rijen.toLocaleString("nl-NL")} rijen`), tekst);
      assert.equal(await page.getByRole("progressbar").count(), 0);
    });

    await doe("een onbekende regelset: niet beoordeeld, kies een regelset", async () => {
      const onbekend = controleerWerkmap(await leesXlsx(EXTRA_VOORBEELDEN.onbekend));
      assert.equal(onbekend.regelset, null);
      await page.goto(`${origin}/index.html?werkmap=onbekend`);
      await page.getByRole("button", { name: "Controleer" }).click();
      const tekst = await leesSamenvatting(page);
      assert.ok(tekst.includes("Niet beoordeeld: geen bekende regelset."), tekst);
      assert.ok(tekst.includes("Geen geldige regelset in de werkmap: kies er een hierboven."), tekst);
      await page.getByRole("button", { name: /WLZ-OFF-001/ }).first().waitFor();
      await foto(page, "08-onbekende-regelset.png", true);
    });

    await doe("office.js antwoordt nooit: na de wachttijd een melding met wat te doen", async () => {
      await page.goto(`${origin}/index.html?office=nooit&wachttijd=300`);
      await page.getByText("Excel antwoordt niet.").waitFor();
      const tekst = (await page.locator("body").innerText()).replace(/\s+/g, " ");
      for (const deel of ["office.js", "Laad de invoegtoepassing opnieuw", "appsforoffice.microsoft.com", "Open het taakvenster in Excel"]) {
        assert.ok(tekst.includes(deel), `melding zonder "${deel}": ${tekst}`);
      }
      assert.equal(await page.getByRole("heading", { name: "Offertecontrole Wlz" }).count(), 0);
      const knop = page.getByRole("button", { name: "Taakvenster opnieuw laden" });
      await page.keyboard.press("Tab");
      assert.ok(await knop.evaluate((k) => k === document.activeElement), "Tab bereikt 'Taakvenster opnieuw laden' niet");
      await foto(page, "09-office-antwoordt-niet.png");
    });

    await doe("geen netwerkverzoek buiten localhost, geen fouten op de pagina", async () => {
      const extern = verzoeken.filter((u) => !u.startsWith(origin));
      assert.deepEqual(extern, [], `verzoeken naar buiten: ${extern.join(", ")}`);
      assert.deepEqual(paginafouten, []);
      assert.equal(await page.getByText("Het taakvenster werkt niet meer.").count(), 0);
    });
  } catch (e) {
    const page = context.pages()[0];
    if (page) {
      await page.screenshot({ path: path.join(UIT, "mislukt.png") }).catch(() => undefined);
      console.error("Tekst op de pagina bij de fout:", (await page.locator("body").innerText().catch(() => "")).slice(0, 1500));
    }
    throw e;
  } finally {
    await context.close();
    server.close();
    await rm(profiel, { recursive: true, force: true });
  }
  console.log(`e2e taakvenster: geslaagd (${stap} stappen); schermafdrukken in test-results/e2e/ (docs/taskpane.png ververst: npm run docs:schermafdruk)`);
}

main().catch((e) => {
  console.error("e2e taakvenster: MISLUKT");
  console.error(e);
  process.exit(1);
});
