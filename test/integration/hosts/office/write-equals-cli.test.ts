/**
 * The workbook written through the Office host on the fake equals the one the CLI writes (values, number
 * formats, fills, font colours, names, sheets and their order, column widths), on the example and every
 * fixture, with and without the optional APIs; and a run costs at most 3 syncs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cellsOf, planParts, writePlan } from "../../../../src/core/write/steps";
import * as os from "node:os";
import * as path from "node:path";
import { buildWorkbookCases } from "../../../fixtures/build-fixtures";
import { BASELINE, MODERN, cliFlow, diffFacts, officeFlow, workbookFacts } from "../../../fakes/office-flow";
import { createOfficeHost } from "../../../../src/hosts/office";
import { HostError } from "../../../../src/hosts/types";
import { runPipeline } from "../../../../src/core/pipeline";
import { fakeFromXlsx } from "../../../fakes/excel-fake";
import type { CellWrite, WritePlan } from "../../../../src/core/write/types";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "..", "examples", "piano-performance-2022.xlsx");
let dir: string;
const files: [string, string][] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "office-eq-"));
  files.push(...(await buildWorkbookCases(EXAMPLE, dir)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ["ExcelApi 1.13 (setCellProperties, merges, suspended calculation)", MODERN],
  ["baseline ExcelApi (style runs, no merges)", BASELINE],
])("Office host ≡ CLI, %s", (_label, isSetSupported) => {
  it("writes the same workbook on the example and every fixture, in at most 3 syncs", async () => {
    for (const [label, file] of files) {
      const cli = await cliFlow(file);
      const office = await officeFlow(file, isSetSupported);
      // Same grids in, same plan out: the plans must agree before the workbooks can.
      expect({ label, cells: cellsOf(office.result.writePlan).length }).toEqual({
        label,
        cells: cellsOf(cli.result.writePlan).length,
      });
      const want = workbookFacts(cli.workbook);
      const got = workbookFacts(office.fake.toExcelJs());
      // Before ExcelApi 1.6 the colours of conditional formats are painted: compared as a person sees them.
      expect({ label, diff: diffFacts(got.cells, want.cells, isSetSupported === BASELINE) }).toEqual({
        label,
        diff: [],
      });
      expect({ label, sheets: got.sheets, hidden: got.hidden }).toEqual({
        label,
        sheets: want.sheets,
        hidden: want.hidden,
      });
      expect({ label, names: got.names }).toEqual({ label, names: want.names });
      for (const [key, width] of want.widths) expect({ key, width: got.widths.get(key) }).toEqual({ key, width });
      // The comparison is not of two empty workbooks: status columns were written.
      expect(cellsOf(cli.result.writePlan).length).toBeGreaterThan(10);
      // No text became a formula on the way.
      const formulas = (m: Map<string, { formula: string | null }>): string[] =>
        [...m].filter(([, c]) => c.formula !== null).map(([k]) => k);
      expect({ label, formulas: formulas(got.cells) }).toEqual({ label, formulas: formulas(want.cells) });
      if (isSetSupported === MODERN) expect(office.fake.calculationSuspensions).toBe(1);
      expect(office.syncs).toBeLessThanOrEqual(3);
      expect(office.stats.readSyncs).toBe(2);
      expect(office.stats.applySyncs).toBe(1);
      if (label === "the example")
        console.log(
          `${_label}: example read+score+write in ${office.syncs} syncs, requests ${office.requestBytes.join(" + ")} bytes`,
        );
    }
  });
});

describe("literal text", () => {
  it("never turns text into a formula, a number or a date, and keeps the plan's number formats", async () => {
    const fake = await fakeFromXlsx(files[1][1]);
    const host = createOfficeHost(fake.run, { isSetSupported: BASELINE });
    const grid = await host.read();
    const sheet = grid.sheets[0].name;
    const texts = ["=SUM(A1)", "+39 0564 430111", "-5", "@utente", "85%", "30/06/2022"];
    const cells: CellWrite[] = [];
    texts.forEach((value, i) => cells.push({ sheet, row: 100 + i, col: 0, value, style: { numberFormat: "0.0%" } }));
    texts.forEach((value, i) => cells.push({ sheet, row: 100 + i, col: 2, value }));
    const plan: WritePlan = writePlan({ cells });
    await host.apply(plan);
    const s = fake.state.sheet(sheet);
    texts.forEach((t, i) => {
      expect(s?.cell(100 + i, 0)).toMatchObject({ value: t, numberFormat: "0.0%" });
      expect(s?.cell(100 + i, 0)?.formula).toBeUndefined();
      expect(s?.cell(100 + i, 2)).toMatchObject({ value: t, numberFormat: "General" });
      expect(s?.cell(100 + i, 2)?.formula).toBeUndefined();
    });
  });
});

describe("protected sheets", () => {
  it("rejects with HostError('protected') and writes nothing, whether the host knows it from its read or asks", async () => {
    const file = files[0][1];
    const fake = await fakeFromXlsx(file);
    const plan = runPipeline(await createOfficeHost(fake.run).read()).writePlan;
    const created = new Set(planParts(plan).sheets.map((s) => s.name));
    const target = cellsOf(plan).find((c) => !created.has(c.sheet))?.sheet as string;
    expect(target).toBeDefined();
    fake.protectSheet(target);
    const before = fake.snapshot();

    // A host that never read: it asks in one sync, then stops.
    const fresh = createOfficeHost(fake.run, { isSetSupported: MODERN });
    const err = await fresh.apply(plan).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: "protected", sheet: target });
    expect(fake.snapshot()).toBe(before);

    // A host that read the protected sheet knows without asking.
    const reader = createOfficeHost(fake.run, { isSetSupported: MODERN });
    await reader.read();
    const syncs = fake.syncCount;
    await expect(reader.apply(plan)).rejects.toMatchObject({ code: "protected" });
    expect(fake.syncCount).toBe(syncs);
    expect(fake.snapshot()).toBe(before);
  });
});

describe("select", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const fake = await fakeFromXlsx(files[1][1]);
    const name = fake.state.sheets[1].name;
    await createOfficeHost(fake.run).select(name, "C7");
    expect(fake.state.selection).toEqual({ sheet: name, address: "C7" });
    expect(fake.state.activeSheet?.name).toBe(name);
    expect(fake.syncCount).toBe(1);
  });
});
