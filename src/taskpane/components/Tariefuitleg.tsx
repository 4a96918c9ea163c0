import { Body1Strong, Button, Caption1, Spinner, Text, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { Calculator20Regular, CheckmarkCircle16Filled } from "@fluentui/react-icons";
import type { Rijwaarde, Tariefuitleg as Uitleg, Tariefvergelijking, Vergelijking } from "../uitleg";
import { Ernstpictogram } from "./Ernstpictogram";
import { HULPPAGINA, Hulplink } from "./Hulplink";
import { ZonderAfbreken } from "./ZonderAfbreken";
import { useGedeeld } from "./stijl";

const useStijl = makeStyles({
  kaart: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  stappen: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  stap: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  pct: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  bron: { gridColumn: "1 / span 2" },
  let: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-start" },
  uitkomst: { fontSize: tokens.fontSizeBase400 },
  blok: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  regel: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-start", margin: 0 },
  som: { margin: 0, fontVariantNumeric: "tabular-nums" },
  goed: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, marginTop: "2px" },
  icoon: { marginTop: "2px", display: "inline-flex" },
});

export interface TariefuitlegProps {
  uitleg: Uitleg | null;
  bezig: boolean;
  onToon(): void;
}

/** "werkmap 97% (G8)", or "werkmap (G8: leeg)" when the workbook has no usable value. */
function werkmapTekst(w: Rijwaarde): string {
  if (w.tekst !== null) return `werkmap ${w.tekst}${w.cel ? ` (${w.cel})` : ""}`;
  return `werkmap (${w.cel ? `${w.cel}: ` : ""}${w.probleem})`;
}

/** The severity a difference gets, as the checker reports it; null: nothing to report. */
function ernstVan(v: Vergelijking, soort: "percentage" | "tarief"): "fout" | "waarschuwing" | null {
  if (v === "gelijk" || v === "binnen de marge") return null;
  if (v === "onbekend") return "waarschuwing";
  if (soort === "percentage" && v === "lager") return "waarschuwing";
  return "fout";
}

function Regel({ ernst, label, tekst }: { ernst: "fout" | "waarschuwing" | null; label: string; tekst: string }) {
  const s = useStijl();
  return (
    <Text as="p" size={200} className={s.regel}>
      <span className={s.icoon}>{ernst ? <Ernstpictogram ernst={ernst} /> : <CheckmarkCircle16Filled aria-hidden className={s.goed} />}</span>
      <span>
        <strong>{`${label}: `}</strong>
        <ZonderAfbreken tekst={tekst} />
      </span>
    </Text>
  );
}

/** "werkmap 97% (G8) / regelset 96%: 1 procentpunt hoger dan toegestaan". */
function percentageTekst(p: Tariefvergelijking["percentage"]): string {
  const basis = `${werkmapTekst(p.werkmap)} / regelset ${p.regelset}${p.marge ? ` (marge ${p.marge})` : ""}`;
  if (p.vergelijking === "gelijk") return `${basis}: gelijk`;
  if (p.vergelijking === "binnen de marge") return `${basis}: binnen de marge`;
  if (p.vergelijking === "onbekend") return `${basis}: niet te vergelijken`;
  return `${basis}: ${p.verschil}`;
}

function tariefTekst(t: Tariefvergelijking["tarief"]): string {
  const basis = `${werkmapTekst(t.werkmap)} / regelset ${t.regelset ?? "niet te berekenen"}`;
  if (t.vergelijking === "gelijk") return `${basis}: gelijk`;
  if (t.vergelijking === "onbekend") return `${basis}: niet te vergelijken`;
  return `${basis}: ${t.verschil}`;
}

