/**
 * Het taakvenster: controleer de geopende werkmap, bekijk de bevindingen, spring naar de cel,
 * schrijf een rapport of een nieuw offerteblad, en laat de afleiding van een tariefpercentage zien.
 * Excel wordt alleen via `host` aangesproken (zie host.ts).
 */
import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  ProgressBar,
  Subtitle1,
  Subtitle2,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentTable20Regular, ShieldTask20Regular, TableAdd20Regular } from "@fluentui/react-icons";
import type { Bevinding, Controleerder, Controleresultaat, Ernst, ExcelHost } from "./host";
import { codes as codesVan, ERNSTEN, filter, foutTekst, samenvattingTekst } from "./model";
import { dekkingRegel } from "../workbook/dekking";
import { tariefuitleg, type Tariefuitleg as Uitleg } from "./uitleg";
import { Bevindingenlijst } from "./components/Bevindingenlijst";
import { ALLE_CODES, Filters } from "./components/Filters";
import { Melding, type MeldingInhoud } from "./components/Melding";
import { AUTOMATISCH, RegelsetKeuze } from "./components/RegelsetKeuze";
import { Tariefuitleg } from "./components/Tariefuitleg";
import { useGedeeld } from "./components/stijl";

const useStijl = makeStyles({
  venster: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: "260px",
    maxWidth: "720px",
    boxSizing: "border-box",
  },
  kop: { display: "flex", flexDirection: "column", gap: "2px" },
  // Tabs hebben eigen binnenruimte: zo staat de tekst van de eerste tab in lijn met de rest.
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  samenvatting: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  samenvattingRegel: { margin: 0 },
  volle: { width: "100%" },
});

type TabNaam = "controle" | "uitleg" | "offerte";

/** Zoveel bevindingen tekenen we per keer: een werkmap met duizenden bevindingen blijft vlot. */
export const BEVINDINGEN_PER_KEER = 200;

interface Bezig {
  taak: string;
  fractie?: number;
}

export interface AppProps {
  host: ExcelHost;
  controleer: Controleerder;
}

/** Geeft de browser even de kans om te tekenen (voortgang) voordat zwaar rekenwerk begint. */
const pauze = () => new Promise<void>((klaar) => setTimeout(klaar, 0));

