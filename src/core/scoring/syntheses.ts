/** Totals above the indicator: units, objectives, Areas, strategic objectives, the Ente. */
import { a1 } from "../grid/address";
import { percentParam, type Diagnostic } from "../diagnostics/types";
import type { IndicatorRow, StrategicObjective, Unit } from "../model/types";
import type { Settings } from "../settings/types";
import type { ScoredRow } from "./rows";
import { statusFor } from "./status";
import type { AreaResult, EnteMethod, ObjectiveResult, StrategicResult, UnitResult } from "./types";
import { mean, weighted, type WeightedEntry } from "./weighted";

/**
 * The rows scored so far. A row not scored yet (a derived row while the syntheses it needs are being
 * computed, see AWAITING_SYNTHESIS) counts as unweighted and unmeasured.
 */
export type RowScores = ReadonlyMap<IndicatorRow, ScoredRow>;

/** Tolerance on the weight sum: "30,00%" + … read as fractions rarely add to exactly 1. */
const WEIGHT_SUM_TOLERANCE = 1e-6;

const NOT_SCORED: WeightedEntry = { weight: null, achievement: null, scorable: false, measured: false };

function entriesOf(scores: RowScores, rows: readonly IndicatorRow[]): WeightedEntry[] {
  return rows.map((row) => scores.get(row) ?? NOT_SCORED);
}

/** The achievement that enters a plain mean; null for a row not scored yet. */
function achievementOf(scores: RowScores, row: IndicatorRow): number | null {
  return scores.get(row)?.achievement ?? null;
}

export function scoreUnit(
  unit: Unit,
  scores: RowScores,
  settings: Settings,
): { result: UnitResult; diagnostics: Diagnostic[] } {
  const all = weighted(entriesOf(scores, unit.indicators));
  const productivity = weighted(
    entriesOf(
      scores,
      unit.indicators.filter((r) => r.produttivita),
    ),
  );
  const diagnostics: Diagnostic[] = [];
  // A neutralised row's weight leaves the sum. The plan's weights still add up when they did before the
  // OIV's decision (the others' weights are then scaled up by the score's Σ peso) or when the officers
  // redistributed the neutralised weight among the others: either is a sound plan.
  const neutralisedWeight = unit.indicators.reduce(
    (sum, r) => (r.neutralised === true && r.weight.value !== null ? sum + r.weight.value : sum),
    0,
  );
  const addsUp = (sum: number): boolean => Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE;
  if (!addsUp(all.weightSum) && !(neutralisedWeight > 0 && addsUp(all.weightSum + neutralisedWeight))) {
    // Point at the first Peso cell of the unit: that is where a person starts checking the column.
    const first = unit.indicators.find((r) => r.weight.value !== null && r.weight.col !== null);
    diagnostics.push({
      severity: "warning",
      code: "WEIGHT_SUM",
      sheet: first?.sheet ?? unit.sheet,
      cell: first && first.weight.col !== null ? a1(first.row, first.weight.col) : null,
      params: { unit: unit.name, sum: percentParam(all.weightSum) },
    });
  }
  return {
    result: {
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      sheet: unit.sheet,
      area: unit.area,
      score: all.score,
      coverage: all.coverage,
      weightSum: all.weightSum,
      productivityScore: productivity.score,
      status: statusFor(all.score, settings),
    },
    diagnostics,
  };
}

/** One result per (unit, objective) group, in order of first appearance; rows without an objective are in none. */
export function scoreObjectives(units: readonly Unit[], scores: RowScores): ObjectiveResult[] {
  const results: ObjectiveResult[] = [];
  for (const unit of units) {
    const groups = new Map<string, IndicatorRow[]>();
    for (const row of unit.indicators) {
      if (row.objective === null) continue;
      const rows = groups.get(row.objective);
      if (rows) rows.push(row);
      else groups.set(row.objective, [row]);
    }
    for (const [objective, rows] of groups) {
      const w = weighted(entriesOf(scores, rows));
      results.push({ unitId: unit.id, objective, score: w.score, coverage: w.coverage, rows: rows.map((r) => r.key) });
    }
  }
  return results;
}

/** Areas of the given (non-Dirigente) units, in order of first appearance. */
export function scoreAreas(input: {
  /** Units that enter the Areas: those whose score does not depend on a synthesis. */
  units: readonly Unit[];
  unitScores: ReadonlyMap<string, number | null>;
  scores: RowScores;
  settings: Settings;
}): AreaResult[] {
  const { units, unitScores, scores, settings } = input;
  const byArea = new Map<string, Unit[]>();
  for (const unit of units) {
    if (unit.area === null) continue;
    const members = byArea.get(unit.area);
    if (members) members.push(unit);
    else byArea.set(unit.area, [unit]);
  }
  const out: AreaResult[] = [];
  for (const [name, members] of byArea) {
    const score =
      settings.areaMethod === "pool_ponderato"
        ? weighted(members.flatMap((u) => entriesOf(scores, u.indicators))).score
        : mean(members.map((u) => unitScores.get(u.id) ?? null));
    out.push({ name, units: members.map((u) => u.id), score });
  }
  return out;
}

export function scoreStrategic(objectives: readonly StrategicObjective[], scores: RowScores): StrategicResult[] {
  return objectives.map((o) => {
    const score = o.weighted
      ? weighted(entriesOf(scores, o.kpis)).score
      : mean(o.kpis.map((row) => achievementOf(scores, row)));
    return { number: o.number, name: o.name, score };
  });
}

export function scoreEnte(input: {
  strategic: readonly StrategicResult[];
  areas: readonly AreaResult[];
  /** Scores of the units that enter the Areas. */
  unitScores: readonly (number | null)[];
  settings: Settings;
}): { score: number | null; method: EnteMethod | null; diagnostics: Diagnostic[] } {
  const { strategic, areas, unitScores, settings } = input;
  const candidates: Record<EnteMethod, number | null> = {
    strategico: mean(strategic.map((s) => s.score)),
    aree: mean(areas.map((a) => a.score)),
    unita: mean(unitScores),
  };
  const order: EnteMethod[] = settings.enteMethod === "auto" ? ["strategico", "aree", "unita"] : [settings.enteMethod];
  const method = order.find((m) => candidates[m] !== null) ?? null;
  if (method === null) return { score: null, method: null, diagnostics: [] };
  return {
    score: candidates[method],
    method,
    diagnostics: [
      {
        severity: "info",
        code: "ENTE_METHOD",
        sheet: "",
        cell: null,
        params: { method: { kind: "enteMethod", method } },
      },
    ],
  };
}
