/**
 * Consuntivi (actual values) as officers type them: numbers in Italian or English notation,
 * percentages, ratios "45/50", dates, yes/no words and levels. "n.d." and dashes mean "not yet" (null).
 * The unit of a number ("12 gg", "€ 1.500") is accepted and dropped: the target carries the unit.
 */
import type { CellValue } from "../grid/types";
import { foldText } from "../text/fold";
import { cleanSpaces, debrisReason, describeUnreadable } from "./debris";
import { isValidSerial, parseDateList, serialToIso } from "./excelDates";
import { NO_ACTUAL_WORDS, NOT_AVAILABLE_WORDS, YES_ACTUAL_WORDS } from "./keywords";
import { levelRank } from "./levels";
import { isDateFormat, isPercentFormat } from "./numberFormats";
import { isNumberStart, parseNumber, parseQuantity } from "./numberText";
import type { Actual, ParseContext, Unreadable } from "./types";

type Raw = string | number | boolean;

function invalid(raw: Raw, reason: Unreadable): Actual {
  return { kind: "invalid", raw, reason };
}

function actualFromNumber(raw: number, ctx: ParseContext): Actual {
  if (!Number.isFinite(raw)) return invalid(raw, { code: "invalid_number" });
  const fmt = ctx.numberFormat;
  if (fmt !== undefined && isDateFormat(fmt)) {
    if (!isValidSerial(raw)) return invalid(raw, { code: "date_out_of_range", text: String(raw) });
    return { kind: "date", raw, dates: [serialToIso(raw)] };
  }
  return { kind: "number", raw, value: raw, percent: fmt !== undefined && isPercentFormat(fmt) };
}

/** "45/50" -> 0.9. null when the text is not two numbers around one "/". */
function parseRatio(text: string, raw: Raw): Actual | null {
  const slash = text.indexOf("/");
  if (slash < 0 || text.indexOf("/", slash + 1) >= 0) return null;
  const numerator = parseNumber(text.slice(0, slash));
  const denominator = parseNumber(text.slice(slash + 1));
  if (numerator === null || denominator === null) return null;
  if (denominator === 0) return invalid(raw, { code: "zero_denominator", text });
  const value = numerator / denominator;
  if (!Number.isFinite(value)) return invalid(raw, { code: "ratio_not_computable", text });
  return { kind: "ratio", raw, value, numerator, denominator };
}

function actualFromText(raw: string, ctx: ParseContext): Actual | null {
  const text = cleanSpaces(raw);
  if (text.length === 0) return null;
  const folded = foldText(text);
  if (NOT_AVAILABLE_WORDS.has(folded)) return null;
  const debris = debrisReason(text);
  if (debris !== null) return invalid(raw, debris);

  if (isNumberStart(text.charCodeAt(0)) || text.charCodeAt(0) === 0x20ac) {
    const dates = parseDateList(text);
    if (dates !== null) return dates.ok ? { kind: "date", raw, dates: dates.isos } : invalid(raw, dates.reason);
    const ratio = parseRatio(text, raw);
    if (ratio !== null) return ratio;
    const q = parseQuantity(text);
    if (q.ok) return { kind: "number", raw, value: q.value, percent: q.percent };
    return invalid(raw, q.reason);
  }
  if (YES_ACTUAL_WORDS.has(folded)) return { kind: "boolean", raw, value: true };
  if (NO_ACTUAL_WORDS.has(folded)) return { kind: "boolean", raw, value: false };
  const rank = levelRank(text, ctx.levels);
  if (rank !== null) return { kind: "level", raw, level: rank, levelLabel: text };
  const dates = parseDateList(text); // "il 15/06/2022"
  if (dates !== null) return dates.ok ? { kind: "date", raw, dates: dates.isos } : invalid(raw, dates.reason);
  return invalid(raw, describeUnreadable(text));
}

/**
 * Read a consuntivo cell. null for an empty cell and for "n.d.", "nd", "-", "—" (not available yet).
 * A number cell is a date under a date format, a percentage (percent: true) under a % format.
 */
export function parseActual(raw: CellValue, ctx: ParseContext): Actual | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return actualFromNumber(raw, ctx);
  if (typeof raw === "boolean") return { kind: "boolean", raw, value: raw };
  if (typeof raw !== "string") return null;
  return actualFromText(raw, ctx);
}
