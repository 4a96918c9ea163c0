/**
 * The help pages of the WLZ.* functions, made at build time (scripts/hulppaginas.js) into dist/help/:
 * index.html and one page per function, named by its id in lower case (tarief.html). The description,
 * arguments and result of a function come from its JSDoc, through the functions.json that the build
 * generates from it and the @returns of src/functions/functions.ts; examples, errors and notes from
 * inhoud.ts; rule sets and sources from the rule sets themselves (dekking.ts).
 */
import type { WlzFunctieId } from "../functions/berekeningen";
import {
  alleDocumenten,
  alleOnduidelijkheden,
  LEVERINGSVORMEN,
  ONDERDELEN,
  PROFIELLABELS,
  regelsetOverzicht,
  TERMIJNSOORTEN,
  toonDatum,
} from "../rules";
import { dekking } from "./dekking";
import { esc, lijst, pagina, tabel } from "./html";
import { FUNCTIEHULP, type Functiehulp, type Voorbeeld } from "./inhoud";
import { type Celwaarde, toonCel, toonWaarde } from "./opmaak";

/** The part of functions.json the pages use (as custom-functions-metadata writes it). */
export interface Functiemeta {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
  result: { dimensionality?: string };
}

export interface Hulpinvoer {
  metadata: { functions: Functiemeta[] };
  /** The text of src/functions/functions.ts, for the @returns that functions.json does not keep. */
  functiesBron: string;
}

/** The page of a function: its id in lower case (fixed: the manifest, functions.json and other pages link it). */
export function hulpbestand(id: string): string {
  return `${id.toLowerCase()}.html`;
}

/** Every function needs a helpUrl, and it must point at its own page under the add-in's URL. */
export function helpUrlFouten(metadata: Hulpinvoer["metadata"], basisUrl: string): string[] {
  return metadata.functions
    .filter((f) => f.helpUrl !== `${basisUrl}help/${hulpbestand(f.id)}`)
    .map((f) => `WLZ.${f.id}: @helpurl is "${f.helpUrl ?? ""}", verwacht ${basisUrl}help/${hulpbestand(f.id)}`);
}

/** The @returns text per function id, from the JSDoc blocks of the functions source. */
export function resultaten(bron: string): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const [, blok] of bron.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const regels = blok.split("\n").map((r) => r.replace(/^\s*\*\s?/, "").trim());
    const id = regels.map((r) => /^@customfunction\s+(\S+)/.exec(r)?.[1]).find(Boolean);
    const i = regels.findIndex((r) => r.startsWith("@returns"));
    if (!id || i < 0) continue;
    const rest = regels.slice(i + 1);
    const einde = rest.findIndex((r) => r.startsWith("@") || r === "");
    uit[id] = [regels[i].replace(/^@returns\s*/, ""), ...rest.slice(0, einde < 0 ? rest.length : einde)].join(" ").trim();
  }
  return uit;
}

const DATUMARGUMENTEN = new Set(["contract_elders_van", "contract_elders_tot", "eerste_declaratie", "inschrijfdatum", "datum", "betaalmaand"]);

/** What an argument expects beyond its JSDoc line, shared by every function that has an argument of that name. */
function argumentuitleg(naam: string): string | undefined {
  if (naam === "regelset") return `Een id uit <a href="#regelsets">de regelsets</a> (of uit <a href="regelsets.html">WLZ.REGELSETS</a>); hoofdletters en spaties eromheen tellen niet. Een id die niet bestaat geeft #N/B.`;
  if (naam === "leveringsvorm") return `Een van ${LEVERINGSVORMEN.map((l) => `<code>${l}</code>`).join(", ")}; hoofdletters en spaties eromheen tellen niet.`;
  if (naam === "onderdeel") return `Een van ${ONDERDELEN.map((o) => `<code>${o}</code>`).join(", ")}; leeg is <code>zorg</code>.`;
  if (naam === "aanbieder") {
    return `Leeg: een bestaande aanbieder zonder bijzonderheden. Tekst: <code>bestaand</code>, <code>bestaand-nieuw</code> (bestaand maar nieuw voor het zorgkantoor) of <code>nieuw</code>. Of een bereik van twee kolommen, label links en waarde rechts, met de labels ${Object.values(PROFIELLABELS).map((l) => `<code>${esc(l)}</code>`).join(", ")}. Hoofdletters, spaties en een dubbele punt achter het label tellen niet; onbekende labels worden overgeslagen. Percentages als fractie (0,955) of tekst ("95,5%"); ja/nee-velden als ja of nee.`;
  }
  if (naam === "soort") return `Een van ${TERMIJNSOORTEN.map((s) => `<code>${s}</code>`).join(", ")}. Welke soorten een regelset kent staat onder Regelsets en bronnen.`;
  if (DATUMARGUMENTEN.has(naam)) return `Een datum: <code>DATUM(2025;7;31)</code>, een cel met een datum, of tekst als "31-07-2025".`;
  return undefined;
}

