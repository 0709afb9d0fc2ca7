/**
 * A scored workbook saved by LibreOffice, which has no very hidden sheets, comes back with the undo log merely
 * hidden: a person could show it from Excel's list of sheets. The pane's next run makes it very hidden again
 * (Worksheet.visibility, ExcelApi 1.1), and its undo still goes back.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { createOfficeHost } from "../../../../src/hosts/office";
import { scoreCommand } from "../../../../src/cli/commands";
import { UNDO_SHEET_NAME } from "../../../../src/core/undo";
import { scoreAndWrite, undoLast } from "../../../../src/taskpane/model/flow";
import { fakeFromXlsx } from "../../../fakes/excel-fake";
import { BASELINE, MODERN } from "../../../fakes/office-flow";

const EXAMPLE = path.resolve(__dirname, "../../../..", "examples", "piano-performance-2022.xlsx");
const noPause = (): Promise<void> => Promise.resolve();

let dir: string;
let resaved: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-log-hidden-"));
  const scored = path.join(dir, "scored.xlsx");
  const quiet = { out: () => undefined, err: () => undefined, progress: () => undefined };
  expect([0, 1]).toContain(await scoreCommand(EXAMPLE, { output: scored }, quiet));
  // What LibreOffice's save does to the log: state="hidden" instead of "veryHidden", all else kept.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(scored);
  wb.getWorksheet(UNDO_SHEET_NAME)!.state = "hidden";
  resaved = path.join(dir, "resaved.xlsx");
  await wb.xlsx.writeFile(resaved);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ["every API the host uses", MODERN],
  ["the baseline (ExcelApi 1.4)", BASELINE],
])(
  "the pane's run makes the log very hidden again, with %s",
  async (_label, isSetSupported) => {
    const fake = await fakeFromXlsx(resaved);
    expect(fake.state.sheet(UNDO_SHEET_NAME)?.visibility).toBe("Hidden");
    const host = createOfficeHost(fake.run, { isSetSupported });
    expect((await scoreAndWrite(host, () => undefined, noPause)).written).toBe(true);
    expect(fake.state.sheet(UNDO_SHEET_NAME)?.visibility).toBe("VeryHidden");
    expect(fake.state.sheets.filter((s) => s.name.startsWith(UNDO_SHEET_NAME))).toHaveLength(1);
    expect((await undoLast(host)).undone).toBe(true);
    expect(fake.state.sheet(UNDO_SHEET_NAME)?.visibility).toBe("VeryHidden");
  },
  60_000,
);
