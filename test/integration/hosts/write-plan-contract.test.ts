/**
 * The hosts' contract: one write plan, applied by every host, gives one workbook. Each case is a workbook
 * (the example and the fixtures, fresh or already scored) and what is asked of it (a run with its undo
 * block, a run in English for another year, undo, saving settings, print layout only); its plan is made once
 * by the core from the workbook as the exceljs host reads it, then applied as is by:
 *   - the exceljs host (the CLI),
 *   - the Office host on the Excel fake (the pane in Excel, every optional API available),
 *   - the browser preview's host (the exceljs host behind the pane's contract: protection, rebuild on failure).
 * (test/helpers/contract-hosts.ts). Every result is saved and read back with exceljs, and compared cell by cell
 * (value or a formula's cached result, formula text, number format, fill, font, conditional-format rules), with
 * the sheets in order, the hidden ones, the names and the column widths. Plans with formulas and conditional
 * formats are in write-plan-contract-formulas.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { WorkbookGrid } from "../../../src/core/grid/types";
import type { WritePlan } from "../../../src/core/write/types";
import { runPipeline } from "../../../src/core/pipeline";
import { planUndo, recordUndo, UNDO_SHEET_NAME } from "../../../src/core/undo";
import { settingsWritePlan } from "../../../src/core/write/settingsWrite";
import { ownedRanges } from "../../../src/core/write/reach";
import { planParts } from "../../../src/core/write/steps";
import { readSettings } from "../../../src/core/settings";
import { SETTINGS_SHEET_NAME } from "../../../src/core/settings/types";
import { pageSetupsOnly } from "../../../src/taskpane/model/printLayout";
import { applyWritePlan, loadXlsxBuffer, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { diffFacts, workbookFacts, type WorkbookFacts } from "../../fakes/office-flow";
import { CONTRACT_HOSTS } from "../../helpers/contract-hosts";
import { workbookCases } from "../../fixtures/build-fixtures";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "piano-performance-2022.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-contract-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What is asked of a workbook: the plan the core makes for it. */
interface Request {
  label: string;
  plan: (grid: WorkbookGrid) => WritePlan | null;
}

const REQUESTS: Request[] = [
  { label: "a run with its undo block", plan: (grid) => recordUndo(grid, runPipeline(grid).writePlan) },
  {
    label: "a run in English for 2023",
    plan: (grid) => recordUndo(grid, runPipeline(grid, { lang: "en", year: 2023 }).writePlan),
  },
  { label: "undo of the last run", plan: (grid) => planUndo(grid)?.writePlan ?? null },
  {
    label: "saving edited settings",
    plan: (grid) => {
      const { settings } = readSettings(
        grid.sheets.find((s) => s.name === SETTINGS_SHEET_NAME),
        {},
      );
      return settingsWritePlan(grid, { ...settings, year: 2031 }).writePlan;
    },
  },
  {
    label: "print layout only",
    plan: (grid) => pageSetupsOnly(runPipeline(grid).writePlan, new Set(grid.sheets.map((s) => s.name))),
  },
];

const HOSTS = CONTRACT_HOSTS;

/** The workbooks: each case fresh, and once scored (with its undo block), as a person reopens it. */
async function workbooks(): Promise<[string, Buffer][]> {
  const out: [string, Buffer][] = [];
  for (const [label, build] of workbookCases(EXAMPLE, dir)) {
    const fresh = readFileSync(await build());
    out.push([label, fresh]);
    const wb = await loadXlsxBuffer(fresh);
    const grid = readWorkbookGrid(wb);
    applyWritePlan(wb, recordUndo(grid, runPipeline(grid).writePlan));
    out.push([`${label}, already scored`, Buffer.from(await wb.xlsx.writeBuffer())]);
    if (label !== "the example") continue;
    // Saved again by LibreOffice, which has no very hidden sheets: the log comes back merely hidden.
    wb.getWorksheet(UNDO_SHEET_NAME)!.state = "hidden";
    out.push([`${label}, scored and saved by LibreOffice`, Buffer.from(await wb.xlsx.writeBuffer())]);
  }
  return out;
}

