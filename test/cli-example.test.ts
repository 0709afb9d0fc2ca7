/**
 * End to end on the bundled example: the real CLI scores examples/piano-performance-2022.xlsx,
 * and the written workbook is read back with exceljs, independently of the engine.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli, REPO } from "./helpers/cli";
import { diffSnapshots, insideOwned, loadSnapshot, ownedRanges, type WorkbookSnapshot } from "./helpers/snapshot";
import { STATUS_LABELS } from "../src/i18n/labels";
import type { Report } from "../src/core/report/types";
import { STATUSES } from "../src/core/scoring/types";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const BAND_FILL: Record<string, string> = {
  raggiunto: "C6EFCE",
  parzialmente_raggiunto: "FFEB9C",
  non_raggiunto: "FFC7CE",
};

describe("cruscotto score on the example workbook", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-example-"));
  const out = path.join(dir, "valutato.xlsx");
  const json = path.join(dir, "report.json");
  let run: ReturnType<typeof runCli>;
  let report: Report;
  let written: { wb: ExcelJS.Workbook; cells: WorkbookSnapshot };
  let input: { wb: ExcelJS.Workbook; cells: WorkbookSnapshot };

  beforeAll(async () => {
    run = runCli(["score", EXAMPLE, "-o", out, "--json", json]);
    report = JSON.parse(readFileSync(json, "utf8")) as Report;
    written = await loadSnapshot(out);
    input = await loadSnapshot(EXAMPLE);
  });

  test("exits 0 or 1 and prints the Ente, the Areas and the units", () => {
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.status);
    expect(run.status === 1).toBe(report.diagnostics.some((d) => d.severity === "error"));
    expect(run.stdout).toMatch(/Ente: \d+,\d%/);
    for (const u of report.units) expect(run.stdout).toContain(u.name.slice(0, 30));
  });

  test("the report holds every unit, strategic objective, target kind and status", () => {
    expect(report.year).toBe(2022);
    expect(report.units.filter((u) => u.kind === "dirigente")).toHaveLength(4);
    expect(report.units.filter((u) => u.kind !== "dirigente")).toHaveLength(13);
    expect(report.strategicObjectives).toHaveLength(14);
    const kinds = new Set(report.indicators.map((i) => i.target.kind));
    for (const k of ["comparison", "deadline", "qualitative", "boolean", "baseline"]) expect(kinds).toContain(k);
    const statuses = new Set(report.indicators.map((i) => i.status));
    for (const s of STATUSES) expect(statuses).toContain(s);
    expect(report.ente.score).not.toBeNull();
    expect(report.ente.method).toBe("strategico");
  });

  test("every indicator row carries its Stato and Raggiungimento in the owned columns", () => {
    const ranges = ownedRanges(written.wb);
    expect(ranges.length).toBeGreaterThan(0);
    for (const ind of report.indicators) {
      const range = ranges.find((r) => r.sheet === ind.sheet && ind.row > r.top && ind.row <= r.bottom);
      expect(range).toBeDefined();
      if (!range) continue;
      const ws = written.wb.getWorksheet(ind.sheet) as ExcelJS.Worksheet;
      const header = (c: number): string => String(ws.getCell(range.top, c).value ?? "");
      let statoCol = 0;
      let raggCol = 0;
      for (let c = range.left; c <= range.right; c++) {
        if (header(c).startsWith("Stato")) statoCol = c;
        if (header(c).startsWith("Raggiungimento")) raggCol = c;
      }
      expect(statoCol).toBeGreaterThan(0);
      const stato = ws.getCell(ind.row, statoCol);
      expect(stato.value).toBe(STATUS_LABELS.it[ind.status]);
      const band = BAND_FILL[ind.status];
      if (band) expect(((stato.fill as ExcelJS.FillPattern).fgColor as { argb: string }).argb.slice(-6)).toBe(band);
      const ragg = ws.getCell(ind.row, raggCol).value;
      if (ind.achievement === null) expect(ragg ?? null).toBeNull();
      else expect(ragg as number).toBeCloseTo(ind.achievement, 9);
    }
  });

  test("the Riepilogo sheet shows the Ente and every unit's score", () => {
    const ws = written.wb.getWorksheet("Riepilogo 2022");
    expect(ws).toBeDefined();
    const numbers: number[] = [];
    const texts: string[] = [];
    ws?.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === "number") numbers.push(c.value);
        if (typeof c.value === "string") texts.push(c.value);
      }),
    );
    expect(numbers.some((n) => Math.abs(n - (report.ente.score as number)) < 1e-9)).toBe(true);
    for (const u of report.units) {
      expect(texts).toContain(u.name);
      if (u.score !== null) expect(numbers.some((n) => Math.abs(n - (u.score as number)) < 1e-9)).toBe(true);
    }
  });

  test("no cell outside the owned ranges and sheets changes", () => {
    const ranges = ownedRanges(written.wb);
    const ownedSheets = new Set(
      written.wb.worksheets.map((w) => w.name).filter((n) => !input.wb.getWorksheet(n)),
    );
    const changed = diffSnapshots(input.cells, written.cells).filter((k) => !insideOwned(k, ranges, ownedSheets));
    expect(changed).toEqual([]);
  });

  test("scoring the output again changes no cell", async () => {
    const again = path.join(dir, "valutato-2.xlsx");
    const second = runCli(["score", out, "-o", again]);
    expect(second.status).toBe(run.status);
    const rewritten = await loadSnapshot(again);
    expect(diffSnapshots(written.cells, rewritten.cells)).toEqual([]);
    expect(ownedRanges(rewritten.wb)).toEqual(ownedRanges(written.wb));
  });
});
