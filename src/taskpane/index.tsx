/**
 * Placeholder until the task pane helper delivers the real app: renders the title in a FluentProvider
 * once Office is ready (or straight away outside Office, for a plain browser preview).
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";

function toon(): void {
  const el = document.getElementById("root");
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">WLZ-controle</Title3>
    </FluentProvider>,
  );
}

if (typeof Office !== "undefined") void Office.onReady(toon);
else toon();
