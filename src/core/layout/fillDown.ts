/**
 * Fill-down: an objective typed once over several indicator rows (a merged cell, or blank cells
 * under it), and the Area, Servizi and Owner that go with it.
 */
import type { CellValue } from "../grid/types";
import type { FillDownMemory, OpenTable, SheetCells } from "./draft";
import { cellText } from "./text";

export const EMPTY_FILL_DOWN: FillDownMemory = { objective: null, area: null, servizi: null, owner: null };

/** A column filled down on continuation rows: its value, which the next row remembers. */
function filledColumn(
  sheet: SheetCells,
  r: number,
  row: CellValue[],
  c: number | undefined,
  above: string | null,
  continuation: boolean,
): string | null {
  if (c === undefined) return null;
  const own = sheet.mergedText(r, row, c);
  return own !== "" ? own : continuation ? above : null;
}

/**
 * The row's objective, Area, Servizi and Owner: the memory the next row fills down from.
 * The objective comes from its cell, else the merge over it, else the row above. A row whose own
 * objective cell is blank continues the objective above: only there do a blank Area, Servizi or
 * Owner take the value above.
 */
export function fillDown(sheet: SheetCells, r: number, row: CellValue[], table: OpenTable): FillDownMemory {
  const { kind, columns, fillDown: memory } = table;
  let objective: string | null = null;
  let continuation = false;
  // A cruscotto has no objective column: its strategic objective is in the header.
  const objectiveCol = kind === "cruscotto" ? undefined : columns.objective;
  if (objectiveCol !== undefined) {
    continuation = cellText(row[objectiveCol]) === "";
    objective = sheet.mergedText(r, row, objectiveCol) || memory.objective;
  }
  return {
    objective,
    area: filledColumn(sheet, r, row, columns.area, memory.area, continuation),
    servizi: filledColumn(sheet, r, row, columns.servizi, memory.servizi, continuation),
    owner: filledColumn(sheet, r, row, columns.owner, memory.owner, continuation),
  };
}
