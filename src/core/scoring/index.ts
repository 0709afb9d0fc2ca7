/**
 * score(plan, settings): the pure scoring stage. Order matters because of the Dirigenti's derived
 * indicators: ordinary rows → ordinary units → Areas → strategic objectives → Ente → derived rows →
 * Dirigente units → objectives.
 */
import { a1 } from "../grid/address";
import type { Diagnostic } from "../diagnostics/types";
import type { IndicatorRow, Plan, TableBlock, Unit } from "../model/types";
import type { Settings } from "../settings/types";
import { scoreRow, type CellLocator, type DerivedSource, type RowOutcome } from "./rows";
import { scoreAreas, scoreEnte, scoreObjectives, scoreStrategic, scoreUnit, type EntryLookup } from "./syntheses";
import type { IndicatorResult, Scorecard, UnitResult } from "./types";
import type { WeightedEntry } from "./weighted";

export { statusFor } from "./status";
export { measure, finish, isScorable } from "./achievement";
export { weighted, mean } from "./weighted";

/**
 * Units whose score depends on the Ente/Area syntheses: left out of Areas and of the Ente's unit mean,
 * which would otherwise be circular.
 */
function dependsOnSyntheses(unit: Unit): boolean {
  return unit.kind === "dirigente" || unit.indicators.some((r) => r.derived !== null);
}

/** Diagnostics of a row point at its actual cell; without a Consuntivo column, at its indicator. */
function actualLocator(tables: readonly TableBlock[]): CellLocator {
  const byId = new Map(tables.map((t) => [t.id, t]));
  return (row) => {
    if (row.actual.col !== null) return a1(row.row, row.actual.col);
    const table = byId.get(row.tableId);
    return table ? a1(row.row, table.columns.indicator) : null;
  };
}

const UNMEASURED: WeightedEntry = { weight: null, achievement: null, scorable: false, measured: false };

export function score(plan: Plan, settings: Settings): Scorecard {
  const locate = actualLocator(plan.tables);
  // Keyed by the row object itself: identity hashing is far cheaper than hashing 50k string keys.
  const outcomes = new Map<IndicatorRow, RowOutcome>();
  const entryOf: EntryLookup = (row) => outcomes.get(row)?.entry ?? UNMEASURED;

  // Every row the plan mentions, once, wherever it is listed.
  const allRows = new Set<IndicatorRow>(plan.indicators);
  for (const unit of plan.units) for (const row of unit.indicators) allRows.add(row);
  for (const o of plan.strategicObjectives) for (const row of o.kpis) allRows.add(row);

  for (const row of allRows) {
    if (row.derived === null) outcomes.set(row, scoreRow(row, settings, locate));
  }

  const unitResults = new Map<string, UnitResult>();
  const unitDiagnostics = new Map<string, Diagnostic[]>();
  const scoreUnits = (units: readonly Unit[]): void => {
    for (const unit of units) {
      const { result, diagnostics } = scoreUnit(unit, entryOf, settings);
      unitResults.set(unit.id, result);
      unitDiagnostics.set(unit.id, diagnostics);
    }
  };

  const ordinary = plan.units.filter((u) => !dependsOnSyntheses(u));
  const dependent = plan.units.filter(dependsOnSyntheses);
  scoreUnits(ordinary);
  const ordinaryScores = new Map(ordinary.map((u) => [u.id, unitResults.get(u.id)?.score ?? null]));

  const areas = scoreAreas(ordinary, ordinaryScores, entryOf, settings);
  const strategicObjectives = scoreStrategic(plan.strategicObjectives, entryOf);
  const ente = scoreEnte(strategicObjectives, areas, [...ordinaryScores.values()], settings);

  const unitById = new Map(plan.units.map((u) => [u.id, u]));
  const areaScore = new Map(areas.map((a) => [a.name, a.score]));
  const derivedSource = (row: IndicatorRow): DerivedSource => {
    if (row.derived === "ente") return { of: "Ente", value: ente.score };
    const area = row.unitId === null ? null : (unitById.get(row.unitId)?.area ?? null);
    if (area === null) return { of: "Area", value: null };
    return { of: area, value: areaScore.get(area) ?? null };
  };
  for (const row of allRows) {
    if (row.derived !== null) outcomes.set(row, scoreRow(row, settings, locate, derivedSource(row)));
  }
  scoreUnits(dependent);

  const indicators: IndicatorResult[] = plan.indicators.map(
    (row) => outcomes.get(row)?.result ?? { key: row.key, achievement: null, status: "non_valutabile", actualValue: null },
  );

  const diagnostics: Diagnostic[] = [];
  for (const row of allRows) {
    const found = outcomes.get(row)?.diagnostics;
    if (found) for (const d of found) diagnostics.push(d);
  }
  for (const unit of plan.units) for (const d of unitDiagnostics.get(unit.id) ?? []) diagnostics.push(d);
  diagnostics.push(...ente.diagnostics);

  return {
    year: plan.year,
    settings,
    ente: { score: ente.score, method: ente.method },
    areas,
    units: plan.units.map((u) => unitResults.get(u.id)).filter((u): u is UnitResult => u !== undefined),
    objectives: scoreObjectives(plan.units, entryOf),
    strategicObjectives,
    indicators,
    diagnostics,
  };
}
