/**
 * Large, valid offerte .xlsx for measurements. The small sheet is the real thing: the shared template
 * (offerteblad of scripts/maak-voorbeelden, with its formulas, formats and results computed by the
 * checker's own evaluator) holding the four rows of the clean CZ-VV-2021 example, written by exceljs.
 * Then its four table rows are repeated n times in the sheet XML, with row numbers moved.
 * Why not exceljs' streaming writer for all rows: its per-cell style hashing made 100,000 rows take
 * 14-25 s on this machine; copying the XML takes about a second and yields the same cells.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { type Invoer, offerteblad, type Rij, schrijfVoorbeeld } from "../scripts/maak-voorbeelden";
import { PRESTATIEKOLOMMEN } from "../src/workbook/sjabloon";
import { datumNaarSerie, parseAdres } from "../src/workbook/snapshot";
import { readFile } from "node:fs/promises";

export const REGELSET = "CZ-VV-2021";

const KOP: Record<string, Invoer | string | number | null> = {
  Zorgaanbieder: "Zorggroep Benchmark",
  "AGB-code": "73730001",
  Regio: "Zeeland",
  Inschrijfdatum: { waarde: datumNaarSerie(2020, 7, 30, 14, 5), notatie: "dd-mm-yyyy hh:mm" },
  "Datum KvK-uittreksel": { waarde: datumNaarSerie(2020, 5, 1), notatie: "dd-mm-yyyy" },
  "Datum VOG": { waarde: datumNaarSerie(2020, 3, 1), notatie: "dd-mm-yyyy" },
  "Plan opslag": "ja",
  "Verwachte gecontracteerde zorg": 1_200_000,
  "Waarvan onderaanneming": 300_000,
};

/** The rows of the clean example offerte-cz-vv-2021.xlsx. */
export const PATRONEN: Rij[] = [
  { prestatie: "ZZP VV 4", leveringsvorm: "ZZP", nzaZorg: 150.25, nzaNhc: 20.1, nzaNic: 4.95, volume: 3650, herschikt: 3800, initieel: 3610 },
  { prestatie: "ZZP VV 6", leveringsvorm: "ZZP", nzaZorg: 210.4, nzaNhc: 20.1, nzaNic: 4.95, volume: 1825, herschikt: 2000, initieel: 1900 },
  { prestatie: "VPT VV 5", leveringsvorm: "VPT", nzaZorg: 180, nzaNhc: 0, nzaNic: 0, volume: 730, herschikt: 800, initieel: 760 },
  { prestatie: "MPT persoonlijke verzorging", leveringsvorm: "MPT", nzaZorg: 55.8, nzaNhc: 0, nzaNic: 0, volume: 1200, herschikt: 1000, initieel: 900 },
];

const BLAD = "xl/worksheets/sheet1.xml";

/**
 * Splits a row's XML at every place its own row number occurs (the row attribute, cell addresses and
 * own-row references; never $-anchored rows), so any row number can be put back in with a join.
 */
function splitsOpRij(xml: string, rij: number): string[] {
  return xml.replace(`<row r="${rij}"`, `<row r="\u0000"`).replace(new RegExp(`(?<![$\\d])([A-Z]{1,3})${rij}(?!\\d)`, "g"), "$1\u0000").split("\u0000");
}

/**
 * Excel's way of storing a filled-down column: the first data row holds the formula (master, `si`),
 * every row below only `<f t="shared" si=".."/>`.
 */
function alsGedeeldeFormules(xml: string, eerste: number, laatste: number): string {
  const meesters = new Map<string, number>();
  return xml.replace(/<c r="([A-Z]+)(\d+)"([^>]*)><f>([^<]*)<\/f>/g, (m, kol: string, rij: string, rest: string, f: string) => {
    if (Number(rij) < eerste) return m;
    let si = meesters.get(kol);
    if (si === undefined) {
      si = meesters.size;
      meesters.set(kol, si);
      return `<c r="${kol}${rij}"${rest}><f t="shared" ref="${kol}${rij}:${kol}${laatste}" si="${si}">${f}</f>`;
    }
    return `<c r="${kol}${rij}"${rest}><f t="shared" si="${si}"/>`;
  });
}

/** Writes an offerte with `rijen` prestatie rows (row i is pattern i % 4) to `pad`; `gedeeld`: formulas as Excel shares them. */
export async function schrijfGroteOfferte(pad: string, rijen: number, gedeeld = false): Promise<void> {
  const blad = offerteblad({ regelset: REGELSET, kop: KOP, rijen: PATRONEN });
  let kopRij = -1;
  for (const [a, inv] of blad.cellen) if (a.startsWith("A") && inv.waarde === PRESTATIEKOLOMMEN.prestatie) kopRij = parseAdres(a).r;
  const eerste = kopRij + 2; // Excel row number of the first data row

  const map = mkdtempSync(join(tmpdir(), "wlz-bench-sjabloon-"));
  let zip: JSZip;
  try {
    const klein = join(map, "klein.xlsx");
    await schrijfVoorbeeld(klein, [blad]);
    zip = await JSZip.loadAsync(await readFile(klein));
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
  const xml = await zip.file(BLAD)!.async("string");
  const begin = xml.indexOf(`<row r="${eerste}"`);
  const einde = xml.indexOf("</sheetData>");
  if (begin < 0 || einde < 0) throw new Error("Onverwachte bladopbouw in het kleine sjabloon");
  const patronen = xml.slice(begin, einde).split(/(?=<row )/).map((x, p) => splitsOpRij(x, eerste + p));
  if (patronen.length !== PATRONEN.length) throw new Error(`Verwacht ${PATRONEN.length} patroonrijen, gevonden ${patronen.length}`);

  const laatste = eerste + rijen - 1;
  const delen: string[] = [xml.slice(0, begin)];
  for (let i = 0; i < rijen; i++) delen.push(patronen[i % patronen.length].join(String(eerste + i)));
  delen.push(xml.slice(einde));
  const samen = delen.join("");
  const nieuw = (gedeeld ? alsGedeeldeFormules(samen, eerste, laatste) : samen).replace(/<dimension ref="([A-Z]+\d+):([A-Z]+)\d+"\/>/, `<dimension ref="$1:$2${laatste}"/>`);
  zip.file(BLAD, nieuw);
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
  writeFileSync(pad, bytes);
}

const [, script, uit, aantal] = process.argv;
if (script?.endsWith("offerte.ts") && uit) {
  const t = performance.now();
  void schrijfGroteOfferte(uit, Number(aantal ?? 10_000)).then(() => console.log(`gemaakt in ${Math.round(performance.now() - t)} ms`));
}
