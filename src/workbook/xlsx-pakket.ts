/**
 * The .xlsx package (OPC): finding parts by name and following relationships, as Excel does:
 * `_rels/.rels` -> the office document, its `.rels` -> sheets, shared strings and styles. Part names
 * are matched case-insensitively, and backslashes (written by some Windows tools) count as slashes.
 * Plus unpacking a part (whole, or in chunks for sheets) with a hard cap at its stated size (zip bomb),
 * and running the XML scanner over it.
 */
import { isAscii } from "node:buffer";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import { WerkmapFout } from "./snapshot";
import { ScanFout, type XmlHandler, XmlScanner } from "./xml-scan";
import type { ZipItem } from "./zipcontrole";
import { behoudVorm } from "./vormbehoud";

/** Normal form of a part name: slashes, no leading slash, lower case. */
export function deelSleutel(naam: string): string {
  return naam.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

export interface Relatie {
  id: string;
  type: string;
  /** Part name the target resolves to (in normal form), or "" for an external target. */
  doel: string;
}

/** Part name of a relationship target, relative to the folder of the source part. */
export function doelPad(bronMap: string, doel: string): string {
  let d = doel.replace(/\\/g, "/");
  try {
    d = decodeURIComponent(d);
  } catch {
    // not percent-encoded after all
  }
  const delen = d.startsWith("/") || bronMap === "" ? [] : bronMap.split("/");
  for (const x of d.replace(/^\/+/, "").split("/")) {
    if (x === "..") delen.pop();
    else if (x !== "." && x !== "") delen.push(x);
  }
  return deelSleutel(delen.join("/"));
}

export class Pakket {
  private readonly perSleutel = new Map<string, ZipItem>();
  constructor(
    private readonly bytes: Uint8Array,
    items: ZipItem[],
  ) {
    for (const i of items) {
      const k = deelSleutel(i.naam);
      if (!this.perSleutel.has(k)) this.perSleutel.set(k, i);
    }
  }

  zoek(naam: string): ZipItem | undefined {
    return this.perSleutel.get(deelSleutel(naam));
  }

  /** The relationships of a part (`map/_rels/naam.rels`); [] when it has none. */
  relaties(deel: string): Relatie[] {
    const sleutel = deelSleutel(deel);
    const slash = sleutel.lastIndexOf("/");
    const map = slash < 0 ? "" : sleutel.slice(0, slash);
    const relsNaam = `${map === "" ? "" : `${map}/`}_rels/${sleutel.slice(slash + 1)}.rels`;
    const item = this.zoek(relsNaam);
    if (!item) return [];
    const uit: Relatie[] = [];
    leesXml(item.naam, this.pakUit(item), ["Relationship"], {
      open: (id, scan) => {
        if (id !== 0) return;
        const extern = (scan.attr("TargetMode") ?? "").toLowerCase() === "external";
        uit.push({ id: scan.attr("Id") ?? "", type: scan.attr("Type") ?? "", doel: extern ? "" : doelPad(map, scan.attr("Target") ?? "") });
      },
      dicht: () => undefined,
      tekst: () => undefined,
    });
    return uit;
  }

  /** The office document (workbook part): via `_rels/.rels`, else the usual name. */
  werkmapDeel(): ZipItem | undefined {
    const rel = this.relaties("").find((r) => /\/officeDocument$/.test(r.type) && r.doel !== "" && this.zoek(r.doel));
    return rel ? this.zoek(rel.doel) : this.zoek("xl/workbook.xml");
  }

  /** A small part, unpacked whole. */
  pakUit(item: ZipItem): Uint8Array {
    const data = itemData(this.bytes, item);
    if (item.methode === 0) return data;
    try {
      return inflateRawSync(data, { maxOutputLength: Math.max(item.uitgepakt, 1) });
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw zipbom(item);
      throw new WerkmapFout(`Het bestand is beschadigd: onderdeel ${item.naam} kan niet worden uitgepakt.`, "beschadigd", { cause: e });
    }
  }

  /** A large part in unpacked chunks, never more than its stated size. */
  async *stukken(item: ZipItem): AsyncGenerator<Uint8Array> {
    const data = itemData(this.bytes, item);
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
          throw zipbom(item);
        }
        yield stuk;
      }
    } catch (e) {
      if (e instanceof WerkmapFout) throw e;
      throw new WerkmapFout(`Het bestand is beschadigd: onderdeel ${item.naam} kan niet worden uitgepakt.`, "beschadigd", { cause: e });
    }
  }
}

