/** Undo of the last run: the log a run keeps in the workbook, and the plans that restore from it. */
export { recordUndo } from "./record";
export { planUndo, rollbackPlan, discardBlockPlan, blockHeaderRow, undoBlockPlan, type UndoPlan } from "./plan";
export { rollbackProbe, rollbackAfterFailure, type RollbackProbe, type RollbackFacts } from "./rollback";
export {
  UNDO_SHEET_NAME,
  UNDO_NAME,
  BLOCK_MARKER,
  hasUndo,
  withoutUndoLog,
  undoLogPlace,
  undoSheetName,
  isUndoLog,
  type UndoLogPlace,
  parseBlocks,
  type UndoBlock,
  type UndoEntry,
} from "./log";
