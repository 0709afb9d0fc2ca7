/**
 * The formulas of the totals above the indicator (src/core/scoring/weighted.ts and syntheses.ts written over
 * the owned cells): Σ peso·a / Σ peso over the Raggiungimento cells of a unit, an objective or an Area's pool,
 * the coverage, plain means of score cells, counts of Stato cells. Weights are constants, as the engine read
 * them (a weight changed by hand needs a run). Rows are read in runs of one column of one table: a run's
 * weights are an array constant beside its range, 0 for the rows between that are not the total's.
 */
import { WORD_NAMES } from "./words";
import { cellRef, numberConstant, rangeRef, textConstant } from "./references";

/** Excel refuses formulas longer than 8,192 characters: a longer total is written as its value. */
export const MAX_FORMULA_LENGTH = 8000;
/** Functions take at most 255 arguments. */
const MAX_ARGUMENTS = 255;
/** The same tolerance as the engine's BAND_EPSILON. */
const EPS = "1E-9";
/** Empty rows a run may carry inside it (two characters each) before a new SUMPRODUCT (fifty) costs less. */
const MAX_GAP = 20;

/** A cell a total reads: a Raggiungimento or Stato cell of a table the run annotates. */
export interface RowCell {
  sheet: string;
  row: number;
  col: number;
  /** The table (its position in plan.tables): a range never reaches across two tables. */
  block: number;
}

/** A row of a weighted total the formula reads live. */
export interface LiveRow {
  /** Its Raggiungimento cell. */
  cell: RowCell;
  weight: number;
  /** The achievement the engine gave it (what the cell holds now); null when it has none. */
  now: number | null;
}

/**
 * A weighted total as the formula reads it: the rows whose Raggiungimento it reads, and what the rows it
 * cannot read (no owned cell: a protected sheet, a row below its table) add as constants.
 */
export interface WeightedModel {
  live: LiveRow[];
  /** Σ w·a and Σ w of the constant rows that have an achievement. */
  constNum: number;
  constDen: number;
}

export const emptyModel = (): WeightedModel => ({ live: [], constNum: 0, constDen: 0 });

/** The score the formula computes on the cells as they are now: the engine's, or the formula is wrong. */
export function modelScore(m: WeightedModel): number | null {
  let num = m.constNum;
  let den = m.constDen;
  for (const r of m.live) {
    if (r.now === null) continue;
    num += r.weight * r.now;
    den += r.weight;
  }
  return den > 0 ? num / den : null;
}

interface Run {
  sheet: string;
  col: number;
  top: number;
  /** One weight per row from top (0 for a row the total does not read). */
  weights: number[];
}

/**
 * The cells in runs: by sheet and column, going down, a new run after more than MAX_GAP rows the total does
 * not read. A run may cross from one table to the next below it: the rows between (a header, a heading) get
 * the weight 0, and SUMPRODUCT reads text as 0.
 */
function runsOf(cells: readonly { cell: RowCell; weight: number }[]): Run[] {
  const byColumn = new Map<string, Map<number, { cell: RowCell; weight: number }>>();
  for (const c of cells) {
    const key = `${c.cell.sheet}\u0000${c.cell.col}`;
    let rows = byColumn.get(key);
    if (!rows) byColumn.set(key, (rows = new Map()));
    const same = rows.get(c.cell.row);
    // A row listed twice in one total counts twice, as the engine's sum over the list does.
    if (same) same.weight += c.weight;
    else rows.set(c.cell.row, { cell: c.cell, weight: c.weight });
  }
  const runs: Run[] = [];
  for (const rows of byColumn.values()) {
    const sorted = [...rows.values()].sort((a, b) => a.cell.row - b.cell.row);
    let run: Run | null = null;
    for (const r of sorted) {
      if (run === null || r.cell.row - (run.top + run.weights.length) > MAX_GAP) {
        run = { sheet: r.cell.sheet, col: r.cell.col, top: r.cell.row, weights: [] };
        runs.push(run);
      }
      while (run.top + run.weights.length < r.cell.row) run.weights.push(0);
      run.weights.push(r.weight);
    }
  }
  return runs;
}

