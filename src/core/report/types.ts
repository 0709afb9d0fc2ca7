/**
 * The JSON report: a stable contract for Staff's batch tools (documented in the README).
 * Figures are fractions (0.95 = 95 %); `row` is the worksheet's 1-based row.
 */
import type { Severity, DiagnosticCode } from "../diagnostics/types";
import type { RelativeDirection, TargetKind } from "../targets/types";
import type { EnteMethod, Status } from "../scoring/types";
import type { UnitKind } from "../model/types";
import type { CellValue } from "../grid/types";

/** A relative target ("Incremento del 10% rispetto all'anno precedente") and what it was computed from. */
export interface ReportRelativeTarget {
  /** The change as a fraction: 0.1 for "del 10%". */
  change: number;
  direction: RelativeDirection;
  /** The row's baseline cell (A1, on the row's sheet), as typed and as read; null when the row has none. */
  baseline: { cell: string | null; raw: CellValue; value: number | null } | null;
  /** baseline × (1 + change) or × (1 − change); null without a readable baseline. */
  value: number | null;
  /** True when the baseline, hence the value, is a percentage (both fractions then). */
  percent: boolean;
}

export interface ReportIndicator {
  sheet: string;
  row: number;
  /** Unit name; empty for the cruscotto's KPIs. */
  unit: string;
  objective: string | null;
  /** The strategic objective the row serves: a cruscotto KPI's own, a unit row's heading above it. */
  strategicObjective: { number: number | null; name: string } | null;
  indicator: string;
  weight: number | null;
  /** `relative` only for kind "relative". */
  target: { raw: CellValue; kind: TargetKind | null; relative?: ReportRelativeTarget };
  actual: { raw: CellValue; value: number | null } | null;
  achievement: number | null;
  /** `neutralizzato`: the OIV took the row out of the evaluation; it counts in no total. */
  status: Status;
  /** The motivazione dello scostamento typed in the row's Motivazione column; null when there is none. */
  justification: string | null;
}

/** A monitoring point (rilevazione): its date (yyyy-mm-dd), its label and the scores recorded then. */
export interface ReportMonitoringPoint {
  date: string;
  label: string | null;
  ente: number | null;
  areas: { name: string; score: number | null }[];
  units: { name: string; score: number | null }[];
  strategicObjectives: { number: number | null; score: number | null }[];
}

export interface Report {
  year: number;
  ente: { score: number | null; method: EnteMethod | null };
  areas: { name: string; score: number | null; units: string[] }[];
  units: {
    name: string;
    kind: UnitKind;
    sheet: string;
    area: string | null;
    score: number | null;
    coverage: number | null;
    weightSum: number;
    productivityScore: number | null;
    status: Status;
    /** The unit's score at the latest monitoring point before this run's date; null when there is none. */
    previousScore: number | null;
  }[];
  /** `weighted`: the cruscotto gives its KPIs a Peso, and the score is their weighted mean. */
  strategicObjectives: { number: number | null; name: string; weighted: boolean; score: number | null }[];
  indicators: ReportIndicator[];
  /** The monitoring points the workbook keeps, this run's included, in date order. */
  monitoring: ReportMonitoringPoint[];
  diagnostics: { severity: Severity; code: DiagnosticCode; sheet: string; cell: string | null; message: string }[];
}
