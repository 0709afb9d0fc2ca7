/**
 * Relative targets: a change from the row's baseline, as other bodies write them ("Incremento del 10%
 * rispetto all'anno precedente", "-20% rispetto alla baseline"). The parser reads the change; the
 * threshold exists only once the baseline is known, so scoring resolves it (resolveRelative).
 */
import { foldText } from "../text/fold";
import { RELATIVE_CHANGE_LINKS, RELATIVE_DIRECTION_WORDS, RELATIVE_REFERENCE_WORD } from "./keywords";
import { parseNumber } from "./numberText";
import type { Actual, ComparisonTarget, RelativeDirection, RelativeTarget } from "./types";

type Raw = string | number | boolean;

const PLUS = 0x2b;
const SIGNS_DOWN: ReadonlySet<number> = new Set([0x2d, 0x2212, 0x2013]); // - − –

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** The direction a relative target's first word or sign gives, and where what follows starts; null when none. */
function leadingDirection(folded: string): { direction: RelativeDirection; end: number; signed: boolean } | null {
  const c = folded.charCodeAt(0);
  if (c === PLUS) return { direction: "increase", end: skipSpaces(folded, 1), signed: true };
  if (SIGNS_DOWN.has(c)) return { direction: "decrease", end: skipSpaces(folded, 1), signed: true };
  const space = folded.indexOf(" ");
  if (space < 0) return null;
  const direction = RELATIVE_DIRECTION_WORDS.get(folded.slice(0, space));
  if (direction === undefined) return null;
  let end = skipSpaces(folded, space);
  for (const link of RELATIVE_CHANGE_LINKS) {
    if (!folded.startsWith(link, end)) continue;
    const after = end + link.length;
    const apostrophe = link.endsWith("'") || link.endsWith("\u2019");
    if (apostrophe || folded.charCodeAt(after) === 32) {
      end = skipSpaces(folded, after);
      break;
    }
  }
  return { direction, end, signed: false };
}

/** "all'anno precedente", "al 2024", "alla baseline": words, with at most a year among them. */
const REFERENCE =
  /^(?:a|al|allo|alla|ai|agli|alle|all['\u2019])\s*[\p{L}'\u2019 .-]*(?:(?:19|20)\d\d)?[\p{L}'\u2019 .-]*$/u;

/** True when the text's first word is one that starts a relative target ("Riduzione …"). */
export function hasRelativeWordFirst(folded: string): boolean {
  const space = folded.indexOf(" ");
  return RELATIVE_DIRECTION_WORDS.has(space < 0 ? folded : folded.slice(0, space));
}

/**
 * Reads a relative target; null when the text does not have that shape. A signed one ("+10%") needs
 * "rispetto …" after it, or it is an ordinary bare percentage.
 */
export function parseRelative(text: string, raw: Raw): RelativeTarget | null {
  const folded = foldText(text);
  const lead = leadingDirection(folded);
  if (lead === null) return null;
  let i = lead.end;
  const start = i;
  while (i < folded.length && (isDigit(folded.charCodeAt(i)) || folded[i] === "." || folded[i] === ",")) i++;
  if (i === start) return null;
  const number = parseNumber(folded.slice(start, i));
  if (number === null) return null;
  i = skipSpaces(folded, i);
  if (folded.charCodeAt(i) !== 0x25) return null; // the change of a relative target is a percentage
  i = skipSpaces(folded, i + 1);
  let reference: string | null = null;
  if (i < folded.length) {
    if (!folded.startsWith(RELATIVE_REFERENCE_WORD, i)) return null;
    const after = folded.slice(i + RELATIVE_REFERENCE_WORD.length).trim();
    if (!REFERENCE.test(after)) return null;
    // The reference as typed when folding kept the positions (no decomposed accents), else folded.
    reference = folded.length === text.length ? text.slice(text.length - after.length) : after;
  } else if (lead.signed) {
    return null;
  }
  return {
    kind: "relative",
    raw,
    change: number / 100,
    direction: lead.direction,
    polarity: lead.direction === "increase" ? "higher" : "lower",
    reference,
  };
}

/** A relative target made absolute: its baseline and the comparison it is scored as. */
export interface ResolvedRelative {
  /** The baseline's value (a fraction when in %). */
  baseline: number;
  /** True when the baseline, hence the threshold, is a percentage. */
  percent: boolean;
  /** baseline × (1 + change) for an increase, baseline × (1 − change) for a decrease, as a comparison. */
  comparison: ComparisonTarget;
}

/**
 * The threshold of a relative target from the row's baseline; null when the baseline is missing or is
 * not a number (a date, a level, unreadable text): there is nothing to compute it from.
 */
export function resolveRelative(target: RelativeTarget, baseline: Actual | null | undefined): ResolvedRelative | null {
  if (baseline === null || baseline === undefined) return null;
  let value: number;
  let percent: boolean;
  if (baseline.kind === "number") {
    value = baseline.value;
    percent = baseline.percent;
  } else if (baseline.kind === "ratio") {
    // "45/50" is a share: a percentage like the threshold built on it.
    value = baseline.value;
    percent = true;
  } else {
    return null;
  }
  const factor = target.direction === "increase" ? 1 + target.change : 1 - target.change;
  const threshold = value * factor;
  if (!Number.isFinite(threshold)) return null;
  return {
    baseline: value,
    percent,
    comparison: {
      kind: "comparison",
      raw: target.raw,
      operator: target.direction === "increase" ? ">=" : "<=",
      value: threshold,
      unit: percent ? "%" : null,
      percent,
      label: null,
      polarity: target.polarity,
      inferred: false,
    },
  };
}
