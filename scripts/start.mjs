/**
 * `npm start` / `npm stop`: sideload via office-addin-debugging where desktop Excel exists (Windows, macOS);
 * on Linux, where there is no desktop Excel, explain how to sideload in Excel on the web instead.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const actie = process.argv[2] === "stop" ? "stop" : "start";
const require = createRequire(import.meta.url);

function heeftDebugging() {
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    return false;
  }
}

if (process.platform === "linux" || !heeftDebugging()) {
  if (actie === "stop") {
    console.log("Niets te stoppen: zonder Excel voor Windows of Mac is de invoegtoepassing niet automatisch geladen.");
    console.log("Stop de ontwikkelserver met Ctrl+C in het venster van `npm run dev-server`.");
    process.exit(0);
  }
  console.log(`Excel voor de desktop is op dit systeem niet beschikbaar${heeftDebugging() ? "" : " (office-addin-debugging is niet geïnstalleerd; het is optioneel: installeer het met \`npm install office-addin-debugging\` om in Excel voor Windows of Mac automatisch te laden)"}.
Zo test u de invoegtoepassing in Excel op het web:

  1. Start de ontwikkelserver:            npm run dev-server
     (de eerste keer maakt office-addin-dev-certs een lokaal ontwikkelcertificaat;
      vertrouw dat certificaat in uw browser via https://localhost:3000/taskpane.html)
  2. Open https://www.office.com, maak of open een werkmap in Excel op het web.
  3. Kies Start > Invoegtoepassingen > Meer invoegtoepassingen > Mijn invoegtoepassingen >
     Mijn invoegtoepassing uploaden, en kies het bestand manifest.xml uit deze map.
  4. De knop "Offerte controleren" verschijnt op het tabblad Start; typ in een cel bijvoorbeeld
     =WLZ.TARIEFPERCENTAGE("LANDELIJK-2021";"ZZP")

Voor een productieversie: ADDIN_URL=https://uw.server/pad/ npm run build en publiceer dist/.`);
  process.exit(0);
}

const r = spawnSync("npx", ["office-addin-debugging", actie, "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
process.exit(r.status ?? 1);
