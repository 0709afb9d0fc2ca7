/** Undo of the last run (issue 4): the log a run keeps in the workbook, and the plan that restores from it. */
export { recordUndo } from "./record";
export { planUndo, rollbackPlan, discardBlockPlan, blockHeaderRow, undoBlockPlan, type UndoPlan } from "./plan";
export {
  UNDO_SHEET_NAME,
  UNDO_NAME,
  BLOCK_MARKER,
  hasUndo,
  withoutUndoLog,
  parseBlocks,
  type UndoBlock,
  type UndoEntry,
} from "./log";
