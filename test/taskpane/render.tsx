/** Rendert de echte App in een FluentProvider tegen een ExcelHost (voor de jsdom-tests). */
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { Foutgrens } from "../../src/taskpane/components/Foutgrens";
import type { Controleerder, ExcelHost } from "../../src/taskpane/host";
import { controleerWerkmap } from "../../src/workbook/controle";

export function renderApp(host: ExcelHost, controleer: Controleerder = controleerWerkmap) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Foutgrens>
        <App host={host} controleer={controleer} />
      </Foutgrens>
    </FluentProvider>,
  );
}
