/** What the pane lists after a run has written: the add-in's own sheets as such, never its very hidden undo log. */
import * as path from "node:path";
import { describeRecognition } from "../../../src/core/layout";
import { runPipeline } from "../../../src/core/pipeline";
import { recordUndo } from "../../../src/core/undo";
import { applyWritePlan, loadXlsx, loadXlsxBuffer, readWorkbookGrid } from "../../../src/hosts/xlsx";

const EXAMPLE = path.join(__dirname, "../../../examples/piano-performance-2022.xlsx");

test("after a run, every sheet but the very hidden undo log is listed, the written ones as the add-in's", async () => {
  const wb = await loadXlsx(EXAMPLE);
  const grid = readWorkbookGrid(wb);
  const run = runPipeline(grid, { writes: true });
  applyWritePlan(wb, recordUndo(grid, run.writePlan));
  // Read back from the saved file, as the next session would open it.
  const after = readWorkbookGrid(await loadXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer())));
  const log = after.sheets.filter((g) => g.veryHidden === true);
  expect(log).toHaveLength(1);
  const listed = describeRecognition(after, run.settings);
  expect(listed.map((s) => s.sheet)).toEqual(after.sheets.filter((g) => g !== log[0]).map((g) => g.name));
  const riepilogo = listed.find((s) => s.sheet.startsWith("Riepilogo"));
  expect(riepilogo?.roles).toEqual(["output"]);
});
