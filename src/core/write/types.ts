/**
 * The write plan: every cell, format, sheet and name a run will set, as pure data.
 * A host applies it as given and decides nothing. Rows and columns are 0-based.
 */
import type { CellValue } from "../grid/types";

/** Colours are 6-digit RGB hex without '#', e.g. "C6EFCE". */
export interface CellStyle {
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
}

export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  /** Always a literal: text is never written as a formula, even when it starts with = + - @. */
  value: CellValue;
  style?: CellStyle;
}

/** Clear values and styles of a rectangle the add-in owned in a previous run. */
export interface RangeClear {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetCreate {
  name: string;
  /** Delete the existing sheet of that name first (an owned sheet from a previous run). */
  replace: boolean;
  /** Column widths in characters, by 0-based column. */
  columnWidths?: Record<number, number>;
  /** Position among the sheets (0 = first); absent = last. */
  position?: number;
}

export interface NameSet {
  name: string;
  sheet: string;
  /** Absolute A1 range, e.g. "$J$3:$L$28". */
  range: string;
}

export interface ColumnWidth {
  sheet: string;
  col: number;
  width: number;
}

export interface WritePlan {
  /** Applied in this order: removeNames, clears, sheets, cells, columnWidths, setNames. */
  removeNames: string[];
  clears: RangeClear[];
  sheets: SheetCreate[];
  cells: CellWrite[];
  columnWidths: ColumnWidth[];
  setNames: NameSet[];
}
