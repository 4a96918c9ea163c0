import { Fragment } from "react";

/**
 * Ids (WLZ-TAR-002, CZ-VV-2021, VID-0066), dates (31-07-2020), amounts (€ 1.234,56) and percentages
 * (95,5%) never break across lines: they are wrapped in white-space: nowrap spans; the rest of the text
 * wraps normally.
 */
const ONBREEKBAAR = /(€\s?-?\d[\d.]*(?:,\d+)?|\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{2}-\d{2}|\b[A-Z][A-Za-z0-9&]*(?:-[A-Za-z0-9&]+)+|\d+(?:[.,]\d+)*\s?%|§\s?[\d.]+)/g;

export function onbreekbareDelen(tekst: string): { tekst: string; heel: boolean }[] {
  const uit: { tekst: string; heel: boolean }[] = [];
  let vanaf = 0;
  for (const m of tekst.matchAll(ONBREEKBAAR)) {
    if (m.index > vanaf) uit.push({ tekst: tekst.slice(vanaf, m.index), heel: false });
    uit.push({ tekst: m[0], heel: true });
    vanaf = m.index + m[0].length;
  }
  if (vanaf < tekst.length) uit.push({ tekst: tekst.slice(vanaf), heel: false });
  return uit;
}

export function ZonderAfbreken({ tekst }: { tekst: string }) {
  return (
    <>
      {onbreekbareDelen(tekst).map((d, i) =>
        d.heel ? (
          <span key={i} style={{ whiteSpace: "nowrap" }}>
            {d.tekst}
          </span>
        ) : (
          <Fragment key={i}>{d.tekst}</Fragment>
        ),
      )}
    </>
  );
}
