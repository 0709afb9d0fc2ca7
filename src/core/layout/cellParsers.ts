/**
 * The one place the layout reads target, actual and weight cells, through the shared parsers.
 *
 * Plans repeat a handful of targets and weights thousands of times ("100%", "3%", "30/06/2022"):
 * each distinct (cell, format) is parsed once per run. Parsed values are plain immutable data, so
 * rows may share them.
 */
import type { CellValue } from "../grid/types";
import type { Settings } from "../settings/types";
import type { Actual, ParseContext, Target } from "../targets/types";
import { parseActual, parseTarget, parseWeight } from "../targets";

export type WeightReading = ReturnType<typeof parseWeight>;

export interface CellParsers {
  /** `indicator` is the row's indicator text: a bare plain number's polarity depends on it. */
  target(raw: CellValue, numberFormat: string, indicator: string): Target | null;
  actual(raw: CellValue, numberFormat: string): Actual | null;
  weight(raw: CellValue, numberFormat: string): WeightReading;
}

/** Beyond this many distinct cells the plan is not repetitive: stop caching, keep memory flat. */
const MAX_ENTRIES = 20_000;

/** Parsed values by number format, then by raw value (3 and "3" stay distinct). */
function memo<T>(): {
  get(format: string, raw: CellValue): T | undefined;
  set(format: string, raw: CellValue, value: T): void;
} {
  const byFormat = new Map<string, Map<CellValue, T>>();
  let size = 0;
  return {
    get: (format, raw) => byFormat.get(format)?.get(raw),
    set: (format, raw, value) => {
      if (size >= MAX_ENTRIES) return;
      const byRaw = byFormat.get(format) ?? new Map<CellValue, T>();
      byFormat.set(format, byRaw);
      byRaw.set(raw, value);
      size++;
    },
  };
}

/** A bare plain number ("5", "1,45") takes its polarity from the row's indicator: it cannot be shared. */
function dependsOnIndicator(t: Target | null): boolean {
  return t !== null && t.kind === "comparison" && t.inferred && !t.percent && t.unit !== "gg";
}

export function cellParsers(settings: Settings): CellParsers {
  const context = (numberFormat: string, indicator: string): ParseContext => ({
    numberFormat,
    indicator,
    levels: settings.levels,
    lowerIsBetterWords: settings.lowerIsBetterWords,
    strictComparisons: settings.strictComparisons,
  });
  const targets = memo<Target | null>();
  const actuals = memo<Actual | null>();
  const weights = memo<WeightReading>();
  return {
    target(raw, numberFormat, indicator) {
      const known = targets.get(numberFormat, raw);
      if (known !== undefined && !dependsOnIndicator(known)) return known;
      const parsed = parseTarget(raw, context(numberFormat, indicator));
      if (known === undefined) targets.set(numberFormat, raw, parsed);
      return parsed;
    },
    actual(raw, numberFormat) {
      let a = actuals.get(numberFormat, raw);
      if (a === undefined) {
        // An actual depends only on the cell, its format and the run's levels.
        a = parseActual(raw, context(numberFormat, ""));
        actuals.set(numberFormat, raw, a);
      }
      return a;
    },
    weight(raw, numberFormat) {
      let w = weights.get(numberFormat, raw);
      if (w === undefined) {
        w = parseWeight(raw, numberFormat);
        weights.set(numberFormat, raw, w);
      }
      return w;
    },
  };
}
