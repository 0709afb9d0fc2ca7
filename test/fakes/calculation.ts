/**
 * What Excel would calculate for the formulas of a write plan, for the Excel fake (which cannot calculate):
 * each formula's result is the value the core wrote beside it. The plan's formulas are absolute and name their
 * sheets, so the same text gives the same result wherever it stands, in the log's copy as on its sheet. That
 * the core's results are Excel's is proven elsewhere, by recalculating written workbooks with LibreOffice.
 */
import type { WritePlan } from "../../src/core/write/types";
import { cellsOf } from "../../src/core/write/steps";
import type { Calculate } from "./excel-fake";

export function resultsOf(plan: WritePlan): Calculate {
  const results = new Map<string, string | number | boolean>();
  for (const c of cellsOf(plan)) {
    if (c.formula === undefined || c.value === null) continue;
    const known = results.get(c.formula);
    // One formula, two results: the plan contradicts itself, and the fake would hide it.
    if (known !== undefined && known !== c.value)
      throw new Error(`formula ${c.formula} has two results: ${String(known)} and ${String(c.value)}`);
    results.set(c.formula, c.value);
  }
  return (_at, formula) => results.get(formula);
}
