/** One indicator row scored: its result, what the weighted formulas need, and its diagnostics. */
import type { Diagnostic } from "../diagnostics/types";
import type { IndicatorRow } from "../model/types";
import type { Settings } from "../settings/types";
import type { Actual, Target } from "../targets/types";
import { finish, isScorable, measure } from "./achievement";
import { percentText } from "./display";
import { displayCell } from "../targets/display";
import { statusFor } from "./status";
import type { IndicatorResult } from "./types";
import type { WeightedEntry } from "./weighted";

export interface RowOutcome {
  result: IndicatorResult;
  entry: WeightedEntry;
  diagnostics: Diagnostic[];
}

/** The synthesis a derived row takes as its actual. */
export interface DerivedSource {
  /** "Ente" or the Area's name, for the messages. */
  of: string;
  value: number | null;
}

/** Where a row's diagnostics point: its actual cell (sheet + A1), or null when it has none. */
export type CellLocator = (row: IndicatorRow) => string | null;

const TARGET_KIND_WORDS: Record<Target["kind"], string> = {
  comparison: "valore numerico",
  deadline: "scadenza",
  qualitative: "livello",
  boolean: "sì/no",
  baseline: "anno di rilevazione",
  invalid: "non leggibile",
};

export function scoreRow(
  row: IndicatorRow,
  settings: Settings,
  actualCell: CellLocator,
  derived?: DerivedSource,
): RowOutcome {
  const diagnostics: Diagnostic[] = [];
  const target = row.target.value;
  const weight = row.weight.value;
  const diag = (severity: Diagnostic["severity"], code: Diagnostic["code"], params: Diagnostic["params"]): void => {
    diagnostics.push({ severity, code, sheet: row.sheet, cell: actualCell(row), params });
  };

  let actual: Actual | null = row.actual.value;
  if (derived !== undefined) {
    const typed = row.actual.raw !== null && row.actual.raw !== "";
    if (typed) {
      diag("warning", "ACTUAL_IGNORED_DERIVED", {
        raw: displayCell(row.actual.raw, row.actual.numberFormat),
        value: derived.value === null ? "n.d." : percentText(derived.value),
      });
    }
    // The synthesis is a fraction; handing it over as a %-actual makes it read as such against any target.
    actual =
      derived.value === null ? null : { kind: "number", raw: derived.value, value: derived.value, percent: true };
    if (isScorable(target)) {
      if (derived.value === null) diag("info", "DERIVED_NOT_AVAILABLE", { of: derived.of });
      else diag("info", "DERIVED_ACTUAL", { of: derived.of, value: percentText(derived.value) });
    }
  }

  const result = (achievement: number | null, status: IndicatorResult["status"], actualValue: number | null): IndicatorResult => ({
    key: row.key,
    achievement,
    status,
    actualValue,
  });

  if (!isScorable(target)) {
    // Baseline, broken or missing target: the recogniser reports the target itself.
    return {
      result: result(null, "non_valutabile", null),
      entry: { weight, achievement: null, scorable: false, measured: false },
      diagnostics,
    };
  }

  if (actual === null) {
    // Cruscotto KPIs are left out of missingAsZero: a cruscotto without actuals must let the Ente fall
    // back to the Areas, not score 0.
    if (settings.missingAsZero && row.unitId !== null) {
      const a = finish(0, settings);
      return {
        result: result(a, statusFor(a, settings), null),
        entry: { weight, achievement: a, scorable: true, measured: false },
        diagnostics,
      };
    }
    return {
      result: result(null, "non_rilevato", null),
      entry: { weight, achievement: null, scorable: true, measured: false },
      diagnostics,
    };
  }

  const m = measure(target, actual, settings);
  if (!m.ok) {
    if (m.problem === "unreadable" && actual.kind === "invalid") {
      diag("warning", "ACTUAL_UNREADABLE", { raw: displayCell(row.actual.raw, row.actual.numberFormat), reason: actual.reason });
    } else {
      diag("warning", "ACTUAL_KIND_MISMATCH", {
        raw: displayCell(row.actual.raw, row.actual.numberFormat),
        target: displayCell(row.target.raw, row.target.numberFormat),
        targetKind: TARGET_KIND_WORDS[target.kind],
      });
    }
    return {
      result: result(null, "non_valutabile", null),
      entry: { weight, achievement: null, scorable: true, measured: false },
      diagnostics,
    };
  }

  if (m.percentPoints && m.actualValue !== null) {
    diag("info", "ACTUAL_PERCENT_POINTS", { raw: displayCell(row.actual.raw, row.actual.numberFormat), percent: percentText(m.actualValue) });
  }
  const a = finish(m.raw, settings);
  return {
    result: result(a, statusFor(a, settings), m.actualValue),
    entry: { weight, achievement: a, scorable: true, measured: true },
    diagnostics,
  };
}