function Vergelijkingsblok({ v }: { v: Tariefvergelijking }) {
  const s = useStijl();
  const b = v.berekening;
  return (
    <>
      <div className={s.blok} role="group" aria-label="Werkmap en regelset">
        <Regel ernst={ernstVan(v.percentage.vergelijking, "percentage")} label="Tariefpercentage" tekst={percentageTekst(v.percentage)} />
        <Regel ernst={ernstVan(v.tarief.vergelijking, "tarief")} label="Tarief" tekst={tariefTekst(v.tarief)} />
      </div>
      <div className={s.blok} role="group" aria-label="Berekening in euro's">
        <Caption1>
          <strong>Berekening volgens de regelset</strong>
        </Caption1>
        {b ? (
          <>
            <Text as="p" size={200} className={s.som}>
              <ZonderAfbreken tekst={`${b.percentage} × NZa zorg ${b.zorg}`} />
            </Text>
            <Text as="p" size={200} className={s.som}>
              <ZonderAfbreken tekst={`+ ${v.nhcNicPercentage} × (NHC ${b.nhc} + NIC ${b.nic})`} />
            </Text>
            <Text as="p" size={200} className={s.som}>
              <strong>
                <ZonderAfbreken tekst={`= ${b.uitkomst}`} />
              </strong>
              {" (afgerond op centen)"}
            </Text>
            {b.werkmapPercentage && (
              <Caption1>
                <ZonderAfbreken tekst={`Met het tariefpercentage van de werkmap: het ligt binnen de marge van de regelset (${v.percentage.marge}).`} />
              </Caption1>
            )}
          </>
        ) : (
          <Text as="p" size={200} className={s.regel}>
            <span className={s.icoon}>
              <Ernstpictogram ernst="waarschuwing" />
            </span>
            <span>{v.geenBerekening}</span>
          </Text>
        )}
      </div>
    </>
  );
}

export function Tariefuitleg({ uitleg, bezig, onToon }: TariefuitlegProps) {
  const s = useStijl();
  const g = useGedeeld();
  return (
    <div className={g.sectie}>
      <Text>
        Selecteer in Excel een cel in een rij van de prestatietabel. De uitleg toont elke stap van het tariefpercentage met de bron, zoals WLZ.TARIEFUITLEG,
        en het tarief van de werkmap naast dat van de regelset.
      </Text>
      <Caption1>
        <Hulplink pagina={HULPPAGINA.tariefuitleg}>Hulp bij WLZ.TARIEFUITLEG</Hulplink>
      </Caption1>
      <div className={g.rij}>
        <Button appearance="primary" icon={<Calculator20Regular />} disabled={bezig} onClick={onToon}>
          Uitleg voor selectie
        </Button>
        {bezig && <Spinner size="tiny" label="Bezig…" />}
      </div>
      {uitleg && (
        <section className={s.kaart} aria-label="Tariefuitleg">
          <Body1Strong className={g.breekt}>{`Rij ${uitleg.rij} · ${uitleg.prestatie}`}</Body1Strong>
          <Caption1 className={g.gedempt}>{`${uitleg.leveringsvorm} · ${uitleg.onderdeel} · regelset ${uitleg.regelset} · werkblad ${uitleg.blad}`}</Caption1>
          <Text className={s.uitkomst}>
            Tariefpercentage <strong>{uitleg.percentage}</strong>
          </Text>
          <Vergelijkingsblok v={uitleg.vergelijking} />
          <ol className={s.stappen} aria-label="Stappen">
            {uitleg.stappen.map((st, i) => (
              <li key={i} className={s.stap}>
                <Text className={mergeClasses(g.breekt, st.waarschuwing && s.let)}>
                  {st.waarschuwing && <Ernstpictogram ernst="waarschuwing" />}
                  <span>{st.stap}</span>
                </Text>
                <span className={s.pct}>{st.percentage ?? ""}</span>
                <Caption1 className={mergeClasses(g.gedempt, g.breekt, s.bron)}>{`Bron: ${st.bron}`}</Caption1>
                {st.citaat && <Caption1 className={mergeClasses(g.gedempt, g.breekt, s.bron)}>{`Citaat: “${st.citaat}”`}</Caption1>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
