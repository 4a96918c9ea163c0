/**
 * Nep-Excel voor tests: serveert een Werkmap via een office-js-achtige API. Geen Node-API's,
 * zodat het ook in een browserbundel draait.
 *
 * Volgt office-js waar adapters het fout kunnen doen:
 * - alles wat je opvraagt of schrijft wordt in een wachtrij gezet en pas bij `context.sync()`
 *   uitgevoerd, in volgorde;
 * - een eigenschap lezen voordat hij geladen en gesynchroniseerd is geeft een fout
 *   (code "PropertyNotLoaded"), ook `isNullObject` vóór de sync;
 * - `getItem` van een blad dat niet bestaat faalt bij de sync met "ItemNotFound";
 * - een sync waarvan het antwoord groter is dan `maxAntwoordBytes` (standaard 5 MB, zoals Excel
 *   op het web) faalt met "ResponsePayloadSizeLimitExceeded".
 * Formules worden niet berekend: een geschreven formule krijgt als waarde "" (tenzij anders bekend).
 * Formules worden geserveerd zoals ze in de werkmap staan, met '=' ervoor.
 */
import { formuleTekst } from "../../src/workbook/gedeelde-formule";
import {
  adres,
  bladVerwijzing,
  type Cel,
  type CelWaarde,
  isFout,
  kolomIndex,
  MAX_KOLOMMEN,
  MAX_RIJEN,
  parseAdres,
  trimRijen,
  type Werkblad,
  type Werkmap,
} from "../../src/workbook/snapshot";
import { DAGEN_1904, isDatumNotatie } from "../../src/workbook/notatie";

export interface Schrijfactie {
  blad: string;
  /** Adres zoals Excel het geeft, bv. "Blad1!A1:C3". */
  adres: string;
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
}

export interface SyncVerslag {
  /** Geladen cellen x geladen celeigenschappen (values, formulas, ...) in deze sync. */
  celEigenschappen: number;
  /** Grootte van het antwoord als JSON (bytes, ongeveer wat Excel terugstuurt). */
  bytes: number;
}

export interface NepExcelOpties {
  /** Grootste antwoord per sync; daarboven faalt de sync zoals Excel op het web. */
  maxAntwoordBytes?: number;
  /** Naam van het actieve blad (standaard het eerste). */
  actiefBlad?: string;
}

