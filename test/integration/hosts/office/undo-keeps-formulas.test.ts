/**
 * A person's formula in a cell a run backs up comes back from "Annulla ultimo calcolo" as it was: not
 * shifted, never #REF!, although Excel's Range.copyFrom moves relative references like a paste (the fake
 * does, test/fakes/formula-shift.ts). With copyFrom (ExcelApi 1.9) and without it.
 */
import * as path from "node:path";
import { createOfficeHost } from "../../../../src/hosts/office";
import { runPipeline } from "../../../../src/core/pipeline";
import { recordUndo } from "../../../../src/core/undo";
import { undoLogOf } from "../../../../src/core/write/steps";
import { scoreAndWrite, undoLast } from "../../../../src/taskpane/model/flow";
import { fakeFromXlsx } from "../../../fakes/excel-fake";
import { BASELINE, MODERN } from "../../../fakes/office-flow";

const EXAMPLE = path.resolve(__dirname, "../../../..", "examples", "piano-performance-2022.xlsx");
const noPause = (): Promise<void> => Promise.resolve();

/** Formulas whose relative references a copy to the log's column A, or to a row above, would push off the sheet. */
const FORMULAS = ["=A1", "=$A$1+A1", "=SUM(A:A)", '=IF(A1="A1";1;0)', "=Foglio1!A1"];

describe.each([
  ["with copyFrom (ExcelApi 1.9)", MODERN],
  ["without copyFrom", BASELINE],
] as const)("formula cells backed up %s", (_label, supported) => {
  it("come back exactly after a run and its undo", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: supported });
    // A first run makes the ranges the next run clears and backs up; a person then types formulas there.
    expect((await scoreAndWrite(host, () => undefined, noPause)).written).toBe(true);
    const workbook = await host.read();
    const backups = undoLogOf(recordUndo(workbook, runPipeline(workbook).writePlan))?.backups ?? [];
    const targets = backups.filter((b) => b.from.left > 0).slice(0, FORMULAS.length);
    expect(targets.length).toBeGreaterThan(0);
    const placed = targets.map((b, i) => {
      const sheet = fake.state.sheet(b.from.sheet);
      if (!sheet) throw new Error(`no sheet ${b.from.sheet}`);
      const cell = sheet.touch(b.from.bottom, b.from.left);
      cell.value = 1;
      cell.formula = FORMULAS[i];
      delete cell.error;
      return { sheet: b.from.sheet, row: b.from.bottom, col: b.from.left, formula: FORMULAS[i] };
    });
    expect((await scoreAndWrite(host, () => undefined, noPause)).written).toBe(true);
    for (const p of placed) expect(fake.state.sheet(p.sheet)?.cell(p.row, p.col)?.formula).not.toBe(p.formula);
    expect((await undoLast(host)).undone).toBe(true);
    const back = placed.map((p) => ({ ...p, formula: fake.state.sheet(p.sheet)?.cell(p.row, p.col)?.formula }));
    expect(back).toEqual(placed);
  }, 60_000);
});
