/**
 * The «Storico monitoraggi» sheet's layout: a title, a notice, a header row, then one row per indicator and
 * per score of every monitoring point. The add-in owns the sheet (a CP_SHEET_ name, its title in A1) and
 * rewrites it whole when it records a point, keeping the rows of the other points as they were.
 */
import type { CellValue, Grid } from "../grid/types";
import type { Lang } from "../../i18n/messages";
import { MONITORING_TEXTS, type MonitoringTexts } from "./labels";

/** Italian in both languages, like the Riepilogo's: a run in English finds the same sheet. */
export const HISTORY_SHEET_NAME = "Storico monitoraggi";

export function historySheetName(attempt: number): string {
  return attempt <= 1 ? HISTORY_SHEET_NAME : `${HISTORY_SHEET_NAME} (${attempt})`;
}

/** Rows above the data: title, notice, a blank row, the header. */
export const HISTORY_HEADER_ROW = 3;
export const HISTORY_FIRST_ROW = HISTORY_HEADER_ROW + 1;

/** The columns, 0-based, in the order written. */
export const COL = {
  date: 0,
  label: 1,
  level: 2,
  sheet: 3,
  cell: 4,
  unit: 5,
  area: 6,
  number: 7,
  name: 8,
  actual: 9,
  achievement: 10,
  status: 11,
} as const;

export const HISTORY_COLUMN_COUNT = 12;

export const HISTORY_COLUMN_WIDTHS: Record<number, number> = {
  0: 12,
  1: 26,
  2: 20,
  3: 24,
  4: 8,
  5: 30,
  6: 18,
  7: 5,
  8: 52,
  9: 14,
  10: 16,
  11: 22,
};

export const DATE_FORMAT = "dd/mm/yyyy";

/** Every language the add-in may have written the sheet in (the pseudo-locale too). */
export const HISTORY_LANGS = Object.keys(MONITORING_TEXTS) as Lang[];

export function headerCells(lang: Lang): string[] {
  const c = MONITORING_TEXTS[lang].columns;
  return [
    c.date,
    c.label,
    c.level,
    c.sheet,
    c.cell,
    c.unit,
    c.area,
    c.number,
    c.name,
    c.actual,
    c.achievement,
    c.status,
  ];
}

const isBlank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A cell's text as matchesText compares it: composed, trimmed, single spaces, lower case. */
export function foldedText(v: string): string {
  return v.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** A label written in any language, compared as the person reads it (spacing and case aside). */
export function matchesText(v: CellValue | undefined, pick: (t: MonitoringTexts) => string): boolean {
  if (typeof v !== "string") return false;
  const f = foldedText(v);
  return HISTORY_LANGS.some((lang) => pick(MONITORING_TEXTS[lang]).toLowerCase() === f);
}

/** True when the sheet starts with the history's title (or is still empty: a run stopped before its cells). */
export function isHistorySheet(grid: Grid): boolean {
  const nonBlank = grid.values.some((row) => row?.some((v) => !isBlank(v)));
  if (!nonBlank) return true;
  return matchesText(grid.values[0]?.[0], (t) => t.title);
}
