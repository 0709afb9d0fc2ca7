/**
 * score(plan, settings): the pure scoring stage. Order matters because of the Dirigenti's derived
 * indicators: ordinary rows → ordinary units → Areas → strategic objectives → Ente → derived rows →
 * Dirigente units → objectives.
 */
import { a1 } from "../grid/address";
import type { Diagnostic } from "../diagnostics/types";
import type { IndicatorRow, Plan, TableBlock, Unit } from "../model/types";
import type { Settings } from "../settings/types";
import { scoreRowAt, type CellLocator, type DerivedSource } from "./rows";
import { rowPositions } from "./positions";
import { scoreAreas, scoreEnte, scoreObjectives, scoreStrategic, scoreUnit, type ScoredRows } from "./syntheses";
import type { IndicatorResult, Scorecard, UnitResult } from "./types";

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
  // Built on the first row without a Consuntivo column: most runs never need it.
  let byId: Map<string, TableBlock> | null = null;
  return (row) => {
    if (row.actual.col !== null) return a1(row.row, row.actual.col);
    byId ??= new Map(tables.map((t) => [t.id, t]));
    const table = byId.get(row.tableId);
    return table ? a1(row.row, table.columns.indicator) : null;
  };
}

export function score(plan: Plan, settings: Settings): Scorecard {
  const locate = actualLocator(plan.tables);
  // Per-row figures in flat arrays indexed by row position: no object and no map entry per row.
  const { rows, unitStart, kpiStart, at } = rowPositions(plan);
  const results: IndicatorResult[] = new Array<IndicatorResult>(rows.length);
  const flags = new Uint8Array(rows.length);
  const scored: ScoredRows = { rows, results, flags };
  // Diagnostics are reported in row order; most rows have none, so they start in one shared list
  // and only derived rows (scored later) get a list of their own, merged back in row order.
  const rowDiagnostics: Diagnostic[] = [];
  /** Derived rows: their position, where their diagnostics go in rowDiagnostics, and those diagnostics. */
  const derivedRows: { position: number; offset: number; diagnostics: Diagnostic[] }[] = [];

  for (let p = 0; p < rows.length; p++) {
    const row = rows[p];
    if (row.derived === null) scoreRowAt(row, settings, locate, undefined, rowDiagnostics, results, flags, p);
    else derivedRows.push({ position: p, offset: rowDiagnostics.length, diagnostics: [] });
  }

  const unitResults = new Map<string, UnitResult>();
  const unitDiagnostics = new Map<string, Diagnostic[]>();
  const unitSpan = (u: number): { unit: Unit; from: number; to: number } => ({ unit: plan.units[u], from: unitStart[u], to: unitStart[u + 1] });
  const scoreUnits = (units: readonly { unit: Unit; from: number; to: number }[]): void => {
    for (const { unit, from, to } of units) {
      const { result, diagnostics } = scoreUnit(unit, scored, at, from, to, settings);
      unitResults.set(unit.id, result);
      unitDiagnostics.set(unit.id, diagnostics);
    }
  };

  const ordinary: { unit: Unit; from: number; to: number }[] = [];
  const dependent: { unit: Unit; from: number; to: number }[] = [];
  for (let u = 0; u < plan.units.length; u++) (dependsOnSyntheses(plan.units[u]) ? dependent : ordinary).push(unitSpan(u));
  scoreUnits(ordinary);
  const ordinaryScores = new Map(ordinary.map(({ unit }) => [unit.id, unitResults.get(unit.id)?.score ?? null]));

  const areas = scoreAreas(ordinary, ordinaryScores, scored, at, settings);
  const strategicObjectives = scoreStrategic(plan.strategicObjectives, scored, at, kpiStart);
  const ente = scoreEnte(strategicObjectives, areas, [...ordinaryScores.values()], settings);

  let unitById: Map<string, Unit> | null = null;
  const areaScore = new Map(areas.map((a) => [a.name, a.score]));
  const derivedSource = (row: IndicatorRow): DerivedSource => {
    if (row.derived === "ente") return { of: { kind: "synthesis", of: "ente" }, value: ente.score };
    unitById ??= new Map(plan.units.map((u) => [u.id, u]));
    const area = row.unitId === null ? null : (unitById.get(row.unitId)?.area ?? null);
    if (area === null) return { of: { kind: "synthesis", of: "area" }, value: null };
    return { of: area, value: areaScore.get(area) ?? null };
  };
  for (const d of derivedRows) {
    const row = rows[d.position];
    scoreRowAt(row, settings, locate, derivedSource(row), d.diagnostics, results, flags, d.position);
  }
  scoreUnits(dependent);

  const indicators: IndicatorResult[] = new Array<IndicatorResult>(plan.indicators.length);
  let positionOf: Map<IndicatorRow, number> | null = null;
  for (let i = 0; i < plan.indicators.length; i++) {
    // rows starts with plan.indicators itself, unless that list repeats a row (then look it up).
    const row = plan.indicators[i];
    let r: IndicatorResult | undefined;
    if (rows[i] === row) r = results[i];
    else {
      positionOf ??= new Map(rows.map((x, p) => [x, p]));
      const p = positionOf.get(row);
      r = p === undefined ? undefined : results[p];
    }
    indicators[i] = r ?? { key: row.key, achievement: null, status: "non_valutabile", actualValue: null };
  }

  // Every row's diagnostics in row order: the derived rows' go back where their rows are.
  let diagnostics = rowDiagnostics;
  if (derivedRows.some((d) => d.diagnostics.length > 0)) {
    diagnostics = [];
    let from = 0;
    for (const d of derivedRows) {
      for (let k = from; k < d.offset; k++) diagnostics.push(rowDiagnostics[k]);
      for (const x of d.diagnostics) diagnostics.push(x);
      from = d.offset;
    }
    for (let k = from; k < rowDiagnostics.length; k++) diagnostics.push(rowDiagnostics[k]);
  }
  for (const unit of plan.units) for (const d of unitDiagnostics.get(unit.id) ?? []) diagnostics.push(d);
  for (const d of ente.diagnostics) diagnostics.push(d);

  return {
    year: plan.year,
    settings,
    ente: { score: ente.score, method: ente.method },
    areas,
    units: plan.units.map((u) => unitResults.get(u.id)).filter((u): u is UnitResult => u !== undefined),
    objectives: scoreObjectives(plan.units, scored, at, unitStart),
    strategicObjectives,
    indicators,
    diagnostics,
  };
}
