/**
 * What puts the workbook back after a run's write stopped half-way (Office batches are no transactions).
 * The host looks at the workbook where `rollbackProbe` says, and `rollbackAfterFailure` decides from what it
 * saw: the run's block complete (its header is written after every copy) -> the block's undo; the log sheet
 * there but the block incomplete -> only the log put back (nothing else had been written); no log sheet when
 * the run was to create it -> nothing. The host never reads the log's format itself.
 */
import type { CellValue } from "../grid/types";
import type { WritePlan } from "../write/types";
import { planParts, undoLogOf, writePlan } from "../write/steps";
import { BLOCK_MARKER } from "./log";
import { blockHeaderRow, discardBlockPlan, rollbackPlan } from "./plan";

/** Where to look: does the log sheet exist, what its probe cell holds, which backed-up sheets are protected now. */
export interface RollbackProbe {
  logSheet: string;
  row: number;
  col: number;
  /** Sheets the rollback would copy back onto. */
  sheets: string[];
}

export interface RollbackFacts {
  logSheetExists: boolean;
  /** The value of the probe cell. */
  probe: CellValue;
  /** Sheets protected now: they refused the run's first write to them, so there is nothing to put back there. */
  lockedSheets: ReadonlySet<string>;
}

/** Null when the plan kept no undo log: then nothing can be rolled back. */
export function rollbackProbe(forward: WritePlan): RollbackProbe | null {
  const log = undoLogOf(forward);
  const top = blockHeaderRow(forward);
  if (!log || top === null) return null;
  const widths = planParts(forward).columnWidths.map((w) => w.sheet);
  return {
    logSheet: log.sheet,
    row: top,
    col: 0,
    sheets: [...new Set([...log.backups.map((b) => b.from.sheet), ...widths])],
  };
}

export function rollbackAfterFailure(forward: WritePlan, facts: RollbackFacts): WritePlan | null {
  if (!facts.logSheetExists) return null;
  if (facts.probe !== BLOCK_MARKER) return discardBlockPlan(forward);
  const back = rollbackPlan(forward);
  if (!back) return null;
  const parts = planParts(back);
  return writePlan({
    ...parts,
    restores: parts.restores.filter((r) => !facts.lockedSheets.has(r.toSheet)),
    columnWidths: parts.columnWidths.filter((w) => !facts.lockedSheets.has(w.sheet)),
  });
}
