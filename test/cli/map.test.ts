/**
 * A controller's folder tree through every output format (issue 14): nested folders, spaces and
 * non-ASCII names, Excel lock files, hidden files, an unreadable file, a file in another spreadsheet
 * format, and clean files. Everything is written under a temporary folder.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verzamelBestanden } from "../../src/cli/paden";
import { kleurAan } from "../../src/cli/uitvoer";
import { run } from "./hulp";
import { maakWerkmap } from "../../src/workbook/snapshot";
import { goedeRij, offerteBlad } from "../checker/hulp";

const VB = join(__dirname, "..", "..", "examples");
const tmp = mkdtempSync(join(tmpdir(), "wlz-map-"));
const root = join(tmp, "offertes 2021");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NOORD = join(root, "Regio Noord");
const ZUID = join(root, "Regio Zuid");
/** The files a run over `root` must report, in the order it must report them. */
const VERWACHT = [
  [join(NOORD, "sub map", "fouten cz.xlsx"), "gecontroleerd"],
  [join(NOORD, "Zorghuis Één.xlsx"), "gecontroleerd"],
  [join(ZUID, "dsw.xlsm"), "gecontroleerd"],
  [join(ZUID, "kapot.xlsx"), "onleesbaar"],
  [join(ZUID, "oud.xls"), "onleesbaar"],
] as const;

beforeAll(() => {
  mkdirSync(join(NOORD, "sub map"), { recursive: true });
  mkdirSync(join(ZUID, ".git"), { recursive: true });
  mkdirSync(join(root, ".verborgen"), { recursive: true });
  copyFileSync(join(VB, "fouten-cz-vv-2021.xlsx"), join(NOORD, "sub map", "fouten cz.xlsx"));
  copyFileSync(join(VB, "offerte-cz-vv-2021.xlsx"), join(NOORD, "Zorghuis Één.xlsx"));
  copyFileSync(join(VB, "offerte-dsw-vv-2024.xlsx"), join(ZUID, "dsw.xlsm"));
  // skipped: Excel's lock file, hidden files and folders, files that are no spreadsheet
  writeFileSync(join(NOORD, "~$Zorghuis Één.xlsx"), "lock");
  copyFileSync(join(VB, "fouten-cz-vv-2021.xlsx"), join(root, ".verborgen", "geheim.xlsx"));
  copyFileSync(join(VB, "fouten-cz-vv-2021.xlsx"), join(ZUID, ".stiekem.xlsx"));
  copyFileSync(join(VB, "fouten-cz-vv-2021.xlsx"), join(ZUID, ".git", "x.xlsx"));
  writeFileSync(join(ZUID, "notities.txt"), "niet controleren");
  // reported: an unreadable workbook and an old .xls
  writeFileSync(join(ZUID, "kapot.xlsx"), "dit is geen zip");
  writeFileSync(join(ZUID, "oud.xls"), "oud formaat");
});

describe("paths", () => {
  it("a folder: recursive, stable order, lock and hidden files skipped, other formats reported", async () => {
    const lijst = await verzamelBestanden([root]);
    expect(lijst.map((b) => b.pad)).toEqual(VERWACHT.map((v) => v[0]));
    expect(lijst.find((b) => b.pad.endsWith("oud.xls"))?.fout).toMatch(/Opslaan als > Excel-werkmap \(\*\.xlsx\)/);
  });
  it("glob patterns are expanded by the command itself (Windows shells do not)", async () => {
    const xlsx = await verzamelBestanden([join(root, "**", "*.xlsx")]);
    expect(xlsx.map((b) => b.pad)).toEqual([VERWACHT[0][0], VERWACHT[1][0], VERWACHT[3][0]]);
    const zuid = await verzamelBestanden([join(root, "Regio Z*", "*.xls?")]);
    expect(zuid.map((b) => b.pad)).toEqual([join(ZUID, "dsw.xlsm"), join(ZUID, "kapot.xlsx")]);
    const geen = await verzamelBestanden([join(root, "*.ods")]);
    expect(geen).toEqual([{ pad: join(root, "*.ods"), fout: "Geen bestanden gevonden die bij dit patroon passen." }]);
  });
  it("in the order of the arguments; a file found in a folder once, a file named twice twice", async () => {
    const lijst = await verzamelBestanden([VERWACHT[1][0], root, VERWACHT[1][0]]);
    expect(lijst.map((b) => b.pad)).toEqual([VERWACHT[1][0], ...VERWACHT.filter((v) => v[0] !== VERWACHT[1][0]).map((v) => v[0]), VERWACHT[1][0]]);
  });
  it(".xlsb, .ods and .csv given directly get the advice to save as .xlsx", async () => {
    for (const ext of ["xlsb", "ods", "csv"]) {
      const pad = join(tmp, `bestand.${ext}`);
      writeFileSync(pad, "x");
      const r = await run(["--format", "json", pad]);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.out).files[0]).toMatchObject({ file: pad, status: "onleesbaar" });
      expect(JSON.parse(r.out).files[0].error).toContain("Opslaan als > Excel-werkmap");
    }
  });
});

