/**
 * The finding codes (spec §5) with a short name, the usual severity, a Dutch explanation for the user and
 * where the rule comes from: for `--uitleg CODE` and the rules of the SARIF report.
 */
import type { Ernst } from "../workbook/controle";

export interface Codeuitleg {
  code: string;
  /** A short name in English words joined by dashes (SARIF `name`). */
  naam: string;
  ernst: Ernst;
  /** One line: what the finding means. */
  kort: string;
  /** What to do about it. */
  uitleg: string;
  /** Where the rule comes from (each finding names its exact source). */
  bron: string;
}

const BELEID = "het inkoopbeleid van de regelset (document, paragraaf en regel staan bij elke bevinding)";
const INDELING = "de indeling van het offerteblad (interface §4)";

export const CODES: Codeuitleg[] = [
  { code: "WLZ-OFF-001", naam: "geen-regelset", ernst: "fout", kort: "Geen kopblok met een Regelset gevonden, of een onbekende regelset.", uitleg: "Zet in het kopblok het label \"Regelset\" met rechts ernaast de id van de regelset (zie wlz-check --regelsets), of geef --regelset ID op.", bron: INDELING },
  { code: "WLZ-OFF-002", naam: "kolom-ontbreekt", ernst: "fout", kort: "Een verplichte kolom ontbreekt in de prestatietabel.", uitleg: "Voeg de genoemde kolom toe aan de kopregel, of herstel de spelling van de kop die erop lijkt; de rijen zijn gecontroleerd op de kolommen die er wel zijn.", bron: INDELING },
  { code: "WLZ-OFF-003", naam: "onleesbare-waarde", ernst: "fout", kort: "Een waarde is onleesbaar: tekst in een getalkolom, een foutwaarde, een negatief bedrag of een onbekende leveringsvorm.", uitleg: "Typ het getal als getal (niet als tekst zoals \"169,29\" of \"€ 245,85\"), herstel de formule met de foutwaarde, of kies een leveringsvorm uit de regelset.", bron: INDELING },
  { code: "WLZ-OFF-004", naam: "regelset-overschreven", ernst: "info", kort: "Er is gecontroleerd tegen de regelset van --regelset, niet die in de werkmap.", uitleg: "Alleen ter informatie: de werkmap noemt een andere regelset.", bron: "de optie --regelset" },
  { code: "WLZ-OFF-005", naam: "herschikte-afspraak-leeg", ernst: "waarschuwing", kort: "Initieel volume is ingevuld, maar de herschikte afspraak van vorig jaar is leeg.", uitleg: "Vul \"Herschikte afspraak vorig jaar\" in, zodat het initieel volume te controleren is.", bron: INDELING },
  { code: "WLZ-OFF-006", naam: "geen-prestatietabel", ernst: "fout", kort: "De werkmap heeft een kopblok met Regelset, maar geen prestatietabel.", uitleg: "Voeg een prestatietabel toe met de kopregel Prestatie, Leveringsvorm, NZa zorg, Tariefpercentage, Tarief, Volume, Omzet.", bron: INDELING },
  { code: "WLZ-OFF-007", naam: "kopwaarde-dubbel", ernst: "waarschuwing", kort: "Een label uit het kopblok staat er twee keer met verschillende waarden; de eerste telt.", uitleg: "Laat het label één keer staan, met de juiste waarde.", bron: INDELING },
  { code: "WLZ-OFF-008", naam: "lege-rij-in-tabel", ernst: "waarschuwing", kort: "Lege rij(en) midden in een tabel; de rijen eronder zijn ook gecontroleerd.", uitleg: "Verwijder de lege rij of controleer of de tabel daar hoort te eindigen.", bron: INDELING },
  { code: "WLZ-OFF-009", naam: "verplichte-waarde-leeg", ernst: "fout", kort: "Een verplichte waarde van een prestatie- of crisisrij is leeg.", uitleg: "Vul de genoemde kolom in voor deze rij.", bron: INDELING },
  { code: "WLZ-TAR-001", naam: "tariefpercentage-te-hoog", ernst: "fout", kort: "Het tariefpercentage is hoger dan de regelset voor deze aanbieder toestaat.", uitleg: "Verlaag het tariefpercentage tot hoogstens het genoemde percentage, of controleer het aanbiedersprofiel in het kopblok.", bron: BELEID },
  { code: "WLZ-TAR-002", naam: "tarief-wijkt-af", ernst: "fout", kort: "Het tarief wijkt meer dan € 0,005 af van het tarief volgens de regelset.", uitleg: "Reken het tarief als percentage x NZa zorg + percentage NHC/NIC x (NHC + NIC), afgerond op centen; de melding toont de berekening.", bron: BELEID },
  { code: "WLZ-TAR-003", naam: "nhc-nic-percentage", ernst: "fout", kort: "NHC/NIC is niet tegen het percentage van de regelset gerekend.", uitleg: "Gebruik voor NHC en NIC het percentage dat de regelset noemt.", bron: BELEID },
  { code: "WLZ-TAR-004", naam: "tariefpercentage-te-laag", ernst: "waarschuwing", kort: "Het tariefpercentage is lager dan de regelset geeft; de aanbieder krijgt mogelijk te weinig betaald.", uitleg: "Controleer of het lagere percentage bedoeld is.", bron: BELEID },
  { code: "WLZ-VOL-001", naam: "initieel-volume-te-hoog", ernst: "fout", kort: "Het initieel volume is hoger dan het deel van de herschikte afspraak dat de regelset toestaat.", uitleg: "Verlaag het initieel volume tot hoogstens het genoemde aantal.", bron: BELEID },
  { code: "WLZ-VOL-002", naam: "geen-initieel-volume", ernst: "waarschuwing", kort: "Een initieel volume is ingevuld waar de regelset geen initiële volumeafspraak maakt.", uitleg: "Laat het initieel volume leeg voor deze leveringsvorm, of controleer de regelset.", bron: BELEID },
  { code: "WLZ-OMZ-001", naam: "omzet-wijkt-af", ernst: "fout", kort: "De omzet is niet gelijk aan tarief x volume (meer dan € 0,01 verschil).", uitleg: "Reken de omzet als tarief x volume.", bron: INDELING },
  { code: "WLZ-CRI-001", naam: "crisisdagen-te-veel", ernst: "fout", kort: "Dagen bezet + onbezet zijn meer dan het aantal dagen van de afgesproken bedden.", uitleg: "Controleer het aantal bedden en dagen: een bed heeft niet meer dagen dan de regelset (of het kalenderjaar) geeft.", bron: BELEID },
  { code: "WLZ-CRI-002", naam: "crisisvergoeding-wijkt-af", ernst: "fout", kort: "De vergoede dagen of de vergoeding van een crisisrij wijken af van de regelset.", uitleg: "Reken de vergoeding volgens de regeling voor crisisbedden; de melding toont de stappen.", bron: BELEID },
  { code: "WLZ-CRI-003", naam: "geen-crisisprestatie", ernst: "fout", kort: "De prestatie in de crisistabel is geen crisisprestatie van de regelset.", uitleg: "Gebruik een van de crisisprestaties uit de regelset.", bron: BELEID },
  { code: "WLZ-AAN-001", naam: "onderaanneming-te-hoog", ernst: "fout", kort: "Onderaanneming is meer dan 1/3 van de verwachte gecontracteerde zorg.", uitleg: "Verlaag het deel in onderaanneming of overleg met het zorgkantoor.", bron: BELEID },
  { code: "WLZ-DAT-001", naam: "inschrijving-te-laat", ernst: "fout", kort: "De inschrijfdatum ligt na de uiterste inschrijfdatum van de regelset.", uitleg: "Controleer de inschrijfdatum; een te late inschrijving kan worden afgewezen.", bron: BELEID },
  { code: "WLZ-DAT-002", naam: "kvk-uittreksel-te-oud", ernst: "fout", kort: "Het KvK-uittreksel is ouder dan de regelset toestaat.", uitleg: "Voeg een recent uittreksel toe en zet de datum in het kopblok.", bron: BELEID },
  { code: "WLZ-DAT-003", naam: "vog-te-oud", ernst: "fout", kort: "De VOG is ouder dan de regelset toestaat.", uitleg: "Vraag een nieuwe VOG aan en zet de datum in het kopblok.", bron: BELEID },
  { code: "WLZ-CAT-001", naam: "aanbiedercategorie", ernst: "fout", kort: "De categorie van de aanbieder in het profiel wijkt af van wat de definitie van de regelset geeft.", uitleg: "Controleer de contractgeschiedenis in het kopblok en de gekozen categorie.", bron: BELEID },
  { code: "WLZ-FRM-001", naam: "formule-overschreven", ernst: "waarschuwing", kort: "Een getypt getal waar de rest van de kolom een WLZ.*-formule heeft, of een opgeslagen formulewaarde die afwijkt van de huidige regels.", uitleg: "Zet de formule terug of laat de werkmap opnieuw berekenen.", bron: "de WLZ.*-formules van de werkmap" },
  { code: "WLZ-FRM-002", naam: "formule-zonder-uitkomst", ernst: "waarschuwing", kort: "Een formule heeft geen opgeslagen uitkomst en de controle kan haar niet uitrekenen.", uitleg: "Open de werkmap in Excel, laat haar berekenen en sla haar op.", bron: "de formules van de werkmap" },
  { code: "WLZ-FRM-003", naam: "formule-met-naamfout-uitgerekend", ernst: "info", kort: "Formules met als opgeslagen uitkomst #NAAM? (opgeslagen door een programma zonder de WLZ-functies) zijn door de controle zelf uitgerekend.", uitleg: "Open de werkmap in Excel met de invoegtoepassing en laat haar herberekenen, zodat de werkmap dezelfde waarden toont als de controle gebruikte.", bron: "de formules van de werkmap" },
  { code: "WLZ-AMB-001", naam: "onduidelijke-regel", ernst: "info", kort: "Een waarde hangt af van een onduidelijke regel; de melding noemt de gekozen uitleg en de bron.", uitleg: "Alleen ter informatie: overleg bij twijfel met het zorgkantoor.", bron: BELEID },
];

const OP_CODE = new Map(CODES.map((c) => [c.code, c]));

export function zoekCode(code: string): Codeuitleg | undefined {
  return OP_CODE.get(code.trim().toUpperCase());
}

/** Levenshtein distance, for "bedoelt u ...?" on short words. */
export function afstand(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let vorige = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const rij = [i];
    for (let j = 1; j <= y.length; j++) rij[j] = Math.min(vorige[j] + 1, rij[j - 1] + 1, vorige[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    vorige = rij;
  }
  return vorige[y.length];
}

/** The closest candidate when it is close enough to be a typing error. */
export function bedoeltU(invoer: string, kandidaten: string[]): string | undefined {
  let beste: string | undefined;
  let d = Infinity;
  for (const k of kandidaten) {
    const e = afstand(invoer, k);
    if (e < d) (d = e), (beste = k);
  }
  return beste !== undefined && d <= Math.max(2, Math.floor(beste.length / 3)) ? beste : undefined;
}
