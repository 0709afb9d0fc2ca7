/**
 * The Dirigente's scheda in the pane: one unit's objectives and indicators with target, actual, achievement,
 * status and motivazione, its score against the previous monitoring point, and the cell of each row for
 * «Vai alla cella». «Le mie unità»: the units whose rows name a person in their Owner / Responsabile column.
 * Built from the pipeline result the pane already holds; pure, so the tests check it without a DOM.
 */
import { a1 } from "../../core/grid/address";
import type { Plan, StrategicRef, Unit, UnitKind } from "../../core/model/types";
import type { RunResult } from "../../core/pipeline";
import type { Status } from "../../core/scoring/types";
import type { MonitoringPoint } from "../../core/monitoring/types";
import { changePoints, unitAt } from "../../core/monitoring/trend";
import { formatTarget } from "../../core/document/format";
import { displayCell } from "../../core/targets/display";
import { containsFoldedWord, foldText } from "../../core/text";
import type { Lang } from "../../i18n/messages";
import type { KeyValueStore } from "./guide";

/** What the actual column shows: the value as typed, or a Dirigente's synthesis (Ente, Area) computed for it. */
export type SchedaActual = { kind: "typed"; text: string } | { kind: "synthesis"; value: number };

export interface SchedaRow {
  /** IndicatorRow.key (`sheet!row`). */
  key: string;
  sheet: string;
  /** The worksheet's 1-based row, as in the JSON report. */
  row: number;
  /** Where «Vai alla cella» goes: the Consuntivo, or the indicator when the table has no Consuntivo. */
  cell: string;
  /** The strategic objective the row serves («8. Accountability e Trasparenza»); null when none. */
  strategicObjective: string | null;
  objective: string | null;
  indicator: string;
  /** The target as typed (a relative target with what it was computed from); "" when empty. */
  target: string;
  /** Null when the Consuntivo is empty. */
  actual: SchedaActual | null;
  achievement: number | null;
  weight: number | null;
  status: Status;
  /** The motivazione dello scostamento typed in the row; null when there is none. */
  justification: string | null;
  /** The row's achievement at the previous monitoring point; null when that point does not know it. */
  previousAchievement: number | null;
  /** Change since that point in percentage points; null when either figure is missing. */
  change: number | null;
}

export interface Scheda {
  unitId: string;
  name: string;
  kind: UnitKind;
  sheet: string;
  area: string | null;
  score: number | null;
  coverage: number | null;
  status: Status;
  /** The point the run compares with (the latest before its date) and the unit's score then; null when none. */
  previous: { date: string; label: string | null; score: number | null } | null;
  /** The unit's change since the previous point, in percentage points; null when either score is missing. */
  change: number | null;
  rows: SchedaRow[];
}

/** The parts of a pipeline result a scheda is made of. */
export type SchedaSource = Pick<RunResult, "plan" | "scorecard" | "monitoring">;

const groupName = (ref: StrategicRef | null): string | null =>
  ref === null ? null : ref.number === null ? ref.name : `${ref.number}. ${ref.name}`;

/** The scheda of one unit (Unit.id); null when the result has no such unit. */
export function buildScheda(source: SchedaSource, unitId: string, lang: Lang): Scheda | null {
  const { plan, scorecard } = source;
  const unit = plan.units.find((u) => u.id === unitId);
  const result = scorecard.units.find((u) => u.id === unitId);
  if (!unit || !result) return null;
  const previous: MonitoringPoint | null = source.monitoring.previous;
  const before = previous ? unitAt(previous, unit) : null;
  const results = new Map(scorecard.indicators.map((r) => [r.key, r]));
  const tables = new Map(plan.tables.map((t) => [t.id, t]));
  const rows = unit.indicators.map((row): SchedaRow => {
    const r = results.get(row.key);
    const cell = a1(row.row, row.actual.col ?? tables.get(row.tableId)?.columns.indicator ?? 0);
    // A point records each indicator at its Consuntivo cell (or its indicator cell): the same key here.
    const then = previous?.indicators.find((p) => p.sheet === row.sheet && p.cell === cell) ?? null;
    const achievement = r?.achievement ?? null;
    const typed = displayCell(row.actual.raw, row.actual.numberFormat);
    return {
      key: row.key,
      sheet: row.sheet,
      row: row.row + 1,
      cell,
      strategicObjective: groupName(row.strategicObjective),
      objective: row.objective,
      indicator: row.indicator,
      target: formatTarget(row, lang),
      actual:
        row.derived !== null && r && r.actualValue !== null
          ? { kind: "synthesis", value: r.actualValue }
          : typed === ""
            ? null
            : { kind: "typed", text: typed },
      achievement,
      weight: row.weight.value,
      status: r?.status ?? "non_valutabile",
      justification: row.justification ?? null,
      previousAchievement: then?.achievement ?? null,
      change: then ? changePoints(achievement, then.achievement) : null,
    };
  });
  return {
    unitId: unit.id,
    name: unit.name,
    kind: unit.kind,
    sheet: unit.sheet,
    area: result.area,
    score: result.score,
    coverage: result.coverage,
    status: result.status,
    previous: previous ? { date: previous.date, label: previous.label, score: before?.score ?? null } : null,
    change: before ? changePoints(result.score, before.score) : null,
    rows,
  };
}

/** A name as compared: accents, case and runs of spaces aside. */
const folded = (text: string): string => foldText(text).replace(/\s+/g, " ").trim();

/** At least two letters: a single initial would match half the plan. */
const usableName = (name: string): boolean => folded(name).replace(/[^\p{L}]/gu, "").length >= 2;

/**
 * Whether an Owner / Responsabile cell names the person: the name as whole words, accents and case aside
 * («Bartoli» is in «Bartoli/DIR AIII/SG», «Di Carlo» in «di carlo»; «Bart» is in neither).
 */
export function ownerMatches(owner: string | null, name: string): boolean {
  if (owner === null || !usableName(name)) return false;
  return containsFoldedWord(folded(owner), folded(name));
}

/** «Le mie unità»: the units with at least one row whose Owner / Responsabile names the person, in plan order. */
export function unitsOwnedBy(plan: Pick<Plan, "units">, name: string): Unit[] {
  if (!usableName(name)) return [];
  return plan.units.filter((u) => u.indicators.some((row) => ownerMatches(row.owner, name)));
}

export const OWNER_KEY = "cruscotto-performance.owner-name";

/** The name the person typed once; "" when none, or where storage is refused. */
export function rememberedOwner(store: KeyValueStore | null): string {
  try {
    return store?.getItem(OWNER_KEY) ?? "";
  } catch {
    return "";
  }
}

/** Remembers the name for next time; false when it could not be stored (kept for this session only). */
export function rememberOwner(store: KeyValueStore | null, name: string): boolean {
  try {
    if (!store) return false;
    store.setItem(OWNER_KEY, name.trim());
    return true;
  } catch {
    return false;
  }
}
