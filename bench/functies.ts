/**
 * Custom functions vs native formulas in one engine: HyperFormula with the SHIPPED bundle
 * (dist/functions.js via the vm loader of test/support) registered as a function plugin, the same glue
 * the formula-workbook test uses. Two sheets with the same shape: every row depends on one shared cell
 * ($H$1) and its own inputs, so both recalculate all rows when $H$1 changes.
 *   WLZ:    =WLZ.TARIEF($H$1,A1,B1,C1,D1)      ($H$1 = regelset id)
 *   native: =ROUND($H$1*B1+C1+D1,2)            ($H$1 = tariefpercentage)
 * Measured: recalculation after changing $H$1 (headline), and the build (parse + graph + first evaluation).
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { laadBundel } from "../test/support/bundel";
import { registreerWlz } from "../test/workbook-formules/hyperformula-wlz";
import { afgerond, vergelijk } from "./meten";

const LEVERINGSVORMEN = ["ZZP", "VPT", "MPT"];
/** Rule sets and the percentage the function derives for them (no profile): toggled between runs. */
const WISSEL = [
  { regelset: "CZ-VV-2024", pct: 0.955 },
  { regelset: "CZ-VV-2021", pct: 0.94 },
];

export interface FunctiesResultaat {
  rows: number;
  wlz_ms: number;
  native_ms: number;
  ratio: number;
  build_wlz_ms: number;
  build_native_ms: number;
  build_ratio: number;
  /** The shipped function called directly from JS, without HyperFormula: the bundle's own share. */
  direct_ms: number;
  runs: number;
  max_afwijking: number;
}

function invoer(rijen: number, wlz: boolean): RawCellContent[][] {
  const data: RawCellContent[][] = [];
  for (let i = 0; i < rijen; i++) {
    const n = i + 1;
    const zorg = 100 + (i % 97) * 1.13;
    const rij: RawCellContent[] = [LEVERINGSVORMEN[i % 3], afgerond(zorg, 2), 20.1 + (i % 7), 4.95 + (i % 5), null,
      wlz ? `=WLZ.TARIEF($H$1,A${n},B${n},C${n},D${n})` : `=ROUND($H$1*B${n}+C${n}+D${n},2)`];
    if (i === 0) rij.push(null, wlz ? WISSEL[0].regelset : WISSEL[0].pct);
    data.push(rij);
  }
  return data;
}

export async function meetFuncties(rijen: number, rondes: number): Promise<FunctiesResultaat> {
  const bundel = laadBundel();
  const { plugin } = registreerWlz(bundel, null);
  const config = { licenseKey: "gpl-v3" };
  const wlzData = invoer(rijen, true);
  const natData = invoer(rijen, false);
  try {
    // Build: the whole sheet from scratch, interleaved.
    const gebouwd: HyperFormula[] = [];
    const bouw = await vergelijk(
      {
        wlz: () => void gebouwd.push(HyperFormula.buildFromArray(wlzData, config)),
        native: () => void gebouwd.push(HyperFormula.buildFromArray(natData, config)),
      },
      3,
    );
    for (const hf of gebouwd) hf.destroy();

    // Recalculation: one engine per sheet, $H$1 toggled each round.
    const hfWlz = HyperFormula.buildFromArray(wlzData, config);
    const hfNat = HyperFormula.buildFromArray(natData, config);
    const h1 = { sheet: 0, row: 0, col: 7 };
    let ronde = 0;
    const herbereken = await vergelijk(
      {
        wlz: () => void hfWlz.setCellContents(h1, WISSEL[ronde % 2 ? 0 : 1].regelset),
        native: () => void hfNat.setCellContents(h1, WISSEL[ronde++ % 2 ? 0 : 1].pct),
      },
      rondes,
      2,
    );

    // Both sheets now hold the same rule set/percentage: the results must agree (within a cent:
    // the function rounds exact decimals, the native formula binary floats).
    let afwijking = 0;
    const wlzUit = hfWlz.getSheetValues(0);
    const natUit = hfNat.getSheetValues(0);
    for (let i = 0; i < rijen; i++) {
      const a = wlzUit[i][5];
      const b = natUit[i][5];
      if (typeof a !== "number" || typeof b !== "number") throw new Error(`Rij ${i + 1}: geen getal (${JSON.stringify(a)}, ${JSON.stringify(b)})`);
      afwijking = Math.max(afwijking, Math.abs(a - b));
    }
    if (afwijking > 0.0100001) throw new Error(`WLZ.TARIEF en de native formule verschillen ${afwijking}`);
    hfWlz.destroy();
    hfNat.destroy();

    // The bundle alone: the registered function called like Excel does, once per row.
    const tarief = bundel.geregistreerd.get("TARIEF")!;
    const alleRijen = () => {
      for (let i = 0; i < rijen; i++) {
        const r = wlzData[i];
        tarief(WISSEL[0].regelset, r[0], r[1], r[2], r[3], null, null);
      }
    };
    const direct = (await vergelijk({ direct: alleRijen }, 3)).direct.mediaan;

    return {
      rows: rijen,
      wlz_ms: afgerond(herbereken.wlz.mediaan),
      native_ms: afgerond(herbereken.native.mediaan),
      ratio: afgerond(herbereken.wlz.mediaan / herbereken.native.mediaan, 2),
      build_wlz_ms: afgerond(bouw.wlz.mediaan),
      build_native_ms: afgerond(bouw.native.mediaan),
      build_ratio: afgerond(bouw.wlz.mediaan / bouw.native.mediaan, 2),
      direct_ms: afgerond(direct),
      runs: rondes,
      max_afwijking: afgerond(afwijking, 4),
    };
  } finally {
    HyperFormula.unregisterFunctionPlugin(plugin);
  }
}
