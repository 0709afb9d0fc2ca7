/**
 * Fill-down: an objective typed once over several indicator rows (a merged cell, or blank cells
 * under it), and the Area, Servizi and Owner that go with it.
 */
import type { CellValue } from "../grid/types";
import type { ColumnMap, TableKind } from "../model/types";
import type { FillDownMemory, SheetCells } from "./draft";
import { cellText } from "./text";

export const EMPTY_FILL_DOWN: FillDownMemory = { objective: null, area: null, servizi: null, owner: null };

export function numberFormat(sheet: SheetCells, r: number, c: number): string {
  return sheet.formats[r]?.[c] || "General";
}

/** A cell's text: its own, else the merge covering it; `fromMerge` says which. */
export function mergedText(sheet: SheetCells, r: number, row: CellValue[], c: number | undefined): { text: string; fromMerge: boolean } {
  if (c === undefined) return { text: "", fromMerge: false };
  const own = cellText(row[c]);
  if (own !== "") return { text: own, fromMerge: false };
  const m = sheet.merges.covered(r, c, sheet.values);
  if (m === undefined) return { text: "", fromMerge: false };
  return { text: cellText(m), fromMerge: true };
}

/**
 * The row's objective, Area, Servizi and Owner, and the memory the next row fills down from.
 * The objective comes from its cell, the merge over it, or the row above (a blank continuation row).
 * Area, Servizi and Owner come from their cell or the merge over it; only on a continuation row —
 * one whose objective was filled down — do they take the value above when blank.
 */
export function fillDown(input: {
  sheet: SheetCells;
  r: number;
  row: CellValue[];
  kind: TableKind;
  columns: ColumnMap;
  memory: FillDownMemory;
}): { values: FillDownMemory; memory: FillDownMemory } {
  const { sheet, r, row, kind, columns, memory } = input;
  let objective: string | null = null;
  let continuation = false;
  let objectiveMemory = memory.objective;
  // A cruscotto has no objective column: its strategic objective is in the header.
  if (columns.objective !== undefined && kind !== "cruscotto") {
    const o = mergedText(sheet, r, row, columns.objective);
    if (o.text !== "") {
      objective = o.text;
      continuation = o.fromMerge;
    } else {
      objective = memory.objective;
      continuation = true;
    }
    objectiveMemory = objective;
  }
  const column = (c: number | undefined, above: string | null): { value: string | null; memory: string | null } => {
    if (c === undefined) return { value: null, memory: above };
    const own = mergedText(sheet, r, row, c).text;
    const value = own !== "" ? own : continuation ? above : null;
    return { value, memory: value };
  };
  const area = column(columns.area, memory.area);
  const servizi = column(columns.servizi, memory.servizi);
  const owner = column(columns.owner, memory.owner);
  return {
    values: { objective, area: area.value, servizi: servizi.value, owner: owner.value },
    memory: { objective: objectiveMemory, area: area.memory, servizi: servizi.memory, owner: owner.memory },
  };
}
