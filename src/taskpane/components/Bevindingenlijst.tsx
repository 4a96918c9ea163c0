import { useState, type KeyboardEvent } from "react";
import { Caption1, Text, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import type { Bevinding } from "../host";
import { type Groepering, type Item, korteMelding, lijstgroepen } from "../model";
import { Ernstpictogram } from "./Ernstpictogram";
import { ERNST_KLEUR, useGedeeld } from "./stijl";
import { ZonderAfbreken } from "./ZonderAfbreken";

const useStijl = makeStyles({
  lijst: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  groepkop: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  item: {
    minWidth: 0,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderLeftWidth: "3px",
    borderRadius: tokens.borderRadiusMedium,
  },
  regel: { display: "flex", alignItems: "stretch", minWidth: 0 },
  hoofd: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalXS,
    textAlign: "start",
    cursor: "pointer",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: "transparent",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  open: {
    flexShrink: 0,
    width: "28px",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    cursor: "pointer",
    color: tokens.colorNeutralForeground2,
    backgroundColor: "transparent",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  gekozen: { backgroundColor: tokens.colorNeutralBackground1Selected },
  fout: { borderLeftColor: ERNST_KLEUR.fout },
  waarschuwing: { borderLeftColor: ERNST_KLEUR.waarschuwing },
  info: { borderLeftColor: ERNST_KLEUR.info },
  cel: {
    flexShrink: 0,
    whiteSpace: "nowrap",
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
  },
  code: { flexShrink: 0, whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  prestatie: { flexShrink: 0, whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold, maxWidth: "40%", overflow: "hidden", textOverflow: "ellipsis" },
  kort: { display: "block", flexGrow: 1, flexBasis: 0, minWidth: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
});

export interface BevindingenlijstProps {
  /** The list items (see maakItems), already filtered. */
  items: readonly Item[];
  groepering: Groepering;
  /** The finding last chosen (highlighted, so the user sees where they were). */
  gekozen?: Bevinding | null;
  /** Draw at most this many items (in group order); the rest via "Toon meer". */
  grens?: number;
  onKies(b: Bevinding): void;
}

/** Which sheet a list shows its findings on, for the tooltip. */
function doel(b: Bevinding): string {
  return b.cell ? `Ga naar ${b.sheet}!${b.cell}` : `Ga naar werkblad ${b.sheet}`;
}

/** Arrow keys, Home and End move between the findings; Enter or Space selects the cell. */
function opToets(e: KeyboardEvent<HTMLDivElement>) {
  if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
  const knoppen = [...e.currentTarget.querySelectorAll<HTMLButtonElement>("button[data-bevinding]")];
  const nu = knoppen.indexOf(document.activeElement as HTMLButtonElement);
  if (knoppen.length === 0) return;
  let naar = nu;
  if (e.key === "ArrowDown") naar = nu < 0 ? 0 : Math.min(knoppen.length - 1, nu + 1);
  else if (e.key === "ArrowUp") naar = nu < 0 ? 0 : Math.max(0, nu - 1);
  else if (e.key === "Home") naar = 0;
  else naar = knoppen.length - 1;
  e.preventDefault();
  knoppen[naar].focus();
}

/**
 * Compact list: one line per finding (cell, code, prestatie, first sentence of the message); the chevron
 * opens the full message, the source and, for folded ambiguity notes, the other cells. The line itself is
 * a real button: click, Enter or Space selects the cell in Excel. Workbook text is shown as text.
 */
export function Bevindingenlijst({ items, groepering, gekozen, grens = Infinity, onKies }: BevindingenlijstProps) {
  const s = useStijl();
  const g = useGedeeld();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const wissel = (k: string) => {
    const n = new Set(open);
    if (n.has(k)) n.delete(k);
    else n.add(k);
    setOpen(n);
  };
  let over = grens;
  const groepen = lijstgroepen(items, groepering)
    .map((gr) => {
      const deel = gr.items.slice(0, Math.max(0, over));
      over -= deel.length;
      return { ...gr, getekend: deel };
    })
    .filter((gr) => gr.getekend.length > 0);
  return (
    <div onKeyDown={opToets} style={{ minWidth: 0, maxWidth: "100%" }}>
      {groepen.map((groep) => (
        <section key={groep.sleutel} aria-label={groep.kop}>
          <h3 className={s.groepkop}>
            {groep.ernst && <Ernstpictogram ernst={groep.ernst} />}
            <ZonderAfbreken tekst={groep.kop} />
          </h3>
          <ul className={s.lijst}>
            {groep.getekend.map((item) => {
              const b = item.bevinding;
              const isOpen = open.has(item.sleutel);
              const isGekozen = gekozen ? item.alle.includes(gekozen) : false;
              const detailId = `details-${item.sleutel.replace(/[^A-Za-z0-9_-]/g, "_")}`;
              const extra = item.alle.length > 1 ? ` (${item.alle.length} cellen)` : "";
              return (
                <li key={item.sleutel} className={mergeClasses(s.item, s[b.severity], isGekozen && s.gekozen)}>
                  <div className={s.regel}>
                    <button
                      type="button"
                      data-bevinding={item.sleutel}
                      className={s.hoofd}
                      aria-current={isGekozen ? "true" : undefined}
                      title={doel(b)}
                      onClick={() => onKies(b)}
                    >
                      {b.cell && <span className={s.cel}>{b.cell}</span>}
                      <span className={s.code}>{b.code}</span>
                      {groepering === "ernst" && item.prestatie && <span className={s.prestatie}>{item.prestatie}</span>}
                      {groepering === "rij" && <Ernstpictogram ernst={b.severity} />}
                      <span className={s.kort}>{`${korteMelding(b.message)}${extra}`}</span>
                    </button>
                    <button
                      type="button"
                      className={s.open}
                      aria-expanded={isOpen}
                      aria-controls={detailId}
                      aria-label={`Details bij ${b.cell || b.sheet}`}
                      title={isOpen ? "Details verbergen" : "Details tonen"}
                      onClick={() => wissel(item.sleutel)}
                    >
                      {isOpen ? <ChevronDown16Regular aria-hidden /> : <ChevronRight16Regular aria-hidden />}
                    </button>
                  </div>
                  {isOpen && (
                    <div id={detailId} className={s.details} role="group" aria-label={`Details bij ${b.cell || b.sheet}`}>
                      <Text size={200}>
                        <ZonderAfbreken tekst={b.message} />
                      </Text>
                      {item.alle.length > 1 && (
                        <Caption1 className={g.gedempt}>
                          <ZonderAfbreken tekst={`Geldt voor ${item.alle.length} cellen: ${item.alle.map((x) => x.cell).filter(Boolean).join(", ")}.`} />
                        </Caption1>
                      )}
                      <Caption1 className={g.gedempt}>
                        <ZonderAfbreken tekst={`Bron: ${b.source}`} />
                      </Caption1>
                      {b.bron?.citaat && <Caption1 className={g.gedempt}>{`Citaat: “${b.bron.citaat}”`}</Caption1>}
                      {b.sheet && <Caption1 className={g.gedempt}>{`Werkblad ${b.sheet}`}</Caption1>}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
