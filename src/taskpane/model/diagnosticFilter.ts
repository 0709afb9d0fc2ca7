/**
 * Filters of the Diagnostica list: by severity, sheet and unit. A diagnostic names a sheet and a cell, not a
 * unit: the unit is found from the plan (the row's indicator, else the unit whose table the cell lies
 * under). Pure, tested without a DOM.
 */
import type { Diagnostic, Severity } from "../../core/diagnostics/types";
import { parseRange } from "../../core/grid/address";
import type { Plan } from "../../core/model/types";

export interface DiagnosticFilter {
  severity: Severity | "all";
  /** A sheet's name; null for every sheet. */
  sheet: string | null;
  /** A unit's id; null for every unit. */
  unit: string | null;
}

export const NO_FILTER: DiagnosticFilter = { severity: "all", sheet: null, unit: null };

export interface LocatedDiagnostic {
  diagnostic: Diagnostic;
  /** The unit the diagnostic is about; null for the cruscotto, workbook-level and unplaced ones. */
  unitId: string | null;
}

/** Where each unit's (and the cruscotto's) tables start on a sheet, top first. */
type Starts = Map<string, { row: number; unitId: string | null }[]>;

function tableStarts(plan: Plan): Starts {
  const headings = new Map(plan.units.map((u) => [u.id, u]));
  const out: Starts = new Map();
  for (const t of plan.tables) {
    const unit = t.unitId === null ? undefined : headings.get(t.unitId);
    const heading = unit && unit.sheet === t.sheet && unit.headingRow !== null ? unit.headingRow : t.headerRow;
    const list = out.get(t.sheet) ?? [];
    list.push({ row: Math.min(heading, t.headerRow), unitId: t.unitId });
    out.set(t.sheet, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.row - b.row);
  return out;
}

export function locateDiagnostics(diagnostics: readonly Diagnostic[], plan: Plan): LocatedDiagnostic[] {
  const byRow = new Map(plan.indicators.map((r) => [`${r.sheet}!${r.row}`, r.unitId]));
  const starts = tableStarts(plan);
  const unitOf = (d: Diagnostic): string | null => {
    const list = starts.get(d.sheet) ?? [];
    const range = d.cell ? parseRange(d.cell) : null;
    if (!range) {
      // A sheet-level diagnostic belongs to a unit only when the sheet holds no other.
      const ids = new Set(list.map((s) => s.unitId));
      return ids.size === 1 ? [...ids][0] : null;
    }
    const direct = byRow.get(`${d.sheet}!${range.top}`);
    if (direct !== undefined) return direct;
    let found: string | null = null;
    for (const s of list) if (s.row <= range.top) found = s.unitId;
    return found;
  };
  return diagnostics.map((diagnostic) => ({ diagnostic, unitId: unitOf(diagnostic) }));
}

export function applyFilter(located: readonly LocatedDiagnostic[], filter: DiagnosticFilter): LocatedDiagnostic[] {
  return located.filter(
    ({ diagnostic: d, unitId }) =>
      (filter.severity === "all" || d.severity === filter.severity) &&
      (filter.sheet === null || d.sheet === filter.sheet) &&
      (filter.unit === null || unitId === filter.unit),
  );
}

export interface FilterOptions {
  /** Sheets some diagnostic names, in workbook order (then any not in the workbook, as found). */
  sheets: string[];
  /** Units some diagnostic is about, in the plan's order. */
  units: { id: string; name: string }[];
}

export function filterOptions(
  located: readonly LocatedDiagnostic[],
  plan: Plan,
  sheetOrder: readonly string[],
): FilterOptions {
  const named = new Set(located.map((l) => l.diagnostic.sheet).filter((s) => s !== ""));
  const sheets = [...sheetOrder.filter((s) => named.has(s)), ...[...named].filter((s) => !sheetOrder.includes(s))];
  const about = new Set(located.map((l) => l.unitId));
  const units = plan.units.filter((u) => about.has(u.id)).map((u) => ({ id: u.id, name: u.name }));
  return { sheets, units };
}

/** Whether a filter still fits the options (after a new analysis a chosen sheet or unit may be gone). */
export function fitFilter(filter: DiagnosticFilter, options: FilterOptions): DiagnosticFilter {
  return {
    severity: filter.severity,
    sheet: filter.sheet !== null && options.sheets.includes(filter.sheet) ? filter.sheet : null,
    unit: filter.unit !== null && options.units.some((u) => u.id === filter.unit) ? filter.unit : null,
  };
}
