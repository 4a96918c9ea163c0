/**
 * Ingang van het taakvenster: wacht op Office, kies de office-js-host en teken de app.
 * Buiten Excel (gewone browser) volgt een duidelijke melding in plaats van een leeg venster, en ook als
 * office.js nooit antwoordt (na OFFICE_WACHTTIJD_MS).
 */
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { controleerWerkmap } from "../workbook/controle";
import { App } from "./App";
import { maakExcelHost } from "./excelHost";
import { Foutgrens } from "./components/Foutgrens";
import { OfficeAntwoordtNiet } from "./components/OfficeAntwoordtNiet";

function teken(root: Root, inhoud: React.ReactNode): Root {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Foutgrens>{inhoud}</Foutgrens>
    </FluentProvider>,
  );
  return root;
}

function maakRoot(): Root | undefined {
  const el = document.getElementById("root");
  return el ? createRoot(el) : undefined;
}

function buitenExcel(): React.ReactNode {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Niet geopend in Excel.</MessageBarTitle>
        Dit taakvenster werkt alleen als invoegtoepassing in Excel (bureaublad of web).
      </MessageBarBody>
    </MessageBar>
  );
}

/** How long the pane waits for Office.onReady before it explains instead of staying blank. */
export const OFFICE_WACHTTIJD_MS = 10_000;

/** The wait in ms; the hosting page may set another on the root element (data-office-wachttijd), as the tests do. */
function wachttijd(el: HTMLElement | null): number {
  const w = Number(el?.dataset.officeWachttijd);
  return Number.isFinite(w) && w > 0 ? w : OFFICE_WACHTTIJD_MS;
}

/**
 * Waits for Office: in Excel the App, elsewhere a message. If Office.onReady has not fired after the wait, a message
 * says what to do; should Excel answer later, the App replaces it. Resolves with the root once something is drawn.
 */
function start(): Promise<Root | undefined> {
  const root = maakRoot();
  if (!root) return Promise.resolve(undefined);
  if (typeof Office === "undefined") return Promise.resolve(teken(root, buitenExcel()));
  return new Promise((klaar) => {
    let klaarOfTeLaat = false;
    const klok = setTimeout(() => {
      klaarOfTeLaat = true;
      klaar(teken(root, <OfficeAntwoordtNiet />));
    }, wachttijd(document.getElementById("root")));
    const opKlaar = (info: { host: Office.HostType | null }) => {
      clearTimeout(klok);
      teken(root, info.host === Office.HostType.Excel ? <App host={maakExcelHost()} controleer={controleerWerkmap} /> : buitenExcel());
      if (!klaarOfTeLaat) klaar(root);
      klaarOfTeLaat = true;
    };
    try {
      void Office.onReady(opKlaar)?.catch?.(() => undefined);
    } catch {
      // A broken office.js: the wait ends in the message above.
    }
  });
}

/** Het getekende venster (voor tests, om het weer op te ruimen). */
export const gestart: Promise<Root | undefined> = start();
