/**
 * What planWrites may touch on one sheet: a cell is free when it is empty, or when it sits in a range
 * a previous run owned, and it is not covered by a merge (a person's) or by what this run already claimed.
 */
import type { CellValue, Grid, Rect } from "../grid/types";
import type { OwnedRange } from "./previous";
import { coversRow, RectIndex, StaticRectIndex } from "./rectIndex";

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

  /**
   * Every cell free, as isFree says. Column by column, each index's intervals looked up once per column
   * rather than per cell (placement asks this of every block's rows); early exit on the first taken cell.
   */
  isRectFree(rect: Rect): boolean {
    for (let c = rect.left; c <= rect.right; c++) {
      const claimed = this.claimed.column(c);
      const merges = this.merges.column(c);
      const previous = this.previous.column(c);
      for (let r = rect.top; r <= rect.bottom; r++) {
        if (coversRow(claimed, r) || coversRow(merges, r)) return false;
        if (!isEmptyValue(this.value(r, c)) && !coversRow(previous, r)) return false;
      }
    }
    return true;
  }
}
