/**
 * What Excel with an Italian locale stores when an officer types a text into a General cell.
 * Only "pure" inputs are converted (a lone percentage, date or number); anything with an operator,
 * a label, two values or a thousands separator stays text, exactly as typed — that is what the
 * engine must learn to read, so the example must not tidy it up.
 */

export type TypedInput =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; numFmt: string | null }
  | { kind: "date"; iso: string; numFmt: string };

export const DATE_FORMAT = "dd/mm/yyyy";

const PERCENT = /^(-?\d+)(?:,(\d+))?%$/;
const NUMBER = /^(-?\d+)(?:,(\d+))?$/;
const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** "0.00" for two typed decimals, null (General) for none: Excel keeps the decimals the person typed. */
function decimalsFormat(decimals: string | undefined, suffix: string): string | null {
  if (!decimals) return suffix === "" ? null : `0${suffix}`;
  return `0.${"0".repeat(decimals.length)}${suffix}`;
}

/** Divides by a power of ten through the decimal string so that "95,00%" gives exactly 0.95. */
function italianNumber(intPart: string, decimals: string | undefined): number {
  return Number(decimals ? `${intPart}.${decimals}` : intPart);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function typeItalianInput(raw: string): TypedInput {
  const text = raw;
  if (text === "") return { kind: "empty" };
  let m = PERCENT.exec(text);
  if (m) {
    // Excel stores the fraction; Number("95.00e-2") avoids 95/100 rounding surprises.
    const value = Number(`${italianNumber(m[1], m[2])}e-2`);
    return { kind: "number", value, numFmt: decimalsFormat(m[2], "%") };
  }
  m = DATE.exec(text);
  if (m) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    if (isValidDate(y, mo, d)) return { kind: "date", iso: `${m[3]}-${m[2]}-${m[1]}`, numFmt: DATE_FORMAT };
    return { kind: "text", text };
  }
  m = NUMBER.exec(text);
  if (m) return { kind: "number", value: italianNumber(m[1], m[2]), numFmt: decimalsFormat(m[2], "") };
  return { kind: "text", text };
}

/** A UTC midnight Date for an ISO day: exceljs turns it into the same serial on every machine. */
export function isoToUtcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Excel serial (1900 system) of an ISO day, for tests that compare with a Grid. */
export function isoToSerial(iso: string): number {
  return isoToUtcDate(iso).getTime() / 86400000 + 25569;
}
