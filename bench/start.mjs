/**
 * Entry of `npm run bench`: bundles bench/index.ts with esbuild (without keepNames) and runs the bundle
 * with plain node. Why not tsx: tsx compiles with esbuild's keepNames, which wraps every nested function
 * in a __name() call; the formula parser defines its helpers per call, so under tsx the checker measured
 * about a third slower than the webpack-built CLI. This bundle runs the same source the way webpack ships it.
 * The bundle lives two levels below the root, where test/support expects __dirname to be.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const uit = join(root, "node_modules/.cache/wlz-bench.cjs");
mkdirSync(dirname(uit), { recursive: true });
await build({
  entryPoints: [join(root, "bench/index.ts")],
  outfile: uit,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  keepNames: false,
  logLevel: "warning",
});
const r = spawnSync(process.execPath, ["--expose-gc", uit, ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exitCode = r.status ?? 1;
