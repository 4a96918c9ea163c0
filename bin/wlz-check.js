#!/usr/bin/env node
"use strict";
// Tiny shim: the CLI itself is bundled by webpack into dist/cli/wlz-check.js.
const path = require("path");
const doel = path.join(__dirname, "..", "dist", "cli", "wlz-check.js");
let cli;
try {
  cli = require(doel);
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("wlz-check.js")) {
    process.stderr.write("wlz-check is nog niet gebouwd: voer eerst `npm run build` uit (maakt dist/cli/wlz-check.js).\n");
    process.exit(2);
  }
  throw e;
}
cli.start();
