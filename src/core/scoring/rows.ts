/** One indicator row scored: its result, what the weighted formula needs to know, and its diagnostics. */
import {
  NONE_PARAM,
  justificationParam,
  percentParam,
  relativeTargetParam,
  unreadableParam,
  type Diagnostic,
  type DiagnosticParam,
} from "../diagnostics/types";
import { a1 } from "../grid/address";
import type { IndicatorRow } from "../model/types";
import type { Settings } from "../settings/types";
import { resolveRelative } from "../targets/relative";
import type { Actual, Target } from "../targets/types";
import { finish, isScorable, measure } from "./achievement";
import { displayCell } from "../targets/display";
import { statusFor } from "./status";
import { BELOW_TARGET, type IndicatorResult } from "./types";
import type { WeightedEntry } from "./weighted";

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
  /** Where the row's motivazione dello scostamento goes: its Motivazione cell, else its actual cell. */
  justificationCell?: CellLocator;
  /** Set for a Dirigente's synthetic indicator: the synthesis that stands for its actual. */
  derived?: DerivedSource;
}

/** A scored row is also what the weighted formula reads of it: its weight, achievement and coverage facts. */
export interface ScoredRow extends WeightedEntry {
  result: IndicatorResult;
  diagnostics: Diagnostic[];
}

/**
 * The place of a derived row before the syntheses it takes its actual from are known: out of every
 * total (no weight) and with no diagnostics yet.
 */
export const AWAITING_SYNTHESIS: ScoredRow = {
  result: { key: "", achievement: null, status: "non_valutabile", actualValue: null },
  weight: null,
  achievement: null,
  scorable: false,
  measured: false,
  diagnostics: [],
};

/** A row's diagnostics point at its actual cell. */
function diagnosticAt(
  row: IndicatorRow,
  context: RowContext,
  severity: Diagnostic["severity"],
  code: Diagnostic["code"],
  params: Diagnostic["params"],
): Diagnostic {
  return { severity, code, sheet: row.sheet, cell: context.actualCell(row), params };
}

/** Diagnostics about the target itself point at its cell (the actual's when the row has no target column). */
function targetDiagnostic(
  row: IndicatorRow,
  context: RowContext,
  severity: Diagnostic["severity"],
  code: Diagnostic["code"],
  params: Diagnostic["params"],
): Diagnostic {
  const cell = row.target.col === null ? context.actualCell(row) : a1(row.row, row.target.col);
  return { severity, code, sheet: row.sheet, cell, params };
}

/**
 * A relative target becomes the comparison it stands for once the row's baseline is read; without a
 * readable baseline there is no threshold (BASELINE_MISSING). Other targets pass unchanged.
 */
function absoluteTarget(
  row: IndicatorRow,
  context: RowContext,
  diagnostics: Diagnostic[],
): { target: Target | null; baselineMissing: boolean } {
  const target = row.target.value;
  if (target === null || target.kind !== "relative") return { target, baselineMissing: false };
  const raw = displayCell(row.target.raw, row.target.numberFormat);
  const resolved = resolveRelative(target, row.baseline?.value);
  if (resolved === null) {
    const typed = row.baseline === undefined ? "" : displayCell(row.baseline.raw, row.baseline.numberFormat);
    diagnostics.push(
      targetDiagnostic(row, context, "warning", "BASELINE_MISSING", {
        raw,
        baseline: typed === "" ? NONE_PARAM : typed,
      }),
    );
    return { target, baselineMissing: true };
  }
  diagnostics.push(
    targetDiagnostic(row, context, "info", "TARGET_RELATIVE", {
      raw,
      computed: relativeTargetParam({
        direction: target.direction,
        change: target.change,
        baseline: resolved.baseline,
        target: resolved.comparison.value,
        percent: resolved.percent,
      }),
    }),
  );
  return { target: resolved.comparison, baselineMissing: false };
}

function scored(
  row: IndicatorRow,
  outcome: {
    achievement: number | null;
    status: IndicatorResult["status"];
    actualValue: number | null;
    scorable: boolean;
    measured: boolean;
  },
  diagnostics: Diagnostic[],
): ScoredRow {
  const { achievement, status, actualValue, scorable, measured } = outcome;
  return {
    result: { key: row.key, achievement, status, actualValue },
    weight: row.weight.value,
    achievement,
    scorable,
    measured,
    diagnostics,
  };
}

/**
 * A neutralised row: visible with its status, out of every total (no weight, not in the coverage), its reason
 * said in its Note. Nothing else is said of it: its actual and target no longer count.
 */
function neutralised(row: IndicatorRow, context: RowContext): ScoredRow {
  const cell = (context.justificationCell ?? context.actualCell)(row);
  const diagnostic: Diagnostic = {
    severity: "info",
    code: "INDICATOR_NEUTRALISED",
    sheet: row.sheet,
    cell,
    params: { reason: justificationParam(row.justification ?? null) },
  };
  return {
    result: { key: row.key, achievement: null, status: "neutralizzato", actualValue: null },
    weight: null,
    achievement: null,
    scorable: false,
    measured: false,
    diagnostics: [diagnostic],
  };
}

