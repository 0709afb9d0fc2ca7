/**
 * Undo through the Office host on the in-memory Excel: score as the pane does (with the undo
 * log), undo as the pane's "Annulla ultimo calcolo" does, export with toExcelJs and compare every cell's
 * value, number format and fill with the original, as well as the sheets and the names.
 */
import * as path from "node:path";
import { createOfficeHost } from "../../../../src/hosts/office";
import { scoreAndWrite, undoLast } from "../../../../src/taskpane/model/flow";
import { UNDO_SHEET_NAME } from "../../../../src/core/undo";
import { workbookCases } from "../../../fixtures/build-fixtures";
import { fakeFromXlsx } from "../../../fakes/excel-fake";
import { BASELINE, MODERN, fakeWorkbook } from "../../../fakes/office-flow";
import { diffSnapshots, expectSameWorkbook } from "../../../helpers/snapshot";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-undo-office-"));
const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "..", "examples", "piano-performance-2022.xlsx");
const noPause = (): Promise<void> => Promise.resolve();

const seen = fakeWorkbook;
const expectSame = expectSameWorkbook;

const CASES = workbookCases(EXAMPLE, dir);

describe.each(CASES)("Annulla ultimo calcolo through the Office host on %s", (_label, build) => {
  let file: string;
  beforeAll(async () => {
    file = await build();
  }, 60_000);

  it("with ExcelApi 1.9: one undo gives back the first output, two the original, within the sync budget", async () => {
    const fake = await fakeFromXlsx(file);
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
    const original = seen(fake);
    const run1 = await scoreAndWrite(host, () => undefined, noPause);
    expect(run1.written).toBe(true);
    // Read (2) + write (1): the copies into the log travel in the write's batch.
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    const first = seen(fake);
    expect(first.sheets).toContain(`${UNDO_SHEET_NAME} (VeryHidden)`);
    expect(diffSnapshots(original.cells, first.cells).length).toBeGreaterThan(10);
    await scoreAndWrite(host, () => undefined, noPause);
    expect((await undoLast(host)).undone).toBe(true);
    expectSame(seen(fake), first);
    expect((await undoLast(host)).undone).toBe(true);
    expectSame(seen(fake), original);
    expect(await undoLast(host)).toEqual({ undone: false, diagnostics: [] });
  }, 60_000);

  it("without ExcelApi 1.9 (no copyFrom): one undo gives back the original values, formats and fills", async () => {
    const fake = await fakeFromXlsx(file);
    const host = createOfficeHost(fake.run, { isSetSupported: BASELINE });
    const original = seen(fake);
    await scoreAndWrite(host, () => undefined, noPause);
    expect(diffSnapshots(original.cells, seen(fake).cells).length).toBeGreaterThan(10);
    expect((await undoLast(host)).undone).toBe(true);
    expectSame(seen(fake), original);
  }, 60_000);
});
