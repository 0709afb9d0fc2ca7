/**
 * "Prepara per la stampa": the page setups a run would set, applied alone (no cell is written), to the
 * sheets that exist now. Free of React, so that it is tested on the fake and the exceljs host.
 */
import { isUnusable, runPipeline } from "../../core/pipeline";
import type { WritePlan } from "../../core/write/types";
import { planParts, writePlan } from "../../core/write/steps";
import type { WorkbookHost } from "../../hosts/types";

export type PrintOutcome =
  | { kind: "applied"; sheets: string[] }
  /** The host cannot set page layouts (Excel without ExcelApi 1.9): nothing was asked of it. */
  | { kind: "unsupported" }
  /** No plan table: there is nothing to lay out. */
  | { kind: "unusable" };

/** A WritePlan holding only page setups: the host applies them and touches nothing else. */
export function pageSetupsOnly(plan: WritePlan, existingSheets: ReadonlySet<string>): WritePlan {
  // The Riepilogo is laid out only once a run has made it: a setup for a sheet not there would fail.
  const pageSetups = planParts(plan).pageSetups.filter((p) => existingSheets.has(p.sheet));
  return writePlan({ pageSetups });
}

export async function preparePrint(host: WorkbookHost): Promise<PrintOutcome> {
  if (host.supportsPageLayout?.() === false) return { kind: "unsupported" };
  const workbook = await host.read();
  const result = runPipeline(workbook);
  if (isUnusable(result)) return { kind: "unusable" };
  const plan = pageSetupsOnly(result.writePlan, new Set(workbook.sheets.map((s) => s.name)));
  const sheets = planParts(plan).pageSetups.map((p) => p.sheet);
  if (sheets.length > 0) await host.apply(plan);
  return { kind: "applied", sheets };
}
