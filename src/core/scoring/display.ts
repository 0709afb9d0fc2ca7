/**
 * Text put into diagnostic params. Display only: the engine never rounds the numbers it computes,
 * these helpers round only what a person reads in a message ("87,5%").
 */

/** Fraction -> Italian percent text with at most two decimals: 0.875 -> "87,5%", 0.95 -> "95%". */
export function percentText(fraction: number): string {
  const points = Number((fraction * 100).toFixed(2));
  return `${String(points).replace(".", ",")}%`;
}
