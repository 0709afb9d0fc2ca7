/** Runs the real `cruscotto` CLI (through tsx, as `npm run cruscotto` does) in a child process. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

export const REPO = path.resolve(__dirname, "..", "..");
const TSX = path.join(REPO, "node_modules", ".bin", "tsx");
const MAIN = path.join(REPO, "src", "cli", "main.ts");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): CliRun {
  const r = spawnSync(TSX, [MAIN, ...args], { cwd: REPO, encoding: "utf8", timeout: 180_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
