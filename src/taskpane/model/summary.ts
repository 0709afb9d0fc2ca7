/** What the Analizza tab shows, computed from a pipeline run: pure, so the tests check it without a DOM. */
import type { Diagnostic, Severity } from "../../core/diagnostics/types";
import type { WorkbookGrid } from "../../core/grid/types";
import type { Plan } from "../../core/model/types";
import type { TargetKind } from "../../core/targets/types";
import { parseRange } from "../../core/grid/address";
import { formatPercent } from "../../core/format";
import type { Lang } from "../../i18n/messages";

export interface RecognitionSummary {
  sheets: number;
  /** Sheets holding at least one recognised table, in workbook order. */
  sheetsWithTables: string[];
  tables: number;
  units: number;
  strategicObjectives: number;
  indicators: number;
  /** Indicators by the kind of their target, most frequent first; "none" = empty target cell. */
  byKind: { kind: TargetKind | "none"; count: number }[];
}

export function recognitionSummary(workbook: WorkbookGrid, plan: Plan): RecognitionSummary {
  const counts = new Map<TargetKind | "none", number>();
  for (const row of plan.indicators) {
    const kind = row.target.value?.kind ?? "none";
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const withTables = new Set(plan.tables.map((t) => t.sheet));
  return {
    sheets: workbook.sheets.length,
    sheetsWithTables: workbook.sheets.map((s) => s.name).filter((n) => withTables.has(n)),
    tables: plan.tables.length,
    units: plan.units.length,
    strategicObjectives: plan.strategicObjectives.length,
    indicators: plan.indicators.length,
    byKind: [...counts.entries()]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1)),
  };
}

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export interface DiagnosticGroup {
  severity: Severity;
  items: Diagnostic[];
}

/** Most severe first; every severity present even when empty, so the counts read "0 errori". */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticGroup[] {
  return SEVERITY_ORDER.map((severity) => ({ severity, items: diagnostics.filter((d) => d.severity === severity) }));
}

/** "'Servizio Staff'!B7" as Excel writes a reference, for the button's accessible name. */
export function cellReference(sheet: string, cell: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${cell}`;
}

/**
 * What a cell holds, as «Vai alla cella» shows it beside the item (the preview has no grid to scroll):
 * text as typed, a number as read (a %-formatted one as its percentage); null when the cell is empty.
 */
export function cellContent(workbook: WorkbookGrid, sheet: string, cell: string, lang: Lang): string | null {
  const grid = workbook.sheets.find((s) => s.name === sheet);
  const at = parseRange(cell);
  if (!grid || !at) return null;
  const value = grid.values[at.top]?.[at.left];
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return null;
  if (typeof value === "number" && (grid.formats[at.top]?.[at.left] ?? "").includes("%"))
    return formatPercent(value, lang);
  return String(value);
}
