/**
 * The JSON report: a stable contract for Staff's batch tools (documented in the README).
 * Figures are fractions (0.95 = 95 %); `row` is the worksheet's 1-based row.
 */
import type { Severity, DiagnosticCode } from "../diagnostics/types";
import type { TargetKind } from "../targets/types";
import type { EnteMethod, Status } from "../scoring/types";
import type { UnitKind } from "../model/types";
import type { CellValue } from "../grid/types";

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
  target: { raw: CellValue; kind: TargetKind | null };
  actual: { raw: CellValue; value: number | null } | null;
  achievement: number | null;
  status: Status;
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
  }[];
  /** `weighted`: the cruscotto gives its KPIs a Peso, and the score is their weighted mean. */
  strategicObjectives: { number: number | null; name: string; weighted: boolean; score: number | null }[];
  indicators: ReportIndicator[];
  diagnostics: { severity: Severity; code: DiagnosticCode; sheet: string; cell: string | null; message: string }[];
}
