/**
 * Controle van een .xlsx-container vóór het echte inlezen: een .xlsx is een zip, en een vijandig
 * bestand kan een zipbom zijn of iets anders dan een zip. We lezen eerst alleen de centrale map
 * (groottes, versleuteling), en pakken daarna elk item uit met een harde bovengrens, want de
 * groottes in de centrale map kunnen liegen.
 */
import { inflateRawSync } from "node:zlib";
import { WerkmapFout } from "./snapshot";

export interface ZipLimieten {
  /** Som van de uitgepakte groottes (bytes). */
  maxOngecomprimeerd: number;
  /** Hoogste verhouding uitgepakt/ingepakt voor items boven 1 MB. */
  maxCompressieverhouding: number;
  /** Hoogste aantal items in de zip. */
  maxItems: number;
}

export const STANDAARD_ZIP_LIMIETEN: ZipLimieten = {
  maxOngecomprimeerd: 500 * 1024 * 1024,
  maxCompressieverhouding: 500,
  maxItems: 20_000,
};

export interface ZipItem {
  naam: string;
  methode: number;
  ingepakt: number;
  uitgepakt: number;
  lokaleKop: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAAL = 0x02014b50;
const SIG_LOKAAL = 0x04034b50;

function beschadigd(detail: string): WerkmapFout {
  return new WerkmapFout(`Het bestand is geen geldig .xlsx-bestand: ${detail}.`, "geen-xlsx");
}

/** True als de bytes met de OLE/CFB-handtekening beginnen (versleutelde .xlsx of oud .xls). */
export function isCfb(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

/** Zoekt een UTF-16LE-naam (zoals CFB-mapnamen) in de bytes. */
function bevatUtf16(bytes: Uint8Array, tekst: string): boolean {
  const patroon = new Uint8Array(tekst.length * 2);
  for (let i = 0; i < tekst.length; i++) patroon[i * 2] = tekst.charCodeAt(i);
  const grens = Math.min(bytes.length, 16 * 1024 * 1024) - patroon.length;
  buiten: for (let i = 0; i <= grens; i++) {
    for (let j = 0; j < patroon.length; j++) if (bytes[i + j] !== patroon[j]) continue buiten;
    return true;
  }
  return false;
}

/** Heldere fout voor een CFB-bestand: beveiligd met wachtwoord, of een oud .xls. */
export function cfbFout(bytes: Uint8Array): WerkmapFout {
  if (!bevatUtf16(bytes, "EncryptionInfo") && (bevatUtf16(bytes, "Workbook") || bevatUtf16(bytes, "Book"))) {
    return new WerkmapFout(
      "Het bestand is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx en probeer het opnieuw.",
      "xls",
    );
  }
  return new WerkmapFout(
    "Het bestand is beveiligd met een wachtwoord (versleuteld) en kan niet worden gelezen. " +
      "Verwijder in Excel het wachtwoord (Bestand > Info > Werkmap beveiligen) en sla het opnieuw op als .xlsx.",
    "beveiligd",
  );
}

/** Leest de centrale map van een zip en controleert de limieten. Pakt nog niets uit. */
export function leesCentraleMap(bytes: Uint8Array, limieten: ZipLimieten = STANDAARD_ZIP_LIMIETEN): ZipItem[] {
  if (bytes.length < 22) throw beschadigd("het is te klein om een zip te zijn");
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // einde-van-centrale-map: de laatste 22 bytes plus hoogstens 65535 bytes commentaar
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw beschadigd("het is geen zip-archief");
  let aantal = dv.getUint16(eocd + 10, true);
  let mapGrootte = dv.getUint32(eocd + 12, true);
  let mapBegin = dv.getUint32(eocd + 16, true);
  if (aantal === 0xffff || mapGrootte === 0xffffffff || mapBegin === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== SIG_ZIP64_LOCATOR) throw beschadigd("de zip64-gegevens ontbreken");
    const z64 = Number(dv.getBigUint64(loc + 8, true));
    if (z64 < 0 || z64 + 56 > bytes.length || dv.getUint32(z64, true) !== SIG_ZIP64_EOCD) {
      throw beschadigd("de zip64-gegevens zijn ongeldig");
    }
    aantal = Number(dv.getBigUint64(z64 + 32, true));
    mapGrootte = Number(dv.getBigUint64(z64 + 40, true));
    mapBegin = Number(dv.getBigUint64(z64 + 48, true));
  }
  if (aantal > limieten.maxItems) {
    throw new WerkmapFout(`Het bestand bevat te veel onderdelen (${aantal}, hoogstens ${limieten.maxItems}).`, "te-groot");
  }
  if (mapBegin + mapGrootte > bytes.length) throw beschadigd("de inhoudsopgave van de zip valt buiten het bestand");

  const items: ZipItem[] = [];
  const decoder = new TextDecoder("utf-8");
  let totaal = 0;
  let p = mapBegin;
  for (let n = 0; n < aantal; n++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== SIG_CENTRAAL) throw beschadigd("de inhoudsopgave van de zip is beschadigd");
    const vlag = dv.getUint16(p + 8, true);
    const methode = dv.getUint16(p + 10, true);
    let ingepakt = dv.getUint32(p + 20, true);
    let uitgepakt = dv.getUint32(p + 24, true);
    const naamLengte = dv.getUint16(p + 28, true);
    const extraLengte = dv.getUint16(p + 30, true);
    const commentaarLengte = dv.getUint16(p + 32, true);
    let lokaleKop = dv.getUint32(p + 42, true);
    const naam = decoder.decode(bytes.subarray(p + 46, p + 46 + naamLengte));
    // zip64-extraveld: alleen de velden die in de kop op 0xFFFFFFFF staan, in vaste volgorde
    let e = p + 46 + naamLengte;
    const eEind = e + extraLengte;
    while (e + 4 <= eEind) {
      const id = dv.getUint16(e, true);
      const lengte = dv.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (uitgepakt === 0xffffffff && q + 8 <= e + 4 + lengte) (uitgepakt = Number(dv.getBigUint64(q, true))), (q += 8);
        if (ingepakt === 0xffffffff && q + 8 <= e + 4 + lengte) (ingepakt = Number(dv.getBigUint64(q, true))), (q += 8);
        if (lokaleKop === 0xffffffff && q + 8 <= e + 4 + lengte) lokaleKop = Number(dv.getBigUint64(q, true));
      }
      e += 4 + lengte;
    }
    if ((vlag & 1) === 1) {
      throw new WerkmapFout("Het bestand is beveiligd met een wachtwoord (versleutelde zip) en kan niet worden gelezen.", "beveiligd");
    }
    items.push({ naam, methode, ingepakt, uitgepakt, lokaleKop });
    totaal += uitgepakt;
    if (totaal > limieten.maxOngecomprimeerd) throw teGroot(limieten);
    if (uitgepakt > 1024 * 1024 && uitgepakt / Math.max(ingepakt, 1) > limieten.maxCompressieverhouding) {
      throw new WerkmapFout(
        `Het bestand is geweigerd: onderdeel ${naam} is verdacht sterk gecomprimeerd ` +
          `(${Math.round(uitgepakt / Math.max(ingepakt, 1))}:1, hoogstens ${limieten.maxCompressieverhouding}:1); mogelijk een zipbom.`,
        "te-groot",
      );
    }
    p = eEind + commentaarLengte;
  }
  return items;
}

