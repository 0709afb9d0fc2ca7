/**
 * Excel raises worksheets.onChanged for the add-in's own writes too, and before ExcelApi 1.14 the event
 * does not say who wrote; it may also arrive late, after the write has returned and the next read begun.
 * The Office host must never take those for a person's edit (which would make the next write refuse with
 * "changed"), and must still see a person's edit made between read and write.
 */
import * as path from "node:path";
import { createOfficeHost } from "../../../../src/hosts/office";
import { runPipeline } from "../../../../src/core/pipeline";
import { recordUndo } from "../../../../src/core/undo";
import { scoreAndWrite, undoLast } from "../../../../src/taskpane/model/flow";
import { fakeFromXlsx } from "../../../fakes/excel-fake";
import { MODERN } from "../../../fakes/office-flow";

const EXAMPLE = path.resolve(__dirname, "../../../..", "examples", "piano-performance-2022.xlsx");
const noPause = (): Promise<void> => Promise.resolve();
/** ExcelApi 1.9 to 1.13: onChanged, but no triggerSource. */
const API_1_13 = MODERN;

describe("the add-in's own change events (ExcelApi 1.9–1.13, no triggerSource)", () => {
  it("arriving late, after the next read began, do not block the next write", async () => {
    const fake = await fakeFromXlsx(EXAMPLE, { ownEvents: "held" });
    const host = createOfficeHost(fake.run, { isSetSupported: API_1_13 });
    expect(await host.watchChanges()).toBe(true);
    expect((await scoreAndWrite(host, () => undefined, noPause)).written).toBe(true);
    const workbook = await host.read();
    // The first run's events reach the pane only now.
    expect(await fake.deliverEvents()).toBeGreaterThan(0);
    await host.apply(recordUndo(workbook, runPipeline(workbook).writePlan));
    // Undo's events, late again, do not block the undo after it.
    expect((await undoLast(host)).undone).toBe(true);
    await fake.deliverEvents();
    expect((await undoLast(host)).undone).toBe(true);
  }, 60_000);

  it("arriving just after each sync, they block nothing either", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: API_1_13 });
    await host.watchChanges();
    for (let i = 0; i < 2; i++) {
      const workbook = await host.read();
      await new Promise((r) => setTimeout(r, 0));
      await host.apply(recordUndo(workbook, runPipeline(workbook).writePlan));
    }
    expect(fake.ownEventCount).toBeGreaterThan(0);
  }, 60_000);

  it("a person's edit between read and write still refuses the write, late events of ours around it or not", async () => {
    const fake = await fakeFromXlsx(EXAMPLE, { ownEvents: "held" });
    const host = createOfficeHost(fake.run, { isSetSupported: API_1_13 });
    await host.watchChanges();
    await scoreAndWrite(host, () => undefined, noPause);
    const workbook = await host.read();
    await fake.deliverEvents();
    const sheet = workbook.sheets.find((s) => s.values.length > 3 && !s.hidden)?.name as string;
    await fake.editAsPerson(sheet, 2, 0, "ritoccato a mano");
    await expect(host.apply(recordUndo(workbook, runPipeline(workbook).writePlan))).rejects.toMatchObject({
      code: "changed",
    });
  }, 60_000);
});
