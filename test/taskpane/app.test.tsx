// @vitest-environment jsdom
/**
 * Het echte taakvenster (App) tegen de echte office-js-host (excelHost) over de nep-Excel,
 * met de echte controle van src/workbook/controle.ts op een voorbeeldwerkmap met fouten.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { voorbeeldWerkmap } from "./voorbeeld";
import { maakTestExcel } from "./nep-office";
import { renderApp } from "./render";
import type { Bevinding, ExcelHost } from "../../src/taskpane/host";
import { zoekBlad } from "../../src/workbook/snapshot";

afterEach(cleanup);

type Gebruiker = ReturnType<typeof userEvent.setup>;

async function start(user: Gebruiker): Promise<HTMLElement> {
  await user.click(screen.getByRole("button", { name: "Controleer" }));
  return await screen.findByRole("status", { name: "Samenvatting" });
}

function bevindingKnoppen(): HTMLElement[] {
  return screen.queryAllByRole("button", { name: /WLZ-/ });
}

async function kiesOptie(user: Gebruiker, veld: string, optie: string | RegExp) {
  const lijst = screen.getByRole("combobox", { name: veld });
  await user.selectOptions(lijst, within(lijst).getByRole("option", { name: optie }));
}

describe("taakvenster: controle en bevindingen", () => {
  it("controleert de werkmap: samenvatting, regelset, bevindingen per ernst en blad op celvolgorde", async () => {
    const { host } = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(host);
    const samenvatting = await start(user);
    expect(samenvatting.textContent).toContain("5 fouten, 1 waarschuwing, 0 info");
    expect(samenvatting.textContent).toContain("Regelset CZ-VV-2021");
    // de gevonden regelset staat in de keuzelijst
    expect((screen.getByRole("combobox", { name: "Regelset" }) as HTMLSelectElement).selectedOptions[0].textContent).toBe("Uit de werkmap (CZ-VV-2021)");

    // the verdict, what was checked and the provider from the header block
    expect(samenvatting.textContent).toContain("Afgekeurd: 5 fouten te herstellen.");
    // id, then zorgkantoor, sector and year from the rule set ("CZ-VV-2021 (CZ zorgkantoor, V&V, 2021)")
    expect(samenvatting.textContent).toMatch(/Regelset CZ-VV-2021 \(CZ[^,]*, .*2021\)/);
    expect(samenvatting.textContent).toMatch(/Prestatietabel op Offerte, kopregel \d+: \d+ rijen/);

    const fouten = screen.getByRole("region", { name: "Fouten (5)" });
    const cellen = within(fouten).getAllByRole("button", { name: /WLZ-/ }).map((k) => k.querySelector("span")?.textContent);
    expect(cellen).toEqual(["G8", "H8", "J9", "H10", "B11"]);
    const waarschuwingen = screen.getByRole("region", { name: "Waarschuwingen (1)" });
    const w = within(waarschuwingen).getByRole("button", { name: /WLZ-/ });
    expect(w.textContent).toContain("G10");
    expect(w.textContent).toContain("WLZ-TAR-004");
    // one line: the prestatie of the row and the first sentence; the source only on expanding
    expect(w.textContent).toContain("ZZP");
    expect(w.textContent).not.toContain("Bron:");
    const open = within(waarschuwingen).getByRole("button", { name: "Details bij G10" });
    expect(open.getAttribute("aria-expanded")).toBe("false");
    await user.click(open);
    expect(open.getAttribute("aria-expanded")).toBe("true");
    const details = within(waarschuwingen).getByRole("group", { name: "Details bij G10" });
    expect(details.textContent).toContain("lager dan CZ-VV-2021");
    expect(details.textContent).toContain("Bron: CZ-VV-2021 · CZ Zorginkoopdocument 2021 Wlz V&V, §");
    expect(details.textContent).not.toMatch(/[0-9]{3}_[0-9a-f]{16}\.txt|\(L[0-9]+/);
    // ids never break: the rule set id sits in a nowrap span
    const id = [...details.querySelectorAll("span")].find((x) => x.textContent === "CZ-VV-2021");
    expect(id?.style.whiteSpace).toBe("nowrap");
    expect(screen.queryByRole("region", { name: /^Info/ })).toBeNull();
  });

  it("klik op een bevinding selecteert de cel in Excel", async () => {
    const excel = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(excel.host);
    await start(user);
    excel.nep.context.actiefBlad = "Toelichting";
    await user.click(screen.getByRole("button", { name: /^J9\s*WLZ-OMZ-001/ }));
    await waitFor(() => expect(excel.nep.geselecteerd).toBe("Offerte!J9"));
    expect(excel.nep.actiefBlad).toBe("Offerte");
    // de gekozen bevinding blijft gemarkeerd
    expect(screen.getByRole("button", { name: /^J9\s*WLZ-OMZ-001/ }).getAttribute("aria-current")).toBe("true");
    expect(bevindingKnoppen().filter((k) => k.getAttribute("aria-current") === "true")).toHaveLength(1);
  });

  it("werkt met het toetsenbord: Enter op Controleer; Enter en Spatie op een bevinding", async () => {
    const excel = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(excel.host);
    const controleer = screen.getByRole("button", { name: "Controleer" });
    // Tab-volgorde door Fluent (Tabster) test de e2e in Chromium; jsdom kent geen opmaak.
    controleer.focus();
    expect(document.activeElement).toBe(controleer);
    await user.keyboard("{Enter}");
    await screen.findByRole("status", { name: "Samenvatting" });

    const knoppen = bevindingKnoppen();
    knoppen[1].focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(excel.nep.geselecteerd).toBe("Offerte!H8"));
    knoppen[2].focus();
    await user.keyboard(" ");
    await waitFor(() => expect(excel.nep.geselecteerd).toBe("Offerte!J9"));
  });

  it("filtert op ernst en op code", async () => {
    const { host } = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(host);
    await start(user);
    expect(bevindingKnoppen()).toHaveLength(6);

    const fouten = screen.getByRole("button", { name: "Fouten (5)", pressed: true });
    await user.click(fouten);
    expect(screen.getByRole("button", { name: "Fouten (5)" }).getAttribute("aria-pressed")).toBe("false");
    // the summary follows the filter: it says what is shown
    expect(screen.getByLabelText("Getoond").textContent).toBe("Getoond: 1 waarschuwing, 0 info (fouten verborgen)");
    expect(bevindingKnoppen().map((k) => k.textContent?.includes("WLZ-TAR-004"))).toEqual([true]);
    await user.click(screen.getByRole("button", { name: "Waarschuwingen (1)" }));
    expect(bevindingKnoppen()).toHaveLength(0);
    expect(screen.getByText("Geen bevindingen met deze filters.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Fouten (5)" }));
    await user.click(screen.getByRole("button", { name: "Waarschuwingen (1)" }));

    await kiesOptie(user, "Code", "WLZ-TAR-002");
    const over = bevindingKnoppen();
    expect(over).toHaveLength(2);
    expect(over.every((k) => k.textContent?.includes("WLZ-TAR-002"))).toBe(true);
    expect(screen.getByRole("button", { name: "Rapport naar nieuw werkblad (2)" })).toBeTruthy();
    expect(screen.getByLabelText("Getoond").textContent).toBe("Getoond: 2 fouten, 0 waarschuwingen, 0 info (alleen code WLZ-TAR-002)");
    await kiesOptie(user, "Code", "Alle codes");
    expect(bevindingKnoppen()).toHaveLength(6);
    expect(screen.queryByLabelText("Getoond")).toBeNull();
  });

  it("groepeert per rij (prestatie): de bevindingen van een rij bij elkaar", async () => {
    const { host } = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(host);
    await start(user);
    await kiesOptie(user, "Groeperen", "Per rij (prestatie)");
    const rij10 = screen.getByRole("region", { name: /^Rij 10 · / });
    expect(within(rij10).getAllByRole("button", { name: /WLZ-/ }).map((k) => k.querySelector("span")?.textContent)).toEqual(["H10", "G10"]);
  });

  it("volgende/vorige bevinding met Alt+↓/Alt+↑ selecteert de cel; alle foutcellen in één selectie", async () => {
    const excel = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(excel.host);
    await start(user);
    bevindingKnoppen()[0].focus();
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await waitFor(() => expect(excel.nep.geselecteerd).toBe("Offerte!G8"));
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    await waitFor(() => expect(excel.nep.geselecteerd).toBe("Offerte!H8"));
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    await waitFor(() => expect(excel.nep.geselecteerd).toBe("Offerte!G8"));
    // the arrow keys alone move the focus in the list, without selecting
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement?.textContent).toMatch(/^H8/);
    expect(excel.nep.geselecteerd).toBe("Offerte!G8");
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    await waitFor(() => expect(excel.nep.geselecteerd).toBe("Offerte!H8"));

    await user.click(screen.getByRole("button", { name: "Selecteer alle cellen met fouten" }));
    await screen.findByText(/5 cellen met fouten geselecteerd op werkblad Offerte/);
    expect(excel.nep.geselecteerd?.split(",").sort()).toEqual(["Offerte!B11", "Offerte!G8", "Offerte!H10", "Offerte!H8", "Offerte!J9"]);
    // selecting changes no cell
    expect(excel.nep.context.schrijfacties).toEqual([]);
  });

  it("verbergt 'Selecteer alle cellen met fouten' waar ExcelApi 1.9 ontbreekt", async () => {
    const { host } = maakTestExcel(await voorbeeldWerkmap(), { ExcelApi: "1.8" });
    const user = userEvent.setup();
    renderApp(host);
    await start(user);
    expect(screen.queryByRole("button", { name: "Selecteer alle cellen met fouten" })).toBeNull();
  });

  it("toont voortgang tijdens het lezen van een grote werkmap", async () => {
    const excel = maakTestExcel(await voorbeeldWerkmap());
    let verder!: () => void;
    const wacht = new Promise<void>((r) => (verder = r));
    const traag: ExcelHost = {
      ...excel.host,
      async leesWerkmap(onVoortgang) {
        const w = await excel.host.leesWerkmap();
        onVoortgang?.(0.5);
        await wacht;
        return w;
      },
    };
    const user = userEvent.setup();
    renderApp(traag);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const balk = await screen.findByRole("progressbar", { name: "Werkmap lezen…" });
    await waitFor(() => expect(Number(balk.getAttribute("aria-valuenow"))).toBeCloseTo(0.35));
    expect(screen.getByRole("button", { name: "Controleer" }).hasAttribute("disabled")).toBe(true);
    verder();
    await screen.findByRole("status", { name: "Samenvatting" });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("gebruikt de gekozen regelset in plaats van die van de werkmap", async () => {
    const { host } = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(host);
    await kiesOptie(user, "Regelset", /^LANDELIJK-2021/);
    const samenvatting = await start(user);
    expect(samenvatting.textContent).toContain("Regelset LANDELIJK-2021");
    // "uit de werkmap" blijft de regelset van de werkmap noemen, niet de gekozen
    await kiesOptie(user, "Regelset", "Uit de werkmap (automatisch)");
    await start(user);
    await waitFor(() => expect(screen.getByRole("status", { name: "Samenvatting" }).textContent).toContain("Regelset CZ-VV-2021"));
    const keuze = screen.getByRole("combobox", { name: "Regelset" }) as HTMLSelectElement;
    expect(keuze.selectedOptions[0].textContent).toBe("Uit de werkmap (CZ-VV-2021)");
    // het nieuwe offerteblad neemt de regelset van de werkmap over
    await user.click(screen.getByRole("tab", { name: "Nieuw blad" }));
    expect((screen.getByRole("combobox", { name: "Regelset voor het nieuwe blad" }) as HTMLSelectElement).value).toBe("CZ-VV-2021");
  });

  it("toont tekst uit de werkmap als tekst, nooit als HTML", async () => {
    const { host } = maakTestExcel(await voorbeeldWerkmap());
    const gevaarlijk: Bevinding = {
      code: "WLZ-OFF-003",
      severity: "fout",
      sheet: "<img src=x onerror=alert(1)>",
      cell: "A1",
      message: '<b>vet</b><img src="x" onerror="alert(1)">',
      source: "<script>alert(1)</script>",
    };
    const user = userEvent.setup();
    const { container } = renderApp(host, () => ({ regelset: null, bevindingen: [gevaarlijk], samenvatting: { fout: 1, waarschuwing: 0, info: 0 } }));
    await start(user);
    expect(container.querySelector("img, b, script")).toBeNull();
    expect(container.textContent).toContain('<b>vet</b><img src="x" onerror="alert(1)">');
  });
});

describe("taakvenster: veel bevindingen", () => {
  it("tekent er 200 per keer, in groepsvolgorde, met 'Toon meer'", async () => {
    const { host } = maakTestExcel(await voorbeeldWerkmap());
    const veel: Bevinding[] = Array.from({ length: 450 }, (_, i) => ({
      code: i % 3 === 0 ? "WLZ-FRM-001" : "WLZ-OMZ-001",
      severity: i % 3 === 0 ? "waarschuwing" : "fout",
      sheet: "Offerte",
      cell: `J${i + 2}`,
      message: `melding ${i}`,
      source: "bron",
    }));
    const user = userEvent.setup();
    renderApp(host, () => ({ regelset: "CZ-VV-2021", bevindingen: veel, samenvatting: { fout: 300, waarschuwing: 150, info: 0 } }));
    await start(user);
    expect(bevindingKnoppen()).toHaveLength(200);
    // de koppen tellen alles; eerst alle fouten
    expect(screen.getByRole("region", { name: "Fouten (300)" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: /^Waarschuwingen/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Toon meer (200 van 450 getoond)" }));
    expect(bevindingKnoppen()).toHaveLength(400);
    expect(screen.getByRole("region", { name: "Waarschuwingen (150)" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Toon meer (400 van 450 getoond)" }));
    expect(bevindingKnoppen()).toHaveLength(450);
    expect(screen.queryByRole("button", { name: /^Toon meer/ })).toBeNull();
  });
});

describe("taakvenster: fouten worden meldingen", () => {
  it("een leesfout wordt een Nederlandse melding; opnieuw proberen werkt", async () => {
    const excel = maakTestExcel(await voorbeeldWerkmap());
    let keer = 0;
    const wisselvallig: ExcelHost = {
      ...excel.host,
      leesWerkmap(onVoortgang) {
        if (keer++ === 0) return Promise.reject(new Error("De werkmap is te groot om te controleren (12.000.000 cellen, hoogstens 10.000.000)."));
        return excel.host.leesWerkmap(onVoortgang);
      },
    };
    const user = userEvent.setup();
    renderApp(wisselvallig);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const melding = await screen.findByText("De controle is mislukt.");
    expect(melding.closest("[role=group], div")?.textContent).toContain("te groot om te controleren");
    await user.click(screen.getByRole("button", { name: "Melding sluiten" }));
    expect(screen.queryByText("De controle is mislukt.")).toBeNull();
    await start(user);
  });

  it("een bevinding op een verdwenen blad geeft een melding", async () => {
    const excel = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(excel.host);
    await start(user);
    excel.nep.werkmap.bladen = excel.nep.werkmap.bladen.filter((b) => b.naam !== "Offerte");
    await user.click(bevindingKnoppen()[0]);
    expect(await screen.findByText("Kan de cel niet selecteren.")).toBeTruthy();
    expect(screen.getByText(/Het werkblad "Offerte" bestaat niet \(meer\)/)).toBeTruthy();
  });

  it("een fout bij het tekenen geeft een melding in plaats van een leeg venster", async () => {
    const { host } = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    const stuk = () => ({ regelset: "X", bevindingen: null as unknown as Bevinding[], samenvatting: { fout: 0, waarschuwing: 0, info: 0 } });
    const origineel = console.error;
    console.error = () => undefined; // React meldt de gevangen fout ook op de console
    try {
      renderApp(host, stuk);
      await user.click(screen.getByRole("button", { name: "Controleer" }));
      expect(await screen.findByText("Het taakvenster werkt niet meer.")).toBeTruthy();
    } finally {
      console.error = origineel;
    }
  });
});

describe("taakvenster: rapport, offerteblad en tariefuitleg", () => {
  it("schrijft het rapport op een nieuw blad, alleen waarden, formuletekens geneutraliseerd", async () => {
    const excel = maakTestExcel(await voorbeeldWerkmap());
    const lastig: Bevinding[] = [
      { code: "WLZ-OFF-003", severity: "fout", sheet: "Offerte", cell: "B11", message: '=HYPERLINK("http://x","klik")', source: "+31 bron" },
      { code: "WLZ-OFF-003", severity: "waarschuwing", sheet: "Offerte", cell: "B12", message: "-2 procentpunt", source: "@SUM(A1)", bron: { titel: "t", sectie: "§1", citaat: "=kwaad" } },
      { code: "WLZ-OFF-003", severity: "info", sheet: "Offerte", cell: "B13", message: "\t=1+1", source: "\r=2" },
    ];
    const user = userEvent.setup();
    renderApp(excel.host, () => ({ regelset: "CZ-VV-2021", bevindingen: lastig, samenvatting: { fout: 1, waarschuwing: 1, info: 1 } }));
    await start(user);
    await user.click(screen.getByRole("button", { name: "Rapport naar nieuw werkblad (3)" }));
    expect(await screen.findByText("Rapport geschreven")).toBeTruthy();
    expect(screen.getByText(/op het nieuwe werkblad "WLZ-rapport"/)).toBeTruthy();

    const blad = zoekBlad(excel.nep.werkmap, "WLZ-rapport")!;
    expect(blad).toBeTruthy();
    const tekst = blad.rijen.map((r) => r.map((c) => c?.waarde));
    expect(tekst[0]).toEqual(["Cel", "Code", "Ernst", "Melding", "Bron", "Citaat"]);
    expect(tekst[1]).toEqual(["Offerte!B11", "WLZ-OFF-003", "fout", `'=HYPERLINK("http://x","klik")`, "'+31 bron", null]);
    expect(tekst[2]).toEqual(["Offerte!B12", "WLZ-OFF-003", "waarschuwing", "'-2 procentpunt", "'@SUM(A1)", "'=kwaad"]);
    expect(tekst[3]).toEqual(["Offerte!B13", "WLZ-OFF-003", "info", "'\t=1+1", "'\r=2", null]);
    expect(blad.rijen.flat().some((c) => c?.formule)).toBe(false);
    // alleen via values geschreven, nooit via formulas
    const acties = excel.nep.schrijfacties.filter((a) => a.blad === "WLZ-rapport");
    expect(acties.some((a) => a.values)).toBe(true);
    expect(acties.some((a) => a.formulas)).toBe(false);
    expect(excel.nep.actiefBlad).toBe("WLZ-rapport");

    // een tweede rapport krijgt een eigen blad
    await user.click(screen.getByRole("button", { name: "Rapport naar nieuw werkblad (3)" }));
    await screen.findByText(/op het nieuwe werkblad "WLZ-rapport \(2\)"/);
    expect(zoekBlad(excel.nep.werkmap, "WLZ-rapport (2)")).toBeTruthy();
  });

  it("schrijft het rapport van de echte controle met alle bevindingen", async () => {
    const excel = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(excel.host);
    await start(user);
    await user.click(screen.getByRole("button", { name: "Rapport naar nieuw werkblad (6)" }));
    await screen.findByText("Rapport geschreven");
    const blad = zoekBlad(excel.nep.werkmap, "WLZ-rapport")!;
    expect(blad.rijen).toHaveLength(7);
    expect(blad.rijen.slice(1).map((r) => r[0]?.waarde)).toEqual(["Offerte!G8", "Offerte!H8", "Offerte!J9", "Offerte!G10", "Offerte!H10", "Offerte!B11"]);
    // the quote of the source, where the finding's source has one (the cap of 96% is quoted in the CZ 2021 document)
    expect(blad.rijen.slice(1).map((r) => r[5]?.waarde)).toContain("maximaal 96% van het NZa-maximumtarief");
  });

  it("maakt een nieuw offerteblad voor de gekozen regelset", async () => {
    const excel = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(excel.host);
    await user.click(screen.getByRole("tab", { name: "Nieuw blad" }));
    const knop = screen.getByRole("button", { name: "Nieuw offerteblad" });
    expect(knop.hasAttribute("disabled")).toBe(true);
    await kiesOptie(user, "Regelset voor het nieuwe blad", /^CZ-GZ-2026/);
    await user.click(screen.getByRole("button", { name: "Nieuw offerteblad" }));
    expect(await screen.findByText("Offerteblad gemaakt")).toBeTruthy();
    // "Offerte" bestaat al: het nieuwe blad krijgt een eigen naam
    const blad = zoekBlad(excel.nep.werkmap, "Offerte (2)")!;
    expect(blad).toBeTruthy();
    expect(blad.rijen[0].map((c) => c?.waarde)).toEqual(["Regelset", "CZ-GZ-2026"]);
    const formules = blad.rijen.flat().map((c) => c?.formule).filter(Boolean) as string[];
    expect(formules.some((f) => f.includes("WLZ.TARIEF("))).toBe(true);
    expect(formules.some((f) => f.includes("WLZ.TARIEFPERCENTAGE("))).toBe(true);
    // Engelse syntaxis: komma's, geen puntkomma's
    expect(formules.every((f) => !f.includes(";"))).toBe(true);
  });

  it("legt het tarief uit voor de rij van de selectie", async () => {
    const excel = maakTestExcel(await voorbeeldWerkmap());
    const user = userEvent.setup();
    renderApp(excel.host);
    await user.click(screen.getByRole("tab", { name: "Tariefuitleg" }));
    excel.selecteerInExcel("Offerte!C8");
    await user.click(screen.getByRole("button", { name: "Uitleg voor selectie" }));
    const uitleg = await screen.findByRole("region", { name: "Tariefuitleg" });
    expect(uitleg.textContent).toContain("Rij 8 · ZZP 6VV");
    expect(uitleg.textContent).toContain("Tariefpercentage 96%");
    const stappen = within(uitleg).getAllByRole("listitem");
    expect(stappen.length).toBeGreaterThanOrEqual(3);
    expect(stappen[0].textContent).toContain("94%");
    expect(stappen.every((s) => /Bron: \S+/.test(s.textContent ?? ""))).toBe(true);
    expect(uitleg.textContent).toContain("NHC/NIC 100%");

    // buiten de prestatietabel: een melding, geen uitleg
    excel.selecteerInExcel("Offerte!A2");
    await user.click(screen.getByRole("button", { name: "Uitleg voor selectie" }));
    expect(await screen.findByText("Geen tariefuitleg.")).toBeTruthy();
    expect(screen.getByText(/ligt niet in een ingevulde rij van een prestatietabel/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Tariefuitleg" })).toBeNull();
  });
});
