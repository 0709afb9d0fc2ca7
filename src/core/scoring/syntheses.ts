/** Totals above the indicator: units, objectives, Areas, strategic objectives, the Ente. */
import { a1 } from "../grid/address";
import type { Diagnostic } from "../diagnostics/types";
import type { IndicatorRow, StrategicObjective, Unit } from "../model/types";
import type { Settings } from "../settings/types";
import { percentParam } from "../diagnostics/types";
import { MEASURED, SCORABLE, SCORED } from "./rows";
import { statusFor } from "./status";
import type { AreaResult, EnteMethod, IndicatorResult, ObjectiveResult, StrategicResult, UnitResult } from "./types";
import { mean, type WeightedResult } from "./weighted";

/**
 * The per-row figures of a scoring run, by row position (see positions.ts). A row not scored yet (a
 * derived row while the syntheses it needs are being computed) counts as unweighted and unmeasured.
 */
export interface ScoredRows {
  rows: readonly IndicatorRow[];
  results: readonly IndicatorResult[];
  flags: Uint8Array;
}

/** Tolerance on the weight sum: "30,00%" + … read as fractions rarely add to exactly 1. */
const WEIGHT_SUM_TOLERANCE = 1e-6;

/**
 * weighted() of weighted.ts, accumulated over row positions instead of entry objects. Sums are taken
 * in the order the positions are given, so the figures are the same to the last bit.
 */
export class WeightedSum {
  num = 0;
  den = 0;
  covered = 0;
  coverable = 0;
  weightSum = 0;

  add(s: ScoredRows, p: number): void {
    const f = s.flags[p];
    if ((f & SCORED) === 0) return;
    const w = s.rows[p].weight.value;
    if (w === null) return;
    this.weightSum += w;
    const a = s.results[p].achievement;
    if (a !== null) {
      this.num += w * a;
      this.den += w;
    }
    if ((f & SCORABLE) !== 0) {
      this.coverable += w;
      if ((f & MEASURED) !== 0) this.covered += w;
    }
  }

  /** A zero denominator (no measured row, or only 0-weight ones) means no score, never 0 or NaN. */
  get score(): number | null {
    return this.den > 0 ? this.num / this.den : null;
  }

  result(): WeightedResult {
    return { score: this.score, coverage: this.coverable > 0 ? this.covered / this.coverable : null, weightSum: this.weightSum };
  }
}

/** The achievement that enters a plain mean; null for a row not scored yet. */
function achievementAt(s: ScoredRows, p: number): number | null {
  return (s.flags[p] & SCORED) === 0 ? null : s.results[p].achievement;
}

export function scoreUnit(
  unit: Unit,
  s: ScoredRows,
  at: Int32Array,
  from: number,
  to: number,
  settings: Settings,
): { result: UnitResult; diagnostics: Diagnostic[] } {
  const all = new WeightedSum();
  const productivity = new WeightedSum();
  for (let k = from; k < to; k++) {
    const p = at[k];
    all.add(s, p);
    if (s.rows[p].produttivita) productivity.add(s, p);
  }
  const diagnostics: Diagnostic[] = [];
  if (Math.abs(all.weightSum - 1) > WEIGHT_SUM_TOLERANCE) {
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
  const score = all.score;
  return {
    result: {
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      sheet: unit.sheet,
      area: unit.area,
      score,
      coverage: all.coverable > 0 ? all.covered / all.coverable : null,
      weightSum: all.weightSum,
      productivityScore: productivity.score,
      status: statusFor(score, settings),
    },
    diagnostics,
  };
}

/** Beyond this many objectives in one unit, groups are found by a map rather than by a scan. */
const LINEAR_GROUPS = 8;

/** One objective of a unit: its row keys and its weighted sums, accumulated in row order. */
class ObjectiveGroup extends WeightedSum {
  readonly keys: string[] = [];
  constructor(readonly objective: string) {
    super();
  }
}

/** One result per (unit, objective) group, in order of first appearance. */
export function scoreObjectives(units: readonly Unit[], s: ScoredRows, at: Int32Array, unitStart: Int32Array): ObjectiveResult[] {
  const results: ObjectiveResult[] = [];
  const groups: ObjectiveGroup[] = [];
  for (let u = 0; u < units.length; u++) {
    const unitId = units[u].id;
    // Rows of one objective are usually adjacent: the last group answers most rows, a short scan the rest.
    groups.length = 0;
    let byName: Map<string, ObjectiveGroup> | null = null;
    let last: ObjectiveGroup | null = null;
    for (let k = unitStart[u]; k < unitStart[u + 1]; k++) {
      const p = at[k];
      const row = s.rows[p];
      const objective = row.objective;
      if (objective === null) continue;
      let g: ObjectiveGroup | undefined = last !== null && last.objective === objective ? last : undefined;
      if (g === undefined) {
        if (byName !== null) g = byName.get(objective);
        else for (let i = 0; i < groups.length; i++) if (groups[i].objective === objective) g = groups[i];
      }
      if (g === undefined) {
        g = new ObjectiveGroup(objective);
        groups.push(g);
        if (byName !== null) byName.set(objective, g);
        else if (groups.length > LINEAR_GROUPS) byName = new Map(groups.map((x) => [x.objective, x]));
      }
      g.add(s, p);
      g.keys.push(row.key);
      last = g;
    }
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      results.push({ unitId, objective: g.objective, score: g.score, coverage: g.coverable > 0 ? g.covered / g.coverable : null, rows: g.keys });
    }
  }
  return results;
}

