#!/usr/bin/env node
// Installed entry point: runs the TypeScript CLI through tsx, so a checkout needs no build step.
import { register } from "tsx/esm/api";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

register();
const here = dirname(fileURLToPath(import.meta.url));
await import(join(here, "..", "src", "cli", "main.ts"));
