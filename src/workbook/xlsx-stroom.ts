/**
 * Streaming .xlsx reader: follows the package relationships to the workbook, its sheets, shared
 * strings and styles (xlsx-pakket.ts), and reads each sheet chunk by chunk with the own XML scanner
 * (xlsx-blad.ts), so only the sparse snapshot stays in memory. Why not exceljs' streaming reader:
 * it (4.4.0) loses the text of shared formulas and reads an error or boolean formula result as a number.
 *
 * Values are as stored: dates as serials (1900 system; a 1904 workbook's dates are moved), errors as { fout }.
 */
import { CelTeller, kortNaam, STANDAARD_MAX_CELLEN_BLAD, STANDAARD_MAX_CELLEN_WERKMAP, type Werkblad, WerkmapFout } from "./snapshot";
import { INGEBOUWDE_NOTATIES, isDatumNotatie, isIngebouwdeDatum } from "./notatie";
import { leesBlad, los, ontsnapOoxml, type Stijlen } from "./xlsx-blad";
import { leesXml, Pakket } from "./xlsx-pakket";
import type { ZipItem } from "./zipcontrole";

export interface StroomOpties {
  maxBladen: number;
  metNotatie: boolean;
  maxCellenPerBlad?: number;
  maxCellenWerkmap?: number;
}

export interface StroomUitkomst {
  bladen: Werkblad[];
  datum1904: boolean;
}

interface BladVerwijzing {
  naam: string;
  item: ZipItem | undefined;
  pad: string;
}

interface WerkmapInfo {
  bladen: BladVerwijzing[];
  datum1904: boolean;
  gedeeld?: ZipItem;
  stijlen?: ZipItem;
}

const zonder = { dicht: () => undefined, tekst: () => undefined };

function leesWerkmapInfo(pakket: Pakket, werkmap: ZipItem): WerkmapInfo {
  const bladen: { naam: string; rid: string }[] = [];
  let datum1904 = false;
  leesXml(werkmap.naam, pakket.pakUit(werkmap), ["sheet", "workbookPr"], {
    ...zonder,
    open: (id, scan) => {
      if (id === 0) bladen.push({ naam: scan.attr("name") ?? "", rid: scan.attr("id") ?? "" });
      else if (id === 1) {
        const d = (scan.attr("date1904") ?? "").trim().toLowerCase();
        datum1904 = d === "1" || d === "true";
      }
    },
  });
  const relaties = pakket.relaties(werkmap.naam);
  const perId = new Map(relaties.map((r) => [r.id, r]));
  const vanType = (soort: string) => {
    const r = relaties.find((x) => x.type.endsWith(`/${soort}`) && x.doel !== "");
    return r ? pakket.zoek(r.doel) : undefined;
  };
  const map = werkmap.naam.replace(/\\/g, "/").replace(/[^/]*$/, "");
  const uit: BladVerwijzing[] = [];
  bladen.forEach((b, i) => {
    const rel = perId.get(b.rid);
    if (rel) {
      // only worksheets: chart sheets and macro sheets are no worksheets (not in office-js either)
      if (!/\/worksheet$/.test(rel.type)) return;
      uit.push({ naam: b.naam, item: rel.doel === "" ? undefined : pakket.zoek(rel.doel), pad: rel.doel });
    } else if (relaties.length === 0) {
      // no relationships at all: the usual part names
      const pad = `${map}worksheets/sheet${i + 1}.xml`;
      uit.push({ naam: b.naam, item: pakket.zoek(pad), pad });
    }
  });
  return {
    bladen: uit,
    datum1904,
    // without a relationship of that type: the usual part name (lenient, as several readers are)
    gedeeld: vanType("sharedStrings") ?? pakket.zoek(`${map}sharedStrings.xml`),
    stijlen: vanType("styles") ?? pakket.zoek(`${map}styles.xml`),
  };
}

