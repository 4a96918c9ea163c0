import { Body1Strong, Button, Caption1, Spinner, Text, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { Calculator20Regular } from "@fluentui/react-icons";
import type { Tariefuitleg as Uitleg } from "../uitleg";
import { Ernstpictogram } from "./Ernstpictogram";
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
});

export interface TariefuitlegProps {
  uitleg: Uitleg | null;
  bezig: boolean;
  onToon(): void;
}

export function Tariefuitleg({ uitleg, bezig, onToon }: TariefuitlegProps) {
  const s = useStijl();
  const g = useGedeeld();
  return (
    <div className={g.sectie}>
      <Text>Selecteer in Excel een cel in een rij van de prestatietabel. De uitleg toont elke stap van het tariefpercentage met de bron, zoals WLZ.TARIEFUITLEG.</Text>
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
