/**
 * On the in-memory Excel: a sheet protected after the read, a sync that fails midway
 * (connection lost, payload too large; in the single write batch or in chunk 2 of 3), the workbook edited
 * between read and write. Each gives a HostError with a clear code and leaves nothing half-written (every
 * cell's value, format and fill compared with the workbook before the write); a retry then succeeds. When
 * the rollback fails too, "Annulla ultimo calcolo" restores the workbook.
 */
import * as path from "node:path";
import { cellsOf, planParts, undoLogOf } from "../../../../src/core/write/steps";
import { createOfficeHost, type OfficeHost } from "../../../../src/hosts/office";
import { HostError } from "../../../../src/hosts/types";
import { runPipeline } from "../../../../src/core/pipeline";
import { recordUndo } from "../../../../src/core/undo";
import type { WritePlan } from "../../../../src/core/write/types";
import { scoreAndWrite, undoLast } from "../../../../src/taskpane/model/flow";
import { fakeFromXlsx, type FakeExcel } from "../../../fakes/excel-fake";
import { BASELINE, MODERN, fakeWorkbook } from "../../../fakes/office-flow";
import { diffSnapshots, expectSameWorkbook, snapshot, type WholeWorkbook } from "../../../helpers/snapshot";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "..", "examples", "piano-performance-2022.xlsx");
const noPause = (): Promise<void> => Promise.resolve();

const seen = fakeWorkbook;
const expectSame = expectSameWorkbook;
type Seen = WholeWorkbook<string, string>;

/** What a clean run writes, for comparing a retry with. */
async function cleanRun(): Promise<Seen> {
  const fake = await fakeFromXlsx(EXAMPLE);
  await scoreAndWrite(createOfficeHost(fake.run, { isSetSupported: MODERN }), () => undefined, noPause);
  return seen(fake);
}

async function readAndPlan(fake: FakeExcel, host: OfficeHost): Promise<WritePlan> {
  const workbook = await host.read();
  return recordUndo(workbook, runPipeline(workbook).writePlan);
}

async function hostError(p: Promise<unknown>): Promise<HostError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HostError);
  return err as HostError;
}

let clean: Seen;
beforeAll(async () => {
  clean = await cleanRun();
}, 60_000);

describe("a sync that fails midway", () => {
  it.each([
    ["connection lost before the first operation", "ConnectionFailure", 0, "connection"],
    ["connection lost after the log sheet was added", "ConnectionFailure", 2, "connection"],
    ["connection lost midway through the single write batch", "ConnectionFailure", 0.5, "connection"],
    ["payload too large near the end of the batch", "RequestPayloadSizeLimitExceeded", 0.95, "too_large"],
  ] as const)(
    "%s: rolled back, nothing half-written, a retry succeeds",
    async (_label, code, at, expected) => {
      const fake = await fakeFromXlsx(EXAMPLE);
      const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
      const before = seen(fake);
      const plan = await readAndPlan(fake, host);
      // The batch's operation count, from a dry run on a copy of the workbook.
      const probe = await fakeFromXlsx(EXAMPLE);
      const probeHost = createOfficeHost(probe.run, { isSetSupported: MODERN });
      const probePlan = await readAndPlan(probe, probeHost);
      const opsBefore = probe.requestBytes.length;
      await probeHost.apply(probePlan);
      expect(probe.syncCount - opsBefore).toBe(1);
      const ops = countOps(probe);
      const afterOps = at < 1 ? Math.floor(ops * at) : at;
      fake.failSync(fake.syncCount + 1, code, afterOps);
      const err = await hostError(host.apply(plan));
      expect({ code: err.code, recovery: err.recovery }).toEqual({ code: expected, recovery: "rolled_back" });
      expectSame(seen(fake), before);
      await scoreAndWrite(host, () => undefined, noPause);
      expectSame(seen(fake), clean);
    },
    60_000,
  );

  it("connection lost in chunk 2 of 3 of a big plan: rolled back, then a retry succeeds", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN, maxRequestBytes: 60_000 });
    const before = seen(fake);
    const plan = await readAndPlan(fake, host);
    const readSyncs = fake.syncCount;
    fake.failSync(readSyncs + 2, "ConnectionFailure", 3);
    const err = await hostError(host.apply(plan));
    expect(host.stats().applySyncs).toBe(2);
    expect({ code: err.code, recovery: err.recovery }).toEqual({ code: "connection", recovery: "rolled_back" });
    expectSame(seen(fake), before);
    await scoreAndWrite(host, () => undefined, noPause);
    // The plan did need 3 or more syncs: the failure was in the middle, not at an end.
    expect(host.stats().applySyncs - 2).toBeGreaterThanOrEqual(3);
    expectSame(seen(fake), clean);
  }, 60_000);

  it("when the rollback fails too, the error says so and Annulla ultimo calcolo restores the workbook", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN, maxRequestBytes: 60_000 });
    const before = seen(fake);
    const plan = await readAndPlan(fake, host);
    const n = fake.syncCount;
    fake.failSync(n + 2, "ConnectionFailure", 3);
    fake.failSync(n + 3, "ConnectionFailure", 0); // the rollback's first sync
    const err = await hostError(host.apply(plan));
    expect({ code: err.code, recovery: err.recovery }).toEqual({ code: "connection", recovery: "undo" });
    expect(err.message).toContain("Annulla ultimo calcolo");
    // Half-written indeed.
    expect(diffSnapshots(before.cells, seen(fake).cells).length).toBeGreaterThan(0);
    expect((await undoLast(host)).undone).toBe(true);
    expectSame(seen(fake), before);
  }, 60_000);
});

