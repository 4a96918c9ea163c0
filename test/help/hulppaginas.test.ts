// @vitest-environment jsdom
/**
 * The shipped help pages (dist/help) as a user and Excel see them: every function has a helpUrl to its own
 * page, every page is plain Dutch HTML that loads nothing from elsewhere, and every example on a page is run
 * through the shipped dist/functions.js (loaded as test/functions/bundel.test.ts loads it) from the formula
 * text the page shows, with the cells the page shows, and must give the result the page states. So the help
 * cannot say something the functions do not do.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { helpUrlFouten, hulpbestand, maakHulppaginas, resultaten } from "../../src/help/paginas";
import { DIST, ExcelFout, type GeladenBundel, laadBundel, ROOT, zorgVoorBuild } from "../support/bundel";
import { INTERN } from "../support/seedtekst";

const HELP = join(DIST, "help");
const DEV_URL = "https://localhost:3000/";
const basisUrl = () => {
  const u = process.env.ADDIN_URL;
  return u ? (u.endsWith("/") ? u : `${u}/`) : DEV_URL;
};

let b: GeladenBundel;
/** A page parsed as a browser does (the jsdom environment provides DOMParser). */
const leesHtml = (html: string) => new DOMParser().parseFromString(html, "text/html");
const dom = (bestand: string) => leesHtml(readFileSync(join(HELP, bestand), "utf8"));

beforeAll(() => {
  zorgVoorBuild();
  b = laadBundel();
}, 180_000);

// ---------------------------------------------------------------------------------------------
// Reading a formula as Dutch Excel does, for the subset the help pages use.

