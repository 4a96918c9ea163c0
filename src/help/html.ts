/**
 * The shell of every help page: plain static HTML in Dutch, one stylesheet next to it, no scripts and nothing
 * from elsewhere (the Content-Security-Policy says so too, in the spirit of the task pane's).
 */
const TEKENS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML: every value on a page passes through here, so no rule-set text can become markup. */
export function esc(t: string | number): string {
  return String(t).replace(/[&<>"']/g, (c) => TEKENS[c]);
}

export const CSP = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

export function pagina(o: { titel: string; inhoud: string; overzicht: boolean }): string {
  const terug = o.overzicht ? "" : `<nav><a href="index.html">Alle WLZ-functies</a></nav>\n`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${esc(o.titel)}</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
${terug}<main>
${o.inhoud}
</main>
<footer>Hulp bij de WLZ-invoegtoepassing voor Excel. Deze pagina is bij het bouwen gemaakt uit de functiedefinities en de regelsets, en elk voorbeeld is nagerekend met de functies zelf.</footer>
</body>
</html>
`;
}

/** A table with a header row; cells are HTML already (escape with esc). */
export function tabel(koppen: string[], rijen: string[][], klasse?: string): string {
  const kop = `<tr>${koppen.map((k) => `<th scope="col">${esc(k)}</th>`).join("")}</tr>`;
  const lijf = rijen.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<table${klasse ? ` class="${klasse}"` : ""}>\n<thead>${kop}</thead>\n<tbody>\n${lijf}\n</tbody>\n</table>`;
}

export function lijst(items: string[]): string {
  return `<ul>\n${items.map((i) => `<li>${i}</li>`).join("\n")}\n</ul>`;
}
