// @vitest-environment jsdom
/** De ingang (index.tsx): in Excel de App met de office-js-host, daarbuiten een melding, nooit leeg. */
import { afterEach, beforeEach, expect, it, vi } from "vitest";
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
