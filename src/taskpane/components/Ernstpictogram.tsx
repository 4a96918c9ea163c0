import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Ernst } from "../host";
import { ERNST_KLEUR } from "./stijl";

/** Pictogram per ernst; decoratief (de tekst ernaast zegt het al). */
export function Ernstpictogram({ ernst }: { ernst: Ernst }) {
  const props = { "aria-hidden": true, style: { color: ERNST_KLEUR[ernst], flexShrink: 0 } } as const;
  if (ernst === "fout") return <ErrorCircle16Filled {...props} />;
  if (ernst === "waarschuwing") return <Warning16Filled {...props} />;
  return <Info16Filled {...props} />;
}
