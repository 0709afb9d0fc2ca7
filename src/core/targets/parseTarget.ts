/**
 * The target grammar: what an officer typed in a Target (or cruscotto year) cell, read into a Target.
 * Order of attempts, cheapest and least ambiguous first:
 *   debris (markup, foreign characters) -> operator forms (label? op value|level|date)
 *   -> bare forms (dates, number with unit, baseline, yes/frequency words, level) -> invalid.
 * Nothing unreadable is ever turned into a number: it becomes { kind: "invalid", reason }.
 */
import type { CellValue } from "../grid/types";
import { foldText } from "../text/fold";
import { cleanSpaces, debrisReason, describeUnreadable, hasLetter } from "./debris";
import { isValidSerial, parseDateList, serialToIso } from "./excelDates";
import { BASELINE_PREFIX, BOOLEAN_TARGET_WORDS, YES_NO_TARGET } from "./keywords";
import { levelRank } from "./levels";
import { isDateFormat, isPercentFormat } from "./numberFormats";
import { isNumberStart, parseQuantity } from "./numberText";
import { findOperator, normaliseOperator, type FoundOperator } from "./operators";
import { inferBarePolarity, operatorPolarity } from "./polarity";
import type { ComparisonTarget, InvalidTarget, MeasureUnit, Operator, ParseContext, Target, Unreadable } from "./types";

type Raw = string | number | boolean;

function invalid(raw: Raw, reason: Unreadable): InvalidTarget {
  return { kind: "invalid", raw, reason };
}

/** A bare value: no operator written, so the polarity (and with it the operator) is inferred. */
function bareComparison(
  raw: Raw,
  value: number,
  unit: MeasureUnit,
  percent: boolean,
  ctx: ParseContext,
): ComparisonTarget {
  const polarity = inferBarePolarity(percent, unit, ctx);
  return {
    kind: "comparison",
    raw,
    operator: polarity === "lower" ? "<=" : ">=",
    value,
    unit,
    percent,
    label: null,
    polarity,
    inferred: true,
  };
}

function targetFromNumber(raw: number, ctx: ParseContext): Target {
  if (!Number.isFinite(raw)) return invalid(raw, { code: "invalid_number" });
  const fmt = ctx.numberFormat;
  if (fmt !== undefined && isDateFormat(fmt)) {
    if (!isValidSerial(raw)) return invalid(raw, { code: "date_out_of_range", text: String(raw) });
    return { kind: "deadline", raw, deadlines: [serialToIso(raw)] };
  }
  if (fmt !== undefined && isPercentFormat(fmt)) return bareComparison(raw, raw, "%", true, ctx);
  return bareComparison(raw, raw, null, false, ctx);
}

const COLON_TAIL = /\s*:\s*$/;

function targetWithOperator(text: string, raw: Raw, found: FoundOperator, ctx: ParseContext): Target {
  if (found.op === null) return invalid(raw, { code: "operator_unsupported", text: found.written });
  const label = found.start > 0 ? text.slice(0, found.start).replace(COLON_TAIL, "").trim() : "";
  const rest = text.slice(found.end).trim();
  if (rest.length === 0) return invalid(raw, { code: "value_missing_after_operator", text: found.written });
  // A label names the quantity ("ITP", "Servizi full digital/servizi totali"); digits alone are not one.
  if (label.length > 0 && !hasLetter(label)) return invalid(raw, describeUnreadable(text));
  const operator: Operator = normaliseOperator(found.op, ctx.strictComparisons);

  const rank = levelRank(rest, ctx.levels);
  if (rank !== null) return { kind: "qualitative", raw, operator, level: rank, levelLabel: rest };

  if (isNumberStart(rest.charCodeAt(0))) {
    const dates = parseDateList(rest);
    if (dates !== null) {
      if (!dates.ok) return invalid(raw, dates.reason);
      // "≤ 30/06/2022" is a deadline; "≥ 30/06/2022" asks for lateness, which no plan means.
      if (operator === ">=" || operator === ">") return invalid(raw, { code: "deadline_with_greater", text });
      return { kind: "deadline", raw, deadlines: dates.isos };
    }
  }

  const q = parseQuantity(rest);
  if (!q.ok) {
    if (hasLetter(rest.charAt(0))) return invalid(raw, { code: "unknown_level", text: rest, levels: ctx.levels });
    return invalid(raw, q.reason);
  }
  return {
    kind: "comparison",
    raw,
    operator,
    value: q.value,
    unit: q.unit,
    percent: q.percent,
    label: label.length > 0 ? label : null,
    polarity: operatorPolarity(operator),
    inferred: false,
  };
}

const ONLY_DASHES = /^[-\u2013\u2014]+$/;

function targetWithoutOperator(text: string, raw: Raw, ctx: ParseContext): Target {
  if (ONLY_DASHES.test(text)) return invalid(raw, { code: "dash_instead_of_target", text });
  if (isNumberStart(text.charCodeAt(0)) || text.charCodeAt(0) === 0x20ac) {
    const dates = parseDateList(text);
    if (dates !== null) return dates.ok ? { kind: "deadline", raw, deadlines: dates.isos } : invalid(raw, dates.reason);
    const q = parseQuantity(text);
    if (q.ok) return bareComparison(raw, q.value, q.unit, q.percent, ctx);
    return invalid(raw, q.reason);
  }
  const folded = foldText(text);
  if (folded.startsWith(BASELINE_PREFIX)) {
    const tail = folded.slice(BASELINE_PREFIX.length).trim();
    if (tail.length === 0 || tail.startsWith("(")) return { kind: "baseline", raw, label: text };
  }
  if (BOOLEAN_TARGET_WORDS.has(folded) || YES_NO_TARGET.test(folded)) return { kind: "boolean", raw, label: text };
  const rank = levelRank(text, ctx.levels);
  if (rank !== null) return { kind: "qualitative", raw, operator: ">=", level: rank, levelLabel: text };
  const dates = parseDateList(text); // "entro il 30/06/2022"
  if (dates !== null) return dates.ok ? { kind: "deadline", raw, deadlines: dates.isos } : invalid(raw, dates.reason);
  return invalid(raw, describeUnreadable(text));
}

/**
 * Read a target cell. null for an empty or blank cell. A number cell is a deadline under a date
 * format, a bare percentage under a % format, else a bare plain value.
 */
export function parseTarget(raw: CellValue, ctx: ParseContext): Target | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return targetFromNumber(raw, ctx);
  if (typeof raw === "boolean") {
    // A TRUE cell is a yes target; FALSE asks for nothing to be done, which no plan means.
    return raw ? { kind: "boolean", raw, label: "VERO" } : invalid(raw, { code: "false_boolean" });
  }
  if (typeof raw !== "string") return null;
  const text = cleanSpaces(raw);
  if (text.length === 0) return null;
  const debris = debrisReason(text);
  if (debris !== null) return invalid(raw, debris);
  const found = findOperator(text);
  return found ? targetWithOperator(text, raw, found, ctx) : targetWithoutOperator(text, raw, ctx);
}
