/**
 * The register of ambiguities (src/rules/onduidelijkheden.ts), the code and the decision records in
 * docs/onduidelijkheden stay in step: every id the rules can emit is registered and has a page with the
 * fixed parts, the project README and the docs README link it, and every quote on a page occurs verbatim in
 * the document it names (as bronnen.test.ts checks the quotes of the rule sets).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alleDocumenten, alleOnduidelijkheden, ONDUIDELIJKHEDEN } from "../../src/rules";
import { INTERN, ontbrekendeDelen } from "../support/seedtekst";

const ROOT = join(__dirname, "../..");
const DOCS = join(ROOT, "docs/onduidelijkheden");

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((n) => {
    const pad = join(map, n);
    return statSync(pad).isDirectory() ? bestanden(pad) : pad.endsWith(".ts") ? [pad] : [];
  });
}

/** Every ambiguity id written as a string literal in the rules code, rule-set data modules included (not WLZ-AMB-001). */
function idsInCode(): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const pad of bestanden(join(ROOT, "src/rules"))) {
    for (const m of readFileSync(pad, "utf8").matchAll(/["'`](AMB-[A-Z0-9]+(?:-[A-Z0-9]+)*)["'`]/g)) {
      ids.set(m[1], [...(ids.get(m[1]) ?? []), pad.slice(ROOT.length + 1)]);
    }
  }
  return ids;
}

interface Citaat {
  tekst: string;
  herkomst: string;
}

/** The `> ` blocks of a page: the quoted lines, and the last line "— document, section" that says where they come from. */
function citaten(md: string): Citaat[] {
  const blokken: string[][] = [];
  let huidig: string[] | undefined;
  for (const regel of md.split("\n")) {
    if (regel.startsWith(">")) (huidig ??= (blokken.push([]), blokken[blokken.length - 1])).push(regel.replace(/^>\s?/, ""));
    else huidig = undefined;
  }
  return blokken.map((b) => {
    const regels = b.filter((r) => r.trim() !== "");
    const laatste = regels[regels.length - 1] ?? "";
    return {
      herkomst: laatste.startsWith("— ") ? laatste.slice(2) : "",
      // A list inside a quote keeps the document's bullet points; the markers themselves are not quoted words.
      tekst: regels.slice(0, -1).map((r) => r.replace(/^- /, "")).join(" "),
    };
  });
}

/** The registered document a "— title, section" line names: the longest title it starts with. */
function documentVanHerkomst(herkomst: string) {
  return alleDocumenten()
    .filter((d) => herkomst.startsWith(d.kort))
    .sort((a, b) => b.kort.length - a.kort.length)[0];
}

const register = alleOnduidelijkheden();
const pagina = (id: string) => readFileSync(join(DOCS, `${id}.md`), "utf8");

describe("register van onduidelijkheden", () => {
  it("elke id die de regelkern kan melden staat in het register, en het register heeft geen id die niemand meldt", () => {
    const inCode = idsInCode();
    expect([...inCode.keys()].sort()).toEqual(Object.keys(ONDUIDELIJKHEDEN).sort());
    expect(inCode.size).toBeGreaterThanOrEqual(30);
    // The rule-set data modules name ids of their own (not only the engine).
    expect([...inCode.values()].flat().some((p) => p.includes("regelsets/"))).toBe(true);
  });

  it("elke id heeft een vraag en een standaard in gewone taal, zonder bestandsnamen of regelnummers", () => {
    for (const o of register) {
      expect(o.vraag, o.id).toMatch(/^[A-Z"„].{15,}\?$/);
      expect(o.standaard.length, o.id).toBeGreaterThan(3);
      expect(`${o.vraag} ${o.standaard}`, o.id).not.toMatch(INTERN);
    }
  });
});

describe("besluiten in docs/onduidelijkheden", () => {
  it("elke id heeft een pagina, en elke pagina hoort bij een id", () => {
    const paginas = readdirSync(DOCS).filter((n) => n.endsWith(".md") && n !== "README.md").map((n) => n.replace(/\.md$/, ""));
    expect(paginas.sort()).toEqual(register.map((o) => o.id).sort());
  });

  it.each(register.map((o) => [o.id]))("%s: titel, waar, citaat, lezingen, standaard, wat het beslecht, waar u het ziet", (id) => {
    const md = pagina(id);
    expect(md.split("\n")[0]).toMatch(new RegExp(`^# ${id}: .{10,}\\?$`));
    for (const kop of ["**Waar:**", "**Citaat:**", "**Lezingen", "**Gekozen standaard:**", "**Wat het beslecht:**", "**Waar u het ziet:**"]) {
      expect(md, `${id} mist ${kop}`).toContain(kop);
    }
    expect(md, id).toMatch(/\n1\. /);
    expect(md, id).not.toMatch(INTERN);
  });

  it.each(register.map((o) => [o.id]))("%s: elk citaat staat letterlijk in het document dat eronder staat", (id) => {
    const lijst = citaten(pagina(id));
    expect(lijst.length, `${id} heeft geen citaat als blok`).toBeGreaterThan(0);
    for (const c of lijst) {
      const doc = documentVanHerkomst(c.herkomst);
      expect(doc, `${id}: onder het citaat hoort "— <documenttitel>, <paragraaf>", niet "${c.herkomst}"`).toBeDefined();
      expect(c.herkomst.length, `${id}: noem ook de paragraaf`).toBeGreaterThan(doc!.kort.length + 2);
      expect(c.tekst.length, id).toBeGreaterThan(10);
      expect(ontbrekendeDelen(c.tekst, doc!.bestand), `${id}: niet letterlijk in ${doc!.kort}`).toEqual([]);
    }
  });

  it("de README van het project en die van docs/onduidelijkheden linken elke pagina", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const index = readFileSync(join(DOCS, "README.md"), "utf8");
    for (const { id } of register) {
      expect(readme, id).toContain(`[\`${id}\`](docs/onduidelijkheden/${id}.md)`);
      expect(index, id).toContain(`[${id}](${id}.md)`);
    }
  });

  it("de test vindt een citaat dat niet in het document staat", () => {
    const nep = citaten("> Wij verhogen het tarief naar 120%.\n> — CZ Zorginkoopdocument 2021 Wlz V&V, §4.3\n");
    expect(nep).toHaveLength(1);
    const doc = documentVanHerkomst(nep[0].herkomst)!;
    expect(doc.kort).toBe("CZ Zorginkoopdocument 2021 Wlz V&V");
    expect(ontbrekendeDelen(nep[0].tekst, doc.bestand)).toHaveLength(1);
  });
});
