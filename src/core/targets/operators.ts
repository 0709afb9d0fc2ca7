/**
 * Comparison operators as typed: ≥ >= => ⩾ ≧ all mean ">=", ≤ <= =< ⩽ ≦ mean "<=".
 * The first operator in the text splits it into an optional label before and the value after.
 */
import type { Operator } from "./types";

export interface FoundOperator {
  /** null for an operator the grammar does not score ("<>", "≠"). */
  op: Operator | null;
  /** Index of the first character of the operator and one past its last. */
  start: number;
  end: number;
  /** The operator as typed, for messages. */
  written: string;
}

const GT = 62; // >
const LT = 60; // <
const EQ = 61; // =

/** One-character operators outside ASCII, by code point. */
const UNICODE_OPERATORS: ReadonlyMap<number, Operator | null> = new Map<number, Operator | null>([
  [0x2265, ">="], // ≥
  [0x2a7e, ">="], // ⩾
  [0x2267, ">="], // ≧
  [0x2264, "<="], // ≤
  [0x2a7d, "<="], // ⩽
  [0x2266, "<="], // ≦
  [0x2260, null], // ≠
]);

function found(text: string, op: Operator | null, start: number, len: number): FoundOperator {
  return { op, start, end: start + len, written: text.slice(start, start + len) };
}

/** The first operator in the text, scanning character codes (this runs on every target cell). */
export function findOperator(text: string): FoundOperator | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === GT) return text.charCodeAt(i + 1) === EQ ? found(text, ">=", i, 2) : found(text, ">", i, 1);
    if (c === LT) {
      const n = text.charCodeAt(i + 1);
      if (n === EQ) return found(text, "<=", i, 2);
      if (n === GT) return found(text, null, i, 2);
      return found(text, "<", i, 1);
    }
    if (c === EQ) {
      const n = text.charCodeAt(i + 1);
      if (n === GT) return found(text, ">=", i, 2);
      if (n === LT) return found(text, "<=", i, 2);
      return found(text, "=", i, n === EQ ? 2 : 1);
    }
    if (c > 0x2000) {
      const op = UNICODE_OPERATORS.get(c);
      if (op !== undefined) return found(text, op, i, 1);
    }
  }
  return null;
}

/** ">" and "<" are read as "≥" and "≤" unless the settings ask for strict comparisons. */
export function normaliseOperator(op: Operator, strict: boolean): Operator {
  if (strict) return op;
  if (op === ">") return ">=";
  if (op === "<") return "<=";
  return op;
}
