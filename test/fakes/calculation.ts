/**
 * What Excel would calculate for the formulas of a write plan, for the Excel fake (which cannot calculate):
 * each formula's result is the value the core wrote beside it. The plan's references name their row (absolute
 * ones, and same-row ones such as $I4 with the row's own number) and their sheet when it is another one: the
 * same text on the same sheet gives the same result wherever it stands; on another sheet (the undo log's copy) the fake keeps the result the copy carried. That the core's
 * results are Excel's is proven elsewhere, by recalculating written workbooks with LibreOffice.
 */
import type { WritePlan } from "../../src/core/write/types";
import { cellsOf } from "../../src/core/write/steps";
import type { Calculate } from "./excel-fake";

export function resultsOf(plan: WritePlan): Calculate {
  const results = new Map<string, string | number | boolean>();
  for (const c of cellsOf(plan)) {
    if (c.formula === undefined || c.value === null) continue;
    const key = `${c.sheet}\u0000${c.formula}`;
    const known = results.get(key);
    // One formula, two results: the plan contradicts itself, and the fake would hide it.
    if (known !== undefined && known !== c.value)
      throw new Error(`formula ${c.formula} has two results: ${String(known)} and ${String(c.value)}`);
    results.set(key, c.value);
  }
  return (at, formula) => results.get(`${at.sheet}\u0000${formula}`);
}
