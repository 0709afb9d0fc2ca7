/** Totals above the indicator: units, objectives, Areas, strategic objectives, the Ente. */
import { a1 } from "../grid/address";
import type { Diagnostic } from "../diagnostics/types";
import type { IndicatorRow, StrategicObjective, Unit } from "../model/types";
import type { Settings } from "../settings/types";
import { percentText } from "./display";
import { statusFor } from "./status";
import type { AreaResult, EnteMethod, ObjectiveResult, StrategicResult, UnitResult } from "./types";
import { mean, weighted, type WeightedEntry } from "./weighted";

/** Row key -> what the weighted formula needs. */
export type EntryLookup = (row: IndicatorRow) => WeightedEntry;

/** Tolerance on the weight sum: "30,00%" + … read as fractions rarely add to exactly 1. */
const WEIGHT_SUM_TOLERANCE = 1e-6;

export function scoreUnit(unit: Unit, entryOf: EntryLookup, settings: Settings): { result: UnitResult; diagnostics: Diagnostic[] } {
  const all = weighted(unit.indicators.map(entryOf));
  const productivity = weighted(unit.indicators.filter((r) => r.produttivita).map(entryOf));
  const diagnostics: Diagnostic[] = [];
  if (Math.abs(all.weightSum - 1) > WEIGHT_SUM_TOLERANCE) {
    // Point at the first Peso cell of the unit: that is where a person starts checking the column.
    const first = unit.indicators.find((r) => r.weight.value !== null && r.weight.col !== null);
    diagnostics.push({
      severity: "warning",
      code: "WEIGHT_SUM",
      sheet: first?.sheet ?? unit.sheet,
      cell: first && first.weight.col !== null ? a1(first.row, first.weight.col) : null,
      params: { unit: unit.name, sum: percentText(all.weightSum) },
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

/** One result per (unit, objective) group, in order of first appearance. */
export function scoreObjectives(units: readonly Unit[], entryOf: EntryLookup): ObjectiveResult[] {
  const results: ObjectiveResult[] = [];
  for (const unit of units) {
    const groups = new Map<string, IndicatorRow[]>();
    for (const row of unit.indicators) {
      if (row.objective === null) continue;
      const group = groups.get(row.objective);
      if (group) group.push(row);
      else groups.set(row.objective, [row]);
    }
    for (const [objective, rows] of groups) {
      const w = weighted(rows.map(entryOf));
      results.push({ unitId: unit.id, objective, score: w.score, coverage: w.coverage, rows: rows.map((r) => r.key) });
    }
  }
  return results;
}

/** Areas of the given (non-Dirigente) units, in order of first appearance. */
export function scoreAreas(
  units: readonly Unit[],
  unitScores: ReadonlyMap<string, number | null>,
  entryOf: EntryLookup,
  settings: Settings,
): AreaResult[] {
  const byArea = new Map<string, Unit[]>();
  for (const unit of units) {
    if (unit.area === null) continue;
    const members = byArea.get(unit.area);
    if (members) members.push(unit);
    else byArea.set(unit.area, [unit]);
  }
  return [...byArea].map(([name, members]) => ({
    name,
    units: members.map((u) => u.id),
    score:
      settings.areaMethod === "pool_ponderato"
        ? weighted(members.flatMap((u) => u.indicators).map(entryOf)).score
        : mean(members.map((u) => unitScores.get(u.id) ?? null)),
  }));
}

export function scoreStrategic(objectives: readonly StrategicObjective[], entryOf: EntryLookup): StrategicResult[] {
  return objectives.map((o) => {
    const entries = o.kpis.map(entryOf);
    const score = o.weighted ? weighted(entries).score : mean(entries.map((e) => e.achievement));
    return { number: o.number, name: o.name, score };
  });
}

const ENTE_METHOD_WORDS: Record<EnteMethod, string> = {
  strategico: "media dei punteggi degli obiettivi strategici del cruscotto",
  aree: "media dei punteggi delle Aree",
  unita: "media dei punteggi delle unità organizzative (esclusi i Dirigenti)",
};

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
      { severity: "info", code: "ENTE_METHOD", sheet: "", cell: null, params: { method: ENTE_METHOD_WORDS[method] } },
    ],
  };
}
