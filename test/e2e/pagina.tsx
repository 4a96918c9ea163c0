/**
 * De nep-Office voor de e2e, in plaats van office.js van de CDN: zet een nep-Excel (met een
 * voorbeeldwerkmap die bij het bouwen is ingelezen) neer als `window.Excel`, `window.Office` en
 * `window.CustomFunctions`. Daarna laadt de pagina (de echte dist/taskpane.html) de GEBOUWDE
 * functions.js, taskpane.js en commands.js, met de echte office-js-host en App.
 *
 * Query parameters choose the state: `werkmap=fouten|schoon|onbekend|groot` (groot: a generated clean offerte of
 * GROOT_RIJEN rows, read in several syncs), `office=nooit` (Office.onReady never fires) with `wachttijd=<ms>`.
 */
import { kolomLetters, maakWerkmap, type Cel, type Werkmap } from "../../src/workbook/snapshot";
import { maakTestExcel } from "../taskpane/nep-office";

declare const __VOORBEELD_WERKMAPPEN__: Record<string, Werkmap>;

/** Rows of the generated large offerte: enough for several data syncs of the office-js reader. */
const GROOT_RIJEN = 40_000;

function groteWerkmap(): Werkmap {
  const kop = ["Prestatie", "Leveringsvorm", "Onderdeel", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet"];
  // CZ-VV-2021 with Plan opslag: 96% x 200 + 100% x (20 + 10) = 222; 100 x 222 = 22.200
  const rij = ["ZZP 5VV", "ZZP", "zorg", 200, 20, 10, 0.96, 222, 100, 22200];
  return maakWerkmap({
    Offerte: [["Regelset", "CZ-VV-2021"], ["Zorgaanbieder", "Grote Zorg BV"], ["Plan opslag", "ja"], [], kop, ...Array.from({ length: GROOT_RIJEN }, () => rij)],
  });
}

const zoek = new URLSearchParams(location.search);
const keuze = zoek.get("werkmap") ?? "fouten";
const werkmap = keuze === "groot" ? groteWerkmap() : __VOORBEELD_WERKMAPPEN__[keuze];
if (!werkmap) throw new Error(`Onbekende werkmap in de testpagina: ${keuze}`);

const excel = maakTestExcel(werkmap);
const info = { host: "Excel", platform: "OfficeOnline" };
const venster = window as unknown as Record<string, unknown>;
const geopend: string[] = [];
venster.Excel = excel.nep.Excel;
venster.Office = {
  HostType: { Excel: "Excel" },
  context: {
    // A current Excel: every requirement set up to ExcelApi 1.20 (the pane tests ExcelApi 1.9 at run time).
    requirements: { isSetSupported: (set: string, versie?: string) => set !== "ExcelApi" || Number(String(versie ?? "1.1").split(".")[1]) <= 20 },
    // OpenBrowserWindowApi: the help links go through Office; the runner reads what was opened.
    ui: { openBrowserWindow: (url: string) => void geopend.push(url) },
  },
  onReady(terug?: (i: typeof info) => void) {
    if (zoek.get("office") === "nooit") return new Promise(() => undefined);
    terug?.(info);
    return Promise.resolve(info);
  },
};
const wachttijd = zoek.get("wachttijd");
if (wachttijd) {
  // This script runs in the head, where office.js stands, before #root exists; the deferred scripts
  // (taskpane.js) run after parsing, just after readyState becomes "interactive".
  const zet = () => (document.getElementById("root")!.dataset.officeWachttijd = wachttijd);
  if (document.getElementById("root")) zet();
  else document.addEventListener("readystatechange", zet, { once: true });
}

// A gate on context.sync: the runner holds the reader after a number of syncs to see the progress bar, then lets go.
const context = excel.nep.context;
const echteSync = context.sync.bind(context);
let houdBij = Infinity;
let laatLos: (() => void) | undefined;
context.sync = async () => {
  if (context.syncs >= houdBij) {
    venster.__syncVastgehouden = true;
    await new Promise<void>((r) => (laatLos = r));
  }
  return echteSync();
};

/** The text Excel would show in a cell: the formula where there is one (the fake computes none). */
function celTekst(c: Cel | undefined): string {
  if (!c) return "";
  if (c.formule) return `=${c.formule}`;
  const w = c.waarde;
  if (w === null) return "";
  if (typeof w === "object") return w.fout;
  if (typeof w === "boolean") return w ? "WAAR" : "ONWAAR";
  return typeof w === "number" ? String(w).replace(".", ",") : w;
}

/** Renders a sheet of the fake Excel as an HTML table (text only, never HTML), above the pane, for a screenshot. */
function toonBlad(naam: string): number {
  document.getElementById("blad-weergave")?.remove();
  const blad = excel.nep.werkmap.bladen.find((b) => b.naam === naam);
  if (!blad) throw new Error(`Geen werkblad ${naam} in de nep-Excel`);
  // Rows and cells are sparse arrays: count with a plain loop (map keeps the holes).
  let breedte = 0;
  for (let r = 0; r < blad.rijen.length; r++) breedte = Math.max(breedte, blad.rijen[r]?.length ?? 0);
  const sectie = document.createElement("section");
  sectie.id = "blad-weergave";
  sectie.setAttribute("aria-label", `Werkblad ${naam}`);
  sectie.style.cssText = "position:absolute;top:0;left:0;z-index:10;background:#fff;padding:8px;font:12px 'Segoe UI',sans-serif";
  const kop = document.createElement("h2");
  kop.textContent = `Werkblad "${naam}" zoals het taakvenster het schreef`;
  kop.style.cssText = "font-size:14px;margin:0 0 6px";
  const tabel = document.createElement("table");
  tabel.style.cssText = "border-collapse:collapse";
  const cel = (tekst: string, kopcel = false) => {
    const td = document.createElement(kopcel ? "th" : "td");
    td.textContent = tekst;
    td.style.cssText = `border:1px solid #d4d4d4;padding:2px 6px;white-space:nowrap;max-width:420px;overflow:hidden;text-overflow:ellipsis;${kopcel ? "background:#f3f3f3;color:#555;font-weight:normal" : ""}`;
    return td;
  };
  const letters = document.createElement("tr");
  letters.append(cel("", true), ...Array.from({ length: breedte }, (_, c) => cel(kolomLetters(c), true)));
  tabel.append(letters);
  for (let r = 0; r < blad.rijen.length; r++) {
    const rij = blad.rijen[r];
    const tr = document.createElement("tr");
    tr.append(cel(String(r + 1), true), ...Array.from({ length: breedte }, (_, c) => cel(celTekst(rij?.[c]))));
    tabel.append(tr);
  }
  sectie.append(kop, tabel);
  document.body.append(sectie);
  return blad.rijen.length;
}

// Wat functions.js registreert (CustomFunctions.associate), voor de e2e-runner.
const geregistreerd: string[] = [];
venster.CustomFunctions = {
  associate(id: string) {
    geregistreerd.push(id);
  },
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
};
venster.__geregistreerd = geregistreerd;
// Voor de e2e-runner: de staat van de nep-Excel bekijken en een selectie maken zoals een gebruiker.
venster.__nepExcel = excel.nep;
venster.__selecteerInExcel = excel.selecteerInExcel;
venster.__geopend = geopend;
venster.__grootRijen = GROOT_RIJEN;
venster.__toonBlad = toonBlad;
venster.__verbergBlad = () => document.getElementById("blad-weergave")?.remove();
venster.__houdSyncVast = (na: number) => {
  houdBij = context.syncs + na;
};
venster.__laatSyncLos = () => {
  houdBij = Infinity;
  laatLos?.();
};

