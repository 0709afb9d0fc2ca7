/** The settings sheet, created with the defaults when the workbook has none. */
import type { CellValue } from "../grid/types";
import type { CellWrite } from "./types";
import { OWNED_HEADER, SETTINGS_PERCENT, TITLE } from "./styles";

export const SETTINGS_COLUMN_WIDTHS: Record<number, number> = { 0: 34, 1: 24, 2: 90 };

/**
 * Rows whose key names a fraction setting (cap, soglia, the two bands) show their number as "0%".
 * Detected by key, in the Italian and English spellings and the Settings field names, because the
 * settings module owns the sheet's wording: a renamed label still contains one of these words.
 */
const PERCENT_KEY = /\b(cap|tetto|soglia|threshold|band\w*|banda|fascia|raggiunto|parziale|parzialmente)\b/i;

export function isPercentSettingKey(key: CellValue): boolean {
  if (typeof key !== "string") return false;
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_.-]/g, " ");
  return PERCENT_KEY.test(words);
}

/** A row of only text with two cells or more, near the top: the column headers. */
function isHeaderLike(row: readonly CellValue[]): boolean {
  const filled = row.filter((v) => v !== null && v !== "");
  return filled.length > 1 && filled.every((v) => typeof v === "string");
}

/** Row 0 is a title when it has one cell; the first text-only row among the first three is the header. */
export function settingsCellsToWrites(sheet: string, cells: readonly CellValue[][]): CellWrite[] {
  const out: CellWrite[] = [];
  const headerRow = cells.slice(0, 3).findIndex(isHeaderLike);
  cells.forEach((row, r) => {
    const nonEmpty = row.filter((v) => v !== null && v !== "").length;
    const isTitle = r === 0 && nonEmpty === 1;
    const isHeader = r === headerRow;
    const percentRow = !isTitle && !isHeader && isPercentSettingKey(row[0] ?? null);
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      const w: CellWrite = { sheet, row: r, col: c, value };
      if (isTitle) w.style = TITLE;
      else if (isHeader) w.style = OWNED_HEADER;
      else if (percentRow && typeof value === "number") w.style = SETTINGS_PERCENT;
      out.push(w);
    });
  });
  return out;
}
