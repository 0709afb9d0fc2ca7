/**
 * The formulas of a table's rows, built once per kind of row. A formula's only references to its own sheet
 * are to its own row (see references), so two rows whose target, settings and columns are the same hold the
 * same formula moved down: it is built once, with a marker where the row number goes, and each row's formula
 * is that template with its number. Rows that share a template are told to the host by one shared id: in
 * one column of one sheet a workbook can store them as one formula (a shared formula), as Excel stores a
 * filled column — other rows between them (a heading, a row that keeps values) left out of it.
 */
import type { ScorableTarget } from "../../scoring/achievement";

/** Where the row number goes in a template: a character no formula holds. */
export const ROW_MARK = "\u0000";

/**
 * Everything a Raggiungimento template depends on besides the run's settings: the target as scored, the
 * actual's cell (its column, or a cell elsewhere for a derived row), how the actual is read.
 */
export function achievementKey(input: {
  target: ScorableTarget;
  actual: string;
  actualIsFraction: boolean;
  missingAsZero: boolean;
}): string {
  const t = input.target;
  let target: string;
  switch (t.kind) {
    case "comparison":
      target = `c|${t.operator}|${t.polarity}|${t.percent ? 1 : 0}|${t.value}`;
      break;
    case "deadline":
      target = `d|${t.deadlines.join(",")}`;
      break;
    case "qualitative":
      target = `q|${t.operator}|${t.level}`;
      break;
    case "boolean":
      target = "b";
      break;
  }
  return `${input.actual}|${input.actualIsFraction ? 1 : 0}|${input.missingAsZero ? 1 : 0}|${target}`;
}

interface Template {
  /** The template cut at each row marker. */
  parts: readonly string[];
  shared: number;
}

export interface RowFormula {
  formula: string;
  /** The same for every row built from the same template. */
  shared: number;
}

/** One per run. */
export class RowTemplates {
  private readonly templates = new Map<string, Template>();

  /** The formula of `row` (0-based) from the template under `key`, built by `build` the first time. */
  formula(key: string, row: number, build: () => string): RowFormula {
    let t = this.templates.get(key);
    if (t === undefined) {
      t = { parts: build().split(ROW_MARK), shared: this.templates.size + 1 };
      this.templates.set(key, t);
    }
    return { formula: t.parts.length === 1 ? t.parts[0] : t.parts.join(String(row + 1)), shared: t.shared };
  }
}
