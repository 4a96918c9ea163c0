import type { MouseEvent, ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { ondersteunt as officeOndersteunt, type Ondersteunt, VEREISTEN } from "../../office/vereisten";

/** The help pages next to taskpane.html (dist/help/): the overview and one page per function id, lowercase. */
export const HULPPAGINA = {
  overzicht: "help/index.html",
  tariefuitleg: "help/tariefuitleg.html",
} as const;

/**
 * Opens `pagina` (relative to the pane) in the system browser through Office where the host supports it
 * (OpenBrowserWindowApi 1.1; it needs a full URL). False when it cannot: the anchor then opens it itself.
 */
export function openInBrowser(pagina: string, ondersteunt: Ondersteunt = officeOndersteunt): boolean {
  try {
    const ui = (globalThis as { Office?: typeof Office }).Office?.context?.ui;
    if (!ondersteunt(VEREISTEN.browservenster) || typeof ui?.openBrowserWindow !== "function") return false;
    ui.openBrowserWindow(new URL(pagina, document.baseURI).href);
    return true;
  } catch {
    return false;
  }
}

// Fluent's link look from the theme tokens (the Link component itself costs several KB of the pane's budget).
const useStijl = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "none",
    borderRadius: tokens.borderRadiusSmall,
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: "underline" },
    ":active": { color: tokens.colorBrandForegroundLinkPressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, textDecorationLine: "underline" },
  },
});

/** A link to a help page: a real anchor (keyboard, middle click, copy link), opened by Office where it can. */
export function Hulplink({ pagina, children }: { pagina: string; children: ReactNode }) {
  const s = useStijl();
  const klik = (e: MouseEvent<HTMLAnchorElement>) => {
    if (openInBrowser(pagina)) e.preventDefault();
  };
  return (
    <a className={s.link} href={pagina} target="_blank" rel="noopener" onClick={klik}>
      {children}
    </a>
  );
}
