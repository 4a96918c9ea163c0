/** Small offerte workbooks for the checker tests, built in memory with maakWerkmap. */
import { controleerWerkmap, type Controleresultaat } from "../../src/workbook/controle";
import { type BladInvoer, type CelInvoer, maakWerkmap, type Werkmap } from "../../src/workbook/snapshot";

export const KOLOMMEN = ["Prestatie", "Leveringsvorm", "Onderdeel", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet", "Herschikte afspraak vorig jaar", "Initieel volume"];

/** A correct CZ-VV-2021 row with plan opslag (96%): 0,96 x 150,25 + 25,05 = 169,29. */
export function goedeRij(over: Partial<Record<string, CelInvoer>> = {}): CelInvoer[] {
  const rij: Record<string, CelInvoer> = {
    Prestatie: "ZZP VV 4", Leveringsvorm: "ZZP", Onderdeel: "zorg", "NZa zorg": 150.25, "NZa NHC": 20.1, "NZa NIC": 4.95,
    Tariefpercentage: 0.96, Tarief: 169.29, Volume: 10, Omzet: 1692.9, "Herschikte afspraak vorig jaar": 100, "Initieel volume": 95,
    ...over,
  };
  return KOLOMMEN.map((k) => rij[k]);
}

export interface Offerteopties {
  kop?: [string, CelInvoer][];
  rijen?: CelInvoer[][];
  kolommen?: string[];
  crisis?: CelInvoer[][];
}

export const STANDAARDKOP: [string, CelInvoer][] = [
  ["Regelset", "CZ-VV-2021"],
  ["Zorgaanbieder", "Test BV"],
  ["Inschrijfdatum", "30-07-2020 12:00"],
  ["Plan opslag", "ja"],
];

/** Header block at A1, prestatie table two rows below, crisis table (optional) below that. */
export function offerteBlad(o: Offerteopties = {}): BladInvoer {
  const rijen: BladInvoer = [];
  for (const [l, w] of o.kop ?? STANDAARDKOP) rijen.push([l, w]);
  rijen.push([]);
  rijen.push(o.kolommen ?? KOLOMMEN);
  for (const r of o.rijen ?? [goedeRij()]) rijen.push(r);
  if (o.crisis) {
    rijen.push([]);
    rijen.push(["Prestatie", "Afgesproken bedden", "Dagen bezet", "Dagen onbezet", "Vergoede dagen", "Tarief", "Leegstandtarief", "Vergoeding"]);
    for (const r of o.crisis) rijen.push(r);
  }
  return rijen;
}

export function werkmap(o: Offerteopties = {}): Werkmap {
  return maakWerkmap({ Offerte: offerteBlad(o) });
}

export function codes(r: Controleresultaat): string[] {
  return r.bevindingen.map((b) => b.code);
}

export function controleer(o: Offerteopties = {}, regelset?: string): Controleresultaat {
  return controleerWerkmap(werkmap(o), regelset ? { regelset } : {});
}

export function metCode(r: Controleresultaat, code: string) {
  return r.bevindingen.filter((b) => b.code === code);
}
