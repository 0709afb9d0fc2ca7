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

/** weighted() one entry at a time, for a total whose rows are not in one list (an objective's). */
export class WeightedSum {
  private num = 0;
  private den = 0;
  private covered = 0;
  private coverable = 0;
  private weightSum = 0;

  add(e: WeightedEntry): void {
    if (e.weight === null) return;
    this.weightSum += e.weight;
    if (e.achievement !== null) {
      this.num += e.weight * e.achievement;
      this.den += e.weight;
    }
    if (e.scorable) {
      this.coverable += e.weight;
      if (e.measured) this.covered += e.weight;
    }
  }

  result(): WeightedResult {
    return {
      // A zero denominator (no measured row, or only 0-weight ones) means no score, never 0 or NaN.
      score: this.den > 0 ? this.num / this.den : null,
      coverage: this.coverable > 0 ? this.covered / this.coverable : null,
      weightSum: this.weightSum,
    };
  }
}

export function weighted(entries: readonly WeightedEntry[]): WeightedResult {
  const sum = new WeightedSum();
  for (let i = 0; i < entries.length; i++) sum.add(entries[i]);
  return sum.result();
}

/** Plain mean of the non-null values; null when there is none. */
export function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return present.reduce((s, v) => s + v, 0) / present.length;
}
