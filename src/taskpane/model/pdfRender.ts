/**
 * The lazy half of "Esporta PDF": the document model and pdfkit. Imported only through import() (by
 * pdfExport.ts in the pane), so that webpack puts it, and pdfkit's browser build, in a chunk of its own;
 * pdf.html, which exists only to make a PDF, imports it directly.
 */
import type { WorkbookGrid } from "../../core/grid/types";
import type { RunResult } from "../../core/pipeline";
import { buildReportDocument, buildSchedaDocument, findEnteName, type ReportDocument } from "../../core/document";
import { renderPdf, type PdfFonts } from "../../render/pdf";

export interface ModelInput {
  workbook: WorkbookGrid;
  result: RunResult;
  unitId: string | null;
  sourceName?: string;
  runDate: string;
}

export interface RenderInput extends ModelInput {
  fonts: PdfFonts;
}

export function buildReportModel(input: ModelInput): ReportDocument {
  const { result } = input;
  return buildReportDocument({
    plan: result.plan,
    scorecard: result.scorecard,
    report: result.report,
    settings: result.settings,
    enteName: findEnteName(input.workbook),
    runDate: input.runDate,
    sourceName: input.sourceName,
    unitId: input.unitId,
    monitoring: result.monitoring,
  });
}

/** «Esporta la scheda in PDF»: one unit's scheda alone, with its score at the previous monitoring point. */
export function buildSchedaModel(input: ModelInput & { unitId: string }): ReportDocument | null {
  const { result } = input;
  return buildSchedaDocument({
    plan: result.plan,
    scorecard: result.scorecard,
    report: result.report,
    settings: result.settings,
    enteName: findEnteName(input.workbook),
    runDate: input.runDate,
    sourceName: input.sourceName,
    unitId: input.unitId,
    monitoring: result.monitoring,
    previous: result.monitoring.previous,
  });
}

export async function renderModelPdf(model: ReportDocument, fonts: PdfFonts): Promise<Uint8Array> {
  return renderPdf(model, fonts);
}

export async function renderReportPdf(input: RenderInput): Promise<Uint8Array> {
  return renderModelPdf(buildReportModel(input), input.fonts);
}
