/**
 * Every row the plan mentions, once, with a number: plan.indicators first (in order), then rows only
 * a unit lists, then rows only a strategic objective lists. Units and objectives refer to their rows
 * by those numbers, so that scoring keeps its per-row figures in flat arrays.
 *
 * Why not a Map<IndicatorRow, …>: hashing 50 000 row objects costs tens of milliseconds per map.
 * The recogniser lists units' rows in the plan's own order, so a cursor that expects "the row after
 * the last one found" answers almost every lookup; a map is built only when that guess fails.
 */
import type { IndicatorRow, Plan } from "../model/types";

export interface RowPositions {
  /** Every row once, in the order described above. */
  rows: IndicatorRow[];
  /** Positions of plan.units[u].indicators are at[unitStart[u] .. unitStart[u + 1]). */
  unitStart: Int32Array;
  /** Positions of plan.strategicObjectives[o].kpis are at[kpiStart[o] .. kpiStart[o + 1]). */
  kpiStart: Int32Array;
  at: Int32Array;
}

/**
 * plan.indicators as a list of distinct rows. A list whose rows go sheet by sheet, in increasing row
 * order, cannot hold a row twice; anything else is deduplicated the slow way.
 */
function distinctRows(list: readonly IndicatorRow[]): IndicatorRow[] {
  const seenSheets = new Set<string>();
  let sheet: string | null = null;
  let lastRow = -1;
  let ordered = true;
  // Indexed loops here and below: these run once per run, often before the optimiser sees them, and
  // an unoptimised for-of allocates an iterator result per row.
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    if (r.sheet !== sheet) {
      if (seenSheets.has(r.sheet)) {
        ordered = false;
        break;
      }
      seenSheets.add(r.sheet);
      sheet = r.sheet;
      lastRow = -1;
    }
    if (r.row <= lastRow) {
      ordered = false;
      break;
    }
    lastRow = r.row;
  }
  return ordered ? list.slice() : [...new Set(list)];
}

export function rowPositions(plan: Plan): RowPositions {
  const rows = distinctRows(plan.indicators);
  let total = 0;
  for (const u of plan.units) total += u.indicators.length;
  for (const o of plan.strategicObjectives) total += o.kpis.length;
  const at = new Int32Array(total);
  const unitStart = new Int32Array(plan.units.length + 1);
  const kpiStart = new Int32Array(plan.strategicObjectives.length + 1);

  let byRow: Map<IndicatorRow, number> | null = null;
  let next = 0;
  const positionOf = (row: IndicatorRow): number => {
    if (next < rows.length && rows[next] === row) return next++;
    if (byRow === null) {
      byRow = new Map();
      for (let i = 0; i < rows.length; i++) if (!byRow.has(rows[i])) byRow.set(rows[i], i);
    }
    let p = byRow.get(row);
    if (p === undefined) {
      p = rows.length;
      rows.push(row);
      byRow.set(row, p);
    }
    next = p + 1;
    return p;
  };

  let k = 0;
  for (let u = 0; u < plan.units.length; u++) {
    unitStart[u] = k;
    const list = plan.units[u].indicators;
    for (let i = 0; i < list.length; i++) at[k++] = positionOf(list[i]);
  }
  unitStart[plan.units.length] = k;
  for (let o = 0; o < plan.strategicObjectives.length; o++) {
    kpiStart[o] = k;
    const list = plan.strategicObjectives[o].kpis;
    for (let i = 0; i < list.length; i++) at[k++] = positionOf(list[i]);
  }
  kpiStart[plan.strategicObjectives.length] = k;
  return { rows, unitStart, kpiStart, at };
}
