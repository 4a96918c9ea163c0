/**
 * The reader's fast paths against its own event-by-event path and against the references:
 * - cells read whole from the buffer (xlsx-blad: verder/inhoud) give the same sheet as the scanner's events:
 *   the same XML with prefixed names (`<x:c>`, never on the fast path) is the reference, in random chunks;
 * - shared formulas translated per master (GedeeldeFormule) as exceljs' slideFormula translates them;
 * - numbers read from the buffer (leesGetal) are Number(text), bit for bit;
 * - the UTF-8 stream decoder (Utf8Stroom) gives what TextDecoder gives, whatever the chunks.
 */
import { metFormuleteksten } from "../../src/workbook/gedeelde-formule";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require("exceljs/lib/utils/shared-formula.js") as { slideFormula: (f: string, van: string, naar: string) => string };
import { GedeeldeFormule } from "../../src/workbook/gedeelde-formule";
import { adres, CelTeller, type Werkblad } from "../../src/workbook/snapshot";
import { leesBlad, leesGetal } from "../../src/workbook/xlsx-blad";
import { Utf8Stroom } from "../../src/workbook/xlsx-pakket";

const GEDEELD = ["nul", "een", "", "drie & vier", "ZZP"];
const STIJLEN = { notaties: [undefined, "0.00", "dd-mm-yyyy", undefined, "0%"], datum: [false, false, true, false, false] };

async function* inStukken(bytes: Uint8Array, knippen: number[]): AsyncGenerator<Uint8Array> {
  let van = 0;
  for (const k of [...knippen].sort((a, b) => a - b)) {
    const tot = Math.min(Math.max(k, van), bytes.length);
    yield bytes.subarray(van, tot);
    van = tot;
  }
  yield bytes.subarray(van);
}

async function lees(xml: string, knippen: number[], o: { metNotatie?: boolean; datum1904?: boolean } = {}): Promise<Werkblad | string> {
  const bytes = new TextEncoder().encode(xml);
  try {
    return await leesBlad("Blad1", inStukken(bytes, knippen.map((k) => Math.floor(k * bytes.length))), {
      gedeeld: GEDEELD,
      stijlen: STIJLEN,
      metNotatie: o.metNotatie ?? false,
      datum1904: o.datum1904 ?? false,
      maxCellen: 10_000,
      teller: new CelTeller(),
    });
  } catch (e) {
    return (e as Error).message;
  }
}

// --- a random sheet, written once plain (fast path) and once with prefixed names (scanner events) ---

interface CelSpec {
  adres: "goed" | "geen" | "fout";
  t: string | undefined;
  s: number | undefined;
  f: { t?: string; si?: string; ref?: boolean; tekst?: string; leeg?: boolean } | undefined;
  v: string | undefined | null; // null: <v/>
  leegTag: boolean;
  wit: boolean;
}