function zipbom(item: ZipItem): WerkmapFout {
  return new WerkmapFout(`Het bestand is geweigerd: onderdeel ${item.naam} is groter dan de zip opgeeft; mogelijk een zipbom.`, "te-groot");
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

function ongeldig(naam: string, e: unknown): WerkmapFout {
  return new WerkmapFout(`Het bestand is beschadigd: onderdeel ${naam} bevat ongeldige XML.`, "beschadigd", { cause: e });
}

/** UTF-8, or UTF-16 when the part starts with its byte order mark. */
function decoderVoor(eerste: Uint8Array): TextDecoder {
  if (eerste[0] === 0xff && eerste[1] === 0xfe) return new TextDecoder("utf-16le");
  if (eerste[0] === 0xfe && eerste[1] === 0xff) return new TextDecoder("utf-16be");
  return new TextDecoder("utf-8");
}

/** Scans a whole (small) part. */
export function leesXml(naam: string, data: Uint8Array, namen: readonly string[], h: XmlHandler): void {
  try {
    new XmlScanner(namen, h).voed(decoderVoor(data).decode(data), true);
  } catch (e) {
    if (e instanceof ScanFout) throw ongeldig(naam, e);
    throw e;
  }
}

/**
 * UTF-8 chunks to text with Buffer's decoder, about twice as fast as TextDecoder on a large sheet, with the
 * same outcome: a byte order mark at the start is dropped, a character cut by the chunk end waits for the
 * next chunk, and invalid bytes become U+FFFD. A chunk is cut only before a byte that starts a sequence
 * (or an invalid byte), where decoding the parts apart gives what decoding the whole gives.
 */
export class Utf8Stroom {
  private rest: Buffer | undefined = undefined;
  private begin = true;
  /** The bytes of the text the last stuk() gave when that text is plain ASCII (one byte per character). */
  ascii: Buffer | undefined = undefined;

  stuk(stuk: Uint8Array): string {
    this.ascii = undefined;
    let b = Buffer.from(stuk.buffer, stuk.byteOffset, stuk.byteLength);
    if (this.rest !== undefined) {
      b = Buffer.concat([this.rest, b]);
      this.rest = undefined;
    }
    let van = 0;
    if (this.begin) {
      // the byte order mark, also when the first chunks are shorter than it
      const bom = [0xef, 0xbb, 0xbf];
      let k = 0;
      while (k < 3 && k < b.length && b[k] === bom[k]) k++;
      if (k === b.length && k < 3) {
        this.rest = Buffer.from(b);
        return "";
      }
      this.begin = false;
      if (k === 3) van = 3;
    }
    let tot = b.length;
    for (let k = tot - 1; k >= van && k >= tot - 3; k--) {
      const x = b[k];
      if ((x & 0xc0) === 0x80) continue;
      const lengte = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : x >= 0xc0 ? 2 : 1;
      if (k + lengte > tot) {
        // copied: the chunk's memory is not ours to keep
        this.rest = Buffer.from(b.subarray(k));
        tot = k;
      }
      break;
    }
    // isAscii: a native check, about three times as fast as measuring the decoded text's UTF-8 length
    if (van === 0 && tot === b.length && isAscii(b)) this.ascii = b;
    return b.toString("utf8", van, tot);
  }

  einde(): string {
    const r = this.rest;
    this.rest = undefined;
    return r === undefined ? "" : r.toString("utf8");
  }
}

behoudVorm(new Utf8Stroom());

/** Scans a part chunk by chunk; `maakHandler` gets the scanner so it can switch text delivery on and off. */
export async function leesXmlStroom(naam: string, stukken: AsyncIterable<Uint8Array>, namen: readonly string[], h: XmlHandler): Promise<void> {
  const scan = new XmlScanner(namen, h);
  let decoder: TextDecoder | Utf8Stroom | undefined;
  try {
    for await (const stuk of stukken) {
      if (decoder === undefined) {
        const d = decoderVoor(stuk);
        decoder = d.encoding === "utf-8" ? new Utf8Stroom() : d;
      }
      if (decoder instanceof Utf8Stroom) scan.voed(decoder.stuk(stuk), false, decoder.ascii ?? null);
      else scan.voed(decoder.decode(stuk, { stream: true }), false);
    }
    scan.voed(decoder === undefined ? "" : decoder instanceof Utf8Stroom ? decoder.einde() : decoder.decode(), true);
  } catch (e) {
    if (e instanceof ScanFout) throw ongeldig(naam, e);
    throw e;
  }
}