export class NepOfficeFout extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function nietGeladen(eigenschap: string): NepOfficeFout {
  return new NepOfficeFout(
    "PropertyNotLoaded",
    `The property '${eigenschap}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

type Laadopdracht = string | string[] | { select?: string | string[] } | undefined;

function laadLijst(arg: Laadopdracht, alles: readonly string[]): string[] {
  let lijst: string[];
  if (arg === undefined) lijst = [...alles];
  else if (typeof arg === "string") lijst = arg.split(",");
  else if (Array.isArray(arg)) lijst = arg;
  else lijst = typeof arg.select === "string" ? arg.select.split(",") : (arg.select ?? [...alles]);
  return lijst.map((s) => s.trim()).filter((s) => s !== "");
}

interface Rechthoek {
  r: number;
  c: number;
  rijen: number;
  kolommen: number;
}

/** Basis van elk proxy-object: geladen eigenschappen en de null-object-status na de sync. */
abstract class NepObject {
  protected readonly geladen = new Map<string, unknown>();
  protected opgelost = false;
  protected nul = false;
  constructor(protected readonly ctx: NepContext) {}

  protected lees<T>(eigenschap: string): T {
    if (!this.geladen.has(eigenschap)) throw nietGeladen(eigenschap);
    return this.geladen.get(eigenschap) as T;
  }

  get isNullObject(): boolean {
    if (!this.opgelost) throw nietGeladen("isNullObject");
    return this.nul;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.geladen);
  }
}

export class NepContext {
  readonly workbook: NepWorkbook;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  /** Aantal syncs (ook de afsluitende sync van Excel.run). */
  syncs = 0;
  readonly syncVerslagen: SyncVerslag[] = [];
  readonly schrijfacties: Schrijfactie[] = [];
  geselecteerd: string | undefined;
  actiefBlad: string;
  /** Frozen rows per sheet (freezePanes.freezeRows). */
  readonly bevroren = new Map<string, number>();
  private wachtrij: (() => void)[] = [];
  private verslag: SyncVerslag = { celEigenschappen: 0, bytes: 0 };

  constructor(
    readonly werkmap: Werkmap,
    private readonly opties: NepExcelOpties,
  ) {
    this.workbook = new NepWorkbook(this);
    this.actiefBlad = opties.actiefBlad ?? werkmap.bladen[0]?.naam ?? "";
  }

  /** Voor proxy's: een opdracht die bij de volgende sync wordt uitgevoerd. */
  zetInWachtrij(opdracht: () => void): void {
    this.wachtrij.push(opdracht);
  }

  heeftWachtrij(): boolean {
    return this.wachtrij.length > 0;
  }

  /** Voor proxy's: boekt geladen celgegevens op het verslag van deze sync. */
  boekAntwoord(eigenschappen: number, data: unknown): void {
    this.verslag.celEigenschappen += eigenschappen;
    this.verslag.bytes += JSON.stringify(data).length;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const opdrachten = this.wachtrij;
    this.wachtrij = [];
    this.verslag = { celEigenschappen: 0, bytes: 0 };
    try {
      for (const o of opdrachten) o();
    } finally {
      this.syncVerslagen.push(this.verslag);
    }
    const max = this.opties.maxAntwoordBytes ?? 5 * 1024 * 1024;
    if (this.verslag.bytes > max) {
      throw new NepOfficeFout("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }

  blad(naam: string): Werkblad | undefined {
    return this.werkmap.bladen.find((b) => b.naam.toLowerCase() === naam.toLowerCase());
  }
}

export class NepWorkbook {
  readonly worksheets: NepWorksheetCollection;
  readonly application = Object.seal({
    calculationMode: "Automatic",
    suspendApiCalculationUntilNextSync: () => undefined,
    suspendScreenUpdatingUntilNextSync: () => undefined,
    calculate: (_type?: string) => undefined,
  });
  /** workbook.functions (ExcelApi 1.2): only DATE, which the reader asks to learn the date system. */
  readonly functions = {
    date: (jaar: number, maand: number, dag: number) => {
      const uitkomst = { value: undefined as number | undefined, error: null, load: (_e?: string) => uitkomst };
      this.ctx.zetInWachtrij(() => {
        const serie1900 = (Date.UTC(jaar, maand - 1, dag) - Date.UTC(1899, 11, 30)) / 86_400_000;
        uitkomst.value = this.ctx.werkmap.datumstelsel === 1904 ? serie1900 - DAGEN_1904 : serie1900;
      });
      return uitkomst;
    },
  };
  constructor(private readonly ctx: NepContext) {
    this.worksheets = new NepWorksheetCollection(ctx);
  }

  /** Het laatst geselecteerde bereik (of A1 van het actieve blad). */
  getSelectedRange(): NepRange {
    const ctx = this.ctx;
    let keuze: { blad: string; rh: Rechthoek } | undefined;
    const kies = () => (keuze ??= huidigeSelectie(ctx));
    return new NepRange(ctx, () => kies().blad, () => kies().rh, false);
  }

  getActiveCell(): NepRange {
    const ctx = this.ctx;
    let keuze: { blad: string; rh: Rechthoek } | undefined;
    const kies = () => (keuze ??= huidigeSelectie(ctx));
    return new NepRange(ctx, () => kies().blad, () => ({ ...kies().rh, rijen: 1, kolommen: 1 }), false);
  }
}

function huidigeSelectie(ctx: NepContext): { blad: string; rh: Rechthoek } {
  const sel = ctx.geselecteerd;
  if (!sel) return { blad: ctx.actiefBlad, rh: { r: 0, c: 0, rijen: 1, kolommen: 1 } };
  const i = sel.lastIndexOf("!");
  const blad = sel.slice(0, i).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { blad, rh: leesBereik(sel.slice(i + 1)) };
}

const BLAD_EIGENSCHAPPEN = ["name", "id", "position", "visibility"] as const;

export class NepWorksheetCollection extends NepObject {
  constructor(ctx: NepContext) {
    super(ctx);
    this.opgelost = true;
  }

  get items(): NepWorksheet[] {
    return this.lees("items");
  }

  load(arg?: Laadopdracht): this {
    const props = laadLijst(arg, ["items"]).map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    this.ctx.zetInWachtrij(() => {
      const items = this.ctx.werkmap.bladen.map((b) => {
        const ws = new NepWorksheet(this.ctx, () => b.naam, false, false);
        ws.losOp();
        ws.vulIn(props.length > 0 ? props : [...BLAD_EIGENSCHAPPEN]);
        return ws;
      });
      this.geladen.set("items", items);
    });
    return this;
  }

  getItem(naam: string): NepWorksheet {
    return new NepWorksheet(this.ctx, () => naam, false);
  }

  getActiveWorksheet(): NepWorksheet {
    return new NepWorksheet(this.ctx, () => this.ctx.actiefBlad, false);
  }

  getItemOrNullObject(naam: string): NepWorksheet {
    return new NepWorksheet(this.ctx, () => naam, true);
  }

  add(naam?: string): NepWorksheet {
    const gekozen = naam ?? `Blad${this.ctx.werkmap.bladen.length + 1}`;
    this.ctx.zetInWachtrij(() => {
      if (this.ctx.blad(gekozen)) throw new NepOfficeFout("ItemAlreadyExists", `Er bestaat al een blad met de naam ${gekozen}.`);
      this.ctx.werkmap.bladen.push({ naam: gekozen, rijen: [] });
    });
    return new NepWorksheet(this.ctx, () => gekozen, false);
  }
}

export class NepWorksheet extends NepObject {
  private vasteNaam: string | undefined;
  constructor(
    ctx: NepContext,
    private readonly naamVan: () => string,
    private readonly ofNull: boolean,
    inWachtrij = true,
  ) {
    super(ctx);
    if (inWachtrij) ctx.zetInWachtrij(() => this.losOp());
  }

  /** De naam ligt vast bij de eerste sync (het actieve blad van toen, niet van later). */
  private naam(): string {
    return (this.vasteNaam ??= this.naamVan());
  }

  /** Zoekt het blad op; bestaat het niet, dan null-object of ItemNotFound. */
  losOp(): Werkblad | undefined {
    const b = this.ctx.blad(this.naam());
    this.opgelost = true;
    this.nul = !b;
    if (!b && !this.ofNull) throw new NepOfficeFout("ItemNotFound", `Het blad ${this.naam()} bestaat niet.`);
    return b;
  }

  vulIn(props: string[]): void {
    const b = this.losOp();
    if (!b) return;
    for (const p of props) {
      if (p === "name") this.geladen.set("name", b.naam);
      else if (p === "id") this.geladen.set("id", `{${b.naam}}`);
      else if (p === "position") this.geladen.set("position", this.ctx.werkmap.bladen.indexOf(b));
      else if (p === "visibility") this.geladen.set("visibility", "Visible");
      else throw new NepOfficeFout("InvalidArgument", `Onbekende eigenschap van Worksheet: ${p}`);
    }
  }

  get name(): string {
    return this.lees("name");
  }
  get id(): string {
    return this.lees("id");
  }
  get position(): number {
    return this.lees("position");
  }

  load(arg?: Laadopdracht): this {
    const props = laadLijst(arg, BLAD_EIGENSCHAPPEN);
    this.ctx.zetInWachtrij(() => this.vulIn(props));
    return this;
  }

  activate(): void {
    this.ctx.zetInWachtrij(() => {
      const b = this.losOp();
      if (b) this.ctx.actiefBlad = b.naam;
    });
  }

  /** ExcelApi 1.7: only the number of frozen rows is kept (ctx.bevroren per sheet). */
  readonly freezePanes = {
    freezeRows: (n = 1) => {
      this.ctx.zetInWachtrij(() => {
        const b = this.losOp();
        if (b) this.ctx.bevroren.set(b.naam, n);
      });
    },
  };

  /** ExcelApi 1.9: a multi-area range ("B8, G8:H8"); select() makes it the selection, nothing else. */
  getRanges(adressen: string): { select(): void; address: string } {
    const delen = adressen.split(/[,;]/).map((a) => a.trim()).filter(Boolean);
    for (const d of delen) leesBereik(d);
    return {
      address: delen.join(","),
      select: () =>
        this.ctx.zetInWachtrij(() => {
          const b = this.losOp();
          if (b) {
            this.ctx.geselecteerd = delen.map((d) => `${bereikAdres(b.naam, leesBereik(d))}`).join(",");
            this.ctx.actiefBlad = b.naam;
          }
        }),
    };
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): NepRange {
    return new NepRange(this.ctx, () => this.naam(), (b) => gebruiktBereik(b, valuesOnly === true), true);
  }

  getUsedRange(valuesOnly?: boolean): NepRange {
    return new NepRange(this.ctx, () => this.naam(), (b) => gebruiktBereik(b, valuesOnly === true) ?? { r: 0, c: 0, rijen: 1, kolommen: 1 }, false);
  }

  getRange(adresTekst?: string): NepRange {
    const rh = adresTekst === undefined ? { r: 0, c: 0, rijen: MAX_RIJEN, kolommen: MAX_KOLOMMEN } : leesBereik(adresTekst);
    return new NepRange(this.ctx, () => this.naam(), () => rh, false);
  }

  getRangeByIndexes(startRij: number, startKolom: number, rijen: number, kolommen: number): NepRange {
    const rh = { r: startRij, c: startKolom, rijen, kolommen };
    controleerRechthoek(rh);
    return new NepRange(this.ctx, () => this.naam(), () => rh, false);
  }

  getCell(rij: number, kolom: number): NepRange {
    return this.getRangeByIndexes(rij, kolom, 1, 1);
  }
}

function controleerRechthoek(rh: Rechthoek): void {
  const ok =
    [rh.r, rh.c, rh.rijen, rh.kolommen].every((n) => Number.isInteger(n)) &&
    rh.r >= 0 && rh.c >= 0 && rh.rijen >= 1 && rh.kolommen >= 1 &&
    rh.r + rh.rijen <= MAX_RIJEN && rh.c + rh.kolommen <= MAX_KOLOMMEN;
  if (!ok) throw new NepOfficeFout("InvalidArgument", `Ongeldig bereik: ${JSON.stringify(rh)}`);
}

/** "A1", "A1:C3", "A:C", "2:5" (zonder bladnaam) -> rechthoek. */
function leesBereik(tekst: string): Rechthoek {
  const [van, tot = van] = tekst.replace(/\$/g, "").split(":");
  if (/^[A-Za-z]{1,3}$/.test(van) && /^[A-Za-z]{1,3}$/.test(tot)) {
    const c1 = kolomIndex(van);
    const c2 = kolomIndex(tot);
    return { r: 0, c: Math.min(c1, c2), rijen: MAX_RIJEN, kolommen: Math.abs(c2 - c1) + 1 };
  }
  if (/^\d+$/.test(van) && /^\d+$/.test(tot)) {
    const r1 = Number(van) - 1;
    const r2 = Number(tot) - 1;
    return { r: Math.min(r1, r2), c: 0, rijen: Math.abs(r2 - r1) + 1, kolommen: MAX_KOLOMMEN };
  }
  try {
    const a = parseAdres(van);
    const b = parseAdres(tot);
    return { r: Math.min(a.r, b.r), c: Math.min(a.c, b.c), rijen: Math.abs(b.r - a.r) + 1, kolommen: Math.abs(b.c - a.c) + 1 };
  } catch {
    throw new NepOfficeFout("InvalidArgument", `Ongeldig adres: ${tekst}`);
  }
}

function heeftInhoud(c: Cel | null | undefined): boolean {
  if (!c) return false;
  if (c.formule) return true;
  return c.waarde !== null && c.waarde !== "";
}

function gebruiktBereik(b: Werkblad, alleenWaarden: boolean): Rechthoek | undefined {
  let r1 = Infinity, r2 = -1, c1 = Infinity, c2 = -1;
  b.rijen.forEach((rij, r) =>
    rij?.forEach((cel, c) => {
      if (heeftInhoud(cel) || (!alleenWaarden && cel?.notatie)) {
        r1 = Math.min(r1, r);
        r2 = Math.max(r2, r);
        c1 = Math.min(c1, c);
        c2 = Math.max(c2, c);
      }
    }),
  );
  return r2 < 0 ? undefined : { r: r1, c: c1, rijen: r2 - r1 + 1, kolommen: c2 - c1 + 1 };
}

export function bereikAdres(blad: string, rh: Rechthoek): string {
  const links = adres(rh.r, rh.c);
  const enkel = rh.rijen === 1 && rh.kolommen === 1;
  return `${bladVerwijzing(blad)}!${enkel ? links : `${links}:${adres(rh.r + rh.rijen - 1, rh.c + rh.kolommen - 1)}`}`;
}

function excelWaarde(c: Cel | null | undefined): CelWaarde | "" {
  if (!c || c.waarde === null) return "";
  return isFout(c.waarde) ? c.waarde.fout : c.waarde;
}

function waardeType(w: CelWaarde | ""): string {
  if (w === "" || w === null) return "Empty";
  if (typeof w === "number") return "Double";
  if (typeof w === "boolean") return "Boolean";
  if (typeof w === "string") return /^#/.test(w) && w.length < 16 ? "Error" : "String";
  return "Error";
}

const CEL_EIGENSCHAPPEN = ["values", "formulas", "numberFormat", "text", "valueTypes"] as const;
const RANGE_EIGENSCHAPPEN = ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "cellCount", ...CEL_EIGENSCHAPPEN] as const;

/** Opmaakstub: vaste velden en methoden; een onbekend veld zetten is een TypeError (object is verzegeld). */
function maakStub<T extends object>(velden: Record<string, unknown>, methoden: string[] = [], kinderen: Record<string, object> = {}): T {
  const o: Record<string, unknown> = { ...velden, ...kinderen };
  for (const m of methoden) o[m] = () => undefined;
  return Object.seal(o) as T;
}

export interface NepOpmaak {
  columnWidth: number;
  rowHeight: number;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  autofitColumns(): void;
  autofitRows(): void;
  font: { bold: boolean; italic: boolean; color: string; size: number; name: string; underline: string };
  fill: { color: string; clear(): void };
  borders: { getItem(index: string): unknown };
  protection: { locked: boolean };
}

export interface NepValidatie {
  rule: unknown;
  errorAlert: unknown;
  prompt: unknown;
  ignoreBlanks: boolean;
  clear(): void;
}

export class NepRange extends NepObject {
  private rechthoek: Rechthoek | undefined;
  readonly format = maakStub<NepOpmaak>(
    { columnWidth: 0, rowHeight: 0, horizontalAlignment: "General", verticalAlignment: "Bottom", wrapText: false },
    ["autofitColumns", "autofitRows"],
    {
      font: maakStub({ bold: false, italic: false, color: "#000000", size: 11, name: "Aptos Narrow", underline: "None" }),
      fill: maakStub({ color: "#FFFFFF" }, ["clear"]),
      borders: Object.seal({ getItem: () => maakStub({ style: "None", color: "#000000", weight: "Thin" }) }),
      protection: maakStub({ locked: true }),
    },
  );
  readonly dataValidation = maakStub<NepValidatie>({ rule: undefined, errorAlert: undefined, prompt: undefined, ignoreBlanks: true }, ["clear"]);
  readonly conditionalFormats = maakStub<{ add(type: string): unknown; clearAll(): void }>({}, ["add", "clearAll"]);

  constructor(
    ctx: NepContext,
    private readonly bladNaam: () => string,
    private readonly bepaal: (b: Werkblad) => Rechthoek | undefined,
    private readonly ofNull: boolean,
  ) {
    super(ctx);
    ctx.zetInWachtrij(() => this.losOp());
  }

  private losOp(): { blad: Werkblad; rh: Rechthoek } | undefined {
    const blad = this.ctx.blad(this.bladNaam());
    if (!blad) throw new NepOfficeFout("ItemNotFound", `Het blad ${this.bladNaam()} bestaat niet.`);
    if (!this.rechthoek) this.rechthoek = this.bepaal(blad);
    this.opgelost = true;
    this.nul = !this.rechthoek;
    if (!this.rechthoek) {
      if (this.ofNull) return undefined;
      throw new NepOfficeFout("ItemNotFound", "Het bereik bestaat niet.");
    }
    return { blad, rh: this.rechthoek };
  }

  load(arg?: Laadopdracht): this {
    const props = laadLijst(arg, RANGE_EIGENSCHAPPEN);
    for (const p of props) {
      if (!(RANGE_EIGENSCHAPPEN as readonly string[]).includes(p)) {
        throw new NepOfficeFout("InvalidArgument", `Onbekende eigenschap van Range: ${p}`);
      }
    }
    this.ctx.zetInWachtrij(() => {
      const los = this.losOp();
      if (!los) return;
      const { blad, rh } = los;
      const celProps = props.filter((p) => (CEL_EIGENSCHAPPEN as readonly string[]).includes(p));
      if (celProps.length > 0 && rh.rijen * rh.kolommen > 5_000_000) {
        throw new NepOfficeFout("ResponsePayloadSizeLimitExceeded", "Meer dan 5.000.000 cellen in één keer gelezen.");
      }
      for (const p of props) {
        const w = this.bereken(p, blad, rh);
        this.geladen.set(p, w);
        if ((CEL_EIGENSCHAPPEN as readonly string[]).includes(p)) this.ctx.boekAntwoord(rh.rijen * rh.kolommen, w);
      }
    });
    return this;
  }

  private bereken(p: string, blad: Werkblad, rh: Rechthoek): unknown {
    switch (p) {
      case "address":
        return bereikAdres(blad.naam, rh);
      case "rowCount":
        return rh.rijen;
      case "columnCount":
        return rh.kolommen;
      case "rowIndex":
        return rh.r;
      case "columnIndex":
        return rh.c;
      case "cellCount":
        return rh.rijen * rh.kolommen;
    }
    const raster: unknown[][] = [];
    for (let i = 0; i < rh.rijen; i++) {
      const rij = blad.rijen[rh.r + i];
      const uit: unknown[] = new Array(rh.kolommen);
      for (let j = 0; j < rh.kolommen; j++) {
        const c = rij?.[rh.c + j];
        let w = excelWaarde(c);
        // a 1904 workbook (snapshot datumstelsel 1904): Excel hands out its dates as 1904 serials
        if (this.ctx.werkmap.datumstelsel === 1904 && typeof w === "number" && isDatumNotatie(c?.notatie)) w -= DAGEN_1904;
        if (p === "values") uit[j] = w;
        else if (p === "formulas") uit[j] = c?.formule ? `=${formuleTekst(c.formule, rh.r + i, rh.c + j)}` : w;
        else if (p === "numberFormat") uit[j] = c?.notatie ?? "General";
        else if (p === "text") uit[j] = typeof w === "boolean" ? (w ? "TRUE" : "FALSE") : String(w);
        else uit[j] = waardeType(w);
      }
      raster.push(uit);
    }
    return raster;
  }

  get address(): string {
    return this.lees("address");
  }
  get rowCount(): number {
    return this.lees("rowCount");
  }
  get columnCount(): number {
    return this.lees("columnCount");
  }
  get rowIndex(): number {
    return this.lees("rowIndex");
  }
  get columnIndex(): number {
    return this.lees("columnIndex");
  }
  get cellCount(): number {
    return this.lees("cellCount");
  }
  get text(): string[][] {
    return this.lees("text");
  }
  get valueTypes(): string[][] {
    return this.lees("valueTypes");
  }
  get values(): unknown[][] {
    return this.lees("values");
  }
  set values(v: unknown[][]) {
    this.schrijf("values", v);
  }
  get formulas(): unknown[][] {
    return this.lees("formulas");
  }
  set formulas(v: unknown[][]) {
    this.schrijf("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.lees("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.schrijf("numberFormat", v);
  }

  select(): void {
    this.ctx.zetInWachtrij(() => {
      const los = this.losOp();
      if (los) {
        this.ctx.geselecteerd = bereikAdres(los.blad.naam, los.rh);
        this.ctx.actiefBlad = los.blad.naam;
      }
    });
  }

  getCell(rij: number, kolom: number): NepRange {
    return new NepRange(this.ctx, this.bladNaam, (b) => {
      const rh = this.rechthoek ?? this.bepaal(b);
      return rh && { r: rh.r + rij, c: rh.c + kolom, rijen: 1, kolommen: 1 };
    }, false);
  }

  clear(): void {
    this.ctx.zetInWachtrij(() => {
      const los = this.losOp();
      if (!los) return;
      const { blad, rh } = los;
      for (let i = 0; i < rh.rijen; i++) for (let j = 0; j < rh.kolommen; j++) zetCel(blad, rh.r + i, rh.c + j, undefined);
      blad.rijen = trimRijen(blad.rijen);
    });
  }

  private schrijf(soort: "values" | "formulas" | "numberFormat", v: unknown[][]): void {
    const kopie = Array.isArray(v) ? v.map((rij) => (Array.isArray(rij) ? [...rij] : rij)) : v;
    this.ctx.zetInWachtrij(() => {
      const los = this.losOp();
      if (!los) throw new NepOfficeFout("InvalidOperation", "Schrijven naar een null-object.");
      const { blad, rh } = los;
      const raster = verbreed(kopie, rh);
      for (let i = 0; i < rh.rijen; i++) {
        for (let j = 0; j < rh.kolommen; j++) {
          const r = rh.r + i;
          const c = rh.c + j;
          const oud = blad.rijen[r]?.[c] ?? undefined;
          const w = raster[i][j];
          if (soort === "numberFormat") {
            const notatie = String(w);
            const nieuw: Cel = { ...(oud ?? { waarde: null }) };
            if (notatie === "General") delete nieuw.notatie;
            else nieuw.notatie = notatie;
            zetCel(blad, r, c, nieuw.waarde === null && !nieuw.formule && !nieuw.notatie ? undefined : nieuw);
          } else {
            zetCel(blad, r, c, naarCel(w, oud?.notatie));
          }
        }
      }
      blad.rijen = trimRijen(blad.rijen);
      this.ctx.schrijfacties.push({ blad: blad.naam, adres: bereikAdres(blad.naam, rh), [soort]: raster });
    });
  }
}

/** Een enkele waarde geldt voor het hele bereik (zoals in Excel); anders moet de vorm kloppen. */
function verbreed(v: unknown, rh: Rechthoek): unknown[][] {
  if (!Array.isArray(v)) return Array.from({ length: rh.rijen }, () => new Array(rh.kolommen).fill(v));
  const ok = v.length === rh.rijen && v.every((rij) => Array.isArray(rij) && rij.length === rh.kolommen);
  if (!ok) {
    throw new NepOfficeFout(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rh.rijen}x${rh.kolommen}).`,
    );
  }
  return v as unknown[][];
}

