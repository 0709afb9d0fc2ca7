/**
 * Comparison operators as typed: ≥ >= => ⩾ ≧ all mean ">=", ≤ <= =< ⩽ ≦ mean "<=".
 * The first operator in the text splits it into an optional label before and the value after.
 * Other bodies write operators in words ("non inferiore a 80%", "al massimo 3"): those are read only
 * at the start of a cell, so that a number in the middle of prose never becomes a target.
 */
import { foldText } from "../text/fold";
import { LINK_FORMS, WORD_OPERATORS, type WordOperatorEntry } from "./keywords";
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

/** An operator written in words at the start of a cell ("non inferiore a", "almeno il", "entro"). */
export interface FoundWordOperator {
  /** ">=", ">", "<=", "<", or "=" for pari a / uguale a (read as a bare value). */
  op: Operator;
  /** One past the operator's words, its preposition and article: where the value starts. */
  end: number;
  /** The words as typed, for messages. */
  written: string;
}

/** Word operators by the first letter of their stem: a cell is compared with a handful of stems at most. */
const WORD_OPERATORS_BY_INITIAL: ReadonlyMap<number, readonly WordOperatorEntry[]> = (() => {
  const map = new Map<number, WordOperatorEntry[]>();
  for (const entry of WORD_OPERATORS) {
    const initial = entry.stem.charCodeAt(0);
    const list = map.get(initial) ?? [];
    list.push(entry);
    map.set(initial, list);
  }
  return map;
})();

/** Operators take at most this many characters ("uguale o superiore all'"): only the head is folded. */
const WORD_OPERATOR_HEAD = 40;

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

function isLetterCode(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** After a form: an apostrophe form may touch what follows; a word must end there. */
function formEndsAt(head: string, form: string, end: number): boolean {
  const last = form.charCodeAt(form.length - 1);
  if (last === 0x27 || last === 0x2019 || last === 0x2e) return true; // ' ’ .
  return !isLetterCode(head.charCodeAt(end));
}

/** Skips one of the forms at i (with the spaces after it); i unchanged when none is there. */
function skipForm(head: string, i: number, forms: readonly string[]): number {
  for (const form of forms) {
    if (head.startsWith(form, i) && formEndsAt(head, form, i + form.length)) return skipSpaces(head, i + form.length);
  }
  return i;
}

/**
 * The operator written in words at the start of the text, with its preposition ("superiore a",
 * "maggiore di", "fino al") and an article ("almeno il 30%", "almeno l'80%"). null when the text does
 * not start with one; a word operator with nothing readable after it is the caller's to judge.
 */
export function findWordOperator(text: string): FoundWordOperator | null {
  const initial = text.charCodeAt(0) | 0x20;
  if (!isAsciiLetter(initial)) return null;
  const candidates = WORD_OPERATORS_BY_INITIAL.get(initial);
  if (candidates === undefined) return null;
  const raw = text.length > WORD_OPERATOR_HEAD ? text.slice(0, WORD_OPERATOR_HEAD) : text;
  const head = foldText(raw);
  // Decomposed accents fold to fewer characters: positions in head would not be positions in text.
  if (head.length !== raw.length) return null;
  for (const entry of candidates) {
    if (!head.startsWith(entry.stem) || !formEndsAt(head, entry.stem, entry.stem.length)) continue;
    let end = skipSpaces(head, entry.stem.length);
    if (entry.link !== null) {
      const linked = skipForm(head, end, LINK_FORMS[entry.link]);
      if (linked === end) continue; // "pari" without "a" is not an operator ("Pari opportunità")
      end = linked;
    } else {
      end = skipForm(head, end, LINK_FORMS.article);
    }
    return { op: entry.op, end, written: text.slice(0, end).trim() };
  }
  return null;
}
