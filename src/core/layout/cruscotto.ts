/**
 * Cruscotto checks: a year whose target does not look like the row's other years. Flags the OCR
 * debris of real plans ("21" among "≥1"s) without touching honest bare series ("18 18 16 16 15").
 */
import type { SourceCell } from "../model/types";
import type { ComparisonTarget, Target } from "../targets/types";
import { cellText } from "./text";

export interface InconsistentYear {
  year: number;
  col: number;
  raw: string;
  others: string;
}

/** More than this factor away from the median of the other years is suspicious. */
const RATIO_LIMIT = 10;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function inconsistentYears(byYear: Record<number, SourceCell<Target>>): InconsistentYear[] {
  const entries: Array<{ year: number; col: number; t: ComparisonTarget }> = [];
  for (const [y, cell] of Object.entries(byYear)) {
    if (cell.value?.kind === "comparison" && cell.col !== null)
      entries.push({ year: Number(y), col: cell.col, t: cell.value });
  }
  const out: InconsistentYear[] = [];
  for (const e of entries) {
    const others = entries.filter((o) => o !== e);
    if (others.length === 0) continue;
    // A bare number among years that all carry an operator: typed or OCR'd without its operator.
    let odd = e.t.inferred && others.every((o) => !o.t.inferred);
    if (!odd) {
      const comparable = others.filter((o) => o.t.percent === e.t.percent).map((o) => o.t.value);
      if (comparable.length >= 2) {
        const m = Math.abs(median(comparable));
        const v = Math.abs(e.t.value);
        if (m > 0 && v > 0 && Math.max(m, v) / Math.min(m, v) > RATIO_LIMIT) odd = true;
      }
    }
    if (odd) {
      out.push({
        year: e.year,
        col: e.col,
        raw: cellText(e.t.raw),
        others: others.map((o) => cellText(o.t.raw)).join("; "),
      });
    }
  }
  return out;
}
