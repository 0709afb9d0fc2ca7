/** One indicator row scored: its result, what the weighted formula needs to know, and its diagnostics. */
import { NONE_PARAM, percentParam, unreadableParam, type Diagnostic, type DiagnosticParam } from "../diagnostics/types";
import type { IndicatorRow } from "../model/types";
import type { Settings } from "../settings/types";
import type { Actual } from "../targets/types";
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

/** What scoring a row needs besides the row itself. */
export interface RowContext {
  settings: Settings;
  actualCell: CellLocator;
  /** Set for a Dirigente's synthetic indicator: the synthesis that stands for its actual. */
  derived?: DerivedSource;
}

export interface ScoredRow {
  result: IndicatorResult;
  /** The row has a scorable target: it belongs in the coverage denominator. */
  scorable: boolean;
  /** The row has a usable actual (typed or derived), not a missing-as-zero stand-in. */
  measured: boolean;
  diagnostics: Diagnostic[];
}

function result(row: IndicatorRow, achievement: number | null, status: IndicatorResult["status"], actualValue: number | null): IndicatorResult {
  return { key: row.key, achievement, status, actualValue };
}

export function scoreRow(row: IndicatorRow, context: RowContext): ScoredRow {
  const { settings, derived } = context;
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic["severity"], code: Diagnostic["code"], params: Diagnostic["params"]): void => {
    diagnostics.push({ severity, code, sheet: row.sheet, cell: context.actualCell(row), params });
  };
  const target = row.target.value;

  let actual: Actual | null = row.actual.value;
  if (derived !== undefined) {
    const typed = row.actual.raw !== null && row.actual.raw !== "";
    if (typed) {
      report("warning", "ACTUAL_IGNORED_DERIVED", {
        raw: displayCell(row.actual.raw, row.actual.numberFormat),
        value: derived.value === null ? NONE_PARAM : percentParam(derived.value),
      });
    }
    // The synthesis is a fraction; handing it over as a %-actual makes it read as such against any target.
    actual =
      derived.value === null ? null : { kind: "number", raw: derived.value, value: derived.value, percent: true };
    if (isScorable(target)) {
      if (derived.value === null) report("info", "DERIVED_NOT_AVAILABLE", { of: derived.of });
      else report("info", "DERIVED_ACTUAL", { of: derived.of, value: percentParam(derived.value) });
    }
  }

  if (!isScorable(target)) {
    // Baseline, broken or missing target: the recogniser reports the target itself.
    return { result: result(row, null, "non_valutabile", null), scorable: false, measured: false, diagnostics };
  }

  if (actual === null) {
    // Cruscotto KPIs are left out of missingAsZero: a cruscotto without actuals must let the Ente fall
    // back to the Areas, not score 0.
    if (settings.missingAsZero && row.unitId !== null) {
      const a = finish(0, settings);
      return { result: result(row, a, statusFor(a, settings), null), scorable: true, measured: false, diagnostics };
    }
    return { result: result(row, null, "non_rilevato", null), scorable: true, measured: false, diagnostics };
  }

  const m = measure(target, actual, settings);
  if (!m.ok) {
    if (m.problem === "unreadable" && actual.kind === "invalid") {
      report("warning", "ACTUAL_UNREADABLE", { raw: displayCell(row.actual.raw, row.actual.numberFormat), reason: unreadableParam(actual.reason) });
    } else {
      report("warning", "ACTUAL_KIND_MISMATCH", {
        raw: displayCell(row.actual.raw, row.actual.numberFormat),
        target: displayCell(row.target.raw, row.target.numberFormat),
        targetKind: { kind: "targetKind", targetKind: target.kind },
      });
    }
    return { result: result(row, null, "non_valutabile", null), scorable: true, measured: false, diagnostics };
  }

  if (m.percentPoints && m.actualValue !== null) {
    report("info", "ACTUAL_PERCENT_POINTS", { raw: displayCell(row.actual.raw, row.actual.numberFormat), percent: percentParam(m.actualValue) });
  }
  const a = finish(m.raw, settings);
  return { result: result(row, a, statusFor(a, settings), m.actualValue), scorable: true, measured: true, diagnostics };
}
