/**
 * Membership of cells in a set of rectangles, fast enough for sheets of 50k rows with thousands of
 * rectangles (merged objective cells, owned ranges): per column, a sorted list of disjoint row intervals.
 */
import type { Rect } from "../grid/types";

/** One column's rows in the set: sorted, disjoint [top, bottom] intervals; undefined when it has none. */
export type ColumnIntervals = readonly (readonly number[])[] | undefined;

/** Whether the row is in one of the column's intervals. */
export function coversRow(list: ColumnIntervals, row: number): boolean {
  if (!list) return false;
  // Last interval starting at or above the row; intervals are disjoint, so it is the only candidate.
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid][0] <= row) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && list[found][1] >= row;
}

export class RectIndex {
  private readonly byCol = new Map<number, number[][]>();
  /** Columns whose interval list changed since it was last sorted and merged. */
  private readonly dirty = new Set<number>();

  add(rect: Rect): void {
    for (let c = rect.left; c <= rect.right; c++) {
      let list = this.byCol.get(c);
      if (!list) {
        list = [];
        this.byCol.set(c, list);
      }
      // Rectangles mostly arrive top to bottom: keep a clean list sorted and merged as it grows, so
      // that interleaved add/query does not re-sort the whole column each time.
      const last = list[list.length - 1];
      if (this.dirty.has(c) || (last && rect.top < last[0])) {
        list.push([rect.top, rect.bottom]);
        this.dirty.add(c);
      } else if (last && rect.top <= last[1] + 1) {
        last[1] = Math.max(last[1], rect.bottom);
      } else {
        list.push([rect.top, rect.bottom]);
      }
    }
  }

  contains(row: number, col: number): boolean {
    return coversRow(this.intervals(col), row);
  }

  /** The column's intervals, for many rows of one column: see coversRow. */
  column(col: number): ColumnIntervals {
    return this.intervals(col);
  }

  /** True when any cell of the rectangle is in the set. */
  intersects(rect: Rect): boolean {
    for (let c = rect.left; c <= rect.right; c++) {
      const list = this.intervals(c);
      if (!list) continue;
      for (const [top, bottom] of list) {
        if (top > rect.bottom) break;
        if (bottom >= rect.top) return true;
      }
    }
    return false;
  }

  private intervals(col: number): number[][] | undefined {
    const list = this.byCol.get(col);
    if (!list || !this.dirty.has(col)) return list;
    list.sort((a, b) => a[0] - b[0]);
    const merged: number[][] = [];
    for (const iv of list) {
      const last = merged[merged.length - 1];
      if (last && iv[0] <= last[1] + 1) last[1] = Math.max(last[1], iv[1]);
      else merged.push([iv[0], iv[1]]);
    }
    this.byCol.set(col, merged);
    this.dirty.delete(col);
    return merged;
  }
}

/**
 * A fixed set of rectangles (a sheet's merges), indexed column by column on the first question about
 * that column: placement asks about the few columns right of each table, while a 50 000-row sheet
 * may carry thousands of merges over its other columns.
 */
export class StaticRectIndex {
  private readonly index = new RectIndex();
  private readonly built = new Set<number>();

  constructor(private readonly rects: readonly Rect[]) {}

  contains(row: number, col: number): boolean {
    return coversRow(this.column(col), row);
  }

  intersects(rect: Rect): boolean {
    if (this.rects.length === 0) return false;
    for (let c = rect.left; c <= rect.right; c++) this.build(c);
    return this.index.intersects(rect);
  }

  /** The column's intervals, for many rows of one column: see coversRow. */
  column(col: number): ColumnIntervals {
    if (this.rects.length === 0) return undefined;
    this.build(col);
    return this.index.column(col);
  }

  private build(col: number): void {
    if (this.built.has(col)) return;
    this.built.add(col);
    for (const r of this.rects)
      if (r.left <= col && col <= r.right) this.index.add({ top: r.top, bottom: r.bottom, left: col, right: col });
  }
}
