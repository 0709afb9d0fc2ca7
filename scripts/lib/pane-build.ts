/**
 * One production build of the pane per source state, shared by the manifest test and the browser tests:
 * built into a temp folder keyed by a hash of everything that goes into it, reused while the sources
 * do not change.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

export const REPO = path.resolve(__dirname, "..", "..");

const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package-lock.json"];

function hashInputs(): string {
  const h = createHash("sha256");
  const visit = (p: string): void => {
    const full = path.join(REPO, p);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(p, name));
      return;
    }
    h.update(p).update("\0").update(readFileSync(full)).update("\0");
  };
  INPUTS.forEach(visit);
  return h.digest("hex").slice(0, 16);
}

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * The folder holding a production build of the current sources (taskpane.html, chunks, manifest, assets).
 * A lock folder makes parallel jest workers wait for one build instead of each running webpack
 * (two cores cannot afford two builds); a lock older than the build timeout is taken over.
 */
export function ensureBuild(): string {
  const dir = path.join(tmpdir(), `cruscotto-pane-${hashInputs()}`);
  const done = (): boolean => existsSync(path.join(dir, "pane-size.json"));
  const lock = `${dir}.lock`;
  const timeout = 600_000;
  for (;;) {
    if (done()) return dir;
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (existsSync(lock) ? statSync(lock).mtimeMs : Date.now());
      if (age > timeout + 60_000) rmSync(lock, { recursive: true, force: true });
      else sleep(2000);
    }
  }
  try {
    if (done()) return dir;
    const work = `${dir}.${process.pid}.tmp`;
    rmSync(work, { recursive: true, force: true });
    const webpack = path.join(REPO, "node_modules", ".bin", "webpack");
    const r = spawnSync(webpack, ["--mode", "production", "--output-path", work], {
      cwd: REPO,
      encoding: "utf8",
      timeout,
    });
    if (r.status !== 0) throw new Error(`webpack build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    renameSync(work, dir);
    return dir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface PaneSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
  budgetGzipBytes: number;
}

export function paneSize(buildDir: string): PaneSize {
  return JSON.parse(readFileSync(path.join(buildDir, "pane-size.json"), "utf8")) as PaneSize;
}
