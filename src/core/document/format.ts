/** Display strings for the report document. Rounding happens here, never in the engine. */
import type { Lang } from "../../i18n/messages";
import { renderParam } from "../../i18n/params";
import { relativeTargetParam } from "../diagnostics/types";
import type { IndicatorRow } from "../model/types";
import { displayCell } from "../targets/display";
import { resolveRelative } from "../targets/relative";

const locale = (lang: Lang): string => (lang === "it" ? "it-IT" : "en-GB");

/** One formatter per language: a report of thousands of rows formats thousands of weights. */
const WEIGHT_FORMATS = new Map<Lang, Intl.NumberFormat>();

/** A weight as officers write it: 0.03 → "3%", 0.125 → "12,5%"; null → "" (informational row). */
export function formatWeight(fraction: number | null, lang: Lang): string {
  if (fraction === null || !Number.isFinite(fraction)) return "";
  let format = WEIGHT_FORMATS.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 0, maximumFractionDigits: 2 });
    WEIGHT_FORMATS.set(lang, format);
  }
  return format.format(fraction * 100) + "%";
}

/** An ISO date (yyyy-mm-dd) in the Italian order dd/mm/yyyy, the same in both languages (as in the workbook). */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A list of levels for the cover: "Basso < Medio-basso < Medio". */
export function formatLevels(levels: readonly string[]): string {
  return levels.join(" < ");
}

/**
 * A row's target for people: as typed, except a relative target whose baseline is known, shown with
 * what it was computed from ("+10% rispetto a 1.200 = 1.320"); "" for an empty cell.
 */
export function formatTarget(row: IndicatorRow, lang: Lang): string {
  const t = row.target.value;
  if (t !== null && t.kind === "relative") {
    const resolved = resolveRelative(t, row.baseline?.value);
    if (resolved !== null) {
      return renderParam(
        relativeTargetParam({
          direction: t.direction,
          change: t.change,
          baseline: resolved.baseline,
          target: resolved.comparison.value,
          percent: resolved.percent,
        }),
        lang,
      );
    }
  }
  return displayCell(row.target.raw, row.target.numberFormat);
}
