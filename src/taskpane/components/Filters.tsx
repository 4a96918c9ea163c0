import { Field, Select, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Ernst, Samenvatting } from "../host";
import { ERNSTEN, ERNST_KOP } from "../model";
import { Ernstpictogram } from "./Ernstpictogram";
import { useSmalleKeuze } from "./RegelsetKeuze";

const useStijl = makeStyles({
  knoppen: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export const ALLE_CODES = "";

export interface FiltersProps {
  telling: Samenvatting;
  ernsten: ReadonlySet<Ernst>;
  codes: string[];
  code: string;
  onErnst(ernst: Ernst, aan: boolean): void;
  onCode(code: string): void;
}

/** Filter op ernst (aan/uit-knoppen met aantallen) en op code. */
export function Filters({ telling, ernsten, codes, code, onErnst, onCode }: FiltersProps) {
  const s = useStijl();
  const smal = useSmalleKeuze();
  return (
    <>
      <div className={s.knoppen} role="group" aria-label="Toon ernst">
        {ERNSTEN.map((e) => (
          <ToggleButton
            key={e}
            size="small"
            appearance="subtle"
            checked={ernsten.has(e)}
            icon={<Ernstpictogram ernst={e} />}
            onClick={() => onErnst(e, !ernsten.has(e))}
          >
            {`${ERNST_KOP[e]} (${telling[e]})`}
          </ToggleButton>
        ))}
      </div>
      <Field label="Code" size="small">
        <Select size="small" className={smal.root} select={{ className: smal.select }} value={code} onChange={(_, d) => onCode(d.value)}>
          <option value={ALLE_CODES}>Alle codes</option>
          {codes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
