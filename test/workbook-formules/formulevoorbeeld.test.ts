/**
 * docs/formules-voorbeeld.xlsx recomputed headlessly: its cells hold WLZ.* formulas as Excel saves
 * them (`_xldudf_WLZ_TARIEF(...)`) with cached values. We read it with exceljs, translate the names back
 * to WLZ.X(, and let HyperFormula recompute with the SHIPPED functions (dist/functions.js via the vm
 * loader) as a function plugin, once with empty cells as null (Excel on the web) and once as 0 (desktop).
 * Every cached value must come out again.
 */
import ExcelJS from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EERSTE_RIJ, VOORBEELDEN, maakFormulevoorbeeld } from "../../scripts/maak-formulevoorbeeld";
import { type GeladenBundel, ROOT, laadBundel, zorgVoorBuild } from "../support/bundel";
import { type LeegAls, registreerWlz } from "./hyperformula-wlz";

const VOORBEELD = join(ROOT, "docs/formules-voorbeeld.xlsx");
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

interface Cache {
  adres: string;
  rij: number;
  kol: number;
  formule: string;
  resultaat: unknown;
}

/** `_xldudf_WLZ_TARIEF(` -> `WLZ.TARIEF(`, `_xlfn.` dropped; text inside quotes untouched. */
export function vertaalFormule(f: string): string {
  return f
    .split('"')
    .map((deel, i) => (i % 2 ? deel : deel.replace(/_xlfn\./gi, "").replace(/_xldudf_WLZ_([A-Z0-9_]+)\s*\(/gi, (_m, n: string) => `WLZ.${n.toUpperCase()}(`)))
    .join('"');
}

async function leesWerkblad(pad: string): Promise<{ data: RawCellContent[][]; caches: Cache[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  const ws = wb.getWorksheet("Formules")!;
  const data: RawCellContent[][] = [];
  const caches: Cache[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value;
      let inhoud: RawCellContent = null;
      if (v && typeof v === "object" && "formula" in v && typeof v.formula === "string") {
        inhoud = `=${vertaalFormule(v.formula)}`;
        caches.push({ adres: cell.address, rij: r - 1, kol: c - 1, formule: v.formula, resultaat: v.result });
      } else if (v instanceof Date) inhoud = (v.getTime() - EXCEL_EPOCH) / 86_400_000;
      // Text stays text: the apostrophe stops HyperFormula from parsing "=..." or "97,8%".
      else if (typeof v === "string") inhoud = `'${v}`;
      else if (typeof v === "number" || typeof v === "boolean") inhoud = v;
      (data[r - 1] ??= [])[c - 1] = inhoud;
    });
  });
  for (let i = 0; i < data.length; i++) data[i] = Array.from(data[i] ?? [], (x) => x ?? null);
  return { data, caches };
}

let bundel: GeladenBundel;
let werkblad: Awaited<ReturnType<typeof leesWerkblad>>;

beforeAll(async () => {
  zorgVoorBuild();
  bundel = laadBundel();
  werkblad = await leesWerkblad(VOORBEELD);
}, 180_000);

function herbereken(leeg: LeegAls): { hf: HyperFormula; sluit: () => void } {
  const { plugin } = registreerWlz(bundel, leeg);
  const hf = HyperFormula.buildFromSheets({ Formules: werkblad.data }, { licenseKey: "gpl-v3" });
  return { hf, sluit: () => { hf.destroy(); HyperFormula.unregisterFunctionPlugin(plugin); } };
}

describe("docs/formules-voorbeeld.xlsx", () => {
  it("bevat elke WLZ-functie, opgeslagen als _xldudf_WLZ_...", () => {
    const gebruikt = new Set(werkblad.caches.flatMap((c) => [...c.formule.matchAll(/_xldudf_WLZ_([A-Z]+)\(/g)].map((m) => m[1])));
    expect([...gebruikt].sort()).toEqual(bundel.metadata.functions.map((f) => f.id).sort().filter((id) => id !== "TARIEFUITLEG"));
    expect(werkblad.caches).toHaveLength(VOORBEELDEN.length);
    for (const c of werkblad.caches) expect(c.formule).not.toMatch(/WLZ\./);
  });

  it("is gelijk aan wat scripts/maak-formulevoorbeeld.ts nu schrijft", async () => {
    const pad = join(mkdtempSync(join(tmpdir(), "wlz-fv-")), "vers.xlsx");
    await maakFormulevoorbeeld(pad);
    const vers = await leesWerkblad(pad);
    expect(vers.data).toEqual(werkblad.data);
    expect(vers.caches).toEqual(werkblad.caches);
  });

  for (const [modus, leeg] of [["Excel op het web (lege cel = null)", null], ["Excel desktop (lege cel = 0)", 0]] as const) {
    describe(`herberekend in HyperFormula, ${modus}`, () => {
      let hf: HyperFormula;
      let sluit: () => void;
      beforeAll(() => ({ hf, sluit } = herbereken(leeg)));
      afterAll(() => sluit());

      it.each(VOORBEELDEN.map((v, i) => [v.omschrijving, i] as const))("%s", (_o, i) => {
        const c = werkblad.caches.find((x) => x.rij === EERSTE_RIJ - 1 + i)!;
        const waarde = hf.getCellValue({ sheet: 0, row: c.rij, col: c.kol });
        const cache = c.resultaat as unknown;
        if (cache && typeof cache === "object" && "error" in cache) {
          expect(waarde, `${c.adres} ${c.formule}`).toMatchObject({ value: (cache as { error: string }).error });
          expect(String((waarde as { message?: string }).message ?? "")).not.toBe("");
        } else if (typeof cache === "number") {
          expect(typeof waarde, `${c.adres} ${c.formule}: ${JSON.stringify(waarde)}`).toBe("number");
          expect(waarde as number).toBeCloseTo(cache, 9);
        } else {
          expect(waarde, `${c.adres} ${c.formule}`).toBe(cache);
        }
      });
    });
  }
});
