/**
 * Row classification: every non-blank row of a sheet is a header, a printed total, a heading or a
 * data row, depending on its cells and on the table open above it.
 */
import type { CellValue } from "../grid/types";
import type { ColumnMap } from "../model/types";
import type { OpenTable, ScanPosition, SheetCells } from "./draft";
import type { HeaderMatch } from "./headers";
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

export function classifyRow(sheet: SheetCells, r: number, row: CellValue[], position: ScanPosition): RowKind {
  const { open, lastHeader } = position;
  // Whether the row holds no cell, one, or more, and where the first is: a data row stops at its second cell.
  let count = 0;
  let first = -1;
  for (let c = 0; c < row.length && count < 2; c++) {
    if (isBlank(row[c])) continue;
    if (first < 0) first = c;
    count++;
  }
  if (count === 0) return BLANK;

  if (sheet.headers.looksLike(row)) {
    const match = sheet.headers.detect(row);
    if (match) return { kind: "header", match };
  }
  if (
    open &&
    (open.kind === "obiettivi" || open.kind === "dirigente" || open.kind === "cruscotto") &&
    isTotalRow(sheet, r, row, open.columns)
  ) {
    return { kind: "total", table: open };
  }
  // Before any table a lone text anywhere in its row is a heading (a title over a table that
  // starts at column C); once a table is open, only text at its left edge is.
  const leftmost = open || lastHeader ? (open?.firstCol ?? lastHeader?.firstCol ?? 0) + 1 : Infinity;
  const text = row[first];
  if (count === 1 && first <= leftmost && typeof text === "string") {
    const heading = classifyHeading(text);
    // Inside a cruscotto a KPI text alone in its row is data, whatever word it starts with.
    const isData =
      open !== null && (heading.kind === "other" || (heading.kind === "unit" && open.kind === "cruscotto"));
    if (!isData) return { kind: "heading", heading, col: first };
  }
  return DATA;
}

/**
 * A printed total: numbers in the Peso columns and at most a "Totale" label in the objective or
 * indicator column. A heading typed in the first Peso column (Dirigenti) is not one.
 */
function isTotalRow(sheet: SheetCells, r: number, row: CellValue[], cols: ColumnMap): boolean {
  if (cols.weight === undefined && cols.weightOther === undefined) return false;
  const label = row[cols.indicator];
  if (!isBlank(label) && (typeof label !== "string" || label.length > MAX_TOTAL_LABEL)) return false;
  const weight = cols.weight === undefined ? null : row[cols.weight];
  const other = cols.weightOther === undefined ? null : row[cols.weightOther];
  if (isBlank(weight) && isBlank(other)) return false;
  if (!isBlank(weight) && !isPeso(sheet, r, cols.weight, weight)) return false;
  if (!isBlank(other) && !isPeso(sheet, r, cols.weightOther, other)) return false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (c === cols.weight || c === cols.weightOther || isBlank(v)) continue;
    const labelColumn = c === cols.objective || c === cols.indicator || c === cols.strategic;
    if (!(labelColumn && typeof v === "string" && v.length <= MAX_TOTAL_LABEL && TOTAL_LABELS.has(normalise(v))))
      return false;
  }
  return true;
}

function isPeso(sheet: SheetCells, r: number, c: number | undefined, v: CellValue | undefined): boolean {
  return c !== undefined && sheet.parsers.weight(v ?? null, sheet.format(r, c))?.ok === true;
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
