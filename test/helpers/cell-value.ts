/**
 * What a person sees in a cell of a written workbook, read with exceljs: the cached result of a formula
 * cell (the add-in writes its computed cells as formulas with their results when «Calcolo nel foglio» is
 * formule), the value otherwise. A formula with no result yet shows as empty, as in Excel.
 */
import type ExcelJS from "exceljs";

/** True when the value exceljs read is a formula (a shared one included). */
export function isFormulaValue(
  value: unknown,
): value is { formula?: string; sharedFormula?: string; result?: unknown } {
  return (
    value !== null &&
    typeof value === "object" &&
    !(value instanceof Date) &&
    ("formula" in value || "sharedFormula" in value)
  );
}

/** What a cell shows: a number, a text (an error as its text), a boolean, a date, or nothing. */
export type ShownValue = number | string | boolean | Date | null;

/**
 * The value a person sees: a formula's cached result (null when it has none), the value otherwise. Read
 * from Cell.result: exceljs's Cell.value leaves out a result of 0 or FALSE.
 */
export function shownValue(cell: ExcelJS.Cell): ShownValue {
  const v = cell.value as unknown;
  return isFormulaValue(v) ? shown(cell.result as unknown) : shown(v);
}

/** A value as shown: rich text as its text, an error or a hyperlink as its text. */
function shown(v: unknown): ShownValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v !== "object") return null;
  if (isFormulaValue(v)) return shown(v.result);
  if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
  if ("error" in v) return String((v as { error: unknown }).error);
  if ("text" in v) return String((v as { text: unknown }).text);
  return null;
}

/**
 * A row's values laid out as exceljs's `row.values` (1-based: index 0 empty, holes where no cell), each cell
 * as shownValue reads it.
 */
export function shownRow(row: ExcelJS.Row): ShownValue[] {
  // map keeps the holes of exceljs's sparse array, as row.values had them.
  return (row.values as unknown[]).map((_, col) => shownValue(row.getCell(col)));
}

/** The formula of a cell (without "="), or null when it holds a value. */
export function formulaOf(cell: ExcelJS.Cell): string | null {
  // Cell.formula also spells out a shared formula's copy, whose value only names its master cell.
  return isFormulaValue(cell.value) ? (cell.formula ?? null) : null;
}
