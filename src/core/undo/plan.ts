/**
 * planUndo: the write plan that puts the workbook back as it was before the last run — the log sheet
 * included — read from the last block of the undo log. Hosts apply it like any plan.
 */
import type { Diagnostic } from "../diagnostics/types";
import type { CellValue, WorkbookGrid } from "../grid/types";
import type { ColumnWidth, NameSet, RangeCopy, SheetCreate, WritePlan } from "../write/types";
import { undoLogOf, writePlan } from "../write/steps";
import { lockedSheets } from "../write/reach";
import {
  UNDO_NAME,
  UNDO_SHEET_NAME,
  parseBlocks,
  parseEntryRow,
  undoLogPlace,
  type UndoBlock,
  type UndoEntry,
} from "./log";

export interface UndoPlan {
  writePlan: WritePlan;
  diagnostics: Diagnostic[];
}

/**
 * The restoring plan for one block. `lastBlock`: the block is the log's only one, so the log sheet did
 * not exist before that run and goes with it. It is idempotent over what the run managed to do: names are
 * removed before being set again, a missing sheet is not an error, and the copies rewrite whole rectangles,
 * so it also rolls back a run that stopped half-way. `logSheet`: the log's sheet (a person's sheet may hold
 * the usual name, and the log then has another).
 */
export function undoBlockPlan(
  block: Pick<UndoBlock, "top" | "span" | "width" | "entries">,
  lastBlock: boolean,
  logSheet: string = UNDO_SHEET_NAME,
): WritePlan {
  const removeNames = new Set<string>();
  const setNames: NameSet[] = [];
  const sheets: SheetCreate[] = [];
  const restores: RangeCopy[] = [];
  const deleteSheets: string[] = [];
  const columnWidths: ColumnWidth[] = [];
  for (const e of block.entries) {
    switch (e.kind) {
      case "sheet_created":
        deleteSheets.push(e.name);
        break;
      case "sheet_replaced":
        sheets.push({ name: e.name, replace: true, position: e.position, columnWidths: e.widths });
        if (e.rows > 0) {
          restores.push({
            from: { sheet: logSheet, top: e.logRow, left: 0, bottom: e.logRow + e.rows - 1, right: e.cols - 1 },
            toSheet: e.name,
            toRow: 0,
            toCol: 0,
          });
        }
        break;
      case "name_removed":
        removeNames.add(e.name);
        setNames.push({ name: e.name, sheet: e.sheet, range: e.range });
        break;
      case "name_set":
        removeNames.add(e.name);
        break;
      case "widths":
        for (const [col, width] of Object.entries(e.widths))
          columnWidths.push({ sheet: e.sheet, col: Number(col), width });
        break;
      case "backup":
        restores.push({
          from: {
            sheet: logSheet,
            top: e.logRow,
            left: e.logCol,
            bottom: e.logRow + e.rect.bottom - e.rect.top,
            right: e.logCol + e.rect.right - e.rect.left,
          },
          toSheet: e.sheet,
          toRow: e.rect.top,
          toCol: e.rect.left,
        });
        break;
    }
  }
  removeNames.add(UNDO_NAME);
  if (lastBlock) deleteSheets.push(logSheet);
  // The log stays: its name too (a run removes and sets it again, and may have stopped in between).
  else setNames.push({ name: UNDO_NAME, sheet: logSheet, range: "$A$1" });
  return writePlan({
    removeNames: [...removeNames],
    sheets,
    restores,
    setNames,
    columnWidths,
    logClears: lastBlock
      ? []
      : [{ sheet: logSheet, top: block.top, left: 0, bottom: block.top + block.span - 1, right: block.width - 1 }],
    deleteSheets,
  });
}

/** Null when there is nothing to undo (no log, or a log without a complete block). */
export function planUndo(workbook: WorkbookGrid): UndoPlan | null {
  const { sheet: logSheet, log } = undoLogPlace(workbook);
  if (!log) return null;
  const blocks = parseBlocks(log);
  if (blocks.length === 0) return null;
  const block = blocks[blocks.length - 1];
  const grids = new Map(workbook.sheets.map((g) => [g.name, g]));
  // A backed-up sheet a person deleted since: nothing to restore there (its copy would have no target).
  const entries = block.entries.filter((e) => (e.kind !== "backup" && e.kind !== "widths") || grids.has(e.sheet));
  const plan = undoBlockPlan({ ...block, entries }, blocks.length === 1, logSheet);
  // A protected sheet refuses the restore: say so, as a run does, and let the caller write nothing.
  const diagnostics: Diagnostic[] = lockedSheets(plan, (sheet) => grids.get(sheet)?.protected === true).map(
    (sheet) => ({
      severity: "error",
      code: "SHEET_PROTECTED",
      sheet,
      cell: null,
      params: { sheet },
    }),
  );
  return { writePlan: plan, diagnostics };
}

/** The row of the block header a plan's log writes: where a host looks to see if the block is complete. */
export function blockHeaderRow(forward: WritePlan): number | null {
  const header = undoLogOf(forward)?.header;
  return header && header.length > 0 ? header[0].row : null;
}

/**
 * The plan that rolls back a run whose write stopped half-way, from that run's own plan: the block it
 * was writing, read from its log cells. Null when the plan kept no log.
 */
export function rollbackPlan(forward: WritePlan): WritePlan | null {
  const log = undoLogOf(forward);
  const top = blockHeaderRow(forward);
  if (!log || top === null) return null;
  const rows = new Map<number, CellValue[]>();
  for (const c of [...log.cells, ...log.header]) {
    let row = rows.get(c.row);
    if (!row) rows.set(c.row, (row = []));
    row[c.col] = c.value;
  }
  const h = rows.get(top) ?? [];
  const span = Number(h[2]);
  const width = Number(h[3]);
  const count = Number(h[4]);
  const entries: UndoEntry[] = [];
  for (let i = 1; i <= count; i++) entries.push(...(parseEntryRow(rows.get(top + i)) ?? []));
  return undoBlockPlan({ top, span, width, entries }, log.create, log.sheet);
}

/**
 * The plan that removes a block whose run failed before its header was written: only the log had changed
 * (its copies come before anything else), so the log is put back as it was — deleted if the run created it.
 */
export function discardBlockPlan(forward: WritePlan): WritePlan | null {
  const log = undoLogOf(forward);
  const top = blockHeaderRow(forward);
  if (!log || top === null) return null;
  if (log.create) return writePlan({ removeNames: [UNDO_NAME], deleteSheets: [log.sheet] });
  const span = Number(log.header[2]?.value ?? 1);
  const width = Number(log.header[3]?.value ?? 1);
  return writePlan({
    logClears: [{ sheet: log.sheet, top, left: 0, bottom: top + Math.max(span, 1) - 1, right: Math.max(width, 1) - 1 }],
  });
}
