/**
 * Generates examples/*.xlsx with exceljs: a clean offerte per main rule set, workbooks with typical
 * mistakes (every code of spec §5 at least once) and layout variations.
 * Formulas are saved as Excel saves them: `{ formula: "_xldudf_WLZ_TARIEF(...)", result }`, with the
 * result computed by the same evaluator the checker uses (so clean examples have current values).
 * Run: npx tsx scripts/maak-voorbeelden.ts [map]   (npm run voorbeelden)
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { evalueerFormule, NietEvalueerbaar, type Waarde } from "../src/workbook/formules";
import { offertesjabloon, PRESTATIEKOLOMMEN, type Prestatiekolom } from "../src/workbook/sjabloon";
import { adres, type Cel, datumNaarSerie, parseAdres, type Werkmap } from "../src/workbook/snapshot";

/** One cell to write: a value, or a formula in office-js form ("=WLZ.TARIEF(...)"), optionally with a forced result. */
export interface Invoer {
  waarde?: string | number | boolean | null;
  formule?: string;
  /** Overrides the computed result (a stale or overwritten value). */
  resultaat?: number | string;
  /** Saved without a result, as scripts and openpyxl write formulas (the checker computes it itself). */
  zonderUitkomst?: boolean;
  notatie?: string;
  vet?: boolean;
  lijst?: string[];
}

export class Voorbeeldblad {
  readonly cellen = new Map<string, Invoer>();
  constructor(public naam: string) {}
  zet(a: string, invoer: Invoer | string | number | boolean | null): this {
    const i: Invoer = typeof invoer === "object" && invoer !== null ? invoer : { waarde: invoer };
    this.cellen.set(a.toUpperCase(), { ...this.cellen.get(a.toUpperCase()), ...i });
    return this;
  }
  /** Writes a row of values from a start cell to the right. */
  rij(start: string, waarden: (Invoer | string | number | boolean | null | undefined)[]): this {
    const { r, c } = parseAdres(start);
    waarden.forEach((w, i) => {
      if (w !== undefined) this.zet(adres(r, c + i), w);
    });
    return this;
  }
}

