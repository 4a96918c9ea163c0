// @vitest-environment jsdom
/**
 * Het taakvenster wijzigt nooit een cel van de gebruiker: na ELKE actie van het venster zijn alle
 * bestaande bladen cel voor cel gelijk aan vooraf; alleen nieuwe bladen zijn erbij gekomen.
 */
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { voorbeeldWerkmap } from "./voorbeeld";
import { maakTestExcel } from "./nep-office";
import { renderApp } from "./render";
import type { Werkmap } from "../../src/workbook/snapshot";
import { leesXlsx } from "../../src/workbook/xlsx";
import { controleerWerkmap } from "../../src/workbook/controle";

afterEach(cleanup);

function kopie(w: Werkmap): Werkmap {
  return JSON.parse(JSON.stringify(w)) as Werkmap;
}

const GEVALLEN = [
  { naam: "opgebouwde werkmap", werkmap: voorbeeldWerkmap },
  { naam: "examples/fouten-cz-vv-2021.xlsx", werkmap: () => leesXlsx(path.resolve(__dirname, "../../examples/fouten-cz-vv-2021.xlsx")) },
];

/** Een cel in een prestatierij: waar de controle een tariefbevinding meldt (voorbeelden veranderen van vorm). */
function prestatiecel(w: Werkmap): string {
  const b = controleerWerkmap(kopie(w)).bevindingen.find((x) => x.code.startsWith("WLZ-TAR-"));
  if (!b) throw new Error("het voorbeeld heeft geen tariefbevinding");
  return `${b.sheet}!${b.cell}`;
}

it.each(GEVALLEN)("elke actie van het taakvenster laat alle bestaande cellen ongemoeid ($naam)", async (geval) => {
  const excel = maakTestExcel(await geval.werkmap());
  const inTabel = prestatiecel(excel.nep.werkmap);
  const voor = kopie(excel.nep.werkmap);
  const bestaande = voor.bladen.map((b) => b.naam);
  const user = userEvent.setup();
  renderApp(excel.host);

  const gelijk = (na: string) => {
    const nu = kopie(excel.nep.werkmap);
    expect(nu.bladen.slice(0, bestaande.length), `na ${na}`).toEqual(voor.bladen);
    for (const extra of nu.bladen.slice(bestaande.length)) expect(extra.naam, `na ${na}`).toMatch(/^(WLZ-rapport|Offerte)( \(\d+\))?$/);
  };
  const kies = async (veld: string, optie: RegExp | string) => {
    const lijst = screen.getByRole("combobox", { name: veld });
    await user.selectOptions(lijst, within(lijst).getByRole("option", { name: optie }));
  };

  // controle (automatisch en met gekozen regelset)
  await user.click(screen.getByRole("button", { name: "Controleer" }));
  await screen.findByRole("status", { name: "Samenvatting" });
  gelijk("controle");
  await kies("Regelset", /^CZ-GZ-2026/);
  await user.click(screen.getByRole("button", { name: "Controleer" }));
  await waitFor(() => expect(screen.getByRole("status", { name: "Samenvatting" }).textContent).toContain("CZ-GZ-2026"));
  gelijk("controle met gekozen regelset");
  await kies("Regelset", /^Uit de werkmap/);
  await user.click(screen.getByRole("button", { name: "Controleer" }));
  await waitFor(() => expect(screen.getByRole("status", { name: "Samenvatting" }).textContent).toMatch(/Regelset CZ-VV-2021/));

  // elke bevinding aanklikken
  const knoppen = screen.getAllByRole("button", { name: /WLZ-/ });
  expect(knoppen.length).toBeGreaterThan(0);
  for (const k of knoppen) {
    await user.click(k);
    const [cel] = (k.textContent ?? "").match(/^[A-Z]+\d+/) ?? [""];
    await waitFor(() => expect(excel.nep.geselecteerd).toMatch(new RegExp(`!${cel}$`)));
  }
  gelijk("selecteren");

  // filters
  await user.click(screen.getByRole("button", { name: /^Fouten/ }));
  await kies("Code", "WLZ-TAR-002");
  await kies("Code", "Alle codes");
  await user.click(screen.getByRole("button", { name: /^Fouten/ }));
  gelijk("filters");

  // rapport (twee keer: tweede krijgt een nieuwe naam)
  for (let i = 0; i < 2; i++) {
    await user.click(screen.getByRole("button", { name: /^Rapport naar nieuw werkblad/ }));
    await screen.findByText("Rapport geschreven");
    await user.click(screen.getByRole("button", { name: "Melding sluiten" }));
  }
  gelijk("rapport");

  // tariefuitleg: in de tabel en erbuiten
  await user.click(screen.getByRole("tab", { name: "Tariefuitleg" }));
  excel.selecteerInExcel(inTabel);
  await user.click(screen.getByRole("button", { name: "Uitleg voor selectie" }));
  await screen.findByRole("region", { name: "Tariefuitleg" }, { timeout: 20_000 });
  excel.selecteerInExcel("Offerte!A1");
  await user.click(screen.getByRole("button", { name: "Uitleg voor selectie" }));
  await screen.findByText("Geen tariefuitleg.", undefined, { timeout: 20_000 });
  gelijk("tariefuitleg");

  // nieuw offerteblad
  await user.click(screen.getByRole("tab", { name: "Nieuw blad" }));
  await kies("Regelset voor het nieuwe blad", /^ZK-2023/);
  await user.click(screen.getByRole("button", { name: "Nieuw offerteblad" }));
  await screen.findByText("Offerteblad gemaakt");
  gelijk("offerteblad");

  const namen = excel.nep.werkmap.bladen.map((b) => b.naam);
  expect(namen).toEqual([...bestaande, "WLZ-rapport", "WLZ-rapport (2)", "Offerte (2)"]);
  // geen enkele schrijfactie raakte een bestaand blad
  expect(excel.nep.schrijfacties.filter((a) => bestaande.includes(a.blad))).toEqual([]);
}, 300_000);