function leesGedeeldeTeksten(pakket: Pakket, item: ZipItem | undefined): string[] {
  if (!item) return [];
  const teksten: string[] = [];
  let huidig = "";
  let inFonetisch = 0;
  // si, t, rPh
  leesXml(item.naam, pakket.pakUit(item), ["si", "t", "rPh"], {
    open: (id, scan, leeg) => {
      if (id === 0) huidig = "";
      else if (id === 2) inFonetisch++;
      else if (id === 1 && inFonetisch === 0 && !leeg) scan.wilTekst = true;
    },
    tekst: (t) => {
      huidig += t;
    },
    dicht: (id, scan) => {
      if (id === 1) scan.wilTekst = false;
      else if (id === 2) inFonetisch--;
      else if (id === 0) teksten.push(los(ontsnapOoxml(huidig)));
    },
  });
  return teksten;
}

/** Style index (cellXfs) -> number format and whether it shows a date. */
function leesStijlen(pakket: Pakket, item: ZipItem | undefined): Stijlen {
  const uit: Stijlen = { notaties: [], datum: [] };
  if (!item) return uit;
  const eigen = new Map<number, string>();
  let inCellXfs = false;
  leesXml(item.naam, pakket.pakUit(item), ["numFmt", "cellXfs", "xf"], {
    tekst: () => undefined,
    open: (id, scan) => {
      if (id === 0) eigen.set(Number(scan.attr("numFmtId")), scan.attr("formatCode") ?? "");
      else if (id === 1) inCellXfs = true;
      else if (id === 2 && inCellXfs) {
        const nr = Number(scan.attr("numFmtId") ?? 0);
        const code = eigen.get(nr) ?? INGEBOUWDE_NOTATIES[nr];
        uit.notaties.push(code === "General" ? undefined : code);
        uit.datum.push(eigen.has(nr) ? isDatumNotatie(code) : isIngebouwdeDatum(nr));
      }
    },
    dicht: (id) => {
      if (id === 1) inCellXfs = false;
    },
  });
  return uit;
}

/** Reads all worksheets of a checked zip (see zipcontrole). */
export async function leesXlsxStroom(bytes: Uint8Array, itemLijst: ZipItem[], opties: StroomOpties): Promise<StroomUitkomst> {
  const pakket = new Pakket(bytes, itemLijst);
  const werkmap = pakket.werkmapDeel();
  if (!werkmap) {
    throw new WerkmapFout("Het bestand is geen geldig .xlsx-bestand: het werkmaponderdeel (xl/workbook.xml) ontbreekt.", "geen-xlsx");
  }
  const info = leesWerkmapInfo(pakket, werkmap);
  if (info.bladen.length === 0) throw new WerkmapFout("De werkmap bevat geen werkbladen.", "leeg");
  if (info.bladen.length > opties.maxBladen) {
    throw new WerkmapFout(`De werkmap heeft te veel werkbladen (${info.bladen.length}, hoogstens ${opties.maxBladen}).`, "te-veel-bladen");
  }
  // Excel gives every sheet its own part; two sheets on one part would read (and check) it twice, a
  // thousand of them a thousand times: refused before anything is read.
  const deelVan = new Map<ZipItem, string>();
  for (const b of info.bladen) {
    if (!b.item) continue;
    const eerder = deelVan.get(b.item);
    if (eerder !== undefined) {
      throw new WerkmapFout(
        `Het bestand is beschadigd: de werkbladen ${kortNaam(eerder)} en ${kortNaam(b.naam)} verwijzen naar hetzelfde onderdeel (${kortNaam(b.item.naam)}).`,
        "beschadigd",
      );
    }
    deelVan.set(b.item, b.naam);
  }
  const gedeeld = leesGedeeldeTeksten(pakket, info.gedeeld);
  const stijlen = opties.metNotatie || info.datum1904 ? leesStijlen(pakket, info.stijlen) : undefined;
  const teller = new CelTeller(opties.maxCellenWerkmap ?? STANDAARD_MAX_CELLEN_WERKMAP);
  const bladOpties = {
    gedeeld,
    stijlen,
    metNotatie: opties.metNotatie,
    datum1904: info.datum1904,
    maxCellen: opties.maxCellenPerBlad ?? STANDAARD_MAX_CELLEN_BLAD,
    teller,
  };
  const uit: Werkblad[] = [];
  for (const b of info.bladen) {
    if (!b.item) throw new WerkmapFout(`Het bestand is beschadigd: werkblad ${b.naam} (${b.pad}) ontbreekt.`, "beschadigd");
    uit.push(await leesBlad(b.naam, pakket.stukken(b.item), bladOpties));
  }
  return { bladen: uit, datum1904: info.datum1904 };
}
