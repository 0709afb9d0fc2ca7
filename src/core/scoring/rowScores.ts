/**
 * The scored rows of a run, kept by their position in plan.indicators. On a 50 000-row plan a map keyed by
 * the row objects cost more than scoring the rows: every unit, objective and strategic objective looked
 * each of its rows up in it. Here each list of rows (a unit's, an objective's KPIs) is turned into positions
 * once, and every total reads the scores by position.
 */
import type { IndicatorRow } from "../model/types";
import type { ScoredRow } from "./rows";
import type { WeightedEntry } from "./weighted";

/** A list of rows (a unit's indicators, a strategic objective's KPIs) and where each is in plan.indicators. */
export interface RowList {
  rows: readonly IndicatorRow[];
  /** Position of each row in plan.indicators; -1 for a row the plan's list does not hold. */
  positions: Int32Array;
}

/**
 * True when the list holds each row once, told from the order the recogniser reads rows in (sheet by sheet,
 * going down each sheet) without hashing them: a row listed twice has the same sheet and row both times.
 */
function inReadingOrder(rows: readonly IndicatorRow[]): boolean {
  const sheets = new Set<string>();
  let sheet: string | null = null;
  let last = -1;
  // Indexed, as in forEach below.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.sheet !== sheet) {
      if (sheets.has(r.sheet)) return false;
      sheets.add(r.sheet);
      sheet = r.sheet;
    } else if (r.row <= last) return false;
    last = r.row;
  }
  return true;
}

/**
 * Where rows are in plan.indicators. Lists follow the plan's order (the recogniser adds a row to its unit as
 * it adds it to the plan, and units come in the order they are found), so the row after the last one found
 * is almost always the next one asked for; a map of positions is built only the first time it is not. A row
 * the plan lists twice (never the recogniser's) stands at its first position.
 */
export class PlanPositions {
  private next = 0;
  private byRow: Map<IndicatorRow, number> | null = null;
  /** The first position of the row at each position; null when every row is listed once. */
  private readonly firstOf: Int32Array | null;

  constructor(private readonly rows: readonly IndicatorRow[]) {
    this.firstOf = inReadingOrder(rows) ? null : this.firstPositions();
  }

  get length(): number {
    return this.rows.length;
  }

  /** The position that stands for position `i`: itself, or the first listing of the same row. */
  first(i: number): number {
    return this.firstOf === null ? i : this.firstOf[i];
  }

  list(rows: readonly IndicatorRow[]): RowList {
    const positions = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) positions[i] = this.positionOf(rows[i]);
    return { rows, positions };
  }

  private positionOf(row: IndicatorRow): number {
    const p = this.next < this.rows.length && this.rows[this.next] === row ? this.next : this.lookup(row);
    if (p >= 0) this.next = p + 1;
    return p;
  }

  private lookup(row: IndicatorRow): number {
    if (this.byRow === null) this.firstPositions();
    return this.byRow?.get(row) ?? -1;
  }

  private firstPositions(): Int32Array {
    const byRow = new Map<IndicatorRow, number>();
    const firstOf = new Int32Array(this.rows.length);
    this.rows.forEach((row, i) => {
      const first = byRow.get(row);
      if (first === undefined) byRow.set(row, i);
      firstOf[i] = first ?? i;
    });
    this.byRow = byRow;
    return firstOf;
  }
}

/** A row not scored yet (nor listed by the plan) counts as unweighted and unmeasured. */
const NOT_SCORED: WeightedEntry = { weight: null, achievement: null, scorable: false, measured: false };

export class RowScores {
  /** By position in plan.indicators (a row listed twice, at its first position only). */
  private readonly inPlan: (ScoredRow | undefined)[];
  /** Rows only a unit or a strategic objective lists, in the order they were scored. */
  private readonly others = new Map<IndicatorRow, ScoredRow>();

  constructor(private readonly positions: PlanPositions) {
    this.inPlan = new Array<ScoredRow | undefined>(positions.length);
  }

  at(position: number): ScoredRow | undefined {
    return this.inPlan[this.positions.first(position)];
  }

  /** The row's score, at its position in plan.indicators; -1 for a row only a unit or an objective lists. */
  set(row: IndicatorRow, position: number, scored: ScoredRow): void {
    if (position >= 0) this.inPlan[this.positions.first(position)] = scored;
    else this.others.set(row, scored);
  }

  /** A row of a list: by its position, or among the rows the plan's list does not hold. */
  of(list: RowList, i: number): ScoredRow | undefined {
    const p = list.positions[i];
    return p >= 0 ? this.at(p) : this.others.get(list.rows[i]);
  }

  hasOther(row: IndicatorRow): boolean {
    return this.others.has(row);
  }

  /** What the weighted formula reads of each row of the list. */
  entries(list: RowList): WeightedEntry[] {
    const out = new Array<WeightedEntry>(list.rows.length);
    for (let i = 0; i < out.length; i++) out[i] = this.of(list, i) ?? NOT_SCORED;
    return out;
  }

  /** Every scored row: the plan's in its order, then the others in the order they were scored. */
  forEach(visit: (scored: ScoredRow) => void): void {
    // Indexed: a for-of over 50 000 rows allocates an iterator result per row until the loop is optimised.
    for (let i = 0; i < this.inPlan.length; i++) {
      const s = this.inPlan[i];
      if (s !== undefined) visit(s);
    }
    this.others.forEach((s) => visit(s));
  }
}
