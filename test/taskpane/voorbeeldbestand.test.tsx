// @vitest-environment jsdom
/**
 * Het taakvenster op een echt voorbeeldbestand (examples/fouten-cz-vv-2021.xlsx, ingelezen met de
 * .xlsx-lezer en geserveerd door de nep-Excel): dezelfde bevindingen als de controle zelf geeft.
 */
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { maakTestExcel } from "./nep-office";
import { renderApp } from "./render";
import { controleerWerkmap, type Controleresultaat } from "../../src/workbook/controle";
import { leesXlsx } from "../../src/workbook/xlsx";
import { korteMelding, maakItems, samenvattingTekst } from "../../src/taskpane/model";
import { zoekBlad, type Werkmap } from "../../src/workbook/snapshot";

const BESTAND = path.resolve(__dirname, "../../examples/fouten-cz-vv-2021.xlsx");
let origineel: Werkmap;
let verwacht: Controleresultaat;
const vers = () => JSON.parse(JSON.stringify(origineel)) as Werkmap;

beforeAll(async () => {
  origineel = await leesXlsx(BESTAND);
  verwacht = controleerWerkmap(vers());
});
afterEach(cleanup);

describe("taakvenster op examples/fouten-cz-vv-2021.xlsx", () => {
  it("toont dezelfde bevindingen als de controle, per ernst en blad; klik selecteert; rapport; niets gewijzigd", async () => {
    expect(verwacht.samenvatting.fout).toBeGreaterThan(0);
    const excel = maakTestExcel(vers());
    const user = userEvent.setup();
    renderApp(excel.host);
    await user.click(screen.getByRole("button", { name: "Controleer" }));
    const samenvatting = await screen.findByRole("status", { name: "Samenvatting" });
    expect(samenvatting.textContent).toContain(samenvattingTekst(verwacht.samenvatting));

    const knoppen = screen.getAllByRole("button", { name: /WLZ-/ });
    // one line per finding; repeated ambiguity notes are folded into one
    const items = maakItems(verwacht.bevindingen);
    expect(knoppen).toHaveLength(items.length);
    for (const e of ["fout", "waarschuwing", "info"] as const) {
      const groepen = { fout: "Fouten", waarschuwing: "Waarschuwingen", info: "Info" };
      const n = verwacht.samenvatting[e];
      if (n === 0) continue;
      const regio = screen.getByRole("region", { name: `${groepen[e]} (${n})` });
      expect(within(regio).getAllByRole("button", { name: /WLZ-/ })).toHaveLength(items.filter((i) => i.bevinding.severity === e).length);
    }

    // een bevinding op een ander blad dan het eerste
    const ander = verwacht.bevindingen.find((b) => b.sheet !== verwacht.bevindingen[0].sheet && b.cell && b.code !== "WLZ-AMB-001") ?? verwacht.bevindingen[0];
    const knop = knoppen.find((k) => k.textContent?.startsWith(`${ander.cell}${ander.code}`) && k.textContent.includes(korteMelding(ander.message)))!;
    await user.click(knop);
    await waitFor(() => expect(excel.nep.geselecteerd).toBe(`${ander.sheet}!${ander.cell}`));

    await user.click(screen.getByRole("button", { name: `Rapport naar nieuw werkblad (${verwacht.bevindingen.length})` }));
    await screen.findByText("Rapport geschreven");
    const rapport = zoekBlad(excel.nep.werkmap, "WLZ-rapport")!;
    expect(rapport.rijen.slice(1).map((r) => [r[1]?.waarde, r[2]?.waarde])).toEqual(verwacht.bevindingen.map((b) => [b.code, b.severity]));

    // (JSON: een lege cel is in de kopie null, zoals in de snapshot-afspraak)
    expect(JSON.parse(JSON.stringify(excel.nep.werkmap.bladen.slice(0, origineel.bladen.length)))).toEqual(JSON.parse(JSON.stringify(origineel.bladen)));
  });
});
