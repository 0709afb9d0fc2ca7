/**
 * Shared formulas (ECMA-376 18.3.1.40): the master cell holds the formula, each follower only names its
 * group, and reads as the master's formula moved to its own cell. Excel writes them whenever a formula is
 * filled down, and the add-in writes its own columns so. A follower outlives its master badly: exceljs
 * refuses to save a workbook where one's master is gone, and a file that had it would lose the formula. So
 * before a master cell is emptied or overwritten, the followers of its group become formulas of their own.
 */
import type ExcelJS from "exceljs";
import type { CellWrite } from "../../core/write/types";

interface SharedMaster {
  formula: string;
  shareType: "shared";
  /** The group's range as the file gave it; absent for a master written in this process. */
  ref?: string;
}

function isSharedMaster(v: unknown): v is SharedMaster {
  return (
    v !== null &&
    typeof v === "object" &&
    (v as { shareType?: unknown }).shareType === "shared" &&
    typeof (v as { formula?: unknown }).formula === "string"
  );
}

/** 0-based bounds of "H18:H40" (or of one cell). */
function bounds(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) return null;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
}

/** True for a cell value that is part of a shared formula: its master or one of its followers. */
export function isSharedFormula(v: unknown): boolean {
  return isSharedMaster(v) || (v !== null && typeof v === "object" && "sharedFormula" in v);
}

/**
 * The formula the cell holds, as a formula of its own with its cached result (Cell.result, which keeps a
 * result of 0 or FALSE): a follower's is its master's moved to the cell.
 */
export function ownFormula(cell: ExcelJS.Cell): ExcelJS.CellFormulaValue {
  const formula = cell.formula;
  const result: unknown = cell.result;
  return (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
}

/**
 * Called before `cell` is emptied or overwritten: when it is a shared formula's master, each follower of
 * its group becomes a formula of its own (found in the group's range, or on the whole sheet when the range
 * is not known).
 */
export function releaseFollowers(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): void {
  const v: unknown = cell.value;
  if (!isSharedMaster(v)) return;
  const address = cell.address;
  const area = v.ref === undefined ? null : bounds(v.ref);
  const visit = (follower: ExcelJS.Cell): void => {
    const fv: unknown = follower.value;
    if (fv !== null && typeof fv === "object" && (fv as { sharedFormula?: unknown }).sharedFormula === address)
      follower.value = ownFormula(follower);
  };
  if (area === null) {
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, visit));
    return;
  }
  for (let r = area.top; r <= area.bottom; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = area.left; c <= area.right; c++) {
      const follower = row.findCell(c);
      if (follower) visit(follower);
    }
  }
}

/** exceljs's formula cell: the formula without "=", and its cached result (none for an empty one). */
function formulaValue(formula: string, result: CellWrite["value"]): ExcelJS.CellFormulaValue {
  const value: ExcelJS.CellFormulaValue = { formula };
  if (result !== null) value.result = result;
  return value;
}

/** A follower: exceljs writes <f t="shared" si="…"/>, which Excel and LibreOffice read as the master's formula moved. */
function followerValue(
  master: string,
  result: ExcelJS.CellFormulaValue["result"] | null | undefined,
): ExcelJS.CellSharedFormulaValue {
  const value = { sharedFormula: master } as ExcelJS.CellSharedFormulaValue;
  if (result !== null && result !== undefined) value.result = result;
  return value;
}

/**
 * The master of a group that reaches down to `last` says its range, as a file read from disk does: the group
 * stays whole when the master is later emptied (releaseFollowers), and exceljs writes the range it is given.
 */
function shareFrom(master: ExcelJS.Cell, value: ExcelJS.CellFormulaValue, last: ExcelJS.Cell): void {
  const shared: SharedMaster & ExcelJS.CellFormulaValue = {
    ...value,
    shareType: "shared",
    ref: `${master.address}:${last.address}`,
  };
  master.value = shared;
}

interface Group {
  /** The plan's shared id. */
  id: number;
  master: ExcelJS.Cell;
  formula: string;
  result: CellWrite["value"];
  /** 0-based row of the last cell of the group so far. */
  bottom: number;
  last: ExcelJS.Cell | null;
}

