/**
 * "Annulla ultimo calcolo" puts back the widths of the columns a run widened, on sheets the run keeps:
 * the Office host reads them (ExcelApi 1.9, Range.getColumnProperties) and the undo log keeps them.
 */
import * as path from "node:path";
import { createOfficeHost } from "../../../../src/hosts/office";
import { runPipeline } from "../../../../src/core/pipeline";
import { planParts } from "../../../../src/core/write/steps";
import { scoreAndWrite, undoLast } from "../../../../src/taskpane/model/flow";
import { fakeFromXlsx, type FakeExcel } from "../../../fakes/excel-fake";
import { MODERN } from "../../../fakes/office-flow";

const EXAMPLE = path.resolve(__dirname, "../../../..", "examples", "piano-performance-2022.xlsx");
const noPause = (): Promise<void> => Promise.resolve();

const widthsOf = (fake: FakeExcel): string =>
  JSON.stringify(fake.state.sheets.map((s) => [s.name, [...s.columnWidths].sort((a, b) => a[0] - b[0])]));

describe("column widths and undo, with ExcelApi 1.9", () => {
  it("a run's widths on kept sheets go back to what they were, a person's odd widths included", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
    const workbook = await host.read();
    const touched = planParts(runPipeline(workbook).writePlan).columnWidths.filter((w) => fake.state.sheet(w.sheet));
    expect(touched.length).toBeGreaterThan(0);
    // A person had set some of those columns to widths of their own (in points, as Excel keeps them).
    touched.forEach((w, i) => {
      if (i % 2 === 0) fake.state.sheet(w.sheet)?.columnWidths.set(w.col, 30 + i * 0.75);
    });
    const before = widthsOf(fake);
    expect((await scoreAndWrite(host, () => undefined, noPause)).written).toBe(true);
    expect(widthsOf(fake)).not.toBe(before);
    expect((await undoLast(host)).undone).toBe(true);
    // Columns never sized come back at Excel's default width (48 pt), set explicitly: the same to the eye.
    const unset = new Map(fake.state.sheets.map((sh) => [sh.name, new Set<number>()]));
    for (const [name, cols] of JSON.parse(before) as [string, [number, number][]][]) {
      const had = new Set(cols.map(([c]) => c));
      for (const [c, p] of fake.state.sheet(name)?.columnWidths ?? [])
        if (!had.has(c) && p === 48) unset.get(name)?.add(c);
    }
    for (const [name, cols] of unset) for (const c of cols) fake.state.sheet(name)?.columnWidths.delete(c);
    const after = widthsOf(fake);
    expect(after).toBe(before);
  }, 60_000);
});
