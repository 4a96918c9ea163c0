// @vitest-environment jsdom
/** De ingang (index.tsx): in Excel de App met de office-js-host, daarbuiten een melding, nooit leeg. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, screen, waitFor } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { maakNepExcel } from "../support/fake-excel";
import { opgebouwdeWerkmap } from "./voorbeeld";

const venster = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  vi.resetModules();
  document.body.innerHTML = '<div id="root"></div>';
});
let root: Root | undefined;
async function laad() {
  root = await (await import("../../src/taskpane/index")).gestart;
}

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  delete venster.Office;
  delete venster.Excel;
});

it("buiten Office: een melding in plaats van een leeg venster", async () => {
  await laad();
  expect(await screen.findByText("Niet geopend in Excel.")).toBeTruthy();
});

it("in een andere Office-toepassing: dezelfde melding", async () => {
  venster.Office = { HostType: { Excel: "Excel" }, onReady: (f: (i: object) => void) => (f({ host: "Word" }), Promise.resolve()) };
  await laad();
  expect(await screen.findByText("Niet geopend in Excel.")).toBeTruthy();
});

it("in Excel: de App, die via window.Excel de werkmap controleert", async () => {
  const nep = maakNepExcel(opgebouwdeWerkmap());
  venster.Excel = nep.Excel;
  venster.Office = { HostType: { Excel: "Excel" }, onReady: (f: (i: object) => void) => (f({ host: "Excel" }), Promise.resolve()) };
  await laad();
  const knop = await screen.findByRole("button", { name: "Controleer" });
  knop.click();
  await waitFor(() => expect(screen.getByRole("status", { name: "Samenvatting" }).textContent).toContain("5 fouten"));
  expect(nep.syncs).toBeGreaterThan(0);
});

describe("office.js antwoordt nooit", () => {
  it("na de wachttijd (standaard 10 seconden) een Nederlandse melding met wat te doen, geen leeg venster", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      venster.Office = { HostType: { Excel: "Excel" }, onReady: () => new Promise(() => undefined) };
      const { gestart, OFFICE_WACHTTIJD_MS } = await import("../../src/taskpane/index");
      expect(OFFICE_WACHTTIJD_MS).toBe(10_000);
      await act(async () => vi.advanceTimersByTime(9_999));
      expect(document.body.textContent).toBe("");
      await act(async () => vi.advanceTimersByTime(1));
      root = await gestart;
    } finally {
      vi.useRealTimers();
    }
    expect(await screen.findByText("Excel antwoordt niet.")).toBeTruthy();
    const tekst = document.body.textContent ?? "";
    expect(tekst).toContain("office.js");
    expect(tekst).toContain("Laad de invoegtoepassing opnieuw");
    expect(tekst).toContain("appsforoffice.microsoft.com");
    expect(tekst).toContain("Open het taakvenster in Excel");
    expect(screen.getByRole("button", { name: "Taakvenster opnieuw laden" })).toBeTruthy();
  });

  it("de wachttijd is in te stellen op het root-element; antwoordt Excel later alsnog, dan verschijnt het taakvenster", async () => {
    document.body.innerHTML = '<div id="root" data-office-wachttijd="20"></div>';
    let klaar: ((i: object) => void) | undefined;
    venster.Excel = maakNepExcel(opgebouwdeWerkmap()).Excel;
    venster.Office = { HostType: { Excel: "Excel" }, onReady: (f: (i: object) => void) => ((klaar = f), new Promise(() => undefined)) };
    await laad();
    expect(await screen.findByText("Excel antwoordt niet.")).toBeTruthy();
    act(() => klaar!({ host: "Excel" }));
    expect(await screen.findByRole("button", { name: "Controleer" })).toBeTruthy();
    expect(screen.queryByText("Excel antwoordt niet.")).toBeNull();
  });

  it("een office.js die bij onReady faalt: ook de melding", async () => {
    document.body.innerHTML = '<div id="root" data-office-wachttijd="20"></div>';
    venster.Office = { HostType: { Excel: "Excel" }, onReady: () => { throw new Error("kapot"); } };
    await laad();
    expect(await screen.findByText("Excel antwoordt niet.")).toBeTruthy();
  });

  it("antwoordt Excel op tijd, dan geen melding", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      venster.Excel = maakNepExcel(opgebouwdeWerkmap()).Excel;
      venster.Office = { HostType: { Excel: "Excel" }, onReady: (f: (i: object) => void) => (f({ host: "Excel" }), Promise.resolve()) };
      await laad();
      await act(async () => vi.advanceTimersByTime(20_000));
    } finally {
      vi.useRealTimers();
    }
    expect(await screen.findByRole("button", { name: "Controleer" })).toBeTruthy();
    expect(screen.queryByText("Excel antwoordt niet.")).toBeNull();
  });
});
