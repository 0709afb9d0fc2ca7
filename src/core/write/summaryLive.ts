/**
 * The Riepilogo's totals as formulas: which owned cells each total reads, with which weights, following
 * src/core/scoring to the letter (weighted.ts, syntheses.ts). Every formula is checked against the engine on
 * the cells as they are now: a total the formula would not give exactly is written as its value.
 */
import type { IndicatorRow, Plan, Unit } from "../model/types";
import type { Scorecard, Status } from "../scoring/types";
import { dependsOnSyntheses } from "../scoring";
import { isScorable } from "../scoring/achievement";
import type { SettingRefs } from "./formulas/settingRefs";
import type { BlockLayout } from "./placement";
import {
  countFormula,
  coverageFormula,
  emptyModel,
  modelScore,
  weightedScoreFormula,
  type CoverageRow,
  type RowCell,
  type WeightedModel,
} from "./formulas/totals";

/** What the Riepilogo's formulas read: the live settings and where the run writes each row's cells. */
export interface SummaryFormulaSources {
  refs: SettingRefs;
  /**
   * Where the run writes the Raggiungimento of plan.indicators[position] (its Stato is the next column);
   * null where it writes none (a protected or excluded sheet, a row outside its table's owned range).
   */
  achievementAt(position: number): RowCell | null;
  /** The column of the cell, on the row's own sheet and row, the row's actual is typed in; null: none. */
  actualColAt(position: number): number | null;
}

/** Equal as the engine's figures go: both missing, or within 1e-9. */
function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9;
}

export class SummaryLive {
  private readonly positions = new Map<IndicatorRow, number>();
  private readonly units: Map<string, Unit>;

  constructor(
    private readonly plan: Plan,
    private readonly scorecard: Scorecard,
    readonly sources: SummaryFormulaSources,
  ) {
    plan.indicators.forEach((row, i) => {
      if (!this.positions.has(row)) this.positions.set(row, i);
    });
    this.units = new Map(plan.units.map((u) => [u.id, u]));
  }

  get refs(): SettingRefs {
    return this.sources.refs;
  }

  unit(id: string): Unit | undefined {
    return this.units.get(id);
  }

  /**
   * The column the row's actual is typed in on its own sheet and row: its own, or the Consuntivo column the
   * run creates for its table (the column a rerun then reads as the row's own); null where there is none.
   */
  actualColOf(row: IndicatorRow): number | null {
    const p = this.positions.get(row);
    return row.actual.col ?? (p === undefined ? null : this.sources.actualColAt(p));
  }

  /** The units that enter the Areas and the Ente's mean of the units. */
  isOrdinary(id: string): boolean {
    const u = this.units.get(id);
    return u !== undefined && !dependsOnSyntheses(u);
  }

  /** The weight the engine gives the row in every weighted total (a neutralised row has none). */
  private static weight(row: IndicatorRow): number | null {
    return row.neutralised === true ? null : row.weight.value;
  }

  /** The row has a scorable target: a relative one counts (its weight stays when its baseline is missing). */
  private static scorable(row: IndicatorRow): boolean {
    const t = row.target.value;
    return row.neutralised !== true && t !== null && (t.kind === "relative" || isScorable(t));
  }

  /** The weighted total of the rows, or null when one of them is not among the plan's (its result unknown). */
  private model(rows: readonly IndicatorRow[], weightOf: (row: IndicatorRow) => number | null): WeightedModel | null {
    const m = emptyModel();
    for (const row of rows) {
      const w = weightOf(row);
      if (w === null) continue;
      const p = this.positions.get(row);
      if (p === undefined) return null;
      const now = this.scorecard.indicators[p]?.achievement ?? null;
      const cell = this.sources.achievementAt(p);
      if (cell !== null) m.live.push({ cell, weight: w, now });
      else if (now !== null) {
        m.constNum += w * now;
        m.constDen += w;
      }
    }
    return m;
  }

  private scoreOf(m: WeightedModel | null, expected: number | null): string | null {
    if (m === null || !same(modelScore(m), expected)) return null;
    return weightedScoreFormula(m);
  }

  unitScore(id: string, expected: number | null): string | null {
    const u = this.units.get(id);
    return u ? this.scoreOf(this.model(u.indicators, SummaryLive.weight), expected) : null;
  }

  productivity(id: string, expected: number | null): string | null {
    const u = this.units.get(id);
    if (!u) return null;
    return this.scoreOf(
      this.model(
        u.indicators.filter((r) => r.produttivita),
        SummaryLive.weight,
      ),
      expected,
    );
  }

  /** The weighted pool of every row of the units (syntheses.ts, «pool_ponderato»). */
  pool(ids: readonly string[], expected: number | null): string | null {
    const rows: IndicatorRow[] = [];
    for (const id of ids) {
      const u = this.units.get(id);
      if (!u) return null;
      for (const r of u.indicators) rows.push(r);
    }
    return this.scoreOf(this.model(rows, SummaryLive.weight), expected);
  }

