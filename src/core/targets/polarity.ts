/** Which direction is better, from the operator or, for bare values, inferred per domain.md. */
import { hasAnyWholeWord } from "../text/wholeWord";
import type { MeasureUnit, Operator, ParseContext, Polarity } from "./types";

export function operatorPolarity(op: Operator): Polarity {
  if (op === "=") return "equal";
  return op === ">=" || op === ">" ? "higher" : "lower";
}

/**
 * A bare value: a percentage is a share of things done (higher is better); a number of days is a
 * time (lower is better: a bare "70 gg" is a maximum, as "<= 70 gg" is); otherwise lower is better
 * only when the indicator holds one of the lower-is-better words as a whole word.
 */
export function inferBarePolarity(percent: boolean, unit: MeasureUnit, ctx: ParseContext): Polarity {
  if (percent) return "higher";
  if (unit === "gg") return "lower";
  const indicator = ctx.indicator;
  if (indicator && hasAnyWholeWord(indicator, ctx.lowerIsBetterWords)) return "lower";
  return "higher";
}