const rangeOf = (run: Run, col = run.col): string =>
  run.weights.length === 1
    ? cellRef(run.sheet, run.top, col)
    : rangeRef(run.sheet, run.top, col, run.top + run.weights.length - 1, col);

/** The one weight every row of the run has, or null when they differ (or a row between has none). */
function sameWeight(run: Run): number | null {
  const w = run.weights[0];
  return run.weights.every((x) => x === w) ? w : null;
}

const weightArray = (run: Run): string => `{${run.weights.map(numberConstant).join(";")}}`;
const times = (w: number): string => (w === 1 ? "" : `*${numberConstant(w)}`);

/** Σ w·a over the runs: SUM and SUMPRODUCT read only numbers, a Raggiungimento "" counts as nothing. */
function sumTerm(run: Run): string {
  const w = sameWeight(run);
  return w !== null ? `SUM(${rangeOf(run)})${times(w)}` : `SUMPRODUCT(${weightArray(run)},${rangeOf(run)})`;
}

/** Σ w over the rows of the runs whose Raggiungimento holds a number. */
function countTerm(run: Run): string {
  const w = sameWeight(run);
  return w !== null
    ? `COUNT(${rangeOf(run)})${times(w)}`
    : `SUMPRODUCT(${weightArray(run)},--ISNUMBER(${rangeOf(run)}))`;
}

/**
 * True when `terms` terms of at least `shortest` characters each cannot fit in one formula: the total is then
 * written as its value without building a text of hundreds of kilobytes first (the Ente's counts on a plan
 * of thousands of tables).
 */
const cannotFit = (terms: number, shortest: number): boolean => terms * shortest > MAX_FORMULA_LENGTH;

/** The shortest SUM, COUNT or SUMPRODUCT term of a run: a function, a cell reference and a sheet name. */
const SHORTEST_RUN_TERM = 12;

function joinTerms(terms: readonly string[], constant: number): string {
  const parts = [...terms];
  if (constant !== 0 || parts.length === 0) parts.push(numberConstant(constant));
  return parts.join("+");
}

/**
 * The cells as ranges (the arguments of SUM, COUNT, AVERAGE) when every one has the same weight above 0 and none
 * is listed twice: their weighted sums are then plain sums times that weight, and their weighted mean a plain
 * AVERAGE — the way an officer reads a unit whose indicators weigh alike. Null otherwise, or when the ranges
 * are more than a function's arguments.
 */
function uniform(cells: readonly { cell: RowCell; weight: number }[]): { weight: number; refs: string[] } | null {
  const weight = cells[0]?.weight;
  if (weight === undefined || !(weight > 0) || cells.some((c) => c.weight !== weight)) return null;
  const rows = new Map<string, number[]>();
  const seen = new Set<string>();
  for (const { cell } of cells) {
    const column = `${cell.sheet}\u0000${cell.col}`;
    const key = `${column}\u0000${cell.row}`;
    if (seen.has(key)) return null;
    seen.add(key);
    const list = rows.get(column);
    if (list) list.push(cell.row);
    else rows.set(column, [cell.row]);
  }
  const refs: string[] = [];
  for (const [column, list] of rows) {
    const [sheet, col] = column.split("\u0000");
    refs.push(...columnRefs(sheet, Number(col), list));
    if (refs.length > MAX_ARGUMENTS) return null;
  }
  return { weight, refs };
}

/** Σ w·a / Σ w over the rows with an achievement, "" when none: WeightedSum.result().score. Null: no live row. */
export function weightedScoreFormula(m: WeightedModel): string | null {
  if (m.live.length === 0) return null;
  const same = uniform(m.live);
  const plain = same === null ? null : uniformScoreFormula(m, same);
  const runs = runsOf(m.live);
  if (cannotFit(2 * runs.length, SHORTEST_RUN_TERM)) return plain;
  const num = joinTerms(runs.map(sumTerm), m.constNum);
  const den = joinTerms(runs.map(countTerm), m.constDen);
  const weighted = `IF(${den}>0,(${num})/(${den}),"")`;
  // Scattered rows of one weight can take more characters as ranges than as one weight array.
  return plain !== null && plain.length <= weighted.length ? plain : weighted;
}

