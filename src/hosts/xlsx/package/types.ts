/** What the normalising pass over an .xlsx package works with, and the budget it holds a file to. */

/** One file of the zip, as its central directory declares it (nothing inflated). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; other methods are left for the zip reader to refuse. */
  method: number;
  compressedSize: number;
  /** As declared; inflating an entry stops with an error as soon as it passes this. */
  uncompressedSize: number;
  /** Where the entry's local header starts: its data follows that header. */
  localHeaderOffset: number;
}

/**
 * What reading a workbook may cost. exceljs keeps about 0.5–1 KB per cell while reading (1 million cells,
 * 54 MB of sheet XML, peak near 1.1 GB for a whole score), so 2 million cells and 256 MB unpacked keep a read
 * within about 2 GB and a minute; every workbook an office keeps is far smaller.
 */
export interface ReadBudget {
  /** Sum of every entry's declared uncompressed size. */
  maxUnpackedBytes: number;
  /** Cells exceljs would create: those written in the sheets, plus those of merges and data validations. */
  maxCells: number;
}

export const READ_BUDGET: ReadBudget = { maxUnpackedBytes: 256 * 1024 * 1024, maxCells: 2_000_000 };

export type CostlyMeasure = "unpacked_bytes" | "cells";

/** A workbook whose real content passes the read budget: refused before reading it. */
export class WorkbookTooCostly extends Error {
  constructor(
    readonly measure: CostlyMeasure,
    readonly amount: number,
    readonly limit: number,
  ) {
    super(
      `The workbook holds ${amount} ${measure === "cells" ? "cells" : "unpacked bytes"}, more than the ${limit} a read allows.`,
    );
    this.name = "WorkbookTooCostly";
  }
}

/** True for a WorkbookTooCostly, also one thrown by another bundle's copy of this module (the pane's chunk). */
export function isWorkbookTooCostly(err: unknown): err is WorkbookTooCostly {
  return err instanceof WorkbookTooCostly || (err instanceof Error && err.name === "WorkbookTooCostly");
}

/** A cell range, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's grid: rows and columns beyond these cannot exist in a workbook Excel opens. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;
