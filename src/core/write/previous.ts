/** What a previous run owned, read back from the workbook's CP_* defined names that are really the add-in's. */
import type { DefinedName, Rect, WorkbookGrid } from "../grid/types";
import { readOwnership } from "../layout/owned";

export const OWN_PREFIX = "CP_OWN_";
export const SHEET_PREFIX = "CP_SHEET_";
export const SETTINGS_NAME = "CP_SETTINGS";
const ANY_PREFIX = "CP_";

export interface OwnedRange extends Rect {
  name: string;
  sheet: string;
  /** The n of CP_OWN_<n>, for a stable order. */
  n: number;
}

export interface PreviousRun {
  /** Every CP_* name of the add-in's in the workbook, sorted: all are removed and the ones still true set again. */
  names: string[];
  owned: OwnedRange[];
  /** Sheets a previous run created (CP_SHEET_*), which it may replace. */
  ownedSheets: Set<string>;
  /** True when the workbook carried CP_SETTINGS (the settings sheet was created by the add-in). */
  settingsNamed: boolean;
  /** Names that only look like the add-in's: kept as they are, and their names never reused. */
  foreign: DefinedName[];
}

function nameNumber(name: string, prefix: string): number {
  const n = Number(name.slice(prefix.length));
  return Number.isInteger(n) ? n : Number.MAX_SAFE_INTEGER;
}

export function readPreviousRun(workbook: WorkbookGrid): PreviousRun {
  const ownership = readOwnership(workbook);
  const foreign = new Set(ownership.foreign.map((dn) => dn.name.toUpperCase()));
  const names = new Set<string>();
  let settingsNamed = false;
  for (const dn of workbook.names) {
    const upper = dn.name.toUpperCase();
    if (!upper.startsWith(ANY_PREFIX) || foreign.has(upper)) continue;
    names.add(dn.name);
    if (upper === SETTINGS_NAME) settingsNamed = true;
  }
  const owned: OwnedRange[] = ownership.ranges.map((o) => ({
    ...o.rect,
    name: o.name,
    sheet: o.sheet,
    n: nameNumber(o.name.toUpperCase(), OWN_PREFIX),
  }));
  owned.sort(
    (a, b) => a.n - b.n || (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.top - b.top || a.left - b.left),
  );
  return { names: [...names].sort(), owned, ownedSheets: ownership.sheets, settingsNamed, foreign: ownership.foreign };
}

/**
 * Names for what a run owns, <prefix>1, <prefix>2, …, skipping any a person's name already holds: Excel's
 * names ignore case, and defining one of them would overwrite the person's.
 */
export function nameNumbers(prefix: string, taken: readonly DefinedName[]): () => string {
  const used = new Set(taken.map((dn) => dn.name.toUpperCase()));
  let n = 0;
  return () => {
    let name: string;
    do name = `${prefix}${++n}`;
    while (used.has(name.toUpperCase()));
    return name;
  };
}