export function App({ host, controleer }: AppProps) {
  const s = useStijl();
  const g = useGedeeld();
  const [tab, setTab] = useState<TabNaam>("controle");
  const [keuze, setKeuze] = useState<string>(AUTOMATISCH);
  const [bezig, setBezig] = useState<Bezig | null>(null);
  const [resultaat, setResultaat] = useState<Controleresultaat | null>(null);
  const [tijdstip, setTijdstip] = useState("");
  /** Regelset die de werkmap zelf noemt (alleen bekend na een controle zonder eigen keuze). */
  const [inWerkmap, setInWerkmap] = useState<string | null>(null);
  const [melding, setMelding] = useState<MeldingInhoud | null>(null);
  const [ernsten, setErnsten] = useState<ReadonlySet<Ernst>>(new Set(ERNSTEN));
  const [code, setCode] = useState<string>(ALLE_CODES);
  const [grens, setGrens] = useState(BEVINDINGEN_PER_KEER);
  const [gekozen, setGekozen] = useState<Bevinding | null>(null);
  const [uitleg, setUitleg] = useState<Uitleg | null>(null);
  const [offerteKeuze, setOfferteKeuze] = useState<string>(AUTOMATISCH);

  const zichtbaar = useMemo(
    () => (resultaat ? filter(resultaat.bevindingen, { ernsten, code: code === ALLE_CODES ? null : code }) : []),
    [resultaat, ernsten, code],
  );
  const alleCodes = useMemo(() => (resultaat ? codesVan(resultaat.bevindingen) : []), [resultaat]);
  const offerteRegelset = offerteKeuze || keuze || inWerkmap || "";

  /** Voert een actie uit met voortgang; een fout wordt een melding, nooit een leeg venster. */
  async function voerUit(taak: string, titelBijFout: string, actie: () => Promise<void>) {
    setMelding(null);
    setBezig({ taak });
    try {
      await actie();
    } catch (e) {
      setMelding({ intent: "error", titel: titelBijFout, tekst: foutTekst(e) });
    } finally {
      setBezig(null);
    }
  }

  const start = () =>
    voerUit("Werkmap lezen…", "De controle is mislukt.", async () => {
      const werkmap = await host.leesWerkmap((f) => setBezig({ taak: "Werkmap lezen…", fractie: 0.7 * f }));
      setBezig({ taak: "Controleren…", fractie: 0.7 });
      await pauze();
      const r = await controleer(werkmap, {
        ...(keuze ? { regelset: keuze } : {}),
        onVoortgang: (f) => setBezig({ taak: "Controleren…", fractie: 0.7 + 0.3 * f }),
      });
      setResultaat(r);
      setGrens(BEVINDINGEN_PER_KEER);
      if (!keuze) setInWerkmap(r.regelset);
      setTijdstip(new Date().toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" }));
      if (code !== ALLE_CODES && !r.bevindingen.some((b) => b.code === code)) setCode(ALLE_CODES);
    });

  const kies = (b: Bevinding) => {
    setGekozen(b);
    return voerUit(`Naar ${b.cell || b.sheet}…`, "Kan de cel niet selecteren.", () => host.selecteer(b.sheet, b.cell));
  };

  const rapport = () =>
    voerUit("Rapport schrijven…", "Het rapport is niet geschreven.", async () => {
      const naam = await host.schrijfRapport(zichtbaar);
      setMelding({
        intent: "success",
        titel: "Rapport geschreven",
        tekst: `${zichtbaar.length} ${zichtbaar.length === 1 ? "bevinding staat" : "bevindingen staan"} op het nieuwe werkblad "${naam}". Bestaande bladen zijn niet gewijzigd.`,
      });
    });

  const nieuwBlad = () =>
    voerUit("Offerteblad maken…", "Het offerteblad is niet gemaakt.", async () => {
      const naam = await host.maakOfferteblad(offerteRegelset);
      setMelding({
        intent: "success",
        titel: "Offerteblad gemaakt",
        tekst: `Het nieuwe werkblad "${naam}" heeft het kopblok en de prestatietabel voor ${offerteRegelset}, met keuzelijsten en WLZ-formules. Bestaande bladen zijn niet gewijzigd.`,
      });
    });

  const toonUitleg = () =>
    voerUit("Uitleg berekenen…", "Geen tariefuitleg.", async () => {
      setUitleg(null);
      const selectie = await host.leesSelectie();
      const werkmap = await host.leesWerkmap();
      setUitleg(tariefuitleg(werkmap, selectie, keuze || undefined));
    });

  const samenvatting = resultaat?.samenvatting;
  return (
    <main className={s.venster} aria-busy={bezig !== null}>
      <header className={s.kop}>
        <Subtitle1 as="h1">Offertecontrole Wlz</Subtitle1>
        <Caption1 className={g.gedempt}>Controleert de geopende werkmap op de regels van de zorginkoop. Uw cellen worden nooit gewijzigd.</Caption1>
      </header>

      <TabList className={s.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabNaam)} size="small">
        <Tab value="controle">Controle</Tab>
        <Tab value="uitleg">Tariefuitleg</Tab>
        <Tab value="offerte">Nieuw blad</Tab>
      </TabList>

      {melding && <Melding melding={melding} onSluit={() => setMelding(null)} />}

      {bezig && (
        <Field validationMessage={bezig.taak} validationState="none">
          <ProgressBar value={bezig.fractie} thickness="large" aria-label={bezig.taak} />
        </Field>
      )}

      {tab === "controle" && (
        <div className={g.sectie}>
          <RegelsetKeuze label="Regelset" waarde={keuze} gevonden={inWerkmap} onWijzig={setKeuze} />
          <Button appearance="primary" icon={<ShieldTask20Regular />} disabled={bezig !== null} onClick={start} className={s.volle}>
            Controleer
          </Button>

          {!resultaat && !bezig && (
            <Caption1 className={g.gedempt}>
              Leest alle werkbladen en toont per cel wat niet klopt met de regelset, met de bron. Klik op een bevinding om naar de cel te gaan.
            </Caption1>
          )}

          {resultaat && samenvatting && (
            <>
              <div className={s.samenvatting} role="status" aria-label="Samenvatting">
                <Subtitle2 as="p" className={s.samenvattingRegel}>
                  {samenvattingTekst(samenvatting)}
                </Subtitle2>
                <Caption1 className={g.gedempt}>
                  {resultaat.regelset
                    ? `Regelset ${resultaat.regelset} · gecontroleerd om ${tijdstip}`
                    : "Geen geldige regelset in de werkmap: kies er een hierboven."}
                </Caption1>
                {resultaat.dekking && <Caption1 aria-label="Gecontroleerd">{`Gecontroleerd: ${dekkingRegel(resultaat.dekking)}.`}</Caption1>}
                {resultaat.dekking?.nietUitgevoerd.map((n) => (
                  <Caption1 key={`${n.controle}|${n.reden}|${n.blad}`} className={g.gedempt}>
                    {`Niet uitgevoerd: controle ${n.controle} in ${n.aantal} ${n.aantal === 1 ? "rij" : "rijen"} (${n.blad}): ${n.reden}.`}
                  </Caption1>
                ))}
                {resultaat.bevindingen.length === 0 && resultaat.regelset && (
                  <Caption1>De werkmap voldoet aan alle controles van deze regelset.</Caption1>
                )}
              </div>
              {resultaat.bevindingen.length > 0 && (
                <>
                  <Filters
                    telling={samenvatting}
                    ernsten={ernsten}
                    codes={alleCodes}
                    code={code}
                    onErnst={(e, aan) => {
                      const n = new Set(ernsten);
                      if (aan) n.add(e);
                      else n.delete(e);
                      setErnsten(n);
                    }}
                    onCode={setCode}
                  />
                  <Button icon={<DocumentTable20Regular />} disabled={bezig !== null || zichtbaar.length === 0} onClick={rapport}>
                    {`Rapport naar nieuw werkblad (${zichtbaar.length})`}
                  </Button>
                  {zichtbaar.length === 0 ? (
                    <Text className={g.gedempt}>Geen bevindingen met deze filters.</Text>
                  ) : (
                    <>
                      <Bevindingenlijst bevindingen={zichtbaar} gekozen={gekozen} grens={grens} onKies={kies} />
                      {zichtbaar.length > grens && (
                        <Button appearance="secondary" onClick={() => setGrens(grens + BEVINDINGEN_PER_KEER)}>
                          {`Toon meer (${grens} van ${zichtbaar.length} getoond)`}
                        </Button>
                      )}
                    </>
                  )}
                </>
              )}
            </>
          )}
        </div>
      )}

      {tab === "uitleg" && <Tariefuitleg uitleg={uitleg} bezig={bezig !== null} onToon={toonUitleg} />}

      {tab === "offerte" && (
        <div className={g.sectie}>
          <Text>Maakt een nieuw werkblad met het kopblok, de profiellabels en een prestatietabel met keuzelijsten en WLZ-formules.</Text>
          <RegelsetKeuze
            label="Regelset voor het nieuwe blad"
            waarde={offerteRegelset}
            metAutomatisch={false}
            onWijzig={setOfferteKeuze}
          />
          <Button appearance="primary" icon={<TableAdd20Regular />} disabled={bezig !== null || !offerteRegelset} onClick={nieuwBlad}>
            Nieuw offerteblad
          </Button>
        </div>
      )}
    </main>
  );
}
