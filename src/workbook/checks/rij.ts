/** Shared per-row reading for the prestatie table: leveringsvorm and onderdeel, reported once (WLZ-OFF-003). */
import { type Leveringsvorm, leesLeveringsvorm, leesOnderdeel, type Onderdeel, RegelFout } from "../../rules";
import type { Plek, Tabel } from "../offerte";
import type { Prestatiekolom } from "../sjabloon";
import { isFout } from "../snapshot";
import { type Context, layoutBron } from "./context";

export function plekVan(t: Tabel<string>, r: number, k: string): Plek | undefined {
  const c = (t.kolommen as Record<string, number | undefined>)[k];
  return c === undefined ? undefined : { blad: t.blad, r, c };
}

type Soort = { lv: Leveringsvorm; onderdeel: Onderdeel };

// Readable (leveringsvorm, onderdeel) texts, by text: a column repeats a handful of them on every row.
const SOORTEN = new Map<string, Soort>();

/** Leveringsvorm and onderdeel of a row; undefined when unreadable (reported only when `melden`). */
export function leesSoort(ctx: Context, t: Tabel<Prestatiekolom>, r: number, melden: boolean): Soort | undefined {
  const lvPlek = plekVan(t, r, "leveringsvorm");
  if (!lvPlek) return undefined;
  const lvW = ctx.cel(lvPlek)?.waarde;
  const oC = t.kolommen.onderdeel;
  const oW = oC === undefined ? undefined : (ctx.cel({ blad: t.blad, r, c: oC })?.waarde ?? null);
  const sleutel = typeof lvW === "string" && (oW === undefined || oW === null || typeof oW === "string")
    ? `${lvW.length}:${lvW}|${oW === undefined ? "-" : oW === null ? "0" : `s${oW}`}`
    : undefined;
  const bekend = sleutel === undefined ? undefined : SOORTEN.get(sleutel);
  if (bekend) return bekend;
  const soort = leesSoortZelf(ctx, t, r, melden, lvPlek);
  if (soort && sleutel !== undefined) {
    if (SOORTEN.size >= 1_000) SOORTEN.clear();
    SOORTEN.set(sleutel, soort);
  }
  return soort;
}

function leesSoortZelf(ctx: Context, t: Tabel<Prestatiekolom>, r: number, melden: boolean, lvPlek: Plek): Soort | undefined {
  let lv: Leveringsvorm;
  const lvCel = ctx.cel(lvPlek);
  try {
    if (lvCel && isFout(lvCel.waarde)) throw new RegelFout("ongeldig", `Leveringsvorm: de cel bevat de foutwaarde ${lvCel.waarde.fout}; kies ZZP, VPT, MPT, DTV, LOGEREN, CRISIS of MEERZORG.`);
    lv = leesLeveringsvorm(lvCel?.waarde ?? null, "Leveringsvorm");
  } catch (e) {
    if (!(e instanceof RegelFout)) throw e;
    if (melden) ctx.meld("WLZ-OFF-003", "fout", lvPlek, e.message, layoutBron(ctx.regelset));
    return undefined;
  }
  const oPlek = plekVan(t, r, "onderdeel");
  let onderdeel: Onderdeel = "zorg";
  if (oPlek) {
    const oCel = ctx.cel(oPlek);
    try {
      if (oCel && isFout(oCel.waarde)) throw new RegelFout("ongeldig", `Onderdeel: de cel bevat de foutwaarde ${oCel.waarde.fout}.`);
      onderdeel = leesOnderdeel(oCel?.waarde ?? null, "Onderdeel");
    } catch (e) {
      if (!(e instanceof RegelFout)) throw e;
      if (melden) ctx.meld("WLZ-OFF-003", "fout", oPlek, e.message, layoutBron(ctx.regelset));
      return undefined;
    }
  }
  return { lv, onderdeel };
}
