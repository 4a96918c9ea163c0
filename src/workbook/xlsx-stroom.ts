/**
 * Stromende .xlsx-lezer: pakt elk werkblad in stukken uit en leest het met een SAX-parser, zodat
 * alleen het snapshotmodel in het geheugen staat. Waarom niet exceljs' eigen streaminglezer: die
 * (4.4.0) verliest de tekst van gedeelde formules (Excel slaat een doorgetrokken formule zo op) en
 * leest een fout- of booleanuitkomst van een formule als getal. Voor het verschuiven van gedeelde
 * formules gebruiken we wel exceljs' `slideFormula`.
 *
 * Waarden zijn zoals opgeslagen: datums als serienummer (geen stijlen nodig), fouten als { fout }.
 */
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { BladBouwer, type Cel, type CelWaarde, datumNaarSerie, kolomIndex, kolomLetters, type Werkblad, WerkmapFout } from "./snapshot";
import type { ZipItem } from "./zipcontrole";
import { slideFormula } from "exceljs/lib/utils/shared-formula";

export interface StroomOpties {
  maxBladen: number;
  metNotatie: boolean;
}

/** Eén onderdeel uit de zip, helemaal uitgepakt (voor de kleine onderdelen). */
function pakUit(bytes: Uint8Array, item: ZipItem): Uint8Array {
  const data = itemData(bytes, item);
  if (item.methode === 0) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(item.uitgepakt, 1) });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new WerkmapFout(`Het bestand is geweigerd: onderdeel ${item.naam} is groter dan de zip opgeeft; mogelijk een zipbom.`, "te-groot");
    }
    throw new WerkmapFout(`Het bestand is beschadigd: onderdeel ${item.naam} kan niet worden uitgepakt.`, "beschadigd", { cause: e });
  }
}

function itemData(bytes: Uint8Array, item: ZipItem): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const k = item.lokaleKop;
  if (k + 30 > bytes.length || dv.getUint32(k, true) !== 0x04034b50) {
    throw new WerkmapFout(`Het bestand is beschadigd: onderdeel ${item.naam} ontbreekt.`, "beschadigd");
  }
  const begin = k + 30 + dv.getUint16(k + 26, true) + dv.getUint16(k + 28, true);
  if (begin + item.ingepakt > bytes.length) throw new WerkmapFout(`Het bestand is beschadigd: onderdeel ${item.naam} is afgekapt.`, "beschadigd");
  return bytes.subarray(begin, begin + item.ingepakt);
}

/** Uitgepakte stukken van een onderdeel, met harde grens op de opgegeven grootte (zipbom). */
async function* pakUitInStukken(bytes: Uint8Array, item: ZipItem): AsyncGenerator<Uint8Array> {
  const data = itemData(bytes, item);
  if (item.methode === 0) {
    yield data;
    return;
  }
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  inflate.end(data);
  let totaal = 0;
  try {
    for await (const stuk of inflate as AsyncIterable<Buffer>) {
      totaal += stuk.length;
      if (totaal > item.uitgepakt) {
        inflate.destroy();
        throw new WerkmapFout(`Het bestand is geweigerd: onderdeel ${item.naam} is groter dan de zip opgeeft; mogelijk een zipbom.`, "te-groot");
      }
      yield stuk;
    }
  } catch (e) {
    if (e instanceof WerkmapFout) throw e;
    throw new WerkmapFout(`Het bestand is beschadigd: onderdeel ${item.naam} kan niet worden uitgepakt.`, "beschadigd", { cause: e });
  }
}

/** Elementnaam zonder voorvoegsel ("x:c" -> "c"); sommige programma's schrijven voorvoegsels. */
const lokaal = (naam: string) => {
  const i = naam.indexOf(":");
  return i < 0 ? naam : naam.slice(i + 1);
};

