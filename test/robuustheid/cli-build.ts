/**
 * Bouwt dist/cli/wlz-check.js als hij ontbreekt of ouder is dan zijn bronnen (src/cli, src/workbook,
 * src/rules), zodat de vijandige tests de CLI testen die een gebruiker krijgt. Zelfde slot als de
 * bundelbouw (test/support/bundel.ts), zodat parallelle tests elkaars dist/ niet opruimen.
 */
import { execFileSync } from "node:child_process";
import { ROOT } from "../support/bundel";

const VEROUDERD_JS = `
const fs = require("node:fs"), path = require("node:path");
const nieuwste = (p) => { if (!fs.existsSync(p)) return 0; const s = fs.statSync(p); return s.isDirectory() ? Math.max(0, ...fs.readdirSync(p).map((n) => nieuwste(path.join(p, n)))) : s.mtimeMs; };
const verouderd = () => !fs.existsSync("dist/cli/wlz-check.js") ||
  nieuwste("dist/cli/wlz-check.js") < Math.max(...["src/cli", "src/workbook", "src/rules", "webpack.config.js"].map(nieuwste));
`;

export function zorgVoorCli(): void {
  const bouw = `${VEROUDERD_JS}
if (verouderd()) require("node:child_process").execFileSync("npx", ["webpack", "--mode", "production", "--config-name", "cli"], { stdio: "inherit" });`;
  execFileSync("flock", ["/tmp/wlz-addin-build.lock", "node", "-e", bouw], { cwd: ROOT, stdio: "inherit" });
}
