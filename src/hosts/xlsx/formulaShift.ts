/**
 * A formula copied elsewhere, as Excel pastes it: the relative parts of each A1 reference move by the offset
 * between source and destination, the "$" parts stay, and a reference pushed off the sheet becomes #REF!.
 * Text in double quotes, quoted sheet names, defined names and function names are left alone. The exceljs host
 * copies cells (undo's backups and restores) the way Excel's Range.copyFrom does, so that both hosts leave the
 * same formulas in the log; the core places backups so that a copy there and back gives the formula it was.
 */
import { columnIndex, columnLetter } from "../../core/grid/address";

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/** A cell or a cell range, a column range, a row range: tried in this order at a word's start. */
const CELLS = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
/** Characters that continue a word: a match followed by one is part of a name, a function or a sheet. */
const WORD_CHAR = /[A-Za-z0-9_.\\]/;
const REF_START = /[$A-Za-z0-9]/;

function column(abs: string, letters: string, dc: number): string | null {
  const c = columnIndex(letters);
  if (c > LAST_COL) return null;
  const moved = abs ? c : c + dc;
  return moved < 0 || moved > LAST_COL ? null : `${abs}${columnLetter(moved)}`;
}

function row(abs: string, digits: string, dr: number): string | null {
  const r = Number(digits) - 1;
  if (r < 0 || r > LAST_ROW) return null;
  const moved = abs ? r : r + dr;
  return moved < 0 || moved > LAST_ROW ? null : `${abs}${moved + 1}`;
}

type Moved = { text: string; end: number } | null;

/** The reference starting at `i`, moved; null when none starts there (or it is part of a longer word). */
function referenceAt(f: string, i: number, dr: number, dc: number): Moved {
  const tries: [RegExp, (m: RegExpExecArray) => (string | null)[] | null][] = [
    [
      CELLS,
      (m) => {
        // A column past XFD or a row past 1 048 576 is no cell ("LOG10", "ABCD1"): leave the word alone.
        if (columnIndex(m[2]) > LAST_COL || Number(m[4]) < 1 || Number(m[4]) - 1 > LAST_ROW) return null;
        const first = [column(m[1], m[2], dc), row(m[3], m[4], dr)];
        return m[6] === undefined ? first : [...first, column(m[5], m[6], dc), row(m[7], m[8], dr)];
      },
    ],
    [COLUMNS, (m) => [column(m[1], m[2], dc), column(m[3], m[4], dc)]],
    [ROWS, (m) => [row(m[1], m[2], dr), row(m[3], m[4], dr)]],
  ];
  for (const [re, move] of tries) {
    re.lastIndex = i;
    const m = re.exec(f);
    if (!m) continue;
    const end = i + m[0].length;
    const next = f.charAt(end);
    if (WORD_CHAR.test(next) || next === "(" || next === "!") continue;
    const parts = move(m);
    if (!parts) continue;
    if (parts.some((p) => p === null)) return { text: "#REF!", end };
    if (re === CELLS) {
      const [c1, r1, c2, r2] = parts as string[];
      return { text: c2 === undefined ? `${c1}${r1}` : `${c1}${r1}:${c2}${r2}`, end };
    }
    return { text: parts.join(":"), end };
  }
  return null;
}

/** The formula (without "=") as Excel writes it `dr` rows and `dc` columns away from where it was. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"' || ch === "'") {
      // A text constant or a quoted sheet name: copied as is, its doubled quotes included.
      let j = i + 1;
      while (j < formula.length) {
        if (formula.charAt(j) === ch) {
          if (formula.charAt(j + 1) === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula.charAt(i - 1) : "";
    if (REF_START.test(ch) && !WORD_CHAR.test(prev) && prev !== "$") {
      const moved = referenceAt(formula, i, dr, dc);
      if (moved) {
        out += moved.text;
        i = moved.end;
        continue;
      }
      // Not a reference: the whole word (a name, a function, a number) goes as it is.
      let j = i;
      while (j < formula.length && (WORD_CHAR.test(formula.charAt(j)) || formula.charAt(j) === "$")) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