function naarCel(w: unknown, notatie: string | undefined): Cel | undefined {
  let cel: Cel | undefined;
  if (typeof w === "string" && w.startsWith("=") && w.length > 1) cel = { waarde: "", formule: w.slice(1) };
  else if (typeof w === "string" && w !== "" && w.trim() !== "" && Number.isFinite(Number(w))) cel = { waarde: Number(w) };
  else if (typeof w === "string") cel = w === "" ? undefined : { waarde: w };
  else if (typeof w === "number" || typeof w === "boolean") cel = { waarde: w };
  else if (w === null || w === undefined) cel = undefined;
  else throw new NepOfficeFout("InvalidArgument", `Ongeldige celwaarde: ${String(w)}`);
  if (notatie) cel = { ...(cel ?? { waarde: null }), notatie };
  return cel;
}

function zetCel(blad: Werkblad, r: number, c: number, cel: Cel | undefined): void {
  // the snapshot is sparse: a missing row is a hole, a missing cell too
  let rij = blad.rijen[r];
  if (!rij) {
    if (cel === undefined) return;
    rij = blad.rijen[r] = [];
  }
  if (cel === undefined) delete rij[c];
  else rij[c] = cel;
}

export interface NepExcel {
  /** Excel-achtig object: `Excel.run(async (context) => ...)`. */
  Excel: {
    run<T>(batch: (context: NepContext) => Promise<T>): Promise<T>;
    ErrorCodes: Record<string, string>;
  };
  context: NepContext;
  /** De werkmap zelf (schrijfacties werken hem bij). */
  werkmap: Werkmap;
  /** Aantal syncs tot nu toe. */
  readonly syncs: number;
  /** Laatst geselecteerd bereik, bv. "Offerte!C12". */
  readonly geselecteerd: string | undefined;
  readonly schrijfacties: Schrijfactie[];
  readonly syncVerslagen: SyncVerslag[];
  readonly actiefBlad: string;
}

/** Nep-Excel dat de gegeven werkmap serveert (die wordt niet gekopieerd: schrijfacties passen hem aan). */
export function maakNepExcel(werkmap: Werkmap, opties: NepExcelOpties = {}): NepExcel {
  const context = new NepContext(werkmap, opties);
  return {
    Excel: {
      async run<T>(batch: (context: NepContext) => Promise<T>): Promise<T> {
        const uitkomst = await batch(context);
        // Excel.run stuurt wat nog in de wachtrij staat met een laatste sync
        if (context.heeftWachtrij()) await context.sync();
        return uitkomst;
      },
      ErrorCodes: {
        itemNotFound: "ItemNotFound",
        invalidArgument: "InvalidArgument",
        responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      },
    },
    context,
    werkmap,
    get syncs() {
      return context.syncs;
    },
    get geselecteerd() {
      return context.geselecteerd;
    },
    get schrijfacties() {
      return context.schrijfacties;
    },
    get syncVerslagen() {
      return context.syncVerslagen;
    },
    get actiefBlad() {
      return context.actiefBlad;
    },
  };
}
