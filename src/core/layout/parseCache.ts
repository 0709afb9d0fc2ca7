/**
 * Plans repeat a handful of targets and weights thousands of times ("100%", "3%", "30/06/2022"):
 * each distinct (cell, format) is parsed once per run. Parsed values are plain immutable data, so
 * rows may share them. A bare plain number is re-parsed per row, because its polarity depends on
 * the row's indicator text.
 */
import type { CellValue } from "../grid/types";
import type { Actual, ParseContext, Target } from "../targets/types";
import { parseActual, parseTarget, parseWeight } from "./parsers";

type WeightResult = ReturnType<typeof parseWeight>;

/** Beyond this many distinct cells the plan is not repetitive: stop caching, keep memory flat. */
const MAX_ENTRIES = 20_000;

/** format -> raw -> parsed. Nested maps: no key string to build per lookup (3 and "3" stay distinct). */
class TwoLevel<T> {
  private readonly byFormat = new Map<string, Map<CellValue, T>>();
  private size = 0;
  get(format: string, raw: CellValue): T | undefined {
    return this.byFormat.get(format)?.get(raw);
  }
  set(format: string, raw: CellValue, value: T): void {
    if (this.size >= MAX_ENTRIES) return;
    let m = this.byFormat.get(format);
    if (!m) this.byFormat.set(format, (m = new Map()));
    m.set(raw, value);
    this.size++;
  }
}

export class ParseCache {
  private readonly targets = new TwoLevel<Target | null>();
  private readonly weights = new TwoLevel<WeightResult>();
  private readonly actuals = new TwoLevel<Actual | null>();

  /** Consuntivi repeat too ("sì", "100%"); an actual depends only on the cell, its format and the levels of the run. */
  actual(raw: CellValue, ctx: ParseContext): Actual | null {
    const format = ctx.numberFormat ?? "";
    let a = this.actuals.get(format, raw);
    if (a === undefined) {
      a = parseActual(raw, ctx);
      this.actuals.set(format, raw, a);
    }
    return a;
  }

  target(raw: CellValue, ctx: ParseContext): Target | null {
    const format = ctx.numberFormat ?? "";
    const t = this.targets.get(format, raw);
    if (t === undefined) {
      const parsed = parseTarget(raw, ctx);
      this.targets.set(format, raw, parsed);
      return parsed;
    }
    if (t && t.kind === "comparison" && t.inferred && !t.percent && t.unit !== "gg") return parseTarget(raw, ctx);
    return t;
  }

  weight(raw: CellValue, format: string | undefined): WeightResult {
    const f = format ?? "";
    let w = this.weights.get(f, raw);
    if (w === undefined) {
      w = parseWeight(raw, format);
      this.weights.set(f, raw, w);
    }
    return w;
  }
}
