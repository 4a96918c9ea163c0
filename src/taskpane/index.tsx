/**
 * Ingang van het taakvenster: wacht op Office, kies de office-js-host en teken de app.
 * Buiten Excel (gewone browser) volgt een duidelijke melding in plaats van een leeg venster.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { controleerWerkmap } from "../workbook/controle";
import { App } from "./App";
import { maakExcelHost } from "./excelHost";
import { Foutgrens } from "./components/Foutgrens";

function teken(inhoud: React.ReactNode): void {
  const el = document.getElementById("root");
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <Foutgrens>{inhoud}</Foutgrens>
    </FluentProvider>,
  );
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

if (typeof Office === "undefined") {
  teken(buitenExcel());
} else {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) teken(<App host={maakExcelHost()} controleer={controleerWerkmap} />);
    else teken(buitenExcel());
  });
}
