/**
 * Minste rechten: het manifest vraagt ReadWriteDocument (het taakvenster schrijft een rapportblad en een
 * offerteblad) en niets meer: geen mailbox-, SSO- of Graph-rechten, geen vreemde domeinen. De test
 * houdt ook de andere kant eerlijk: zonder schrijvers in de code zou ReadDocument genoeg zijn.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, zorgVoorBuild } from "../support/bundel";

const RECHTEN = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

function lees(pad: string) {
  const xml = readFileSync(pad, "utf8");
  const doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(xml) as { OfficeApp: Record<string, unknown> };
  return { xml, app: doc.OfficeApp };
}

beforeAll(() => zorgVoorBuild(), 180_000);

describe.each([
  ["manifest.xml", "https://localhost:3000"],
  ["dist/manifest.xml", undefined],
])("%s: minste rechten", (pad, oorsprongBron) => {
  it("precies één <Permissions>, met ReadWriteDocument", () => {
    const { xml, app } = lees(join(ROOT, pad));
    expect(xml.match(/<Permissions>/g)).toHaveLength(1);
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(RECHTEN).toContain(app.Permissions);
  });

  it("geen extra rechten: geen SSO/Graph (WebApplicationInfo), geen mailbox-, apparaat- of uitgebreide rechten", () => {
    const { xml } = lees(join(ROOT, pad));
    for (const el of ["WebApplicationInfo", "Scopes", "ExtendedPermissions", "DevicePermissions", "ReadWriteMailbox", "ReadWriteItem", "Authorization"]) {
      expect(xml, el).not.toContain(`<${el}`);
    }
  });

  it("geen AppDomain (de eigen oorsprong is al vertrouwd, issue 15), en alle adressen https", () => {
    const { xml, app } = lees(join(ROOT, pad));
    const bron = oorsprongBron ?? new URL((app.DefaultSettings as { SourceLocation: { "@_DefaultValue": string } }).SourceLocation["@_DefaultValue"]).origin;
    expect(app.AppDomains).toBeUndefined();
    expect(xml).not.toContain("<AppDomain");
    const adressen = [...xml.matchAll(/DefaultValue="([a-z]+:\/\/[^"]+)"/gi)].map((m) => m[1]);
    expect(adressen.length).toBeGreaterThan(5);
    // alle adressen van de invoegtoepassing zelf (geen tracking, geen derde partij)
    for (const a of adressen) expect(new URL(a).origin, a).toBe(bron);
    for (const a of adressen) expect(a.startsWith("https://"), a).toBe(true);
  });
});

describe("ReadWriteDocument is ook nodig", () => {
  it("het taakvenster voegt werkbladen toe en schrijft waarden (rapport, offerteblad)", () => {
    const bron = readFileSync(join(ROOT, "src", "workbook", "schrijven.ts"), "utf8");
    expect(bron).toMatch(/worksheets\.add\(/);
    expect(bron).toMatch(/\.values\s*=/);
  });
});
