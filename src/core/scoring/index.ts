/**
 * score(plan, settings): the pure scoring stage. Order matters because of the Dirigenti's derived
 * indicators: ordinary rows → ordinary units → Areas → strategic objectives → Ente → derived rows →
 * Dirigente units → objectives.
 */
import { a1 } from "../grid/address";
import type { Diagnostic } from "../diagnostics/types";
import type { IndicatorRow, Plan, TableBlock, Unit } from "../model/types";
import type { Settings } from "../settings/types";
import { AWAITING_SYNTHESIS, scoreRow, type CellLocator, type DerivedSource, type RowContext } from "./rows";
import { scoreAreas, scoreEnte, scoreObjectives, scoreStrategic, scoreUnit } from "./syntheses";
import { PlanPositions, RowScores, type RowList } from "./rowScores";
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
  lists: { positions: PlanPositions; units: readonly RowList[]; kpis: readonly RowList[] },
  context: RowContext,
): { scores: RowScores; awaiting: AwaitingRow[] } {
  const scores = new RowScores(lists.positions);
  const awaiting: AwaitingRow[] = [];
  const scoreOne = (row: IndicatorRow, position: number): void => {
    if (row.derived === null) scores.set(row, position, scoreRow(row, context));
    else {
      scores.set(row, position, AWAITING_SYNTHESIS);
      awaiting.push({ row, position });
    }
  };
  plan.indicators.forEach((row, i) => {
    // A row listed again is scored once, at its first listing.
    if (lists.positions.first(i) === i) scoreOne(row, i);
  });
  const addOthers = (list: RowList): void => {
    list.rows.forEach((row, i) => {
      if (list.positions[i] < 0 && !scores.hasOther(row)) scoreOne(row, -1);
    });
  };
  lists.units.forEach(addOthers);
  lists.kpis.forEach(addOthers);
  return { scores, awaiting };
}

/** A unit and where its rows are in plan.indicators. */
interface UnitRows {
  unit: Unit;
  rows: RowList;
}

/**
 * Units whose score depends on the Ente/Area syntheses: left out of Areas and of the Ente's unit mean,
 * which would otherwise be circular.
 */
export function dependsOnSyntheses(unit: Unit): boolean {
  return unit.kind === "dirigente" || unit.indicators.some((r) => r.derived !== null);
}

/** Where a row's motivazione is written: its Motivazione cell; without that column, its actual cell. */
function justificationLocator(tableById: TablesById, actual: CellLocator): CellLocator {
  return (row) => {
    const col = tableById.get(row.tableId)?.columns.justification;
    return col === undefined ? actual(row) : a1(row.row, col);
  };
}

/** The plan's tables by id, one map for both locators (the last table of an id, as a map built from pairs keeps). */
type TablesById = ReadonlyMap<string, TableBlock>;

function tablesById(tables: readonly TableBlock[]): TablesById {
  const byId = new Map<string, TableBlock>();
  for (const t of tables) byId.set(t.id, t);
  return byId;
}

/** Diagnostics of a row point at its actual cell; without a Consuntivo column, at its indicator. */
function actualLocator(tableById: TablesById): CellLocator {
  return (row) => {
    if (row.actual.col !== null) return a1(row.row, row.actual.col);
    const table = tableById.get(row.tableId);
    return table ? a1(row.row, table.columns.indicator) : null;
  };
}

/** A derived row waiting for the syntheses, and its position in plan.indicators (-1: a row only a list holds). */
interface AwaitingRow {
  row: IndicatorRow;
  position: number;
}

export function score(plan: Plan, settings: Settings): Scorecard {
  const tableById = tablesById(plan.tables);
  const actualCell = actualLocator(tableById);
  const context: RowContext = {
    settings,
    actualCell,
    justificationCell: justificationLocator(tableById, actualCell),
  };
  // Each unit's and strategic objective's rows, found once in plan.indicators: every total reads them by position.
  const positions = new PlanPositions(plan.indicators);
  const unitLists = plan.units.map((u) => positions.list(u.indicators));
  const kpiLists = plan.strategicObjectives.map((o) => positions.list(o.kpis));
  const { scores, awaiting } = scoreOrdinaryRows(plan, { positions, units: unitLists, kpis: kpiLists }, context);

  const units = plan.units.map((unit, i) => ({ unit, rows: unitLists[i] }));
  const ordinary = units.filter((u) => !dependsOnSyntheses(u.unit));
  const dependent = units.filter((u) => dependsOnSyntheses(u.unit));
  const scoreOf = (u: UnitRows): ReturnType<typeof scoreUnit> => scoreUnit(u.unit, scores.entries(u.rows), settings);
  const unitScoring = new Map(ordinary.map((u) => [u.unit.id, scoreOf(u)]));
  const ordinaryScores = new Map(ordinary.map((u) => [u.unit.id, unitScoring.get(u.unit.id)?.result.score ?? null]));

  const areas = scoreAreas({
    units: ordinary.map((u) => u.unit),
    unitScores: ordinaryScores,
    entriesOf: (unitIndex) => scores.entries(ordinary[unitIndex].rows),
    settings,
  });
  const strategicObjectives = scoreStrategic(
    plan.strategicObjectives,
    kpiLists.map((list) => scores.entries(list)),
  );
  const ente = scoreEnte({ strategic: strategicObjectives, areas, unitScores: [...ordinaryScores.values()], settings });

  const unitById = new Map(plan.units.map((u) => [u.id, u]));
  const areaScore = new Map(areas.map((a) => [a.name, a.score]));
  const derivedSource = (row: IndicatorRow): DerivedSource => {
    if (row.derived === "ente") return { of: { kind: "synthesis", of: "ente" }, value: ente.score };
    const area = row.unitId === null ? null : (unitById.get(row.unitId)?.area ?? null);
    if (area === null) return { of: { kind: "synthesis", of: "area" }, value: null };
    return { of: area, value: areaScore.get(area) ?? null };
  };
  for (const { row, position } of awaiting)
    scores.set(row, position, scoreRow(row, { ...context, derived: derivedSource(row) }));
  for (const u of dependent) unitScoring.set(u.unit.id, scoreOf(u));

  // Every row of plan.indicators is scored by now; the fallback only satisfies the types.
  const indicators = plan.indicators.map(
    (row, i): IndicatorResult =>
      scores.at(i)?.result ?? { key: row.key, achievement: null, status: "non_valutabile", actualValue: null },
  );
  // Rows in the order scoreOrdinaryRows scored them, then units, then the Ente.
  const diagnostics: Diagnostic[] = [];
  scores.forEach((s) => {
    // Indexed: this runs once per row of the plan, and a for-of allocates an iterator for each.
    for (let k = 0; k < s.diagnostics.length; k++) diagnostics.push(s.diagnostics[k]);
  });
  for (const u of plan.units) for (const d of unitScoring.get(u.id)?.diagnostics ?? []) diagnostics.push(d);
  for (const d of ente.diagnostics) diagnostics.push(d);

  return {
    year: plan.year,
    settings,
    ente: { score: ente.score, method: ente.method },
    areas,
    units: plan.units.map((u) => unitScoring.get(u.id)?.result).filter((u): u is UnitResult => u !== undefined),
    objectives: scoreObjectives(units.map((u) => ({ unit: u.unit, entries: scores.entries(u.rows) }))),
    strategicObjectives,
    indicators,
    diagnostics,
  };
}
