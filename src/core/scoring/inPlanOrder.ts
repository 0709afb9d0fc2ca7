/** Each indicator row's result, found by position rather than by a map of 50 000 keys. */
import type { Plan } from "../model/types";
import type { IndicatorResult, Scorecard } from "./types";

/**
 * The result of each row of plan.indicators, by position. Scoring returns one result per row in the
 * plan's order, so the position answers without hashing 50k keys; a key map is built only for a
 * result that is not where the order says.
 */
export function resultsInPlanOrder(plan: Plan, scorecard: Scorecard): (IndicatorResult | undefined)[] {
  const out = new Array<IndicatorResult | undefined>(plan.indicators.length);
  let byKey: Map<string, IndicatorResult> | null = null;
  for (let i = 0; i < plan.indicators.length; i++) {
    const row = plan.indicators[i];
    const r = scorecard.indicators[i];
    if (r && r.key === row.key) out[i] = r;
    else {
      byKey ??= new Map(scorecard.indicators.map((x) => [x.key, x]));
      out[i] = byKey.get(row.key);
    }
  }
  return out;
}
