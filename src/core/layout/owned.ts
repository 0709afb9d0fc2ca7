/**
 * What the add-in owns from a previous run, read from its CP_ defined names. The recogniser must
 * not read its own output back as if a person had typed it: owned cells are treated as empty and
 * owned sheets (and the settings sheet) are skipped.
 */
import type { CellValue, Grid, Rect, WorkbookGrid } from "../grid/types";
import { parseRange } from "../grid/address";
import { SETTINGS_SHEET_NAME } from "../settings/types";

export const OWNED_RANGE_PREFIX = "CP_OWN_";
export const OWNED_SHEET_PREFIX = "CP_SHEET_";

export interface OwnedMask {
  /** Sheets written entirely by the add-in (plus the settings sheet): never read as plan data. */
  sheets: Set<string>;
  /** Owned rectangles by sheet name. */
  ranges: Map<string, Rect[]>;
  isOwned(sheet: string, row: number, col: number): boolean;
}

export function ownedMask(workbook: WorkbookGrid): OwnedMask {
  const sheets = new Set<string>([SETTINGS_SHEET_NAME]);
  const ranges = new Map<string, Rect[]>();
  for (const dn of workbook.names) {
    const upper = dn.name.toUpperCase();
    if (upper.startsWith(OWNED_SHEET_PREFIX)) {
      sheets.add(dn.sheet);
    } else if (upper.startsWith(OWNED_RANGE_PREFIX)) {
      const rect = parseRange(dn.range);
      if (!rect) continue; // a broken name owns nothing: better to read a cell than to hide a person's data
      const list = ranges.get(dn.sheet);
      if (list) list.push(rect);
      else ranges.set(dn.sheet, [rect]);
    }
  }
  return {
    sheets,
    ranges,
    isOwned(sheet, row, col) {
      if (sheets.has(sheet)) return true;
      const list = ranges.get(sheet);
      if (!list) return false;
      for (const r of list) if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return true;
      return false;
    },
  };
}

/**
 * The sheet's values with owned cells blanked. Rows without owned cells are shared with the
 * original grid (no copy), so a workbook without owned ranges costs nothing.
 */
export function maskedValues(grid: Grid, mask: OwnedMask): CellValue[][] {
  const rects = mask.ranges.get(grid.name);
  if (!rects || rects.length === 0) return grid.values;
  const out = grid.values.slice();
  for (const rect of rects) {
    const bottom = Math.min(rect.bottom, out.length - 1);
    for (let r = rect.top; r <= bottom; r++) {
      const src = out[r];
      if (!src) continue;
      const row = src === grid.values[r] ? src.slice() : src;
      const right = Math.min(rect.right, row.length - 1);
      for (let c = rect.left; c <= right; c++) row[c] = null;
      out[r] = row;
    }
  }
  return out;
}
