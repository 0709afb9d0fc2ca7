/**
 * What the add-in owns from a previous run. A CP_ defined name alone proves nothing: a person may define
 * one, and a sheet copied from another workbook brings its names along. So a name counts as the add-in's
 * only when what it points at is what the add-in writes there — an owned range whose header cells hold
 * the headers the add-in writes, a Riepilogo or «Storico monitoraggi» sheet whose first cell holds its
 * title — or is still empty (a run that stopped after setting its names and before writing its cells).
 * Anything else only looks like the add-in's: it is neither skipped by the recogniser nor cleared, and the
 * write stage warns.
 *
 * The recogniser must not read the add-in's own output back as if a person had typed it: owned cells are
 * treated as empty and owned sheets (and the settings sheet) are skipped.
 */
import type { CellValue, DefinedName, Grid, Rect, WorkbookGrid } from "../grid/types";
import { parseRange } from "../grid/address";
import { settingsPlace } from "../settings/place";
import { WRITE_TEXTS, WRITTEN_HEADERS, type OwnedColumn } from "../write/labels";
import { isHistorySheet } from "../monitoring/sheet";
import type { Lang } from "../../i18n/messages";

export const OWNED_RANGE_PREFIX = "CP_OWN_";
export const OWNED_SHEET_PREFIX = "CP_SHEET_";

/** Raggiungimento, Stato, Note: the columns of every owned range, in that order. */
const OWNED_COLUMNS = 3;
/** Every language the add-in may have written its headers in (the pseudo-locale too). */
const LANGS = Object.keys(WRITE_TEXTS) as Lang[];

export interface OwnedName {
  name: string;
  sheet: string;
  rect: Rect;
}

export interface Ownership {
  /** CP_OWN_<n> names whose range is the add-in's (or points at a sheet that is gone, or at no range). */
  ranges: OwnedName[];
  /** Sheets a CP_SHEET_<n> name proves the add-in wrote. */
  sheets: Set<string>;
  /** CP_OWN_ and CP_SHEET_ names that only look like the add-in's: left alone, never removed, never reused. */
  foreign: DefinedName[];
}

const isBlank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const fold = (v: CellValue | undefined): string | null =>
  typeof v === "string" ? v.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase() : null;

function valueAt(grid: Grid, row: number, col: number): CellValue | undefined {
  return grid.values[row]?.[col];
}

function rectIsBlank(grid: Grid, rect: Rect): boolean {
  const bottom = Math.min(rect.bottom, grid.values.length - 1);
  for (let r = rect.top; r <= bottom; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const right = Math.min(rect.right, row.length - 1);
    for (let c = rect.left; c <= right; c++) if (!isBlank(row[c])) return false;
  }
  return true;
}

/** Today's label in any language, or one the add-in wrote before, alone or followed by a year («Raggiungimento 2024»). */
function isHeader(v: CellValue | undefined, column: OwnedColumn, withYear: boolean): boolean {
  const f = fold(v);
  if (f === null) return false;
  const labels = [...LANGS.map((lang) => WRITE_TEXTS[lang][column]), ...WRITTEN_HEADERS[column]];
  return labels.some((written) => {
    const label = written.toLowerCase();
    if (f === label) return true;
    return withYear && f.startsWith(`${label} `) && /^\d{4}$/.test(f.slice(label.length + 1));
  });
}

/**
 * True when the range is the add-in's: still blank (nothing of a person's to clear or hide — a run that
 * stopped after setting its names leaves such ranges), or three columns wide with the add-in's headers on
 * its first row, a header cell left blank only where a run stopped before writing it.
 */
export function isOwnedRange(grid: Grid, rect: Rect): boolean {
  if (rect.bottom < rect.top || rect.right < rect.left) return false;
  if (rectIsBlank(grid, rect)) return true;
  if (rect.right - rect.left + 1 !== OWNED_COLUMNS) return false;
  const { top, left } = rect;
  const headers: [CellValue | undefined, OwnedColumn, boolean][] = [
    [valueAt(grid, top, left), "raggiungimento", true],
    [valueAt(grid, top, left + 1), "stato", true],
    [valueAt(grid, top, left + 2), "note", false],
  ];
  if (headers.every(([v]) => isBlank(v))) return false;
  return headers.every(([v, column, withYear]) => isBlank(v) || isHeader(v, column, withYear));
}

/** True when the sheet starts with the Riepilogo's title as the write plan writes it (or is still empty). */
export function isSummarySheet(grid: Grid): boolean {
  if (rectIsBlank(grid, { top: 0, left: 0, bottom: grid.values.length - 1, right: Number.MAX_SAFE_INTEGER }))
    return true;
  const first = valueAt(grid, 0, 0);
  if (typeof first !== "string") return false;
  // The year ends the title (inside the pseudo-locale's closing mark when the run wrote it in "qps").
  const year = /(\d{4})\s*⟧?\s*$/.exec(first);
  if (!year) return false;
  return LANGS.some((lang) => WRITE_TEXTS[lang].summaryTitle(Number(year[1])) === first.trim());
}

export function readOwnership(workbook: WorkbookGrid): Ownership {
  const grids = new Map(workbook.sheets.map((g) => [g.name, g]));
  const ranges: OwnedName[] = [];
  const sheets = new Set<string>();
  const foreign: DefinedName[] = [];
  for (const dn of workbook.names) {
    const upper = dn.name.toUpperCase();
    const grid = grids.get(dn.sheet);
    if (upper.startsWith(OWNED_SHEET_PREFIX)) {
      if (!grid) continue;
      // The Riepilogo, or the «Storico monitoraggi» the add-in keeps and appends to.
      if (isSummarySheet(grid) || isHistorySheet(grid)) sheets.add(dn.sheet);
      else foreign.push(dn);
    } else if (upper.startsWith(OWNED_RANGE_PREFIX)) {
      const rect = parseRange(dn.range);
      // A broken name, or one on a sheet that is gone, owns nothing: it is only dropped.
      if (!rect || !grid) continue;
      if (isOwnedRange(grid, rect)) ranges.push({ name: dn.name, sheet: dn.sheet, rect });
      else foreign.push(dn);
    }
  }
  return { ranges, sheets, foreign };
}

export interface OwnedMask {
  /** Sheets written entirely by the add-in (plus the settings sheet): never read as plan data. */
  sheets: Set<string>;
  /** Owned rectangles by sheet name. */
  ranges: Map<string, Rect[]>;
  isOwned(sheet: string, row: number, col: number): boolean;
}

export function ownedMask(workbook: WorkbookGrid): OwnedMask {
  const ownership = readOwnership(workbook);
  const sheets = new Set<string>(ownership.sheets);
  const settings = settingsPlace(workbook);
  if (settings.grid) sheets.add(settings.name);
  const ranges = new Map<string, Rect[]>();
  for (const o of ownership.ranges) {
    const list = ranges.get(o.sheet);
    if (list) list.push(o.rect);
    else ranges.set(o.sheet, [o.rect]);
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
