import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/** Het taakvenster bundelt de werkmaplaag en de nep-Excel voor de browser: geen Node-modules erin. */
describe("browserbundel", () => {
  it.each(["src/workbook/index.ts", "test/support/fake-excel.ts"])("%s bundelt voor de browser", async (ingang) => {
    const uit = await build({ entryPoints: [ingang], bundle: true, platform: "browser", format: "esm", write: false, logLevel: "silent" });
    expect(uit.errors).toEqual([]);
    expect(uit.outputFiles[0].text).not.toMatch(/\brequire\(|from "node:/);
  });

  it("de .xlsx-lezer hoort er niet in (Node-only) en faalt dus voor de browser", async () => {
    await expect(
      build({ entryPoints: ["src/workbook/xlsx.ts"], bundle: true, platform: "browser", write: false, logLevel: "silent" }),
    ).rejects.toThrow(/node:/);
  });
});
