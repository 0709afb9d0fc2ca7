/**
 * The write plan that saves settings edited in the task pane into the «Impostazioni Cruscotto» sheet.
 * Pure. Where the sheet exists only the Valore cells of its keys change: labels, descriptions, a
 * person's notes and formatting elsewhere stay as they are. A key the sheet lacks gets a row appended
 * below the last used row (label + value), because otherwise the setting could not be saved at all.
 * Where the sheet is missing it is created exactly as a scoring run creates it.
 */
import type { CellValue, Grid, WorkbookGrid } from "../grid/types";
import type { Diagnostic } from "../diagnostics/types";
import {
  DEFAULT_SETTINGS,
  SETTINGS_FIELDS,
  SETTINGS_PERCENT_FORMAT,
  settingsSheetCells,
  settingsPlace,
  type SettingField,
  type Settings,
} from "../settings";
import { normaliseWords } from "../settings/values";
import type { CellWrite, WritePlan } from "./types";
import { emptyPlan, writePlan } from "./steps";
import { settingsCellsToWrites, SETTINGS_COLUMN_WIDTHS } from "./settingsSheet";
import { SETTINGS_NAME } from "./previous";

/** Same as the reader: keys are looked for in this many leftmost columns, first occurrence wins. */
const KEY_COLUMNS = 4;

export interface SettingsWriteResult {
  writePlan: WritePlan;
  /** SHEET_PROTECTED when the sheet is protected (the plan is then empty). */
  diagnostics: Diagnostic[];
}

/** Where each key's label is, 0-based, found as readSettings finds it. */
export function locateSettingKeys(grid: Grid): Map<SettingField, { row: number; col: number }> {
  const found = new Map<SettingField, { row: number; col: number }>();
  grid.values.forEach((row, r) => {
    for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
      const cell = row[c];
      if (typeof cell !== "string") continue;
      const field = SETTINGS_FIELDS.find((f) => f.matches(normaliseWords(cell)));
      if (!field) continue;
      if (!found.has(field)) found.set(field, { row: r, col: c });
      // The reader stops at the first key of a row: a second label on the same row is not a key.
      return;
    }
  });
  return found;
}

function valueWrite(sheet: string, row: number, col: number, field: SettingField, settings: Settings): CellWrite {
  const value: CellValue = field.cell(settings, settings.lang);
  const w: CellWrite = { sheet, row, col, value };
  // Fractions must carry a % format, or 0,9 would read back as 0,9 % (a number cell above 1 is points).
  if (field.percent) w.style = { numberFormat: SETTINGS_PERCENT_FORMAT };
  return w;
}

/** True when the value cell already holds what the field would write (read back, the same cell content). */
function readsAs(grid: Grid, row: number, col: number, field: SettingField, settings: Settings): boolean {
  const value = grid.values[row]?.[col] ?? null;
  const wanted = field.cell(settings, settings.lang);
  const empty = (v: CellValue): boolean => v === null || (typeof v === "string" && v.trim() === "");
  if (empty(value)) return empty(wanted);
  const read = { ...DEFAULT_SETTINGS, headerWords: { ...DEFAULT_SETTINGS.headerWords } };
  if (!field.readInto(read, value, grid.formats[row]?.[col] || "General")) return false;
  return JSON.stringify(field.cell(read, settings.lang)) === JSON.stringify(wanted);
}

export function settingsWritePlan(workbook: WorkbookGrid, settings: Settings): SettingsWriteResult {
  // A person's sheet named like the settings sheet that holds no settings is left alone (see settingsPlace).
  const { name: sheet, grid } = settingsPlace(workbook);
  if (!grid) {
    const plan = writePlan({
      // A stale CP_SETTINGS (its sheet deleted by hand) is replaced, not doubled.
      removeNames: workbook.names.some((n) => n.name.toUpperCase() === SETTINGS_NAME) ? [SETTINGS_NAME] : [],
      sheets: [{ name: sheet, replace: false, columnWidths: SETTINGS_COLUMN_WIDTHS }],
      cells: settingsCellsToWrites(sheet, settingsSheetCells(settings, settings.lang)),
      setNames: [{ name: SETTINGS_NAME, sheet, range: "$A$1" }],
    });
    return { writePlan: plan, diagnostics: [] };
  }
  if (grid.protected) {
    return {
      writePlan: emptyPlan(),
      diagnostics: [
        { severity: "warning", code: "SHEET_PROTECTED", sheet: grid.name, cell: null, params: { sheet: grid.name } },
      ],
    };
  }
  const cells: CellWrite[] = [];
  const keys = locateSettingKeys(grid);
  let nextRow = grid.values.length;
  for (const field of SETTINGS_FIELDS) {
    const at = keys.get(field);
    if (at) {
      // A value that already reads as the setting stays as the person typed it («80 %», «Misura;Descrizione»).
      if (!readsAs(grid, at.row, at.col + 1, field, settings))
        cells.push(valueWrite(grid.name, at.row, at.col + 1, field, settings));
      continue;
    }
    cells.push({ sheet: grid.name, row: nextRow, col: 0, value: field.label });
    // An empty list (no taught headers) leaves the value cell blank for the person to fill.
    if (field.cell(settings, settings.lang) !== "") cells.push(valueWrite(grid.name, nextRow, 1, field, settings));
    nextRow++;
  }
  return { writePlan: writePlan({ cells }), diagnostics: [] };
}
