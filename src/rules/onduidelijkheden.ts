/**
 * Register of the ambiguities in the sources: every id a rule can emit as a Waarschuwing (WLZ-AMB-001 in the
 * checker, "Let op (…)" in WLZ.TARIEFUITLEG), with the open question and the default the rules apply, in the
 * user's words. The decision record of an id is docs/onduidelijkheden/<id>.md (quote, readings, default and why,
 * what would settle it); test/rules/onduidelijkheden.test.ts keeps this register, the code and the records in step.
 */
export interface Onduidelijkheid {
  /** The open question, as a user would ask it. */
  vraag: string;
  /** The documented default the rules core applies. */
  standaard: string;
}

export const ONDUIDELIJKHEDEN = {
  "AMB-PP": {
    vraag: "Is \"2% lager\", \"−2%\" of \"+0,4%\" een verschil in procentpunten of een relatief verschil?",
    standaard: "procentpunten: 97,8% − 2 = 95,8%, niet 95,844%",
  },
  "AMB-NHCNIC": {
    vraag: "Tegen welk percentage wordt NHC/NIC vergoed waar de bron alleen \"exclusief NHC/NIC\" zegt of niets noemt?",
    standaard: "100%; de controle meldt een afwijking als waarschuwing, niet als fout",
  },
  "AMB-HISTORISCH": {
    vraag: "Wat geldt voor een aanbieder met een historisch lager tariefpercentage?",
    standaard: "2021: het lagere percentage blijft, zonder opslag erbovenop; 2026: zonder afgesproken percentage het historische percentage, nooit boven het richttarief",
  },
  "AMB-CZ26-VOETNOOT": {
    vraag: "Wie hoort bij \"de categorie zorgaanbieders met een lager tarief\" (de voetnoot ontbreekt)?",
    standaard: "de vier categorieën van §5.1.2a: nieuw (ook bestaand maar nieuw), historisch lager tarief, historisch lagere kosten, geen actieve regionale bijdrage",
  },
  "AMB-STAPELING": {
    vraag: "Stapelen verlagingen als er meer dan één van toepassing is?",
    standaard: "nee: de laagste uitkomst telt",
  },
  "AMB-CZ26-BASISJAAR": {
    vraag: "Is de basis van het initiële volume 2026 de herschikte afspraak 2024 of 2025?",
    standaard: "2025, het jaar waarvan de formule de realisatie gebruikt",
  },
  "AMB-CZ26-VOLGORDE": {
    vraag: "Worden de correcties vóór of na de 95% toegepast?",
    standaard: "eerst corrigeren, dan 95%",
  },
  "AMB-CZ21-CRISIS": {
    vraag: "Waartegen wordt de leegstand van crisisbedden gemeten, en telt precies 50% als \"meer dan 50%\"?",
    standaard: "tegen de gedeclareerde dagen (bezet + onbezet), zonder afronding; precies 50% is niet meer dan 50%",
  },
  "AMB-CZ21-CAP": {
    vraag: "Welke dagen boven 365 per afgesproken bed vervallen?",
    standaard: "de uitkomst wordt op het maximum van 365 × bedden gezet",
  },
  "AMB-DSW": {
    vraag: "Is \"een verhoging/verlaging van maximaal 1%\" elke stap tot 1 procentpunt of precies 1?",
    standaard: "de volle stap, met het bereik als toegestane marge",
  },
  "AMB-MONITOR": {
    vraag: "Welke monitoruitkomst geldt als het profiel er geen noemt?",
    standaard: "gelijkblijvend",
  },
  "AMB-FREEPROPOSAL": {
    vraag: "Wat betekent \"free proposal tot 100%\"?",
    standaard: "een tariefpercentage van het NZa-tarief tot 100%, in plaats van de opslag bewegingen en doelen",
  },
  "AMB-CONTRACTEERRUIMTE": {
    vraag: "Stijgt het tarief als de contracteerruimte om een andere reden dan een groeiende zorgvraag hoger wordt?",
    standaard: "geen automatische tariefverhoging; het tarief kan alleen omlaag",
  },
  "AMB-KB-VOORSCHOT": {
    vraag: "Vanaf wanneer is het voorschot op het kwaliteitsbudget 85% in plaats van 75%?",
    standaard: "85% van het toegekende budget vanaf 1 mei 2021 (de betaling van mei); \"tenzij de realisatie 2020 andere informatie bevat\" is niet gemodelleerd",
  },
  "AMB-KB-INITIEEL": {
    vraag: "Welke kwaliteitstoeslagen en welke afronding gelden voor het initiële kwaliteitsbudget?",
    standaard: "de toeslagen van de NZa zijn invoer; één keer afronden op centen, aan het eind",
  },
  "AMB-CZ26-BIJLAGE3": {
    vraag: "Welke documenten van Bijlage 3 moeten bij de inschrijving mee, nu de kolommen met de termijnen ontbreken?",
    standaard: "alleen de documenten die de tekst aan de inschrijving koppelt",
  },
  "AMB-CZ21-VOG-UITZONDERING": {
    vraag: "Volstaat in 2021 een bewijs van aanvraag van de VOG, terwijl het CZ-document een VOG op de inschrijfdatum eist?",
    standaard: "ja: de eenmalige uitzondering van de Nota van Inlichtingen geldt",
  },
  "AMB-CZ26-LOCATIE": {
    vraag: "Welk zorgkantoor contracteert een kleine GZ-locatie die onder de uitzondering op de locatieregel valt?",
    standaard: "alleen melden dat de locatieregel niet geldt; geen zorgkantoor kiezen",
  },
  "AMB-CATEGORIE-PEILJAAR": {
    vraag: "Is het peiljaar van \"bestaand maar nieuw\" kalenderjaar 2024, terwijl het inkoopjaar 2026 is?",
    standaard: "letterlijk: 2024",
  },
  "AMB-CATEGORIE-INSCHRIJFDATUM": {
    vraag: "Op welk moment moet de overeenkomst elders nog lopen als er geen inschrijfdatum is opgegeven?",
    standaard: "op de sluiting van de inschrijving (CZ-GZ-2026: 31-07-2025 17:00)",
  },
  "AMB-CZ26-UITZONDERING": {
    vraag: "Welk tarief krijgt een nieuwe of bestaand-maar-nieuwe aanbieder zolang niet bekend is of het zorgkantoor een uitzondering maakt?",
    standaard: "volgt het profielveld Uitzondering; zonder dat veld richttarief − 2 met als marge tot het richttarief; met uitzondering maar zonder afgesproken percentage het richttarief",
  },
  "AMB-CZ26-HONDERD": {
    vraag: "Geldt 100% voor VPT, DTV en logeren ook in 2026?",
    standaard: "ja, 100% ook in 2026",
  },
  "AMB-CZ26-DOCHTERS": {
    vraag: "Telt zorg door 100%-dochters in 2026 mee als onderaanneming?",
    standaard: "nee, zoals in 2021",
  },
  "AMB-CZ21-TUSSENTIJDS": {
    vraag: "Is \"van 1 december 2020 tot 1 mei 2021\" tot en met 1 mei?",
    standaard: "nee: 30 april 2021 is de laatste dag",
  },
  "AMB-CZ21-DAGEN": {
    vraag: "Zijn de 20 dagen voor bezwaar (CZ 2021) kalenderdagen of werkdagen?",
    standaard: "kalenderdagen; een termijn die in het weekend eindigt wordt niet verlengd",
  },
  "AMB-WERKDAG": {
    vraag: "Welke dagen tellen als werkdag bij \"de 17e werkdag\"?",
    standaard: "maandag tot en met vrijdag, zonder de feestdagen van de Algemene termijnenwet",
  },
  "AMB-CZ26-BEGINVOORSCHOT": {
    vraag: "Welke afspraak en hoeveel maanden gelden voor het voorschot van januari en februari 2026?",
    standaard: "de initiële afspraak 2026; de betaalmaand telt mee (januari 1, februari 2)",
  },
  "AMB-CZ26-VOORSCHOT": {
    vraag: "Hoe groot is één maand voorschot?",
    standaard: "1/12 van de productieafspraak",
  },
  "AMB-ZZP4": {
    vraag: "Welke ZZP 4 bedoelt \"geen intramurale zorg met ZZP4 meer\"?",
    standaard: "alle intramurale ZZP 4 (VV4), met en zonder behandeling; bij VGZ alleen met sociale context",
  },
  "AMB-ZZ-GROEIPLAFOND": {
    vraag: "Wat betekent \"groeiplafond tot 80% voor verblijf incl. behandeling\"?",
    standaard: "het aandeel verblijf inclusief behandeling in de intramurale mix mag tot en met 80% zijn",
  },
} as const satisfies Record<`AMB-${string}`, Onduidelijkheid>;

/** An id of the register: the only ids a Waarschuwing may carry. */
export type OnduidelijkheidId = keyof typeof ONDUIDELIJKHEDEN;

/** The register in a fixed order, for lists (help pages, tests). */
export function alleOnduidelijkheden(): ({ id: OnduidelijkheidId } & Onduidelijkheid)[] {
  return (Object.keys(ONDUIDELIJKHEDEN) as OnduidelijkheidId[]).map((id) => ({ id, ...ONDUIDELIJKHEDEN[id] }));
}
