// @vitest-environment jsdom
/**
 * The pane as a controller's tool: the tariff explanation with the workbook's values beside the rule set's and the
 * euro calculation, the rule set's year and status in the summary, and the links to the help pages.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { maakWerkmap } from "../../src/workbook/snapshot";
import { openInBrowser } from "../../src/taskpane/components/Hulplink";
import { maakTestExcel } from "./nep-office";
import { renderApp } from "./render";
import { KOPRIJ, voorbeeldWerkmap } from "./voorbeeld";

const venster = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  cleanup();
  delete venster.Office;
});

async function uitlegVoor(excel: ReturnType<typeof maakTestExcel>, adres: string) {
  const user = userEvent.setup();
  renderApp(excel.host);
  await user.click(screen.getByRole("tab", { name: "Tariefuitleg" }));
  excel.selecteerInExcel(adres);
  await user.click(screen.getByRole("button", { name: "Uitleg voor selectie" }));
  return screen.findByRole("region", { name: "Tariefuitleg" });
}

/** Text of an element with the whitespace of the markup folded. */
const tekst = (el: HTMLElement) => (el.textContent ?? "").replace(/\s+/g, " ");

describe("tariefuitleg: werkmap naast regelset en de berekening", () => {
  it("toont percentage en tarief van de werkmap naast die van de regelset, met het verschil", async () => {
    const uitleg = await uitlegVoor(maakTestExcel(await voorbeeldWerkmap()), "Offerte!C8");
    const naast = within(uitleg).getByRole("group", { name: "Werkmap en regelset" });
    expect(tekst(naast)).toContain("Tariefpercentage: werkmap 98% (G8) / regelset 96%: 2 procentpunt hoger dan toegestaan");
    expect(tekst(naast)).toContain("Tarief: werkmap € 277,00 (H8) / regelset € 270,00: € 7,00 hoger");
    const som = within(uitleg).getByRole("group", { name: "Berekening in euro's" });
    expect(tekst(som)).toContain("96% × NZa zorg € 250,00");
    expect(tekst(som)).toContain("+ 100% × (NHC € 20,00 + NIC € 10,00)");
    expect(tekst(som)).toContain("= € 270,00 (afgerond op centen)");
    // amounts and percentages never break across lines
    const onbreekbaar = [...uitleg.querySelectorAll("span")].filter((s) => s.style.whiteSpace === "nowrap").map((s) => s.textContent);
    expect(onbreekbaar).toEqual(expect.arrayContaining(["€ 277,00", "€ 270,00", "€ 250,00", "98%", "96%", "€ 7,00"]));
  });

  it("een rij die klopt: gelijk; een ontbrekend bedrag: gezegd, geen NaN", async () => {
    const w = maakWerkmap({
      O: [
        ["Regelset", "CZ-VV-2021"],
        ["Plan opslag", "ja"],
        [],
        KOPRIJ,
        ["goed", "ZZP", "zorg", 1200.5, 10, 5, 0.96, 1167.48, 1, 1167.48],
        ["leeg", "ZZP", "zorg", null, 10, 5, "96 procent", 111, 1, 111],
      ],
    });
    const excel = maakTestExcel(w);
    const goed = await uitlegVoor(excel, "O!A5");
    // 96% x 1.200,50 + 15 = 1.167,48
    expect(tekst(within(goed).getByRole("group", { name: "Werkmap en regelset" }))).toContain("Tarief: werkmap € 1.167,48 (H5) / regelset € 1.167,48: gelijk");
    expect(tekst(goed)).toContain("Tariefpercentage: werkmap 96% (G5) / regelset 96%: gelijk");
    cleanup();

    const leeg = await uitlegVoor(excel, "O!A6");
    const som = within(leeg).getByRole("group", { name: "Berekening in euro's" });
    expect(tekst(som)).toContain("Geen berekening in euro's: NZa zorg (D6) is leeg.");
    const naast = tekst(within(leeg).getByRole("group", { name: "Werkmap en regelset" }));
    expect(naast).toContain('Tariefpercentage: werkmap (G6: tekst "96 procent", geen getal) / regelset 96%: niet te vergelijken');
    expect(naast).toContain("Tarief: werkmap € 111,00 (H6) / regelset niet te berekenen: niet te vergelijken");
    expect(leeg.textContent).not.toMatch(/NaN|undefined/);
  });

  it("heeft een link naar de hulp bij WLZ.TARIEFUITLEG", async () => {
    const user = userEvent.setup();
    renderApp(maakTestExcel(await voorbeeldWerkmap()).host);
    await user.click(screen.getByRole("tab", { name: "Tariefuitleg" }));
    const link = screen.getByRole("link", { name: "Hulp bij WLZ.TARIEFUITLEG" });
    expect(link.getAttribute("href")).toBe("help/tariefuitleg.html");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener");
  });
});

