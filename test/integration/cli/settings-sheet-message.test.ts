/**
 * A workbook without «Impostazioni Cruscotto»: `check` (and «Analizza», the PDF), which write nothing, say the
 * defaults are used and the first run that writes creates the sheet; `score` says it created it.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { cli, REPO } from "../../helpers/cli";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");

interface Report {
  diagnostics: { code: string; message: string }[];
}

describe("the settings sheet's message follows what the command does", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cp-settings-msg-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const codes = (file: string): string[] =>
    (JSON.parse(readFileSync(file, "utf8")) as Report).diagnostics
      .map((d) => d.code)
      .filter((c) => c.startsWith("SETTINGS"));

  test("check: the defaults are used, nothing is said to be created", async () => {
    const json = path.join(dir, "check.json");
    expect((await cli(["check", EXAMPLE, "--json", json])).status).toBe(0);
    expect(codes(json)).toEqual(["SETTINGS_DEFAULTS"]);
  });

  test("score: the sheet is created, and a second check finds it", async () => {
    const out = path.join(dir, "valutato.xlsx");
    const json = path.join(dir, "score.json");
    expect((await cli(["score", EXAMPLE, "-o", out, "--json", json])).status).toBe(0);
    expect(codes(json)).toEqual(["SETTINGS_CREATED"]);
    const again = path.join(dir, "again.json");
    expect((await cli(["check", out, "--json", again])).status).toBe(0);
    expect(codes(again)).toEqual([]);
  });
});
