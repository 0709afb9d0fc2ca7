/** Text helpers shared by the layout recogniser. Patterns are compiled once, at module load. */
import type { CellValue } from "../grid/types";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const TRAILING_YEAR = /\s(19|20)\d\d$/;

/** Lowercase, accents and punctuation removed, single spaces: "Peso %" -> "peso", "Produttività" -> "produttivita". */
export function normalise(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "").replace(NON_ALNUM, " ").trim();
}

/** normalise() plus a trailing year split off: "Consuntivo 2022" -> { key: "consuntivo", year: 2022 }. */
export function headerKey(text: string): { key: string; year: number | null } {
  const n = normalise(text);
  const m = TRAILING_YEAR.exec(n);
  if (!m) return { key: n, year: null };
  return { key: n.slice(0, m.index).trim(), year: Number(n.slice(m.index + 1)) };
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
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
