/** Totals above the indicator: units, objectives, Areas, strategic objectives, the Ente. */
import { a1 } from "../grid/address";
import { percentParam, type Diagnostic } from "../diagnostics/types";
import type { StrategicObjective, Unit } from "../model/types";
import type { Settings } from "../settings/types";
import { statusFor } from "./status";
import type { AreaResult, EnteMethod, ObjectiveResult, StrategicResult, UnitResult } from "./types";
import { mean, weighted, WeightedSum, type WeightedEntry } from "./weighted";

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

/** One (unit, objective) group: its weighted total, how many rows it has, then their keys. */
interface ObjectiveGroup {
  objective: string;
  sum: WeightedSum;
  size: number;
  keys: string[];
  /** Keys written so far. */
  filled: number;
}

/**
 * One result per (unit, objective) group, in order of first appearance; rows without an objective are in none.
 * Each unit comes with the entries of its rows, in the order of unit.indicators. A 50 000-row plan has
 * 30 000 groups of one or two rows: each group's total is summed as its rows come and its keys go into an
 * array of the right length (an array grown by push starts with room for sixteen).
 */
export function scoreObjectives(
  units: readonly { unit: Unit; entries: readonly WeightedEntry[] }[],
): ObjectiveResult[] {
  const results: ObjectiveResult[] = [];
  for (const { unit, entries } of units) {
    const rows = unit.indicators;
    const groups: ObjectiveGroup[] = [];
    const groupOf = new Array<ObjectiveGroup | null>(rows.length).fill(null);
    const byObjective = new Map<string, ObjectiveGroup>();
    // An objective's rows are usually consecutive (a merged cell): the group of the row before answers them.
    let last: ObjectiveGroup | null = null;
    for (let i = 0; i < rows.length; i++) {
      const objective = rows[i].objective;
      if (objective === null) continue;
      let group: ObjectiveGroup | undefined =
        last !== null && last.objective === objective ? last : byObjective.get(objective);
      if (group === undefined) {
        group = { objective, sum: new WeightedSum(), size: 0, keys: [], filled: 0 };
        byObjective.set(objective, group);
        groups.push(group);
      }
      group.sum.add(entries[i]);
      group.size++;
      groupOf[i] = group;
      last = group;
    }
    for (const g of groups) g.keys = new Array<string>(g.size);
    for (let i = 0; i < rows.length; i++) {
      const g = groupOf[i];
      if (g !== null) g.keys[g.filled++] = rows[i].key;
    }
    for (const g of groups) {
      const w = g.sum.result();
      results.push({ unitId: unit.id, objective: g.objective, score: w.score, coverage: w.coverage, rows: g.keys });
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
