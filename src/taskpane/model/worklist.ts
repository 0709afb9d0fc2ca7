/**
 * «Da completare»: the officer's worklist, built from the pipeline result the pane already holds. Indicators
 * with no actual yet (Non rilevato) or that cannot be scored (Non valutabile) are what to fill or fix;
 * those scored Non raggiunto are listed apart, as what to check (and explain). Each item names the cell to
 * go to. Pure: the tests check it on the example without a DOM.
 */
import type { Diagnostic, Severity } from "../../core/diagnostics/types";
import { a1, parseRange } from "../../core/grid/address";
import type { IndicatorRow, Plan } from "../../core/model/types";
import type { Scorecard, Status } from "../../core/scoring/types";

/** missing: Non rilevato; unscorable: Non valutabile; notAchieved: Non raggiunto. */
export type WorkKind = "missing" | "unscorable" | "notAchieved";

/**
 * Why the item points at its cell: "actual" (the Consuntivo to fill or check), "target" (the target to
 * write), or a diagnostic on the row (the cell it names is what stopped the score).
 */
export type WorkReason = { kind: "actual" } | { kind: "target" } | { kind: "diagnostic"; diagnostic: Diagnostic };

export interface WorkItem {
  /** IndicatorRow.key. */
  key: string;
  kind: WorkKind;
  sheet: string;
  /** A1 address of the cell to go to; null when the table has no such column. */
  cell: string | null;
  reason: WorkReason;
  indicator: string;
  objective: string | null;
}

export interface WorkGroup {
  /** Unit id; for the cruscotto's KPIs (no unit), "sheet:" and the sheet's name. */
  id: string;
  /** The unit's name as written, or the cruscotto sheet's name. */
  name: string;
  sheet: string;
  counts: Record<WorkKind, number>;
  /** Missing first, then unscorable, then not achieved; in sheet order within each. */
  items: WorkItem[];
}

export interface Worklist {
  /** Units with something to fill or fix (Non rilevato, Non valutabile), in workbook order. */
  toComplete: WorkGroup[];
  /** Units with indicators Non raggiunto, in workbook order. */
  notAchieved: WorkGroup[];
  totals: Record<WorkKind, number>;
  /**
   * Non valutabile indicators left out because there is nothing to do: their target is a baseline year
   * («Anno di rilevazione»), which is measured, not scored.
   */
  baselines: number;
}

const KIND_OF: Partial<Record<Status, WorkKind>> = {
  non_rilevato: "missing",
  non_valutabile: "unscorable",
  non_raggiunto: "notAchieved",
};

const KIND_ORDER: Record<WorkKind, number> = { missing: 0, unscorable: 1, notAchieved: 2 };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** 0-based row of an A1 address, or null. */
function rowOf(cell: string): number | null {
  const r = parseRange(cell);
  return r ? r.top : null;
}

/** Diagnostics by `${sheet}!${0-based row}`, most severe first (stable within a severity). */
function diagnosticsByRow(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.cell) continue;
    const row = rowOf(d.cell);
    if (row === null) continue;
    const key = `${d.sheet}!${row}`;
    const list = out.get(key);
    if (list) list.push(d);
    else out.set(key, [d]);
  }
  for (const list of out.values()) list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return out;
}

const cellAt = (row: IndicatorRow, col: number | null): string | null => (col === null ? null : a1(row.row, col));

/** Where to go for one indicator of a given kind, and why. */
function place(
  row: IndicatorRow,
  kind: WorkKind,
  rowDiagnostics: readonly Diagnostic[],
): { cell: string | null; reason: WorkReason } {
  const actual = cellAt(row, row.actual.col);
  const target = cellAt(row, row.target.col);
  if (kind === "unscorable") {
    // What stopped the score is named by a diagnostic on the row: its cell is the one to fix.
    const named = rowDiagnostics.find((d) => d.severity !== "info") ?? rowDiagnostics[0];
    if (named?.cell) return { cell: named.cell, reason: { kind: "diagnostic", diagnostic: named } };
    if (row.target.value === null && target) return { cell: target, reason: { kind: "target" } };
    if (actual) return { cell: actual, reason: { kind: "actual" } };
    return { cell: target, reason: { kind: "target" } };
  }
  // A derived indicator's actual is a synthesis, not typed: the diagnostic says why it has none.
  if (kind === "missing" && row.derived) {
    const named = rowDiagnostics[0];
    if (named?.cell) return { cell: named.cell, reason: { kind: "diagnostic", diagnostic: named } };
  }
  return actual ? { cell: actual, reason: { kind: "actual" } } : { cell: target, reason: { kind: "target" } };
}

const zero = (): Record<WorkKind, number> => ({ missing: 0, unscorable: 0, notAchieved: 0 });

/** The worklist of one pipeline result; `plan.indicators` and `scorecard.indicators` are in the same order. */
export function buildWorklist(plan: Plan, scorecard: Scorecard, diagnostics: readonly Diagnostic[]): Worklist {
  const byRow = diagnosticsByRow(diagnostics);
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const complete = new Map<string, WorkGroup>();
  const below = new Map<string, WorkGroup>();
  const totals = zero();
  let baselines = 0;
  plan.indicators.forEach((row, i) => {
    const result = scorecard.indicators[i];
    const kind = result ? KIND_OF[result.status] : undefined;
    if (!kind) return;
    if (kind === "unscorable" && row.target.value?.kind === "baseline") {
      baselines++;
      return;
    }
    const unit = row.unitId === null ? undefined : units.get(row.unitId);
    const id = unit ? unit.id : `sheet:${row.sheet}`;
    const groups = kind === "notAchieved" ? below : complete;
    let group = groups.get(id);
    if (!group) {
      group = {
        id,
        name: unit ? unit.name : row.sheet,
        sheet: unit ? unit.sheet : row.sheet,
        counts: zero(),
        items: [],
      };
      groups.set(id, group);
    }
    const { cell, reason } = place(row, kind, byRow.get(`${row.sheet}!${row.row}`) ?? []);
    group.items.push({
      key: row.key,
      kind,
      sheet: row.sheet,
      cell,
      reason,
      indicator: row.indicator,
      objective: row.objective,
    });
    group.counts[kind]++;
    totals[kind]++;
  });
  const sorted = (groups: Map<string, WorkGroup>): WorkGroup[] =>
    [...groups.values()].map((g) => ({
      ...g,
      items: g.items
        .map((item, order) => ({ item, order }))
        .sort((a, b) => KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || a.order - b.order)
        .map(({ item }) => item),
    }));
  return { toComplete: sorted(complete), notAchieved: sorted(below), totals, baselines };
}