const serie = (j: number, m: number, d: number) => Math.round((Date.UTC(j, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** Splits on `;` outside quotes and parentheses. */
function argumenten(t: string): string[] {
  const uit: string[] = [];
  let diepte = 0;
  let inTekst = false;
  let huidig = "";
  for (const c of t) {
    if (c === '"') inTekst = !inTekst;
    else if (!inTekst && c === "(") diepte++;
    else if (!inTekst && c === ")") diepte--;
    if (c === ";" && !inTekst && diepte === 0) {
      uit.push(huidig);
      huidig = "";
    } else huidig += c;
  }
  uit.push(huidig);
  return uit;
}

function argument(t: string, blad: Map<string, unknown[][]>): unknown {
  const a = t.trim();
  if (a === "") return null;
  let m: RegExpExecArray | null;
  if ((m = /^"((?:[^"]|"")*)"$/.exec(a))) return m[1].replace(/""/g, '"');
  if (/^-?\d+(,\d+)?$/.test(a)) return Number(a.replace(",", "."));
  if ((m = /^DATUM\((\d+);(\d+);(\d+)\)$/.exec(a))) return serie(+m[1], +m[2], +m[3]);
  if (a === "WAAR" || a === "ONWAAR") return a === "WAAR";
  if (/^[A-Z]+\d+:[A-Z]+\d+$/.test(a)) {
    const cellen = blad.get(a);
    if (!cellen) throw new Error(`het bereik ${a} staat niet in het werkblad van de pagina`);
    return cellen;
  }
  throw new Error(`argument niet te lezen: ${a}`);
}

function leesFormule(f: string, blad: Map<string, unknown[][]>): { id: string; args: unknown[] } {
  const m = /^=WLZ\.([A-Z]+)\((.*)\)$/.exec(f.trim());
  if (!m) throw new Error(`geen WLZ-formule: ${f}`);
  return { id: m[1], args: m[2] === "" ? [] : argumenten(m[2]).map((a) => argument(a, blad)) };
}

/** What a cell of a spilled table shows in Dutch Excel's General format. */
const celtekst = (v: unknown) => (typeof v === "number" ? String(v).replace(".", ",") : String(v));

/** The value a result cell on the page states, read back independently of how the pages were made. */
function gelezenWaarde(tekst: string): unknown {
  const t = tekst.trim();
  let m: RegExpExecArray | null;
  if (t === "WAAR" || t === "ONWAAR") return t === "WAAR";
  if ((m = /^€ (-?[\d.]+),(\d\d)$/.exec(t))) return Number(`${m[1].replace(/\./g, "")}.${m[2]}`);
  if ((m = /^(\d\d)-(\d\d)-(\d{4})(?: (\d\d):(\d\d))?$/.exec(t))) return serie(+m[3], +m[2], +m[1]) + (m[4] ? (+m[4] * 60 + +m[5]) / 1440 : 0);
  if (/^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(",", "."));
  return t;
}

const EXCELCODE: Record<string, string> = { "#N/B": "#N/A", "#WAARDE!": "#VALUE!" };

/** Compares what the page states with what the function returned; the differences as text (empty = equal). */
function verschil(uitkomst: Element, echt: unknown): string[] {
  const fout = uitkomst.querySelector(".fout");
  if (fout) {
    if (!(echt instanceof ExcelFout)) return [`de pagina zegt ${fout.textContent}, de functie gaf ${JSON.stringify(echt)}`];
    const melding = uitkomst.querySelector(".melding")?.textContent ?? "";
    return [
      ...(EXCELCODE[fout.textContent ?? ""] === echt.code ? [] : [`foutwaarde ${fout.textContent} op de pagina, ${echt.code} uit de functie`]),
      ...(melding === echt.message ? [] : [`melding op de pagina «${melding}», uit de functie «${echt.message}»`]),
    ];
  }
  if (echt instanceof ExcelFout) return [`de functie gaf ${echt.code} ${echt.message}`];
  const spill = uitkomst.querySelector("table.spill");
  if (spill) {
    if (!Array.isArray(echt)) return [`de pagina toont een tabel, de functie gaf ${JSON.stringify(echt)}`];
    const kolommen = spill.getAttribute("data-kolommen")?.split(",").map(Number);
    const rijen = [...spill.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""));
    if (rijen.length !== echt.length) return [`${rijen.length} rijen op de pagina, ${echt.length} uit de functie`];
    return rijen.flatMap((rij, r) => {
      const verwacht = (echt[r] as unknown[]).filter((_, c) => !kolommen || kolommen.includes(c)).map(celtekst);
      if (!kolommen && rij.length !== (echt[r] as unknown[]).length) return [`rij ${r + 1}: ${rij.length} kolommen op de pagina, ${(echt[r] as unknown[]).length} uit de functie`];
      return JSON.stringify(rij) === JSON.stringify(verwacht) ? [] : [`rij ${r + 1}: ${JSON.stringify(rij)} op de pagina, ${JSON.stringify(verwacht)} uit de functie`];
    });
  }
  const gezegd = gelezenWaarde(uitkomst.querySelector(".waarde")?.textContent ?? "");
  const gelijk = typeof gezegd === "number" && typeof echt === "number" ? Math.abs(gezegd - echt) < 1e-6 : gezegd === echt;
  return gelijk ? [] : [`de pagina zegt ${JSON.stringify(gezegd)}, de functie gaf ${JSON.stringify(echt)}`];
}

/** The ranges a page shows (table.blad with data-bereik), with the cell texts as Excel would pass them. */
function bladVan(doc: Document): Map<string, unknown[][]> {
  const blad = new Map<string, unknown[][]>();
  for (const t of doc.querySelectorAll("table.blad")) {
    const rijen = [...t.querySelectorAll("tr")].slice(1).map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""));
    blad.set(t.getAttribute("data-bereik")!, rijen);
  }
  return blad;
}

const functieIds = () => b.metadata.functions.map((f) => f.id);

// ---------------------------------------------------------------------------------------------

describe("helpUrl in functions.json", () => {
  it("elke functie heeft een helpUrl naar haar eigen pagina onder de URL van de invoegtoepassing, en die pagina is gebouwd", () => {
    const basis = basisUrl();
    const functies = b.metadata.functions as { id: string; helpUrl?: string }[];
    expect(functies.length).toBe(11);
    for (const f of functies) {
      expect(f.helpUrl, f.id).toBe(`${basis}help/${f.id.toLowerCase()}.html`);
      const pad = f.helpUrl!.slice(basis.length);
      expect(existsSync(join(DIST, pad)), pad).toBe(true);
    }
  });

  it("de build keurt een ontbrekende of verkeerde helpUrl af", () => {
    const meta = { functions: [{ id: "TARIEF", name: "TARIEF", parameters: [], result: {} }, { id: "TERMIJN", name: "TERMIJN", helpUrl: `${DEV_URL}help/tarief.html`, parameters: [], result: {} }] };
    expect(helpUrlFouten(meta, DEV_URL)).toHaveLength(2);
    expect(helpUrlFouten({ functions: [{ ...meta.functions[0], helpUrl: `${DEV_URL}help/tarief.html` }] }, DEV_URL)).toEqual([]);
  });
});

