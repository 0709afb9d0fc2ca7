/** Display formatting, only at the edges: the engine never rounds. */
import type { Lang } from "../i18n/messages";

export function formatPercent(fraction: number | null, lang: Lang = "it", digits = 1): string {
  if (fraction === null || !Number.isFinite(fraction)) return "—";
  const locale = lang === "it" ? "it-IT" : "en-GB";
  return (
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
      fraction * 100,
    ) + "%"
  );
}
