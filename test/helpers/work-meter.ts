/**
 * Counts the work the engine does, instead of timing it: a timing depends on the machine and its load,
 * a count does not. Work is every cell the engine reads from the grid plus every element an array
 * search or pass can visit (find, filter, indexOf, map, ...). A linear engine does ten times the work
 * on ten times the rows; anything quadratic in rows, units or tables does about a hundred times.
 * Plain `for` loops over the engine's own arrays are not seen; the grid reads bound those over rows.
 */
import type { CellValue, Grid, WorkbookGrid } from "../../src/core/grid/types";

const SCANNING = [
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "filter",
  "indexOf",
  "lastIndexOf",
  "includes",
  "some",
  "every",
  "forEach",
  "map",
  "flatMap",
  "reduce",
] as const;

type Scanning = (typeof SCANNING)[number];

/** Wraps a row so that each read of one of its cells is counted. */
function countedRow<T>(row: T[], count: () => void): T[] {
  return new Proxy(row, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) count();
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

function countedGrid(grid: Grid, count: () => void): Grid {
  return {
    ...grid,
    values: grid.values.map((row): CellValue[] => countedRow(row, count)),
    formats: grid.formats.map((row): string[] => countedRow(row, count)),
  };
}

/**
 * Runs `work` on a counting copy of the workbook and returns how much it did. The array methods are
 * patched only while `work` runs, which must therefore be synchronous.
 */
export function measureWork<R>(wb: WorkbookGrid, work: (wb: WorkbookGrid) => R): { result: R; work: number } {
  let units = 0;
  const counted: WorkbookGrid = { ...wb, sheets: wb.sheets.map((g) => countedGrid(g, () => (units += 1))) };
  const proto = Array.prototype as unknown as Record<Scanning, (this: unknown[], ...args: unknown[]) => unknown>;
  const originals = SCANNING.map((name) => [name, proto[name]] as const);
  for (const [name, original] of originals) {
    proto[name] = function (this: unknown[], ...args: unknown[]): unknown {
      units += this.length;
      return original.apply(this, args);
    };
  }
  try {
    const result = work(counted);
    return { result, work: units };
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
}
