/**
 * Date arguments and results of the SHIPPED functions bundle in a 1904 workbook (old Mac workbooks): Excel hands
 * a function 1904 serials there, 1,462 lower than the same date in a 1900 workbook. In the shared runtime the
 * bundle asks Excel DATE(1904;1;1) once Office is ready (0 in a 1904 workbook) and from then on moves date
 * arguments to the 1900 serials the rules read, and date results back. Excel is a stand-in here (as in the
 * pane's tests); the bundle is loaded into a plain context as in bundel.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { tijdstipNaarSerie } from "../../src/rules";
import { laadBundel, zorgVoorBuild } from "../support/bundel";

const DAGEN_1904 = 1462;
const serie = (t: string) => tijdstipNaarSerie(t);

/** An Excel whose DATE(1904;1;1) is `datum1904` (0: a 1904 workbook), and an Office whose onReady fires on `klaar()`. */
function nepExcel(datum1904: number) {
  const herberekeningen: string[] = [];
  let klaarMaken: (() => void) | undefined;
  const Office = {
    onReady(cb?: () => unknown) {
      return new Promise((res) => {
        klaarMaken = () => res(cb?.());
      });
    },
  };
  const Excel = {
    CalculationType: { full: "Full", recalculate: "Recalculate" },
    run: async (fn: (ctx: unknown) => Promise<unknown>) => {
      // as in office-js, a loaded value is there only after sync
      let gesynct = false;
      let gevraagd: number | undefined;
      const datum = {
        load() {},
        get value() {
          if (!gesynct) throw new Error("PropertyNotLoaded");
          return gevraagd;
        },
      };
      const ctx = {
        workbook: {
          functions: { date: (j: number, m: number, d: number) => ((gevraagd = j === 1904 && m === 1 && d === 1 ? datum1904 : NaN), datum) },
          application: { calculate: (soort: string) => void herberekeningen.push(soort) },
        },
        sync: async () => void (gesynct = true),
      };
      return fn(ctx);
    },
  };
  return {
    Office,
    Excel,
    herberekeningen,
    /** Office is ready; resolves when the bundle's question to Excel is answered. */
    klaar: async () => {
      klaarMaken!();
      for (let i = 0; i < 10; i++) await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

beforeAll(() => zorgVoorBuild(), 180_000);

describe("WLZ-functies in een werkmap met het 1904-datumstelsel (gedeelde runtime)", () => {
  it("TERMIJN: een datumargument als 1904-serienummer en de uitkomst in 1904-serienummers, na het antwoord van Excel", async () => {
    const nep = nepExcel(0);
    const b = laadBundel(undefined, undefined, { office: nep.Office, excel: nep.Excel });
    const publicatie1904 = serie("2025-06-01") - DAGEN_1904;
    // before Excel answered: 1900 assumed (the number is read as a date four years earlier)
    const ervoor = b.roep("TERMIJN", "CZ-GZ-2026", "bezwaar", publicatie1904);
    expect(ervoor).toBe(serie("2021-05-31") + 20);
    await nep.klaar();
    // 1-6-2025 + 20 = 21-6-2025 (CZ26-K20), as the 1904 workbook counts it
    expect(b.roep("TERMIJN", "CZ-GZ-2026", "bezwaar", publicatie1904)).toBe(serie("2025-06-21") - DAGEN_1904);
    // a date as text means the same in both systems; the result is still a 1904 serial
    expect(b.roep("TERMIJN", "CZ-GZ-2026", "bezwaar", "1-6-2025")).toBe(serie("2025-06-21") - DAGEN_1904);
    // a date went through before the answer: Excel recalculates the workbook once
    expect(nep.herberekeningen).toEqual(["Full"]);
  });

  it("AANBIEDERCATEGORIE en BETALING lezen 1904-serienummers als dezelfde datum als in een 1900-werkmap; 0 blijft een lege cel", async () => {
    const nep = nepExcel(0);
    const b = laadBundel(undefined, undefined, { office: nep.Office, excel: nep.Excel });
    await nep.klaar();
    const als1904 = (t: string) => serie(t) - DAGEN_1904;
    // CZ26-K3: the contract elsewhere ended before the inschrijfdatum = nieuw; CZ26-K2: still running = bestaand-nieuw
    expect(b.roep("AANBIEDERCATEGORIE", "CZ-GZ-2026", "nee", als1904("2023-01-01"), als1904("2024-12-31"), als1904("2024-01-01"), als1904("2025-07-15"))).toBe("nieuw");
    expect(b.roep("AANBIEDERCATEGORIE", "CZ-GZ-2026", "nee", als1904("2023-01-01"), als1904("2025-12-31"), als1904("2024-01-01"), als1904("2025-07-15"))).toBe("bestaand-nieuw");
    // an empty cell on desktop (0) is "doorlopend", not 1-1-1904
    expect(b.roep("AANBIEDERCATEGORIE", "CZ-GZ-2026", false, als1904("2023-01-01"), 0, als1904("2024-01-01"))).toBe("bestaand-nieuw");
    // a single-cell range holding the date, as Excel may pass a reference
    expect(b.roep("BETALING", "CZ-GZ-2026", [[als1904("2026-05-01")]], 1200000, 400000, 500000)).toBe(100000);
    // a range of more than one cell where one date is expected: #VALUE! naming the argument, as in a 1900 workbook
    const fout = b.uitkomst("TERMIJN", "CZ-GZ-2026", "bezwaar", [[als1904("2025-06-01")], [1]]) as { code: string; message: string };
    expect(fout.code).toBe("#VALUE!");
    expect(fout.message).toContain("datum");
    // no date went through before the answer: no recalculation
    expect(nep.herberekeningen).toEqual([]);
  });

  it("in een 1900-werkmap verandert er niets en wordt niet herberekend", async () => {
    const nep = nepExcel(1462);
    const b = laadBundel(undefined, undefined, { office: nep.Office, excel: nep.Excel });
    expect(b.roep("TERMIJN", "CZ-GZ-2026", "bezwaar", serie("2025-06-01"))).toBe(serie("2025-06-21"));
    await nep.klaar();
    expect(b.roep("TERMIJN", "CZ-GZ-2026", "bezwaar", serie("2025-06-01"))).toBe(serie("2025-06-21"));
    expect(nep.herberekeningen).toEqual([]);
  });

  it("zonder Excel (een gewone JavaScript-omgeving) blijft het 1900-stelsel gelden", () => {
    const b = laadBundel();
    expect(b.roep("TERMIJN", "CZ-GZ-2026", "bezwaar", serie("2025-06-01"))).toBe(serie("2025-06-21"));
  });

  it("een Excel dat niet antwoordt laat het 1900-stelsel staan, zonder fout", async () => {
    const nep = nepExcel(0);
    nep.Excel.run = async () => {
      throw new Error("ApiNotFound");
    };
    const b = laadBundel(undefined, undefined, { office: nep.Office, excel: nep.Excel });
    await nep.klaar();
    expect(b.roep("TERMIJN", "CZ-GZ-2026", "bezwaar", serie("2025-06-01"))).toBe(serie("2025-06-21"));
  });
});
