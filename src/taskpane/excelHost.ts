/**
 * ExcelHost met office-js. Elke methode is één Excel.run met zo weinig syncs als kan; schrijven
 * gebeurt alleen op een nieuw blad (zie src/workbook/schrijven.ts).
 */
import { leesWerkmapUitExcel } from "../workbook/officejs";
import { schrijfOfferteblad, schrijfRapportblad } from "../workbook/schrijven";
import { offertesjabloon } from "../workbook/sjabloon";
import { type Ondersteunt, ondersteunt as officeOndersteunt, VEREISTEN } from "../office/vereisten";
import type { ExcelHost, Selectie } from "./host";

/** Het deel van de Excel-naamruimte dat we gebruiken; tests geven een nep-Excel mee. */
export interface ExcelApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

function foutcode(e: unknown): string {
  return String((e as { code?: unknown })?.code ?? "");
}

/** "Blad1!C14:D20" of "'Mijn blad'!$C$14" -> { blad, cel: "C14" }. */
export function splitsAdres(adres: string): Selectie {
  const uitroep = adres.lastIndexOf("!");
  const bladDeel = uitroep >= 0 ? adres.slice(0, uitroep) : "";
  const celDeel = uitroep >= 0 ? adres.slice(uitroep + 1) : adres;
  const blad = /^'.*'$/.test(bladDeel) ? bladDeel.slice(1, -1).replace(/''/g, "'") : bladDeel;
  return { blad, cel: celDeel.split(":")[0].replace(/\$/g, "") };
}

/** Longest address text passed to getRanges at once (Excel refuses very long address lists). */
const MAX_ADRESTEKST = 2000;

export function maakExcelHost(excel: ExcelApi = Excel as unknown as ExcelApi, ondersteunt: Ondersteunt = officeOndersteunt): ExcelHost {
  const host: ExcelHost = {
    leesWerkmap(onVoortgang) {
      return excel.run((context) => leesWerkmapUitExcel(context, { onVoortgang }));
    },

    async selecteer(blad, cel) {
      try {
        await excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(blad);
          ws.activate();
          if (cel) ws.getRange(cel).select();
          await context.sync();
        });
      } catch (e) {
        if (foutcode(e) === "ItemNotFound") throw new Error(`Het werkblad "${blad}" bestaat niet (meer). Controleer de werkmap opnieuw.`);
        throw e;
      }
    },

    schrijfRapport(bevindingen) {
      return excel.run((context) => schrijfRapportblad(context, bevindingen));
    },

    async maakOfferteblad(regelsetId) {
      // Eerst het sjabloon (een onbekende regelset faalt hier, vóór er iets in Excel gebeurt).
      const sjabloon = offertesjabloon(regelsetId);
      return excel.run((context) => schrijfOfferteblad(context, sjabloon));
    },

    async leesSelectie() {
      try {
        return await excel.run(async (context) => {
          const r = context.workbook.getSelectedRange();
          r.load("address");
          await context.sync();
          return splitsAdres(r.address);
        });
      } catch (e) {
        if (foutcode(e) === "InvalidSelection") throw new Error("Selecteer een cel in de prestatietabel (nu is er geen cel geselecteerd).");
        throw e;
      }
    },

    async leesNaam() {
      try {
        return await excel.run(async (context) => {
          const wb = context.workbook as Excel.Workbook;
          wb.load("name");
          await context.sync();
          return typeof wb.name === "string" && wb.name ? wb.name : null;
        });
      } catch {
        return null;
      }
    },
  };
  if (ondersteunt(VEREISTEN.meerdereBereiken)) {
    host.selecteerCellen = async (blad, cellen) => {
      let adressen = "";
      for (const c of cellen) {
        if (adressen.length + c.length + 1 > MAX_ADRESTEKST) break;
        adressen += adressen ? `,${c}` : c;
      }
      try {
        await excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(blad);
          ws.activate();
          ws.getRanges(adressen).select();
          await context.sync();
        });
      } catch (e) {
        if (foutcode(e) === "ItemNotFound") throw new Error(`Het werkblad "${blad}" bestaat niet (meer). Controleer de werkmap opnieuw.`);
        throw e;
      }
    };
  }
  return host;
}