describe("dist/help", () => {
  it("bevat index.html, help.css en precies één pagina per functie, genoemd naar de id in kleine letters", () => {
    const verwacht = ["help.css", "index.html", ...functieIds().map(hulpbestand)].sort();
    expect(readdirSync(HELP).sort()).toEqual(verwacht);
    expect(hulpbestand("TARIEFUITLEG")).toBe("tariefuitleg.html");
  });

  it("is wat de generator nu maakt uit functions.json en de bron (de build is niet verouderd)", () => {
    const paginas = maakHulppaginas({ metadata: b.metadata, functiesBron: readFileSync(join(ROOT, "src/functions/functions.ts"), "utf8") });
    for (const [naam, html] of Object.entries(paginas)) expect(readFileSync(join(HELP, naam), "utf8"), naam).toBe(html);
  });

  it("de overzichtspagina linkt elke functiepagina, en elke pagina linkt terug", () => {
    const index = dom("index.html");
    const links = [...index.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    for (const id of functieIds()) {
      expect(links, id).toContain(hulpbestand(id));
      expect([...dom(hulpbestand(id)).querySelectorAll("nav a")].map((a) => a.getAttribute("href")), id).toContain("index.html");
    }
  });

  it("elke pagina: Nederlands, met één stylesheet van hier, zonder scripts of adressen elders, met een strikte CSP", () => {
    for (const bestand of readdirSync(HELP).filter((n) => n.endsWith(".html"))) {
      const html = readFileSync(join(HELP, bestand), "utf8");
      const doc = dom(bestand);
      expect(doc.documentElement.getAttribute("lang"), bestand).toBe("nl");
      expect(doc.querySelectorAll("script"), bestand).toHaveLength(0);
      expect(html, bestand).not.toMatch(/\son[a-z]+=|javascript:|style="/i);
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
      expect(csp, bestand).toContain("default-src 'self'");
      expect(csp, bestand).toContain("script-src 'none'");
      const adressen = [...doc.querySelectorAll("[href], [src]")].map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? "");
      for (const a of adressen) {
        expect(a, bestand).not.toMatch(/^(https?:)?\/\//);
        const doel = a.split("#")[0];
        if (doel) expect(existsSync(join(HELP, doel)), `${bestand} → ${a}`).toBe(true);
      }
      expect([...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute("href")), bestand).toEqual(["help.css"]);
    }
  });

  it("geen bestandsnamen van de brontekst of regelnummers op een pagina", () => {
    for (const bestand of readdirSync(HELP)) {
      const tekst = bestand.endsWith(".html") ? dom(bestand).body.textContent ?? "" : readFileSync(join(HELP, bestand), "utf8");
      expect(tekst, bestand).not.toMatch(INTERN);
      expect(tekst, bestand).not.toMatch(/\.txt\b|shared\/seeds/);
    }
  });
});

describe("elke functiepagina", () => {
  it.each([
    "TARIEF", "TARIEFPERCENTAGE", "TARIEFUITLEG", "INITIELEVOLUME", "HERSCHIKKING", "CRISISVERGOEDING", "REGELSETS", "AANBIEDERCATEGORIE", "ONDERAANNEMING", "TERMIJN", "BETALING",
  ])("%s: syntaxis met ; en de argumenten van functions.json, uitkomst, voorbeelden, foutwaarden, regelsets en bronnen", (id) => {
    const doc = dom(hulpbestand(id));
    const meta = b.metadata.functions.find((f) => f.id === id)!;
    expect(doc.querySelector("h1")?.textContent).toBe(`WLZ.${id}`);
    const koppen = [...doc.querySelectorAll("h2")].map((h) => h.textContent);
    expect(koppen).toEqual(["Syntaxis", "Argumenten", "Uitkomst", "Voorbeelden", "Foutwaarden", "Regelsets en bronnen"]);
    const params = meta.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ");
    expect(doc.querySelector("pre code")?.textContent).toBe(`=WLZ.${id}(${params})`);
    const argumentcellen = [...doc.querySelectorAll("table.argumenten tbody tr td:first-child")].map((td) => td.textContent);
    expect(argumentcellen).toEqual(meta.parameters.map((p) => p.name));
    expect(doc.querySelector(".omschrijving")?.textContent).toBe(meta.description);
    expect(doc.querySelectorAll(".voorbeeld").length, id).toBeGreaterThanOrEqual(1);
    // One row per rule set, each with what the function does there.
    const dekking = [...doc.querySelectorAll("table.dekking tbody tr")];
    expect(dekking.map((tr) => tr.querySelector("td")?.textContent)).toEqual((b.roep("REGELSETS") as unknown[][]).slice(1).map((r) => r[0]));
  });

  it("de uitkomst komt uit @returns van functions.ts", () => {
    const terug = resultaten(readFileSync(join(ROOT, "src/functions/functions.ts"), "utf8"));
    expect(Object.keys(terug).sort()).toEqual(functieIds().sort());
    expect(terug.TARIEF).toBe("Tarief in euro's.");
    for (const id of functieIds()) {
      const kop = [...dom(hulpbestand(id)).querySelectorAll("h2")].find((h) => h.textContent === "Uitkomst")!;
      expect(kop.nextElementSibling?.textContent, id).toContain(terug[id]);
    }
  });
});

describe("voorbeelden op de pagina's, nagerekend met de gebouwde functies", () => {
  const paginas = () => functieIds().map((id) => [id, hulpbestand(id)] as const);

  it("elk voorbeeld geeft de uitkomst die de pagina noemt", () => {
    const mis: string[] = [];
    let aantal = 0;
    for (const [id, bestand] of paginas()) {
      const doc = dom(bestand);
      const blad = bladVan(doc);
      for (const blok of doc.querySelectorAll(".voorbeeld")) {
        const formule = blok.querySelector("code.formule")?.textContent ?? "";
        const { id: functie, args } = leesFormule(formule, blad);
        expect(functie, `${bestand}: ${formule}`).toBe(id);
        const echt = b.uitkomst(functie, ...args);
        for (const v of verschil(blok.querySelector(".uitkomst")!, echt)) mis.push(`${bestand} ${formule}: ${v}`);
        aantal++;
      }
    }
    expect(mis, mis.join("\n")).toEqual([]);
    expect(aantal).toBeGreaterThanOrEqual(30);
  });

  it("de vergelijking vangt een verkeerde uitkomst, foutwaarde, melding en tabel", () => {
    const td = (html: string) => leesHtml(`<div class="uitkomst">${html}</div>`).querySelector(".uitkomst")!;
    expect(verschil(td('<span class="waarde">€ 111,00</span>'), 111)).toEqual([]);
    expect(verschil(td('<span class="waarde">€ 111,00</span>'), 109)).toHaveLength(1);
    expect(verschil(td('<span class="waarde">25-09-2025</span>'), 45925)).toEqual([]);
    expect(verschil(td('<span class="waarde">31-07-2025 17:00</span>'), 45869 + 17 / 24)).toEqual([]);
    expect(verschil(td('<span class="waarde">0,96</span>'), 0.94)).toHaveLength(1);
    expect(verschil(td('<span class="waarde">WAAR</span>'), false)).toHaveLength(1);
    expect(verschil(td('<span class="fout">#N/B</span> <span class="melding">x</span>'), new ExcelFout("#VALUE!", "y"))).toHaveLength(2);
    expect(verschil(td('<table class="spill"><tr><td>a</td><td>0,5</td></tr></table>'), [["a", 0.5]])).toEqual([]);
    expect(verschil(td('<table class="spill"><tr><td>a</td><td>0,5</td></tr></table>'), [["a", 0.6]])).toHaveLength(1);
    expect(() => leesFormule('=WLZ.TARIEF("X";A1:B2)', new Map())).toThrow(/A1:B2/);
  });
});
