/**
 * The one order of a write plan's steps, and the only way to build a plan. Every host applies the steps as
 * listed, so the order is decided here, once:
 *
 *   appendUndo    the run's undo block first: its copies must see the workbook as it was before the run,
 *                 and if the run stops half-way the block says what to put back.
 *   removeName    the names of the previous run (and the ones undo puts back or drops);
 *   clearRange    the previous run's owned ranges, and the ones this run is about to own;
 *   createSheet   the sheets the run creates or replaces (an owned sheet is deleted, then created again);
 *   copyRange     undo's copies out of the log, onto the sheets as they now stand;
 *   defineName    the names of what the run owns — before any cell, so that a run which stops after them
 *                 leaves ranges the next run knows are its own and clears, never a person's data;
 *   writeCells    the values, formulas and styles;
 *   conditionalFormat  the rules colouring the cells just written;
 *   columnWidth   widths of the annotated columns;
 *   pageSetup     print layouts, once the sheets hold their cells;
 *   dropUndoBlock undo's popped block, once the copies have read it;
 *   deleteSheet   last: the sheets undo removes (and the log once it is empty).
 */
import type {
  CellWrite,
  ConditionalFormat,
  ColumnWidth,
  NameSet,
  PageSetup,
  RangeClear,
  RangeCopy,
  SheetCreate,
  UndoLogWrite,
  WritePlan,
  WriteStep,
} from "./types";
import { fitCells } from "./cellLimits";

/** A plan as its parts, by kind of step: what `writePlan` puts in order and `planParts` reads back. */
export interface PlanParts {
  undoLog?: UndoLogWrite | null;
  removeNames?: readonly string[];
  clears?: readonly RangeClear[];
  sheets?: readonly SheetCreate[];
  restores?: readonly RangeCopy[];
  setNames?: readonly NameSet[];
  cells?: readonly CellWrite[];
  conditionalFormats?: readonly ConditionalFormat[];
  columnWidths?: readonly ColumnWidth[];
  pageSetups?: readonly PageSetup[];
  logClears?: readonly RangeClear[];
  deleteSheets?: readonly string[];
}

/** Every part present (empty when the plan has none). */
export type AllPlanParts = {
  [K in keyof PlanParts]-?: K extends "undoLog" ? UndoLogWrite | null : NonNullable<PlanParts[K]>;
};

/** The plan of these parts, its steps in the one order above. */
export function writePlan(parts: PlanParts): WritePlan {
  const steps: WriteStep[] = [];
  if (parts.undoLog) steps.push({ kind: "appendUndo", log: parts.undoLog });
  for (const name of parts.removeNames ?? []) steps.push({ kind: "removeName", name });
  for (const range of parts.clears ?? []) steps.push({ kind: "clearRange", range });
  for (const sheet of parts.sheets ?? []) steps.push({ kind: "createSheet", sheet });
  for (const copy of parts.restores ?? []) steps.push({ kind: "copyRange", copy });
  for (const name of parts.setNames ?? []) steps.push({ kind: "defineName", name });
  // One step for every cell: hosts group them (into rectangles, into requests) as they need.
  if (parts.cells && parts.cells.length > 0) steps.push({ kind: "writeCells", cells: fitCells(parts.cells) });
  for (const format of parts.conditionalFormats ?? []) steps.push({ kind: "conditionalFormat", format });
  for (const width of parts.columnWidths ?? []) steps.push({ kind: "columnWidth", width });
  for (const setup of parts.pageSetups ?? []) steps.push({ kind: "pageSetup", setup });
  for (const range of parts.logClears ?? []) steps.push({ kind: "dropUndoBlock", range });
  for (const name of parts.deleteSheets ?? []) steps.push({ kind: "deleteSheet", name });
  return { steps };
}

/** The plan's steps grouped by kind, each group in plan order: writePlan(planParts(p)) gives p again. */
export function planParts(plan: WritePlan): AllPlanParts {
  const out: AllPlanParts = {
    undoLog: null,
    removeNames: [],
    clears: [],
    sheets: [],
    restores: [],
    setNames: [],
    cells: [],
    conditionalFormats: [],
    columnWidths: [],
    pageSetups: [],
    logClears: [],
    deleteSheets: [],
  };
  const push = <T>(list: readonly T[], item: T): void => {
    (list as T[]).push(item);
  };
  for (const step of plan.steps) {
    switch (step.kind) {
      case "appendUndo":
        out.undoLog = step.log;
        break;
      case "removeName":
        push(out.removeNames, step.name);
        break;
      case "clearRange":
        push(out.clears, step.range);
        break;
      case "createSheet":
        push(out.sheets, step.sheet);
        break;
      case "copyRange":
        push(out.restores, step.copy);
        break;
      case "defineName":
        push(out.setNames, step.name);
        break;
      case "writeCells":
        for (const c of step.cells) push(out.cells, c);
        break;
      case "conditionalFormat":
        push(out.conditionalFormats, step.format);
        break;
      case "columnWidth":
        push(out.columnWidths, step.width);
        break;
      case "pageSetup":
        push(out.pageSetups, step.setup);
        break;
      case "dropUndoBlock":
        push(out.logClears, step.range);
        break;
      case "deleteSheet":
        push(out.deleteSheets, step.name);
        break;
    }
  }
  return out;
}

/** Every cell the plan writes, in order (the undo log's own cells excepted). */
export function cellsOf(plan: WritePlan): CellWrite[] {
  const out: CellWrite[] = [];
  for (const step of plan.steps) if (step.kind === "writeCells") for (const c of step.cells) out.push(c);
  return out;
}

/** The plan's undo block, when it keeps one. */
export function undoLogOf(plan: WritePlan): UndoLogWrite | null {
  for (const step of plan.steps) if (step.kind === "appendUndo") return step.log;
  return null;
}

export const emptyPlan = (): WritePlan => ({ steps: [] });