/**
 * How each sheet the plan lays out prints, as the saved file says: orientation, paper, fit, area, titles,
 * header and footer. (The fake keeps only the layouts set through it, so other sheets are not compared.)
 */
function printFacts(wb: ExcelJS.Workbook, plan: WritePlan): Record<string, string> {
  const out: Record<string, string> = {};
  const laidOut = new Set(planParts(plan).pageSetups.map((p) => p.sheet));
  for (const ws of wb.worksheets) {
    if (!laidOut.has(ws.name)) continue;
    const p = ws.pageSetup;
    const strip = (a: string | undefined): string => (a ?? "").replace(/\$/g, "");
    out[ws.name] = [
      p.orientation,
      p.paperSize,
      p.fitToWidth,
      p.fitToHeight,
      strip(p.printArea),
      strip(p.printTitlesRow),
      ws.headerFooter?.oddHeader ?? "",
      ws.headerFooter?.oddFooter ?? "",
    ].join(" | ");
  }
  return out;
}

interface Outcome {
  facts: WorkbookFacts;
  print: Record<string, string>;
}

const outcome = (wb: ExcelJS.Workbook, plan: WritePlan): Outcome => ({
  facts: workbookFacts(wb),
  print: printFacts(wb, plan),
});

function expectSameOutcome(got: Outcome, want: Outcome, label: string): void {
  expectSameFacts(got.facts, want.facts, label);
  expect({ label, print: got.print }).toEqual({ label, print: want.print });
}

function expectSameFacts(got: WorkbookFacts, want: WorkbookFacts, label: string): void {
  expect({ label, diff: diffFacts(got.cells, want.cells) }).toEqual({ label, diff: [] });
  expect({ label, sheets: got.sheets, hidden: got.hidden }).toEqual({
    label,
    sheets: want.sheets,
    hidden: want.hidden,
  });
  expect({ label, names: got.names }).toEqual({ label, names: want.names });
  expect({ label, widths: [...got.widths].sort() }).toEqual({ label, widths: [...want.widths].sort() });
}

describe("every host applies the same plan to the same workbook", () => {
  let cases: [string, Buffer][] = [];
  beforeAll(async () => {
    cases = await workbooks();
  }, 120_000);

  it.each(REQUESTS.map((r) => [r.label, r] as const))(
    "%s",
    async (_label, request) => {
      let planned = 0;
      let changed = 0;
      for (const [workbook, bytes] of cases) {
        const grid = readWorkbookGrid(await loadXlsxBuffer(bytes));
        const plan = request.plan(grid);
        if (!plan || plan.steps.length === 0) continue;
        planned++;
        const [reference, ...others] = await Promise.all(
          HOSTS.map(async (h) => outcome(await h.apply(bytes, plan), plan)),
        );
        others.forEach((o, i) =>
          expectSameOutcome(o, reference, `${workbook}: ${HOSTS[i + 1].label} ≠ ${HOSTS[0].label}`),
        );
        const before = outcome(await loadXlsxBuffer(bytes), plan);
        if (
          diffFacts(reference.facts.cells, before.facts.cells).length > 0 ||
          JSON.stringify(reference.print) !== JSON.stringify(before.print)
        )
          changed++;
        // What the plan says it owns is what the workbook ends up naming.
        for (const r of ownedRanges(plan))
          expect(reference.facts.names).toContainEqual(expect.objectContaining({ name: r.name, sheet: r.sheet }));
      }
      // Not a comparison of untouched workbooks: the request changed some of them (a rerun of the print layout
      // on a scored workbook rightly changes nothing).
      expect(planned).toBeGreaterThan(0);
      expect(changed).toBeGreaterThan(0);
    },
    300_000,
  );

  it("the undo block stays out of sight in every host", async () => {
    const [, bytes] = cases[0];
    const grid = readWorkbookGrid(await loadXlsxBuffer(bytes));
    const plan = recordUndo(grid, runPipeline(grid).writePlan);
    for (const h of HOSTS)
      expect({ host: h.label, hidden: workbookFacts(await h.apply(bytes, plan)).hidden }).toEqual({
        host: h.label,
        hidden: [`${UNDO_SHEET_NAME} (very hidden)`],
      });
  }, 120_000);
});
