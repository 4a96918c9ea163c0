import { documentVan } from "./documenten";
import { nietBeschikbaar, ongeldig } from "./fouten";
import { kort, sleutel } from "./invoer";
import type { Regelset, Regelsetdefinitie } from "./regelset";
import { LANDELIJK_2021 } from "./regelsets/landelijk-2021";
import { CZ_VV_2021 } from "./regelsets/cz-vv-2021";
import { CZ_GZ_2026 } from "./regelsets/cz-gz-2026";
import { ZK_2022 } from "./regelsets/zk-2022";
import { ZK_2023 } from "./regelsets/zk-2023";
import { ZK_VV_2024 } from "./regelsets/zk-vv-2024";
import { VGZ_VV_2024 } from "./regelsets/vgz-vv-2024";
import { MENZIS_VV_2024 } from "./regelsets/menzis-vv-2024";
import { CZ_VV_2024 } from "./regelsets/cz-vv-2024";
import { SALLAND_VV_2024 } from "./regelsets/salland-vv-2024";
import { DSW_VV_2024 } from "./regelsets/dsw-vv-2024";
import { ZZ_VV_2024 } from "./regelsets/zz-vv-2024";

/** Every rule set of spec §1, parents before children. */
const DEFINITIES: Regelsetdefinitie[] = [
  LANDELIJK_2021,
  CZ_VV_2021,
  CZ_GZ_2026,
  ZK_2022,
  ZK_2023,
  ZK_VV_2024,
  VGZ_VV_2024,
  MENZIS_VV_2024,
  CZ_VV_2024,
  SALLAND_VV_2024,
  DSW_VV_2024,
  ZZ_VV_2024,
];

/** A child overrides its parent field by field; a child's own `regels` list replaces the parent's. */
export function erf(def: Regelsetdefinitie, ouder?: Regelset): Regelset {
  return metGegevens(erfWaarden(def, ouder), def);
}

type Onaf = Omit<Regelset, "status" | "dataversie" | "geldigheid"> & Partial<Regelset>;

function erfWaarden(def: Regelsetdefinitie, ouder?: Regelset): Onaf {
  if (!ouder) {
    if (!def.tarief?.basis || !def.tarief.nhcNic || !def.tarief.soortBasis) {
      throw new Error(`Regelset ${def.id} mist tariefgegevens en erft van niemand`);
    }
    return {
      ...def,
      tarief: { regels: [], ...def.tarief } as Regelset["tarief"],
      volume: { percentages: {}, ...def.volume },
      voorwaarden: { ...def.voorwaarden },
    };
  }
  const heeftEigenCrisis = "crisis" in def || "crisisOntbreekt" in def;
  return {
    ...ouder,
    ...def,
    tarief: { ...ouder.tarief, ...def.tarief },
    volume: { ...ouder.volume, ...def.volume },
    voorwaarden: { ...ouder.voorwaarden, ...def.voorwaarden },
    crisis: heeftEigenCrisis ? def.crisis : ouder.crisis,
    crisisOntbreekt: heeftEigenCrisis ? def.crisisOntbreekt : ouder.crisisOntbreekt,
  };
}

/** 53-bit string hash (cyrb53), as 12 hex digits: small, synchronous and the same in Node and the browser. */
export function hash53(t: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0").slice(-12);
}

/** Validity, status and data version of a built rule set (Dec values serialise as their decimal strings). */
export function metGegevens(rs: Onaf, def: Regelsetdefinitie): Regelset {
  const doc = documentVan(rs.bron.seed);
  const geldigheid = def.geldigheid ?? { van: `${rs.jaar}-01-01`, tot: `${rs.jaar}-12-31` };
  const status: Regelset["status"] = {
    herkomst: doc.status,
    document: doc.kort,
    ...(doc.status === "secundair" && rs.bron.zekerheid ? { zekerheid: rs.bron.zekerheid } : {}),
  };
  const { dataversie: _oud, status: _st, ...waarden } = { ...rs, geldigheid, status };
  return { ...waarden, geldigheid, status, dataversie: hash53(JSON.stringify(waarden)) } as Regelset;
}

function bouw(): Map<string, Regelset> {
  const sets = new Map<string, Regelset>();
  for (const def of DEFINITIES) {
    const ouder = def.erftVan ? sets.get(def.erftVan) : undefined;
    if (def.erftVan && !ouder) throw new Error(`Regelset ${def.id} erft van onbekende ${def.erftVan}`);
    sets.set(def.id, erf(def, ouder));
  }
  return sets;
}

const REGELSETS = bouw();
/** By normalised id: zoekRegelset runs once per formula cell, so no scan over all sets per call. */
const OP_SLEUTEL = new Map([...REGELSETS.values()].map((rs) => [sleutel(rs.id), rs]));

export function alleRegelsets(): Regelset[] {
  return [...REGELSETS.values()];
}

/** Case-insensitive lookup; an unknown id is #N/A, a non-text #VALUE!. */
export function zoekRegelset(id: unknown, argument = "regelset"): Regelset {
  if (typeof id !== "string" || id.trim() === "") {
    throw ongeldig(argument, "verwacht de id van een regelset als tekst, bijv. \"CZ-VV-2021\".");
  }
  // Fast path for an id typed exactly (the common case in filled-down formulas), then the tolerant match.
  const rs = REGELSETS.get(id) ?? OP_SLEUTEL.get(sleutel(id));
  if (rs) return rs;
  throw nietBeschikbaar(`${argument}: "${kort(id.trim())}" bestaat niet; zie WLZ.REGELSETS() voor de ids.`, argument);
}
