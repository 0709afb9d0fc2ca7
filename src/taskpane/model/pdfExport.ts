/**
 * "Esporta PDF": the same report as `cruscotto report`, made in the pane. The workbook is read afresh
 * (the PDF shows what the workbook holds now), then the renderer, which pulls in pdfkit, is loaded in its
 * own chunk: the pane's first load stays small, and only a person who exports pays for it.
 */
import type { ReportDocument } from "../../core/document";
import type { PdfFonts } from "../../render/pdf/fonts";
import type * as PdfRender from "./pdfRender";

export { FONT_FILES, fetchFonts, sessionFonts } from "./pdfFonts";
import { isUnusable, runPipeline } from "../../core/pipeline";
import type { WorkbookHost } from "../../hosts/types";

export interface PdfExportOptions {
  /** Unit.id of the one unit to report on; null = the whole plan. */
  unitId: string | null;
  /** The workbook's file name when known (the preview): on the cover and in the PDF's name. */
  sourceName?: string;
  /** Date of the run, ISO yyyy-mm-dd. */
  runDate: string;
  /** The three Titillium Web faces as bytes (fetched from the add-in's own origin in the pane). */
  loadFonts: () => Promise<PdfFonts>;
}

export type PdfExport =
  { kind: "pdf"; bytes: Uint8Array; fileName: string } | { kind: "unusable" } | { kind: "unknownUnit" };

/** The report before it is a PDF: what pdf.html receives when the browser makes the PDF. */
export type PreparedReport =
  { kind: "report"; model: ReportDocument; fileName: string } | { kind: "unusable" } | { kind: "unknownUnit" };

/** "Piano 2022.xlsx" + unit "Servizio Staff" -> "Piano 2022-relazione-servizio-staff.pdf". */
export function pdfFileName(
  sourceName: string | undefined,
  year: number,
  unitName: string | null,
  kind: "relazione" | "scheda" = "relazione",
): string {
  const base = sourceName ? sourceName.replace(/\.[^.]*$/, "") : `piano-performance-${year}`;
  const slug = unitName
    ? `-${unitName
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")}`
    : "";
  return `${base}-${kind}${slug}.pdf`;
}

const loadRenderer = (): Promise<typeof PdfRender> => import(/* webpackChunkName: "pdf-report" */ "./pdfRender");

/** Reads the workbook afresh and builds the report's document model (in the lazy chunk, with the renderer). */
export async function prepareReport(
  host: WorkbookHost,
  options: Omit<PdfExportOptions, "loadFonts">,
): Promise<PreparedReport> {
  const workbook = await host.read();
  const result = runPipeline(workbook, { writes: false, runDate: options.runDate });
  if (isUnusable(result)) return { kind: "unusable" };
  const unit = options.unitId === null ? null : (result.plan.units.find((u) => u.id === options.unitId) ?? null);
  if (options.unitId !== null && unit === null) return { kind: "unknownUnit" };
  const { buildReportModel } = await loadRenderer();
  const model = buildReportModel({
    workbook,
    result,
    unitId: unit?.id ?? null,
    sourceName: options.sourceName,
    runDate: options.runDate,
  });
  return { kind: "report", model, fileName: pdfFileName(options.sourceName, result.plan.year, unit?.name ?? null) };
}

/**
 * «Esporta la scheda in PDF»: the workbook read afresh, then the one unit's scheda as a document, dated
 * `runDate`. Its trend compares with the latest point before `trendDate`: the date of the run whose scheda the
 * pane shows (a point recorded on 30/06 compares with the one before it), else `runDate`.
 */
export async function prepareScheda(
  host: WorkbookHost,
  options: Omit<PdfExportOptions, "loadFonts"> & { unitId: string; trendDate?: string },
): Promise<PreparedReport> {
  const workbook = await host.read();
  const result = runPipeline(workbook, { writes: false, runDate: options.trendDate ?? options.runDate });
  if (isUnusable(result)) return { kind: "unusable" };
  const unit = result.plan.units.find((u) => u.id === options.unitId);
  if (!unit) return { kind: "unknownUnit" };
  const { buildSchedaModel } = await loadRenderer();
  const model = buildSchedaModel({
    workbook,
    result,
    unitId: unit.id,
    sourceName: options.sourceName,
    runDate: options.runDate,
  });
  if (model === null) return { kind: "unknownUnit" };
  return { kind: "report", model, fileName: pdfFileName(options.sourceName, result.plan.year, unit.name, "scheda") };
}

export async function renderReport(model: ReportDocument, loadFonts: () => Promise<PdfFonts>): Promise<Uint8Array> {
  const [{ renderModelPdf }, fonts] = await Promise.all([loadRenderer(), loadFonts()]);
  return renderModelPdf(model, fonts);
}

export async function exportPdf(host: WorkbookHost, options: PdfExportOptions): Promise<PdfExport> {
  const report = await prepareReport(host, options);
  if (report.kind !== "report") return report;
  return { kind: "pdf", bytes: await renderReport(report.model, options.loadFonts), fileName: report.fileName };
}
