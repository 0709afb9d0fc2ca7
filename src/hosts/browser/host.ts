/**
 * The browser preview's host: the exceljs host running in the page, on a workbook opened from a file.
 * It reuses the exceljs host's reader and writer (not its file module, which needs node:fs), so the
 * preview reads and writes exactly as the CLI does. The pane loads this module with a dynamic import():
 * exceljs is large and only the preview needs it.
 */
import type ExcelJS from "exceljs";
import type { WorkbookGrid } from "../../core/grid/types";
import type { WritePlan } from "../../core/write/types";
import { HostError, type WorkbookHost } from "../types";
import { isSheetProtected, readWorkbookGrid } from "../xlsx/read";
import { lockedSheets } from "../../core/write/reach";
import { applyWritePlan } from "../xlsx/apply";
import { loadWorkbookBytes } from "../xlsx/load";

export interface BrowserHost extends WorkbookHost {
  /** The workbook as it is now (after every plan applied), as .xlsx bytes. */
  save(): Promise<Uint8Array>;
}

export interface BrowserHostOptions {
  /** Told where "Vai alla cella" points: the preview has no Excel selection, the pane shows it instead. */
  onSelect?: (sheet: string, cell: string) => void;
}

/** The same loader as the CLI's (exceljs's prebuilt browser bundle cannot be patched). */
const load = (bytes: ArrayBuffer): Promise<ExcelJS.Workbook> => loadWorkbookBytes(new Uint8Array(bytes));

/**
 * Rejects bytes that are not a workbook with the exceljs error, and a workbook past the read budget with
 * WorkbookTooCostly; the pane turns either into a sentence.
 */
export async function openBrowserHost(bytes: ArrayBuffer, options: BrowserHostOptions = {}): Promise<BrowserHost> {
  let wb = await load(bytes);
  // Plans applied so far: after a failed apply the workbook is rebuilt from the original bytes and
  // these, so that a failure leaves the workbook as it was (the host contract: nothing written).
  const applied: WritePlan[] = [];

  return {
    async read(): Promise<WorkbookGrid> {
      return readWorkbookGrid(wb);
    },
    async apply(plan: WritePlan): Promise<void> {
      const [locked] = lockedSheets(plan, (name) => {
        const ws = wb.getWorksheet(name);
        return ws !== undefined && isSheetProtected(ws);
      });
      if (locked !== undefined) throw new HostError("protected", `Sheet «${locked}» is protected`, locked);
      try {
        applyWritePlan(wb, plan);
        applied.push(plan);
      } catch (err) {
        wb = await load(bytes);
        for (const p of applied) applyWritePlan(wb, p);
        throw new HostError("unknown", err instanceof Error ? err.message : String(err));
      }
    },
    async select(sheet: string, cell: string): Promise<void> {
      options.onSelect?.(sheet, cell);
    },
    async save(): Promise<Uint8Array> {
      const buffer = await wb.xlsx.writeBuffer();
      return new Uint8Array(buffer as ArrayBuffer);
    },
  };
}
