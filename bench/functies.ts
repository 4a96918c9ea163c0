/**
 * Custom functions vs native formulas in one engine: HyperFormula with the SHIPPED bundle
 * (dist/functions.js via the vm loader of test/support) registered as a function plugin, the same glue
 * the formula-workbook test uses. Two sheets with the same shape: every row depends on one shared cell
 * ($H$1) and its own inputs, so both recalculate all rows when $H$1 changes.
 *   WLZ:    =WLZ.TARIEF($H$1,A1,B1,C1,D1)      ($H$1 = regelset id)
 *   native: =ROUND($H$1*B1+C1+D1,2)            ($H$1 = tariefpercentage)
 * Measured: recalculation after changing $H$1 (headline), and the build (parse + graph + first evaluation).
 * Extra: the template's form, with the provider profile as a range argument ($J$1:$K$27, the header block
 * of a new offerte sheet): every call then also passes 27 x 2 cells. And the floor: both forms with a
 * function that returns at once, i.e. what the engine and the range marshalling cost by themselves.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { offertesjabloon } from "../src/workbook/sjabloon";
import { parseAdres } from "../src/workbook/snapshot";
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
  /** Recalculation with the profile range argument ($J$1:$K$27), the native formula measured alongside, their ratio. */
  profile_wlz_ms: number;
  profile_native_ms: number;
  profile_ratio: number;
  /**
   * The engine's own share: the same two sheets with WLZ.TARIEF replaced by a function that returns at
   * once (same glue, same marshalling of the range), against native. No function can get below these.
   */
  floor_ratio: number;
  profile_floor_ratio: number;
}

/** Label/value pairs of the template's header block (rows 1-27, columns A-B) for $J$1:$K$27. */
function profielblok(): RawCellContent[][] {
  const blok: RawCellContent[][] = Array.from({ length: 27 }, () => [null, null]);
  for (const c of offertesjabloon(WISSEL[0].regelset).cellen) {
    const { r, c: k } = parseAdres(c.adres);
    if (r < 27 && k < 2 && c.waarde !== undefined) blok[r][k] = typeof c.waarde === "string" ? `'${c.waarde}` : c.waarde;
  }
  blok[0][1] = `'${WISSEL[0].regelset}`;
  return blok;
}

function invoer(rijen: number, soort: "wlz" | "native" | "profiel"): RawCellContent[][] {
  const data: RawCellContent[][] = [];
  const blok = soort === "profiel" ? profielblok() : [];
  for (let i = 0; i < rijen; i++) {
    const n = i + 1;
    const zorg = 100 + (i % 97) * 1.13;
    const formule = {
      wlz: `=WLZ.TARIEF($H$1,A${n},B${n},C${n},D${n})`,
      profiel: `=WLZ.TARIEF($H$1,A${n},B${n},C${n},D${n},$J$1:$K$27)`,
      native: `=ROUND($H$1*B${n}+C${n}+D${n},2)`,
    }[soort];
    const rij: RawCellContent[] = [LEVERINGSVORMEN[i % 3], afgerond(zorg, 2), 20.1 + (i % 7), 4.95 + (i % 5), null, formule];
    if (i === 0) rij.push(null, soort === "native" ? WISSEL[0].pct : WISSEL[0].regelset);
    if (i < blok.length) rij.push(...Array(8 - rij.length).fill(null), null, ...blok[i]);
    data.push(rij);
  }
  return data;
}

export async function meetFuncties(rijen: number, rondes: number): Promise<FunctiesResultaat> {
  // The shipped bundle, loaded in this realm (see laadBundel): a vm realm would add ~3x per call that Excel does not have.
  const bundel = laadBundel(undefined, undefined, { context: "hoofd" });
  let { plugin } = registreerWlz(bundel, null);
  const config = { licenseKey: "gpl-v3" };
  const wlzData = invoer(rijen, "wlz");
  const natData = invoer(rijen, "native");
  const profielData = invoer(rijen, "profiel");
  try {
    // Build: the whole sheet from scratch, interleaved.
    const gebouwd: HyperFormula[] = [];
    const bouw = await vergelijk(
      {
        wlz: () => void gebouwd.push(HyperFormula.buildFromArray(wlzData, config)),
        native: () => void gebouwd.push(HyperFormula.buildFromArray(natData, config)),
      },
      2,
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

    // The template's form (profile range), against native again so both see the same load.
    const hfProfiel = HyperFormula.buildFromArray(profielData, config);
    const metProfiel = await vergelijk(
      {
        wlz: () => void hfProfiel.setCellContents(h1, WISSEL[ronde % 2 ? 0 : 1].regelset),
        native: () => void hfNat.setCellContents(h1, WISSEL[ronde++ % 2 ? 0 : 1].pct),
      },
      rondes,
      2,
    );
    const p0 = hfProfiel.getCellValue({ sheet: 0, row: 0, col: 5 });
    if (typeof p0 !== "number") throw new Error(`WLZ.TARIEF met profielbereik gaf ${JSON.stringify(p0)}`);
    hfProfiel.destroy();

    // The floor: the engine and the glue alone, with a function that does nothing.
    HyperFormula.unregisterFunctionPlugin(plugin);
    const leeg = { ...bundel, geregistreerd: new Map(bundel.geregistreerd).set("TARIEF", () => 0) };
    plugin = registreerWlz(leeg, null).plugin;
    const hfLeeg = HyperFormula.buildFromArray(wlzData, config);
    const hfLeegProfiel = HyperFormula.buildFromArray(profielData, config);
    const vloer = await vergelijk(
      {
        wlz: () => void hfLeeg.setCellContents(h1, WISSEL[ronde % 2 ? 0 : 1].regelset),
        profiel: () => void hfLeegProfiel.setCellContents(h1, WISSEL[ronde % 2 ? 0 : 1].regelset),
        native: () => void hfNat.setCellContents(h1, WISSEL[ronde++ % 2 ? 0 : 1].pct),
      },
      rondes,
      2,
    );
    hfLeeg.destroy();
    hfLeegProfiel.destroy();
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
      profile_wlz_ms: afgerond(metProfiel.wlz.mediaan),
      profile_native_ms: afgerond(metProfiel.native.mediaan),
      profile_ratio: afgerond(metProfiel.wlz.mediaan / metProfiel.native.mediaan, 2),
      floor_ratio: afgerond(vloer.wlz.mediaan / vloer.native.mediaan, 2),
      profile_floor_ratio: afgerond(vloer.profiel.mediaan / vloer.native.mediaan, 2),
    };
  } finally {
    HyperFormula.unregisterFunctionPlugin(plugin);
  }
}
