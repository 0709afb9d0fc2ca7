/**
 * The installed `cruscotto` binary (bin/cruscotto.mjs, what package.json's "bin" names) runs from any folder:
 * it scores the example and refuses a missing file with one sentence and exit 2.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { REPO } from "../../helpers/cli";

const BIN = path.join(REPO, "bin", "cruscotto.mjs");
const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");

describe("the installed binary", () => {
  const elsewhere = mkdtempSync(path.join(tmpdir(), "cp-bin-"));
  afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd: elsewhere, encoding: "utf8", timeout: 180_000 });

  test("checks the example from another folder", () => {
    const r = run(["check", EXAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Cruscotto Performance — valutazione 2022/);
    expect(r.stderr).toBe("");
  });

  test("refuses a missing file with one sentence and exit 2", () => {
    const r = run(["check", path.join(elsewhere, "manca.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/non esiste/);
  });
});
