/** Display formatting, only at the edges: the engine never rounds. */
import type { Lang } from "../i18n/messages";

/** Formatters by language and digits: making an Intl.NumberFormat costs far more than using one. */
const PERCENT_FORMATS = new Map<string, Intl.NumberFormat>();

function percentFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = PERCENT_FORMATS.get(key);
  if (!format) {
    const locale = lang === "it" ? "it-IT" : "en-GB";
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    PERCENT_FORMATS.set(key, format);
  }
  return format;
}

export function formatPercent(fraction: number | null, lang: Lang = "it", digits = 1): string {
  if (fraction === null || !Number.isFinite(fraction)) return "—";
  return percentFormat(lang, digits).format(fraction * 100) + "%";
}
