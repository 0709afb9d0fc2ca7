#!/usr/bin/env node
/** `cruscotto`: the command line host of the engine (the same pipeline as the task pane). */
import { processIo } from "./io";
import { runCli } from "./runner";

void runCli({ argv: process.argv.slice(2), io: processIo() }).then((code) => {
  process.exitCode = code;
});
