/**
 * Tolerant readers of the values a person types in the settings sheet. Each returns null when the
 * value cannot be read (the caller then keeps the default and says so).
 */
import type { CellValue } from "../grid/types";

/** Lowercase, accents and quotes removed, runs of anything else collapsed to one space. */
export function normaliseWords(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** "0,8", "0.8", "1.234,5" -> number; null when not a number. */
function parseItalianNumber(text: string): number | null {
  let t = text.trim().replace(/\s+/g, "");
  if (t === "") return null;
  if (t.includes(",")) t = t.replace(/\./g, "").replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}

/**
 * A percentage setting: "80%", "0,8", 0.8, 80 and a %-formatted 0.8 all mean 0.8.
 * A plain number above `pointsAbove` is read as percentage points; 1 for bands and soglia, larger for the
 * cap, so that a cap typed as 1,2 stays 120 %.
 */
export function readPercent(value: CellValue, numberFormat: string, pointsAbove = 1): number | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    if (numberFormat.includes("%")) return value;
    return value > pointsAbove ? value / 100 : value;
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text.endsWith("%")) {
    const n = parseItalianNumber(text.slice(0, -1));
    return n === null ? null : n / 100;
  }
  const n = parseItalianNumber(text);
  if (n === null) return null;
  return n > pointsAbove ? n / 100 : n;
}

const TRUE_WORDS = new Set(["si", "sì", "s", "yes", "y", "true", "vero", "x", "1"]);
const FALSE_WORDS = new Set(["no", "n", "false", "falso", "0"]);

export function readBoolean(value: CellValue): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== "string") return null;
  const word = normaliseWords(value);
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/** A name typed as text, spaces collapsed; null when it holds no letter or digit. */
export function readName(value: CellValue): string | null {
  if (typeof value !== "string") return null;
  const name = value.replace(/\s+/g, " ").trim();
  return /[\p{L}\p{N}]/u.test(name) ? name : null;
}

/** A four-digit evaluation year, as a number or as text. */
export function readYear(value: CellValue): number | null {
  const n =
    typeof value === "number" ? value : typeof value === "string" && /^\s*\d{4}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1990 && n <= 2100 ? n : null;
}

/** A list typed as "a, b, c" (";" accepted too); null when empty. */
export function readList(value: CellValue): string[] | null {
  if (typeof value !== "string") return null;
  const items = value
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return items.length > 0 ? items : null;
}

/** One of a closed set of values, matched by normalised spelling against each value's accepted words. */
export function readChoice<T extends string>(value: CellValue, choices: Record<T, readonly string[]>): T | null {
  if (typeof value !== "string") return null;
  const word = normaliseWords(value);
  for (const key of Object.keys(choices) as T[]) {
    if (normaliseWords(key) === word || choices[key].some((alias) => normaliseWords(alias) === word)) return key;
  }
  return null;
}

/** Header texts and sheet names are separated by ";": both may hold a comma («Peso, in %»). */
export const TEXT_LIST_SEPARATOR = ";";

/**
 * Texts typed as "a; b; c", each trimmed, empty ones dropped; a number cell is one text (a sheet named
 * «2022»). Null when nothing is left.
 */
export function readTextList(value: CellValue): string[] | null {
  if (typeof value === "number" && Number.isFinite(value)) return [String(value)];
  if (typeof value !== "string") return null;
  const items = value
    .split(TEXT_LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return items.length > 0 ? items : null;
}

/**
 * A sheet name as Excel compares them: case ignored (a workbook cannot hold «Bozza» and «bozza»), and the
 * spaces a person may add around a name in a list ignored too.
 */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}
