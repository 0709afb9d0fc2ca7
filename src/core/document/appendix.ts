/** The appendix: every diagnostic with its sheet and cell, errors first, so Staff can fix the workbook. */
import type { Block, DocumentSection } from "./types";
import type { BuildContext } from "./context";
import type { Severity } from "../diagnostics/types";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function diagnosticsSection(ctx: BuildContext): DocumentSection {
  const { texts, report } = ctx;
  const count = (s: Severity): number => report.diagnostics.filter((d) => d.severity === s).length;
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: texts.diagnosticsPart },
    { kind: "paragraph", text: texts.diagnosticsIntro(count("error"), count("warning"), count("info")) },
  ];
  if (report.diagnostics.length === 0) blocks.push({ kind: "paragraph", text: texts.noDiagnostics, style: "note" });
  for (const severity of SEVERITIES) {
    const items = report.diagnostics.filter((d) => d.severity === severity);
    if (items.length === 0) continue;
    blocks.push(
      { kind: "heading", level: 2, text: texts.severityHeading[severity](items.length) },
      {
        kind: "table",
        columns: [
          { header: texts.diagnosticColumns.sheet, width: 18, align: "left" },
          { header: texts.diagnosticColumns.cell, width: 8, align: "left" },
          { header: texts.diagnosticColumns.message, width: 74, align: "left" },
        ],
        rows: items.map((d) => ({ kind: "row" as const, cells: [d.sheet || "—", d.cell ?? "—", d.message] })),
        statusColumn: null,
        mergeRepeated: [],
      },
    );
  }
  return { kind: "diagnostics", newPage: true, outline: { title: texts.diagnosticsPart }, blocks };
}
