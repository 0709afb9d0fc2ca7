/**
 * Shared formulas (ECMA-376 18.3.1.40): the master cell holds the formula, each follower only names its
 * group, and reads as the master's formula moved to its own cell. Excel writes them whenever a formula is
 * filled down, and the add-in writes its own columns so. A follower outlives its master badly: exceljs
 * refuses to save a workbook where one's master is gone, and a file that had it would lose the formula. So
 * before a master cell is emptied or overwritten, the followers of its group become formulas of their own.
 */
import type ExcelJS from "exceljs";

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

/** A follower written as the formula it stands for, with its cached result. */
function materialise(cell: ExcelJS.Cell): void {
  const formula = cell.formula;
  const result: unknown = cell.result;
  cell.value = (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue;
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
      materialise(follower);
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
