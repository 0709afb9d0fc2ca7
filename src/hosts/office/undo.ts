/// <reference types="office-js" />
/**
 * The Office host's side of undo and of faults: reading copy sources where Excel has no copyFrom, seeing
 * from them that the workbook changed since the read, and rolling back a write that stopped half-way.
 */
import type { Grid } from "../../core/grid/types";
import type { RangeCopy, WritePlan } from "../../core/write/types";
import { BLOCK_MARKER } from "../../core/undo/log";
import { blockHeaderRow, discardBlockPlan, rollbackPlan } from "../../core/undo/plan";
import { rangeAddress } from "./addresses";
import { toCellValue } from "./grid";
import type { CopiedCells } from "./writeOps";

/** Every copy of a plan: the undo log's backups and undo's restores. */
export function planCopies(plan: WritePlan): RangeCopy[] {
  return [...(plan.undoLog?.backups ?? []), ...(plan.restores ?? [])];
}

/** Sheets an undo-related part of the plan writes into (for the protection check before writing). */
export function undoSheetsWritten(plan: WritePlan): string[] {
  const out = new Set<string>();
  if (plan.undoLog && !plan.undoLog.create) out.add(plan.undoLog.sheet);
  for (const r of plan.restores ?? []) out.add(r.toSheet);
  for (const c of plan.logClears ?? []) out.add(c.sheet);
  return [...out];
}

/**
 * Without ExcelApi 1.9 (no Range.copyFrom): the sources' values and number formats, in one sync queued
 * before anything is written.
 */
export async function readCopySources(
  context: Excel.RequestContext,
  copies: readonly RangeCopy[],
  onSync: () => void,
): Promise<Map<RangeCopy, CopiedCells>> {
  const ranges = copies.map((c) => {
    const range = context.workbook.worksheets.getItem(c.from.sheet).getRange(rangeAddress(c.from.top, c.from.left, c.from.bottom, c.from.right));
    range.load("values,numberFormat");
    return { c, range };
  });
  onSync();
  await context.sync();
  return new Map(
    ranges.map(({ c, range }) => [
      c,
      { values: range.values as (string | number | boolean)[][], formats: range.numberFormat.map((row) => row.map((f) => String(f ?? "General"))) },
    ]),
  );
}

/**
 * The first backed-up cell whose value is not what the last read saw: a person edited the workbook between
 * read and write. Null when every source matches (or there is no read to compare with).
 */
export function changedCell(plan: WritePlan, copied: ReadonlyMap<RangeCopy, CopiedCells>, lastRead: ReadonlyMap<string, Grid> | null): string | null {
  if (!lastRead) return null;
  for (const b of plan.undoLog?.backups ?? []) {
    const data = copied.get(b);
    const grid = lastRead.get(b.from.sheet);
    if (!data || !grid) continue;
    for (let i = 0; i < data.values.length; i++) {
      for (let j = 0; j < data.values[i].length; j++) {
        const now = toCellValue(data.values[i][j]);
        const then = grid.values[b.from.top + i]?.[b.from.left + j] ?? null;
        if (now !== then) return `${b.from.sheet}!${rangeAddress(b.from.top + i, b.from.left + j, b.from.top + i, b.from.left + j)}`;
      }
    }
  }
  return null;
}

/**
 * What puts the workbook back after `forward` stopped half-way, decided from the log as the workbook holds
 * it: its block complete (header written after every copy) -> the block's undo; the log sheet there but the
 * block incomplete -> only the log put back (nothing else had been written); no log sheet when the run was
 * to create it -> nothing. Two syncs to look, before the restoring batch.
 */
export async function rollbackFor(context: Excel.RequestContext, forward: WritePlan, onSync: () => void): Promise<WritePlan | null> {
  const log = forward.undoLog;
  const top = blockHeaderRow(forward);
  if (!log || top === null) return null;
  const ws = context.workbook.worksheets.getItemOrNullObject(log.sheet);
  ws.load("name");
  // A sheet protected now refused the run's first write to it: nothing there to put back (or that could be).
  const targets = [...new Set(log.backups.map((b) => b.from.sheet))].map((name) => {
    const t = context.workbook.worksheets.getItemOrNullObject(name);
    t.protection.load("protected");
    return { name, t };
  });
  onSync();
  await context.sync();
  if (ws.isNullObject) return null;
  const locked = new Set(targets.filter(({ t }) => !t.isNullObject && t.protection.protected).map(({ name }) => name));
  const marker = ws.getRange(rangeAddress(top, 0, top, 0));
  marker.load("values");
  onSync();
  await context.sync();
  if (marker.values[0]?.[0] !== BLOCK_MARKER) return discardBlockPlan(forward);
  const back = rollbackPlan(forward);
  return back && { ...back, restores: (back.restores ?? []).filter((r) => !locked.has(r.toSheet)) };
}
