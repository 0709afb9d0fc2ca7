/**
 * The `cruscotto` command for tests: `cli` runs it in this process (the same runner the binary calls, with
 * its lines captured), `runCliBinary` spawns the real binary through tsx as `npm run cruscotto` does — kept
 * for the few smoke tests that prove the process itself (exit codes, one line on stderr, no stack trace).
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { captureIo } from "../../src/cli/io";
import { runCli } from "../../src/cli/runner";

export const REPO = path.resolve(__dirname, "..", "..");
const TSX = path.join(REPO, "node_modules", ".bin", "tsx");
const MAIN = path.join(REPO, "src", "cli", "main.ts");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const asStream = (lines: readonly string[]): string => lines.map((l) => `${l}\n`).join("");

/** The command run in-process, its lines joined as the binary would print them. */
export async function cli(args: string[]): Promise<CliRun> {
  const io = captureIo();
  const status = await runCli({ argv: args, io });
  return { status, stdout: asStream(io.stdout), stderr: asStream(io.stderr) };
}

/** The real binary, in a child process. */
export function runCliBinary(args: string[]): CliRun {
  const r = spawnSync(TSX, ["--expose-gc", MAIN, ...args], { cwd: REPO, encoding: "utf8", timeout: 180_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
