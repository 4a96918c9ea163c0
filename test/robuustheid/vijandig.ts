/**
 * Maakt vijandige en kapotte .xlsx-bestanden in een tijdelijke map (niets hiervan wordt gecommit).
 * Eigen kleine zip-schrijver, zodat we ook kunnen liegen: over groottes, versleutelingsvlag, aantallen.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";

export interface ZipInvoer {
  naam: string;
  data: Buffer;
  /** 0 = opgeslagen, 8 = deflate (standaard). */
  methode?: 0 | 8;
  /** Liegen over de uitgepakte grootte in de centrale map en de lokale kop. */
  uitgepaktOpgegeven?: number;
  /** Algemene vlag (bit 0 = versleuteld). */
  vlag?: number;
}

const CRC_TABEL = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABEL[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function maakZip(invoer: ZipInvoer[]): Buffer {
  const delen: Buffer[] = [];
  const centraal: Buffer[] = [];
  let positie = 0;
  for (const i of invoer) {
    const methode = i.methode ?? 8;
    const ingepakt = methode === 8 ? deflateRawSync(i.data) : i.data;
    const naam = Buffer.from(i.naam, "utf8");
    const uitgepakt = i.uitgepaktOpgegeven ?? i.data.length;
    const crc = crc32(i.data);
    const lokaal = Buffer.alloc(30);
    lokaal.writeUInt32LE(0x04034b50, 0);
    lokaal.writeUInt16LE(20, 4);
    lokaal.writeUInt16LE(i.vlag ?? 0, 6);
    lokaal.writeUInt16LE(methode, 8);
    lokaal.writeUInt32LE(crc, 14);
    lokaal.writeUInt32LE(ingepakt.length, 18);
    lokaal.writeUInt32LE(uitgepakt, 22);
    lokaal.writeUInt16LE(naam.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(i.vlag ?? 0, 8);
    c.writeUInt16LE(methode, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(ingepakt.length, 20);
    c.writeUInt32LE(uitgepakt, 24);
    c.writeUInt16LE(naam.length, 28);
    c.writeUInt32LE(positie, 42);
    delen.push(lokaal, naam, ingepakt);
    centraal.push(c, naam);
    positie += lokaal.length + naam.length + ingepakt.length;
  }
  const map = Buffer.concat(centraal);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Math.min(invoer.length, 0xffff), 8);
  eocd.writeUInt16LE(Math.min(invoer.length, 0xffff), 10);
  eocd.writeUInt32LE(map.length, 12);
  eocd.writeUInt32LE(positie, 16);
  return Buffer.concat([...delen, map, eocd]);
}

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const B = (t: string) => Buffer.from(t, "utf8");

/** Een cel als XML: getal, inline tekst, fout, of formule met opgeslagen waarde. */
export type XCel = number | string | { fout: string } | { f: string; v?: number | string };

function celXml(ref: string, c: XCel): string {
  if (typeof c === "number") return `<c r="${ref}"><v>${c}</v></c>`;
  if (typeof c === "string") return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(c)}</t></is></c>`;
  if ("fout" in c) return `<c r="${ref}" t="e"><v>${esc(c.fout)}</v></c>`;
  const v = c.v === undefined ? "" : typeof c.v === "number" ? `<v>${c.v}</v>` : `<v>${esc(c.v)}</v>`;
  return `<c r="${ref}"${typeof c.v === "string" ? ' t="str"' : ""}><f>${esc(c.f)}</f>${v}</c>`;
}

export function kolom(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function bladXml(rijen: XCel[][], extra = ""): string {
  const r = rijen
    .map((rij, i) => `<row r="${i + 1}">${rij.map((c, j) => (c === undefined || c === null ? "" : celXml(`${kolom(j)}${i + 1}`, c))).join("")}</row>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${r}</sheetData>${extra}</worksheet>`;
}

export interface XlsxOpties {
  /** Vervangt xl/workbook.xml (voor XML-aanvallen). */
  werkmapXml?: string;
  gedeeldeTeksten?: string;
  /** Extra of vervangende zipitems. */
  extraItems?: ZipInvoer[];
  /** Per werkblad-XML de zipopties (liegen over groottes). */
  bladItem?: Partial<ZipInvoer>;
}

/** Een minimale .xlsx met de gegeven werkbladen (naam -> XML). */
export function maakXlsx(bladen: { naam: string; xml: string }[], o: XlsxOpties = {}): Buffer {
  const bladTags = bladen.map((b, i) => `<sheet name="${esc(b.naam)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const relTags = bladen
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join("");
  const items: ZipInvoer[] = [
    {
      naam: "[Content_Types].xml",
      data: B(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`),
    },
    {
      naam: "_rels/.rels",
      data: B(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      naam: "xl/workbook.xml",
      data: B(
        o.werkmapXml ??
          `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${bladTags}</sheets></workbook>`,
      ),
    },
    {
      naam: "xl/_rels/workbook.xml.rels",
      data: B(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relTags}</Relationships>`),
    },
    ...bladen.map((b, i) => ({ naam: `xl/worksheets/sheet${i + 1}.xml`, data: B(b.xml), ...o.bladItem })),
  ];
  if (o.gedeeldeTeksten !== undefined) items.push({ naam: "xl/sharedStrings.xml", data: B(o.gedeeldeTeksten) });
  for (const e of o.extraItems ?? []) {
    const i = items.findIndex((x) => x.naam === e.naam);
    if (i >= 0) items[i] = e;
    else items.push(e);
  }
  return maakZip(items);
}

/** Pseudo-willekeurige letters: slecht comprimeerbaar, zodat de zipbomcontrole niet ingrijpt. */
export function ruis(lengte: number, zaad = 1): string {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ";
  let x = zaad >>> 0 || 1;
  let s = "";
  for (let i = 0; i < lengte; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += letters[(x >>> 0) % letters.length];
  }
  return s;
}

/** Een kleine, geldige offerte (CZ-VV-2021) om de vijandige inhoud omheen te zetten. */
export const KOLOMMEN = ["Prestatie", "Leveringsvorm", "Onderdeel", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet"];
export function offerteRijen(extra: XCel[][] = []): XCel[][] {
  return [["Regelset", "CZ-VV-2021"], ["Plan opslag", "ja"], [], KOLOMMEN, ["Z001", "ZZP", "zorg", 100, 10, 5, 0.96, 111, 10, 1110], ...extra];
}

const BILJOEN_LACHEN = `<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>`;

/** Wat de CLI met een bestand moet doen: weigeren (afsluitcode 2, melding) of controleren (0/1). */
export interface Geval {
  naam: string;
  /** Pad dat aan de CLI wordt gegeven (kan een map of een ontbrekend bestand zijn). */
  pad: string;
  verwacht: "geweigerd" | "gecontroleerd";
  /** Deel van de Nederlandse melding op stderr (geweigerd) of een verwachte bevindingcode (gecontroleerd). */
  melding?: RegExp;
  code?: string;
}

/** Schrijft alle vijandige bestanden in `map` en geeft de gevallen terug. */
export function maakVijandigeBestanden(map: string): Geval[] {
  mkdirSync(map, { recursive: true });
  const gevallen: Geval[] = [];
  const schrijf = (naam: string, data: Buffer | string, g: Omit<Geval, "naam" | "pad">) => {
    const pad = join(map, naam);
    writeFileSync(pad, data);
    gevallen.push({ naam, pad, ...g });
  };
  const goed = maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()) }]);

  schrijf("geen-zip.xlsx", "Dit is een tekstbestand met de extensie .xlsx\n".repeat(10), { verwacht: "geweigerd", melding: /geen geldig \.xlsx-bestand/ });
  schrijf("afgekapt.xlsx", goed.subarray(0, Math.floor(goed.length / 2)), { verwacht: "geweigerd", melding: /geen geldig \.xlsx-bestand|beschadigd/ });
  schrijf("afgekapt-staart.xlsx", goed.subarray(0, goed.length - 10), { verwacht: "geweigerd", melding: /geen geldig \.xlsx-bestand|beschadigd/ });
  schrijf("leeg-0-bytes.xlsx", Buffer.alloc(0), { verwacht: "geweigerd", melding: /leeg \(0 bytes\)/ });
  schrijf("rommel.xlsx", Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256)), { verwacht: "geweigerd", melding: /geen geldig \.xlsx-bestand/ });
  // zipbom 1: 60 MB nullen, ruim 1000:1 gecomprimeerd
  schrijf("zipbom-verhouding.xlsx", maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()) + " ".repeat(60 * 1024 * 1024) }]), {
    verwacht: "geweigerd",
    melding: /zipbom/,
  });
  // zipbom 2: de zip zegt 2 kB, het blad is 60 MB (de grootte in de zip liegt)
  schrijf(
    "zipbom-liegt.xlsx",
    maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()) + "<!--" + "a".repeat(60 * 1024 * 1024) + "-->" }], { bladItem: { uitgepaktOpgegeven: 2048 } }),
    { verwacht: "geweigerd", melding: /zipbom/ },
  );
  // zipbom 3: opgegeven groottes van bijna 4 GB per onderdeel
  schrijf(
    "zipbom-opgegeven.xlsx",
    maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()) }], { bladItem: { uitgepaktOpgegeven: 0xfffffff0 } }),
    { verwacht: "geweigerd", melding: /te groot|zipbom/ },
  );
  // 25.000 onderdelen
  schrijf(
    "te-veel-onderdelen.xlsx",
    maakZip(Array.from({ length: 25_000 }, (_, i) => ({ naam: `x/${i}.xml`, data: Buffer.from("<a/>"), methode: 0 as const }))),
    { verwacht: "geweigerd", melding: /te veel onderdelen/ },
  );
  schrijf("versleutelde-zip.xlsx", maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()) }], { bladItem: { vlag: 1 } }), {
    verwacht: "geweigerd",
    melding: /wachtwoord/,
  });
  // wachtwoord: Excel slaat een beveiligde werkmap op als OLE/CFB-container met EncryptionInfo
  const cfb = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  Buffer.from("EncryptionInfo", "utf16le").copy(cfb, 1024);
  Buffer.from("EncryptedPackage", "utf16le").copy(cfb, 1152);
  schrijf("wachtwoord.xlsx", cfb, { verwacht: "geweigerd", melding: /beveiligd met een wachtwoord/ });
  // grote gedeelde teksten: 400.000 verschillende teksten (~30 MB uitgepakt), het blad verwijst naar de laatste
  const n = 400_000;
  const si = Array.from({ length: n }, (_, i) => `<si><t>tekst ${i} ${(i * 2654435761) % 1_000_003} ${"abcdefghij".slice(i % 10)}</t></si>`).join("");
  schrijf(
    "grote-gedeelde-teksten.xlsx",
    maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()).replace("<sheetData>", `<sheetData><row r="1000"><c r="A1000" t="s"><v>${n - 1}</v></c></row>`) }], {
      gedeeldeTeksten: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${n}" uniqueCount="${n}">${si}</sst>`,
    }),
    { verwacht: "gecontroleerd" },
  );
  // 1000 werkbladen (de grens): gecontroleerd; de offerte staat op het laatste
  const duizend = Array.from({ length: 1000 }, (_, i) => ({ naam: `Blad${i + 1}`, xml: i === 999 ? bladXml(offerteRijen()) : bladXml([["leeg", i]]) }));
  schrijf("duizend-bladen.xlsx", maakXlsx(duizend), { verwacht: "gecontroleerd" });
  schrijf("duizend-en-een-bladen.xlsx", maakXlsx([...duizend, { naam: "Blad1001", xml: bladXml([]) }]), {
    verwacht: "geweigerd",
    melding: /te veel werkbladen/,
  });
  // foutwaarden in elke cel
  const fouten = ["#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];
  const foutRijen: XCel[][] = Array.from({ length: 50 }, (_, r) => Array.from({ length: 12 }, (_, c) => ({ fout: fouten[(r + c) % fouten.length] })));
  schrijf("foutwaarden-overal.xlsx", maakXlsx([{ naam: "Offerte", xml: bladXml(foutRijen) }]), { verwacht: "gecontroleerd", code: "WLZ-OFF-001" });
  schrijf("foutwaarden-in-offerte.xlsx", maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen(Array.from({ length: 20 }, () => KOLOMMEN.map((_, c) => ({ fout: fouten[c % fouten.length] }))))) }]), {
    verwacht: "gecontroleerd",
    code: "WLZ-OFF-003",
  });
  // kringverwijzingen en externe verwijzingen in WLZ-formules
  schrijf(
    "kring-en-extern.xlsx",
    maakXlsx([
      {
        naam: "Offerte",
        xml: bladXml(
          offerteRijen([
            ["Z002", "ZZP", "zorg", { f: "D7", v: 0 }, 10, 5, 0.96, { f: '_xldudf_WLZ_TARIEF("CZ-VV-2021",B6,H6,E6,F6)', v: 111 }, 10, { f: "H6*I6", v: 1110 }],
            ["Z003", "ZZP", "zorg", { f: "D6", v: 0 }, 10, 5, 0.96, { f: "_xldudf_WLZ_TARIEF([1]Blad1!A1,B7,[1]Blad1!D7,E7,'C:\\geheim\\[boek.xlsx]Blad1'!F7)", v: 100 }, 10, { f: "H7*I7", v: 1000 }],
            ["Z004", "ZZP", "zorg", 100, 10, 5, 0.96, { f: "_xldudf_WLZ_TARIEF(H8,H8,H8,H8,H8,H8)", v: 5 }, 10, { f: "[2]Extern!J9", v: 50 }],
          ]),
        ),
      },
    ]),
    { verwacht: "gecontroleerd" },
  );
  // lege werkmap: geen werkbladen
  schrijf("geen-werkbladen.xlsx", maakXlsx([]), { verwacht: "geweigerd", melding: /geen werkbladen/ });
  schrijf("een-leeg-werkblad.xlsx", maakXlsx([{ naam: "Blad1", xml: bladXml([]) }]), { verwacht: "gecontroleerd", code: "WLZ-OFF-001" });
  // billion laughs in de gedeelde teksten en in workbook.xml; externe entiteit (XXE)
  schrijf(
    "biljoen-lachen-teksten.xlsx",
    maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()).replace("<sheetData>", `<sheetData><row r="900"><c r="A900" t="s"><v>0</v></c></row>`) }], {
      gedeeldeTeksten: `<?xml version="1.0"?>${BILJOEN_LACHEN.replace("lol [", "sst [")}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>`,
    }),
    { verwacht: "geweigerd", melding: /beschadigd|ongeldige XML/ },
  );
  schrijf(
    "biljoen-lachen-werkmap.xlsx",
    maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()) }], {
      werkmapXml: `<?xml version="1.0"?>${BILJOEN_LACHEN.replace("lol [", "workbook [")}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="&lol9;" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    }),
    { verwacht: "geweigerd", melding: /beschadigd|ongeldige XML/ },
  );
  schrijf(
    "externe-entiteit.xlsx",
    maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()).replace("<sheetData>", `<sheetData><row r="900"><c r="A900" t="s"><v>0</v></c></row>`) }], {
      gedeeldeTeksten: `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>`,
    }),
    { verwacht: "geweigerd", melding: /beschadigd|ongeldige XML/ },
  );
  // zeer lange celtekst: 5 miljoen tekens in het label van de regelset en in een prestatie
  schrijf(
    "lange-celtekst.xlsx",
    maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen([[ruis(5_000_000), "ZZP\u202e", "zorg", "9".repeat(100_000), 10, 5, 0.96, 111, 10, 1110]])) }]),
    { verwacht: "gecontroleerd", code: "WLZ-OFF-003" },
  );
  // diep geneste XML en een celverwijzing buiten het werkblad
  schrijf("diepe-xml.xlsx", maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()).replace("</sheetData>", `</sheetData><!--${ruis(100_000)}-->${"<x>".repeat(200_000)}${"</x>".repeat(200_000)}`) }]), {
    verwacht: "gecontroleerd",
  });
  schrijf("cel-buiten-blad.xlsx", maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()).replace("</sheetData>", `<row r="7"><c r="XFE7"><v>1</v></c></row></sheetData>`) }]), {
    verwacht: "geweigerd",
    melding: /ongeldige celverwijzing/,
  });
  // twee cellen ver uit elkaar (A1 en XFD1048576): een vol raster zou 17 miljard vakjes tellen
  schrijf(
    "verspreide-cellen.xlsx",
    maakXlsx([{ naam: "Offerte", xml: bladXml(offerteRijen()).replace("</sheetData>", `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>`) }]),
    { verwacht: "gecontroleerd" },
  );
  // vijandige bladnaam en namen van zipitems met padsprongen
  schrijf(
    "vijandige-namen.xlsx",
    maakXlsx([{ naam: "=HYPERLINK(\"evil.nl\";\"klik\")", xml: bladXml(offerteRijen([["@SUM(1)", "ZZP", "zorg", 100, 10, 5, 0.96, 112, 10, 1120], ["P2", "=1+1_x001B_[2J_x0007_\u202e", "zorg", 100, 10, 5, 0.96, 111, 10, 1110]])) }], {
      extraItems: [{ naam: "../../../../tmp/wlz-padsprong.txt", data: Buffer.from("x") }],
    }),
    { verwacht: "gecontroleerd", code: "WLZ-TAR-002" },
  );
  mkdirSync(join(map, "een-map.xlsx"), { recursive: true });
  gevallen.push({ naam: "een-map.xlsx", pad: join(map, "een-map.xlsx"), verwacht: "geweigerd", melding: /is een map/ });
  gevallen.push({ naam: "bestaat-niet.xlsx", pad: join(map, "bestaat-niet.xlsx"), verwacht: "geweigerd", melding: /niet gevonden/ });
  return gevallen;
}
