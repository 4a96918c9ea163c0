/**
 * .xlsx-lezer (Node, voor de CLI en tests): bestand of bytes -> Werkmap.
 * Eerst de zipcontrole (geen zipbom, geen versleuteld of oud bestand), dan het lezen zelf:
 * - "stroom" (standaard, xlsx-stroom.ts): eigen SAX-lezer per werkblad, weinig geheugen;
 * - "exceljs": exceljs' gewone lezer, alles in het geheugen; blijft als tweede lezer om de eerste
 *   tegen te toetsen (tests vergelijken beide).
 * exceljs' eigen streaminglezer is niet bruikbaar: hij verliest de tekst van gedeelde formules.
 * Metingen: test/workbook/meet-xlsx.ts.
 */
import { readFile, stat } from "node:fs/promises";
import type ExcelJS from "exceljs";
import {
  BladBouwer,
  type Cel,
  type CelWaarde,
  exceljsDatumNaarSerie,
  type Werkmap,
  WerkmapFout,
} from "./snapshot";
import { isDatumNotatie } from "./notatie";
import { leesXlsxStroom } from "./xlsx-stroom";
import { cfbFout, controleerUitpakken, isCfb, leesCentraleMap, STANDAARD_ZIP_LIMIETEN, type ZipLimieten } from "./zipcontrole";

export { WerkmapFout } from "./snapshot";

type ExcelJSModule = typeof ExcelJS;
let excelJs: Promise<ExcelJSModule> | undefined;

/** exceljs only for methode "exceljs": loading it costs 0,3-0,9 s, which every wlz-check run would pay. */
function laadExcelJs(): Promise<ExcelJSModule> {
  excelJs ??= import("exceljs").then((m) => (m as unknown as { default?: ExcelJSModule }).default ?? (m as unknown as ExcelJSModule));
  return excelJs;
}

export interface XlsxOpties extends Partial<ZipLimieten> {
  /** Grootste bestand op schijf (bytes); standaard 100 MB. */
  maxBestandsgrootte?: number;
  /** Meer werkbladen dan dit wordt geweigerd (WerkmapFout "te-veel-bladen"); standaard 1000. */
  maxBladen?: number;
  /** Meer gevulde cellen dan dit in één werkblad wordt geweigerd (WerkmapFout "te-groot"); standaard 5.000.000. */
  maxCellenPerBlad?: number;
  /** Meer gevulde cellen dan dit in de hele werkmap wordt geweigerd; standaard 10.000.000. */
  maxCellenWerkmap?: number;
  /** Getalnotatie meenemen in `Cel.notatie` (standaard niet, net als de office-js-lezer). */
  metNotatie?: boolean;
  /**
   * "stroom" (standaard): eigen stromende lezer, weinig geheugen. "exceljs": exceljs' gewone lezer
   * (alles in het geheugen; ruim 10x zoveel geheugen als het uitgepakte blad), als referentie.
   */
  methode?: "stroom" | "exceljs";
}

export const STANDAARD_MAX_BESTANDSGROOTTE = 100 * 1024 * 1024;
export const STANDAARD_MAX_BLADEN = 1000;

/** Leest een .xlsx (pad of bytes) in. Elke fout die een gebruiker kan veroorzaken is een WerkmapFout. */
export async function leesXlsx(bron: string | Uint8Array, opties: XlsxOpties = {}): Promise<Werkmap> {
  const bytes = typeof bron === "string" ? await leesBestand(bron, opties) : bron;
  const limieten: ZipLimieten = {
    maxOngecomprimeerd: opties.maxOngecomprimeerd ?? STANDAARD_ZIP_LIMIETEN.maxOngecomprimeerd,
    maxCompressieverhouding: opties.maxCompressieverhouding ?? STANDAARD_ZIP_LIMIETEN.maxCompressieverhouding,
    maxItems: opties.maxItems ?? STANDAARD_ZIP_LIMIETEN.maxItems,
  };
  if (bytes.length === 0) throw new WerkmapFout("Het bestand is leeg (0 bytes).", "geen-xlsx");
  if (isCfb(bytes)) throw cfbFout(bytes);

  const items = leesCentraleMap(bytes, limieten);
  const maxBladen = opties.maxBladen ?? STANDAARD_MAX_BLADEN;
  const bladItems = items.filter((i) => /(^|[/\\])worksheets[/\\][^/\\]+\.xml$/i.test(i.naam)).length;
  if (bladItems > maxBladen) throw teVeelBladen(bladItems, maxBladen);
  if (opties.methode !== "exceljs") {
    // de stromende lezer volgt de relaties van het pakket en bewaakt de uitgepakte grootte zelf
    const uit = await leesXlsxStroom(bytes, items, {
      maxBladen,
      metNotatie: opties.metNotatie === true,
      maxCellenPerBlad: opties.maxCellenPerBlad,
      maxCellenWerkmap: opties.maxCellenWerkmap,
    });
    return uit.datum1904 ? { bladen: uit.bladen, datumstelsel: 1904 } : { bladen: uit.bladen };
  }
  if (!items.some((i) => i.naam === "xl/workbook.xml")) {
    throw new WerkmapFout("Het bestand is geen geldig .xlsx-bestand: het werkmaponderdeel (xl/workbook.xml) ontbreekt.", "geen-xlsx");
  }
  // exceljs (JSZip) pakt alles in één keer uit: eerst controleren dat niets over zijn grootte liegt
  controleerUitpakken(bytes, items);

  const ExcelJSLib = await laadExcelJs();
  const wb = new ExcelJSLib.Workbook();
  try {
    // exceljs' typen kennen Uint8Array niet; een Buffer-weergave kopieert niets
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new WerkmapFout("Het bestand is beschadigd en kan niet als .xlsx worden gelezen.", "beschadigd", { cause: e });
  }
  const bladen = wb.worksheets;
  if (bladen.length === 0) throw new WerkmapFout("De werkmap bevat geen werkbladen.", "leeg");
  if (bladen.length > maxBladen) throw teVeelBladen(bladen.length, maxBladen);
  // exceljs telt in een werkmap met het 1904-stelsel 1462 dagen op bij elke datum- of tijdnotatie; het
  // model doet dat alleen bij een notatie met een datum (een tijd of duur is in beide stelsels hetzelfde getal)
  const is1904 = wb.properties?.date1904 === true;
  const merge = ExcelJSLib.ValueType.Merge;
  const lijst = bladen.map((ws) => leesBlad(ws, opties.metNotatie === true, is1904, merge));
  return is1904 ? { bladen: lijst, datumstelsel: 1904 } : { bladen: lijst };
}