/**
 * The plan's formula cells as exceljs stores them. Going down a column, cells with the same shared id (see
 * CellWrite.shared) are one group: its first cell the master, the next ones its followers — one formula for
 * the column's rows instead of one per row. Any other formula ends the group, and a group never starts
 * inside an earlier one, so the groups of a column never overlap: the layout Excel itself writes (cells that
 * hold values may sit between a group's rows, as in a filled column whose cell was overwritten).
 */
export class FormulaCells {
  private readonly open = new Map<string, Group>();
  /** Per column, the lowest row an earlier group reached. */
  private readonly reached = new Map<string, number>();
  private readonly groups: Group[] = [];

  write(cell: ExcelJS.Cell, w: CellWrite, formula: string): void {
    const column = `${w.sheet}\u0001${w.col}`;
    const group = this.open.get(column);
    if (group !== undefined && w.shared !== undefined && group.id === w.shared && w.row > group.bottom) {
      cell.value = followerValue(group.master.address, w.value);
      group.bottom = w.row;
      group.last = cell;
      return;
    }
    if (group !== undefined) {
      this.open.delete(column);
      this.reached.set(column, Math.max(this.reached.get(column) ?? -1, group.bottom));
    }
    cell.value = formulaValue(formula, w.value);
    if (w.shared === undefined || w.row <= (this.reached.get(column) ?? -1)) return;
    const started: Group = {
      id: w.shared,
      master: cell,
      formula,
      result: w.value,
      bottom: w.row,
      last: null,
    };
    this.open.set(column, started);
    this.groups.push(started);
  }

  /** Each master with followers says its group's range (shareFrom). */
  finish(): void {
    for (const g of this.groups) if (g.last !== null) shareFrom(g.master, formulaValue(g.formula, g.result), g.last);
  }
}

/** The shared formula a cell belongs to, named by its master's address (its own for a master); null for others. */
export function groupOf(cell: ExcelJS.Cell): string | null {
  const v: unknown = cell.value;
  if (isSharedMaster(v)) return cell.address;
  if (v !== null && typeof v === "object") {
    const master = (v as { sharedFormula?: unknown }).sharedFormula;
    if (typeof master === "string") return master;
  }
  return null;
}

interface CopiedGroup {
  source: string;
  master: ExcelJS.Cell;
  value: ExcelJS.CellFormulaValue;
  row: number;
  last: ExcelJS.Cell | null;
}

/**
 * A copy's formula cells, column by column going down: consecutive cells that were one shared formula where
 * they came from (the same master, as the file said) are one again where they land — the first the master,
 * with its formula moved, the next ones its followers — as a paste of a filled column is in Excel. The
 * undo log then keeps a run's columns in the size the run wrote them, not one full formula per cell.
 */
export class CopiedGroups {
  private readonly open = new Map<number, CopiedGroup>();
  private readonly groups: CopiedGroup[] = [];

  /** Writes `value` (the cell's formula already moved, or any value) into `cell`, at 1-based (row, col). */
  write(cell: ExcelJS.Cell, at: { row: number; col: number }, source: string | null, value: ExcelJS.CellValue): void {
    const group = this.open.get(at.col);
    const formula = isOwnFormula(value) ? value : null;
    if (
      group !== undefined &&
      source !== null &&
      formula !== null &&
      group.source === source &&
      group.row === at.row - 1
    ) {
      cell.value = followerValue(group.master.address, formula.result);
      group.row = at.row;
      group.last = cell;
      return;
    }
    cell.value = value;
    if (source === null || formula === null || formula.formula.includes("#REF!")) {
      this.open.delete(at.col);
      return;
    }
    const started: CopiedGroup = { source, master: cell, value: formula, row: at.row, last: null };
    this.open.set(at.col, started);
    this.groups.push(started);
  }

  /** An empty or literal cell at (row, col) ends its column's group. */
  skip(col: number): void {
    this.open.delete(col);
  }

  /** Each master with followers says its group's range (shareFrom). */
  finish(): void {
    for (const g of this.groups) if (g.last !== null) shareFrom(g.master, g.value, g.last);
  }
}

function isOwnFormula(v: ExcelJS.CellValue): v is ExcelJS.CellFormulaValue {
  return v !== null && typeof v === "object" && typeof (v as { formula?: unknown }).formula === "string";
}
