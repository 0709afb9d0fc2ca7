/**
 * Groups a plan's cell writes into rectangles, so that Office gets one `values` array per rectangle instead
 * of one request per cell. A rectangle is the bounding box of writes that lie close together: the cells in
 * it that the plan does not write are holes, sent as null (Office leaves such a cell as it is), which costs a
 * few bytes where another rectangle would cost its own requests.
 */
import type { CellWrite } from "../../core/write/types";

export interface Rectangle {
  sheet: string;
  top: number;
  left: number;
  /** cells[i][j] is the write to (top + i, left + j), or undefined for a hole. */
  cells: (CellWrite | undefined)[][];
}

/** Rows without a write that a rectangle may span before it is cut (the blank rows between two tables). */
const MAX_HOLE_ROWS = 3;
/** Columns without a write that a rectangle may span before it is cut. */
const MAX_HOLE_COLS = 2;

/** Runs of sorted numbers whose gaps stay within `maxHole` missing numbers. */
function runs(sorted: readonly number[], maxHole: number): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (const n of sorted) {
    const cur = out[out.length - 1];
    if (cur && n - cur.last - 1 <= maxHole) cur.last = n;
    else out.push({ first: n, last: n });
  }
  return out;
}

export function toRectangles(cells: readonly CellWrite[]): Rectangle[] {
  // The last write to a cell wins, as when the exceljs host writes the plan cell by cell.
  const bySheet = new Map<string, Map<number, Map<number, CellWrite>>>();
  for (const w of cells) {
    let rows = bySheet.get(w.sheet);
    if (!rows) bySheet.set(w.sheet, (rows = new Map()));
    let cols = rows.get(w.row);
    if (!cols) rows.set(w.row, (cols = new Map()));
    cols.set(w.col, w);
  }
  const out: Rectangle[] = [];
  for (const [sheet, rows] of bySheet) {
    const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
    for (const band of runs(rowNumbers, MAX_HOLE_ROWS)) {
      const bandRows = rowNumbers.filter((r) => r >= band.first && r <= band.last);
      const used = new Set<number>();
      for (const r of bandRows) for (const c of (rows.get(r) as Map<number, CellWrite>).keys()) used.add(c);
      for (const span of runs(
        [...used].sort((a, b) => a - b),
        MAX_HOLE_COLS,
      )) {
        const grid: (CellWrite | undefined)[][] = [];
        for (let r = band.first; r <= band.last; r++) {
          const line = rows.get(r);
          const row: (CellWrite | undefined)[] = [];
          for (let c = span.first; c <= span.last; c++) row.push(line?.get(c));
          grid.push(row);
        }
        out.push({ sheet, top: band.first, left: span.first, cells: grid });
      }
    }
  }
  return out;
}
