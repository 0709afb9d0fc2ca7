/**
 * Excel dates in the 1900 date system, computed on whole days with integer civil-calendar arithmetic
 * (no Date object, so no time zone can shift a deadline by one day).
 *
 * Excel counts 1900-02-29 (serial 60), a day that never existed (the Lotus 1-2-3 bug). Serials from 61
 * on are days since 1899-12-30; serials 1-59 are days since 1899-12-31. Serial 60 is read as
 * 1900-03-01 (the same as 61), so it is the one serial that does not round-trip.
 */

import type { Unreadable } from "./types";

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian), after H. Hinnant's days_from_civil. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

const EPOCH_1899_12_30 = daysFromCivil(1899, 12, 30);
/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2958465;

/** A serial that Excel can show as a date (1 = 1900-01-01 … 2958465 = 9999-12-31); time of day allowed. */
export function isValidSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= 1 && serial < MAX_EXCEL_SERIAL + 1;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoOf(y: number, m: number, d: number): string {
  const yyyy = y < 1000 ? String(y).padStart(4, "0") : String(y);
  return `${yyyy}-${pad2(m)}-${pad2(d)}`;
}

/** Excel serial -> "yyyy-mm-dd" (the time of day is dropped). Throws RangeError outside isValidSerial. */
export function serialToIso(serial: number): string {
  if (!isValidSerial(serial)) throw new RangeError(`Not an Excel date serial: ${serial}`);
  const whole = Math.floor(serial);
  const offset = whole < 61 ? whole + 1 : whole;
  const [y, m, d] = civilFromDays(EPOCH_1899_12_30 + offset);
  return isoOf(y, m, d);
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "yyyy-mm-dd" -> Excel serial. Throws RangeError for a malformed or non-existent date, or one Excel cannot hold. */
export function isoToSerial(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new RangeError(`No such date: ${iso}`);
  const offset = daysFromCivil(y, mo, d) - EPOCH_1899_12_30;
  const serial = offset <= 60 ? offset - 1 : offset;
  if (!isValidSerial(serial)) throw new RangeError(`Outside the Excel date range: ${iso}`);
  return serial;
}

/** Result of reading one date written as text. */
export type DateText = { ok: true; iso: string } | { ok: false; reason: Unreadable } | null;

/** d/m/yyyy, dd-mm-yy, d.m.yyyy (one separator throughout) or ISO yyyy-mm-dd. */
const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Read one date typed as text. null when the text does not have the shape of a date at all;
 * { ok: false } when it has the shape but no such day exists ("31/02/2022"). Two-digit years are 20yy.
 */
export function parseDateText(text: string): DateText {
  let y: number;
  let mo: number;
  let d: number;
  const dmy = DMY.exec(text);
  if (dmy) {
    d = Number(dmy[1]);
    mo = Number(dmy[3]);
    y = Number(dmy[4]);
    if (dmy[4].length === 2) y += 2000;
  } else {
    const ymd = YMD.exec(text);
    if (!ymd) return null;
    y = Number(ymd[1]);
    mo = Number(ymd[2]);
    d = Number(ymd[3]);
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || y < 1900) {
    return { ok: false, reason: { code: "nonexistent_date", text } };
  }
  return { ok: true, iso: isoOf(y, mo, d) };
}

/** Cheap pre-check: a date needs at least two of "/", "-", "." (most targets have none). */
function mayHoldDate(text: string): boolean {
  let separators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 || c === 45 || c === 46) {
      if (++separators >= 2) return true;
    }
  }
  return false;
}

/** Separators between dates: spaces, ";" or ",", and the words "e" / "entro" / "il" officers put around them. */
const DATE_LIST_SPLIT = /[\s;,]+/;
const FILLER_WORDS: ReadonlySet<string> = new Set(["e", "entro", "il", "al", "ed"]);

/**
 * Read "30/06/2022 31/12/2022", "30/06/2022; 31/12/2022", "entro il 30/06/2022": the dates in order.
 * null when some token is not a date (the caller then tries other readings); { ok: false } when a
 * token has the shape of a date that does not exist.
 */
export function parseDateList(text: string): { ok: true; isos: string[] } | { ok: false; reason: Unreadable } | null {
  if (!mayHoldDate(text)) return null;
  const tokens = text.split(DATE_LIST_SPLIT);
  const isos: string[] = [];
  for (const token of tokens) {
    if (token.length === 0) continue;
    const date = parseDateText(token);
    if (date === null) {
      if (FILLER_WORDS.has(token.toLowerCase())) continue;
      return null;
    }
    if (!date.ok) return date;
    isos.push(date.iso);
  }
  return isos.length > 0 ? { ok: true, isos } : null;
}
