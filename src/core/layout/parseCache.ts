/**
 * Plans repeat a handful of targets and weights thousands of times ("100%", "3%", "30/06/2022"):
 * each distinct (cell, format) is parsed once per run. Parsed values are plain immutable data, so
 * rows may share them. A bare plain number is re-parsed per row, because its polarity depends on
 * the row's indicator text.
 */
import type { CellValue } from "../grid/types";
import type { ParseContext, Target } from "../targets/types";
import { parseTarget, parseWeight } from "./parsers";

type WeightResult = ReturnType<typeof parseWeight>;

/** Beyond this many distinct cells the plan is not repetitive: stop caching, keep memory flat. */
const MAX_ENTRIES = 20_000;

function keyOf(raw: CellValue, format: string | undefined): string {
  return `${typeof raw}\u0001${String(raw)}\u0001${format ?? ""}`;
}

export class ParseCache {
  private readonly targets = new Map<string, Target | null>();
  private readonly weights = new Map<string, WeightResult>();

  target(raw: CellValue, ctx: ParseContext): Target | null {
    const key = keyOf(raw, ctx.numberFormat);
    let t = this.targets.get(key);
    if (t === undefined) {
      t = parseTarget(raw, ctx);
      if (this.targets.size < MAX_ENTRIES) this.targets.set(key, t);
      return t;
    }
    if (t && t.kind === "comparison" && t.inferred && !t.percent && t.unit !== "gg") return parseTarget(raw, ctx);
    return t;
  }

  weight(raw: CellValue, format: string | undefined): WeightResult {
    const key = keyOf(raw, format);
    let w = this.weights.get(key);
    if (w === undefined) {
      w = parseWeight(raw, format);
      if (this.weights.size < MAX_ENTRIES) this.weights.set(key, w);
    }
    return w;
  }
}
