/**
 * The two ways a workbook gets scored, side by side: the CLI's (exceljs host) and the pane's (Office host on
 * the fake). Shared by the Office tests and bench/office.ts.
 */
import ExcelJS from "exceljs";
import { runPipeline, type RunOptions, type RunResult } from "../../src/core/pipeline";
import { applyWritePlan, loadXlsx, readDefinedNames, readWorkbookGrid, toCellValue } from "../../src/hosts/xlsx";
import { createOfficeHost, type OfficeHostStats } from "../../src/hosts/office";
import type { CellValue, DefinedName } from "../../src/core/grid/types";
import { fakeFromXlsx, type FakeExcel } from "./excel-fake";
import { matchedColours, rulesOnCells, rulesText, snapshot, type WholeWorkbook } from "../helpers/snapshot";
import { a1 } from "../../src/core/grid/address";
import { resultsOf } from "./calculation";

/** Office versions the tests play: the baseline, and one with every optional API the host uses. */
export const BASELINE = (): boolean => false;
export const MODERN = (name: string, version = "1.1"): boolean => name === "ExcelApi" && minor(version) <= 13;
/** "1.9" -> 9: requirement-set versions compare by their minor number (1.9 is older than 1.13). */
const minor = (version: string): number => Number(version.split(".")[1] ?? "0");

export interface CliOutcome {
  workbook: ExcelJS.Workbook;
  result: RunResult;
}

/** What `cruscotto` does to a file: load, read, score, apply (without saving). */
export async function cliFlow(file: string): Promise<CliOutcome> {
  const workbook = await loadXlsx(file);
  const result = runPipeline(readWorkbookGrid(workbook));
  applyWritePlan(workbook, result.writePlan);
  return { workbook, result };
}

export interface OfficeOutcome {
  fake: FakeExcel;
  result: RunResult;
  stats: OfficeHostStats;
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
}

/** What the pane does in Excel: read through the Office host, score, apply through the Office host. */
export async function officeFlow(
  file: string,
  isSetSupported: (name: string, version?: string) => boolean = MODERN,
  options: RunOptions = {},
): Promise<OfficeOutcome> {
  const fake = await fakeFromXlsx(file);
  const host = createOfficeHost(fake.run, { isSetSupported });
  const result = runPipeline(await host.read(), options);
  // Excel would calculate the plan's formulas; the fake is told their results.
  fake.calculate = resultsOf(result.writePlan);
  await host.apply(result.writePlan);
  return {
    fake,
    result,
    stats: host.stats(),
    syncs: fake.syncCount,
    requestBytes: [...fake.requestBytes],
    responseBytes: [...fake.responseBytes],
  };
}

/** What a person sees in a cell, in the terms the comparison is made of. */
export interface CellFacts {
  /** For a formula, its cached result. */
  value: CellValue;
  /** The formula's text (without "="), or null for a literal. */
  formula: string | null;
  numFmt: string;
  fill: string | null;
  font: string | null;
  bold: boolean;
  italic: boolean;
  /** The conditional-format rules on the cell, as text ("" when none). */
  rules: string;
  /** The fill and font colours a person sees: a matching rule's, else the cell's own. */
  seen: string;
}

export interface WorkbookFacts {
  sheets: string[];
  hidden: string[];
  cells: Map<string, CellFacts>;
  names: DefinedName[];
  widths: Map<string, number>;
}

/** Every non-default cell, the sheets in order, the names, the column widths: read back through exceljs. */
export function workbookFacts(wb: ExcelJS.Workbook): WorkbookFacts {
  const cells = new Map<string, CellFacts>();
  const widths = new Map<string, number>();
  for (const ws of wb.worksheets) {
    const sheetRules = rulesOnCells(ws);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const fill = cell.fill;
        const rules = sheetRules.on(r, c);
        const value = toCellValue(cell.value);
        const ownFill =
          fill && fill.type === "pattern" && fill.pattern === "solid"
            ? ((fill.fgColor as { argb?: string } | undefined)?.argb ?? null)
            : null;
        const ownFont = cell.font?.color?.argb ?? null;
        const matched = matchedColours(rules, value);
        const facts: CellFacts = {
          value,
          formula: cell.type === ExcelJS.ValueType.Formula ? (cell.formula ?? "") : null,
          numFmt: cell.numFmt || "General",
          fill:
            fill && fill.type === "pattern" && fill.pattern === "solid"
              ? ((fill.fgColor as { argb?: string } | undefined)?.argb ?? null)
              : null,
          font: cell.font?.color?.argb ?? null,
          bold: cell.font?.bold === true,
          italic: cell.font?.italic === true,
          rules: rulesText(rules),
          seen: `${matched ? matched.fill : ownFill}/${matched ? matched.font : ownFont}`,
        };
        const blank =
          facts.value === null &&
          facts.formula === null &&
          facts.rules === "" &&
          facts.numFmt === "General" &&
          !facts.fill &&
          !facts.font &&
          !facts.bold &&
          !facts.italic;
        if (!blank) cells.set(`${ws.name}!${cell.address}`, facts);
      });
    });
    // Rules stay on cells a clear emptied: those cells count too.
    for (const [r, c] of sheetRules.covered()) {
      const key = `${ws.name}!${a1(r - 1, c - 1)}`;
      if (!cells.has(key))
        cells.set(key, {
          value: null,
          formula: null,
          numFmt: "General",
          fill: null,
          font: null,
          bold: false,
          italic: false,
          rules: rulesText(sheetRules.on(r, c)),
          seen: "null/null",
        });
    }
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width !== undefined) widths.set(`${ws.name}!${i}`, Math.round(col.width * 100) / 100);
    });
  }
  return {
    sheets: wb.worksheets.map((w) => w.name),
    // Very hidden sheets are named so: a person can show a hidden sheet, not a very hidden one.
    hidden: wb.worksheets
      .filter((w) => w.state !== "visible")
      .map((w) => (w.state === "veryHidden" ? `${w.name} (very hidden)` : w.name)),
    cells,
    names: readDefinedNames(wb),
    widths,
  };
}

/**
 * What two workbooks are compared on: every fact of each cell, or (`asSeen`) the colours a person sees in
 * place of fills, fonts and rules — for Excel before ExcelApi 1.6, which paints the colours rules would give.
 */
function comparable(c: CellFacts | undefined, asSeen: boolean): string {
  if (!c) return "null";
  if (!asSeen) return JSON.stringify(c);
  const { fill: _fill, font: _font, rules: _rules, ...rest } = c;
  return JSON.stringify(rest);
}

/** Keys whose facts differ, with both sides, for a readable failure. */
export function diffFacts(a: Map<string, CellFacts>, b: Map<string, CellFacts>, asSeen = false): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = comparable(a.get(k), asSeen);
    const y = comparable(b.get(k), asSeen);
    if (x !== y) out.push(`${k}: ${x} ≠ ${y}`);
  }
  return out.sort();
}

/** The workbook as exported from the fake: every cell's value, format and fill; sheets with visibility; names. */
export function fakeWorkbook(fake: FakeExcel): WholeWorkbook<string, string> {
  return {
    cells: snapshot(fake.toExcelJs()),
    sheets: fake.state.sheets.map((s) => `${s.name} (${s.visibility})`),
    names: [...fake.state.names].map(([n, f]) => `${n}=${f}`).sort(),
  };
}
