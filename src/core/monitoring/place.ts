/**
 * Where the history is: the add-in's own «Storico monitoraggi[ (n)]» (a CP_SHEET_ name on a sheet that
 * starts with the history's title), else the first such name no sheet holds. A person's sheet holding the
 * name is never taken, like the Riepilogo's.
 */
import type { Grid, WorkbookGrid } from "../grid/types";
import { readOwnership } from "../layout/owned";
import { historySheetName, isHistorySheet } from "./sheet";

export interface HistoryPlace {
  /** The history's sheet: the existing one's, or the name a new one gets. */
  name: string;
  /** The existing history, when the workbook has one. */
  grid: Grid | undefined;
  /** The person's sheets holding the history's name, passed over. */
  skipped: string[];
}

/** Attempts tried before giving up on finding an owned history among numbered names. */
const MAX_ATTEMPTS = 1000;

export function historyPlace(workbook: WorkbookGrid, ownedSheets?: ReadonlySet<string>): HistoryPlace {
  const grids = new Map(workbook.sheets.map((g) => [g.name, g]));
  const owned = ownedSheets ?? readOwnership(workbook).sheets;
  const ours = (g: Grid | undefined): g is Grid => g !== undefined && owned.has(g.name) && isHistorySheet(g);
  // The history already kept wins, wherever a person's sheet pushed it.
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const grid = grids.get(historySheetName(attempt));
    if (ours(grid)) return { name: grid.name, grid, skipped: skippedBefore(grids, attempt, ours) };
    if (!grid) break;
  }
  for (let attempt = 1; ; attempt++) {
    const name = historySheetName(attempt);
    if (!grids.has(name)) return { name, grid: undefined, skipped: skippedBefore(grids, attempt, ours) };
  }
}

function skippedBefore(
  grids: ReadonlyMap<string, Grid>,
  attempt: number,
  ours: (g: Grid | undefined) => boolean,
): string[] {
  const out: string[] = [];
  for (let a = 1; a < attempt; a++) {
    const grid = grids.get(historySheetName(a));
    if (grid && !ours(grid)) out.push(grid.name);
  }
  return out;
}
