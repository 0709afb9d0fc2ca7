/** One sheet's cells as the recogniser reads them. */
import type { CellValue, Grid } from "../grid/types";
import type { SheetCells } from "./draft";
import { mergeLookup } from "./merges";
import { cellText } from "./text";

/** `values` are the grid's values with the add-in's own cells blanked (see owned.ts). */
export function sheetCells(grid: Grid, values: CellValue[][]): SheetCells {
  const merges = mergeLookup(grid);
  return {
    name: grid.name,
    format: (r, c) => grid.formats[r]?.[c] || "General",
    mergedText: (r, row, c) => {
      const own = cellText(row[c]);
      if (own !== "") return own;
      const m = merges.covered(r, c, values);
      return m === undefined ? "" : cellText(m);
    },
  };
}
