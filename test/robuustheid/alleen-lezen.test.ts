/**
 * Lezen en controleren verandert niets aan de werkmap van de gebruiker, op het niveau van de
 * office-js-adapter (src/workbook/officejs.ts) over de nep-Excel (test/support/fake-excel.ts).
 * (Het taakvenster zelf heeft zijn eigen test: test/taskpane/ongewijzigd.test.tsx.)
 *
 * Naast de schrijfacties van de nep-Excel ligt er een Proxy om de hele context: elke toekenning aan
 * een office-js-object en elke aanroep van een wijzigende methode wordt vastgelegd, ook een die de
 * nep-Excel zelf niet als schrijfactie kent (format, naam, activeren, selecteren...).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { controleerWerkmap } from "../../src/workbook/controle";
import { leesWerkmapUitExcel } from "../../src/workbook/officejs";
import { maakWerkmap, type Werkmap } from "../../src/workbook/snapshot";
import { leesXlsx } from "../../src/workbook/xlsx";
import { maakNepExcel } from "../support/fake-excel";
import { ROOT } from "../support/bundel";

/** Methoden die in office-js iets aan de werkmap of de weergave veranderen. */
const WIJZIGEND = /^(add|delete|clear|insert|merge|unmerge|activate|select|copyFrom|moveTo|set|autofit|sort|group|ungroup|hide|unhide|protect|unprotect|replaceAll|calculate|showCard|freeze|unfreeze|convert)/i;

function bewaakt<T extends object>(doel: T, pad: string, log: string[]): T {
  return new Proxy(doel, {
    get(t, p, ontvanger) {
      const w = Reflect.get(t, p, ontvanger);
      if (typeof p === "symbol" || p === "then") return w;
      if (typeof w === "function") {
        return (...args: unknown[]) => {
          if (WIJZIGEND.test(p)) log.push(`${pad}.${p}()`);
          const uit = w.apply(t, args) as unknown;
          return uit !== null && typeof uit === "object" && !(uit instanceof Promise) ? bewaakt(uit, `${pad}.${p}()`, log) : uit;
        };
      }
      // items, workbook, worksheets...: ook wat je via eigenschappen bereikt wordt bewaakt
      if (w !== null && typeof w === "object" && !Array.isArray(w)) return bewaakt(w, `${pad}.${p}`, log);
      if (Array.isArray(w) && p === "items") return w.map((x, i) => (x !== null && typeof x === "object" ? bewaakt(x, `${pad}.items[${i}]`, log) : x));
      return w;
    },
    set(t, p, waarde, ontvanger) {
      log.push(`${pad}.${String(p)} = ${JSON.stringify(waarde)?.slice(0, 60)}`);
      return Reflect.set(t, p, waarde, ontvanger);
    },
    deleteProperty(t, p) {
      log.push(`delete ${pad}.${String(p)}`);
      return Reflect.deleteProperty(t, p);
    },
  });
}

const kopie = (w: Werkmap) => JSON.parse(JSON.stringify(w)) as Werkmap;

async function leesEnControleer(werkmap: Werkmap, regelset?: string) {
  const nep = maakNepExcel(werkmap);
  const voor = kopie(werkmap);
  const actief = nep.actiefBlad;
  const log: string[] = [];
  const resultaat = await nep.Excel.run(async (ctx) => {
    const wm = await leesWerkmapUitExcel(bewaakt(ctx, "context", log) as unknown as Excel.RequestContext);
    return controleerWerkmap(wm, { regelset });
  });
  return { nep, voor, actief, log, resultaat };
}

// Not fouten-onvolledig.xlsx: its formulas have no stored result. Real Excel computes them when it opens the file
// (so office-js always sees values); the fake host does not calculate. Its findings are tested from the file.
const voorbeelden = readdirSync(join(ROOT, "examples")).filter((n) => n.endsWith(".xlsx") && n !== "fouten-onvolledig.xlsx");

describe("lezen en controleren via office-js schrijft niets", () => {
  it("de bewaking ziet een schrijfactie echt (anders bewijst deze test niets)", async () => {
    const nep = maakNepExcel(maakWerkmap({ Blad1: [["a"]] }));
    const log: string[] = [];
    await nep.Excel.run(async (ctx) => {
      const c = bewaakt(ctx, "context", log);
      c.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["b"]];
      c.workbook.worksheets.getItem("Blad1").activate();
    });
    expect(log).toEqual(['context.workbook.worksheets.getItem().getRange().values = [["b"]]', "context.workbook.worksheets.getItem().activate()"]);
    expect(nep.schrijfacties).toHaveLength(1);
  });

  it.each(voorbeelden)("examples/%s", async (naam) => {
    const werkmap = await leesXlsx(join(ROOT, "examples", naam));
    const { nep, voor, actief, log, resultaat } = await leesEnControleer(werkmap);
    // via de adapter gelezen geeft dezelfde controle als rechtstreeks uit het bestand, ook waar een tekstcel
    // met "=" begint (formules-voorbeeld.xlsx): values en formulas zijn dan gelijk, dus de adapter leest tekst.
    expect(resultaat.bevindingen).toEqual(controleerWerkmap(kopie(werkmap)).bevindingen);
    expect(log).toEqual([]);
    expect(nep.schrijfacties).toEqual([]);
    expect(kopie(nep.werkmap)).toEqual(voor);
    expect(nep.actiefBlad).toBe(actief);
    expect(nep.geselecteerd).toBeUndefined();
  });

  it("vijandige inhoud (foutwaarden, formuleteksten, lange tekst, verre cel) en een opgelegde regelset", async () => {
    const fout = { fout: "#REF!" };
    const werkmap = maakWerkmap({
      "=HYPERLINK(\"x\")": [
        ["Regelset", fout],
        ["=1+1", "@SUM(A1)"],
        ["x".repeat(100_000), 1e308],
        [],
        ["Prestatie", "Leveringsvorm", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet"],
        ["+P1", "ZZP", -1e308, "\t=2", fout, "200%", true, null, { formule: "_xldudf_WLZ_TARIEF([1]Blad1!A1)", waarde: 5 }],
      ],
      Leeg: [],
    });
    werkmap.bladen[0].rijen[2000] = [{ waarde: "ver weg" }];
    const { nep, voor, log, resultaat } = await leesEnControleer(werkmap, "CZ-VV-2021");
    expect(resultaat.samenvatting.fout).toBeGreaterThan(0);
    expect(log).toEqual([]);
    expect(nep.schrijfacties).toEqual([]);
    expect(kopie(nep.werkmap)).toEqual(voor);
  });
});
