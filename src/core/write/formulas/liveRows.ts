/**
 * Which indicator rows get formulas, and why the others do not. A row is live when its target can be
 * scored and its actual is a cell a formula can read as the engine does: empty, a number, a date cell, or
 * words (sì/no, a level). A number or a date typed as text is read by the engine but not by a formula: that
 * row keeps values, and its Note says how to type the actual so that it becomes live.
 */
import type { Diagnostic } from "../../diagnostics/types";
import type { IndicatorRow } from "../../model/types";
import { isScorable, type ScorableTarget } from "../../scoring/achievement";
import { resolveRelative } from "../../targets/relative";
import { displayCell } from "../../targets/display";
import { a1 } from "../../grid/address";
import { FIRST_DATE_SERIAL } from "./indicator";

/** The target as scoring measures it (a relative one made absolute), or null when it cannot be scored. */
export function scoredTarget(row: IndicatorRow): ScorableTarget | null {
  const target = row.target.value;
  if (target === null) return null;
  if (target.kind === "relative") return resolveRelative(target, row.baseline?.value)?.comparison ?? null;
  return isScorable(target) ? target : null;
}

/**
 * True when a formula reads the actual as the engine does. A number is a date to the engine when its cell is
 * formatted as a date; to a formula, against a deadline or a yes/no target, when it is a serial from
 * FIRST_DATE_SERIAL on, and never against a comparison (a formula cannot see the format).
 */
export function formulaReadsAlike(row: IndicatorRow, target: ScorableTarget): boolean {
  const raw = row.actual.raw;
  const actual = row.actual.value;
  if (typeof raw !== "number" || actual === null) return true;
  const engineDate = actual.kind === "date";
  const formulaDate = target.kind === "deadline" || target.kind === "boolean" ? raw >= FIRST_DATE_SERIAL : false;
  return engineDate === formulaDate;
}

/** Why a row whose target can be scored keeps values: its actual is a number or date(s) typed as text. */
export function notLiveDiagnostic(row: IndicatorRow): Diagnostic | null {
  if (row.neutralised === true || row.derived !== null || row.actual.col === null) return null;
  const raw = row.actual.raw;
  const actual = row.actual.value;
  if (typeof raw !== "string" || actual === null) return null;
  if (actual.kind !== "number" && actual.kind !== "ratio" && actual.kind !== "date") return null;
  if (scoredTarget(row) === null) return null;
  return {
    severity: "info",
    code: actual.kind === "date" ? "ACTUAL_DATES_NOT_LIVE" : "ACTUAL_NOT_LIVE",
    sheet: row.sheet,
    cell: a1(row.row, row.actual.col),
    params: { raw: displayCell(raw, row.actual.numberFormat) },
  };
}
