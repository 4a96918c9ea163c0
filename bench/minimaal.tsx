/**
 * The baseline of the pane's first render (bench/venster.ts): the smallest Fluent page, a FluentProvider
 * with one Button, built with the add-in's own webpack settings.
 */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

const el = document.getElementById("root");
if (el) {
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Controleer</Button>
    </FluentProvider>,
  );
}
