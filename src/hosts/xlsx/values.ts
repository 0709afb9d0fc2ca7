/** exceljs cell values -> the core's plain CellValue. The only place that knows exceljs's value shapes. */
import ExcelJS from "exceljs";
import type { CellValue } from "../../core/grid/types";

/** Days between the Excel 1900 epoch (as Excel counts it, leap bug included) and 1970-01-01. */
const EXCEL_UNIX_EPOCH_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * exceljs turns date cells into JS Dates at UTC midnight (+ time of day), whatever the machine's zone,
 * so the serial is computed from the UTC milliseconds: no local-time shift can creep in.
 * Always the 1900 system: the core reads every serial that way.
 */
export function dateToSerial(d: Date): number {
  return EXCEL_UNIX_EPOCH_DAYS + d.getTime() / MS_PER_DAY;
}

/** Inverse of dateToSerial, for tests and for hosts that must write a date. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EXCEL_UNIX_EPOCH_DAYS) * MS_PER_DAY));
}

type RichTextPart = { text?: unknown };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** Rich text runs joined into the text a person sees. */
function richTextToString(parts: unknown): string {
  if (!Array.isArray(parts)) return "";
  return parts.map((p: RichTextPart) => (typeof p.text === "string" ? p.text : "")).join("");
}

/**
 * Converts any exceljs cell value: primitives as they are, Date -> serial, rich text -> string,
 * formula -> its cached result (null when the file holds none), hyperlink -> its text, error -> "#N/A".
 */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (!isRecord(v)) return null;
  if ("richText" in v) return richTextToString(v.richText);
  if ("formula" in v || "sharedFormula" in v) return toCellValue(v.result);
  if ("error" in v) return typeof v.error === "string" ? v.error : null;
  if ("hyperlink" in v || "text" in v) return toCellValue(v.text);
  return null;
}

/**
 * The cell's value as exceljs holds it, a formula with its cached result even when that is 0 or FALSE:
 * exceljs's Cell.value copies a formula's result only when it is truthy, Cell.result keeps it. Without this a
 * formula showing 0 (an officer's Consuntivo, the add-in's own Raggiungimento) would read as empty.
 */
export function valueWithResult(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const v = cell.value;
  if (v === null || typeof v !== "object" || !("formula" in v || "sharedFormula" in v) || "result" in v) return v;
  const result = cell.result as unknown;
  return result === undefined || result === null ? v : ({ ...v, result } as ExcelJS.CellValue);
}

/** True when the value (before conversion) is a Date, so the grid can give it a date format. */
export function isDateValue(v: unknown): boolean {
  if (v instanceof Date) return true;
  if (isRecord(v) && ("formula" in v || "sharedFormula" in v)) return v.result instanceof Date;
  return false;
}

export const MERGE_SLAVE = ExcelJS.ValueType.Merge;
