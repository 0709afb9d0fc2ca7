/**
 * What a plan reaches, read from its steps: the sheets whose content it changes (which a protected sheet
 * refuses), the ranges it owns, the copies it makes. Every host and the undo planner ask these, so that the
 * answer is the same everywhere.
 */
import type { Rect } from "../grid/types";
import { parseRange } from "../grid/address";
import { OWN_PREFIX } from "./previous";
import type { RangeCopy, WritePlan } from "./types";

/**
 * Sheets whose existing content the plan changes: cleared, written or widened sheets, replaced and deleted
 * ones, copy targets, and the undo log when the run adds to it. A sheet the plan creates is not among them.
 * In the order the plan first reaches them.
 */
export function sheetsWritten(plan: WritePlan): string[] {
  const created = new Set<string>();
  for (const step of plan.steps) {
    if (step.kind === "createSheet" && !step.sheet.replace) created.add(step.sheet.name);
    if (step.kind === "appendUndo" && step.log.create) created.add(step.log.sheet);
  }
  const out = new Set<string>();
  const touch = (sheet: string): void => {
    if (!created.has(sheet)) out.add(sheet);
  };
  for (const step of plan.steps) {
    switch (step.kind) {
      case "appendUndo":
        touch(step.log.sheet);
        break;
      case "clearRange":
      case "dropUndoBlock":
        touch(step.range.sheet);
        break;
      case "createSheet":
        if (step.sheet.replace) out.add(step.sheet.name);
        break;
      case "copyRange":
        touch(step.copy.toSheet);
        break;
      case "writeCells": {
        let last = "";
        for (const c of step.cells) {
          if (c.sheet === last) continue;
          last = c.sheet;
          touch(c.sheet);
        }
        break;
      }
      case "conditionalFormat":
        touch(step.format.range.sheet);
        break;
      case "columnWidth":
        touch(step.width.sheet);
        break;
      case "deleteSheet":
        out.add(step.name);
        break;
      case "removeName":
      case "defineName":
      case "pageSetup":
        break;
    }
  }
  return [...out];
}

/**
 * The sheets the plan would write that are protected: a host refuses the whole plan when there is one, and
 * undo says so before asking. `isProtected` answers from the host's last read, or asks the workbook.
 */
export function lockedSheets(plan: WritePlan, isProtected: (sheet: string) => boolean): string[] {
  return sheetsWritten(plan).filter(isProtected);
}

export interface PlannedOwnedRange extends Rect {
  name: string;
  sheet: string;
}

/** The ranges the plan records as the add-in's own (CP_OWN_<n>), as the next run will read them back. */
export function ownedRanges(plan: WritePlan): PlannedOwnedRange[] {
  const out: PlannedOwnedRange[] = [];
  for (const step of plan.steps) {
    if (step.kind !== "defineName" || !step.name.name.toUpperCase().startsWith(OWN_PREFIX)) continue;
    const rect = parseRange(step.name.range);
    if (rect) out.push({ name: step.name.name, sheet: step.name.sheet, ...rect });
  }
  return out;
}

/** Every copy the plan makes, in order: the undo block's backups, then undo's restores. */
export function copiesOf(plan: WritePlan): RangeCopy[] {
  const out: RangeCopy[] = [];
  for (const step of plan.steps) {
    if (step.kind === "appendUndo") out.push(...step.log.backups);
    if (step.kind === "copyRange") out.push(step.copy);
  }
  return out;
}
