/**
 * Excel's limits on what a cell holds, applied to everything a plan writes: a text over 32,767 characters
 * is refused by Excel (and by the Office API) and makes the file unreadable. The only texts that can pass it
 * are the add-in's own sentences quoting a person's very long cell (a Note); they are cut with "…", and the
 * JSON report keeps the whole message.
 */
import type { CellWrite } from "./types";

export const MAX_CELL_TEXT = 32_767;
const ELLIPSIS = "…";

export function fitCellText(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : text.slice(0, MAX_CELL_TEXT - ELLIPSIS.length) + ELLIPSIS;
}

/** The cells as given, or a copy with every over-long text cut: most plans have none. */
export function fitCells(cells: readonly CellWrite[]): readonly CellWrite[] {
  const tooLong = (c: CellWrite): boolean => typeof c.value === "string" && c.value.length > MAX_CELL_TEXT;
  if (!cells.some(tooLong)) return cells;
  return cells.map((c) => (tooLong(c) ? { ...c, value: fitCellText(c.value as string) } : c));
}
