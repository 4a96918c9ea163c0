import { Dropdown, Field, Option } from "@fluentui/react-components";
import { regelsetOverzicht } from "../../rules";

export const AUTOMATISCH = "";

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
  return (
    <Field label={label} hint={hint}>
      <Dropdown
        value={waarde === AUTOMATISCH && !metAutomatisch ? "" : tekstVan(waarde)}
        selectedOptions={[waarde]}
        placeholder="Kies een regelset"
        onOptionSelect={(_, d) => onWijzig(d.optionValue ?? AUTOMATISCH)}
      >
        {metAutomatisch && (
          <Option value={AUTOMATISCH} text={autoTekst}>
            {autoTekst}
          </Option>
        )}
        {overzicht.map(([id, zorgkantoor, sector, jaar]) => (
          <Option key={id} value={id} text={tekstVan(id)}>
            {`${id} · ${zorgkantoor} ${sector} ${jaar}`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
