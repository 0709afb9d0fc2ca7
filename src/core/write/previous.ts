/** What a previous run owned, read back from the workbook's CP_* defined names. */
import type { Rect, WorkbookGrid } from "../grid/types";
import { parseRange } from "../grid/address";

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
  /** Every CP_* name in the workbook, sorted: all are removed and the ones still true set again. */
  names: string[];
  owned: OwnedRange[];
  /** Sheets a previous run created (CP_SHEET_*), which it may replace. */
  ownedSheets: Set<string>;
  /** True when the workbook carried CP_SETTINGS (the settings sheet was created by the add-in). */
  settingsNamed: boolean;
}

function nameNumber(name: string, prefix: string): number {
  const n = Number(name.slice(prefix.length));
  return Number.isInteger(n) ? n : Number.MAX_SAFE_INTEGER;
}

export function readPreviousRun(workbook: WorkbookGrid): PreviousRun {
  const names = new Set<string>();
  const owned: OwnedRange[] = [];
  const ownedSheets = new Set<string>();
  let settingsNamed = false;
  const existing = new Set(workbook.sheets.map((s) => s.name));
  for (const dn of workbook.names) {
    const upper = dn.name.toUpperCase();
    if (!upper.startsWith(ANY_PREFIX)) continue;
    names.add(dn.name);
    if (upper.startsWith(OWN_PREFIX)) {
      const rect = parseRange(dn.range);
      // A range on a sheet that no longer exists owns nothing: the name is just dropped.
      if (rect && existing.has(dn.sheet)) owned.push({ ...rect, name: dn.name, sheet: dn.sheet, n: nameNumber(upper, OWN_PREFIX) });
    } else if (upper.startsWith(SHEET_PREFIX)) {
      if (existing.has(dn.sheet)) ownedSheets.add(dn.sheet);
    } else if (upper === SETTINGS_NAME) {
      settingsNamed = true;
    }
  }
  owned.sort((a, b) => a.n - b.n || (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.top - b.top || a.left - b.left));
  return { names: [...names].sort(), owned, ownedSheets, settingsNamed };
}
