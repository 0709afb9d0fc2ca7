/**
 * What every host offers the pipeline: read the workbook as grids, apply a write plan. The exceljs host
 * (CLI, browser preview, tests) and the Office.js host (the task pane in Excel) both implement it, and
 * the pane runs the same `runPipeline` between the two calls whichever host it has.
 */
import type { WorkbookGrid } from "../core/grid/types";
import type { WritePlan } from "../core/write/types";

/** Why a host could not do what was asked, as a stable code the pane turns into an Italian sentence. */
export type HostErrorCode =
  | "protected" // a sheet the plan writes to is protected
  | "too_large" // a request would pass the host's payload limit even after splitting
  | "connection" // the host went away mid-run (Excel on the web lost its connection)
  | "changed" // the workbook changed between read and write
  | "unsupported" // the host lacks an API the run needs
  | "cell_edit_mode" // Excel is editing a cell: it refuses every API call until the edit ends
  | "inactive" // another workbook has the focus
  | "busy" // Excel's limit on activity was reached: wait and retry
  | "conflict" // a filter, a merged area, a PivotTable or a full sheet is in the way
  | "invalid" // Excel refused an operation or an argument (the Office code is named)
  | "selection" // the selection cannot be used (Vai alla cella)
  | "general" // Excel's internal error (the Office code is named)
  | "unknown";

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    /** Sheet concerned, when there is one. */
    readonly sheet?: string,
    /**
     * After a write that stopped half-way: "rolled_back" when the host put back what it had written (the
     * workbook is as before), "undo" when it could not and "Annulla ultimo calcolo" restores it.
     */
    readonly recovery?: "rolled_back" | "undo",
    /** The host's own error code (Office's OfficeExtension.Error code), for the pane to name when it has no sentence of its own. */
    readonly hostCode?: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

export interface WorkbookHost {
  /** Every sheet's used range (values, number formats, merged areas where supported) and the defined names. */
  read(): Promise<WorkbookGrid>;
  /** Applies a write plan as given; decides nothing. Rejects with a HostError, having written nothing. */
  apply(plan: WritePlan): Promise<void>;
  /** Selects a cell for "Vai alla cella" (no-op where the host has no selection). */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * False where the host cannot set a sheet's print layout (Excel without ExcelApi 1.9): apply then
   * leaves the plan's pageSetups out and the pane says so. Absent means supported.
   */
  supportsPageLayout?(): boolean;
  /**
   * Starts listening for a person's edits (Office: worksheets.onChanged, ExcelApi 1.9), so that apply
   * refuses, with code "changed", a plan computed from a read older than an edit. False where the host
   * cannot listen (or has nothing to listen to). Called once; costs no sync in a run.
   */
  watchChanges?(): Promise<boolean>;
}
