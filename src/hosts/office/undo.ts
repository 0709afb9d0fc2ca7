/// <reference types="office-js" />
/**
 * The Office host's side of undo and of faults: reading copy sources where Excel has no copyFrom, seeing
 * from them that the workbook changed since the read, and rolling back a write that stopped half-way.
 */
import type { Grid } from "../../core/grid/types";
import type { RangeCopy, WritePlan } from "../../core/write/types";
import { undoLogOf } from "../../core/write/steps";
import { rollbackAfterFailure, rollbackProbe } from "../../core/undo/rollback";
import { rangeAddress } from "./addresses";
import { toCellValue } from "./grid";
import type { CopiedCells } from "./writeOps";

/**
 * Without ExcelApi 1.9 (no Range.copyFrom): the sources' values, number formats and formulas, in one sync queued
 * before anything is written.
 */
export async function readCopySources(
  context: Excel.RequestContext,
  copies: readonly RangeCopy[],
  onSync: () => void,
): Promise<Map<RangeCopy, CopiedCells>> {
  const ranges = copies.map((c) => {
    const range = context.workbook.worksheets
      .getItem(c.from.sheet)
      .getRange(rangeAddress(c.from.top, c.from.left, c.from.bottom, c.from.right));
    // The formulas too: written back as values, a person's formula would come back as its result.
    range.load("values,numberFormat,formulas");
    return { c, range };
  });
  onSync();
  await context.sync();
  return new Map(
    ranges.map(({ c, range }) => [
      c,
      {
        values: range.values as (string | number | boolean)[][],
        formats: range.numberFormat.map((row) => row.map((f) => String(f ?? "General"))),
        formulas: range.formulas as (string | number | boolean)[][],
      },
    ]),
  );
}

/**
 * The first backed-up cell whose value is not what the last read saw: a person edited the workbook between
 * read and write. Null when every source matches (or there is no read to compare with).
 */
export function changedCell(
  plan: WritePlan,
  copied: ReadonlyMap<RangeCopy, CopiedCells>,
  lastRead: ReadonlyMap<string, Grid> | null,
): string | null {
  if (!lastRead) return null;
  for (const b of undoLogOf(plan)?.backups ?? []) {
    const data = copied.get(b);
    const grid = lastRead.get(b.from.sheet);
    if (!data || !grid) continue;
    for (let i = 0; i < data.values.length; i++) {
      for (let j = 0; j < data.values[i].length; j++) {
        const now = toCellValue(data.values[i][j]);
        const then = grid.values[b.from.top + i]?.[b.from.left + j] ?? null;
        if (now !== then)
          return `${b.from.sheet}!${rangeAddress(b.from.top + i, b.from.left + j, b.from.top + i, b.from.left + j)}`;
      }
    }
  }
  return null;
}

/**
 * What puts the workbook back after `forward` stopped half-way: the core decides from what this looks at
 * (the log sheet, the block's header cell, the protection of the backed-up sheets), in two syncs before
 * the restoring batch.
 */
export async function rollbackFor(
  context: Excel.RequestContext,
  forward: WritePlan,
  onSync: () => void,
): Promise<WritePlan | null> {
  const probe = rollbackProbe(forward);
  if (!probe) return null;
  const ws = context.workbook.worksheets.getItemOrNullObject(probe.logSheet);
  ws.load("name");
  const targets = probe.sheets.map((name) => {
    const t = context.workbook.worksheets.getItemOrNullObject(name);
    t.protection.load("protected");
    return { name, t };
  });
  onSync();
  await context.sync();
  if (ws.isNullObject)
    return rollbackAfterFailure(forward, { logSheetExists: false, probe: null, lockedSheets: new Set() });
  const lockedSheets = new Set(
    targets.filter(({ t }) => !t.isNullObject && t.protection.protected).map(({ name }) => name),
  );
  const cell = ws.getRange(rangeAddress(probe.row, probe.col, probe.row, probe.col));
  cell.load("values");
  onSync();
  await context.sync();
  return rollbackAfterFailure(forward, {
    logSheetExists: true,
    probe: toCellValue(cell.values[0]?.[0] ?? null),
    lockedSheets,
  });
}