/** weightedScoreFormula over rows of one weight: their AVERAGE, or plain sums times the weight beside constants. */
function uniformScoreFormula(m: WeightedModel, same: { weight: number; refs: string[] }): string | null {
  if (m.constNum === 0 && m.constDen === 0) return meanFormula(same.refs);
  const args = same.refs.join(",");
  const num = joinTerms([`SUM(${args})${times(same.weight)}`], m.constNum);
  const den = joinTerms([`COUNT(${args})${times(same.weight)}`], m.constDen);
  return `IF(${den}>0,(${num})/(${den}),"")`;
}

/**
 * Σ w over the plain rows whose Raggiungimento holds a number: a COUNT times the weight when every row weighs
 * the same, or a term per run; whichever is shorter. Empty when neither fits in a formula.
 */
function plainCountTerms(plain: readonly CoverageRow[]): string[] {
  if (plain.length === 0) return [];
  const same = uniform(plain);
  const counted = same === null ? null : [`COUNT(${same.refs.join(",")})${times(same.weight)}`];
  const runs = runsOf(plain);
  const byRuns = cannotFit(runs.length, SHORTEST_RUN_TERM) ? null : runs.map(countTerm);
  if (counted === null || byRuns === null) return counted ?? byRuns ?? [];
  // Scattered rows of one weight can take more characters as ranges than as weight arrays.
  return counted[0].length <= byRuns.join("+").length ? counted : byRuns;
}

/** A row of the coverage's numerator: its weight counts when the row is measured. */
export interface CoverageRow {
  cell: RowCell;
  weight: number;
  /**
   * With «missing as zero» an empty actual scores 0 without being measured: the row's actual cell then
   * says whether it is (a typed Consuntivo), or the synthesis cell a derived row takes its actual from.
   */
  actual?: { kind: "typed"; col: number } | { kind: "synthesis"; ref: string } | { kind: "none" };
}

/**
 * Σ peso of the measured rows / Σ peso of the rows with a scorable target (a constant, > 0). Without «missing
 * as zero» a scorable row is measured exactly when its Raggiungimento holds a number.
 */
export function coverageFormula(rows: readonly CoverageRow[], constMeasured: number, coverable: number): string | null {
  if (rows.length === 0) return null;
  const plain = rows.filter((r) => r.actual === undefined);
  const typed = new Map<number, CoverageRow[]>();
  const terms = [...plainCountTerms(plain)];
  if (terms.length === 0 && plain.length > 0) return null;
  for (const r of rows) {
    const a = r.actual;
    if (a === undefined) continue;
    if (a.kind === "typed") {
      const list = typed.get(a.col);
      if (list) list.push(r);
      else typed.set(a.col, [r]);
    } else if (a.kind === "synthesis") {
      const cell = cellRef(r.cell.sheet, r.cell.row, r.cell.col);
      terms.push(`ISNUMBER(${cell})*ISNUMBER(${a.ref})${times(r.weight)}`);
    }
    // kind none: never measured (the row has no actual cell), it adds nothing.
  }
  for (const [col, list] of typed) {
    for (const run of runsOf(list)) {
      const actual = rangeOf(run, col);
      const trimmed = `TRIM(${actual})`;
      terms.push(
        // The words for «no actual yet» are the indicators' list, named on this same Riepilogo.
        `SUMPRODUCT(${weightArray(run)},--ISNUMBER(${rangeOf(run)}),--(${trimmed}<>""),1-ISNUMBER(MATCH(${trimmed},${WORD_NAMES.notYet},0)))`,
      );
    }
  }
  return `(${joinTerms(terms, constMeasured)})/${numberConstant(coverable)}`;
}

/** Contiguous rows of one column as ranges: the arguments of AVERAGE and COUNT. */
export function columnRefs(sheet: string, col: number, rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? cellRef(sheet, sorted[i], col) : rangeRef(sheet, sorted[i], col, sorted[j], col));
    i = j + 1;
  }
  return out;
}

