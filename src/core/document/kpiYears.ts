/**
 * A cruscotto KPI year by year: each year's target and Consuntivo, and the achievement of that year's
 * actual against that year's target, scored by the same rules as the evaluation year (whose figures are
 * the scorecard's own).
 */
import type { IndicatorRow, SourceCell } from "../model/types";
import type { Actual, Target } from "../targets/types";
import type { IndicatorResult, Status } from "../scoring/types";
import type { Settings } from "../settings/types";
import { finish, isScorable, measure } from "../scoring/achievement";
import { statusFor } from "../scoring/status";
import { resolveRelative } from "../targets/relative";

export interface KpiYear {
  year: number;
  target: SourceCell<Target> | null;
  actual: SourceCell<Actual> | null;
  achievement: number | null;
  status: Status;
}

const filled = <T>(cell: SourceCell<T> | null | undefined): cell is SourceCell<T> =>
  cell !== null &&
  cell !== undefined &&
  cell.col !== null &&
  cell.raw !== null &&
  !(typeof cell.raw === "string" && cell.raw.trim() === "");

function actualOf(row: IndicatorRow, year: number, evaluationYear: number): SourceCell<Actual> | null {
  const cell = row.actualsByYear?.[year] ?? (year === evaluationYear ? row.actual : undefined);
  return filled(cell) ? cell : null;
}

function targetOf(row: IndicatorRow, year: number, evaluationYear: number): SourceCell<Target> | null {
  const cell = row.targetsByYear?.[year] ?? (year === evaluationYear ? row.target : undefined);
  return filled(cell) ? cell : null;
}

function scoreYear(
  row: IndicatorRow,
  year: number,
  target: SourceCell<Target> | null,
  actual: SourceCell<Actual> | null,
  settings: Settings,
): { achievement: number | null; status: Status } {
  let t = target?.value ?? null;
  if (t !== null && t.kind === "relative") {
    t = resolveRelative(t, row.actualsByYear?.[year - 1]?.value)?.comparison ?? null;
  }
  if (!isScorable(t)) return { achievement: null, status: "non_valutabile" };
  if (actual?.value == null) return { achievement: null, status: "non_rilevato" };
  const m = measure(t, actual.value, settings);
  if (!m.ok) return { achievement: null, status: "non_valutabile" };
  const a = finish(m.raw, settings);
  return { achievement: a, status: statusFor(a, settings) };
}

export function kpiYears(
  row: IndicatorRow,
  evaluationYear: number,
  result: IndicatorResult | undefined,
  settings: Settings,
): KpiYear[] {
  const years = new Set<number>([
    ...Object.keys(row.targetsByYear ?? {}).map(Number),
    ...Object.keys(row.actualsByYear ?? {}).map(Number),
    evaluationYear,
  ]);
  const out: KpiYear[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const target = targetOf(row, year, evaluationYear);
    const actual = actualOf(row, year, evaluationYear);
    if (target === null && actual === null) continue;
    const scored =
      year === evaluationYear && result
        ? { achievement: result.achievement, status: result.status }
        : scoreYear(row, year, target, actual, settings);
    out.push({ year, target, actual, ...scored });
  }
  return out;
}