function teVeelBladen(aantal: number, max: number): WerkmapFout {
  return new WerkmapFout(`De werkmap heeft te veel werkbladen (${aantal}, hoogstens ${max}).`, "te-veel-bladen");
}

async function leesBestand(pad: string, opties: XlsxOpties): Promise<Uint8Array> {
  const max = opties.maxBestandsgrootte ?? STANDAARD_MAX_BESTANDSGROOTTE;
  try {
    const info = await stat(pad);
    if (info.isDirectory()) throw new WerkmapFout(`${pad} is een map, geen bestand.`, "onleesbaar");
    // Devices and pipes report size 0 and never end: only regular files are read.
    if (!info.isFile()) throw new WerkmapFout(`${pad} is geen gewoon bestand (apparaat of pijp).`, "onleesbaar");
    if (info.size > max) {
      throw new WerkmapFout(
        `Het bestand ${pad} is te groot (${Math.round(info.size / 1024 / 1024)} MB, hoogstens ${Math.round(max / 1024 / 1024)} MB).`,
        "te-groot",
      );
    }
    return await readFile(pad);
  } catch (e) {
    if (e instanceof WerkmapFout) throw e;
    const code = (e as { code?: string }).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WerkmapFout(`Bestand niet gevonden: ${pad}`, "niet-gevonden", { cause: e });
    if (code === "EACCES" || code === "EPERM") {
      throw new WerkmapFout(`Geen toegang tot het bestand ${pad}.`, "onleesbaar", { cause: e });
    }
    throw new WerkmapFout(`Het bestand ${pad} kan niet worden gelezen.`, "onleesbaar", { cause: e });
  }
}

function leesBlad(ws: ExcelJS.Worksheet, metNotatie: boolean, is1904: boolean, merge: ExcelJS.ValueType): ReturnType<BladBouwer["bouw"]> {
  const bouwer = new BladBouwer(ws.name);
  ws.eachRow({ includeEmpty: false }, (row, rijNummer) => {
    row.eachCell({ includeEmpty: false }, (cell, kolomNummer) => {
      const datumCorrectie = is1904 && !isDatumNotatie(cell.numFmt) ? -1462 : 0;
      const c = naarCel(ws, cell, datumCorrectie, merge);
      if (!c) return;
      if (metNotatie && cell.numFmt && cell.numFmt !== "General") c.notatie = cell.numFmt;
      bouwer.zet(rijNummer - 1, kolomNummer - 1, c);
    });
  });
  return bouwer.bouw();
}

function naarCel(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, datumCorrectie: number, merge: ExcelJS.ValueType): Cel | undefined {
  // samengevoegde cellen: de waarde staat alleen in de hoofdcel
  if (cell.type === merge) return undefined;
  const v = cell.value as unknown;
  if (v === null || v === undefined) return undefined;
  if (typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v)) {
    const fv = v as { formula?: string; sharedFormula?: string; result?: unknown };
    let formule = cell.formula || fv.formula;
    if (!formule && fv.sharedFormula) formule = ws.getCell(fv.sharedFormula).formula;
    // Not fv.result: exceljs' value copy drops 0, false and "". exceljs reads an empty text result (<v></v>) and a
    // missing result both as undefined, so this reference reader gives "" for both; the streaming reader, which
    // wlz-check and the tests of the checker use, tells them apart (null: no stored result, computed by the checker).
    const waarde = naarWaarde((cell as { result?: unknown }).result, datumCorrectie) ?? "";
    return formule ? { waarde, formule } : waarde === "" || waarde === null ? undefined : { waarde };
  }
  const waarde = naarWaarde(v, datumCorrectie);
  // lege tekst zonder formule is voor de gebruiker een lege cel (office-js geeft dan "")
  if (waarde === undefined || waarde === null || waarde === "") return undefined;
  return { waarde };
}

function naarWaarde(v: unknown, datumCorrectie: number): CelWaarde | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return Number.isFinite(v) ? v : { fout: "#NUM!" };
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return exceljsDatumNaarSerie(v) + datumCorrectie;
  if (typeof v === "object") {
    const o = v as { error?: string; richText?: { text?: string }[]; text?: unknown; hyperlink?: string };
    if (typeof o.error === "string") return { fout: o.error };
    if (Array.isArray(o.richText)) return o.richText.map((d) => d.text ?? "").join("");
    if ("text" in o) {
      const t = naarWaarde(o.text, datumCorrectie);
      return typeof t === "string" ? t : t === undefined ? (o.hyperlink ?? "") : t;
    }
  }
  return undefined;
}
