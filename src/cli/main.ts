#!/usr/bin/env node
/** `cruscotto`: the command line host of the engine (the same pipeline as the task pane). */
import { processIo } from "./io";
import { runCli } from "./runner";

// `cruscotto check … | head` closes the pipe early: the reader has what it wanted, no stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

void runCli({ argv: process.argv.slice(2), io: processIo() }).then((code) => {
  process.exitCode = code;
});
