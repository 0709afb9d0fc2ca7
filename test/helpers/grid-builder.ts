/** Builds grids in memory for the layout tests, and loads the plan-2022 TSV files as one-sheet workbooks. */
import * as fs from "fs";
import * as path from "path";
import type { CellValue, DefinedName, Grid, Rect, WorkbookGrid } from "../../src/core/grid/types";
import { DEFAULT_PLAN_DIR } from "../../scripts/lib/plan-data";

export interface GridOptions {
  merges?: Rect[];
  /** Number formats by "row,col" (0-based) or as a 2-D array. */
  formats?: string[][] | Record<string, string>;
  protected?: boolean;
}

export function gridFromRows(name: string, rows: CellValue[][], options: GridOptions = {}): Grid {
  let formats: string[][] = [];
  if (Array.isArray(options.formats)) formats = options.formats;
  else if (options.formats) {
    for (const [key, fmt] of Object.entries(options.formats)) {
      const [r, c] = key.split(",").map(Number);
      while (formats.length <= r) formats.push([]);
      formats[r][c] = fmt;
    }
  }
  return { name, values: rows.map((r) => [...r]), formats, merges: options.merges ?? [], protected: options.protected };
}

export function workbook(sheets: Grid[], names: DefinedName[] = []): WorkbookGrid {
  return { sheets, names };
}

/** The transcribed 2022 plan, inside the repository: the same folder `npm run example` builds from. */
export const PLAN_2022_DIR = DEFAULT_PLAN_DIR;

/** Reads a TSV with quoting off (cells contain `"`). */
export function loadTsv(file: string): string[][] {
  const text = fs.readFileSync(path.join(PLAN_2022_DIR, file), "utf8");
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.split("\t"));
}

/**
 * A plan-2022 file as a sheet. With `numbers`, integer texts become number cells, as Excel would
 * store a typed "10" or "2021"; everything else stays text as typed.
 */
export function gridFromTsv(file: string, sheetName?: string, opts: { numbers?: boolean } = {}): Grid {
  const rows: CellValue[][] = loadTsv(file).map((r) =>
    r.map((cell) => (cell === "" ? null : opts.numbers && /^-?\d+$/.test(cell) ? Number(cell) : cell)),
  );
  return gridFromRows(sheetName ?? file.replace(/\.tsv$/, ""), rows);
}
