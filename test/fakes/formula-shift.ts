/**
 * What Excel does to a formula pasted elsewhere (Range.copyFrom with "All" or "Formulas"): every relative
 * part of an A1 reference moves by the offset between source and destination, "$" parts stay, and a
 * reference pushed off the sheet becomes #REF!. Texts in double quotes, names and function names are left
 * alone. Independent of src/ on purpose: the host must not be tested against its own reading of Excel.
 */

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** "AB" -> 27 (0-based). */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 27 -> "AB". */
export function colLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A cell, a whole-column or a whole-row reference, or a range of them, not part of a longer word: "LOG10("
 * is a function and "CP_OWN_1" a name. A sheet prefix ("'S'!", "S!") stays in front of the match.
 */
const REF =
  /(?<![A-Za-z0-9_.$\\])(?:(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d{1,7}):(\$?)(\d{1,7}))(?![A-Za-z0-9_(.!])/g;

type Part = { abs: string; col?: string; row?: string };

function moveCol(p: { abs: string; col: string }, dc: number): string | null {
  const c = colIndex(p.col) + (p.abs ? 0 : dc);
  return c < 0 || c > MAX_COL ? null : `${p.abs}${colLetters(c)}`;
}

function moveRow(p: { abs: string; row: string }, dr: number): string | null {
  const r = Number(p.row) - 1 + (p.abs ? 0 : dr);
  return r < 0 || r > MAX_ROW ? null : `${p.abs}${r + 1}`;
}

function validCell(col: string, row: string): boolean {
  return colIndex(col) <= MAX_COL && Number(row) >= 1 && Number(row) - 1 <= MAX_ROW;
}

function shiftRef(groups: (string | undefined)[], dr: number, dc: number): string | null {
  const g = groups;
  if (g[1] !== undefined) {
    // Cell or cell range: $?COL $?ROW (: $?COL $?ROW)?
    const cells: [Part, Part][] = [
      [
        { abs: g[0] ?? "", col: g[1] },
        { abs: g[2] ?? "", row: g[3] },
      ],
    ];
    if (g[5] !== undefined)
      cells.push([
        { abs: g[4] ?? "", col: g[5] },
        { abs: g[6] ?? "", row: g[7] },
      ]);
    const out: string[] = [];
    for (const [c, r] of cells) {
      const col = moveCol({ abs: c.abs, col: c.col as string }, dc);
      const row = moveRow({ abs: r.abs, row: r.row as string }, dr);
      if (col === null || row === null) return null;
      out.push(`${col}${row}`);
    }
    return out.join(":");
  }
  if (g[9] !== undefined) {
    const a = moveCol({ abs: g[8] ?? "", col: g[9] }, dc);
    const b = moveCol({ abs: g[10] ?? "", col: g[11] as string }, dc);
    return a === null || b === null ? null : `${a}:${b}`;
  }
  const a = moveRow({ abs: g[12] ?? "", row: g[13] as string }, dr);
  const b = moveRow({ abs: g[14] ?? "", row: g[15] as string }, dr);
  return a === null || b === null ? null : `${a}:${b}`;
}

function shiftSegment(text: string, dr: number, dc: number): string {
  return text.replace(REF, (whole: string, ...rest: unknown[]) => {
    const groups = rest.slice(0, 16) as (string | undefined)[];
    // "TRUE1"-like words are no cells: a cell's column stops at XFD and its row at 1 048 576.
    if (groups[1] !== undefined && !validCell(groups[1], groups[3] as string)) return whole;
    return shiftRef(groups, dr, dc) ?? "#REF!";
  });
}

/** The formula as Excel writes it `dr` rows and `dc` columns away from where it was. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  // Split on string literals ("" inside one is an escaped quote): only the parts outside them move.
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((p, i) => (i % 2 === 1 ? p : shiftSegment(p, dr, dc))).join("");
}
