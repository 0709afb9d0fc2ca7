/**
 * The only thing a host gives the core: plain data, no Office or exceljs object.
 * Rows and columns are 0-based in arrays; addresses shown to people are A1 (1-based).
 */

/** A cell as the core sees it. Dates arrive as Excel serial numbers with a date number format. */
export type CellValue = string | number | boolean | null;

/** An inclusive rectangle, 0-based. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Worksheet name as shown on its tab. */
  name: string;
  /** values[r][c], 0-based; the rectangle A1..(last used row, last used column). Rows may be shorter than the widest row. */
  values: CellValue[][];
  /** Number formats, same shape as values where known; missing entries mean "General". */
  formats: string[][];
  /** Merged areas, 0-based inclusive. Only the top-left cell of a merge holds its value. */
  merges: Rect[];
  /** True when the host reports the sheet as protected (the run must then write nothing to it). */
  protected?: boolean;
  /** Hidden or very hidden sheets. */
  hidden?: boolean;
  /** Very hidden sheets (only code can unhide them): the add-in's undo log is one, a person's sheet rarely. */
  veryHidden?: boolean;
  /**
   * Widths, in characters as an .xlsx file counts them, of the columns whose width the host read; absent
   * where it read none. Undo puts back the widths of these columns when a run changes them.
   */
  columnWidths?: Record<number, number>;
}

/** A workbook-scoped defined name, e.g. CP_OWN_3 -> 'Servizio Staff'!$J$3:$J$28. */
export interface DefinedName {
  name: string;
  /** The sheet the reference points into (unquoted). */
  sheet: string;
  /** The range part of the reference, absolute A1, e.g. "$J$3:$J$28" or "$A$1". */
  range: string;
}

export interface WorkbookGrid {
  sheets: Grid[];
  names: DefinedName[];
}
