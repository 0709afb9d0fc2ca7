/**
 * score(plan, settings): the pure scoring stage. Order matters because of the Dirigenti's derived
 * indicators: ordinary rows → ordinary units → Areas → strategic objectives → Ente → derived rows →
 * Dirigente units → objectives.
 */
import { a1 } from "../grid/address";
import type { Diagnostic } from "../diagnostics/types";
import type { IndicatorRow, Plan, TableBlock, Unit } from "../model/types";
import type { Settings } from "../settings/types";
import {
  AWAITING_SYNTHESIS,
  scoreRow,
  type CellLocator,
  type DerivedSource,
  type RowContext,
  type ScoredRow,
} from "./rows";
import { scoreAreas, scoreEnte, scoreObjectives, scoreStrategic, scoreUnit } from "./syntheses";
import type { IndicatorResult, Scorecard, UnitResult } from "./types";

export { statusFor } from "./status";
export { measure, finish, isScorable } from "./achievement";
export { weighted, mean } from "./weighted";

/**
 * Every row the plan mentions, once, in the order their diagnostics are reported: plan.indicators
 * first, then rows only a unit lists, then rows only a strategic objective lists. Ordinary rows are
 * scored; a derived row holds its place, unscored, until the syntheses it takes its actual from are known.
 */
function scoreOrdinaryRows(
  plan: Plan,
  context: RowContext,
): { scores: Map<IndicatorRow, ScoredRow>; awaiting: IndicatorRow[] } {
  const scores = new Map<IndicatorRow, ScoredRow>();
  const awaiting: IndicatorRow[] = [];
  const add = (rows: readonly IndicatorRow[]): void => {
    rows.forEach((row) => {
      if (scores.has(row)) return;
      if (row.derived === null) scores.set(row, scoreRow(row, context));
      else {
        scores.set(row, AWAITING_SYNTHESIS);
        awaiting.push(row);
      }
    });
  };
  add(plan.indicators);
  for (const unit of plan.units) add(unit.indicators);
  for (const objective of plan.strategicObjectives) add(objective.kpis);
  return { scores, awaiting };
}

/**
 * Units whose score depends on the Ente/Area syntheses: left out of Areas and of the Ente's unit mean,
 * which would otherwise be circular.
 */
function dependsOnSyntheses(unit: Unit): boolean {
  return unit.kind === "dirigente" || unit.indicators.some((r) => r.derived !== null);
}

/** Where a row's motivazione is written: its Motivazione cell; without that column, its actual cell. */
function justificationLocator(tables: readonly TableBlock[], actual: CellLocator): CellLocator {
  const tableById = new Map(tables.map((t) => [t.id, t]));
  return (row) => {
    const col = tableById.get(row.tableId)?.columns.justification;
    return col === undefined ? actual(row) : a1(row.row, col);
  };
}

/** Diagnostics of a row point at its actual cell; without a Consuntivo column, at its indicator. */
function actualLocator(tables: readonly TableBlock[]): CellLocator {
  const tableById = new Map(tables.map((t) => [t.id, t]));
  return (row) => {
    if (row.actual.col !== null) return a1(row.row, row.actual.col);
    const table = tableById.get(row.tableId);
    return table ? a1(row.row, table.columns.indicator) : null;
  };
}

export function score(plan: Plan, settings: Settings): Scorecard {
  const actualCell = actualLocator(plan.tables);
  const context: RowContext = {
    settings,
    actualCell,
    justificationCell: justificationLocator(plan.tables, actualCell),
  };
  const { scores, awaiting } = scoreOrdinaryRows(plan, context);

  const ordinary = plan.units.filter((u) => !dependsOnSyntheses(u));
  const dependent = plan.units.filter(dependsOnSyntheses);
  const unitScoring = new Map(ordinary.map((u) => [u.id, scoreUnit(u, scores, settings)]));
  const ordinaryScores = new Map(ordinary.map((u) => [u.id, unitScoring.get(u.id)?.result.score ?? null]));

  const areas = scoreAreas({ units: ordinary, unitScores: ordinaryScores, scores, settings });
  const strategicObjectives = scoreStrategic(plan.strategicObjectives, scores);
  const ente = scoreEnte({ strategic: strategicObjectives, areas, unitScores: [...ordinaryScores.values()], settings });

  const unitById = new Map(plan.units.map((u) => [u.id, u]));
  const areaScore = new Map(areas.map((a) => [a.name, a.score]));
  const derivedSource = (row: IndicatorRow): DerivedSource => {
    if (row.derived === "ente") return { of: { kind: "synthesis", of: "ente" }, value: ente.score };
    const area = row.unitId === null ? null : (unitById.get(row.unitId)?.area ?? null);
    if (area === null) return { of: { kind: "synthesis", of: "area" }, value: null };
    return { of: area, value: areaScore.get(area) ?? null };
  };
  for (const row of awaiting) scores.set(row, scoreRow(row, { ...context, derived: derivedSource(row) }));
  for (const u of dependent) unitScoring.set(u.id, scoreUnit(u, scores, settings));

  // Every row of plan.indicators is scored by now; the fallback only satisfies the types.
  const indicators = plan.indicators.map(
    (row): IndicatorResult =>
      scores.get(row)?.result ?? { key: row.key, achievement: null, status: "non_valutabile", actualValue: null },
  );
  // Rows in the map's order (see scoreOrdinaryRows), then units, then the Ente.
  const diagnostics: Diagnostic[] = [];
  scores.forEach((s) => diagnostics.push(...s.diagnostics));
  for (const u of plan.units) for (const d of unitScoring.get(u.id)?.diagnostics ?? []) diagnostics.push(d);
  for (const d of ente.diagnostics) diagnostics.push(d);

  return {
    year: plan.year,
    settings,
    ente: { score: ente.score, method: ente.method },
    areas,
    units: plan.units.map((u) => unitScoring.get(u.id)?.result).filter((u): u is UnitResult => u !== undefined),
    objectives: scoreObjectives(plan.units, scores),
    strategicObjectives,
    indicators,
    diagnostics,
  };
}
