/**
 * The one weighted formula: units, their productivity share, objectives, Area pools and weighted
 * strategic objectives all go through weighted().
 */

/** What the formula needs to know about one indicator row. */
export interface WeightedEntry {
  /** Fraction; null = unweighted (informational) row. */
  weight: number | null;
  /** Achievement used in the score; null = not in the score (not measured, not scorable). */
  achievement: number | null;
  /** The row has a scorable target (it belongs in the coverage denominator). */
  scorable: boolean;
  /** The row has a usable actual (typed or derived), not a missing-as-zero stand-in. */
  measured: boolean;
}

export interface WeightedResult {
  /** Σ w·a / Σ w over weighted rows with an achievement; null when nothing measured. */
  score: number | null;
  /** Σ w of scorable measured rows / Σ w of scorable rows; null when no weighted scorable row. */
  coverage: number | null;
  /** Σ w of every weighted row, whatever its target. */
  weightSum: number;
}

export function weighted(entries: readonly WeightedEntry[]): WeightedResult {
  let num = 0;
  let den = 0;
  let covered = 0;
  let coverable = 0;
  let weightSum = 0;
  for (const e of entries) {
    if (e.weight === null) continue;
    weightSum += e.weight;
    if (e.achievement !== null) {
      num += e.weight * e.achievement;
      den += e.weight;
    }
    if (e.scorable) {
      coverable += e.weight;
      if (e.measured) covered += e.weight;
    }
  }
  return {
    // A zero denominator (no measured row, or only 0-weight ones) means no score, never 0 or NaN.
    score: den > 0 ? num / den : null,
    coverage: coverable > 0 ? covered / coverable : null,
    weightSum,
  };
}

/** Plain mean of the non-null values; null when there is none. */
export function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return present.reduce((s, v) => s + v, 0) / present.length;
}
