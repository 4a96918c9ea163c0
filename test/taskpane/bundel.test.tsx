// @vitest-environment jsdom
/**
 * The SHIPPED task pane page in jsdom: dist/functions.js and dist/taskpane.js, run as the page runs them
 * (functions.js first). taskpane.js takes the rules core from what functions.js published on globalThis
 * (scripts/webpack-kern.cjs); without it the pane says so instead of staying blank.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { screen } from "@testing-library/react";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { DIST, ErrorCode, ExcelFout, zorgVoorBuild } from "../support/bundel";

const venster = globalThis as unknown as Record<string, unknown>;
let functies = "";
let paneel = "";
const KERN = (require("../../scripts/webpack-kern.cjs") as { KERN: string[]; KERN_GLOBAAL: string }).KERN;

beforeAll(() => {
  zorgVoorBuild();
  functies = readFileSync(join(DIST, "functions.js"), "utf8");
  paneel = readFileSync(join(DIST, "taskpane.js"), "utf8");
}, 300_000);

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  delete venster.__wlzKern;
});

/** A classic script, as a <script> element runs it: in the page's global scope. */
const voerUit = (code: string) => (0, eval)(code);

it("functions.js publiceert in een kale context alleen de kern, bevroren, met de sleutels uit KERN", () => {
  const associate = (id: string) => void id;
  const context = vm.createContext({ CustomFunctions: { associate, Error: ExcelFout, ErrorCode }, Office: { onReady: () => Promise.resolve() } });
  const voor = new Set(Object.keys(context));
  vm.runInContext(functies, context);
  expect(Object.keys(context).filter((k) => !voor.has(k))).toEqual(["__wlzKern"]);
  const kern = (context as Record<string, Record<string, object>>).__wlzKern;
  expect(Object.isFrozen(kern)).toBe(true);
  expect(Object.keys(kern).sort()).toEqual([...KERN].sort());
  expect(typeof (kern["src/rules/index.ts"] as Record<string, unknown>).zoekRegelset).toBe("function");
});

it("taskpane.js na functions.js: het venster tekent (buiten Office de melding)", async () => {
  venster.CustomFunctions = { associate: () => undefined, Error: ExcelFout, ErrorCode };
  try {
    voerUit(functies);
    voerUit(paneel);
    expect(await screen.findByText("Niet geopend in Excel.")).toBeTruthy();
  } finally {
    delete venster.CustomFunctions;
  }
});

it("taskpane.js en functions.js zonder de globalen van Node (een browser heeft geen Buffer): het venster tekent", async () => {
  // jsdom under vitest has Node's Buffer; Excel's webview does not: a module that touches it on loading
  // leaves the pane blank (the e2e in Chromium saw that once)
  const buffer = venster.Buffer;
  venster.CustomFunctions = { associate: () => undefined, Error: ExcelFout, ErrorCode };
  venster.Buffer = undefined;
  try {
    voerUit(functies);
    voerUit(paneel);
    expect(await screen.findByText("Niet geopend in Excel.")).toBeTruthy();
  } finally {
    venster.Buffer = buffer;
    delete venster.CustomFunctions;
  }
});

it("taskpane.js zonder functions.js: een melding in het venster, geen leeg venster", () => {
  expect(() => voerUit(paneel)).toThrow(/functions\.js is niet geladen/);
  expect(document.getElementById("root")?.textContent).toMatch(/kan niet starten: functions\.js/);
});
