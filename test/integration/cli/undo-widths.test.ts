/**
 * `cruscotto undo` puts back the widths of the columns the run widened, as the pane's undo does: a column the
 * file gave a width gets it back, one it gave none gets Excel's standard width (the same on screen).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { scoreCommand, type Io } from "../../../src/cli/commands";
import { undoCommand } from "../../../src/cli/undo";
import { UNDO_SHEET_NAME } from "../../../src/core/undo";
import { charsToPoints } from "../../../src/hosts/office";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "piano-performance-2022.xlsx");
const quiet: Io = { out: () => undefined, err: () => undefined, progress: () => undefined };
/** A column's width as Excel shows it, in points: the file's, or the standard 64 pixels when it sets none. */
const shown = (ws: ExcelJS.Worksheet, col: number): number => charsToPoints(ws.getColumn(col).width ?? 64 / 7);

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "cruscotto-undo-widths-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

test("undo puts back the widths of the columns the run widened", async () => {
  const scored = path.join(dir, "scored.xlsx");
  const undone = path.join(dir, "undone.xlsx");
  expect([0, 1]).toContain(await scoreCommand(EXAMPLE, { output: scored }, quiet));
  expect(await undoCommand(scored, { output: undone }, quiet)).toBe(0);
  const [before, after, back] = await Promise.all([load(EXAMPLE), load(scored), load(undone)]);
  const changed: string[] = [];
  for (const ws of before.worksheets) {
    const run = after.getWorksheet(ws.name)!;
    for (let col = 1; col <= 40; col++) {
      if (shown(run, col) === shown(ws, col)) continue;
      changed.push(`${ws.name}!${col}`);
      expect([ws.name, col, shown(back.getWorksheet(ws.name)!, col)]).toEqual([ws.name, col, shown(ws, col)]);
    }
  }
  // The run widens its three columns beside every table: the comparison above is not of nothing.
  expect(changed.length).toBeGreaterThan(10);
  expect(back.getWorksheet(UNDO_SHEET_NAME)).toBeUndefined();
});