describe("every file in every output", () => {
  it("text: each file with its status and the total", async () => {
    const r = await run([root]);
    expect(r.code).toBe(2);
    let vanaf = 0;
    for (const [pad] of VERWACHT) {
      const i = r.out.indexOf(pad, vanaf);
      expect(i, pad).toBeGreaterThanOrEqual(vanaf);
      vanaf = i;
    }
    expect(r.out).toContain("Totaal: 5 bestanden: 1 met fouten, 2 zonder fouten, 2 onleesbaar");
    expect(r.out).not.toContain("~$");
    expect(r.out).not.toContain("geheim");
    expect(r.err.trim().split("\n")).toHaveLength(2);
  });
  it("json: files with status, totaal, provider, sha256, prestatie/verwacht/gevonden", async () => {
    const r = await run(["--format", "json", root]);
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual(VERWACHT.map((v) => [...v]));
    expect(doc.totaal).toEqual({ bestanden: 5, met_fouten: 1, zonder_fouten: 2, onleesbaar: 2, geaccepteerd: 0 });
    expect(doc.tool).toEqual({ name: "wlz-check", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    const f = doc.files[0];
    expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(f.zorgaanbieder).not.toBe("");
    expect(f.agbcode).toMatch(/^\d+$/);
    const tar = f.findings.find((b: { code: string }) => b.code === "WLZ-TAR-002");
    expect(tar).toMatchObject({ prestatie: expect.any(String), verwacht: expect.stringMatching(/^€ /), gevonden: expect.stringMatching(/^€ /) });
    expect(tar.message).toContain(tar.verwacht);
    expect(tar.message).toContain(tar.gevonden);
    const omz = f.findings.find((b: { code: string }) => b.code === "WLZ-OMZ-001");
    expect(omz.message).toContain(`= ${omz.verwacht}.`);
  });
  it("compact: one line per finding, file:Blad!Cel: ernst CODE melding, unreadable files too", async () => {
    const r = await run(["--format", "compact", root]);
    const regels = r.out.trim().split("\n");
    expect(regels.some((l) => l.startsWith(`${VERWACHT[0][0]}:Offerte!`) && / fout WLZ-TAR-00\d /.test(l))).toBe(true);
    expect(regels).toContain(`${VERWACHT[3][0]}: onleesbaar ${JSON.parse((await run(["--format", "json", VERWACHT[3][0]])).out).files[0].error}`);
    expect(regels.filter((l) => l.startsWith(VERWACHT[4][0]))).toHaveLength(1);
    expect(regels[regels.length - 1]).toBe("5 bestanden: 1 met fouten, 2 zonder fouten, 2 onleesbaar");
    for (const l of regels.slice(0, -1)) expect(l).toMatch(/^.+\.(xlsx|xlsm|xls):(\S+!\w+\d+: (fout|waarschuwing|info) WLZ-[A-Z]+-\d{3} .+| onleesbaar .+)$/);
  });
  it("csv: UTF-8 BOM, ; between fields, one line per finding and one per file without findings, total last", async () => {
    const uit = join(tmp, "rapport.csv");
    const r = await run(["--out", uit, root]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`csv geschreven naar ${uit}`);
    const bytes = readFileSync(uit);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = bytes.toString("utf8").slice(1).split("\r\n");
    expect(regels[0]).toBe("bestand;zorgaanbieder;blad;cel;prestatie;code;ernst;melding;verwacht;gevonden;bron;citaat");
    for (const [pad] of VERWACHT) expect(regels.some((l) => l.startsWith(`"${pad}";`)), pad).toBe(true);
    expect(regels.find((l) => l.startsWith(`"${VERWACHT[4][0]}";`))).toContain('"Onleesbaar, niet gecontroleerd: Dit is een oud Excel-bestand');
    expect(regels.filter(Boolean).pop()).toBe('"Totaal";"";"";"";"";"";"";"5 bestanden: 1 met fouten, 2 zonder fouten, 2 onleesbaar";"";"";"";""');
    expect(bytes.toString("utf8")).toContain("€");
  });
  it("csv: a file without findings has its own line", async () => {
    const uit = join(tmp, "schoon.csv");
    const wm = maakWerkmap({ Offerte: offerteBlad() });
    expect((await run(["--out", uit, "schoon.xlsx"], { lees: async () => wm })).code).toBe(0);
    const regels = readFileSync(uit, "utf8").split("\r\n");
    expect(regels[1]).toBe('"schoon.xlsx";"Test BV";"";"";"";"";"";"Geen bevindingen; 1 prestatieregel gecontroleerd";"";"";"";""');
  });
  it("csv: a field with ; is quoted and kept whole; a newline from the workbook cannot start a forged line", async () => {
    const uit = join(tmp, "lastig.csv");
    const wm = maakWerkmap({ "Blad;met\nregel": [["Regelset", "CZ-VV-2099"]] });
    await run(["--out", uit, "a;b.xlsx"], { lees: async () => wm });
    const t = readFileSync(uit, "utf8");
    expect(t).toContain('"a;b.xlsx";"";"Blad;met regel";"B1";"";"WLZ-OFF-001";"fout";"');
  });
});

describe("the xlsx report", () => {
  it("overview and findings sheets, autofilter, frozen header, widths, values only", async () => {
    const uit = join(tmp, "rapport.xlsx");
    const r = await run([root, "--out", uit]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`rapport geschreven naar ${uit} (5 bestanden: 1 met fouten, 2 zonder fouten, 2 onleesbaar)`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(uit);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Overzicht", "Bevindingen"]);
    const [ov, bev] = wb.worksheets;
    const rij = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(rij(ov, 1).slice(0, 12)).toEqual(["bestand", "zorgaanbieder", "AGB-code", "regio", "regelset", "status", "prestatieregels", "crisisregels", "overgeslagen", "fouten", "waarschuwingen", "info"]);
    expect([2, 3, 4, 5, 6].map((n) => [rij(ov, n)[0], rij(ov, n)[5]])).toEqual([
      [VERWACHT[0][0], "met fouten"], [VERWACHT[1][0], "zonder fouten"], [VERWACHT[2][0], "zonder fouten"], [VERWACHT[3][0], "onleesbaar"], [VERWACHT[4][0], "onleesbaar"],
    ]);
    expect(typeof rij(ov, 2)[6]).toBe("number");
    expect(rij(ov, 2)[9]).toBeGreaterThan(5);
    expect(rij(ov, 8)[0]).toBe("Totaal: 5 bestanden: 1 met fouten, 2 zonder fouten, 2 onleesbaar");
    // the rules the verdict rests on: year, status and data version of the rule set, empty for an unreadable file
    expect(rij(ov, 1).slice(15)).toEqual(["inkoopjaar", "status regelset", "dataversie regelset"]);
    expect(rij(ov, 2).slice(15, 17)).toEqual([2021, "gepubliceerd document"]);
    expect(rij(ov, 2)[17]).toMatch(/\S/);
    expect(rij(ov, 5).slice(15)).toEqual(["", "", ""]);
    expect(rij(bev, 1)).toEqual(["bestand", "zorgaanbieder", "blad", "cel", "prestatie", "code", "ernst", "melding", "verwacht", "gevonden", "bron", "citaat"]);
    const tar = bev.getSheetValues().find((v) => Array.isArray(v) && v[6] === "WLZ-TAR-002") as unknown[];
    expect(tar[5]).toMatch(/\S/);
    expect(tar[9]).toMatch(/^€ /);
    // The source's words as printed, next to the source (the JSON's bron.citaat), where the finding's source has a quote.
    const json = JSON.parse((await run(["--format", "json", root])).out) as { files: { findings?: { code: string; bron?: { citaat?: string } }[] }[] };
    const citaten = new Set(json.files.flatMap((f) => f.findings ?? []).map((f) => f.bron?.citaat).filter(Boolean));
    const inRapport = bev.getSheetValues().slice(2).map((v) => (v as unknown[] | undefined)?.[12]).filter(Boolean);
    expect(citaten.size).toBeGreaterThan(0);
    expect(new Set(inRapport)).toEqual(citaten);
    for (const ws of [ov, bev]) {
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.getColumn(1).width).toBeGreaterThan(20);
      // printed landscape with the header row on every page
      expect(ws.pageSetup.orientation).toBe("landscape");
      expect(ws.pageSetup.printTitlesRow).toBe("1:1");
      ws.eachRow((row) => row.eachCell((c) => expect(c.type, String(c.value)).not.toBe(ExcelJS.ValueType.Formula)));
    }
    // the hidden name Excel writes beside each autofilter: without it LibreOffice Calc shows no filter buttons
    const zip = await JSZip.loadAsync(readFileSync(uit));
    const boek = await zip.file("xl/workbook.xml")!.async("string");
    expect(boek).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0">&apos;Overzicht&apos;!$A$1:$R$6</definedName>`);
    expect(boek).toMatch(/<definedName name="_xlnm._FilterDatabase" localSheetId="1">&apos;Bevindingen&apos;!\$A\$1:\$L\$\d+<\/definedName>/);
    // widths follow the content: the file names (up to 60), a narrow AGB-code
    const breedste = Math.max(...VERWACHT.map(([p]) => p.length));
    expect(ov.getColumn(1).width).toBeGreaterThan(Math.min(58, breedste * 0.7));
    expect(ov.getColumn(1).width).toBeLessThanOrEqual(60);
    expect(ov.getColumn(3).width).toBe("AGB-code".length + 3);
    const bestanden = new Set(bev.getSheetValues().slice(2).map((v) => (v as unknown[] | undefined)?.[1]));
    for (const [pad] of VERWACHT) expect(bestanden.has(pad), pad).toBe(true);
  });
  it("text that looks like a formula stays text", async () => {
    const uit = join(tmp, "formule.xlsx");
    const wm = maakWerkmap({ '=HYPERLINK("http://x")': [["Regelset", "=1+1"]] });
    await run(["--out", uit, "=evil.xlsx"], { lees: async () => wm });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(uit);
    const cellen: ExcelJS.Cell[] = [];
    for (const ws of wb.worksheets) ws.eachRow((r) => r.eachCell((c) => cellen.push(c)));
    expect(cellen.some((c) => c.value === "=evil.xlsx")).toBe(true);
    expect(cellen.some((c) => c.value === '=HYPERLINK("http://x")')).toBe(true);
    for (const c of cellen) expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
  });
  it("--out never replaces a workbook, and says why", async () => {
    const offerte = join(tmp, "een offerte.xlsx");
    copyFileSync(join(VB, "offerte-cz-vv-2021.xlsx"), offerte);
    const voor = readFileSync(offerte);
    const r = await run([join(VB, "offerte-dsw-vv-2024.xlsx"), "--out", offerte]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("is een bestaande werkmap (naar de inhoud) en wordt niet overschreven");
    expect(readFileSync(offerte).equals(voor)).toBe(true);
    const zelf = await run([offerte, "--out", offerte]);
    expect(zelf.err).toContain("is een van de invoerbestanden");
    const r2 = await run([join(VB, "offerte-dsw-vv-2024.xlsx"), "--out", join(tmp, "x.xlsm")]);
    expect(r2.err).toContain("heeft de extensie van een werkmap en zou een werkmap kunnen overschrijven");
    // a report may be written again
    const rapport = join(tmp, "opnieuw.xlsx");
    expect((await run([join(VB, "offerte-dsw-vv-2024.xlsx"), "--out", rapport])).code).toBe(0);
    expect((await run([join(VB, "offerte-dsw-vv-2024.xlsx"), "--out", rapport])).code).toBe(0);
  });
  it("a report inside the folder checked is not checked as an offerte", async () => {
    const map = join(tmp, "met rapport");
    mkdirSync(map);
    copyFileSync(join(VB, "offerte-cz-vv-2021.xlsx"), join(map, "a.xlsx"));
    const uit = join(map, "rapport.xlsx");
    await run([map, "--out", uit]);
    const r = await run([map, "--out", uit, "--format", "xlsx"]);
    expect(r.err).toContain("(1 bestand: 0 met fouten, 1 zonder fouten)");
  });
});

describe("baseline", () => {
  const kop: [string, string][] = [["Regelset", "CZ-VV-2021"], ["Zorgaanbieder", "Test BV"], ["AGB-code", "73730001"], ["Inschrijfdatum", "30-07-2020 12:00"], ["Plan opslag", "ja"]];
  const oud = [goedeRij({ Tarief: 170, Omzet: 1700 }), goedeRij({ Prestatie: "ZZP VV 5", Omzet: 1 })];
  it("accepted findings survive inserted rows; a new finding still counts", async () => {
    const basis = join(tmp, "basislijn.json");
    const v1 = maakWerkmap({ Offerte: offerteBlad({ kop, rijen: oud }) });
    const w = await run(["--basislijn", basis, "--schrijf-basislijn", "offerte.xlsx"], { lees: async () => v1 });
    expect(w.code).toBe(0);
    expect(w.err).toContain("basislijn met 2 bevindingen geschreven");
    expect(JSON.parse(readFileSync(basis, "utf8")).geaccepteerd.map((g: { code: string }) => g.code)).toEqual(["WLZ-TAR-002", "WLZ-OMZ-001"]);
    // Without the baseline the findings count.
    expect((await run(["offerte.xlsx"], { lees: async () => v1 })).code).toBe(1);

    // Two rows inserted above everything and a new row with its own error before the old ones.
    const blad = offerteBlad({ kop, rijen: [goedeRij({ Prestatie: "ZZP VV 6", Tarief: 1, Omzet: 10 }), ...oud] });
    const v2 = maakWerkmap({ Offerte: [[], ["Offerte 2021"], ...blad] });
    const r = await run(["--format", "json", "--basislijn", basis, "offerte.xlsx"], { lees: async () => v2 });
    expect(r.code).toBe(1);
    const f = JSON.parse(r.out).files[0];
    const fouten = f.findings.filter((b: { severity: string }) => b.severity === "fout");
    expect(fouten.map((b: { prestatie: string; geaccepteerd: boolean }) => [b.prestatie, b.geaccepteerd])).toEqual([["ZZP VV 6", false], ["ZZP VV 4", true], ["ZZP VV 5", true]]);
    expect(JSON.parse(r.out).totaal.geaccepteerd).toBe(2);

    // Only the accepted ones left: exit 0, and the text says they are accepted.
    const v3 = maakWerkmap({ Offerte: [[], ["Offerte 2021"], ...offerteBlad({ kop, rijen: oud })] });
    const t = await run(["--basislijn", basis, "offerte.xlsx"], { lees: async () => v3 });
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/ geaccepteerd +WLZ-TAR-002/);
    expect(t.out).toContain("(2 bevindingen geaccepteerd in de basislijn)");
  });
  it("a baseline that is not one is wrong use", async () => {
    const basis = join(tmp, "geen-basislijn.json");
    writeFileSync(basis, "{}");
    const r = await run(["--basislijn", basis, join(VB, "offerte-cz-vv-2021.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("is geen basislijn van wlz-check");
  });
});

describe("CLI conventions", () => {
  it("colour on a terminal, off with NO_COLOR; FORCE_COLOR forces it", async () => {
    const aan = await run([join(VB, "fouten-cz-vv-2021.xlsx")], { kleur: true });
    expect(aan.out).toContain("\u001b[31mfout");
    const uit = await run([join(VB, "fouten-cz-vv-2021.xlsx")], { kleur: false });
    expect(uit.out).not.toContain("\u001b[");
    expect(kleurAan({}, true)).toBe(true);
    expect(kleurAan({}, false)).toBe(false);
    expect(kleurAan({ NO_COLOR: "1" }, true)).toBe(false);
    expect(kleurAan({ NO_COLOR: "" }, true)).toBe(true);
    expect(kleurAan({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(kleurAan({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(kleurAan({ FORCE_COLOR: "1", NO_COLOR: "1" }, false)).toBe(true);
  });
  it("--ernst shows findings from that severity; --stil leaves out clean files", async () => {
    const alle = JSON.parse((await run(["--format", "json", join(VB, "fouten-cz-vv-2021.xlsx")])).out).files[0];
    const r = await run(["--format", "json", "--ernst", "fout", join(VB, "fouten-cz-vv-2021.xlsx")]);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.out).files[0];
    expect(f.findings.length).toBe(alle.summary.fout);
    expect(f.findings.every((b: { severity: string }) => b.severity === "fout")).toBe(true);
    const stil = await run(["--stil", join(VB, "offerte-cz-vv-2021.xlsx"), join(VB, "fouten-cz-vv-2021.xlsx")]);
    expect(stil.out).not.toContain("offerte-cz-vv-2021.xlsx");
    expect(stil.out).toContain("fouten-cz-vv-2021.xlsx");
    expect(stil.out).toContain("Totaal: 2 bestanden: 1 met fouten, 1 zonder fouten");
  });
  it("--version, --regelsets, --uitleg", async () => {
    expect((await run(["--version"])).out).toMatch(/^wlz-check \d+\.\d+\.\d+\n$/);
    const rs = await run(["--regelsets"]);
    expect(rs.out).toMatch(/^CZ-VV-2021 +2021 /m);
    const u = await run(["--uitleg", "wlz-tar-001"]);
    expect(u.code).toBe(0);
    expect(u.out).toContain("WLZ-TAR-001 (fout): Het tariefpercentage is hoger");
    expect(u.out).toContain("Bron: ");
  });
  it("bedoelt u ...? for a mistyped rule set, option, format or code", async () => {
    expect((await run(["--regelset", "CZ-VV-2012", "a.xlsx"])).err).toContain("Bedoelt u CZ-VV-2021?");
    expect((await run(["--fromat", "json", "a.xlsx"])).err).toContain("bedoelt u --format?");
    expect((await run(["--format", "jsno", "a.xlsx"])).err).toContain("bedoelt u json?");
    expect((await run(["--uitleg", "WLZ-TAR-01"])).err).toContain("bedoelt u WLZ-TAR-001?");
    expect((await run(["--ernst", "fouten", "a.xlsx"])).err).toContain("bedoelt u fout?");
  });
  it("progress on stderr only when asked (a terminal) and cleared at the end", async () => {
    const r = await run([root], { voortgang: true });
    // the files done so far, counted as they finish (a pool of workers finishes them in any order)
    expect(r.err).toContain("\rwlz-check: 0/5 bestanden gecontroleerd… ");
    expect(r.err).toContain("\rwlz-check: 4/5 bestanden gecontroleerd… ");
    expect(r.err.endsWith("\r\u001b[K")).toBe(true);
    expect((await run([root])).err).not.toContain("\r");
  });
  it("--out says why it could not write", async () => {
    const r = await run(["--out", join(tmp, "geen-map", "x.json"), join(VB, "offerte-dsw-vv-2024.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("kan niet schrijven naar");
    expect(r.err).toContain("de map bestaat niet");
  });
});
