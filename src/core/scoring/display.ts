/**
 * Text put into diagnostic params. Display only: the engine never rounds the numbers it computes,
 * these helpers round only what a person reads in a message ("87,5%").
 */

/** Fraction -> Italian percent text with at most two decimals: 0.875 -> "87,5%", 0.95 -> "95%". */
export function percentText(fraction: number): string {
  const points = Number((fraction * 100).toFixed(2));
  return `${String(points).replace(".", ",")}%`;
}

/** A number as an Italian officer writes it (decimal comma), no rounding beyond JS's own. */
export function numberText(value: number): string {
  return String(value).replace(".", ",");
}

/** A cell's raw content as a person would recognise it in a message. */
export function rawText(raw: string | number | boolean | null): string {
  if (raw === null) return "";
  if (typeof raw === "number") return numberText(raw);
  if (typeof raw === "boolean") return raw ? "sì" : "no";
  return raw;
}
