/**
 * End to end on the bundled example: the real CLI scores examples/piano-performance-2022.xlsx,
 * and the written workbook is read back with exceljs, independently of the engine.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { REPO } from "../../helpers/cli";
import {
  changedOutsideOwned,
  expectStatusColumns,
  rerunChanges,
  scoreWithCli,
  type ScoredRun,
} from "../../helpers/e2e";
import { shownValue } from "../../helpers/cell-value";
import { STATUSES } from "../../../src/core/scoring/types";
import { EXAMPLE_ACTUALS } from "../../../scripts/lib/example-actuals";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");

describe("cruscotto score on the example workbook", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-example-"));
  let run: ScoredRun;

  beforeAll(async () => {
    run = await scoreWithCli(EXAMPLE, dir);
  });

  test("exits 0 or 1 and prints the Ente, the Areas and the units", () => {
    expect(run.stderr).toBe("");
    expect(run.status === 1).toBe(run.report.diagnostics.some((d) => d.severity === "error"));
    expect(run.stdout).toMatch(/Ente: \d+,\d%/);
    for (const a of run.report.areas) expect(run.stdout).toContain(a.name);
    for (const u of run.report.units) expect(run.stdout).toContain(u.name.slice(0, 30));
  });

  test("the report holds every unit, strategic objective, target kind and status", () => {
    const { report } = run;
    expect(report.year).toBe(2022);
    expect(report.units.filter((u) => u.kind === "dirigente")).toHaveLength(4);
    expect(report.units.filter((u) => u.kind !== "dirigente")).toHaveLength(13);
    expect(report.strategicObjectives).toHaveLength(14);
    const kinds = new Set(report.indicators.map((i) => i.target.kind));
    for (const k of ["comparison", "deadline", "qualitative", "boolean", "baseline"]) expect(kinds).toContain(k);
    const statuses = new Set(report.indicators.map((i) => i.status));
    // Neutralisation is the OIV's exception, not an actual: the example has none (its own tests build one).
    for (const s of STATUSES.filter((x) => x !== "neutralizzato")) expect(statuses).toContain(s);
    expect(report.ente.method).toBe("strategico");
    expect(report.ente.score).toBeGreaterThan(0);
  });

  test("each illustrative actual gives the status worked out by hand when the example was made", () => {
    const bySheetRow = new Map(run.report.indicators.map((i) => [`${i.sheet}!${i.row}`, i.status]));
    let checked = 0;
    for (const [sheet, rows] of Object.entries(EXAMPLE_ACTUALS)) {
      for (const r of rows) {
        if (r.status === null) continue;
        expect(`${sheet}!${r.row} ${bySheetRow.get(`${sheet}!${r.row}`)}`).toBe(`${sheet}!${r.row} ${r.status}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  test("every indicator row carries its Stato and Raggiungimento in the owned columns", () => {
    expectStatusColumns(run);
  });

  test("the Riepilogo sheet shows the Ente and every unit's score", () => {
    const ws = run.written.wb.getWorksheet("Riepilogo 2022");
    expect(ws).toBeDefined();
    const numbers: number[] = [];
    const texts: string[] = [];
    ws?.eachRow((row) =>
      row.eachCell((c) => {
        const v = shownValue(c);
        if (typeof v === "number") numbers.push(v);
        if (typeof v === "string") texts.push(v);
      }),
    );
    const near = (x: number | null): boolean => x === null || numbers.some((n) => Math.abs(n - x) < 1e-9);
    expect(near(run.report.ente.score)).toBe(true);
    for (const u of run.report.units) {
      expect(texts).toContain(u.name);
      expect(near(u.score)).toBe(true);
    }
    for (const a of run.report.areas) expect(near(a.score)).toBe(true);
  });

  test("no cell outside the owned ranges and sheets changes", () => {
    expect(changedOutsideOwned(run)).toEqual([]);
  });

  test("scoring the output again changes no cell", async () => {
    expect(await rerunChanges(run, dir)).toEqual([]);
  });
});