/** Office-js form -> the form Excel stores in .xlsx. */
export function naarXlsxFormule(f: string): string {
  return f.replace(/^=/, "").replace(/WLZ\.([A-Z]+)\(/gi, (_m, n: string) => `_xldudf_WLZ_${n.toUpperCase()}(`);
}

/** Computes every formula's result in sheet/row/column order, as Excel would on save. */
function bereken(bladen: Voorbeeldblad[]): Map<string, Waarde> {
  const werkmap: Werkmap = { bladen: bladen.map((b) => ({ naam: b.naam, rijen: [] })) };
  bladen.forEach((b, i) => {
    for (const [a, inv] of b.cellen) {
      const { r, c } = parseAdres(a);
      const rijen = werkmap.bladen[i].rijen;
      while (rijen.length <= r) rijen.push([]);
      const cel: Cel = { waarde: inv.waarde ?? null, ...(inv.formule ? { formule: inv.formule.replace(/^=/, "") } : {}) };
      rijen[r][c] = cel;
    }
  });
  const uit = new Map<string, Waarde>();
  // A few passes so a formula that refers to a cell to its right (reordered columns) sees its final value.
  for (let ronde = 0; ronde < 3; ronde++) bladen.forEach((b, i) => {
    const formules = [...b.cellen].filter(([, inv]) => inv.formule && !inv.zonderUitkomst).map(([a]) => ({ a, ...parseAdres(a) }));
    formules.sort((x, y) => x.r - y.r || x.c - y.c);
    for (const { a, r, c } of formules) {
      const cel = werkmap.bladen[i].rijen[r][c]!;
      const tekst = b.cellen.get(a)!.formule!.replace(/^=/, "");
      let w: Waarde;
      try {
        w = evalueerFormule(tekst, { werkmap, blad: i });
      } catch (e) {
        if (!(e instanceof NietEvalueerbaar)) throw e;
        throw new Error(`Formule in ${b.naam}!${a} is niet te berekenen: ${tekst}`);
      }
      if (Array.isArray(w)) throw new Error(`Formule in ${b.naam}!${a} geeft een bereik`);
      const inv = b.cellen.get(a)!;
      const opgeslagen = inv.resultaat !== undefined ? inv.resultaat : w;
      cel.waarde = opgeslagen as Cel["waarde"];
      uit.set(`${i}!${a}`, opgeslagen);
    }
  });
  return uit;
}

export async function schrijfVoorbeeld(pad: string, bladen: Voorbeeldblad[]): Promise<void> {
  const resultaten = bereken(bladen);
  const wb = new ExcelJS.Workbook();
  wb.creator = "wlz-zorginkoop maak-voorbeelden";
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  bladen.forEach((b, i) => {
    const ws = wb.addWorksheet(b.naam);
    for (const [a, inv] of b.cellen) {
      const cell = ws.getCell(a);
      if (inv.formule && inv.zonderUitkomst) {
        cell.value = { formula: naarXlsxFormule(inv.formule) } as ExcelJS.CellValue;
      } else if (inv.formule) {
        const result = resultaten.get(`${i}!${a}`);
        const r = result !== null && typeof result === "object" ? { error: (result as { fout: string }).fout } : result;
        cell.value = { formula: naarXlsxFormule(inv.formule), result: r } as ExcelJS.CellValue;
      } else if (inv.waarde !== undefined && inv.waarde !== null) {
        cell.value = inv.waarde;
      }
      if (inv.notatie) cell.numFmt = inv.notatie;
      if (inv.vet) cell.font = { bold: true };
      if (inv.lijst) cell.dataValidation = { type: "list", allowBlank: true, formulae: [`"${inv.lijst.join(",")}"`] };
    }
    (ws.columns ?? []).forEach((col) => {
      col.width = 16;
    });
    ws.getColumn(1).width = 30;
  });
  await wb.xlsx.writeFile(pad);
}

// ---------------------------------------------------------------------------------------------
// Offertes from the shared template

export type Rij = Partial<Record<Prestatiekolom, Invoer | string | number | null>>;

export interface Offertegegevens {
  regelset: string;
  bladnaam?: string;
  kop: Record<string, Invoer | string | number | null>;
  rijen: Rij[];
}

const SERIE = (j: number, m: number, d: number, u = 0, mi = 0) => datumNaarSerie(j, m, d, u, mi);

/** A sheet from offertesjabloon(): header values by label, rows into the prepared table. */
export function offerteblad(g: Offertegegevens): Voorbeeldblad {
  const sjabloon = offertesjabloon(g.regelset, { rijen: Math.max(g.rijen.length, 1) });
  const blad = new Voorbeeldblad(g.bladnaam ?? sjabloon.bladnaam);
  for (const c of sjabloon.cellen) {
    blad.zet(c.adres, {
      ...(c.waarde !== undefined ? { waarde: c.waarde } : {}),
      ...(c.formule ? { formule: c.formule } : {}),
      ...(c.notatie ? { notatie: c.notatie } : {}),
      ...(c.vet ? { vet: true } : {}),
    });
  }
  for (const v of sjabloon.validaties) {
    const [van, tot] = v.bereik.split(":");
    const a = parseAdres(van);
    const b = parseAdres(tot ?? van);
    for (let r = a.r; r <= b.r; r++) for (let c = a.c; c <= b.c; c++) blad.zet(adres(r, c), { lijst: v.lijst });
  }
  // Header values: find the label in column A.
  const labels = new Map<string, string>();
  for (const c of sjabloon.cellen) if (typeof c.waarde === "string" && c.adres.startsWith("A")) labels.set(c.waarde.toLowerCase(), c.adres);
  for (const [label, waarde] of Object.entries(g.kop)) {
    const a = labels.get(label.toLowerCase());
    if (!a) throw new Error(`Label ${label} staat niet in het sjabloon`);
    const { r } = parseAdres(a);
    blad.zet(adres(r, 1), typeof waarde === "object" && waarde !== null ? waarde : { waarde });
  }
  // Prestatie table: the header row is the row with "Prestatie" in column A.
  const kopRij = parseAdres([...sjabloon.cellen].find((c) => c.waarde === PRESTATIEKOLOMMEN.prestatie)!.adres).r;
  const kolommen = Object.keys(PRESTATIEKOLOMMEN) as Prestatiekolom[];
  g.rijen.forEach((rij, i) => {
    for (const [k, w] of Object.entries(rij) as [Prestatiekolom, Invoer | string | number | null][]) {
      const a = adres(kopRij + 1 + i, kolommen.indexOf(k));
      const inv: Invoer = typeof w === "object" && w !== null ? w : { waarde: w };
      // A typed value replaces the template's formula; { resultaat } alone keeps it (a stale stored value).
      const getypt = "waarde" in inv && !inv.formule;
      blad.cellen.set(a, { ...blad.cellen.get(a), ...inv, ...(getypt ? { formule: undefined } : {}) });
    }
  });
  return blad;
}

/** A crisis table with WLZ.CRISISVERGOEDING formulas, from a start cell. */
export function crisistabel(blad: Voorbeeldblad, start: string, regelsetRef: string, rijen: { prestatie: string; bedden: number; bezet: number; onbezet: number; tarief?: number; leegstandtarief?: number; vergoedeDagen?: number | Invoer; vergoeding?: number | Invoer }[]): void {
  const { r, c } = parseAdres(start);
  const kop = ["Prestatie", "Afgesproken bedden", "Dagen bezet", "Dagen onbezet", "Vergoede dagen", "Tarief", "Leegstandtarief", "Vergoeding"];
  blad.rij(start, kop.map((k) => ({ waarde: k, vet: true })));
  rijen.forEach((x, i) => {
    const n = r + 2 + i;
    const L = (k: number) => `${adres(0, c + k).replace(/\d+$/, "")}${n}`;
    blad.rij(adres(r + 1 + i, c), [
      x.prestatie, x.bedden, x.bezet, x.onbezet,
      typeof x.vergoedeDagen === "object" ? x.vergoedeDagen : x.vergoedeDagen ?? { formule: `=WLZ.CRISISVERGOEDING(${regelsetRef},${L(1)},${L(2)},${L(3)})` },
      x.tarief ?? null, x.leegstandtarief ?? null,
      x.tarief === undefined ? null : typeof x.vergoeding === "object" ? x.vergoeding : x.vergoeding ?? { formule: `=WLZ.CRISISVERGOEDING(${regelsetRef},${L(1)},${L(2)},${L(3)},${L(5)},${L(6)})` },
    ]);
  });
}

function toelichting(tekst: string[]): Voorbeeldblad {
  const b = new Voorbeeldblad("Toelichting");
  tekst.forEach((t, i) => b.zet(`A${i + 1}`, t));
  return b;
}

const f = (formule: string, extra: Partial<Invoer> = {}): Invoer => ({ formule, ...extra });

// ---------------------------------------------------------------------------------------------
// The examples

export async function maakVoorbeelden(map: string): Promise<string[]> {
  mkdirSync(map, { recursive: true });
  const gemaakt: string[] = [];
  const schrijf = async (naam: string, bladen: Voorbeeldblad[]) => {
    await schrijfVoorbeeld(join(map, naam), bladen);
    gemaakt.push(naam);
  };

  // 1. CZ V&V 2021, clean: plan opslag (96%), crisis table on a second sheet, subcontracting 1/4.
  {
    const o = offerteblad({
      regelset: "CZ-VV-2021",
      kop: {
        Zorgaanbieder: "Zorggroep De Linde", "AGB-code": "73730001", Regio: "Zeeland",
        Inschrijfdatum: { waarde: SERIE(2020, 7, 30, 14, 5), notatie: "dd-mm-yyyy hh:mm" },
        "Datum KvK-uittreksel": { waarde: SERIE(2020, 5, 1), notatie: "dd-mm-yyyy" },
        "Datum VOG": { waarde: SERIE(2020, 3, 1), notatie: "dd-mm-yyyy" },
        "Plan opslag": "ja",
        "Verwachte gecontracteerde zorg": 1_200_000, "Waarvan onderaanneming": 300_000,
      },
      rijen: [
        { prestatie: "ZZP VV 4", leveringsvorm: "ZZP", nzaZorg: 150.25, nzaNhc: 20.1, nzaNic: 4.95, volume: 3650, herschikt: 3800, initieel: 3610 },
        { prestatie: "ZZP VV 6", leveringsvorm: "ZZP", nzaZorg: 210.4, nzaNhc: 20.1, nzaNic: 4.95, volume: 1825, herschikt: 2000, initieel: 1900 },
        { prestatie: "VPT VV 5", leveringsvorm: "VPT", nzaZorg: 180, nzaNhc: 0, nzaNic: 0, volume: 730, herschikt: 800, initieel: 760 },
        { prestatie: "MPT persoonlijke verzorging", leveringsvorm: "MPT", nzaZorg: 55.8, nzaNhc: 0, nzaNic: 0, volume: 1200, herschikt: 1000, initieel: 900 },
      ],
    });
    const crisis = new Voorbeeldblad("Crisis");
    crisis.zet("A1", { waarde: "Crisisbedden 2021", vet: true });
    crisistabel(crisis, "A3", "Offerte!$B$1", [
      { prestatie: "Z110", bedden: 2, bezet: 500, onbezet: 200, tarief: 310.5 },
      { prestatie: "Z490", bedden: 1, bezet: 100, onbezet: 265, tarief: 295 },
    ]);
    await schrijf("offerte-cz-vv-2021.xlsx", [o, crisis]);
  }

  // 2. CZ GZ 2026: richttarief supplied in the profile; VPT 100%; dagbesteding not; initial volume 95%.
  {
    const o = offerteblad({
      regelset: "CZ-GZ-2026",
      kop: {
        Zorgaanbieder: "Stichting Horizon", Regio: "Noord-Holland Noord",
        Inschrijfdatum: { waarde: SERIE(2025, 7, 15, 9, 30), notatie: "dd-mm-yyyy hh:mm" },
        "Datum KvK-uittreksel": { waarde: SERIE(2025, 3, 1), notatie: "dd-mm-yyyy" },
        "Datum VOG": { waarde: SERIE(2024, 11, 1), notatie: "dd-mm-yyyy" },
        Richttarief: { waarde: 0.978, notatie: "0.0%" },
        "Verwachte gecontracteerde zorg": 2_000_000, "Waarvan onderaanneming": 500_000,
      },
      rijen: [
        { prestatie: "ZZP GZ 5", leveringsvorm: "ZZP", nzaZorg: 260.15, nzaNhc: 24.5, nzaNic: 6.1, volume: 3650, herschikt: 4000, initieel: 3800 },
        { prestatie: "VPT GZ 5", leveringsvorm: "VPT", nzaZorg: 240, nzaNhc: 0, nzaNic: 0, volume: 365, herschikt: 400, initieel: 380 },
        { prestatie: "Dagbesteding GZ", leveringsvorm: "VPT", onderdeel: "dagbesteding", nzaZorg: 60.5, nzaNhc: 0, nzaNic: 0, volume: 500 },
      ],
    });
    await schrijf("offerte-cz-gz-2026.xlsx", [o]);
  }

  // 3. National 2021: a historically lower percentage (95%) is kept.
  {
    const o = offerteblad({
      regelset: "LANDELIJK-2021",
      kop: {
        Zorgaanbieder: "Thuiszorg Rivierenland", Inschrijfdatum: "31-07-2020 16:45",
        "Plan opslag": "ja", "Tariefpercentage vorig jaar": "95%",
      },
      rijen: [
        { prestatie: "ZZP VV 5", leveringsvorm: "ZZP", nzaZorg: 190.3, nzaNhc: 20.1, nzaNic: 4.95, volume: 2000 },
        { prestatie: "VPT VV 5", leveringsvorm: "VPT", nzaZorg: 170.3, nzaNhc: 0, nzaNic: 0, volume: 400 },
      ],
    });
    await schrijf("offerte-landelijk-2021.xlsx", [o]);
  }

  // 4. DSW V&V 2024: monitor verhoging from 96% last year -> 97%.
  {
    const o = offerteblad({
      regelset: "DSW-VV-2024",
      kop: { Zorgaanbieder: "Zorgcentrum Delfland", "Tariefpercentage vorig jaar": { waarde: 0.96, notatie: "0.0%" }, Monitor: "verhoging" },
      rijen: [
        { prestatie: "ZZP VV 4", leveringsvorm: "ZZP", nzaZorg: 170.2, nzaNhc: 22, nzaNic: 5.5, volume: 1000 },
        { prestatie: "ZZP VV 6", leveringsvorm: "ZZP", nzaZorg: 240.75, nzaNhc: 22, nzaNic: 5.5, volume: 800 },
      ],
    });
    await schrijf("offerte-dsw-vv-2024.xlsx", [o]);
  }

  // 5. CZ V&V 2021 with the typical mistakes.
  {
    const nza = { nzaNhc: 20.1, nzaNic: 4.95 };
    const o = offerteblad({
      regelset: "CZ-VV-2021",
      kop: {
        Zorgaanbieder: "Zorggroep Fouten BV", "AGB-code": "73730099",
        Inschrijfdatum: { waarde: SERIE(2020, 8, 3, 10, 0), notatie: "dd-mm-yyyy hh:mm" }, // WLZ-DAT-001
        "Datum VOG": { waarde: SERIE(2019, 6, 1), notatie: "dd-mm-yyyy" }, // WLZ-DAT-003 (not before 1-1-2020)
        "Plan opslag": "ja",
        "Verwachte gecontracteerde zorg": 900_000, "Waarvan onderaanneming": 400_000, // WLZ-AAN-001
      },
      rijen: [
        // 1: correct (formulas)
        { prestatie: "ZZP VV 4", leveringsvorm: "ZZP", nzaZorg: 150.25, ...nza, volume: 3650, herschikt: 3800, initieel: 3610 },
        // 2: 97% typed (WLZ-TAR-001, WLZ-FRM-001a) and the tarief at 97% typed too (WLZ-TAR-002)
        { prestatie: "ZZP VV 5", leveringsvorm: "ZZP", nzaZorg: 180, ...nza, tariefpercentage: { waarde: 0.97, notatie: "0.0%" }, tarief: 199.65, volume: 1000 },
        // 3: NHC/NIC discounted to 96% (WLZ-TAR-003)
        { prestatie: "ZZP VV 6", leveringsvorm: "ZZP", nzaZorg: 210.4, ...nza, tarief: 226.03, volume: 500 },
        // 4: 93% (WLZ-TAR-004) with a matching tarief
        { prestatie: "ZZP VV 7", leveringsvorm: "ZZP", nzaZorg: 230, ...nza, tariefpercentage: { waarde: 0.93, notatie: "0.0%" }, tarief: 238.95, volume: 100 },
        // 5: omzet wrong (WLZ-OMZ-001) and initial volume above 95% (WLZ-VOL-001)
        { prestatie: "VPT VV 5", leveringsvorm: "VPT", nzaZorg: 180, nzaNhc: 0, nzaNic: 0, volume: 730, omzet: 126_000, herschikt: 800, initieel: 790 },
        // 6: stale formula value (WLZ-FRM-001b): the stored tarief is last year's
        { prestatie: "VPT VV 6", leveringsvorm: "VPT", nzaZorg: 200, nzaNhc: 0, nzaNic: 0, tarief: { resultaat: 195.5 }, volume: 10 },
        // 7: unknown leveringsvorm (WLZ-OFF-003)
        { prestatie: "Iets anders", leveringsvorm: "ZZZ", nzaZorg: 100, nzaNhc: 0, nzaNic: 0, tariefpercentage: 0.96, tarief: 96, volume: 1, omzet: 96 },
        // 8: initial volume for MEERZORG, for which CZ 2021 gives no percentage (WLZ-VOL-002)
        { prestatie: "Meerzorg", leveringsvorm: "MEERZORG", nzaZorg: 50, nzaNhc: 0, nzaNic: 0, volume: 10, herschikt: 10, initieel: 9 },
      ],
    });
    const crisis = new Voorbeeldblad("Crisis");
    crisistabel(crisis, "A1", "Offerte!$B$1", [
      { prestatie: "Z110", bedden: 2, bezet: 600, onbezet: 200 }, // WLZ-CRI-001: 800 > 730
      { prestatie: "Z490", bedden: 1, bezet: 100, onbezet: 200, vergoedeDagen: 300 }, // WLZ-CRI-002: must be 200
      { prestatie: "Z999", bedden: 1, bezet: 300, onbezet: 10 }, // WLZ-CRI-003
    ]);
    await schrijf("fouten-cz-vv-2021.xlsx", [o, crisis]);
  }

  // 6. Structure: no Regelset (WLZ-OFF-001) and a missing column (WLZ-OFF-002).
  {
    const b = new Voorbeeldblad("Blad1");
    b.rij("A1", ["Zorgaanbieder", "Zonder Regelset BV"]);
    b.rij("A3", ["Prestatie", "Leveringsvorm", "NZa zorg", "NZa NHC", "Tariefpercentage", "Tarief", "Volume", "Omzet"]);
    b.rij("A4", ["ZZP VV 4", "ZZP", 150, 20, 0.96, 164, 10, 1640]);
    await schrijf("fouten-structuur.xlsx", [b]);
  }

  // 7. CZ GZ 2026 without the Richttarief (WLZ-OFF-005), an old KvK extract (WLZ-DAT-002), a category that does not fit (WLZ-CAT-001).
  {
    const o = offerteblad({
      regelset: "CZ-GZ-2026",
      kop: {
        Zorgaanbieder: "Stichting Zonder Richttarief",
        Inschrijfdatum: "15-07-2025",
        "Datum KvK-uittreksel": "01-10-2024",
        // A contract elsewhere only since March 2024: "nieuw" under CZ26-K1..K3, not "bestaand" (WLZ-CAT-001)
        Categorie: "bestaand", "Contract met dit zorgkantoor": "nee", "Contract elders van": "01-03-2024", "Eerste declaratie": "01-03-2024",
      },
      rijen: [{ prestatie: "ZZP GZ 5", leveringsvorm: "ZZP", nzaZorg: 260.15, nzaNhc: 24.5, nzaNic: 6.1, volume: 100 }],
    });
    await schrijf("fouten-cz-gz-2026-zonder-richttarief.xlsx", [o]);
  }

  // 8. Layout variations: header block and table on different, renamed sheets, moved, reordered columns, extra sheets.
  {
    const uitleg = toelichting(["Deze werkmap toont dat bladnamen, posities en kolomvolgorde niet uitmaken.", "Het kopblok staat op 'Gegevens', de tabel op 'Prestaties 2021'."]);
    const gegevens = new Voorbeeldblad("Gegevens");
    gegevens.rij("D8", [{ waarde: "regelset:", vet: true }, "cz-vv-2021"]);
    gegevens.rij("D9", [{ waarde: "ZORGAANBIEDER", vet: true }, "Verschoven Zorg"]);
    gegevens.rij("D10", [{ waarde: "Inschrijf datum", vet: true }, "2020-07-31T16:59"]);
    gegevens.rij("D11", [{ waarde: "plan  opslag", vet: true }, "JA"]);
    const tabel = new Voorbeeldblad("Prestaties 2021");
    tabel.rij("C30", ["Opmerking", "Omzet", "Volume", "Tarief", "Tariefpercentage", "NZa NIC", "NZa NHC", "NZa zorg", "Leveringsvorm", "Prestatie"].map((k) => ({ waarde: k, vet: true })));
    const rijen: [string, string, number, number, number][] = [
      ["ZZP VV 4", "ZZP", 150.25, 20.1, 4.95],
      ["VPT VV 5", "vpt ", 180, 0, 0],
    ];
    rijen.forEach(([p, lv, zorg, nhc, nic], i) => {
      const n = 31 + i;
      tabel.rij(`C${n}`, [
        i === 0 ? "met formules" : null,
        f(`=E${n}*F${n}`), 100 + i,
        f(`=WLZ.TARIEF(Gegevens!$E$8,K${n},J${n},I${n},H${n},Gegevens!$D$8:$E$11)`),
        f(`=WLZ.TARIEFPERCENTAGE(Gegevens!$E$8,K${n},Gegevens!$D$8:$E$11)`, { notatie: "0.0%" }),
        nic, nhc, zorg, lv, p,
      ]);
    });
    await schrijf("layout-verschoven.xlsx", [uitleg, gegevens, tabel, new Voorbeeldblad("Leeg")]);
  }

  // 9. An unknown rule set (WLZ-OFF-001) on an otherwise fine sheet.
  {
    const b = new Voorbeeldblad("Offerte");
    b.rij("A1", ["Regelset", "CZ-VV-2099"]);
    b.rij("A3", ["Prestatie", "Leveringsvorm", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet"]);
    b.rij("A4", ["ZZP VV 4", "ZZP", 150, 20, 5, 0.96, 169, 10, 1690]);
    await schrijf("fouten-onbekende-regelset.xlsx", [b]);
  }
  // 10. An offerte as people and scripts make them: a misspelt header (WLZ-OFF-002) over a wrong 99% (WLZ-TAR-001),
  // an empty separator row (WLZ-OFF-008), numbers typed as text (WLZ-OFF-003), an empty tarief (WLZ-OFF-009),
  // formulas saved without a result (computed by the checker: WLZ-TAR-002, WLZ-OMZ-001; or not: WLZ-FRM-002),
  // a label with a colon and a totals row (both fine).
  {
    const b = new Voorbeeldblad("Offerte");
    b.rij("A1", ["Regelset", "CZ-VV-2021"]);
    b.rij("A2", ["Zorgaanbieder", "Zorggroep Onvolledig"]);
    b.rij("A3", ["AGB-code", "73730123"]);
    b.rij("A4", ["Plan opslag:", "ja"]);
    b.rij("A6", ["Prestatiecode", "Leveringsvorm", "Onderdeel", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet"].map((k) => ({ waarde: k, vet: true })));
    const zonder = (formule: string): Invoer => ({ formule, zonderUitkomst: true });
    b.rij("A7", ["ZZP VV 4", "ZZP", "zorg", 150.25, 20.1, 4.95, 0.96, 169.29, 10, 1692.9]);
    b.rij("A8", ["ZZP VV 5", "ZZP", "zorg", 180, 20.1, 4.95, 0.99, 203.25, 10, 2032.5]);
    b.rij("A10", ["VPT VV 4", "VPT", "zorg", 160, 0, 0, 0.96, "€ 153,60", 10, 1536]);
    b.rij("A11", ["VPT VV 5", "VPT", "zorg", 180, 0, 0, 0.96, null, 5, 864]);
    b.rij("A12", ["ZZP VV 6", "ZZP", "zorg", 210.4, 20.1, 4.95, 0.96, zonder("=ROUND(G12*D12+E12+F12,2)+10"), 100, zonder("=H12*I12")]);
    b.rij("A13", ["ZZP VV 7", "ZZP", "zorg", 230, 20.1, 4.95, 0.96, zonder("=ROUND(G13*D13+E13+F13,2)"), "1.000", 245850]);
    b.rij("A14", ["ZZP VV 8", "ZZP", "zorg", 250, 20.1, 4.95, 0.96, zonder("=ROUND(G14*D14+E14+F14,2)"), 20, zonder("=H14*I14+5")]);
    b.rij("A15", ["MPT persoonlijke verzorging", "MPT", "zorg", 55.8, 0, 0, 0.96, zonder("=VLOOKUP(A15,Tarieven!A:B,2,FALSE)"), 100, 5356.8]);
    b.rij("A16", [{ waarde: "Totaal", vet: true }, null, null, null, null, null, null, null, null, zonder("=SUM(J7:J15)")]);
    await schrijf("fouten-onvolledig.xlsx", [b]);
  }

  // 11. A Regelset and a header block, but no prestatie table at all (WLZ-OFF-006).
  {
    const b = new Voorbeeldblad("Offerte");
    b.rij("A1", ["Regelset", "CZ-VV-2021"]);
    b.rij("A2", ["Zorgaanbieder", "Zorggroep Zonder Tabel"]);
    b.rij("A4", ["Onze prestaties staan in de bijlage."]);
    await schrijf("fouten-geen-prestatietabel.xlsx", [b]);
  }
  return gemaakt;
}

const [, script, map] = process.argv;
if (script?.endsWith("maak-voorbeelden.ts")) {
  maakVoorbeelden(map ?? "examples").then(
    (namen) => console.log(`Gemaakt in ${map ?? "examples"}: ${namen.join(", ")}`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
