/**
 * The target grammar: what an officer typed in a Target (or cruscotto year) cell, read into a Target.
 * Order of attempts, cheapest and least ambiguous first:
 *   debris (markup, foreign characters) -> an operator in words at the start ("non inferiore a 80%")
 *   -> operator forms (label? op value|level|date [words naming the value])
 *   -> bare forms (dates, number with unit, relative change, not set, baseline, yes/frequency words,
 *      level, worded deadline, deliverable) -> invalid.
 * Nothing unreadable is ever turned into a number: it becomes { kind: "invalid", reason }.
 */
import type { CellValue } from "../grid/types";
import { foldText } from "../text/fold";
import { cleanSpaces, debrisReason, describeUnreadable, hasLetter } from "./debris";
import { isValidSerial, parseDateList, parseDateText, serialToIso } from "./excelDates";
import {
  BASELINE_PREFIX,
  BOOLEAN_TARGET_WORDS,
  DEADLINE_CONNECTORS,
  NOT_DELIVERABLE_FIRST_WORDS,
  NOT_DELIVERABLE_WORDS,
  NOT_SET_TARGET_WORDS,
  YES_NO_TARGET,
} from "./keywords";
import { levelRank } from "./levels";
import { isDateFormat, isPercentFormat } from "./numberFormats";
import { isNumberStart, parseLabelledQuantity, parseQuantity } from "./numberText";
import {
  findOperator,
  findWordOperator,
  normaliseOperator,
  type FoundOperator,
  type FoundWordOperator,
} from "./operators";
import { inferBarePolarity, operatorPolarity } from "./polarity";
import { hasRelativeWordFirst, parseRelative } from "./relative";
import type { ComparisonTarget, InvalidTarget, MeasureUnit, Operator, ParseContext, Target, Unreadable } from "./types";

type Raw = string | number | boolean;

function invalid(raw: Raw, reason: Unreadable): InvalidTarget {
  return { kind: "invalid", raw, reason };
}

/**
 * A bare value: no operator written (or only "=", "pari a", which other bodies write for "this much"),
 * so the polarity (and with it the operator) is inferred.
 */
