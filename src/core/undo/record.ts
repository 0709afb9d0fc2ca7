/**
 * recordUndo: adds to a run's write plan the undo log of that run — which sheets it creates or replaces,
 * which names it removes (with their references) and sets, and a copy of every rectangle it clears or
 * writes on a sheet that exists — as a new block on the log sheet. Pure: the hosts copy the cells.
 */
import type { Grid, Rect, WorkbookGrid } from "../grid/types";
import type { CellWrite, RangeCopy, WritePlan } from "../write/types";
import { planParts, writePlan, type AllPlanParts } from "../write/steps";
import {
  FIRST_BLOCK_ROW,
  LOG_TITLE,
  UNDO_NAME,
  entryRows,
  headerRow,
  parseBlocks,
  undoLogPlace,
  type UndoEntry,
} from "./log";

/** Entry rows are at most this wide (a backup entry): the block is never narrower. */
const ENTRY_WIDTH = 8;

interface SheetRect {
  sheet: string;
  rect: Rect;
}

const inside = (r: Rect, row: number, col: number): boolean =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** The rows and columns a grid's content spans from A1 (0 x 0 for an empty sheet). */
function extent(g: Grid): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  const scan = (m: readonly (readonly unknown[])[]): void => {
    m.forEach((row, r) => {
      if (row && row.length > 0) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, row.length);
      }
    });
  };
  scan(g.values);
  scan(g.formats);
  return { rows, cols };
}

/**
 * What the run changes on sheets that exist and that it does not replace: every cleared rectangle, and
 * every written cell no clear covers (a created Consuntivo header, say) grouped into vertical runs.
 */
