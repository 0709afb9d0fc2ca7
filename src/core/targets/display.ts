/**
 * A cell shown back to a person as Excel shows it: a %-formatted 1 is "100%", a date serial is
 * "30/06/2022", 1.45 is "1,45". Used in messages, so that «1» never stands for what the officer typed as 100%.
 */
import type { CellValue } from "../grid/types";
import { isDateFormat, isPercentFormat } from "./numberFormats";
import { isValidSerial, serialToIso } from "./excelDates";

/** Below this an integer has at most twelve digits: toPrecision(12) keeps them all, so the digits are its own. */
const EXACT_INTEGER = 1e12;

/** Twelve significant digits, Italian decimal comma. An integer (a plain 5, a 100%) skips toPrecision, which is slow. */
const italianNumber = (n: number): string =>
  Number.isInteger(n) && Math.abs(n) < EXACT_INTEGER ? String(n) : String(Number(n.toPrecision(12))).replace(".", ",");

export function displayCell(raw: CellValue | undefined, numberFormat = "General"): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "boolean") return raw ? "sì" : "no";
  if (!Number.isFinite(raw)) return String(raw);
  if (isPercentFormat(numberFormat)) return `${italianNumber(raw * 100)}%`;
  if (isDateFormat(numberFormat) && isValidSerial(raw)) {
    const [y, m, d] = serialToIso(raw).split("-");
    return `${d}/${m}/${y}`;
  }
  return italianNumber(raw);
}