/** Areas of the given (non-Dirigente) units, in order of first appearance. */
export function scoreAreas(
  units: readonly { unit: Unit; from: number; to: number }[],
  unitScores: ReadonlyMap<string, number | null>,
  s: ScoredRows,
  at: Int32Array,
  settings: Settings,
): AreaResult[] {
  const byArea = new Map<string, { unit: Unit; from: number; to: number }[]>();
  for (const m of units) {
    if (m.unit.area === null) continue;
    const members = byArea.get(m.unit.area);
    if (members) members.push(m);
    else byArea.set(m.unit.area, [m]);
  }
  const out: AreaResult[] = [];
  for (const [name, members] of byArea) {
    let score: number | null;
    if (settings.areaMethod === "pool_ponderato") {
      const pool = new WeightedSum();
      for (const m of members) for (let k = m.from; k < m.to; k++) pool.add(s, at[k]);
      score = pool.score;
    } else {
      score = mean(members.map((m) => unitScores.get(m.unit.id) ?? null));
    }
    out.push({ name, units: members.map((m) => m.unit.id), score });
  }
  return out;
}

export function scoreStrategic(
  objectives: readonly StrategicObjective[],
  s: ScoredRows,
  at: Int32Array,
  kpiStart: Int32Array,
): StrategicResult[] {
  return objectives.map((o, i) => {
    let score: number | null;
    if (o.weighted) {
      const w = new WeightedSum();
      for (let k = kpiStart[i]; k < kpiStart[i + 1]; k++) w.add(s, at[k]);
      score = w.score;
    } else {
      const values: (number | null)[] = [];
      for (let k = kpiStart[i]; k < kpiStart[i + 1]; k++) values.push(achievementAt(s, at[k]));
      score = mean(values);
    }
    return { number: o.number, name: o.name, score };
  });
}

export function scoreEnte(
  strategic: readonly StrategicResult[],
  areas: readonly AreaResult[],
  unitScores: readonly (number | null)[],
  settings: Settings,
): { score: number | null; method: EnteMethod | null; diagnostics: Diagnostic[] } {
  const candidates: Record<EnteMethod, number | null> = {
    strategico: mean(strategic.map((s) => s.score)),
    aree: mean(areas.map((a) => a.score)),
    unita: mean(unitScores),
  };
  const order: EnteMethod[] =
    settings.enteMethod === "auto" ? ["strategico", "aree", "unita"] : [settings.enteMethod];
  const method = order.find((m) => candidates[m] !== null) ?? null;
  if (method === null) return { score: null, method: null, diagnostics: [] };
  return {
    score: candidates[method],
    method,
    diagnostics: [
      { severity: "info", code: "ENTE_METHOD", sheet: "", cell: null, params: { method: { kind: "enteMethod", method } } },
    ],
  };
}
