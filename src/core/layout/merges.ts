/** Merged areas: only the top-left cell holds the value; the other cells read it from there. */
import type { CellValue, Grid, Rect } from "../grid/types";

/** Merges larger than this are layout decoration (a banner), not a value to fill down. */
const MAX_MERGE_CELLS = 100_000;
const ROW_STRIDE = 1 << 14; // Excel's 16 384 columns

export interface MergeLookup {
  /** The value of the merge covering (row, col), when (row, col) is a covered cell other than the top-left. */
  covered(row: number, col: number, values: CellValue[][]): CellValue | undefined;
}

/**
 * Per column, the merges crossing it sorted by top row, built the first time the column is asked
 * about: the recogniser asks about a handful of fill-down columns, and a map entry per covered cell
 * would cost an allocation per cell of every merge on a 50 000-row sheet.
 */
class ColumnIndex {
  private readonly byCol = new Map<number, Rect[]>();

  constructor(private readonly merges: readonly Rect[]) {}

  /** The merges crossing the column, by top row; null when two of them overlap there. */
  column(col: number): Rect[] | null {
    let list = this.byCol.get(col);
    if (list === undefined) {
      list = this.merges.filter((m) => m.left <= col && col <= m.right);
      list.sort((a, b) => a.top - b.top);
      this.byCol.set(col, list);
    }
    for (let i = 1; i < list.length; i++) if (list[i].top <= list[i - 1].bottom) return null;
    return list;
  }
}

function usable(m: Rect): boolean {
  const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
  return cells > 1 && cells <= MAX_MERGE_CELLS;
}

/** One map entry per covered cell: exact for overlapping merges too (the later merge wins). */
function cellMap(merges: readonly Rect[]): Map<number, number> {
  const topLeft = new Map<number, number>();
  for (const m of merges) {
    const origin = m.top * ROW_STRIDE + m.left;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) topLeft.set(r * ROW_STRIDE + c, origin);
  }
  return topLeft;
}

export function mergeLookup(grid: Grid): MergeLookup {
  const merges = grid.merges.filter(usable);
  if (merges.length === 0) return { covered: () => undefined };
  const index = new ColumnIndex(merges);
  // Overlapping merges (a broken file) are answered cell by cell, as Excel would show the later one.
  let exact: Map<number, number> | null = null;
  const checked = new Map<number, Rect[] | null>();
  return {
    covered(row, col, values) {
      let list = checked.get(col);
      if (list === undefined) {
        list = index.column(col);
        checked.set(col, list);
      }
      if (list === null) {
        exact ??= cellMap(merges);
        const origin = exact.get(row * ROW_STRIDE + col);
        if (origin === undefined) return undefined;
        const r = Math.floor(origin / ROW_STRIDE);
        return values[r]?.[origin - r * ROW_STRIDE] ?? null;
      }
      // Last merge starting at or above the row; merges in a column do not overlap, so it is the only candidate.
      let lo = 0;
      let hi = list.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].top <= row) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found < 0) return undefined;
      const m = list[found];
      if (m.bottom < row || (m.top === row && m.left === col)) return undefined;
      return values[m.top]?.[m.left] ?? null;
    },
  };
}
