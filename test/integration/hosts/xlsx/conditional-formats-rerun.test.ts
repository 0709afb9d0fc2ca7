/**
 * A second run over a scored workbook keeps the Stato colours as few entries as the first: one per plan sheet,
 * and the undo log's copies of the first run's colours joined into entries of the same rules, so that
 * styles.xml does not grow by a set of formats per table at every run.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { applyWritePlan, loadXlsxBuffer, readWorkbookGrid } from "../../../../src/hosts/xlsx";
import { runPipeline } from "../../../../src/core/pipeline";
import { recordUndo, UNDO_SHEET_NAME } from "../../../../src/core/undo";

const EXAMPLE = path.resolve(__dirname, "../../../../examples/piano-performance-2022.xlsx");

type Entries = { ref: string; rules: unknown[] }[];
const entriesOf = (ws: ExcelJS.Worksheet): Entries =>
  (ws as unknown as { conditionalFormattings?: Entries }).conditionalFormattings ?? [];

async function scored(input: Buffer): Promise<Buffer> {
  const wb = await loadXlsxBuffer(input);
  const grid = readWorkbookGrid(wb);
  applyWritePlan(wb, recordUndo(grid, runPipeline(grid).writePlan));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function dxfs(file: Buffer): Promise<number> {
  const styles = await (await JSZip.loadAsync(file)).file("xl/styles.xml")!.async("string");
  return Number(/<dxfs count="(\d+)"/.exec(styles)?.[1] ?? 0);
}

test("a second run leaves one entry of Stato rules per sheet, the log's copies joined, and no new formats per table", async () => {
  const first = await scored(readFileSync(EXAMPLE));
  const second = await scored(first);
  const [a, b] = [await loadXlsxBuffer(first), await loadXlsxBuffer(second)];
  const planSheets = a.worksheets.filter((ws) => ws.name !== UNDO_SHEET_NAME && entriesOf(ws).length > 0);
  expect(planSheets.length).toBeGreaterThan(3);
  for (const ws of planSheets) {
    const again = b.getWorksheet(ws.name)!;
    expect([ws.name, entriesOf(again).length]).toEqual([ws.name, 1]);
    // The same cells coloured: the areas may be listed in another order.
    const cells = (e: Entries): string[] => e.flatMap((x) => x.ref.split(" ")).sort();
    expect([ws.name, cells(entriesOf(again))]).toEqual([ws.name, cells(entriesOf(ws))]);
  }
  // The log holds the first run's colours: at most an entry per set of rules the sheets had (the copies of
  // one set come one after the other), not one per table copied (90 on this plan before they were joined).
  const ruleSet = (e: Entries[number]): string =>
    JSON.stringify(e.rules.map((r) => ({ ...(r as object), priority: undefined, dxfId: undefined })));
  const sets = new Set(a.worksheets.flatMap(entriesOf).map(ruleSet));
  const log = entriesOf(b.getWorksheet(UNDO_SHEET_NAME)!);
  expect(log.length).toBeGreaterThan(0);
  expect(log.length).toBeLessThanOrEqual(sets.size);
  const rules = (wb: ExcelJS.Workbook): number =>
    wb.worksheets.flatMap(entriesOf).reduce((n, e) => n + e.rules.length, 0);
  expect(await dxfs(second)).toBe(rules(b));
  expect(await dxfs(second)).toBeLessThanOrEqual(2 * (await dxfs(first)));
});
