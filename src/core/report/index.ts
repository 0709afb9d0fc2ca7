import type { Diagnostic } from "../diagnostics/types";
import { a1 } from "../grid/address";
import type { IndicatorRow, Plan, StrategicRef } from "../model/types";
import { resolveRelative } from "../targets/relative";
import type { Scorecard } from "../scoring/types";
import { resultsInPlanOrder } from "../scoring/inPlanOrder";
import { diagnosticMessage, type Lang } from "../../i18n/messages";
import type { MonitoringRun } from "../monitoring/run";
import { PointUnits } from "../monitoring/trend";
import type { Report, ReportIndicator, ReportMonitoringPoint } from "./types";

export type { Report, ReportIndicator, ReportRelativeTarget, ReportMonitoringPoint } from "./types";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Orders diagnostics for people: errors first, then by sheet and cell position. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** The target as the report gives it: raw and kind, and for a relative one its baseline and computed value. */
function reportTarget(row: IndicatorRow): ReportIndicator["target"] {
  const t = row.target.value;
  if (t === null || t.kind !== "relative") return { raw: row.target.raw, kind: t ? t.kind : null };
  const b = row.baseline;
  const resolved = resolveRelative(t, b?.value);
  const baselineValue = b?.value?.kind === "number" || b?.value?.kind === "ratio" ? b.value.value : null;
  return {
    raw: row.target.raw,
    kind: t.kind,
    relative: {
      change: t.change,
      direction: t.direction,
      baseline:
        b === undefined ? null : { cell: b.col === null ? null : a1(row.row, b.col), raw: b.raw, value: baselineValue },
      value: resolved === null ? null : resolved.comparison.value,
      percent: resolved?.percent ?? false,
    },
  };
}

type ReportStrategic = ReportIndicator["strategicObjective"];

/**
 * The report's copy of a row's strategic objective. The rows under one heading share one StrategicRef: they
 * share its copy too (the last one made), instead of one object per row of a 50 000-row plan.
 */
function strategicCopies(): (ref: StrategicRef | null) => ReportStrategic {
  let lastRef: StrategicRef | null = null;
  let lastCopy: ReportStrategic = null;
  return (ref) => {
    if (!ref) return null;
    if (ref !== lastRef) {
      lastRef = ref;
      lastCopy = { number: ref.number, name: ref.name };
    }
    return lastCopy;
  };
}

export function buildReport(
  plan: Plan,
  scorecard: Scorecard,
  diagnostics: Diagnostic[],
  lang: Lang,
  monitoring: Pick<MonitoringRun, "points" | "previous"> | null = null,
): Report {
  const previous = monitoring?.previous ?? null;
  const previousUnits = previous ? new PointUnits(previous) : null;
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const results = resultsInPlanOrder(plan, scorecard);
  const strategicOf = strategicCopies();
  return {
    year: scorecard.year,
    ente: { score: scorecard.ente.score, method: scorecard.ente.method },
    areas: scorecard.areas.map((a) => ({
      name: a.name,
      score: a.score,
      units: a.units.map((id) => unitName.get(id) ?? id),
    })),
    units: scorecard.units.map((u) => ({
      name: u.name,
      kind: u.kind,
      sheet: u.sheet,
      area: u.area,
      score: u.score,
      coverage: u.coverage,
      weightSum: u.weightSum,
      productivityScore: u.productivityScore,
      status: u.status,
      previousScore: previousUnits ? previousUnits.scoreAt(u) : null,
    })),
    // Scorecard.strategicObjectives is built from plan.strategicObjectives in the same order.
    strategicObjectives: scorecard.strategicObjectives.map((s, i) => ({
      number: s.number,
      name: s.name,
      weighted: plan.strategicObjectives[i]?.weighted ?? false,
      score: s.score,
    })),
    indicators: plan.indicators.map((row, i) => {
      const result = results[i];
      const hasActual = (row.actual.raw !== null && row.actual.raw !== "") || (result?.actualValue ?? null) !== null;
      return {
        sheet: row.sheet,
        row: row.row + 1,
        unit: row.unitId === null ? "" : (unitName.get(row.unitId) ?? row.unitId),
        objective: row.objective,
        strategicObjective: strategicOf(row.strategicObjective),
        indicator: row.indicator,
        weight: row.weight.value,
        target: reportTarget(row),
        actual: hasActual ? { raw: row.actual.raw, value: result?.actualValue ?? null } : null,
        achievement: result?.achievement ?? null,
        status: result?.status ?? "non_valutabile",
        justification: row.justification ?? null,
      };
    }),
    monitoring: (monitoring?.points ?? []).map((p): ReportMonitoringPoint => ({
      date: p.date,
      label: p.label,
      ente: p.ente,
      areas: p.areas.map((a) => ({ name: a.name, score: a.score })),
      units: p.units.map((u) => ({ name: u.name, score: u.score })),
      strategicObjectives: p.strategicObjectives.map((o) => ({ number: o.number, score: o.score })),
    })),
    diagnostics: sortDiagnostics(diagnostics).map((d) => ({
      severity: d.severity,
      code: d.code,
      sheet: d.sheet,
      cell: d.cell,
      message: diagnosticMessage(d, lang),
    })),
  };
}