function teGroot(limieten: ZipLimieten): WerkmapFout {
  const mb = Math.round(limieten.maxOngecomprimeerd / (1024 * 1024));
  return new WerkmapFout(`Het bestand is te groot om te controleren: uitgepakt meer dan ${mb} MB.`, "te-groot");
}

/**
 * Pakt elk item uit met als grens de opgegeven grootte en controleert dat die klopt. Zo kan een
 * zip die over zijn groottes liegt het geheugen niet vullen voordat exceljs hem leest.
 */
export function controleerUitpakken(bytes: Uint8Array, items: ZipItem[]): void {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const item of items) {
    if (item.naam.endsWith("/") && item.uitgepakt === 0) continue;
    const k = item.lokaleKop;
    if (k + 30 > bytes.length || dv.getUint32(k, true) !== SIG_LOKAAL) throw beschadigd(`onderdeel ${item.naam} ontbreekt`);
    const begin = k + 30 + dv.getUint16(k + 26, true) + dv.getUint16(k + 28, true);
    if (begin + item.ingepakt > bytes.length) throw beschadigd(`onderdeel ${item.naam} is afgekapt`);
    const data = bytes.subarray(begin, begin + item.ingepakt);
    let werkelijk: number;
    if (item.methode === 0) {
      werkelijk = data.length;
    } else if (item.methode === 8) {
      try {
        werkelijk = inflateRawSync(data, { maxOutputLength: Math.max(item.uitgepakt, 1) }).length;
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) {
          throw new WerkmapFout(
            `Het bestand is geweigerd: onderdeel ${item.naam} is groter dan de zip opgeeft; mogelijk een zipbom.`,
            "te-groot",
          );
        }
        throw beschadigd(`onderdeel ${item.naam} kan niet worden uitgepakt`);
      }
    } else {
      throw beschadigd(`onderdeel ${item.naam} gebruikt een onbekende compressiemethode (${item.methode})`);
    }
    if (werkelijk !== item.uitgepakt) throw beschadigd(`onderdeel ${item.naam} heeft een andere grootte dan opgegeven`);
  }
}
