/** exceljs Workbook -> WorkbookGrid: every sheet's values, formats, merges, protection, and the defined names. */
import type ExcelJS from "exceljs";
import type { CellValue, DefinedName, Grid, Rect, WorkbookGrid } from "../../core/grid/types";
import { MERGE_SLAVE, isDateValue, toCellValue, valueWithResult } from "./values";

const GENERAL = "General";
/** Used when a date cell carries no format of its own (only possible for in-memory workbooks). */
const DEFAULT_DATE_FORMAT = "dd/mm/yyyy";

/** The parts of exceljs's worksheet that its typings leave out; read defensively. */
interface WorksheetInternals {
  _merges?: Record<string, { top: number; left: number; bottom: number; right: number } | undefined>;
  sheetProtection?: { sheet?: boolean } | null;
}

function readMerges(ws: ExcelJS.Worksheet): Rect[] {
  // worksheet.model would rebuild the whole sheet model (slow on 50k rows): the merge index is enough.
  const merges = (ws as unknown as WorksheetInternals)._merges ?? {};
  const out: Rect[] = [];
  for (const m of Object.values(merges)) {
    if (!m) continue;
    out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

export function isSheetProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as WorksheetInternals).sheetProtection;
  // A <sheetProtection> element without sheet="1" does not lock the cells in Excel.
  return !!p && p.sheet === true;
}

/**
 * Columns whose widths the read gives, from A: the used ones and as many beside them as a run may annotate
 * (its owned columns come just after a table), at least the first 100 — the window the Office host reads.
 */
const WIDTH_COLUMNS = 100;
const WIDTH_MARGIN = 16;
/**
 * The width of a column the file gives none: the sheet's default, else Excel's standard column (64 pixels of
 * Calibri 11, in the file's characters of 7 pixels), which is what the Office host reads for one.
 */
const STANDARD_WIDTH = 64 / 7;

/** The widths of the first columns, so that undo can put back those a run changes. */
function readWidths(ws: ExcelJS.Worksheet, usedCols: number): Record<number, number> {
  const fallback = ws.properties.defaultColWidth ?? STANDARD_WIDTH;
  // ws.columns lists only the columns the file describes: getColumn would create the others.
  const described = (ws.columns as ExcelJS.Column[] | undefined) ?? [];
  const out: Record<number, number> = {};
  const n = Math.min(16_384, Math.max(WIDTH_COLUMNS, usedCols + WIDTH_MARGIN));
  for (let c = 0; c < n; c++) {
    const width = described[c]?.width;
    out[c] = typeof width === "number" && Number.isFinite(width) && width > 0 ? width : fallback;
  }
  return out;
}

export function readGrid(ws: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  // One pass over stored rows and non-empty cells: getCell on empty cells would create them.
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    let vals: CellValue[] | undefined;
    let fmts: string[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === MERGE_SLAVE) return; // only the top-left of a merge holds the value
      const raw: unknown = valueWithResult(cell);
      const value = toCellValue(raw);
      if (value === null) return;
      if (!vals || !fmts) {
        vals = [];
        fmts = [];
      }
      const c = colNumber - 1;
      while (vals.length < c) {
        vals.push(null);
        fmts.push(GENERAL);
      }
      vals[c] = value;
      const numFmt = cell.numFmt;
      fmts[c] = numFmt ? numFmt : isDateValue(raw) ? DEFAULT_DATE_FORMAT : GENERAL;
    });
    if (!vals || !fmts) return;
    while (values.length < r) {
      values.push([]);
      formats.push([]);
    }
    values[r] = vals;
    formats[r] = fmts;
  });
  const usedCols = values.reduce((n, line) => Math.max(n, line.length), 0);
  const grid: Grid = {
    name: ws.name,
    values,
    formats,
    merges: readMerges(ws),
    columnWidths: readWidths(ws, usedCols),
  };
  if (isSheetProtected(ws)) grid.protected = true;
  if (ws.state === "hidden" || ws.state === "veryHidden") grid.hidden = true;
  if (ws.state === "veryHidden") grid.veryHidden = true;
  return grid;
}

/** "'Sheet name'!$A$1:$B$2" or "Sheet!A1" -> sheet + range; null for references that are not one rectangle. */
export function parseNameReference(ref: string): { sheet: string; range: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(ref.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, range: m[3] };
}

export function readDefinedNames(wb: ExcelJS.Workbook): DefinedName[] {
  const out: DefinedName[] = [];
  for (const dn of wb.definedNames.model) {
    // Excel's built-in names (print area, titles) are page setup, not references the core reads.
    if (dn.name.startsWith("_xlnm.")) continue;
    // A name over several areas yields one entry per area; the core treats each as its own rectangle.
    for (const ref of dn.ranges) {
      const parsed = parseNameReference(ref);
      if (parsed) out.push({ name: dn.name, sheet: parsed.sheet, range: parsed.range });
    }
  }
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}

export function readWorkbookGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.map(readGrid), names: readDefinedNames(wb) };
}
