/**
 * References and constants as they appear in the formulas the add-in writes (Excel's invariant syntax).
 * A reference to another sheet names it and is absolute. One to the formula's own sheet does not name it,
 * which keeps the formulas short, and always points at the formula's own row, left of its cell (the
 * Consuntivo left of Raggiungimento, Raggiungimento left of Stato): its column is absolute and its row
 * relative ($I4), so the formulas of a column are one formula moved down, which a workbook stores once (a
 * shared formula). A copy of the cell (into the undo log and back, which Excel makes by Range.copyFrom)
 * keeps its column and moves only down, then back up by as much: it comes back as it was. In the log such a
 * copy points at the log's own cells on its row, harmlessly: every one points left, so the copies can never
 * refer to one another in a circle.
 */
import { columnLetter } from "../../grid/address";

/** 'Servizio Anagrafe'!  — quotes always (valid for every name), a quote inside doubled. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** $F5 for the 0-based cell (row, col) on the formula's own sheet and row: column absolute, row relative. */
export function sameRowRef(row: number | string, col: number): string {
  return `$${columnLetter(col)}${typeof row === "number" ? row + 1 : row}`;
}

/** 'Sheet'!$F$5 for the 0-based cell (row, col). */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheetPrefix(sheet)}$${columnLetter(col)}$${row + 1}`;
}

/** 'Sheet'!$F$5:$F$40. */
export function rangeRef(sheet: string, top: number, left: number, bottom: number, right: number): string {
  return `${sheetPrefix(sheet)}$${columnLetter(left)}$${top + 1}:$${columnLetter(right)}$${bottom + 1}`;
}

/**
 * A number as a formula constant that reads back as the same double: JavaScript's shortest round-trip
 * text, its exponent in Excel's spelling (1E-07 reads as 1e-7 does).
 */
export function numberConstant(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const text = String(n);
  return text.includes("e") ? text.toUpperCase() : text;
}

/** "text" as a formula string literal: a double quote inside is doubled. */
export function textConstant(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** {"a";"b"} — a vertical array constant of texts, for MATCH. */
export function textArray(texts: readonly string[]): string {
  return `{${texts.map(textConstant).join(";")}}`;
}
