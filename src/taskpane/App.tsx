/**
 * Het taakvenster: controleer de geopende werkmap, bekijk de bevindingen, spring naar de cel,
 * schrijf een rapport of een nieuw offerteblad, en laat de afleiding van een tariefpercentage zien.
 * Excel wordt alleen via `host` aangesproken (zie host.ts).
 */
import { useMemo, useState, type KeyboardEvent } from "react";
import {
  Button,
  Caption1,
  Field,
  Select,
  ProgressBar,
  Subtitle1,
  Subtitle2,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDown16Regular,
  ArrowUp16Regular,
  DocumentTable20Regular,
  SelectAllOn20Regular,
  ShieldTask20Regular,
  TableAdd20Regular,
} from "@fluentui/react-icons";
import type { Bevinding, Controleerder, Controleresultaat, Ernst, ExcelHost } from "./host";
import {
  codes as codesVan,
  ERNSTEN,
  filter,
  foutTekst,
  getoondTekst,
  type Groepering,
  lijstgroepen,
  maakItems,
  oordeel,
  samenvattingTekst,
  tel,
} from "./model";
import { regelsetStatus, regelsetTekst, werkmapgegevens, type Werkmapgegevens } from "./gegevens";
import { ZonderAfbreken } from "./components/ZonderAfbreken";
import { dekkingRegel } from "../workbook/dekking";
import { tariefuitleg, type Tariefuitleg as Uitleg } from "./uitleg";
import { Bevindingenlijst } from "./components/Bevindingenlijst";
import { ALLE_CODES, Filters } from "./components/Filters";
import { Melding, type MeldingInhoud } from "./components/Melding";
import { AUTOMATISCH, RegelsetKeuze } from "./components/RegelsetKeuze";
import { Tariefuitleg } from "./components/Tariefuitleg";
import { HULPPAGINA, Hulplink } from "./components/Hulplink";
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
  oordeel: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  naast: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", "& > *": { flexGrow: 1, minWidth: 0 } },
  navigatie: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  volle: { width: "100%" },
  voet: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
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
  const [groepering, setGroepering] = useState<Groepering>("ernst");
  const [gegevens, setGegevens] = useState<(Werkmapgegevens & { naam: string | null }) | null>(null);

  const zichtbaar = useMemo(
    () => (resultaat ? filter(resultaat.bevindingen, { ernsten, code: code === ALLE_CODES ? null : code }) : []),
    [resultaat, ernsten, code],
  );
  const items = useMemo(() => maakItems(zichtbaar, gegevens?.prestatieVan), [zichtbaar, gegevens]);
  /** The items in the order the list shows them: what "Volgende" and "Vorige" walk through. */
  const volgorde = useMemo(() => lijstgroepen(items, groepering).flatMap((g) => g.items), [items, groepering]);
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
      const naam = host.leesNaam ? await host.leesNaam() : null;
      setGegevens({ ...werkmapgegevens(werkmap), naam });
      setResultaat(r);
      setGekozen(null);
      setGrens(BEVINDINGEN_PER_KEER);
      if (!keuze) setInWerkmap(r.regelset);
      setTijdstip(new Date().toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" }));
      if (code !== ALLE_CODES && !r.bevindingen.some((b) => b.code === code)) setCode(ALLE_CODES);
    });

  const kies = (b: Bevinding) => {
    setGekozen(b);
    return voerUit(`Naar ${b.cell || b.sheet}…`, "Kan de cel niet selecteren.", () => host.selecteer(b.sheet, b.cell));
  };

  /** Next (+1) or previous (-1) finding in list order, wrapping around as Excel's error checking does; selects its cell. */
  const stap = (richting: 1 | -1) => {
    if (volgorde.length === 0) return;
    const nu = gekozen ? volgorde.findIndex((i) => i.alle.includes(gekozen)) : -1;
    const naar = nu < 0 ? (richting === 1 ? 0 : volgorde.length - 1) : (nu + richting + volgorde.length) % volgorde.length;
    if (naar >= grens) setGrens(Math.ceil((naar + 1) / BEVINDINGEN_PER_KEER) * BEVINDINGEN_PER_KEER);
    const item = volgorde[naar];
    const inLijst = (document.activeElement as HTMLElement | null)?.dataset?.bevinding !== undefined;
    setTimeout(() => {
      // Compare the attribute instead of building a selector: keys hold cell references and sheet names.
      const el = [...document.querySelectorAll<HTMLElement>("[data-bevinding]")].find((k) => k.dataset.bevinding === item.sleutel);
      el?.scrollIntoView?.({ block: "nearest" });
      if (inLijst) el?.focus();
    }, 0);
    void kies(item.bevinding);
  };

  /** Alt+↓ / Alt+↑ anywhere in the pane: next / previous finding, and select its cell. */
  const sneltoets = (e: KeyboardEvent<HTMLElement>) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== "ArrowDown" && e.key !== "ArrowUp") || !resultaat) return;
    e.preventDefault();
    stap(e.key === "ArrowDown" ? 1 : -1);
  };

  const foutcellen = useMemo(() => {
    const perBlad = new Map<string, string[]>();
    for (const b of resultaat?.bevindingen ?? []) {
      if (b.severity !== "fout" || !b.cell || !b.sheet) continue;
      const lijst = perBlad.get(b.sheet) ?? [];
      if (!lijst.includes(b.cell)) lijst.push(b.cell);
      perBlad.set(b.sheet, lijst);
    }
    return [...perBlad.entries()].sort((a, b) => b[1].length - a[1].length);
  }, [resultaat]);

  const selecteerFoutcellen = () =>
    voerUit("Cellen selecteren…", "Kan de cellen niet selecteren.", async () => {
      const [blad, cellen] = foutcellen[0];
      await host.selecteerCellen!(blad, cellen);
      const anders = foutcellen.slice(1).map(([b, c]) => `${b} (${c.length})`);
      setMelding({
        intent: "info",
        titel: `${cellen.length} ${cellen.length === 1 ? "cel" : "cellen"} met fouten geselecteerd op werkblad ${blad}`,
        tekst: `Er is niets gewijzigd.${anders.length ? ` Ook fouten op: ${anders.join(", ")}; Excel selecteert op één werkblad tegelijk.` : ""}`,
      });
    });

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
  const rsStatus = resultaat?.regelset ? regelsetStatus(resultaat.regelset) : null;
  const getoond = samenvatting ? getoondTekst(samenvatting, tel(zichtbaar), ernsten, code === ALLE_CODES ? null : code) : null;
  return (
    <main className={s.venster} aria-busy={bezig !== null} onKeyDown={sneltoets}>
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
                  {oordeel(samenvatting, resultaat.regelset !== null && resultaat.dekking?.regelsToegepast !== false)}
                </Subtitle2>
                <Text size={200} as="p" className={s.samenvattingRegel}>
                  {samenvattingTekst(samenvatting)}
                </Text>
                {getoond && (
                  <Text size={200} as="p" className={s.oordeel} aria-label="Getoond">
                    {getoond}
                  </Text>
                )}
                {gegevens?.naam && <Caption1>{`Bestand: ${gegevens.naam}`}</Caption1>}
                {(gegevens?.zorgaanbieder || gegevens?.agbcode) && (
                  <Caption1>
                    <ZonderAfbreken
                      tekst={[gegevens.zorgaanbieder && `Zorgaanbieder: ${gegevens.zorgaanbieder}`, gegevens.agbcode && `AGB-code ${gegevens.agbcode}`].filter(Boolean).join(" · ")}
                    />
                  </Caption1>
                )}
                <Caption1 className={g.gedempt}>
                  {resultaat.regelset ? (
                    <ZonderAfbreken tekst={`Regelset ${regelsetTekst(resultaat.regelset)} · gecontroleerd om ${tijdstip}`} />
                  ) : (
                    "Geen geldige regelset in de werkmap: kies er een hierboven."
                  )}
                </Caption1>
                {rsStatus && (
                  <>
                    <Caption1 aria-label="Regelset geldig">
                      <ZonderAfbreken tekst={rsStatus.jaar} />
                    </Caption1>
                    <Caption1 aria-label="Status regelset" className={rsStatus.secundair ? s.oordeel : undefined}>
                      <ZonderAfbreken tekst={rsStatus.status} />
                    </Caption1>
                    <Caption1 className={g.gedempt}>{rsStatus.dataversie}</Caption1>
                  </>
                )}
                {resultaat.dekking && <Caption1 aria-label="Gecontroleerd">{`Gecontroleerd: ${dekkingRegel(resultaat.dekking)}.`}</Caption1>}
                {resultaat.dekking?.tabellen.map((t) => (
                  <Caption1 key={`${t.soort}|${t.blad}|${t.kopregel}`} className={g.gedempt}>
                    {`${t.soort === "prestatie" ? "Prestatietabel" : "Crisistabel"} op ${t.blad}, kopregel ${t.kopregel}: ${t.rijen} ${t.rijen === 1 ? "rij" : "rijen"}${t.overgeslagen.length ? `, ${t.overgeslagen.length} overgeslagen` : ""}`}
                  </Caption1>
                ))}
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
                  <Field label="Groeperen" size="small">
                    <Select size="small" value={groepering} onChange={(_, d) => setGroepering(d.value as Groepering)}>
                      <option value="ernst">Per ernst</option>
                      <option value="rij">Per rij (prestatie)</option>
                    </Select>
                  </Field>
                  <div className={s.navigatie} role="toolbar" aria-label="Bevindingen doorlopen">
                    <Button size="small" icon={<ArrowUp16Regular />} aria-keyshortcuts="Alt+ArrowUp" title="Vorige bevinding (Alt+↑)" disabled={volgorde.length === 0 || bezig !== null} onClick={() => stap(-1)}>
                      Vorige
                    </Button>
                    <Button size="small" icon={<ArrowDown16Regular />} aria-keyshortcuts="Alt+ArrowDown" title="Volgende bevinding (Alt+↓)" disabled={volgorde.length === 0 || bezig !== null} onClick={() => stap(1)}>
                      Volgende
                    </Button>
                  </div>
                  {host.selecteerCellen && foutcellen.length > 0 && (
                    <Button icon={<SelectAllOn20Regular />} disabled={bezig !== null} onClick={selecteerFoutcellen}>
                      Selecteer alle cellen met fouten
                    </Button>
                  )}
                  <Button icon={<DocumentTable20Regular />} disabled={bezig !== null || zichtbaar.length === 0} onClick={rapport}>
                    {`Rapport naar nieuw werkblad (${zichtbaar.length})`}
                  </Button>
                  <Caption1 className={g.gedempt}>Alt+↓ en Alt+↑: volgende en vorige bevinding (selecteert de cel). In de lijst: pijltjestoetsen, Enter selecteert.</Caption1>
                  {zichtbaar.length === 0 ? (
                    <Text className={g.gedempt}>Geen bevindingen met deze filters.</Text>
                  ) : (
                    <>
                      <Bevindingenlijst items={items} groepering={groepering} gekozen={gekozen} grens={grens} onKies={kies} />
                      {items.length > grens && (
                        <Button appearance="secondary" onClick={() => setGrens(grens + BEVINDINGEN_PER_KEER)}>
                          {`Toon meer (${grens} van ${items.length} getoond)`}
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

      <footer className={s.voet}>
        <Caption1>
          <Hulplink pagina={HULPPAGINA.overzicht}>Hulp bij de WLZ-functies</Hulplink>
        </Caption1>
      </footer>
    </main>
  );
}