const waarde = fc.oneof(
  fc.integer({ min: 0, max: 9 }).map(String),
  fc.integer({ min: -1e6, max: 1e9 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom("0.96", "150.25", "-0", "-.5", ".5", "5.", "1e5", "1E-3", " 12 ", "", "1.2.3", "abc", "&amp;x", "0001", "12345678901234567", "-", ".", "TRUE", "#N/A", "2025-10-01T10:30:00", "1\r\n2", "€ 12,50", "één"),
);

const celSpec: fc.Arbitrary<CelSpec> = fc.record({
  adres: fc.constantFrom("goed", "goed", "goed", "geen", "fout"),
  t: fc.constantFrom(undefined, undefined, "s", "str", "b", "e", "d", "n", "inlineStr"),
  s: fc.constantFrom(undefined, 0, 1, 2, 4, 9),
  f: fc.option(
    fc.record({
      t: fc.constantFrom(undefined, "shared", "shared", "array", "dataTable", "normal"),
      si: fc.constantFrom(undefined, "0", "1", "01", "x"),
      ref: fc.boolean(),
      tekst: fc.constantFrom(undefined, "", "A1+B2", "IF(B30=&quot;&quot;,&quot;&quot;,_xldudf_WLZ_TARIEF($B$1,B30,D30,$A$1:$B$27,C30))", "SUM(Blad2!A1:A3)*$C2", "&lt;&gt;1", "\"tekst A1\"&A1", "'Blad één'!A1*2", "A1&amp;&apos;x&apos;", "&#65;1+&#x42;2", "A1&quo", "A1&amp"),
      leeg: fc.boolean(),
    }),
    { nil: undefined },
  ),
  v: fc.option(fc.oneof(waarde, fc.constant(null)), { nil: undefined }),
  leegTag: fc.boolean(),
  wit: fc.boolean(),
});

const bladSpec = fc.array(
  fc.record({ r: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), leeg: fc.boolean(), cellen: fc.array(celSpec, { maxLength: 8 }) }),
  { maxLength: 12 },
);

function schrijf(rijen: { r: number | undefined; leeg: boolean; cellen: CelSpec[] }[], x: string): string {
  const n = (naam: string) => `${x}${naam}`;
  let uit = `<${n("sheetData")}${x ? ' xmlns:x="urn:x"' : ""}>`;
  let rij = 0;
  for (const r of rijen) {
    rij = r.r ?? rij + 1;
    const rAttr = r.r === undefined ? "" : ` r="${r.r}" spans="1:8"`;
    if (r.leeg && r.cellen.length === 0) {
      uit += `<${n("row")}${rAttr}/>`;
      continue;
    }
    uit += `<${n("row")}${rAttr} x14ac:dyDescent="0.25">`;
    r.cellen.forEach((c, k) => {
      const a = c.adres === "goed" ? ` r="${adres(rij - 1, k)}"` : c.adres === "fout" ? ' r="1A"' : "";
      const attrs = `${a}${c.s === undefined ? "" : ` s="${c.s}"`}${c.t === undefined ? "" : ` t="${c.t}"`}`;
      const w = c.wit ? "\n  " : "";
      if (c.leegTag) {
        uit += `${w}<${n("c")}${attrs}/>`;
        return;
      }
      let inhoud = "";
      if (c.f) {
        const fa = `${c.f.t === undefined ? "" : ` t="${c.f.t}"`}${c.f.ref ? ` ref="${adres(rij - 1, k)}:${adres(rij + 5, k)}"` : ""}${c.f.si === undefined ? "" : ` si="${c.f.si}"`}`;
        inhoud += c.f.leeg || c.f.tekst === undefined ? `<${n("f")}${fa}/>` : `<${n("f")}${fa}>${c.f.tekst}</${n("f")}>`;
      }
      if (c.v === null) inhoud += `${w}<${n("v")}/>`;
      else if (c.v !== undefined) inhoud += `${w}<${n("v")}>${c.v.replace(/&(?!amp;)/g, "&amp;").replace(/</g, "&lt;")}</${n("v")}>`;
      if (c.t === "inlineStr" && c.v === undefined) inhoud += `<${n("is")}><${n("t")}>inline</${n("t")}></${n("is")}>`;
      uit += `${w}<${n("c")}${attrs}>${inhoud}${w}</${n("c")}>`;
    });
    uit += `</${n("row")}>`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet>${uit}</${n("sheetData")}></worksheet>`;
}

describe("cellen die de lezer in één keer uit de buffer leest", () => {
  it("geven hetzelfde blad als de gebeurtenissen van de scanner, in welke stukken ook", async () => {
    await fc.assert(
      fc.asyncProperty(bladSpec, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), fc.boolean(), fc.boolean(), async (rijen, knippen, metNotatie, datum1904) => {
        const snel = await lees(schrijf(rijen, ""), knippen, { metNotatie, datum1904 });
        const referentie = await lees(schrijf(rijen, "x:"), [], { metNotatie, datum1904 });
        expect(snel).toStrictEqual(referentie);
      }),
      { numRuns: 400 },
    );
  });

  it("een doorgetrokken kolom zoals Excel hem opslaat: elke rij zijn eigen formule, ook over stukgrenzen", async () => {
    let xml = "<worksheet><sheetData>";
    for (let r = 2; r <= 400; r++) {
      const f = r === 2 ? '<f t="shared" ref="B2:C400" si="0">A2*$A$1+SUM(A$1:A2)</f>' : '<f t="shared" si="0"/>';
      const g = r === 2 ? '<f t="shared" ref="C2:C400" si="1">B2&amp;"B2"</f>' : '<f t="shared" si="1"/>';
      xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" s="1">${f}<v>${r * 2}.5</v></c><c r="C${r}" t="str">${g}<v>x</v></c></row>`;
    }
    xml += "</sheetData></worksheet>";
    for (const knippen of [[], [0.1, 0.3301, 0.5, 0.77777], Array.from({ length: 60 }, (_, i) => i / 60)]) {
      const gelezen = (await lees(xml, knippen)) as Werkblad;
      const b = metFormuleteksten({ bladen: [gelezen] }).bladen[0];
      expect(b.rijen[1][1]).toEqual({ waarde: 4.5, formule: "A2*$A$1+SUM(A$1:A2)" });
      expect(b.rijen[399][1]).toEqual({ waarde: 800.5, formule: "A400*$A$1+SUM(A$1:A400)" });
      expect(b.rijen[399][2]).toEqual({ waarde: "x", formule: 'B400&"B2"' });
      expect(gelezen).toStrictEqual(await lees(xml.replace(/<(\/?)(row|c|f|v|sheetData)\b/g, "<$1x:$2"), []));
    }
  });
});

