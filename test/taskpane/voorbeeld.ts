/**
 * Voorbeeldwerkmap met fouten voor de taakvenstertests. Staat er een voorbeeld met fouten in
 * examples/, dan gebruiken de tests dat (via de .xlsx-lezer); anders deze opgebouwde werkmap.
 */
import { maakWerkmap, type Werkmap } from "../../src/workbook/snapshot";

/** De voorbeeldwerkmap met fouten (een nieuwe kopie per aanroep: de nep-Excel past hem aan). */
export async function voorbeeldWerkmap(): Promise<Werkmap> {
  return opgebouwdeWerkmap();
}

export const KOPRIJ = ["Prestatie", "Leveringsvorm", "Onderdeel", "NZa zorg", "NZa NHC", "NZa NIC", "Tariefpercentage", "Tarief", "Volume", "Omzet"];

/** Offerte voor CZ-VV-2021 (94% + 2% opslag met plan = 96%, NHC/NIC 100%) met bekende fouten. */
export function opgebouwdeWerkmap(): Werkmap {
  return maakWerkmap([
    ["Toelichting", [["Deze werkmap is een testvoorbeeld."], ["=ALS(1;2;3) is hier gewone tekst"]]],
    [
      "Offerte",
      [
        ["Regelset", "CZ-VV-2021"],
        ["Zorgaanbieder", "Zorg & Welzijn <b>BV</b>"],
        ["Categorie", "bestaand"],
        ["Plan opslag", "ja"],
        [],
        KOPRIJ,
        // rij 7: klopt (0,96 x 200 + 1 x 30 = 222)
        ["ZZP 5VV", "ZZP", "zorg", 200, 20, 10, 0.96, 222, 100, 22200],
        // rij 8: percentage te hoog (WLZ-TAR-001) en een tarief dat ook niet bij 98% past (WLZ-TAR-002)
        ["ZZP 6VV", "ZZP", "zorg", 250, 20, 10, 0.98, 277, 10, 2770],
        // rij 9: omzet klopt niet (WLZ-OMZ-001)
        ["VPT 4VV", "VPT", "zorg", 100, 10, 5, 0.96, 111, 10, 1200],
        // rij 10: percentage lager dan de regelset geeft (WLZ-TAR-004) en dus ook een afwijkend tarief
        ["ZZP 4VV", "ZZP", "zorg", 150, 20, 10, 0.94, 171, 5, 855],
        // rij 11: onbekende leveringsvorm met formuleachtige tekst (WLZ-OFF-003)
        ["=HYPERLINK(\"http://voorbeeld.invalid\")", "=1+2", "zorg", 100, 10, 5, 0.96, 111, 10, 1110],
      ],
    ],
  ]);
}
