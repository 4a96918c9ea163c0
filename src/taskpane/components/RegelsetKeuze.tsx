import { Field, Select, makeStyles } from "@fluentui/react-components";
import { regelsetOverzicht } from "../../rules";

export const AUTOMATISCH = "";

// A native <select> is as wide as its longest option ("LANDELIJK-2021 · Landelijk …", ~700 px) unless
// every box around it may shrink: the Field (a grid item), Fluent's Select root and the <select> itself.
export const useSmalleKeuze = makeStyles({
  veld: { minWidth: 0 },
  root: { width: "100%", minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export interface RegelsetKeuzeProps {
  label: string;
  /** "" = automatisch (uit de werkmap). */
  waarde: string;
  /** Regelset die in de werkmap gevonden is (na een controle), voor de tekst van "automatisch". */
  gevonden?: string | null;
  metAutomatisch?: boolean;
  hint?: string;
  onWijzig(id: string): void;
}

/** Keuzelijst van alle regelsets (regelsetOverzicht), met "uit de werkmap" als standaard. */
export function RegelsetKeuze({ label, waarde, gevonden, metAutomatisch = true, hint, onWijzig }: RegelsetKeuzeProps) {
  const overzicht = regelsetOverzicht();
  const autoTekst = gevonden ? `Uit de werkmap (${gevonden})` : "Uit de werkmap (automatisch)";
  const tekstVan = (id: string) => {
    if (id === AUTOMATISCH) return autoTekst;
    const r = overzicht.find((x) => x[0] === id);
    return r ? `${r[0]} · ${r[1]} ${r[2]} ${r[3]}` : id;
  };
  // Fluent's native Select: the Office look, the platform's own keyboard handling, and ~65 KB less than Dropdown.
  const st = useSmalleKeuze();
  return (
    <Field className={st.veld} label={label} hint={hint}>
      <Select className={st.root} select={{ className: st.select }} value={waarde} onChange={(_, d) => onWijzig(d.value)}>
        {metAutomatisch ? <option value={AUTOMATISCH}>{autoTekst}</option> : waarde === AUTOMATISCH && <option value={AUTOMATISCH}>Kies een regelset</option>}
        {overzicht.map(([id]) => (
          <option key={id} value={id}>
            {tekstVan(id)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
