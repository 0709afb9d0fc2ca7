/**
 * Peso cells: a row's weight (with the Dirigenti's two Peso columns reconciled), the running sums
 * and the check of a printed total row against them.
 */
import type { CellValue } from "../grid/types";
import type { Diagnostic } from "../diagnostics/types";
import type { ColumnMap, SourceCell } from "../model/types";
import type { PesoSums, SheetCells } from "./draft";
import { totalRowMismatch, weightColumnsDisagree, weightUnreadable } from "./diagnostics";
import { cellText, isBlank } from "./text";

/** Two Peso values closer than this are the same weight. */
const SAME_WEIGHT = 1e-9;
/** A printed total within this of a sum matches it. */
const TOTAL_TOLERANCE = 1e-6;

export const NO_PESO: PesoSums = { weight: 0, weightOther: 0 };

interface PesoReading {
  raw: CellValue;
  /** Null when the cell is empty or unreadable. */
  value: number | null;
  readable: boolean;
  diagnostics: readonly Diagnostic[];
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

function readPeso(sheet: SheetCells, r: number, row: CellValue[], c: number | undefined): PesoReading {
  if (c === undefined) return { raw: null, value: null, readable: true, diagnostics: NO_DIAGNOSTICS };
  const raw = row[c] ?? null;
  if (isBlank(raw)) return { raw, value: null, readable: true, diagnostics: NO_DIAGNOSTICS };
  const format = sheet.format(r, c);
  const p = sheet.parsers.weight(raw, format);
  if (p === null) return { raw, value: null, readable: true, diagnostics: NO_DIAGNOSTICS };
  if (!p.ok) {
    return {
      raw,
      value: null,
      readable: false,
      diagnostics: [weightUnreadable({ sheet: sheet.name, row: r, col: c }, raw, format, p.reason)],
    };
  }
  return { raw, value: p.value, readable: true, diagnostics: NO_DIAGNOSTICS };
}

/**
 * The row's weight cell and what it adds to the Peso sums. With two Peso columns the last one is
 * scored; when it is empty and the first is filled, the first stands in rather than the row losing
 * its weight.
 */
export function readWeight(
  sheet: SheetCells,
  r: number,
  row: CellValue[],
  cols: ColumnMap,
): { cell: SourceCell<number>; added: PesoSums; diagnostics: readonly Diagnostic[] } {
  const scored = readPeso(sheet, r, row, cols.weight);
  if (cols.weightOther === undefined) {
    const col = cols.weight ?? null;
    return {
      cell: {
        col,
        raw: scored.raw,
        numberFormat: col !== null ? sheet.format(r, col) : "General",
        value: scored.value,
      },
      added: { weight: scored.value ?? 0, weightOther: 0 },
      diagnostics: scored.diagnostics,
    };
  }
  const other = readPeso(sheet, r, row, cols.weightOther);
  const diagnostics = [...scored.diagnostics, ...other.diagnostics];
  let col = cols.weight ?? null;
  let used = scored;
  if (cols.weight !== undefined) {
    const at = { sheet: sheet.name, row: r, col: cols.weight };
    if (isBlank(scored.raw) && !isBlank(other.raw) && other.readable) {
      col = cols.weightOther;
      used = other;
      diagnostics.push(
        weightColumnsDisagree(at, { first: cellText(other.raw), second: null, used: cellText(other.raw) }),
      );
    } else if (scored.value !== null && other.value !== null && Math.abs(scored.value - other.value) > SAME_WEIGHT) {
      diagnostics.push(
        weightColumnsDisagree(at, {
          first: cellText(other.raw),
          second: cellText(scored.raw),
          used: cellText(scored.raw),
        }),
      );
    }
  }
  return {
    cell: { col, raw: used.raw, numberFormat: col !== null ? sheet.format(r, col) : "General", value: used.value },
    added: { weight: scored.value ?? 0, weightOther: other.value ?? 0 },
    diagnostics,
  };
}

export function addPeso(sums: PesoSums, added: PesoSums): PesoSums {
  return { weight: sums.weight + added.weight, weightOther: sums.weightOther + added.weightOther };
}

/**
 * A printed total may close the table or the whole unit (Dirigenti print one per scheda): it is
 * reported when it matches neither.
 */
export function checkTotal(input: {
  sheet: SheetCells;
  r: number;
  row: CellValue[];
  columns: ColumnMap;
  tableSums: PesoSums;
  unitSums: PesoSums;
}): Diagnostic[] {
  const { sheet, r, row, columns, tableSums, unitSums } = input;
  const diagnostics: Diagnostic[] = [];
  for (const key of ["weight", "weightOther"] as const) {
    const col = columns[key];
    if (col === undefined || isBlank(row[col])) continue;
    const printed = sheet.parsers.weight(row[col], sheet.format(r, col));
    if (!printed || !printed.ok) continue;
    if (
      Math.abs(printed.value - tableSums[key]) < TOTAL_TOLERANCE ||
      Math.abs(printed.value - unitSums[key]) < TOTAL_TOLERANCE
    )
      continue;
    diagnostics.push(totalRowMismatch({ sheet: sheet.name, row: r, col }, cellText(row[col]), unitSums[key]));
  }
  return diagnostics;
}
