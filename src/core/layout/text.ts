/** Text helpers shared by the layout recogniser. Patterns are compiled once, at module load. */
import type { CellValue } from "../grid/types";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const TRAILING_YEAR = /\s(19|20)\d\d$/;

/** Lowercase, accents and punctuation removed, single spaces: "Peso %" -> "peso", "Produttività" -> "produttivita". */
export function normalise(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "").replace(NON_ALNUM, " ").trim();
}

export interface HeaderKey {
  key: string;
  year: number | null;
}
/** Header rows repeat the same few texts under every heading: normalise each distinct text once. */
const headerKeys = new Map<string, HeaderKey>();
const MAX_HEADER_KEYS = 5_000;

/** normalise() plus a trailing year split off: "Consuntivo 2022" -> { key: "consuntivo", year: 2022 }. */
export function headerKey(text: string): HeaderKey {
  const known = headerKeys.get(text);
  if (known) return known;
  const n = normalise(text);
  const m = TRAILING_YEAR.exec(n);
  const hk: HeaderKey = m
    ? { key: n.slice(0, m.index).trim(), year: Number(n.slice(m.index + 1)) }
    : { key: n, year: null };
  if (headerKeys.size < MAX_HEADER_KEYS) headerKeys.set(text, hk);
  return hk;
}

export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  if (v.length === 0) return true;
  // Only a string that starts with white space can be blank: skip trim() (an allocation) otherwise.
  const c = v.charCodeAt(0);
  return (
    (c <= 32 ||
      c === 160 ||
      c === 0x2007 ||
      c === 0x202f ||
      c === 0xfeff ||
      c === 0x3000 ||
      (c >= 0x2000 && c <= 0x200b) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x1680 ||
      c === 0x205f) &&
    v.trim() === ""
  );
}

/** The cell as trimmed text; "" for empty cells. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  return String(v);
}

/** A raw value shown back to a person in a diagnostic. */
export function displayRaw(v: CellValue | undefined): string {
  return cellText(v);
}
