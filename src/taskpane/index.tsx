/**
 * Ingang van het taakvenster: wacht op Office, kies de office-js-host en teken de app.
 * Buiten Excel (gewone browser) volgt een duidelijke melding in plaats van een leeg venster.
 */
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { controleerWerkmap } from "../workbook/controle";
import { App } from "./App";
import { maakExcelHost } from "./excelHost";
import { Foutgrens } from "./components/Foutgrens";

function teken(inhoud: React.ReactNode): Root | undefined {
  const el = document.getElementById("root");
  if (!el) return undefined;
  const root = createRoot(el);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Foutgrens>{inhoud}</Foutgrens>
    </FluentProvider>,
  );
  return root;
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

/** Het getekende venster (voor tests, om het weer op te ruimen). */
export const gestart: Promise<Root | undefined> =
  typeof Office === "undefined"
    ? Promise.resolve(teken(buitenExcel()))
    : new Promise((klaar) => {
        void Office.onReady((info) => {
          klaar(
            info.host === Office.HostType.Excel
              ? teken(<App host={maakExcelHost()} controleer={controleerWerkmap} />)
              : teken(buitenExcel()),
          );
        });
      });
