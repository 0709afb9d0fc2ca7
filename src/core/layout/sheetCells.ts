/** One sheet's cells as the recogniser reads them. */
import type { CellValue, Grid } from "../grid/types";
import type { CellParsers } from "./cellParsers";
import type { SheetCells } from "./draft";
import { HeaderDetector } from "./headers";
import type { HeaderVocabulary } from "./headerVocabulary";
import { mergeLookup } from "./merges";
import { cellText } from "./text";

/** `values` are the grid's values with the add-in's own cells blanked (see owned.ts). */
export function sheetCells(
  grid: Grid,
  values: CellValue[][],
  run: { parsers: CellParsers; year: number; vocabulary: HeaderVocabulary },
): SheetCells {
  const merges = mergeLookup(grid);
  return {
    name: grid.name,
    parsers: run.parsers,
    year: run.year,
    headers: new HeaderDetector(run.year, run.vocabulary),
    format: (r, c) => grid.formats[r]?.[c] || "General",
    mergedText: (r, row, c) => {
      const own = cellText(row[c]);
      if (own !== "") return own;
      const m = merges.covered(r, c, values);
      return m === undefined ? "" : cellText(m);
    },
  };
}
