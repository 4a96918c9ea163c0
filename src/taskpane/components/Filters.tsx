import { Field, Select, ToggleButton, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Ernst, Samenvatting } from "../host";
import { ERNSTEN, ERNST_KOP } from "../model";
import { Ernstpictogram } from "./Ernstpictogram";
import { useSmalleKeuze } from "./RegelsetKeuze";

const useStijl = makeStyles({
  knoppen: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // On: a filled chip with a check mark; off: an outlined, struck-through chip. aria-pressed says the same.
  aan: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  uit: {
    color: tokens.colorNeutralForeground3,
    textDecorationLine: "line-through",
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
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
            shape="circular"
            className={mergeClasses(ernsten.has(e) ? s.aan : s.uit)}
            title={ernsten.has(e) ? `${ERNST_KOP[e]} worden getoond; klik om te verbergen` : `${ERNST_KOP[e]} zijn verborgen; klik om te tonen`}
            checked={ernsten.has(e)}
            icon={<Ernstpictogram ernst={e} />}
            onClick={() => onErnst(e, !ernsten.has(e))}
          >
            {ernsten.has(e) && <span aria-hidden>{"✓ "}</span>}
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
