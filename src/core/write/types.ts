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
  /**
   * A literal, or the result of `formula` when there is one (what a viewer that does not recalculate
   * shows). Text is never written as a formula, even when it starts with = + - @.
   */
  value: CellValue;
  /**
   * An Excel formula in the invariant (English, A1) syntax, without the leading "=". A reference to another
   * sheet names it and is absolute; one to the cell's own sheet is to its own row, its column absolute and
   * its row relative ($I4), so that copying the cell (into the undo log and back) keeps it.
   */
  formula?: string;
  /**
   * Formula cells of one column with the same `shared` id hold one formula moved down (each row's `formula`
   * is still its own text): a host may store them as one shared formula, as Excel stores a filled column.
   */
  shared?: number;
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

/**
 * The write plan: one ordered list of typed steps. Every host applies the steps as listed, one after the
 * other, and decides nothing; `writePlan` (./steps) is the only way plans are built, and it is where the
 * order of the steps is decided and explained.
 */
export interface WritePlan {
  steps: WriteStep[];
}

export type WriteStep =
  /** The run's undo block on the log sheet (see src/core/undo): always the first step when there is one. */
  | { kind: "appendUndo"; log: UndoLogWrite }
  | { kind: "removeName"; name: string }
  /** Values and styles of a rectangle emptied (a range the add-in owned, or is about to write). */
  | { kind: "clearRange"; range: RangeClear }
  | { kind: "createSheet"; sheet: SheetCreate }
  /** Undo: a rectangle copied back from the log. */
  | { kind: "copyRange"; copy: RangeCopy }
  | { kind: "defineName"; name: NameSet }
  | { kind: "writeCells"; cells: readonly CellWrite[] }
  /** Rules that colour a range by its cells' values, applied once its cells are written. */
  | { kind: "conditionalFormat"; format: ConditionalFormat }
  | { kind: "columnWidth"; width: ColumnWidth }
  | { kind: "pageSetup"; setup: PageSetup }
  /** Undo: the popped block of the log, emptied once the copies have read it. */
  | { kind: "dropUndoBlock"; range: RangeClear }
  /** A sheet deleted; one already gone is no error (undo also rolls back runs that stopped early). */
  | { kind: "deleteSheet"; name: string };

export type WriteStepKind = WriteStep["kind"];

/**
 * A copy of a rectangle's cells — values, formulas, number formats, fills, fonts, alignment — onto the
 * rectangle of the same size whose top-left is (toRow, toCol) on toSheet. Empty source cells empty their
 * target: the target ends exactly as the source was.
 */
export interface RangeCopy {
  from: RangeClear;
  toSheet: string;
  toRow: number;
  toCol: number;
}

/**
 * Conditional formatting of a rectangle: each rule colours the cells whose value equals its text (Excel's
 * «Cell value equal to»). Clearing the rectangle (clearRange) removes the rules inside it, and copying it
 * (copyRange) copies them, as Excel does for a copy of cells. A host that cannot add rules (Office before
 * ExcelApi 1.6) paints, instead, the fill and font of the rule each written value matches.
 */
export interface ConditionalFormat {
  range: RangeClear;
  rules: readonly ConditionalRule[];
}

export interface ConditionalRule {
  /** The cell's text the rule matches (case-insensitive, as Excel compares). */
  equals: string;
  fill: string;
  fontColor: string;
}

/** The undo log's part of a run's plan (see src/core/undo). */
export interface UndoLogWrite {
  /** The very hidden sheet holding the log. */
  sheet: string;
  /** Create the sheet (very hidden) first: the workbook has no log yet. */
  create: boolean;
  /**
   * The log is there but only hidden (LibreOffice, which has no very hidden sheets, saved it so): very hidden
   * again, out of the list of sheets a person can show.
   */
  hide?: boolean;
  /** Copies of every rectangle the run is about to change, into the log sheet. */
  backups: RangeCopy[];
  /** The block's entries (and the log's title when it is created), written after the backups. */
  cells: CellWrite[];
  /** The block's header row, written last: a block whose header is there is complete. */
  header: CellWrite[];
}

/** Text of one header or footer, in Excel's codes (&P page, &N pages, &D print date, &A sheet; && a literal &). */
export interface HeaderFooterText {
  left: string;
  center: string;
  right: string;
}

/**
 * How a sheet prints: pure data that both hosts turn into their page setup. Rows and columns are 0-based.
 * A4 landscape, one page wide and as many tall as needed, the table's header row repeated on each page.
 */
export interface PageSetup {
  sheet: string;
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Pages across; 1 = one page wide. */
  fitToWidth: number;
  /** Pages down; 0 = as many as the rows need. */
  fitToHeight: number;
  /** The print area; null = Excel's default (the used range). */
  printArea: { top: number; left: number; bottom: number; right: number } | null;
  /** Rows repeated at the top of every page (inclusive); null = none. */
  printTitleRows: { top: number; bottom: number } | null;
  header: HeaderFooterText;
  footer: HeaderFooterText;
}