/** OOXML-ontsnapping in tekst: _x000D_ -> "\r". */
function ontsnap(t: string): string {
  return t.indexOf("_x") < 0 ? t : t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

type Handlers = {
  open?: (tag: SaxesTagPlain) => void;
  tekst?: (t: string) => void;
  dicht?: (tag: SaxesTagPlain) => void;
};

function maakParser(naam: string, h: Handlers): SaxesParser {
  const p = new SaxesParser({ position: false, xmlns: false });
  if (h.open) p.on("opentag", h.open);
  if (h.dicht) p.on("closetag", h.dicht);
  if (h.tekst) {
    p.on("text", h.tekst);
    p.on("cdata", h.tekst);
  }
  p.on("error", (e) => {
    throw new WerkmapFout(`Het bestand is beschadigd: onderdeel ${naam} bevat ongeldige XML.`, "beschadigd", { cause: e });
  });
  return p;
}

function parseerHeel(naam: string, data: Uint8Array, h: Handlers): void {
  const p = maakParser(naam, h);
  p.write(new TextDecoder("utf-8").decode(data));
  p.close();
}

async function parseerStroom(naam: string, stukken: AsyncIterable<Uint8Array>, h: Handlers): Promise<void> {
  const p = maakParser(naam, h);
  const decoder = new TextDecoder("utf-8");
  for await (const stuk of stukken) p.write(decoder.decode(stuk, { stream: true }));
  p.write(decoder.decode());
  p.close();
}

interface BladVerwijzing {
  naam: string;
  pad: string;
}

/** Pad van een relatiedoel, relatief aan de map van het bronbestand. */
function doelPad(basis: string, doel: string): string {
  const delen = doel.startsWith("/") ? [] : basis.split("/");
  for (const d of doel.replace(/^\//, "").split("/")) {
    if (d === "..") delen.pop();
    else if (d !== ".") delen.push(d);
  }
  return delen.join("/");
}

function leesBladLijst(bytes: Uint8Array, items: Map<string, ZipItem>): BladVerwijzing[] {
  const bladen: { naam: string; rid: string }[] = [];
  parseerHeel("xl/workbook.xml", pakUit(bytes, items.get("xl/workbook.xml") as ZipItem), {
    open: (tag) => {
      if (lokaal(tag.name) !== "sheet") return;
      const rid = Object.entries(tag.attributes).find(([k]) => k === "id" || k.endsWith(":id"))?.[1];
      bladen.push({ naam: tag.attributes.name ?? "", rid: rid ?? "" });
    },
  });
  const doelen = new Map<string, { doel: string; type: string }>();
  const rels = items.get("xl/_rels/workbook.xml.rels");
  if (rels) {
    parseerHeel(rels.naam, pakUit(bytes, rels), {
      open: (tag) => {
        if (lokaal(tag.name) === "Relationship") {
          doelen.set(tag.attributes.Id ?? "", { doel: tag.attributes.Target ?? "", type: tag.attributes.Type ?? "" });
        }
      },
    });
  }
  const uit: BladVerwijzing[] = [];
  for (const b of bladen) {
    const rel = doelen.get(b.rid);
    // alleen werkbladen: grafiekbladen en macrobladen horen niet bij worksheets (ook niet in office-js)
    if (!rel || !/\/worksheet$/.test(rel.type)) continue;
    uit.push({ naam: b.naam, pad: doelPad("xl", rel.doel) });
  }
  return uit;
}

function leesGedeeldeTeksten(bytes: Uint8Array, items: Map<string, ZipItem>): string[] {
  const item = items.get("xl/sharedStrings.xml");
  if (!item) return [];
  const teksten: string[] = [];
  let huidig = "";
  let inT = false;
  let inFonetisch = 0;
  parseerHeel(item.naam, pakUit(bytes, item), {
    open: (tag) => {
      const n = lokaal(tag.name);
      if (n === "si") huidig = "";
      else if (n === "rPh") inFonetisch++;
      else if (n === "t" && inFonetisch === 0) inT = true;
    },
    tekst: (t) => {
      if (inT) huidig += t;
    },
    dicht: (tag) => {
      const n = lokaal(tag.name);
      if (n === "t") inT = false;
      else if (n === "rPh") inFonetisch--;
      else if (n === "si") teksten.push(ontsnap(huidig));
    },
  });
  return teksten;
}

/** Ingebouwde getalnotaties van Excel (id -> code), voor zover ze vaak voorkomen. */
const INGEBOUWDE_NOTATIES: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
  21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** Stijlindex (s-attribuut) -> getalnotatie, of undefined voor General. */
function leesNotaties(bytes: Uint8Array, items: Map<string, ZipItem>): (string | undefined)[] {
  const item = items.get("xl/styles.xml");
  if (!item) return [];
  const eigen = new Map<number, string>();
  const perStijl: (string | undefined)[] = [];
  let inCellXfs = false;
  parseerHeel(item.naam, pakUit(bytes, item), {
    open: (tag) => {
      const n = lokaal(tag.name);
      if (n === "numFmt") eigen.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? "");
      else if (n === "cellXfs") inCellXfs = true;
      else if (n === "xf" && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        perStijl.push(eigen.get(id) ?? INGEBOUWDE_NOTATIES[id]);
      }
    },
    dicht: (tag) => {
      if (lokaal(tag.name) === "cellXfs") inCellXfs = false;
    },
  });
  return perStijl;
}

function naarGetal(t: string): CelWaarde | undefined {
  if (t.trim() === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : { fout: "#NUM!" };
}

/** "2025-10-01T10:30:00" (t="d") -> serienummer als wandklok. */
function isoNaarSerie(t: string): CelWaarde | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(t);
  if (!m) return t === "" ? undefined : t;
  const s = datumNaarSerie(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return s + Number(m[6] ?? 0) / 86_400;
}

/** Leest één werkblad stromend in. */
async function leesBladStroom(
  naam: string,
  stukken: AsyncIterable<Uint8Array>,
  gedeeld: string[],
  notaties: (string | undefined)[] | undefined,
): Promise<Werkblad> {
  const bouwer = new BladBouwer(naam);
  const gedeeldeFormules = new Map<string, { tekst: string; adres: string }>();
  const samengevoegd: string[] = [];
  let rij = -1;
  let kolom = -1;
  // huidige cel
  let t = "";
  let s = -1;
  let celAdres = "";
  let fTekst: string | undefined;
  let fType = "";
  let fSi = "";
  let vTekst: string | undefined;
  let isTekst: string | undefined;
  let verzamel: "f" | "v" | "is" | "" = "";
  let inFonetisch = 0;

  const sluitCel = () => {
    let formule: string | undefined;
    if (fTekst !== undefined) {
      if (fType === "shared") {
        if (fTekst !== "") {
          gedeeldeFormules.set(fSi, { tekst: fTekst, adres: celAdres });
          formule = fTekst;
        } else {
          const m = gedeeldeFormules.get(fSi);
          if (m) formule = slideFormula(m.tekst, m.adres, celAdres);
        }
      } else if (fType !== "dataTable" && fTekst !== "") {
        formule = fTekst;
      }
    }
    let waarde: CelWaarde | undefined;
    const v = vTekst ?? "";
    switch (t) {
      case "s": {
        const i = Number(v);
        waarde = Number.isInteger(i) && i >= 0 && i < gedeeld.length ? gedeeld[i] : undefined;
        break;
      }
      case "str":
        waarde = ontsnap(v);
        break;
      case "inlineStr":
        waarde = isTekst !== undefined ? ontsnap(isTekst) : vTekst !== undefined ? ontsnap(v) : undefined;
        break;
      case "b":
        waarde = vTekst === undefined ? undefined : v.trim() === "1" || v.trim().toLowerCase() === "true";
        break;
      case "e":
        waarde = vTekst === undefined ? undefined : { fout: v.trim() };
        break;
      case "d":
        waarde = isoNaarSerie(v.trim());
        break;
      default:
        waarde = vTekst === undefined ? undefined : naarGetal(v);
    }
    let cel: Cel | undefined;
    // A formula saved without a result (scripts, openpyxl: no <v> or an empty one) keeps null: the checker
    // computes it instead of reading it as empty. An empty text result cannot be told apart from that here.
    if (formule !== undefined) cel = { waarde: waarde === undefined || waarde === "" ? null : waarde, formule };
    else if (waarde !== undefined && waarde !== null && waarde !== "") cel = { waarde };
    if (cel && notaties && s >= 0 && notaties[s]) cel.notatie = notaties[s];
    if (cel) bouwer.zet(rij, kolom, cel);
  };

  await parseerStroom(naam, stukken, {
    open: (tag) => {
      switch (lokaal(tag.name)) {
        case "row": {
          const r = Number(tag.attributes.r);
          rij = Number.isInteger(r) && r >= 1 && r <= 1_048_576 ? r - 1 : rij + 1;
          kolom = -1;
          break;
        }
        case "c": {
          const ref = tag.attributes.r;
          const m = ref ? /^([A-Za-z]{1,3})(\d+)$/.exec(ref) : null;
          if (m) {
            kolom = kolomIndex(m[1]);
            rij = Number(m[2]) - 1;
          } else {
            kolom++;
          }
          if (kolom >= 16_384 || rij < 0 || rij >= 1_048_576) {
            throw new WerkmapFout(`Het bestand is beschadigd: ongeldige celverwijzing ${ref ?? ""} in ${naam}.`, "beschadigd");
          }
          celAdres = `${m ? m[1].toUpperCase() : kolomLetters(kolom)}${rij + 1}`;
          t = tag.attributes.t ?? "";
          s = tag.attributes.s !== undefined ? Number(tag.attributes.s) : -1;
          fTekst = vTekst = isTekst = undefined;
          fType = fSi = "";
          break;
        }
        case "f":
          fTekst = "";
          fType = tag.attributes.t ?? "";
          fSi = tag.attributes.si ?? "";
          verzamel = "f";
          break;
        case "v":
          vTekst = "";
          verzamel = "v";
          break;
        case "is":
          isTekst = "";
          break;
        case "rPh":
          inFonetisch++;
          break;
        case "t":
          if (isTekst !== undefined && inFonetisch === 0) verzamel = "is";
          break;
        case "mergeCell":
          if (tag.attributes.ref) samengevoegd.push(tag.attributes.ref);
          break;
      }
    },
    tekst: (tekst) => {
      if (verzamel === "f") fTekst += tekst;
      else if (verzamel === "v") vTekst += tekst;
      else if (verzamel === "is") isTekst += tekst;
    },
    dicht: (tag) => {
      switch (lokaal(tag.name)) {
        case "f":
        case "v":
        case "t":
          verzamel = "";
          break;
        case "rPh":
          inFonetisch--;
          break;
        case "c":
          sluitCel();
          break;
      }
    },
  });

  // samengevoegde cellen: alleen de hoofdcel houdt zijn waarde (zoals Excel toont)
  for (const ref of samengevoegd) {
    const m = /^([A-Za-z]{1,3})(\d+):([A-Za-z]{1,3})(\d+)$/.exec(ref);
    if (!m) continue;
    const r1 = Number(m[2]) - 1, r2 = Number(m[4]) - 1, c1 = kolomIndex(m[1]), c2 = kolomIndex(m[3]);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) bouwer.wis(r, c);
  }
  return bouwer.bouw();
}

/** Leest alle werkbladen van een gecontroleerde zip (zie zipcontrole). */
export async function leesXlsxStroom(bytes: Uint8Array, itemLijst: ZipItem[], opties: StroomOpties): Promise<Werkblad[]> {
  const items = new Map(itemLijst.map((i) => [i.naam, i]));
  const bladen = leesBladLijst(bytes, items);
  if (bladen.length === 0) throw new WerkmapFout("De werkmap bevat geen werkbladen.", "leeg");
  if (bladen.length > opties.maxBladen) {
    throw new WerkmapFout(`De werkmap heeft te veel werkbladen (${bladen.length}, hoogstens ${opties.maxBladen}).`, "te-veel-bladen");
  }
  const gedeeld = leesGedeeldeTeksten(bytes, items);
  const notaties = opties.metNotatie ? leesNotaties(bytes, items) : undefined;
  const uit: Werkblad[] = [];
  for (const b of bladen) {
    const item = items.get(b.pad);
    if (!item) throw new WerkmapFout(`Het bestand is beschadigd: werkblad ${b.naam} (${b.pad}) ontbreekt.`, "beschadigd");
    uit.push(await leesBladStroom(b.naam, pakUitInStukken(bytes, item), gedeeld, notaties));
  }
  return uit;
}
