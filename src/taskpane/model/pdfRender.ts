/**
 * The lazy half of "Esporta PDF": the document model and pdfkit. Imported only by pdfExport.ts through
 * import(), so that webpack puts it, and pdfkit's browser build, in a chunk of its own.
 */
import type { WorkbookGrid } from "../../core/grid/types";
import type { RunResult } from "../../core/pipeline";
import { buildReportDocument, findEnteName } from "../../core/document";
import { renderPdf, type PdfFonts } from "../../render/pdf";

export interface RenderInput {
  workbook: WorkbookGrid;
  result: RunResult;
  unitId: string | null;
  sourceName?: string;
  runDate: string;
  fonts: PdfFonts;
}

export async function renderReportPdf(input: RenderInput): Promise<Uint8Array> {
  const { result } = input;
  const model = buildReportDocument({
    plan: result.plan,
    scorecard: result.scorecard,
    report: result.report,
    settings: result.settings,
    enteName: findEnteName(input.workbook),
    runDate: input.runDate,
    sourceName: input.sourceName,
    unitId: input.unitId,
  });
  return renderPdf(model, input.fonts);
}