/** The mean of the score cells that hold one, "" when none does: mean() of syntheses.ts. Null: not writable. */
export function meanFormula(refs: readonly string[]): string | null {
  if (refs.length === 0 || refs.length > MAX_ARGUMENTS) return null;
  const args = refs.join(",");
  return `IF(COUNT(${args})>0,AVERAGE(${args}),"")`;
}

/**
 * The first candidate that has a value, else `none`: the Ente's «auto» order (each candidate a list of refs).
 * Null when no candidate has a cell to read (the figure is then a constant: its value).
 */
export function firstPresent(
  candidates: readonly { refs: readonly string[]; then: string }[],
  none: string,
): string | null {
  if (candidates.every((c) => c.refs.length === 0)) return null;
  let out = none;
  for (const c of [...candidates].reverse()) {
    if (c.refs.length === 0) continue;
    if (c.refs.length > MAX_ARGUMENTS) return null;
    out = `IF(COUNT(${c.refs.join(",")})>0,${c.then},${out})`;
  }
  return out;
}

export interface BandLabels {
  raggiunto: string;
  parzialmente_raggiunto: string;
  non_raggiunto: string;
  non_rilevato: string;
}

/** statusFor() of a score cell: its band, or Non rilevato when it holds no score. */
export function bandFormula(
  score: string,
  labels: BandLabels,
  refs: { bandRaggiunto: string; bandParziale: string },
): string {
  const band = `IF(${score}+${EPS}>=${refs.bandRaggiunto},${textConstant(labels.raggiunto)},IF(${score}+${EPS}>=${
    refs.bandParziale
  },${textConstant(labels.parzialmente_raggiunto)},${textConstant(labels.non_raggiunto)}))`;
  return `IF(ISNUMBER(${score}),${band},${textConstant(labels.non_rilevato)})`;
}

/** A COUNTIF criterion matching exactly this text: its wildcards (* ? ~) escaped. */
export function exactCriterion(text: string): string {
  return textConstant(text.replace(/[~*?]/g, (c) => `~${c}`));
}

/**
 * How many of the cells hold `label`, plus `constant` (the rows no formula can read). A cell listed twice
 * counts twice, as the engine counts every row of plan.indicators. A table's Stato cells are read as one
 * range from its first to its last counted row: the rows between are the add-in's own, emptied by the run.
 */
export function countFormula(cells: readonly RowCell[], label: string, constant: number): string | null {
  if (cells.length === 0) return null;
  const criterion = exactCriterion(label);
  const byBlock = new Map<number, { sheet: string; col: number; top: number; bottom: number; seen: Set<number> }>();
  const extra: string[] = [];
  for (const c of cells) {
    const b = byBlock.get(c.block);
    if (!b) {
      byBlock.set(c.block, { sheet: c.sheet, col: c.col, top: c.row, bottom: c.row, seen: new Set([c.row]) });
      continue;
    }
    if (b.seen.has(c.row)) extra.push(`COUNTIF(${cellRef(c.sheet, c.row, c.col)},${criterion})`);
    b.seen.add(c.row);
    b.top = Math.min(b.top, c.row);
    b.bottom = Math.max(b.bottom, c.row);
  }
  if (cannotFit(byBlock.size + extra.length, "COUNTIF(A1,)".length + criterion.length)) return null;
  const terms = [...byBlock.keys()]
    .sort((a, b) => a - b)
    .map((k) => {
      const b = byBlock.get(k)!;
      const range =
        b.top === b.bottom ? cellRef(b.sheet, b.top, b.col) : rangeRef(b.sheet, b.top, b.col, b.bottom, b.col);
      return `COUNTIF(${range},${criterion})`;
    });
  return joinTerms([...terms, ...extra], constant);
}

/** A formula short enough for Excel, or null (the cell is then written as its value). */
export function fitting(formula: string | null): string | null {
  return formula !== null && formula.length <= MAX_FORMULA_LENGTH ? formula : null;
}
