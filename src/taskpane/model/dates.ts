/**
 * Dates in the pane: today as the pane knows it (the core reads no clock), and the monitoring point's date as
 * a person types it, in the Italian order (30/06/2024, 30.06.2024, 30-06-2024; ISO 2024-06-30 too).
 */
import { formatIsoDate } from "../../core/document/format";
import { parseDateText } from "../../core/targets/excelDates";

/** Today where the pane runs, yyyy-mm-dd: the run's date, as the CLI's default. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An ISO date as the pane shows it and as people type it: 30/06/2024, in every language (as in the workbook). */
export const shownDate = (iso: string): string => formatIsoDate(iso);

/**
 * A typed date as ISO; null when it is not a calendar day in dd/mm/yyyy (or ISO) form. Two-digit years are
 * 20yy, as in the workbook's own dates.
 */
export function readTypedDate(text: string): string | null {
  const read = parseDateText(text.trim());
  return read !== null && read.ok ? read.iso : null;
}
