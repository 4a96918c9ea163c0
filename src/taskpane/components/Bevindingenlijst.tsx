import { Caption1, Text, makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { Bevinding } from "../host";
import { ERNST_KOP, groepeer } from "../model";
import { Ernstpictogram } from "./Ernstpictogram";
import { ERNST_KLEUR, useGedeeld } from "./stijl";

const useStijl = makeStyles({
  lijst: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groepkop: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  bladkop: {
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    cursor: "pointer",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderLeftWidth: "3px",
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  gekozen: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  fout: { borderLeftColor: ERNST_KLEUR.fout },
  waarschuwing: { borderLeftColor: ERNST_KLEUR.waarschuwing },
  info: { borderLeftColor: ERNST_KLEUR.info },
  kop: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  cel: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  code: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface BevindingenlijstProps {
  bevindingen: readonly Bevinding[];
  /** De laatst aangeklikte bevinding (gemarkeerd, zodat de gebruiker ziet waar hij was). */
  gekozen?: Bevinding | null;
  /** Hoogstens zoveel bevindingen tekenen (in groepsvolgorde); de rest via "Toon meer". */
  grens?: number;
  onKies(b: Bevinding): void;
}

/** De groepen, afgekapt na `grens` bevindingen; de koppen houden het volle aantal. */
function afgekapt(bevindingen: readonly Bevinding[], grens: number) {
  let over = grens;
  return groepeer(bevindingen)
    .map((groep) => ({
      ...groep,
      bladen: groep.bladen
        .map((b) => {
          const deel = b.bevindingen.slice(0, Math.max(0, over));
          over -= deel.length;
          return { ...b, bevindingen: deel };
        })
        .filter((b) => b.bevindingen.length > 0),
    }))
    .filter((g) => g.bladen.length > 0);
}

/**
 * Bevindingen per ernst en blad. Elke bevinding is een echte knop: klik, Enter of Spatie
 * selecteert de cel in Excel. Tekst uit de werkmap wordt als tekst getoond (React ontsnapt alles).
 */
export function Bevindingenlijst({ bevindingen, gekozen, grens = Infinity, onKies }: BevindingenlijstProps) {
  const s = useStijl();
  const g = useGedeeld();
  return (
    <div>
      {afgekapt(bevindingen, grens).map((groep) => (
        <section key={groep.ernst} aria-label={`${ERNST_KOP[groep.ernst]} (${groep.aantal})`}>
          <h3 className={s.groepkop}>
            <Ernstpictogram ernst={groep.ernst} />
            {`${ERNST_KOP[groep.ernst]} (${groep.aantal})`}
          </h3>
          {groep.bladen.map(({ blad, bevindingen: lijst }) => (
            <div key={blad}>
              <h4 className={s.bladkop}>{blad ? `Werkblad ${blad}` : "Werkmap"}</h4>
              <ul className={s.lijst}>
                {lijst.map((b, i) => (
                  <li key={`${b.cell}-${b.code}-${i}`}>
                    <button
                      type="button"
                      className={mergeClasses(s.item, s[b.severity], b === gekozen && s.gekozen)}
                      aria-current={b === gekozen ? "true" : undefined}
                      title={b.cell ? `Ga naar ${blad}!${b.cell}` : `Ga naar werkblad ${blad}`}
                      onClick={() => onKies(b)}
                    >
                      <span className={s.kop}>
                        {b.cell && <span className={s.cel}>{b.cell}</span>}
                        <span className={s.code}>{b.code}</span>
                      </span>
                      <Text size={300} className={g.breekt}>
                        {b.message}
                      </Text>
                      <Caption1 className={mergeClasses(g.gedempt, g.breekt)}>{`Bron: ${b.source}`}</Caption1>
                      {b.bron?.citaat && <Caption1 className={mergeClasses(g.gedempt, g.breekt)}>{`Citaat: “${b.bron.citaat}”`}</Caption1>}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
