/**
 * Office's used-range arrays -> the core's Grid, cell for cell as the exceljs host reads a file:
 * "" is an empty cell (null), numbers, booleans and text (error values such as "#N/A" included) as they
 * are, "General" for every empty cell's format, no trailing empty cells or rows.
 */
import type { CellValue, Grid, Rect } from "../../core/grid/types";

const GENERAL = "General";

/** One Office cell value -> CellValue. Dates are serials already; a non-finite number cannot be a cell. */
export function toCellValue(v: unknown): CellValue {
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  return null;
}

export interface UsedRange {
  /** 0-based position of the used range's top-left cell in the sheet. */
  top: number;
  left: number;
  values: unknown[][];
  numberFormat: unknown[][];
}

export interface SheetFacts {
  name: string;
  /** Null for an empty sheet (Office gives a null object for its used range). */
  used: UsedRange | null;
  merges: Rect[];
  protected: boolean;
  hidden: boolean;
  /** Very hidden (only code can unhide it): what the add-in's undo log is. */
  veryHidden?: boolean;
  /** Column widths in characters (ExcelApi 1.9), by 0-based column; absent where Excel was not asked. */
  columnWidths?: Record<number, number>;
}

export function toGrid(facts: SheetFacts): Grid {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const used = facts.used;
  if (used) {
    used.values.forEach((row, i) => {
      let last = -1;
      const converted = row.map((v, j) => {
        const c = toCellValue(v);
        if (c !== null) last = j;
        return c;
      });
      if (last < 0) return;
      const r = used.top + i;
      // The used range may start below row 1 and right of column A: pad so that values[r][c] is the sheet's cell.
      while (values.length < r) {
        values.push([]);
        formats.push([]);
      }
      const vals: CellValue[] = new Array<CellValue>(used.left).fill(null);
      const fmts: string[] = new Array<string>(used.left).fill(GENERAL);
      const fmtRow = used.numberFormat[i] ?? [];
      for (let j = 0; j <= last; j++) {
        vals.push(converted[j]);
        const f = fmtRow[j];
        // The exceljs reader gives an empty cell "General" whatever it is formatted as: do the same.
        fmts.push(converted[j] !== null && typeof f === "string" && f !== "" ? f : GENERAL);
      }
      values[r] = vals;
      formats[r] = fmts;
    });
  }
  const merges = [...facts.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  const grid: Grid = { name: facts.name, values, formats, merges };
  if (facts.protected) grid.protected = true;
  if (facts.hidden) grid.hidden = true;
  if (facts.veryHidden) grid.veryHidden = true;
  if (facts.columnWidths) grid.columnWidths = facts.columnWidths;
  return grid;
}