describe("een buffer met bytes die geen geldig UTF-8 zijn", () => {
  it("leest U+FFFD zoals TextDecoder, ook op het snelle pad", async () => {
    const maak = (x: string) => {
      const voor = new TextEncoder().encode(`<worksheet><${x}sheetData><${x}row r="1"><${x}c r="A1" t="str"><${x}f>A2&amp;"`);
      const na = new TextEncoder().encode(`"</${x}f><${x}v>a`);
      const eind = new TextEncoder().encode(`b</${x}v></${x}c><${x}c r="B1"><${x}v>7</${x}v></${x}c></${x}row></${x}sheetData></worksheet>`);
      return new Uint8Array([...voor, 0xff, ...na, 0xc3, ...eind]);
    };
    const lezen = async (bytes: Uint8Array) =>
      leesBlad("Blad1", inStukken(bytes, []), { gedeeld: [], stijlen: undefined, metNotatie: false, datum1904: false, maxCellen: 100, teller: new CelTeller() });
    const snel = await lezen(maak(""));
    expect(snel.rijen[0][0]).toEqual({ waarde: "a\ufffdb", formule: 'A2&"\ufffd"' });
    expect(snel.rijen[0][1]).toEqual({ waarde: 7 });
    expect(snel).toStrictEqual(await lezen(maak("x:")));
  });
});

// --- shared formulas against exceljs' slideFormula (the reference reader) ---

const kolomL = (c: number) => adres(0, c).replace(/\d+$/, "");

const verwijzing = fc.record({ kAbs: fc.boolean(), k: fc.integer({ min: 0, max: 60 }), rAbs: fc.boolean(), r: fc.integer({ min: 1, max: 500 }) }).map(
  ({ kAbs, k, rAbs, r }) => `${kAbs ? "$" : ""}${kolomL(k)}${rAbs ? "$" : ""}${r}`,
);
const term = fc.oneof(
  verwijzing,
  fc.tuple(verwijzing, verwijzing).map(([a, b]) => `${a}:${b}`),
  fc.tuple(fc.constantFrom("Blad2!", "Data_1!"), verwijzing).map(([b, v]) => b + v),
  fc.constantFrom("1", "0.5", "TRUE", "LOG10(2)", "ATAN2(1,2)", "XFE1", "AB", "Q4_2"),
);
const formule = fc.array(term, { minLength: 1, maxLength: 6 }).chain((ts) =>
  fc.array(fc.constantFrom("+", "-", "*", ",", "&"), { minLength: ts.length - 1, maxLength: ts.length - 1 }).chain((ops) =>
    fc.constantFrom("", "SUM(", "_xldudf_WLZ_TARIEF(", "IF(").map((fn) => `${fn}${ts.map((t, i) => (i === 0 ? t : ops[i - 1] + t)).join("")}${fn ? ")" : ""}`),
  ),
);

