/**
 * «Ultimo calcolo»: when the last run that wrote happened, for which year and with which rules. The undo
 * log in the workbook records what a run changed, not when (a date in the workbook would make two runs on
 * the same plan differ): the pane keeps the time of the runs it wrote itself, for the session. Runs undone
 * leave the list; a run the log holds from an earlier session is said to be there, without a time.
 */
import type { Settings } from "../../core/settings/types";
import type { Lang } from "../../i18n/messages";
import type { PaneTexts } from "../../i18n/pane";

export interface RunRecord {
  at: Date;
  settings: Settings;
}

/** Runs written in this session, oldest first: the undo log is a stack, and so is this. */
export type RunHistory = readonly RunRecord[];

export const pushRun = (history: RunHistory, run: RunRecord): RunHistory => [...history, run];
export const popRun = (history: RunHistory): RunHistory => history.slice(0, -1);

/** Dates and times as people write them: 31/12/2022, 09:05 in Italian; 31 Dec 2022, 09:05 in English. */
const DATE: Record<Lang, [string, Intl.DateTimeFormatOptions]> = {
  it: ["it-IT", { day: "2-digit", month: "2-digit", year: "numeric" }],
  en: ["en-GB", { day: "numeric", month: "short", year: "numeric" }],
  qps: ["it-IT", { day: "2-digit", month: "2-digit", year: "numeric" }],
};
const TIME_LOCALE: Record<Lang, string> = { it: "it-IT", en: "en-GB", qps: "it-IT" };

export function formatWhen(at: Date, lang: Lang): { date: string; time: string } {
  const [locale, options] = DATE[lang];
  return {
    date: new Intl.DateTimeFormat(locale, options).format(at),
    time: new Intl.DateTimeFormat(TIME_LOCALE[lang], { hour: "2-digit", minute: "2-digit", hour12: false }).format(at),
  };
}

/** A threshold as set: 90 %, 92,5 %. */
function percent(fraction: number, lang: Lang): string {
  const locale = lang === "en" ? "en-GB" : "it-IT";
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(fraction * 100)}%`;
}

/** The rules of a run in a few words: the bands and cap always, the rest only when not the default. */
export function settingsBrief(settings: Settings, lang: Lang, texts: PaneTexts): string {
  const t = texts.lastRun;
  const parts = [
    t.bands(percent(settings.bandRaggiunto, lang), percent(settings.bandParziale, lang)),
    t.cap(percent(settings.cap, lang)),
  ];
  if (settings.soglia > 0) parts.push(t.soglia(percent(settings.soglia, lang)));
  if (settings.missingAsZero) parts.push(t.missingAsZero);
  if (settings.strictComparisons) parts.push(t.strict);
  return parts.join(", ");
}

/**
 * The line beside «Annulla ultimo calcolo»: the last run of this session, or, when the workbook holds a run
 * from before (`logged`), that there is one whose time is not known; null when there is no run to show.
 */
export function lastRunText(history: RunHistory, logged: boolean, lang: Lang, texts: PaneTexts): string | null {
  const last = history[history.length - 1];
  if (last) {
    const { date, time } = formatWhen(last.at, lang);
    return texts.lastRun.line(date, time, last.settings.year, settingsBrief(last.settings, lang, texts));
  }
  return logged ? texts.lastRun.earlier : null;
}
