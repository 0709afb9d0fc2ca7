/** The settings sheet, created with the defaults when the workbook has none. */
import type { CellValue } from "../grid/types";
import {
  SETTINGS_HEADER_ROW,
  SETTINGS_PERCENT_FORMAT,
  SETTINGS_PERCENT_ROWS,
  SETTINGS_TITLE_ROW,
  SETTINGS_VALUE_COL,
} from "../settings";
import type { CellStyle, CellWrite } from "./types";
import { OWNED_HEADER, SUBTITLE, TITLE } from "./styles";

export const SETTINGS_COLUMN_WIDTHS: Record<number, number> = { 0: 34, 1: 24, 2: 90 };

const PERCENT_VALUE: CellStyle = { numberFormat: SETTINGS_PERCENT_FORMAT };
const PERCENT_ROWS = new Set(SETTINGS_PERCENT_ROWS);

/**
 * The settings module owns the sheet's layout (settingsSheetCells); this only dresses it: title, the
 * intro line, the header, and the fraction settings (cap, soglia, bands) shown as percentages.
 */
export function settingsCellsToWrites(sheet: string, cells: readonly CellValue[][]): CellWrite[] {
  const out: CellWrite[] = [];
  cells.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const w: CellWrite = { sheet, row: r, col: c, value };
      if (r === SETTINGS_TITLE_ROW) w.style = TITLE;
      else if (r < SETTINGS_HEADER_ROW) w.style = SUBTITLE;
      else if (r === SETTINGS_HEADER_ROW) w.style = OWNED_HEADER;
      else if (c === SETTINGS_VALUE_COL && typeof value === "number" && PERCENT_ROWS.has(r)) w.style = PERCENT_VALUE;
      out.push(w);
    });
  });
  return out;
}
