/**
 * Numbers as officers type them. The plan is Italian, so the comma is the decimal separator and the
 * dot groups thousands; English-style "1.5" still occurs (copy-paste from other tools). The rule:
 *
 * - both "." and "," present: the one that comes last is the decimal separator ("1.234,5", "1,234.5");
 *   the other must group the integer part in threes.
 * - only ",": one comma is decimal ("1,45", "2,355" = 2.355); several are thousands ("1,234,567").
 * - only ".": several dots are thousands ("1.132.400"). One dot is thousands when exactly three digits
 *   follow it and the integer part is 1-3 digits not starting with 0 ("2.355" = 2355, "1.000" = 1000);
 *   otherwise it is decimal ("1.5", "0.855", "1234.567").
 * - a sign (+, -, the minus sign U+2212, or an en dash as Word's autocorrect leaves it) may lead.
 * - nothing else: no exponent, no spaces inside, no leading or trailing separator.
 * The result is always finite; -0 becomes 0.
 */
import { describeUnreadable } from "./debris";
import type { Unreadable } from "./types";

const MINUS = 45; // -
const PLUS = 43; // +
const UNICODE_MINUS = 0x2212;
const EN_DASH = 0x2013;
const DOT = 46;
const COMMA = 44;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 10 || code === 13;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for a character that can lead or belong to a number token (used by the quantity scanner). */
export function isNumberStart(code: number): boolean {
  return isDigit(code) || code === MINUS || code === PLUS || code === UNICODE_MINUS || code === EN_DASH;
}

/** Integer part groups: first 1-3 digits, every later group exactly 3. */
function validGrouping(text: string, start: number, end: number, sepCode: number): boolean {
  let groupLen = 0;
  let first = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === sepCode) {
      if (first ? groupLen < 1 || groupLen > 3 : groupLen !== 3) return false;
      first = false;
      groupLen = 0;
    } else {
      groupLen++;
    }
  }
  return first ? groupLen >= 1 : groupLen === 3;
}

/** Digits of text[start, end) with every non-digit dropped. */
function digitsOf(text: string, start: number, end: number): string {
  let out = "";
  let runStart = start;
  for (let i = start; i < end; i++) {
    if (!isDigit(text.charCodeAt(i))) {
      out += text.slice(runStart, i);
      runStart = i + 1;
    }
  }
  return out + text.slice(runStart, end);
}

/** Parse a number typed in Italian or English notation (see the rule above); null when it is not one. */
export function parseNumber(text: string): number | null {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start >= end) return null;

  let negative = false;
  const first = text.charCodeAt(start);
  if (first === MINUS || first === UNICODE_MINUS || first === EN_DASH) {
    negative = true;
    start++;
  } else if (first === PLUS) {
    start++;
  }
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  if (start >= end) return null;
  if (!isDigit(text.charCodeAt(start)) || !isDigit(text.charCodeAt(end - 1))) return null;

  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) {
      dots++;
      lastDot = i;
    } else if (c === COMMA) {
      commas++;
      lastComma = i;
    } else if (!isDigit(c)) {
      return null;
    }
  }

  // Decide which separator is decimal (decimalAt: its index, or -1) and which groups thousands.
  let decimalAt = -1;
  let thousandsCode = 0;
  if (dots > 0 && commas > 0) {
    const decimalIsDot = lastDot > lastComma;
    if (decimalIsDot ? dots !== 1 : commas !== 1) return null;
    decimalAt = decimalIsDot ? lastDot : lastComma;
    thousandsCode = decimalIsDot ? COMMA : DOT;
  } else if (commas > 0) {
    if (commas === 1) decimalAt = lastComma;
    else thousandsCode = COMMA;
  } else if (dots > 1) {
    thousandsCode = DOT;
  } else if (dots === 1) {
    const intLen = lastDot - start;
    const fracLen = end - lastDot - 1;
    const leadingZero = text.charCodeAt(start) === 48;
    if (fracLen === 3 && intLen <= 3 && !leadingZero) thousandsCode = DOT;
    else decimalAt = lastDot;
  }

  const intEnd = decimalAt >= 0 ? decimalAt : end;
  if (thousandsCode !== 0 && !validGrouping(text, start, intEnd, thousandsCode)) return null;
  const value = digitsValue(text, start, end, decimalAt);
  if (value === null) return null;
  if (value === 0) return 0;
  return negative ? -value : value;
}

/** Exact powers of ten (all representable as doubles). */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of the digits of text[start, end), separators skipped, with the decimal point at decimalAt.
 * Up to 15 significant digits the mantissa is an exact integer, and mantissa / 10^k is correctly
 * rounded, i.e. the same double as Number("1.45"), without building a string. Longer numbers go
 * through Number().
 */
function digitsValue(text: string, start: number, end: number, decimalAt: number): number | null {
  let mantissa = 0;
  let digits = 0;
  let fracDigits = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) continue;
    if (digits > 0 || c !== 48) digits++; // leading zeros are not significant
    mantissa = mantissa * 10 + (c - 48);
    if (decimalAt >= 0 && i > decimalAt) fracDigits++;
  }
  if (digits <= 15 && fracDigits < POW10.length) return fracDigits === 0 ? mantissa : mantissa / POW10[fracDigits];
  const intDigits = digitsOf(text, start, decimalAt >= 0 ? decimalAt : end);
  const literal = decimalAt >= 0 ? `${intDigits}.${text.slice(decimalAt + 1, end)}` : intDigits;
  const value = Number(literal);
  return Number.isFinite(value) ? value : null;
}

/** Unit written next to a number, after folding ("Giorni" -> "gg"). */
export type QuantityUnit = "%" | "gg" | "€" | null;

