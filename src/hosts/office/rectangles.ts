/**
 * Groups a plan's cell writes into rectangles, so that Office gets one `values` array per rectangle
 * instead of one request per cell. A rectangle holds only styled or only unstyled writes: a styled write
 * sets its number format, an unstyled one must leave the cell's format as it is.
 */
import type { CellWrite } from "../../core/write/types";

export interface Rectangle {
  sheet: string;
  top: number;
  left: number;
  /** cells[i][j] is the write to (top + i, left + j); every position is filled. */
  cells: CellWrite[][];
  styled: boolean;
}

interface Segment {
  col: number;
  top: number;
  writes: CellWrite[];
  styled: boolean;
}

/** Vertical runs of consecutive rows in one column with the same styledness. */
function columnSegments(col: number, writes: CellWrite[]): Segment[] {
  writes.sort((a, b) => a.row - b.row);
  const out: Segment[] = [];
  let cur: Segment | null = null;
  for (const w of writes) {
    const styled = w.style !== undefined;
    if (cur && w.row === cur.top + cur.writes.length && styled === cur.styled) cur.writes.push(w);
    else {
      cur = { col, top: w.row, writes: [w], styled };
      out.push(cur);
    }
  }
  return out;
}

export function toRectangles(cells: readonly CellWrite[]): Rectangle[] {
  // The last write to a cell wins, as when the exceljs host writes the plan cell by cell.
  const bySheet = new Map<string, Map<number, Map<number, CellWrite>>>();
  for (const w of cells) {
    let cols = bySheet.get(w.sheet);
    if (!cols) bySheet.set(w.sheet, (cols = new Map()));
    let rows = cols.get(w.col);
    if (!rows) cols.set(w.col, (rows = new Map()));
    rows.set(w.row, w);
  }
  const out: Rectangle[] = [];
  for (const [sheet, cols] of bySheet) {
    // Segments with the same rows in adjacent columns join into one rectangle.
    const byRows = new Map<string, Segment[]>();
    for (const col of [...cols.keys()].sort((a, b) => a - b)) {
      for (const seg of columnSegments(col, [...(cols.get(col) as Map<number, CellWrite>).values()])) {
        const key = `${seg.top}:${seg.writes.length}:${seg.styled}`;
        const list = byRows.get(key);
        if (list) list.push(seg);
        else byRows.set(key, [seg]);
      }
    }
    const rects: Rectangle[] = [];
    for (const segs of byRows.values()) {
      let cur: { rect: Rectangle; right: number } | null = null;
      for (const seg of segs) {
        if (cur && seg.col === cur.right + 1) {
          seg.writes.forEach((w, i) => cur?.rect.cells[i].push(w));
          cur.right = seg.col;
        } else {
          cur = { rect: { sheet, top: seg.top, left: seg.col, cells: seg.writes.map((w) => [w]), styled: seg.styled }, right: seg.col };
          rects.push(cur.rect);
        }
      }
    }
    rects.sort((a, b) => a.top - b.top || a.left - b.left);
    out.push(...rects);
  }
  return out;
}
