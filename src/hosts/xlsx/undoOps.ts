/**
 * The undo parts of a WritePlan on an exceljs Workbook: the log sheet, the cell copies into and out of it,
 * the popped block, the deleted sheets. A copy carries each cell's value and its whole style (number
 * format, fill, font, alignment, border) and the conditional formats inside the rectangle, and empties the
 * target cells whose source is empty: what Excel's copy of cells does (Range.copyFrom "All"), formulas moved
 * as a paste moves them.
 */
import ExcelJS from "exceljs";
import { isCoveredByMerge } from "./merged";
import type { RangeClear, RangeCopy, UndoLogWrite } from "../../core/write/types";
import type { ConditionalFormats } from "./conditionalFormats";
import { shiftFormula } from "./formulaShift";
import { valueWithResult } from "./values";
import { CopiedGroups, groupOf, isSharedFormula, ownFormula, releaseFollowers } from "./sharedFormulas";

/**
 * One copy of each style a plan copies: exceljs shares a style object between the cells that have that
 * style, and setters mutate it, so a copied cell never takes its source's object; but the cells of a
 * copy that shared a style share its copy, as they did (a copy per cell was 150,000 styles for exceljs
 * to tell apart when saving the undo log of a large plan).
 */
export class StyleCopies {
  private readonly copies = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();

  of(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
    let copy = this.copies.get(style);
    if (copy === undefined) {
      copy = JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>;
      this.copies.set(style, copy);
    }
    return copy;
  }
}

/** What the copies of one plan share: the workbook's conditional formats, the copies of styles. */
export interface CopyContext {
  formats: ConditionalFormats;
  styles: StyleCopies;
}

interface Copied {
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
  /** The shared formula the source cell belonged to (its master's address), or null. */
  group: string | null;
}

function sheetOrThrow(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`WritePlan refers to a missing sheet «${name}»`);
  return ws;
}

/**
 * A value that stays true where it is copied to: a shared formula's follower becomes the formula it stands
 * for, and its master a formula of its own (its group's range and id belong to where it was: copied along,
 * the copy would claim cells of another sheet as its followers).
 */
function portableValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const v = valueWithResult(cell);
  return isSharedFormula(v) ? ownFormula(cell) : v;
}

/**
 * The value as pasted `dr` rows and `dc` columns away: a formula's relative references move, as Excel's copy
 * moves them (the rows of the plan's own same-row references move, and come back when undo copies them
 * back). Its cached result goes with it.
 */
function movedValue(v: ExcelJS.CellValue, dr: number, dc: number): ExcelJS.CellValue {
  if (v === null || typeof v !== "object" || !("formula" in v) || typeof v.formula !== "string") return v;
  const formula = shiftFormula(v.formula, dr, dc);
  if (formula === v.formula) return v;
  // A reference pushed off the sheet points nowhere: Excel shows #REF! in place of the result.
  return formula.includes("#REF!") ? { formula, result: { error: "#REF!" } } : { ...v, formula };
}

const hasStyle = (style: Partial<ExcelJS.Style> | undefined): boolean => !!style && Object.keys(style).length > 0;

function readRect(ws: ExcelJS.Worksheet, r: RangeClear, styles: StyleCopies): (Copied | null)[][] {
  const out: (Copied | null)[][] = [];
  for (let i = r.top; i <= r.bottom; i++) {
    const row = ws.findRow(i + 1);
    const line: (Copied | null)[] = [];
    for (let j = r.left; j <= r.right; j++) {
      const cell = row?.findCell(j + 1);
      if (!cell) {
        line.push(null);
        continue;
      }
      // A merge's other cells repeat its value in exceljs: only their style is theirs.
      const value = cell.type === ExcelJS.ValueType.Merge ? null : portableValue(cell);
      const style = cell.style;
      if ((value === null || value === undefined) && !hasStyle(style)) line.push(null);
      else
        line.push({
          value: value ?? null,
          style: hasStyle(style) ? styles.of(style) : {},
          group: cell.type === ExcelJS.ValueType.Merge ? null : groupOf(cell),
        });
    }
    out.push(line);
  }
  return out;
}

export function copyRange(wb: ExcelJS.Workbook, c: RangeCopy, ctx: CopyContext): void {
  const from = sheetOrThrow(wb, c.from.sheet);
  const data = readRect(from, c.from, ctx.styles);
  const ws = sheetOrThrow(wb, c.toSheet);
  const dr = c.toRow - c.from.top;
  const dc = c.toCol - c.from.left;
  const groups = new CopiedGroups();
  data.forEach((line, i) =>
    line.forEach((src, j) => {
      const r = c.toRow + i + 1;
      const col = c.toCol + j + 1;
      if (src) {
        const cell = ws.getCell(r, col);
        if (isCoveredByMerge(cell)) return groups.skip(col);
        releaseFollowers(ws, cell);
        groups.write(cell, { row: r, col }, src.group, movedValue(src.value, dr, dc));
        cell.style = src.style;
        return;
      }
      groups.skip(col);
      // Only an existing cell can hold something to empty; missing ones are not created.
      const cell = ws.findRow(r)?.findCell(col);
      if (cell && !isCoveredByMerge(cell)) {
        releaseFollowers(ws, cell);
        cell.value = null;
        cell.style = {};
      }
    }),
  );
  groups.finish();
  ctx.formats.copy(from, c.from, ws, c.toRow, c.toCol);
}

/** The log sheet (created very hidden when missing), the copies into it, its cells, its header last. */
export function applyUndoLog(wb: ExcelJS.Workbook, log: UndoLogWrite, ctx: CopyContext): void {
  if (log.create && !wb.getWorksheet(log.sheet)) wb.addWorksheet(log.sheet, { state: "veryHidden" });
  const ws = sheetOrThrow(wb, log.sheet);
  if (log.hide === true) ws.state = "veryHidden";
  for (const b of log.backups) copyRange(wb, b, ctx);
  // Literal values only: the log's text never becomes a formula.
  for (const w of log.cells) ws.getCell(w.row + 1, w.col + 1).value = w.value;
  for (const w of log.header) ws.getCell(w.row + 1, w.col + 1).value = w.value;
}

/** A sheet already gone is not an error: undo also rolls back runs that stopped before creating it. */
export function deleteSheet(wb: ExcelJS.Workbook, name: string): void {
  const ws = wb.getWorksheet(name);
  if (ws) wb.removeWorksheet(ws.id);
}
