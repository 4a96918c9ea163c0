/** Gedeelde stijlen en ernst-weergave (kleur, pictogram, tekst) van het taakvenster. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useGedeeld = makeStyles({
  sectie: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  rij: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  gedempt: { color: tokens.colorNeutralForeground3 },
  breekt: { overflowWrap: "anywhere", wordBreak: "break-word" },
});

export const ERNST_KLEUR = {
  fout: tokens.colorPaletteRedForeground1,
  waarschuwing: tokens.colorPaletteDarkOrangeForeground1,
  info: tokens.colorPaletteBlueForeground2,
} as const;
