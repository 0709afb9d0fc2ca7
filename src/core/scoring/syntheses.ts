/** Totals above the indicator: units, objectives, Areas, strategic objectives, the Ente. */
import { a1 } from "../grid/address";
import { percentParam, type Diagnostic } from "../diagnostics/types";
import type { StrategicObjective, Unit } from "../model/types";
import type { Settings } from "../settings/types";
import { statusFor } from "./status";
import type { AreaResult, EnteMethod, ObjectiveResult, StrategicResult, UnitResult } from "./types";
import { mean, weighted, type WeightedEntry } from "./weighted";

/** Tolerance on the weight sum: "30,00%" + … read as fractions rarely add to exactly 1. */
const WEIGHT_SUM_TOLERANCE = 1e-6;

/**
 * `entries` are what the weighted formula reads of each of the unit's rows, in the order of
 * unit.indicators (a row not scored yet counts as unweighted and unmeasured, see rowScores.ts).
 */
export function scoreUnit(
  unit: Unit,
  entries: readonly WeightedEntry[],
  settings: Settings,
): { result: UnitResult; diagnostics: Diagnostic[] } {
  const all = weighted(entries);
  const productivity = weighted(entries.filter((_, i) => unit.indicators[i].produttivita));
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

/**
 * One result per (unit, objective) group, in order of first appearance; rows without an objective are in none.
 * Each unit comes with the entries of its rows, in the order of unit.indicators.
 */
export function scoreObjectives(
  units: readonly { unit: Unit; entries: readonly WeightedEntry[] }[],
): ObjectiveResult[] {
  const results: ObjectiveResult[] = [];
  for (const { unit, entries } of units) {
    // Objective -> positions of its rows in unit.indicators.
    const groups = new Map<string, number[]>();
    unit.indicators.forEach((row, i) => {
      if (row.objective === null) return;
      const rows = groups.get(row.objective);
      if (rows) rows.push(i);
      else groups.set(row.objective, [i]);
    });
    for (const [objective, rows] of groups) {
      const w = weighted(rows.map((i) => entries[i]));
      results.push({
        unitId: unit.id,
        objective,
        score: w.score,
        coverage: w.coverage,
        rows: rows.map((i) => unit.indicators[i].key),
      });
    }
  }
  return results;
}

/** Areas of the given (non-Dirigente) units, in order of first appearance. */
export function scoreAreas(input: {
  /** Units that enter the Areas: those whose score does not depend on a synthesis. */
  units: readonly Unit[];
  unitScores: ReadonlyMap<string, number | null>;
  /** The entries of the rows of units[i] (for the weighted pool). */
  entriesOf: (unitIndex: number) => readonly WeightedEntry[];
  settings: Settings;
}): AreaResult[] {
  const { units, unitScores, entriesOf, settings } = input;
  /** Area -> positions of its units in `units`. */
  const byArea = new Map<string, number[]>();
  units.forEach((unit, i) => {
    if (unit.area === null) return;
    const members = byArea.get(unit.area);
    if (members) members.push(i);
    else byArea.set(unit.area, [i]);
  });
  const out: AreaResult[] = [];
  for (const [name, members] of byArea) {
    const score =
      settings.areaMethod === "pool_ponderato"
        ? weighted(members.flatMap((i) => entriesOf(i))).score
        : mean(members.map((i) => unitScores.get(units[i].id) ?? null));
    out.push({ name, units: members.map((i) => units[i].id), score });
  }
  return out;
}

/** `kpiEntries[i]` are the entries of objectives[i]'s KPIs, in the order of its kpis. */
export function scoreStrategic(
  objectives: readonly StrategicObjective[],
  kpiEntries: readonly (readonly WeightedEntry[])[],
): StrategicResult[] {
  return objectives.map((o, i) => {
    const entries = kpiEntries[i];
    // A KPI not scored yet has no achievement: it is left out of the plain mean as of the weighted one.
    const score = o.weighted ? weighted(entries).score : mean(entries.map((e) => e.achievement));
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