describe("samenvatting: jaar en status van de regelset", () => {
  it("een gepubliceerd document: inkoopjaar, geldigheid, document en dataversie", async () => {
    const user = userEvent.setup();
    renderApp(maakTestExcel(await voorbeeldWerkmap()).host);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const s = await screen.findByRole("status", { name: "Samenvatting" });
    expect(within(s).getByLabelText("Regelset geldig").textContent).toBe("Inkoopjaar 2021, geldig 01-01-2021 t/m 31-12-2021");
    expect(within(s).getByLabelText("Status regelset").textContent).toBe("Gepubliceerd document: CZ Zorginkoopdocument 2021 Wlz V&V");
    expect(s.textContent).toMatch(/Dataversie [0-9a-f]{12}/);
    // dates never break across lines
    expect([...within(s).getByLabelText("Regelset geldig").querySelectorAll("span")].map((x) => x.style.whiteSpace)).toEqual(["nowrap", "nowrap"]);
  });

  it("een secundaire bron: met de zekerheid van de lezing", async () => {
    const user = userEvent.setup();
    renderApp(maakTestExcel(await voorbeeldWerkmap()).host);
    await user.selectOptions(screen.getByRole("combobox", { name: "Regelset" }), "DSW-VV-2024");
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const s = await screen.findByRole("status", { name: "Samenvatting" });
    expect(within(s).getByLabelText("Regelset geldig").textContent).toBe("Inkoopjaar 2024, geldig 01-01-2024 t/m 31-12-2024");
    expect(within(s).getByLabelText("Status regelset").textContent).toMatch(/^Secundaire bron, zekerheid (hoog|middel|laag): Tabel thema/);
  });

  it("een onbekende regelset: geen status", async () => {
    const user = userEvent.setup();
    const w = maakWerkmap({ O: [["Regelset", "CZ-VV-2099"], [], KOPRIJ, ["p", "ZZP", "", 1, 1, 1, 0.94, 1, 1, 1]] });
    renderApp(maakTestExcel(w).host);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const s = await screen.findByRole("status", { name: "Samenvatting" });
    expect(s.textContent).toContain("Niet beoordeeld: geen bekende regelset.");
    expect(within(s).queryByLabelText("Status regelset")).toBeNull();
  });
});

describe("hulp bij de functies", () => {
  it("onderaan het venster een link naar help/index.html; buiten Office opent het anker zelf", async () => {
    renderApp(maakTestExcel(await voorbeeldWerkmap()).host);
    const link = screen.getByRole("link", { name: "Hulp bij de WLZ-functies" });
    expect(link.getAttribute("href")).toBe("help/index.html");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener");
    expect(link.closest("footer")).not.toBeNull();
    expect(openInBrowser("help/index.html")).toBe(false);
  });

  it("in Office met OpenBrowserWindowApi: Office opent de pagina (volledige URL), het anker niet", async () => {
    const open = vi.fn();
    venster.Office = { context: { ui: { openBrowserWindow: open }, requirements: { isSetSupported: (set: string) => set === "OpenBrowserWindowApi" } } };
    renderApp(maakTestExcel(await voorbeeldWerkmap()).host);
    const link = screen.getByRole("link", { name: "Hulp bij de WLZ-functies" });
    // keyboard: Tab reaches the link, Enter follows it
    link.focus();
    const klik = new MouseEvent("click", { bubbles: true, cancelable: true });
    link.dispatchEvent(klik);
    expect(open).toHaveBeenCalledWith(new URL("help/index.html", document.baseURI).href);
    expect(klik.defaultPrevented).toBe(true);
  });

  it("zonder de vereiste (of zonder de functie) valt de link terug op het anker", () => {
    const open = vi.fn();
    venster.Office = { context: { ui: { openBrowserWindow: open }, requirements: { isSetSupported: () => false } } };
    expect(openInBrowser("help/index.html")).toBe(false);
    venster.Office = { context: { requirements: { isSetSupported: () => true } } };
    expect(openInBrowser("help/index.html")).toBe(false);
    venster.Office = { context: { ui: { openBrowserWindow: () => { throw new Error("geblokkeerd"); } }, requirements: { isSetSupported: () => true } } };
    expect(openInBrowser("help/index.html")).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