  /** A strategic objective: weighted when the cruscotto has a Peso column, else the plain mean of its KPIs. */
  strategic(index: number, expected: number | null): string | null {
    const o = this.plan.strategicObjectives[index];
    if (!o) return null;
    return this.scoreOf(this.model(o.kpis, o.weighted ? SummaryLive.weight : () => 1), expected);
  }

  /**
   * Σ peso measured / Σ peso scorable of the unit. `synthesis` gives the cell of the synthesis a derived
   * row takes as its actual (the Ente's or its Area's score on the Riepilogo), for «missing as zero».
   */
  coverage(id: string, expected: number | null, synthesis: (row: IndicatorRow) => string | null): string | null {
    const u = this.units.get(id);
    if (!u || expected === null) return null;
    const missingAsZero = this.scorecard.settings.missingAsZero;
    let coverable = 0;
    let constMeasured = 0;
    let measuredNow = 0;
    const rows: CoverageRow[] = [];
    for (const row of u.indicators) {
      const w = SummaryLive.weight(row);
      if (w === null || !SummaryLive.scorable(row)) continue;
      const p = this.positions.get(row);
      if (p === undefined) return null;
      coverable += w;
      const achievement = this.scorecard.indicators[p]?.achievement ?? null;
      const ref = row.derived !== null ? synthesis(row) : null;
      const hasActual = row.derived !== null ? this.synthesisNow(row) !== null : row.actual.value !== null;
      const measured = achievement !== null && (!missingAsZero || hasActual);
      if (measured) measuredNow += w;
      const cell = this.sources.achievementAt(p);
      if (cell === null) {
        if (measured) constMeasured += w;
        continue;
      }
      if (!missingAsZero) rows.push({ cell, weight: w });
      else if (row.derived !== null)
        rows.push({ cell, weight: w, actual: ref === null ? { kind: "none" } : { kind: "synthesis", ref } });
      else {
        const col = this.sources.actualColAt(p);
        rows.push({ cell, weight: w, actual: col === null ? { kind: "none" } : { kind: "typed", col } });
      }
    }
    if (coverable <= 0 || !same(measuredNow / coverable, expected)) return null;
    return coverageFormula(rows, constMeasured, coverable);
  }

  /** What a derived row takes as its actual now: the Ente's score, or its unit's Area's. */
  private synthesisNow(row: IndicatorRow): number | null {
    if (row.derived === "ente") return this.scorecard.ente.score;
    const area = row.unitId === null ? null : (this.units.get(row.unitId)?.area ?? null);
    return area === null ? null : (this.scorecard.areas.find((a) => a.name === area)?.score ?? null);
  }

  /** The Area a derived row of an Area takes its actual from (null: none, or an Ente row). */
  areaOf(row: IndicatorRow): string | null {
    if (row.derived !== "area" || row.unitId === null) return null;
    return this.units.get(row.unitId)?.area ?? null;
  }

  /** Every indicator's Stato cell the formulas can read, and the rows they cannot, by status. */
  statusCells(): { cells: RowCell[]; constant: Map<Status, number> } {
    const cells: RowCell[] = [];
    const constant = new Map<Status, number>();
    this.scorecard.indicators.forEach((r, p) => {
      const at = this.sources.achievementAt(p);
      if (at !== null) cells.push({ ...at, col: at.col + 1 });
      else constant.set(r.status, (constant.get(r.status) ?? 0) + 1);
    });
    return { cells, constant };
  }

  static countOf(cells: readonly RowCell[], constant: ReadonlyMap<Status, number>, status: Status, label: string) {
    return countFormula(cells, label, constant.get(status) ?? 0);
  }
}

/**
 * Where each row's Raggiungimento and actual are, from the tables' layouts: what writeBlock writes (the rows
 * of a table inside its owned range), and the column the row's Consuntivo is typed in (its own, or the one
 * the run creates).
 */
export function summarySources(input: {
  plan: Plan;
  /** Each table's layout by its position in plan.tables; undefined for a table not annotated. */
  layouts: readonly (BlockLayout | undefined)[];
  /** The positions in plan.indicators of the rows written in table t. */
  rowsOf: (table: number) => Iterable<number>;
  refs: SettingRefs;
}): SummaryFormulaSources {
  const { plan, layouts } = input;
  const cells = new Array<RowCell | null>(plan.indicators.length).fill(null);
  const actualCols = new Array<number | null>(plan.indicators.length).fill(null);
  layouts.forEach((l, t) => {
    if (!l) return;
    const { block } = l;
    const created = l.created.find((c) => c.column === "consuntivo")?.col ?? null;
    for (const i of input.rowsOf(t)) {
      const row = plan.indicators[i];
      if (row.row <= block.headerRow || row.row > l.bottom) continue;
      cells[i] = { sheet: block.sheet, row: row.row, col: l.ownedLeft, block: t };
      actualCols[i] = row.actual.col ?? created;
    }
  });
  return {
    refs: input.refs,
    achievementAt: (p) => cells[p] ?? null,
    actualColAt: (p) => actualCols[p] ?? null,
  };
}
