/**
 * The offertes of examples/ as other programs save them (issue 13): opened and saved again by LibreOffice Calc
 * 7.4 and by openpyxl 3.1 (see BRONNEN.md). A controller gets such files; the checker must give the same
 * findings as for the original, except where the saved file really differs, and those differences are named
 * here one by one with the reason.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { controleerWerkmap } from "../../src/workbook/controle";
import { leesXlsx } from "../../src/workbook/xlsx";

const MAP = join(__dirname, "bestanden");
const VB = join(__dirname, "..", "..", "examples");

type Regel = string;
async function bevindingen(pad: string): Promise<Regel[]> {
  const r = controleerWerkmap(await leesXlsx(pad));
  return r.bevindingen.map((b) => `${b.sheet}!${b.cell} ${b.severity} ${b.code}`);
}

/** What the saved copy gives beyond (+) or instead of (-) the original's findings, and why. */
const VERSCHIL: Record<string, { erbij?: Regel[]; weg?: Regel[] }> = {
  // LibreOffice does not know WLZ.*: it recalculated the formulas that held an error and stored #NAME?; the
  // checker computes them itself (the same #N/B as the original) and says so once
  "libreoffice-fouten-cz-gz-2026-zonder-richttarief.xlsx": { erbij: ["Offerte!G30 info WLZ-FRM-003"] },
  // H15 is a VLOOKUP on a sheet that does not exist, saved without a result; LibreOffice computed it: #NAME?,
  // which is what the cell holds now, so the checker reports the error value instead of the missing result
  "libreoffice-fouten-onvolledig.xlsx": { erbij: ["Offerte!H15 fout WLZ-OFF-003"], weg: ["Offerte!H15 waarschuwing WLZ-FRM-002"] },
  // openpyxl drops every stored result: the stale 195,5 in H35 is gone, the checker computes 192,00, which is
  // what Excel shows after opening, so neither the overwritten value nor the wrong tarief is there any more
  "openpyxl-fouten-cz-vv-2021.xlsx": { weg: ["Offerte!H35 fout WLZ-TAR-002", "Offerte!H35 waarschuwing WLZ-FRM-001"] },
};

const kopieen = readdirSync(MAP).filter((f) => /^(libreoffice|openpyxl)-.*\.xlsx$/.test(f)).sort();

describe("examples/ saved by LibreOffice and openpyxl: the same findings as the original", () => {
  it("every example has both copies", () => {
    const vb = readdirSync(VB).filter((f) => f.endsWith(".xlsx")).sort();
    expect(kopieen.filter((f) => f.startsWith("libreoffice-")).map((f) => f.slice("libreoffice-".length))).toEqual(vb);
    expect(kopieen.filter((f) => f.startsWith("openpyxl-")).map((f) => f.slice("openpyxl-".length))).toEqual(vb);
  });

  it.each(kopieen)("%s", async (kopie) => {
    const origineel = kopie.replace(/^(libreoffice|openpyxl)-/, "");
    const voor = await bevindingen(join(VB, origineel));
    const na = await bevindingen(join(MAP, kopie));
    const { erbij = [], weg = [] } = VERSCHIL[kopie] ?? {};
    const verwacht = [...voor.filter((b) => !weg.includes(b)), ...erbij].sort();
    expect(na.sort()).toEqual(verwacht);
    // the named differences really are in the original, so the list cannot go stale unnoticed
    for (const b of weg) expect(voor).toContain(b);
  });
});
