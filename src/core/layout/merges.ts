/** Merged areas: only the top-left cell holds the value; the other cells read it from there. */
import type { CellValue, Grid } from "../grid/types";

/** Merges larger than this are layout decoration (a banner), not a value to fill down. */
const MAX_MERGE_CELLS = 100_000;
const ROW_STRIDE = 1 << 14; // Excel's 16 384 columns

export interface MergeLookup {
  /** The value of the merge covering (row, col), when (row, col) is a covered cell other than the top-left. */
  covered(row: number, col: number, values: CellValue[][]): CellValue | undefined;
}

export function mergeLookup(grid: Grid): MergeLookup {
  const topLeft = new Map<number, number>();
  for (const m of grid.merges) {
    const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (cells <= 1 || cells > MAX_MERGE_CELLS) continue;
    const origin = m.top * ROW_STRIDE + m.left;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) topLeft.set(r * ROW_STRIDE + c, origin);
  }
  return {
    covered(row, col, values) {
      if (topLeft.size === 0) return undefined;
      const origin = topLeft.get(row * ROW_STRIDE + col);
      if (origin === undefined) return undefined;
      const r = Math.floor(origin / ROW_STRIDE);
      return values[r]?.[origin - r * ROW_STRIDE] ?? null;
    },
  };
}
