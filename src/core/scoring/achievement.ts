/**
 * Achievement of one indicator: a target and an actual in, a raw achievement out (before the cap and
 * the soglia). Follows domain.md "Default scoring rules" and "Precise readings" to the letter.
 */
import type { Settings } from "../settings/types";
import type { Actual, ComparisonTarget, DeadlineTarget, Operator, QualitativeTarget, Target } from "../targets/types";

/** Tolerance for "met" tests, so that 0.1 + 0.2 meets "≥ 0.3"; far below the 4th decimal. */
const MET_EPSILON = 1e-9;

/**
 * Targets that can be measured as they stand. Baseline years, targets not set and broken ones cannot be
 * scored at all; a relative target is measured once its baseline makes it a comparison (resolveRelative).
 */
export type ScorableTarget = Exclude<
  Target,
  { kind: "baseline" } | { kind: "not_set" } | { kind: "invalid" } | { kind: "relative" }
>;

export function isScorable(target: Target | null): target is ScorableTarget {
  if (target === null) return false;
  const kind = target.kind;
  return kind !== "baseline" && kind !== "not_set" && kind !== "invalid" && kind !== "relative";
}

export type Measure =
  | {
      ok: true;
      /** Achievement before clipping and soglia (may be above the cap or below 0). */
      raw: number;
      /** The actual used, as a number where it has one (fraction for %); null otherwise. */
      actualValue: number | null;
      /** True when a plain number was read as percentage points (85 -> 0.85). */
      percentPoints: boolean;
    }
  | { ok: false; problem: "mismatch" | "unreadable" };

const MISMATCH: Measure = { ok: false, problem: "mismatch" };

/** Raw achievement of an actual against a scorable target. */
export function measure(target: ScorableTarget, actual: Actual, settings: Settings): Measure {
  if (actual.kind === "invalid") return { ok: false, problem: "unreadable" };
  switch (target.kind) {
    case "comparison":
      return measureComparison(target, actual, settings);
    case "deadline":
      return measureDeadline(target, actual);
    case "qualitative":
      return measureQualitative(target, actual, settings);
    case "boolean":
      if (actual.kind === "boolean") return done(actual.value ? 1 : 0);
      // A completion date typed against "Annuale"/"Realizzato" says the thing was done.
      if (actual.kind === "date") return done(1);
      return MISMATCH;
  }
}

/** Clip to [0, cap], then the soglia minima: below it the achievement is 0. */
export function finish(raw: number, settings: Settings): number {
  const clipped = Math.min(Math.max(raw, 0), settings.cap);
  return clipped < settings.soglia - MET_EPSILON ? 0 : clipped;
}

function done(raw: number): Measure {
  return { ok: true, raw, actualValue: null, percentPoints: false };
}

/** The actual as a number comparable with the target's value, or null when it has no number. */
function comparableValue(target: ComparisonTarget, actual: Actual): { value: number; percentPoints: boolean } | null {
  if (actual.kind === "ratio") return { value: actual.value, percentPoints: false };
  if (actual.kind !== "number") return null;
  // An actual written in % is its fraction whatever the target (105% against ≥1 is 1.05).
  if (actual.percent) return { value: actual.value, percentPoints: false };
  // A plain number against a % target: above 1 it is percentage points, otherwise a fraction.
  if (target.percent && actual.value > 1) return { value: actual.value / 100, percentPoints: true };
  return { value: actual.value, percentPoints: false };
}

/**
 * The operator actually tested: the polarity decides the direction, so a bare value whose polarity was
 * inferred is tested as ≥ or ≤ whatever operator the parser stored for it.
 */
function effectiveOperator(target: ComparisonTarget): Operator {
  if (target.polarity === "equal") return "=";
  if (target.polarity === "higher") return target.operator === ">" ? ">" : ">=";
  return target.operator === "<" ? "<" : "<=";
}

/** The met test; `>`/`<` are `≥`/`≤` unless the settings ask for strict comparisons. */
export function meets(x: number, op: Operator, t: number, strict: boolean): boolean {
  switch (op) {
    case ">=":
      return x >= t - MET_EPSILON;
    case ">":
      return strict ? x > t + MET_EPSILON : x >= t - MET_EPSILON;
    case "<=":
      return x <= t + MET_EPSILON;
    case "<":
      return strict ? x < t - MET_EPSILON : x <= t + MET_EPSILON;
    case "=":
      return Math.abs(x - t) <= MET_EPSILON;
  }
}

function measureComparison(target: ComparisonTarget, actual: Actual, settings: Settings): Measure {
  const read = comparableValue(target, actual);
  if (read === null) return MISMATCH;
  const x = read.value;
  const t = target.value;
  const met = meets(x, effectiveOperator(target), t, settings.strictComparisons);
  let raw: number;
  if (target.polarity === "higher") {
    raw = t > 0 ? x / t : met ? 1 : 0;
  } else if (target.polarity === "lower") {
    // met covers x ≤ 0 < T too, so T / x never divides by zero or goes negative here.
    raw = t > 0 ? (met ? 1 : t / x) : met ? 1 : 0;
  } else {
    raw = met ? 1 : 0;
  }
  return { ok: true, raw, actualValue: x, percentPoints: read.percentPoints };
}

function measureDeadline(target: DeadlineTarget, actual: Actual): Measure {
  const n = target.deadlines.length;
  if (n === 0) return MISMATCH;
  if (actual.kind === "boolean") return done(actual.value ? 1 : 0);
  if (actual.kind !== "date" || actual.dates.length === 0) return MISMATCH;
  let met = 0;
  if (actual.dates.length === 1) {
    // One completion date is compared with every deadline.
    const d = actual.dates[0];
    for (const deadline of target.deadlines) if (d <= deadline) met++;
  } else {
    // Several dates are matched to the deadlines in order; a deadline without a date is missed.
    target.deadlines.forEach((deadline, i) => {
      const d = actual.dates[i];
      if (d !== undefined && d <= deadline) met++;
    });
  }
  // ISO yyyy-mm-dd strings compare as dates.
  return done(met / n);
}

function measureQualitative(target: QualitativeTarget, actual: Actual, settings: Settings): Measure {
  if (actual.kind !== "level") return MISMATCH;
  const reached = actual.level;
  const wanted = target.level;
  const strict = settings.strictComparisons;
  let raw: number;
  if (target.operator === "=") {
    raw = reached === wanted ? 1 : 0;
  } else if (target.operator === "<=" || target.operator === "<") {
    raw = meets(reached, target.operator, wanted, strict) ? 1 : wanted / reached;
  } else {
    raw = meets(reached, target.operator, wanted, strict) ? 1 : reached / wanted;
  }
  return { ok: true, raw, actualValue: null, percentPoints: false };
}
