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
  | "unknown";

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    /** Sheet concerned, when there is one. */
    readonly sheet?: string,
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
}