export type Quantity =
  { ok: true; value: number; unit: QuantityUnit; percent: boolean } | { ok: false; reason: Unreadable };

const UNIT_WORDS: ReadonlyMap<string, Exclude<QuantityUnit, null>> = new Map<string, Exclude<QuantityUnit, null>>([
  ["%", "%"],
  ["gg", "gg"],
  ["gg.", "gg"],
  ["g", "gg"],
  ["giorni", "gg"],
  ["giorno", "gg"],
  ["€", "€"],
  ["euro", "€"],
  ["eur", "€"],
]);

/**
 * A number with an optional unit: "73%", "73 %", "70 gg", "1.500 €", "€ 1.500", "-10".
 * A percent value is returned as its fraction ("73%" -> 0.73). Errors carry a reason code.
 */
export function parseQuantity(text: string): Quantity {
  let s = text.trim();
  let prefixEuro = false;
  if (s.charCodeAt(0) === 0x20ac) {
    prefixEuro = true;
    s = s.slice(1).trimStart();
  }
  // The number token runs from a sign or digit through digits, separators and spaces after a sign.
  let i = 0;
  const len = s.length;
  if (i < len) {
    const c = s.charCodeAt(i);
    if (c === MINUS || c === PLUS || c === UNICODE_MINUS || c === EN_DASH) {
      i++;
      while (i < len && s.charCodeAt(i) === 32) i++;
    }
  }
  while (i < len) {
    const c = s.charCodeAt(i);
    if (!isDigit(c) && c !== DOT && c !== COMMA) break;
    i++;
  }
  const token = s.slice(0, i);
  const value = token.length > 0 ? parseNumber(token) : null;
  if (value === null) {
    return {
      ok: false,
      reason: token.length > 0 && token !== s ? { code: "unreadable_number", text: token } : describeUnreadable(s),
    };
  }
  const suffix = s.slice(i).trim();
  if (suffix.length === 0) {
    return { ok: true, value, unit: prefixEuro ? "€" : null, percent: false };
  }
  const unit = UNIT_WORDS.get(suffix.toLowerCase());
  if (unit === undefined || (prefixEuro && unit !== "€")) {
    return { ok: false, reason: { code: "text_after_number", text: suffix, after: token } };
  }
  if (unit === "%") return { ok: true, value: value / 100, unit, percent: true };
  return { ok: true, value, unit, percent: false };
}

/** A quantity followed by the words that name it: "90% delle pratiche" -> 0.9, "%", "delle pratiche". */
export interface LabelledQuantity {
  value: number;
  unit: QuantityUnit;
  percent: boolean;
  label: string;
}

/** Characters that make the words after a value more than a name: another number, operator or rule. */
function breaksLabel(code: number): boolean {
  if (isDigit(code)) return true;
  switch (code) {
    case 0x3c: // <
    case 0x3e: // >
    case 0x3d: // =
    case 0x25: // %
    case 0x2b: // +
    case 0x3b: // ;
    case 0x7c: // |
    case 0x3f: // ?
    case 0x2264: // ≤
    case 0x2265: // ≥
    case 0x2a7d: // ⩽
    case 0x2a7e: // ⩾
    case 0x2266: // ≦
    case 0x2267: // ≧
    case 0x2022: // •
      return true;
    default:
      return false;
  }
}

/** Words that can name a quantity: they start with a letter and hold no digit, operator or second rule. */
export function isLabelText(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  const lower = first | 0x20;
  if (!((lower >= 0x61 && lower <= 0x7a) || (first >= 0xc0 && first <= 0x24f))) return false;
  for (let i = 1; i < text.length; i++) if (breaksLabel(text.charCodeAt(i))) return false;
  return true;
}

/**
 * "≥ 90% delle pratiche", "almeno 1.000 utenti", "entro 30 giorni lavorativi": the number, its unit and
 * the words after them. null unless the text is exactly that (a number, an optional unit, a space and
 * words that name it); a second number or operator in the words means a rule, not a name.
 */
export function parseLabelledQuantity(text: string): LabelledQuantity | null {
  const s = text.trim();
  let i = 0;
  const len = s.length;
  const c0 = s.charCodeAt(0);
  if (c0 === MINUS || c0 === PLUS || c0 === UNICODE_MINUS || c0 === EN_DASH) {
    i++;
    while (i < len && s.charCodeAt(i) === 32) i++;
  }
  while (i < len) {
    const c = s.charCodeAt(i);
    if (!isDigit(c) && c !== DOT && c !== COMMA) break;
    i++;
  }
  // A separator right before the words is punctuation ("10, deve arrivare a …"), not part of the number.
  if (i === 0 || !isDigit(s.charCodeAt(i - 1))) return null;
  const value = parseNumber(s.slice(0, i));
  if (value === null) return null;
  let rest = s.slice(i);
  let unit: QuantityUnit = null;
  const afterSpaces = rest.trimStart();
  if (afterSpaces.charCodeAt(0) === 0x25) {
    unit = "%";
    rest = afterSpaces.slice(1);
  } else {
    const space = afterSpaces.indexOf(" ");
    const word = (space < 0 ? afterSpaces : afterSpaces.slice(0, space)).toLowerCase();
    const known = UNIT_WORDS.get(word);
    if (known !== undefined && space > 0) {
      unit = known;
      rest = afterSpaces.slice(space);
    }
  }
  if (rest.charCodeAt(0) !== 32) return null; // "12pezzi": no space, no name
  const label = rest.trim();
  if (!isLabelText(label)) return null;
  if (unit === "%") return { value: value / 100, unit, percent: true, label };
  return { value, unit, percent: false, label };
}
