/**
 * Fill-down: an objective typed once over several indicator rows (a merged cell, or blank cells
 * under it), and the Area, Servizi and Owner that go with it.
 */
import type { CellValue } from "../grid/types";
import type { ColumnMap, StrategicRef } from "../model/types";
import type { FillDownMemory, OpenTable, SheetCells } from "./draft";
import { parseStrategic } from "./headings";
import { cellText } from "./text";

export const EMPTY_FILL_DOWN: FillDownMemory = {
  objective: null,
  area: null,
  servizi: null,
  owner: null,
  strategic: null,
};

/** The `N.` column of a flat cruscotto: "3", "3.", "3)", a number cell 3. */
const OBJECTIVE_NUMBER = /^(\d{1,2})\s*[.)°]?$/;

/**
 * A flat cruscotto's strategic objective on a row: its number at the start of its name ("3. Digitalizzazione")
 * or in the `N.` column; the name merged over the rows or repeated on each; a row whose name cell is blank
 * continues the objective above.
 */
function strategicOfRow(
  sheet: SheetCells,
  r: number,
  row: CellValue[],
  columns: ColumnMap,
  above: StrategicRef | null,
): StrategicRef | null {
  if (columns.strategic === undefined) return null;
  const name = sheet.mergedText(r, row, columns.strategic);
  if (name === "") return above;
  const numbered = parseStrategic(name);
  if (numbered) return numbered;
  const n = columns.strategicNumber === undefined ? "" : sheet.mergedText(r, row, columns.strategicNumber);
  const m = OBJECTIVE_NUMBER.exec(n);
  return { number: m ? Number(m[1]) : null, name };
}

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
    strategic: kind === "cruscotto" ? strategicOfRow(sheet, r, row, columns, memory.strategic) : null,
  };
}
