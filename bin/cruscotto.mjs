#!/usr/bin/env node
// Installed entry point: runs the TypeScript CLI through tsx, so a checkout needs no build step. It starts
// node again with tsx as its loader and the garbage collector exposed (the CLI frees its model before saving
// a large workbook): npm's command shims cannot pass node flags on every system.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const main = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "cli", "main.ts");
const run = spawnSync(
  process.execPath,
  ["--expose-gc", "--import", import.meta.resolve("tsx"), main, ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(run.status ?? 1);
