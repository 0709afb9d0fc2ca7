/** Checks shared by the end-to-end tests: what the CLI wrote, read back with exceljs. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { formulaOf, shownValue } from "./cell-value";
import { runCliBinary } from "./cli";
import { shownColours } from "./shown-colour";
import {
  diffSnapshots,
  insideOwned,
  isCreatedOfficersHeader,
  loadSnapshot,
  ownedRanges,
  type WorkbookSnapshot,
} from "./snapshot";
import { STATUS_LABELS } from "../../src/i18n/labels";
import type { Report } from "../../src/core/report/types";
import { UNDO_SHEET_NAME } from "../../src/core/undo";

export const BAND_FILL: Record<string, string> = {
  raggiunto: "C6EFCE",
  parzialmente_raggiunto: "FFEB9C",
  non_raggiunto: "FFC7CE",
};

export interface ScoredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  report: Report;
  input: { wb: ExcelJS.Workbook; cells: WorkbookSnapshot };
  written: { wb: ExcelJS.Workbook; cells: WorkbookSnapshot };
  out: string;
}

export async function scoreWithCli(input: string, dir: string, extra: string[] = []): Promise<ScoredRun> {
  const base = path.parse(input).name;
  const out = path.join(dir, `${base}-valutato.xlsx`);
  const json = path.join(dir, `${base}-report.json`);
  const r = runCliBinary(["score", input, "-o", out, "--json", json, ...extra]);
  if (r.status !== 0 && r.status !== 1) throw new Error(`cruscotto exited ${r.status}: ${r.stderr}`);
  return {
    ...r,
    out,
    report: JSON.parse(readFileSync(json, "utf8")) as Report,
    input: await loadSnapshot(input),
    written: await loadSnapshot(out),
  };
}

/** For every indicator of the report, the Stato/Raggiungimento cells in the owned columns agree with it. */
export function expectStatusColumns(run: ScoredRun): void {
  const ranges = ownedRanges(run.written.wb);
  let live = 0;
  for (const ind of run.report.indicators) {
    const range = ranges.find((r) => r.sheet === ind.sheet && ind.row > r.top && ind.row <= r.bottom);
    if (!range) throw new Error(`no owned range covers ${ind.sheet}!${ind.row}`);
    const ws = run.written.wb.getWorksheet(ind.sheet) as ExcelJS.Worksheet;
    const header = (c: number): string => String(ws.getCell(range.top, c).value ?? "");
    let statoCol = 0;
    let raggCol = 0;
    for (let c = range.left; c <= range.right; c++) {
      if (header(c).startsWith("Stato")) statoCol = c;
      if (header(c).startsWith("Raggiungimento")) raggCol = c;
    }
    expect([statoCol > 0, raggCol > 0]).toEqual([true, true]);
    const stato = ws.getCell(ind.row, statoCol);
    expect(`${ind.sheet}!${ind.row}: ${String(shownValue(stato))}`).toBe(
      `${ind.sheet}!${ind.row}: ${STATUS_LABELS.it[ind.status]}`,
    );
    const band = BAND_FILL[ind.status];
    // The colour the cell shows: its conditional formatting's (formule) or its fill (valori).
    if (band)
      expect(`${ind.sheet}!${ind.row}: ${shownColours(ws, stato.address).fill?.slice(-6)}`).toBe(
        `${ind.sheet}!${ind.row}: ${band}`,
      );
    const raggCell = ws.getCell(ind.row, raggCol);
    const ragg = shownValue(raggCell);
    if (ind.achievement === null) expect(ragg).toBeNull();
    else expect(ragg as number).toBeCloseTo(ind.achievement, 9);
    if (formulaOf(raggCell) !== null) live++;
  }
  // With «Calcolo nel foglio» = formule (the default) the achievements are formulas Excel recalculates.
  if (run.report.indicators.some((i) => i.achievement !== null)) expect(live).toBeGreaterThan(0);
}

/** Cells that changed between input and output although they are outside every owned range or sheet. */
export function changedOutsideOwned(run: ScoredRun): string[] {
  const ranges = ownedRanges(run.written.wb);
  const newSheets = new Set(run.written.wb.worksheets.map((w) => w.name).filter((n) => !run.input.wb.getWorksheet(n)));
  return diffSnapshots(run.input.cells, run.written.cells).filter(
    (k) =>
      !insideOwned(k, ranges, newSheets) && !isCreatedOfficersHeader(k, run.input.cells, run.written.cells, ranges),
  );
}

/** Scores the CLI's own output again: returns the cells that changed (there should be none). */
export async function rerunChanges(run: ScoredRun, dir: string): Promise<string[]> {
  const again = path.join(dir, `${path.parse(run.out).name}-2.xlsx`);
  const r = runCliBinary(["score", run.out, "-o", again]);
  expect(r.status).toBe(run.status);
  const rewritten = await loadSnapshot(again);
  expect(ownedRanges(rewritten.wb)).toEqual(ownedRanges(run.written.wb));
  // The undo log gains a block per run: a rerun changes no other cell.
  return diffSnapshots(run.written.cells, rewritten.cells).filter((k) => !k.startsWith(`${UNDO_SHEET_NAME}!`));
}