describe("gedeelde formules: één keer ontleed per hoofdcel, per cel verschoven", () => {
  it("verschuift zoals exceljs' slideFormula, bij elke verschuiving over rijen en kolommen", () => {
    fc.assert(
      fc.property(formule, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.array(fc.tuple(fc.integer({ min: -30, max: 900 }), fc.integer({ min: 0, max: 40 })), { maxLength: 8 }), (f, r0, c0, plekken) => {
        const g = new GedeeldeFormule(f, r0, c0);
        for (const [dr, dc] of plekken) {
          // a dependent above its master (rows may leave the sheet: "A0", "A-3", as slideFormula writes them)
          if (r0 + dr < 0) continue;
          // the same master asked at many places, in any order (the per-offset template is reused)
          expect(g.op(r0 + dr, c0 + dc)).toBe(slideFormula(f, adres(r0, c0), adres(r0 + dr, c0 + dc)));
        }
        expect(g.op(r0, c0)).toBe(f);
      }),
      { numRuns: 500 },
    );
  });

  it("laat tekst tussen aanhalingstekens staan, maakt #REF! van een kolom links van A en houdt $ vast", () => {
    const g = new GedeeldeFormule('IF(B2="B2",$C$1&C$1,D2:$E3)', 1, 3);
    expect(g.op(4, 3)).toBe('IF(B5="B2",$C$1&C$1,D5:$E6)');
    expect(g.op(4, 5)).toBe('IF(D5="B2",$C$1&E$1,F5:$E6)');
    expect(g.op(1, 1)).toBe('IF(#REF!2="B2",$C$1&A$1,B2:$E3)');
    // a formula without relative rows is the same text on every row
    // non-ASCII text between the references (joined, not written as bytes)
    const euro = new GedeeldeFormule('IF(A1="€",B1,"é")', 0, 3);
    expect(euro.op(5, 3)).toBe('IF(A6="€",B6,"é")');
    expect(euro.op(5, 4)).toBe('IF(B6="€",C6,"é")');
    // a sheet name in single quotes is a name, however much it looks like a reference ('' is a quote in it)
    const blad = new GedeeldeFormule("'Tabel A1'!B2+'O''Neil C3'!$D4+\"'A1'\"&A1", 1, 0);
    expect(blad.op(3, 0)).toBe("'Tabel A1'!B4+'O''Neil C3'!$D6+\"'A1'\"&A3");
    const vast = new GedeeldeFormule("$A$1+B$2", 0, 1);
    expect(vast.op(7, 1)).toBe("$A$1+B$2");
    expect(vast.op(7, 2)).toBe("$A$1+C$2");
    expect(vast.op(9, 1)).toBe("$A$1+B$2");
  });
});

// --- numbers straight from the buffer ---

describe("leesGetal leest een getal zoals Number() het leest", () => {
  const zoalsNumber = (t: string) => {
    const x = leesGetal(Buffer.from(`${t}<`, "latin1"), 0);
    if (x === x) expect(Object.is(x, Number(t)), `${t}: ${x} tegen ${Number(t)}`).toBe(true);
  };
  it("bit voor bit, voor elk decimaal getal tot 15 cijfers (anders NaN: dan leest Number() de tekst)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 15 }), (x, d) => {
        zoalsNumber(String(x));
        zoalsNumber(x.toFixed(Math.min(d, 15)));
        zoalsNumber(Math.abs(x).toPrecision(Math.max(1, d)));
      }),
      { numRuns: 400 },
    );
    fc.assert(fc.property(fc.stringMatching(/^-?\d{0,9}(\.\d{0,9})?$/), zoalsNumber), { numRuns: 3000 });
    for (const t of ["0", "-0", "0.1", "0.3", "9007199254740991", "999999999999999", "0.000000000000001", "123456789.123456", "5.", ".5", "-.5"]) zoalsNumber(t);
    expect(Object.is(leesGetal(Buffer.from("-0<"), 0), -0)).toBe(true);
    for (const t of ["", "-", ".", "1.2.3", "1234567890123456", "1e5", "12 "]) expect(leesGetal(Buffer.from(`${t}<`), 0)).toBeNaN();
    // the number must end where the value ends
    expect(leesGetal(Buffer.from("12"), 0)).toBeNaN();
  });
});

// --- UTF-8 in chunks ---

describe("Utf8Stroom ontcijfert zoals TextDecoder", () => {
  it("ook met een BOM, tekens over een stukgrens en ongeldige bytes", () => {
    const tekens = fc.oneof(
      fc.string({ unit: "binary" }).map((s) => Array.from(new TextEncoder().encode(s))),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 12 }),
      fc.constant([0xef, 0xbb, 0xbf]),
      fc.constant([0xf0, 0x9f, 0x98, 0x80]),
    );
    fc.assert(
      fc.property(fc.array(tekens, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), (delen, knippen) => {
        const bytes = new Uint8Array(delen.flat());
        const verwacht = new TextDecoder("utf-8").decode(bytes);
        const d = new Utf8Stroom();
        let uit = "";
        let van = 0;
        for (const k of knippen.map((x) => x % (bytes.length + 1)).sort((a, b) => a - b)) {
          uit += d.stuk(bytes.subarray(van, k));
          van = k;
        }
        uit += d.stuk(bytes.subarray(van)) + d.einde();
        expect(uit).toBe(verwacht);
      }),
      { numRuns: 3000 },
    );
  });
});
