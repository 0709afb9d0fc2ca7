/**
 * Row classification: every non-blank row of a sheet is a header, a printed total, a heading or a
 * data row, depending on its cells and on the table open above it.
 */
import type { CellValue } from "../grid/types";
import type { ColumnMap } from "../model/types";
import type { CellParsers } from "./cellParsers";
import type { OpenBlock, OpenTable, SheetCells } from "./draft";
import { looksLikeHeader, type HeaderDetector, type HeaderMatch } from "./headers";
import { classifyHeading, type Heading } from "./headings";
import { isBlank, normalise } from "./text";
import { TOTAL_LABELS } from "./vocabulary";

export type RowKind =
  | { kind: "blank" }
  | { kind: "header"; match: HeaderMatch }
  | { kind: "total"; table: OpenTable }
  | { kind: "heading"; heading: Heading; col: number }
  /** A row of the open table, the first row of a table reusing the sheet's last header, or a stray row. */
  | { kind: "data" };

const BLANK: RowKind = { kind: "blank" };
const DATA: RowKind = { kind: "data" };

/** Longer texts in the label columns are data, not a "Totale" label. */
const MAX_TOTAL_LABEL = 12;

export function classifyRow(input: {
  sheet: SheetCells;
  r: number;
  row: CellValue[];
  open: OpenBlock | null;
  /** The sheet's last header, while no blank gap has closed it. */
  lastHeader: HeaderMatch | null;
  headers: HeaderDetector;
  parsers: CellParsers;
}): RowKind {
  const { sheet, r, row, open, lastHeader } = input;
  let count = 0;
  let first = -1;
  for (let c = 0; c < row.length; c++) {
    if (isBlank(row[c])) continue;
    if (first < 0) first = c;
    count++;
  }
  if (count === 0) return BLANK;

  if (looksLikeHeader(row)) {
    const match = input.headers.detect(row);
    if (match) return { kind: "header", match };
  }
  if (open && (open.kind === "obiettivi" || open.kind === "dirigente") && isTotalRow(sheet, r, row, open.columns, input.parsers)) {
    return { kind: "total", table: open };
  }
  // Before any table a lone text anywhere in its row is a heading (a title over a table that
  // starts at column C); once a table is open, only text at its left edge is.
  const leftmost = open || lastHeader ? (open?.firstCol ?? lastHeader?.firstCol ?? 0) + 1 : Infinity;
  const text = row[first];
  if (count === 1 && first <= leftmost && typeof text === "string") {
    const heading = classifyHeading(text);
    // Inside a cruscotto a KPI text alone in its row is data, whatever word it starts with.
    const isData = open !== null && (heading.kind === "other" || (heading.kind === "unit" && open.kind === "cruscotto"));
    if (!isData) return { kind: "heading", heading, col: first };
  }
  return DATA;
}

/**
 * A printed total: numbers in the Peso columns and at most a "Totale" label in the objective or
 * indicator column. A heading typed in the first Peso column (Dirigenti) is not one.
 */
function isTotalRow(sheet: SheetCells, r: number, row: CellValue[], cols: ColumnMap, parsers: CellParsers): boolean {
  if (cols.weight === undefined && cols.weightOther === undefined) return false;
  const label = row[cols.indicator];
  if (!isBlank(label) && (typeof label !== "string" || label.length > MAX_TOTAL_LABEL)) return false;
  const pesos = [cols.weight, cols.weightOther].filter((c): c is number => c !== undefined);
  if (pesos.every((c) => isBlank(row[c]))) return false;
  for (const c of pesos) {
    const v = row[c];
    if (isBlank(v)) continue;
    if (!parsers.weight(v ?? null, sheet.format(r, c))?.ok) return false;
  }
  return row.every((v, c) => {
    if (c === cols.weight || c === cols.weightOther || isBlank(v)) return true;
    const labelColumn = c === cols.objective || c === cols.indicator;
    return labelColumn && typeof v === "string" && v.length <= MAX_TOTAL_LABEL && TOTAL_LABELS.has(normalise(v));
  });
}

/** Under a heading without a header of its own, a row with an indicator, target or year value starts a table. */
export function looksLikeData(row: CellValue[], m: HeaderMatch): boolean {
  if (m.kind === "mappa" || m.kind === "programmi") return true;
  const cols = m.columns;
  if (!isBlank(row[cols.indicator])) return true;
  if (cols.target !== undefined && !isBlank(row[cols.target])) return true;
  if (cols.years) for (const c of Object.values(cols.years)) if (!isBlank(row[c])) return true;
  return false;
}