describe("a sheet protected between read and write", () => {
  it("refuses with code protected, rolls back what the batch had written, and a retry after unprotecting succeeds", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
    const plan = await readAndPlan(fake, host);
    // The last sheet the batch writes cells into: earlier ops of the batch have run when it refuses.
    const created = new Set(planParts(plan).sheets.map((s) => s.name));
    const sheet = [...cellsOf(plan)].reverse().find((c) => fake.state.sheet(c.sheet) && !created.has(c.sheet))
      ?.sheet as string;
    fake.protectSheet(sheet);
    const before = seen(fake);
    const err = await hostError(host.apply(plan));
    expect({ code: err.code, recovery: err.recovery }).toEqual({ code: "protected", recovery: "rolled_back" });
    expectSame(seen(fake), before);
    fake.protectSheet(sheet, false);
    await scoreAndWrite(host, () => undefined, noPause);
    expectSame(seen(fake), clean);
  }, 60_000);

  it("a sheet protected before the read is left alone, as ever", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
    const first = fake.state.sheets[1].name;
    fake.protectSheet(first);
    const before = snapshot(fake.toExcelJs());
    await scoreAndWrite(host, () => undefined, noPause);
    const after = snapshot(fake.toExcelJs());
    expect(diffSnapshots(before, after).filter((k) => k.startsWith(`${first}!`))).toEqual([]);
  }, 60_000);
});

describe("the workbook edited between read and write", () => {
  it("with ExcelApi 1.9 the pane's onChanged watch makes apply refuse, writing nothing, and the pane reads and runs again", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
    expect(await host.watchChanges()).toBe(true);
    const plan = await readAndPlan(fake, host);
    const created = new Set(planParts(plan).sheets.map((s) => s.name));
    const unit = cellsOf(plan).find((c) => !created.has(c.sheet))?.sheet as string;
    await fake.editAsPerson(unit, 0, 30, "nota a mano");
    const before = seen(fake);
    const syncs = fake.syncCount;
    const err = await hostError(host.apply(plan));
    expect(err.code).toBe("changed");
    expect(fake.syncCount).toBe(syncs); // refused without asking Excel
    expectSame(seen(fake), before);

    // Through the pane's flow: an edit lands while it scores; it reads again and writes.
    let edits = 0;
    const phases: string[] = [];
    const outcome = await scoreAndWrite(
      host,
      (phase) => {
        phases.push(phase);
        if (phase === "writing" && edits++ === 0) void fake.editAsPerson(unit, 1, 30, "altra nota");
      },
      () => new Promise((r) => setTimeout(r, 0)),
    );
    expect(outcome.written).toBe(true);
    expect(phases.filter((p) => p === "reading")).toHaveLength(2);
    expect(fake.state.sheet(unit)?.cell(1, 30)?.value).toBe("altra nota");
  }, 60_000);

  it("without ExcelApi 1.9 the read of the copies' sources sees the edit and nothing is written", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: BASELINE });
    const plan = await readAndPlan(fake, host);
    const target = undoLogOf(plan)?.backups.find((b) => fake.state.sheet(b.from.sheet))?.from;
    if (!target) throw new Error("the plan backs nothing up");
    await fake.editAsPerson(target.sheet, target.top + 1, target.left, "scritto dopo la lettura");
    const before = seen(fake);
    const err = await hostError(host.apply(plan));
    expect(err.code).toBe("changed");
    expectSame(seen(fake), before);
    await scoreAndWrite(host, () => undefined, noPause);
    // The retry moved its column away from the person's cell, which keeps its text.
    expect(fake.state.sheet(target.sheet)?.cell(target.top + 1, target.left)?.value).toBe("scritto dopo la lettura");
  }, 60_000);
});

/** Operations in the fake's last request (its wire JSON is one entry per queued operation). */
function countOps(fake: FakeExcel): number {
  return fake.lastRequestOps;
}