function syntaxis(f: Functiemeta): string {
  return `=WLZ.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ")})`;
}

/** The cells the examples refer to, laid out as in Excel: column letters above, row numbers beside. */
function bladTabel(bereik: string, cellen: Celwaarde[][]): string {
  const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(bereik);
  if (!m) throw new Error(`bereik ${bereik}: verwacht bijv. A4:B5`);
  const kolommen = Array.from({ length: m[3].charCodeAt(0) - m[1].charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(m[1].charCodeAt(0) + i));
  const kop = `<tr><th></th>${kolommen.map((k) => `<th scope="col">${k}</th>`).join("")}</tr>`;
  const rijen = cellen.map((rij, r) => `<tr><th scope="row">${Number(m[2]) + r}</th>${rij.map((c) => `<td>${esc(toonCel(c))}</td>`).join("")}</tr>`);
  return `<table class="blad" data-bereik="${bereik}">\n<caption>${bereik}</caption>\n${kop}\n${rijen.join("\n")}\n</table>`;
}

function uitkomstHtml(v: Voorbeeld): string {
  const u = v.uitkomst;
  const label = '<span class="label">Uitkomst:</span>';
  if ("tabel" in u) {
    const rijen = u.tabel.map((rij) => `<tr>${rij.map((c) => `<td>${esc(toonCel(c))}</td>`).join("")}</tr>`);
    const kol = u.kolommen ? ` data-kolommen="${u.kolommen.join(",")}"` : "";
    return `<div class="uitkomst">${label}\n<table class="spill"${kol}>\n${rijen.join("\n")}\n</table>\n</div>`;
  }
  if ("fout" in u) return `<p class="uitkomst">${label} <span class="fout">${u.fout}</span> <span class="melding">${esc(u.melding)}</span></p>`;
  return `<p class="uitkomst">${label} <span class="waarde">${esc(toonWaarde(u))}</span></p>`;
}

/** Each example as formula, result and why: one block each, so a spilled table gets the full width. */
function voorbeeldenHtml(h: Functiehulp): string {
  const blad = h.blad
    ? `<p>In het werkblad van de voorbeelden staat:</p>\n<div class="bladen">\n${Object.entries(h.blad).map(([b, c]) => bladTabel(b, c)).join("\n")}\n</div>`
    : "";
  const blokken = h.voorbeelden.map(
    (v) => `<div class="voorbeeld">
<pre><code class="formule">${esc(v.formule)}</code></pre>
${uitkomstHtml(v)}${v.toelichting ? `\n<p class="toelichting">${esc(v.toelichting)}</p>` : ""}
</div>`,
  );
  return `${blad}
${blokken.join("\n")}
<p class="noot">Bedragen staan zoals Excel ze toont met de celopmaak Valuta, datums met de opmaak Datum; zonder opmaak toont Excel het getal zelf.</p>`;
}

/** The errors every function shares, then the function's own. */
function foutenHtml(f: Functiemeta, h: Functiehulp): string {
  const algemeen: Functiehulp["fouten"] = f.parameters.some((p) => p.name === "regelset")
    ? [
        { code: "#N/B", wanneer: "de regelset niet bestaat (de melding noemt de id)" },
        { code: "#WAARDE!", wanneer: "een argument onleesbaar is: tekst waar een getal hoort, een tekst die twee dingen kan betekenen (\"1.000\"), een bereik waar één waarde hoort, of een bereik van meer dan 10.000 cellen" },
      ]
    : [];
  const items = [...algemeen, ...h.fouten].map((x) => `<strong>${x.code}</strong> als ${esc(x.wanneer)}.`);
  if (items.length === 0) return "<p>Deze functie geeft geen foutwaarden.</p>";
  return `${lijst(items)}\n<p>Bij een foutwaarde toont Excel de melding als u op het foutsymbool naast de cel klikt.</p>`;
}

function dekkingHtml(id: WlzFunctieId): string {
  const rijen = dekking(id).map(({ regelset, dekking: d }) => [
    `<code>${esc(regelset.id)}</code>`,
    "niet" in d ? `<span class="niet">${esc(d.niet)}</span>` : esc(d.wat),
    d.bronnen.length ? lijst(d.bronnen.map(esc)) : "",
  ]);
  return tabel(["Regelset", "Wat de functie hier rekent", "Bronnen"], rijen, "dekking");
}

function functiepagina(f: Functiemeta, h: Functiehulp, resultaat: string | undefined): string {
  const id = f.id as WlzFunctieId;
  const argumenten = f.parameters.map((p) => {
    const extra = argumentuitleg(p.name);
    return [`<code>${esc(p.name)}</code>`, p.optional ? "optioneel" : "verplicht", `${esc(p.description ?? "")}${extra ? `<br>${extra}` : ""}`];
  });
  const spill = f.result.dimensionality === "matrix" ? " De uitkomst is een tabel die vanuit de cel naar rechts en naar beneden overloopt." : "";
  const inhoud = `<h1>WLZ.${esc(f.name)}</h1>
<p class="omschrijving">${esc(f.description ?? "")}</p>
<h2>Syntaxis</h2>
<pre><code>${esc(syntaxis(f))}</code></pre>
<p>In Nederlandstalig Excel staat <code>;</code> tussen de argumenten. Argumenten tussen [ ] mogen weg; laat een optioneel argument in het midden leeg met <code>;;</code>.</p>
<h2>Argumenten</h2>
${argumenten.length ? tabel(["Argument", "Nodig", "Wat het verwacht"], argumenten, "argumenten") : "<p>Deze functie heeft geen argumenten.</p>"}
<h2>Uitkomst</h2>
<p>${esc(resultaat ?? "")}${spill}</p>
${h.opmerkingen ? lijst(h.opmerkingen.map(esc)) : ""}
<h2>Voorbeelden</h2>
${voorbeeldenHtml(h)}
<h2>Foutwaarden</h2>
${foutenHtml(f, h)}
<h2 id="regelsets">Regelsets en bronnen</h2>
<p>Wat de functie per regelset rekent, met de documenten en paragrafen waar de regels staan.</p>
${dekkingHtml(id)}`;
  return pagina({ titel: `WLZ.${f.name}: hulp bij de WLZ-functies`, inhoud, overzicht: false });
}

function overzicht(functies: Functiemeta[]): string {
  const lijstFuncties = functies.map((f) => [`<a href="${hulpbestand(f.id)}"><code>WLZ.${esc(f.name)}</code></a>`, esc(f.description ?? "")]);
  const regelsets = regelsetOverzicht().map(([id, zk, sector, jaar, , , van, tot, status]) => [`<code>${esc(id)}</code>`, esc(zk), esc(sector), esc(jaar), esc(`${toonDatum(van)} t/m ${toonDatum(tot)}`), esc(status)]);
  const onduidelijk = alleOnduidelijkheden().map((o) => [`<code>${esc(o.id)}</code>`, esc(o.vraag), esc(o.standaard)]);
  const documenten = alleDocumenten().map((d) => [esc(d.kort), esc(d.uitgever), esc(d.inkoopjaren.join(", ")), esc(d.status === "secundair" ? `${d.soort} (secundaire bron)` : d.soort), esc(d.datumOfVersie)]);
  const inhoud = `<h1>Hulp bij de WLZ-functies</h1>
<p>De functies <code>WLZ.*</code> rekenen de inkoopregels van de zorgkantoren (tarieven, volumes, crisisbedden, termijnen, betalingen) uit in Excel, per regelset: de regels van één zorgkantoor, sector en inkoopjaar. Elke uitkomst volgt uit een beleidsdocument; op de pagina van een functie staat per regelset welk document en welke paragraaf.</p>
<h2>Functies</h2>
${tabel(["Functie", "Wat ze doet"], lijstFuncties, "functies")}
<h2>In Nederlandstalig Excel</h2>
${lijst([
  "Tussen de argumenten staat <code>;</code>, in getallen een komma: <code>=WLZ.TARIEF(\"CZ-VV-2021\";\"ZZP\";212,37;10;5)</code>.",
  "Foute invoer geeft <strong>#WAARDE!</strong>; een regelset, leveringsvorm of waarde die niet bestaat of niet in de bron staat geeft <strong>#N/B</strong>. Klik op het foutsymbool naast de cel voor de melding: die noemt het argument en wat er verwacht wordt.",
  "Bij bedragen en aantallen telt een lege cel als 0. Percentages zijn fracties (0,955) of tekst (\"95,5%\"); een getal boven 1 is #WAARDE!, want een tarief boven het NZa-maximum bestaat niet.",
  "Getallen als tekst (\"212,37\", \"€ 1.212,37\") worden gelezen zoals Nederlandstalig Excel ze toont. Een tekst die twee dingen kan betekenen (\"1.212\", \"1.000\") geeft #WAARDE!: typ het getal zonder punt tussen de duizendtallen.",
  "Waarden die de bronnen niet geven (zoals het richttarief GZ 2026) worden nooit geraden: de functie geeft #N/B en de melding zegt met welk profielveld (Richttarief of Afgesproken percentage) u ze aanvult.",
])}
<h2 id="regelsets">Regelsets</h2>
${tabel(["Id", "Zorgkantoor", "Sector", "Inkoopjaar", "Geldig", "Status"], regelsets, "regelsets")}
<h2 id="onduidelijk">Onduidelijke regels en de gekozen standaard</h2>
<p>Waar een bron meer lezingen toelaat, rekenen de functies met een vaste standaard. <code>WLZ.TARIEFUITLEG</code> toont dan een regel <em>Let op (id)</em>, en de controle van het taakvenster en van <code>wlz-check</code> meldt <code>WLZ-AMB-001</code> met de id.</p>
${tabel(["Id", "Vraag", "Gekozen standaard"], onduidelijk, "onduidelijk")}
<h2 id="documenten">De documenten</h2>
${tabel(["Document", "Uitgever", "Inkoopjaren", "Soort", "Datum of versie"], documenten, "documenten")}`;
  return pagina({ titel: "Hulp bij de WLZ-functies", inhoud, overzicht: true });
}

/** All pages by file name (index.html, tarief.html, ...), in the order of the index. */
export function maakHulppaginas(invoer: Hulpinvoer): Record<string, string> {
  const perId = new Map(invoer.metadata.functions.map((f) => [f.id, f]));
  const ids = Object.keys(FUNCTIEHULP) as WlzFunctieId[];
  const zonderHulp = [...perId.keys()].filter((id) => !(id in FUNCTIEHULP));
  const zonderFunctie = ids.filter((id) => !perId.has(id));
  if (zonderHulp.length || zonderFunctie.length) {
    throw new Error(`hulp en functions.json verschillen: zonder hulp ${zonderHulp.join(", ") || "-"}; zonder functie ${zonderFunctie.join(", ") || "-"}`);
  }
  const terug = resultaten(invoer.functiesBron);
  const functies = ids.map((id) => perId.get(id)!);
  const paginas: Record<string, string> = { "index.html": overzicht(functies) };
  for (const f of functies) paginas[hulpbestand(f.id)] = functiepagina(f, FUNCTIEHULP[f.id as WlzFunctieId], terug[f.id]);
  return paginas;
}
