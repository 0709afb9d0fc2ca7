/**
 * What planWrites may touch on one sheet: a cell is free when it is empty, or when it sits in a range
 * a previous run owned, and it is not covered by a merge (a person's) or by what this run already claimed.
 */
import type { CellValue, Grid, Rect } from "../grid/types";
import type { OwnedRange } from "./previous";
import { RectIndex, StaticRectIndex } from "./rectIndex";

export function isEmptyValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export class SheetView {
  readonly previous = new RectIndex();
  readonly merges: StaticRectIndex;
  readonly claimed = new RectIndex();

  constructor(
    readonly grid: Grid,
    previousOwned: readonly OwnedRange[],
  ) {
    for (const r of previousOwned) this.previous.add(r);
    this.merges = new StaticRectIndex(grid.merges);
  }

  value(row: number, col: number): CellValue {
    const r = this.grid.values[row];
    const v = r ? r[col] : undefined;
    return v === undefined ? null : v;
  }

  isFree(row: number, col: number): boolean {
    if (this.claimed.contains(row, col) || this.merges.contains(row, col)) return false;
    return isEmptyValue(this.value(row, col)) || this.previous.contains(row, col);
  }

  /** Early exit on the first taken cell: most calls answer after one cell. */
  isRectFree(rect: Rect): boolean {
    for (let c = rect.left; c <= rect.right; c++) {
      for (let r = rect.top; r <= rect.bottom; r++) if (!this.isFree(r, c)) return false;
    }
    return true;
  }
}
