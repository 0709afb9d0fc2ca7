/**
 * «--anno» is the Italian spelling of --year on the commands that take a year: the same value, the same
 * check of its form, listed in the help.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { cli, REPO } from "../../helpers/cli";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-anno-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function yearOf(args: string[]): Promise<number> {
  const json = path.join(dir, `${args.join("-").replace(/\W+/g, "_")}.json`);
  const run = await cli(["check", EXAMPLE, ...args, "--json", json]);
  expect(run.stderr).toBe("");
  return (JSON.parse(readFileSync(json, "utf8")) as { year: number }).year;
}

describe("--anno", () => {
  test("evaluates the year given, as --year does", async () => {
    expect(await yearOf(["--anno", "2023"])).toBe(2023);
    expect(await yearOf(["--year", "2023"])).toBe(2023);
    expect(await yearOf([])).toBe(2022);
  }, 60_000);

  test("a year of the wrong form is refused in one sentence that names the option", async () => {
    const run = await cli(["score", EXAMPLE, "--anno", "22", "-o", path.join(dir, "no.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining("--anno")]);
  });

  test("is listed in the help of score, check and report", async () => {
    for (const command of ["score", "check", "report"]) {
      const run = await cli(["help", command]);
      expect([command, run.stdout]).toEqual([command, expect.stringContaining("--anno <anno>")]);
    }
  });
});