function bareComparison(
  raw: Raw,
  value: number,
  unit: MeasureUnit,
  percent: boolean,
  ctx: ParseContext,
  label: string | null = null,
): ComparisonTarget {
  const polarity = inferBarePolarity(percent, unit, ctx);
  return {
    kind: "comparison",
    raw,
    operator: polarity === "lower" ? "<=" : ">=",
    value,
    unit,
    percent,
    label,
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

/** An operator (as symbols or words) with what stands before and after it. */
interface OperatorParts {
  op: Operator;
  /** The words before a symbol operator ("ITP" in "ITP < -10"); null when none. */
  label: string | null;
  /** What follows the operator, trimmed and not empty. */
  rest: string;
}

/** The value after an operator: a level, a date, or a number with its unit and the words naming it. */
function targetFromValue(text: string, raw: Raw, parts: OperatorParts, ctx: ParseContext): Target {
  const { rest } = parts;
  // "= 45.000", "pari a 12": other bodies' way of writing the value itself, read as a bare value.
  const equality = parts.op === "=";
  const operator: Operator = equality ? ">=" : normaliseOperator(parts.op, ctx.strictComparisons);

  const rank = levelRank(rest, ctx.levels);
  if (rank !== null) return { kind: "qualitative", raw, operator, level: rank, levelLabel: rest };

  if (isNumberStart(rest.charCodeAt(0))) {
    const dates = parseDateList(rest);
    if (dates !== null) {
      if (!dates.ok) return invalid(raw, dates.reason);
      // "≤ 30/06/2022" is a deadline; "≥ 30/06/2022" asks for lateness, which no plan means.
      if (!equality && (operator === ">=" || operator === ">"))
        return invalid(raw, { code: "deadline_with_greater", text });
      return { kind: "deadline", raw, deadlines: dates.isos };
    }
  }

  let value: number;
  let unit: MeasureUnit;
  let percent: boolean;
  let label = parts.label;
  const q = parseQuantity(rest);
  if (q.ok) {
    ({ value, unit, percent } = q);
  } else {
    // "≥ 90% delle pratiche": words after the value name it. Not when words stand before the operator
    // too: a number between two runs of prose is not a target.
    const named = q.reason.code === "text_after_number" && label === null ? parseLabelledQuantity(rest) : null;
    if (named === null) {
      if (hasLetter(rest.charAt(0))) return invalid(raw, { code: "unknown_level", text: rest, levels: ctx.levels });
      return invalid(raw, q.reason);
    }
    ({ value, unit, percent, label } = named);
  }
  if (equality) return bareComparison(raw, value, unit, percent, ctx, label);
  return {
    kind: "comparison",
    raw,
    operator,
    value,
    unit,
    percent,
    label,
    polarity: operatorPolarity(operator),
    inferred: false,
  };
}

const COLON_TAIL = /\s*:\s*$/;

function targetWithOperator(text: string, raw: Raw, found: FoundOperator, ctx: ParseContext): Target {
  if (found.op === null) return invalid(raw, { code: "operator_unsupported", text: found.written });
  const label = found.start > 0 ? text.slice(0, found.start).replace(COLON_TAIL, "").trim() : "";
  const rest = text.slice(found.end).trim();
  if (rest.length === 0) return invalid(raw, { code: "value_missing_after_operator", text: found.written });
  // A label names the quantity ("ITP", "Servizi full digital/servizi totali"); digits alone are not one.
  if (label.length > 0 && !hasLetter(label)) return invalid(raw, describeUnreadable(text));
  return targetFromValue(text, raw, { op: found.op, label: label.length > 0 ? label : null, rest }, ctx);
}

/**
 * "non inferiore a 80%", "almeno il 30% dei dati …", "entro 30 giorni", "entro il 31/10/2024", "pari a 12".
 * null when the words are not followed by a number, a date or a level ("Massimo impegno …"): the text
 * is then read otherwise.
 */
function targetWithWordOperator(text: string, raw: Raw, word: FoundWordOperator, ctx: ParseContext): Target | null {
  const rest = text.slice(word.end).trim();
  if (rest.length === 0) return null;
  if (!isNumberStart(rest.charCodeAt(0)) && levelRank(rest, ctx.levels) === null) return null;
  return targetFromValue(text, raw, { op: word.op, label: null, rest }, ctx);
}

const ONLY_DASHES = /^[-\u2013\u2014]+$/;

/** Characters that may trail a date or lead a connector in a worded deadline: "(entro il 31/10/2024)". */
const DEADLINE_PUNCTUATION = /^[([]+|[)\].,;:]+$/g;
/** Punctuation left at the end of a deadline's label: "Determina (", "Relazione:". */
const LABEL_TAIL = /[\s([:,;\-\u2013]+$/;

/**
 * "Determina (entro il 31/10/2024)", "scadenza 30/06/2024", "Relazione entro il 30/06/2024 e il 31/12/2024":
 * words naming what is due, then the date part (dates and the words around them) to the end. null when
 * the text is not that; a label holding a number is prose ("3 eventi entro il …"), not a deadline.
 */
function wordedDeadline(text: string, raw: Raw): Target | null {
  const tokens = text.split(" ");
  const isos: string[] = [];
  let i = tokens.length - 1;
  for (; i >= 0; i--) {
    const token = tokens[i].replace(DEADLINE_PUNCTUATION, "");
    if (token.length === 0) continue;
    const date = parseDateText(token);
    if (date !== null) {
      if (!date.ok) return invalid(raw, date.reason);
      isos.unshift(date.iso);
      continue;
    }
    if (!DEADLINE_CONNECTORS.has(token.toLowerCase())) break;
  }
  if (isos.length === 0) return null;
  const label = tokens
    .slice(0, i + 1)
    .join(" ")
    .replace(LABEL_TAIL, "");
  if (label.length === 0) return { kind: "deadline", raw, deadlines: isos };
  if (!hasLetter(label) || HAS_DIGIT.test(label)) return null;
  return { kind: "deadline", raw, deadlines: isos, label };
}

const HAS_DIGIT = /\d/;

function isLetterCode(code: number): boolean {
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** Characters a deliverable's words never hold: a digit, a unit or operator, a question. */
function breaksDeliverable(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x25 || code === 0x3f || code === 0x2b || code === 0x20ac;
}

/** The fewest words of three letters or more that make a thing to deliver ("Redazione delle Linee guida"). */
const DELIVERABLE_MIN_WORDS = 2;
const DELIVERABLE_MIN_LETTERS = 3;

/**
 * Words only, naming something to deliver: no digit, at least two words of three letters or more, and
 * none of the words that make it a condition, a negation or a deadline without its date.
 */
function isDeliverable(text: string, folded: string): boolean {
  const words = folded.split(" ");
  if (words.length < DELIVERABLE_MIN_WORDS || NOT_DELIVERABLE_FIRST_WORDS.has(words[0])) return false;
  if (words.some((w) => NOT_DELIVERABLE_WORDS.has(w))) return false;
  return countLongWords(text) >= DELIVERABLE_MIN_WORDS;
}

/** Words of at least DELIVERABLE_MIN_LETTERS letters; -1 when a character rules out a deliverable. */
function countLongWords(text: string): number {
  let words = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (breaksDeliverable(c)) return -1;
    if (isLetterCode(c)) {
      run++;
      continue;
    }
    if (run >= DELIVERABLE_MIN_LETTERS) words++;
    run = 0;
  }
  if (run >= DELIVERABLE_MIN_LETTERS) words++;
  return words;
}

/** "+10% rispetto al 2023": a signed percentage followed by "rispetto" is a relative target. */
function mayBeSignedRelative(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 0x2b || c === 0x2d || c === 0x2212 || c === 0x2013) && text.indexOf("ispetto") > 0;
}

function targetWithoutOperator(text: string, raw: Raw, ctx: ParseContext, wordOperatorFirst: boolean): Target {
  if (ONLY_DASHES.test(text)) return { kind: "not_set", raw, label: text };
  if (isNumberStart(text.charCodeAt(0)) || text.charCodeAt(0) === 0x20ac) {
    if (mayBeSignedRelative(text)) {
      const relative = parseRelative(text, raw);
      if (relative !== null) return relative;
    }
    const dates = parseDateList(text);
    if (dates !== null) return dates.ok ? { kind: "deadline", raw, deadlines: dates.isos } : invalid(raw, dates.reason);
    const q = parseQuantity(text);
    if (q.ok) return bareComparison(raw, q.value, q.unit, q.percent, ctx);
    return invalid(raw, q.reason);
  }
  const folded = foldText(text);
  if (NOT_SET_TARGET_WORDS.has(folded)) return { kind: "not_set", raw, label: text };
  if (folded.startsWith(BASELINE_PREFIX)) {
    const tail = folded.slice(BASELINE_PREFIX.length).trim();
    if (tail.length === 0 || tail.startsWith("(")) return { kind: "baseline", raw, label: text };
  }
  if (BOOLEAN_TARGET_WORDS.has(folded) || YES_NO_TARGET.test(folded)) return { kind: "boolean", raw, label: text };
  const rank = levelRank(text, ctx.levels);
  if (rank !== null) return { kind: "qualitative", raw, operator: ">=", level: rank, levelLabel: text };
  if (hasRelativeWordFirst(folded)) return parseRelative(text, raw) ?? invalid(raw, describeUnreadable(text));
  const dates = parseDateList(text); // "il 30/06/2022", "30/06/2022 e 31/12/2022"
  if (dates !== null) return dates.ok ? { kind: "deadline", raw, deadlines: dates.isos } : invalid(raw, dates.reason);
  if (text.indexOf("/") >= 0 || text.indexOf(".") >= 0 || text.indexOf("-") >= 0) {
    const deadline = wordedDeadline(text, raw);
    if (deadline !== null) return deadline;
  }
  if (!wordOperatorFirst && isDeliverable(text, folded))
    return { kind: "boolean", raw, label: text, deliverable: true };
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
  // Operators in words are read only at the very start: "Realizzare almeno 3 …" is prose, not a target.
  const word = findWordOperator(text);
  if (word !== null) {
    const read = targetWithWordOperator(text, raw, word, ctx);
    if (read !== null) return read;
  }
  const found = findOperator(text);
  return found ? targetWithOperator(text, raw, found, ctx) : targetWithoutOperator(text, raw, ctx, word !== null);
}
