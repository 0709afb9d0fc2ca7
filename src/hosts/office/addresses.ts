/**
 * Office.js speaks in A1 address strings ("'Servizio Staff'!B3:D9", "Foglio1!A1:B2, Foglio1!D4");
 * the core in 0-based rectangles. These helpers translate, and never depend on Office being present.
 */
import type { Rect } from "../../core/grid/types";
import { columnLetter, parseRange } from "../../core/grid/address";

/** Excel's sheet-name quoting: always quoted, inner apostrophes doubled (valid for every name). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "B3:D9" or "$B$3" for 0-based corners (relative: Office accepts both, relative is shorter on the wire). */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const tl = `${columnLetter(left)}${top + 1}`;
  return top === bottom && left === right ? tl : `${tl}:${columnLetter(right)}${bottom + 1}`;
}

/** "C:C", the whole column, for column widths. */
export function columnAddress(col: number): string {
  const l = columnLetter(col);
  return `${l}:${l}`;
}

const RANGE = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?`;
/** One area of a reference list: an optional sheet (quoted with doubled apostrophes, or bare) then a range. */
const AREA = new RegExp(String.raw`^\s*(?:(?:'((?:[^']|'')+)'|([^'!,]+))!)?(${RANGE})\s*(?:,|$)`);

export interface Area {
  /** Unquoted sheet name; null when the area carried none. */
  sheet: string | null;
  /** The range part as written, e.g. "$J$3:$L$28". */
  range: string;
}

/**
 * Parses "='S'!$A$1:$B$2,'S'!C3" (a name's reference, a RangeAreas address, a used range's address) into
 * areas. Null when any part is not a plain rectangle reference (a constant, a formula, #REF!).
 * Quoted names are read with their doubled apostrophes, so a sheet called "Area A, B" cannot split wrongly.
 */
export function parseAreas(text: string): Area[] | null {
  // A reference into a deleted sheet reads "=#REF!$A$1": it points nowhere.
  if (text.includes("#REF!")) return null;
  let rest = text.trim().replace(/^=/, "");
  const out: Area[] = [];
  while (rest.length > 0) {
    const m = AREA.exec(rest);
    if (!m) return null;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] !== undefined ? m[2].trim() : null;
    out.push({ sheet, range: m[3] });
    rest = rest.slice(m[0].length);
  }
  return out.length > 0 ? out : null;
}

/** "B3:D9" (or "$B$3") -> 0-based rectangle; null when malformed. The core's own reader. */
export const parseRect: (range: string) => Rect | null = parseRange;
