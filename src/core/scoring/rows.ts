/**
 * One indicator row scored: its result, what the weighted formulas need, and its diagnostics.
 *
 * Written for plans of 50 000 rows: no closure and no wrapper object per row (under tsx every named
 * closure also costs a defineProperty). A row's outcome is its IndicatorResult plus two flags kept
 * by the caller in a byte array; diagnostics go straight into the caller's list.
 */
import { NONE_PARAM, percentParam, unreadableParam, type Diagnostic, type DiagnosticParam } from "../diagnostics/types";
import type { IndicatorRow } from "../model/types";
import type { Settings } from "../settings/types";
import type { Actual, Target } from "../targets/types";
import { finish, isScorable, measure } from "./achievement";
import { displayCell } from "../targets/display";
import { statusFor } from "./status";
import type { IndicatorResult } from "./types";

/** The synthesis a derived row takes as its actual. */
export interface DerivedSource {
  /** The Ente's synthesis, or the Area's name (a synthesis code when the Area is unknown), for the messages. */
  of: DiagnosticParam;
  value: number | null;
}

/** Where a row's diagnostics point: its actual cell (sheet + A1), or null when it has none. */
export type CellLocator = (row: IndicatorRow) => string | null;

/** Flag bits of a scored row (see WeightedEntry: scorable, measured). */
export const SCORED = 1;
export const SCORABLE = 2;
export const MEASURED = 4;


function result(row: IndicatorRow, achievement: number | null, status: IndicatorResult["status"], actualValue: number | null): IndicatorResult {
  return { key: row.key, achievement, status, actualValue };
}

function diag(
  out: Diagnostic[],
  row: IndicatorRow,
  actualCell: CellLocator,
  severity: Diagnostic["severity"],
  code: Diagnostic["code"],
  params: Diagnostic["params"],
): void {
  out.push({ severity, code, sheet: row.sheet, cell: actualCell(row), params });
}

/**
 * Scores one row: stores its result at results[i] and its flags (SCORED | SCORABLE | MEASURED) at
 * flags[i], and appends its diagnostics to `diagnostics`.
 */
export function scoreRowAt(
  row: IndicatorRow,
  settings: Settings,
  actualCell: CellLocator,
  derived: DerivedSource | undefined,
  diagnostics: Diagnostic[],
  results: IndicatorResult[],
  flags: Uint8Array,
  i: number,
): void {
  const target = row.target.value;

  let actual: Actual | null = row.actual.value;
  if (derived !== undefined) {
    const typed = row.actual.raw !== null && row.actual.raw !== "";
    if (typed) {
      diag(diagnostics, row, actualCell, "warning", "ACTUAL_IGNORED_DERIVED", {
        raw: displayCell(row.actual.raw, row.actual.numberFormat),
        value: derived.value === null ? NONE_PARAM : percentParam(derived.value),
      });
    }
    // The synthesis is a fraction; handing it over as a %-actual makes it read as such against any target.
    actual =
      derived.value === null ? null : { kind: "number", raw: derived.value, value: derived.value, percent: true };
    if (isScorable(target)) {
      if (derived.value === null) diag(diagnostics, row, actualCell, "info", "DERIVED_NOT_AVAILABLE", { of: derived.of });
      else diag(diagnostics, row, actualCell, "info", "DERIVED_ACTUAL", { of: derived.of, value: percentParam(derived.value) });
    }
  }

  if (!isScorable(target)) {
    // Baseline, broken or missing target: the recogniser reports the target itself.
    results[i] = result(row, null, "non_valutabile", null);
    flags[i] = SCORED;
    return;
  }

  if (actual === null) {
    // Cruscotto KPIs are left out of missingAsZero: a cruscotto without actuals must let the Ente fall
    // back to the Areas, not score 0.
    if (settings.missingAsZero && row.unitId !== null) {
      const a = finish(0, settings);
      results[i] = result(row, a, statusFor(a, settings), null);
    } else {
      results[i] = result(row, null, "non_rilevato", null);
    }
    flags[i] = SCORED | SCORABLE;
    return;
  }

  const m = measure(target, actual, settings);
  if (!m.ok) {
    if (m.problem === "unreadable" && actual.kind === "invalid") {
      diag(diagnostics, row, actualCell, "warning", "ACTUAL_UNREADABLE", { raw: displayCell(row.actual.raw, row.actual.numberFormat), reason: unreadableParam(actual.reason) });
    } else {
      diag(diagnostics, row, actualCell, "warning", "ACTUAL_KIND_MISMATCH", {
        raw: displayCell(row.actual.raw, row.actual.numberFormat),
        target: displayCell(row.target.raw, row.target.numberFormat),
        targetKind: { kind: "targetKind", targetKind: target.kind },
      });
    }
    results[i] = result(row, null, "non_valutabile", null);
    flags[i] = SCORED | SCORABLE;
    return;
  }

  if (m.percentPoints && m.actualValue !== null) {
    diag(diagnostics, row, actualCell, "info", "ACTUAL_PERCENT_POINTS", { raw: displayCell(row.actual.raw, row.actual.numberFormat), percent: percentParam(m.actualValue) });
  }
  const a = finish(m.raw, settings);
  results[i] = result(row, a, statusFor(a, settings), m.actualValue);
  flags[i] = SCORED | SCORABLE | MEASURED;
}