/**
 * A weighted indicator measured below Raggiunto asks for its motivazione dello scostamento: an info, or a
 * warning when the settings make the motivazione compulsory. Derived rows take a synthesis as their actual:
 * there is nothing of the row's own to explain.
 */
function justificationDiagnostic(row: IndicatorRow, scoredRow: ScoredRow, context: RowContext): Diagnostic | null {
  const { result } = scoredRow;
  if (!BELOW_TARGET.has(result.status) || !scoredRow.measured || result.achievement === null) return null;
  if (row.derived !== null) return null;
  if (row.weight.value === null || row.weight.value <= 0 || (row.justification ?? null) !== null) return null;
  return {
    severity: context.settings.justificationRequired ? "warning" : "info",
    code: "JUSTIFICATION_MISSING",
    sheet: row.sheet,
    cell: (context.justificationCell ?? context.actualCell)(row),
    params: { achievement: percentParam(result.achievement) },
  };
}

export function scoreRow(row: IndicatorRow, context: RowContext): ScoredRow {
  if (row.neutralised === true) return neutralised(row, context);
  const out = scoreMeasured(row, context);
  const missing = justificationDiagnostic(row, out, context);
  if (missing !== null) out.diagnostics.push(missing);
  return out;
}

function scoreMeasured(row: IndicatorRow, context: RowContext): ScoredRow {
  const { settings, derived } = context;
  const diagnostics: Diagnostic[] = [];
  const { target, baselineMissing } = absoluteTarget(row, context, diagnostics);
  if (baselineMissing) {
    // A target that cannot be computed yet: like an unreadable actual, its weight stays in the coverage.
    return scored(
      row,
      { achievement: null, status: "non_valutabile", actualValue: null, scorable: true, measured: false },
      diagnostics,
    );
  }

  let actual: Actual | null = row.actual.value;
  if (derived !== undefined) {
    const typed = row.actual.raw !== null && row.actual.raw !== "";
    if (typed) {
      diagnostics.push(
        diagnosticAt(row, context, "warning", "ACTUAL_IGNORED_DERIVED", {
          raw: displayCell(row.actual.raw, row.actual.numberFormat),
          value: derived.value === null ? NONE_PARAM : percentParam(derived.value),
        }),
      );
    }
    // The synthesis is a fraction; handing it over as a %-actual makes it read as such against any target.
    actual =
      derived.value === null ? null : { kind: "number", raw: derived.value, value: derived.value, percent: true };
    if (isScorable(target)) {
      if (derived.value === null)
        diagnostics.push(diagnosticAt(row, context, "info", "DERIVED_NOT_AVAILABLE", { of: derived.of }));
      else
        diagnostics.push(
          diagnosticAt(row, context, "info", "DERIVED_ACTUAL", { of: derived.of, value: percentParam(derived.value) }),
        );
    }
  }

  if (!isScorable(target)) {
    // Baseline, broken or missing target: the recogniser reports the target itself.
    return scored(
      row,
      { achievement: null, status: "non_valutabile", actualValue: null, scorable: false, measured: false },
      diagnostics,
    );
  }

  if (actual === null) {
    // Cruscotto KPIs are left out of missingAsZero: a cruscotto without actuals must let the Ente fall
    // back to the Areas, not score 0.
    if (settings.missingAsZero && row.unitId !== null) {
      const a = finish(0, settings);
      return scored(
        row,
        { achievement: a, status: statusFor(a, settings), actualValue: null, scorable: true, measured: false },
        diagnostics,
      );
    }
    return scored(
      row,
      { achievement: null, status: "non_rilevato", actualValue: null, scorable: true, measured: false },
      diagnostics,
    );
  }

  const m = measure(target, actual, settings);
  if (!m.ok) {
    if (m.problem === "unreadable" && actual.kind === "invalid") {
      diagnostics.push(
        diagnosticAt(row, context, "warning", "ACTUAL_UNREADABLE", {
          raw: displayCell(row.actual.raw, row.actual.numberFormat),
          reason: unreadableParam(actual.reason),
        }),
      );
    } else {
      diagnostics.push(
        diagnosticAt(row, context, "warning", "ACTUAL_KIND_MISMATCH", {
          raw: displayCell(row.actual.raw, row.actual.numberFormat),
          target: displayCell(row.target.raw, row.target.numberFormat),
          targetKind: { kind: "targetKind", targetKind: target.kind },
        }),
      );
    }
    return scored(
      row,
      { achievement: null, status: "non_valutabile", actualValue: null, scorable: true, measured: false },
      diagnostics,
    );
  }

  if (m.percentPoints && m.actualValue !== null) {
    diagnostics.push(
      diagnosticAt(row, context, "info", "ACTUAL_PERCENT_POINTS", {
        raw: displayCell(row.actual.raw, row.actual.numberFormat),
        percent: percentParam(m.actualValue),
      }),
    );
  }
  const a = finish(m.raw, settings);
  return scored(
    row,
    { achievement: a, status: statusFor(a, settings), actualValue: m.actualValue, scorable: true, measured: true },
    diagnostics,
  );
}