function changedRects(plan: Pick<AllPlanParts, "clears" | "cells">, kept: (sheet: string) => boolean): SheetRect[] {
  const bySheet = new Map<string, Rect[]>();
  const out: SheetRect[] = [];
  const seen = new Set<string>();
  for (const c of plan.clears) {
    if (!kept(c.sheet)) continue;
    const key = `${c.sheet}!${c.top},${c.left},${c.bottom},${c.right}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const rect = { top: c.top, left: c.left, bottom: c.bottom, right: c.right };
    out.push({ sheet: c.sheet, rect });
    const list = bySheet.get(c.sheet);
    if (list) list.push(rect);
    else bySheet.set(c.sheet, [rect]);
  }
  // Cells come table after table: the rectangle that covered the last cell covers most of the next.
  const loose = new Map<string, Map<number, number[]>>();
  let lastSheet = "";
  let last: Rect | undefined;
  for (const w of plan.cells) {
    if (!kept(w.sheet)) continue;
    if (w.sheet === lastSheet && last && inside(last, w.row, w.col)) continue;
    const hit = bySheet.get(w.sheet)?.find((r) => inside(r, w.row, w.col));
    if (hit) {
      lastSheet = w.sheet;
      last = hit;
      continue;
    }
    let cols = loose.get(w.sheet);
    if (!cols) loose.set(w.sheet, (cols = new Map()));
    const rows = cols.get(w.col);
    if (rows) rows.push(w.row);
    else cols.set(w.col, [w.row]);
  }
  for (const [sheet, cols] of loose) {
    for (const [col, rows] of [...cols].sort((a, b) => a[0] - b[0])) {
      const sorted = [...new Set(rows)].sort((a, b) => a - b);
      let start = sorted[0];
      for (let i = 1; i <= sorted.length; i++) {
        if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
        out.push({ sheet, rect: { top: start, left: col, bottom: sorted[i - 1], right: col } });
        start = sorted[i];
      }
    }
  }
  return out;
}

/** The plan with its undo log: a new block on the log sheet (created, very hidden, when missing). */
export function recordUndo(workbook: WorkbookGrid, forward: WritePlan): WritePlan {
  const plan = planParts(forward);
  const grids = new Map(workbook.sheets.map((g) => [g.name, g]));
  const position = new Map(workbook.sheets.map((g, i) => [g.name, i]));
  // A person's sheet named like the log is passed over: the log goes to a sheet of its own.
  const { sheet: logSheet, log } = undoLogPlace(workbook);
  const blocks = log ? parseBlocks(log) : [];
  const lastEnd = blocks.length > 0 ? blocks[blocks.length - 1].top + blocks[blocks.length - 1].span : 0;
  // After everything the log holds: its complete blocks and any remains of a failed run.
  const top = Math.max(FIRST_BLOCK_ROW, log ? extent(log).rows : 0, lastEnd);

  const entries: UndoEntry[] = [];
  const copies: {
    kind: "sheet" | "backup";
    sheet: string;
    rect: Rect;
    entry: (logRow: number, logCol: number) => UndoEntry;
  }[] = [];
  const replaced = new Set<string>();
  const created = new Set<string>();
  for (const s of plan.sheets) {
    const old = grids.get(s.name);
    if (!old) {
      created.add(s.name);
      entries.push({ kind: "sheet_created", name: s.name });
      continue;
    }
    replaced.add(s.name);
    const { rows, cols } = extent(old);
    const widths = s.columnWidths ?? {};
    const pos = position.get(s.name) ?? workbook.sheets.length;
    if (rows === 0)
      entries.push({ kind: "sheet_replaced", name: s.name, position: pos, logRow: 0, rows: 0, cols: 0, widths });
    else {
      copies.push({
        kind: "sheet",
        sheet: s.name,
        rect: { top: 0, left: 0, bottom: rows - 1, right: cols - 1 },
        entry: (logRow) => ({ kind: "sheet_replaced", name: s.name, position: pos, logRow, rows, cols, widths }),
      });
    }
  }
  const removed = new Set(plan.removeNames.map((n) => n.toUpperCase()));
  for (const dn of workbook.names) {
    if (removed.has(dn.name.toUpperCase()))
      entries.push({ kind: "name_removed", name: dn.name, sheet: dn.sheet, range: dn.range });
  }
  for (const name of new Set(plan.setNames.map((n) => n.name))) entries.push({ kind: "name_set", name });
  const kept = (sheet: string): boolean =>
    grids.has(sheet) && !replaced.has(sheet) && !created.has(sheet) && sheet !== logSheet;
  // The widths the run changes on sheets it keeps, as the host read them (a host that read none: not kept).
  const oldWidths = new Map<string, Record<number, number>>();
  for (const w of plan.columnWidths) {
    const before = kept(w.sheet) ? grids.get(w.sheet)?.columnWidths?.[w.col] : undefined;
    if (before === undefined) continue;
    let widths = oldWidths.get(w.sheet);
    if (!widths) oldWidths.set(w.sheet, (widths = {}));
    widths[w.col] = before;
  }
  for (const [sheet, widths] of oldWidths) entries.push({ kind: "widths", sheet, widths });
  for (const { sheet, rect } of changedRects(plan, kept)) {
    copies.push({
      kind: "backup",
      sheet,
      rect,
      entry: (logRow, logCol) => ({ kind: "backup", sheet, rect, logRow, logCol }),
    });
  }

  // The copies go under the entries, one under the other. Excel copies like a paste: a formula's relative
  // references move with it, and one pushed above row 1 or left of column A becomes #REF! for good. So a
  // backup keeps its column and never lands above its own row: its references move down only, and come
  // back exactly when undo copies it back. A whole sheet's copy starts at A1, which any row keeps safe.
  // The copies' log rows are only known once the entry rows are counted, and packed rows hold numbers of
  // any length: the rows are counted with every number at its longest, so the real ones never need more.
  const LONGEST = 9_999_999;
  const reserved = entryRows([
    ...entries,
    ...copies
      .map((c) => c.entry(LONGEST, LONGEST))
      .map((e) =>
        e.kind === "backup" ? { ...e, rect: { top: LONGEST, left: LONGEST, bottom: LONGEST, right: LONGEST } } : e,
      ),
  ]).length;
  let row = top + 1 + reserved;
  let width = ENTRY_WIDTH;
  const backups: RangeCopy[] = [];
  for (const c of copies) {
    const col = c.kind === "backup" ? c.rect.left : 0;
    if (c.kind === "backup") row = Math.max(row, c.rect.top);
    entries.push(c.entry(row, col));
    backups.push({ from: { sheet: c.sheet, ...c.rect }, toSheet: logSheet, toRow: row, toCol: col });
    row += c.rect.bottom - c.rect.top + 1;
    width = Math.max(width, col + c.rect.right - c.rect.left + 1);
  }
  const n = (blocks.length > 0 ? blocks[blocks.length - 1].n : 0) + 1;
  const span = row - top;

  const rowOf = (r: number, values: readonly (string | number | boolean | null)[]): CellWrite[] =>
    values.map((value, c) => ({ sheet: logSheet, row: r, col: c, value }));
  const cells: CellWrite[] = [];
  if (!log) cells.push(...rowOf(0, [LOG_TITLE]));
  const rows = entryRows(entries);
  rows.forEach((values, i) => cells.push(...rowOf(top + 1 + i, values)));
  // Written last: a block is complete, and will be undone, only once its header is there.
  const header = rowOf(top, headerRow({ n, span, width }, rows.length));

  // CP_UNDO removed and set again last, like the run's other names: every run leaves them in one order.
  const removeNames = plan.removeNames.filter((name) => name.toUpperCase() !== UNDO_NAME);
  if (log) removeNames.push(UNDO_NAME);
  return writePlan({
    ...plan,
    removeNames,
    setNames: [...plan.setNames, { name: UNDO_NAME, sheet: logSheet, range: "$A$1" }],
    undoLog: {
      sheet: logSheet,
      create: !log,
      hide: log !== undefined && log.veryHidden !== true,
      backups,
      cells,
      header,
    },
  });
}
