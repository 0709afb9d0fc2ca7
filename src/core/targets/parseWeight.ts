/**
 * Peso (weight) cells, read as a fraction of the unit's total (1 = 100 %):
 * - "3%", "30,00%", or a number under a % format (0.03): the percentage as a fraction;
 * - a plain number > 1 ("10", 10): percentage points, 10 -> 0.10 (domain.md);
 * - a plain number ≤ 1 (0.1, "0,25"): already a fraction. An unformatted 0.1 is what Excel holds
 *   after someone pasted 10 % as a value, and a weight of 0.1 percentage points is implausible.
 *   The boundary 1 itself reads as 1 (100 %), the same rule domain.md gives for actuals.
 * Empty cells and lone dashes are null (an unweighted, informational row).
 */
import type { CellValue } from "../grid/types";
import { cleanSpaces, debrisReason } from "./debris";
import { isPercentFormat } from "./numberFormats";
import { parseQuantity } from "./numberText";
import type { Unreadable } from "./types";

export type WeightResult = { ok: true; value: number } | { ok: false; reason: Unreadable };

const DASHES: ReadonlySet<string> = new Set(["-", "--", "–", "—"]);

function fromNumber(value: number, percent: boolean): WeightResult {
  if (!Number.isFinite(value)) return { ok: false, reason: { code: "invalid_number" } };
  if (value < 0) return { ok: false, reason: { code: "negative_weight", text: String(value) } };
  if (percent) return { ok: true, value };
  return { ok: true, value: value > 1 ? value / 100 : value };
}

export function parseWeight(raw: CellValue, numberFormat?: string): WeightResult | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return fromNumber(raw, numberFormat !== undefined && isPercentFormat(numberFormat));
  if (typeof raw === "boolean") return { ok: false, reason: { code: "boolean_weight" } };
  if (typeof raw !== "string") return null;
  const text = cleanSpaces(raw);
  if (text.length === 0 || DASHES.has(text)) return null;
  const debris = debrisReason(text);
  if (debris !== null) return { ok: false, reason: debris };
  const q = parseQuantity(text);
  if (!q.ok) return { ok: false, reason: q.reason };
  if (q.unit !== null && q.unit !== "%") return { ok: false, reason: { code: "unit_in_weight", text: q.unit } };
  if (q.value < 0) return { ok: false, reason: { code: "negative_weight", text } };
  // "30" typed as text in a %-formatted cell still means 30 %: only the written % makes it a fraction directly.
  return fromNumber(q.value, q.percent);
}
