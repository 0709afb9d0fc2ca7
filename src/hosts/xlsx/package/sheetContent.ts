/**
 * A worksheet part's real content, and the rewrite that makes reading it cost what that content costs.
 *
 * exceljs creates one object per cell covered by a merge and one map entry per cell covered by a data
 * validation, and keeps rows in an array indexed by row number. So a merge over A1:XFD1048576 asks for
 * 17 billion cells, a drop-down list over a whole column for a million entries, and one stray
 * <row r="2147483647"> for an array of two billion slots — from a file of a few kilobytes.
 *
 * The rules (pure, over the sheet's XML text, with regular expressions: linear, no XML tree):
 * - the content extent is the last row and the last column holding a <c> element in sheetData (a
 *   value or a style: what the sheet really holds);
 * - rows and cells beyond Excel's grid (row 1,048,576, column XFD) are removed: no program that
 *   respects the format wrote them, and Excel itself refuses such a file;
 * - merges and data-validation ranges are clipped to the extent, and dropped when nothing of them is
 *   left (a merge: when only its top-left cell is left). This is done only when what they cover beyond
 *   the extent passes EXPANSION_ALLOWANCE cells, so an ordinary sheet is read, and written back, as is;
 * - <dimension> is left as written: exceljs reads it as text and never iterates over it;
 * - a shared formula's follower (<f t="shared" si="n"/>) whose master (the <f t="shared" si="n" ref=…>
 *   holding the text) is not in the sheet is removed, the cell keeping its cached <v>: exceljs would write
 *   it back as an empty <f/>, and a formula must be written back intact or not at all.
 * The cost returned counts the cells exceljs will create: those written, plus merges' and validations'.
 */
import { MAX_COLUMN, MAX_ROW, type CellRange } from "./types";

/** Cells merges and validations may cover beyond the content before the sheet is rewritten. */
export const EXPANSION_ALLOWANCE = 10_000;

export interface SheetContent {
  /** The sheet's XML, rewritten, or null when it is read as written. */
  xml: string | null;
  /** Cells exceljs creates reading the sheet (after any rewrite). */
  cells: number;
}

/** "AB12" or "$AB$12" -> { row: 12, column: 28 }; null for anything else. Char codes: it runs once a cell. */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++; // $
  let column = 0;
  const lettersFrom = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  if (i === lettersFrom || i - lettersFrom > 4) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (i === digitsFrom || i - digitsFrom > 10) return null;
  return { row, column };
}

export function columnLetters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A1:C3" or "B2" -> a range; null when it is not a reference. */
export function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const from = parseCellRef(a);
  const to = parseCellRef(b);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
}

const formatRange = (r: CellRange): string =>
  r.top === r.bottom && r.left === r.right
    ? `${columnLetters(r.left)}${r.top}`
    : `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`;

const area = (r: CellRange): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** The range cut to the extent; null when none of it is inside. */
function clip(r: CellRange, extent: { rows: number; columns: number }): CellRange | null {
  if (r.top > extent.rows || r.left > extent.columns) return null;
  return {
    top: r.top,
    left: r.left,
    bottom: Math.min(r.bottom, extent.rows),
    right: Math.min(r.right, extent.columns),
  };
}

interface CellScan {
  cells: number;
  rows: number;
  columns: number;
  beyondGrid: boolean;
}

/** A character that ends an element's name: white space, ">" or "/". */
const endsName = (c: number): boolean => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/** The r attribute's value in the tag that spans xml[from, to), if it has one. */
function rAttribute(xml: string, from: number, to: number): string | undefined {
  let at = xml.indexOf(' r="', from);
  if (at < 0 || at >= to) {
    // Rarer spellings (a tab or newline before r, spaces around "="): the general expression, on the tag alone.
    const m = /\sr\s*=\s*"([^"]*)"/.exec(xml.slice(from, to));
    return m?.[1];
  }
  at += 4;
  return xml.slice(at, xml.indexOf('"', at));
}

/**
 * Counts the cells in sheetData and finds their extent, numbering unnumbered rows and cells as exceljs
 * does. A loop over indexOf rather than one regular expression: it runs on every sheet of every read.
 */
function scanCells(xml: string): CellScan {
  const scan: CellScan = { cells: 0, rows: 0, columns: 0, beyondGrid: false };
  let row = 0;
  let column = 0;
  const begin = Math.max(0, xml.indexOf("<sheetData"));
  const stop = xml.indexOf("</sheetData>");
  const end = stop < 0 ? xml.length : stop;
  // Two cursors, on the next "<c" and the next "<row": the tags between (values, strings) are skipped whole.
  let nextCell = xml.indexOf("<c", begin);
  let nextRow = xml.indexOf("<row", begin);
  for (;;) {
    const at = nextCell >= 0 && (nextRow < 0 || nextCell < nextRow) ? nextCell : nextRow;
    if (at < 0 || at >= end) break;
    const isCell = at === nextCell;
    if (isCell) nextCell = xml.indexOf("<c", at + 2);
    else nextRow = xml.indexOf("<row", at + 4);
    if (!endsName(xml.charCodeAt(at + (isCell ? 2 : 4)))) continue;
    const isRow = !isCell;
    const close = xml.indexOf(">", at);
    if (close < 0) break;
    const r = rAttribute(xml, at, close);
    if (isRow) {
      row = r !== undefined && /^\d+$/.test(r) ? Number(r) : row + 1;
      column = 0;
      if (row > MAX_ROW) scan.beyondGrid = true;
      continue;
    }
    const ref = r === undefined ? null : parseCellRef(r);
    column = ref ? ref.column : column + 1;
    const cellRow = ref ? ref.row : row;
    if (cellRow > MAX_ROW || column > MAX_COLUMN || row > MAX_ROW) {
      scan.beyondGrid = true;
      continue;
    }
    scan.cells++;
    if (cellRow > scan.rows) scan.rows = cellRow;
    if (column > scan.columns) scan.columns = column;
  }
  return scan;
}

/** Removes rows numbered beyond the grid, and cells addressed beyond it. */
function dropBeyondGrid(xml: string): string {
  return xml
    .replace(/<row\b[^>]*?\sr\s*=\s*"(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g, (whole, r: string) =>
      Number(r) > MAX_ROW ? "" : whole,
    )
    .replace(/<c\b[^>]*?\sr\s*=\s*"([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (whole, r: string) => {
      const ref = parseCellRef(r);
      return ref && (ref.row > MAX_ROW || ref.column > MAX_COLUMN) ? "" : whole;
    });
}

const MERGE = /<mergeCell\b[^>]*?\sref\s*=\s*"([^"]*)"[^>]*?\/>/g;
const VALIDATION = /<dataValidation\b([^>]*?)\ssqref\s*=\s*"([^"]*)"([^>]*?)(\/>|>[\s\S]*?<\/dataValidation>)/g;

const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/g;
const attribute = (attrs: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(attrs)?.[1];

/** The sheet without shared-formula followers whose master is missing (or has no text); the same string when none. */
export function dropOrphanSharedFormulas(xml: string): string {
  if (!xml.includes("shared")) return xml;
  const masters = new Set<string>();
  const followers = new Set<string>();
  for (const m of xml.matchAll(FORMULA)) {
    const attrs = m[1];
    if (attribute(attrs, "t") !== "shared") continue;
    const si = attribute(attrs, "si");
    if (si === undefined) continue;
    if (attribute(attrs, "ref") !== undefined && (m[2] ?? "").trim() !== "") masters.add(si);
    else followers.add(si);
  }
  if ([...followers].every((si) => masters.has(si))) return xml;
  return xml.replace(FORMULA, (whole, attrs: string, text: string | undefined) => {
    if (attribute(attrs, "t") !== "shared") return whole;
    const si = attribute(attrs, "si");
    if (si === undefined || masters.has(si)) return whole;
    // A master without text is as broken as a follower without a master: both leave the cached value only.
    return attribute(attrs, "ref") !== undefined && (text ?? "").trim() !== "" ? whole : "";
  });
}

export function readSheetContent(source: string): SheetContent {
  const xml = dropOrphanSharedFormulas(source);
  const read = readContent(xml);
  return read.xml === null && xml !== source ? { xml, cells: read.cells } : read;
}

/** The number of <c> elements in sheetData: what the read costs when nothing needs a rewrite. */
function countCells(xml: string): number {
  const begin = Math.max(0, xml.indexOf("<sheetData"));
  const stop = xml.indexOf("</sheetData>");
  const end = stop < 0 ? xml.length : stop;
  let cells = 0;
  for (let at = xml.indexOf("<c", begin); at >= 0 && at < end; at = xml.indexOf("<c", at + 2)) {
    if (endsName(xml.charCodeAt(at + 2))) cells++;
  }
  return cells;
}

/**
 * A row or cell numbered where the grid might end (seven digits, or three letters and more): only then is
 * the sheet scanned cell by cell to find what lies beyond the grid. Ordinary sheets never come near.
 */
const MAYBE_BEYOND_GRID = /<row\b[^>]*?\sr\s*=\s*"\d{7,}"|<c\b[^>]*?\sr\s*=\s*"(?:[A-Za-z]{3,}|[A-Za-z]{1,2}\d{7,})/;

function readContent(xml: string): SheetContent {
  const merges = [...xml.matchAll(MERGE)].map((m) => parseRange(m[1])).filter((r): r is CellRange => r !== null);
  const validations = [...xml.matchAll(VALIDATION)].flatMap((m) =>
    m[2]
      .split(/\s+/)
      .map(parseRange)
      .filter((r): r is CellRange => r !== null),
  );
  const covered = [...merges, ...validations];
  const coveredArea = covered.reduce((sum, r) => sum + area(r), 0);
  // What merges and validations cover can pass the allowance beyond the content only if it passes it at all:
  // below that, and with nothing near the grid's end, counting the cells is all the read needs.
  if (coveredArea <= EXPANSION_ALLOWANCE && !MAYBE_BEYOND_GRID.test(xml)) {
    return { xml: null, cells: countCells(xml) + coveredArea };
  }
  const scan = scanCells(xml);
  const extent = { rows: scan.rows, columns: scan.columns };
  const beyond = covered.reduce((sum, r) => {
    const inside = clip(r, extent);
    return sum + area(r) - (inside ? area(inside) : 0);
  }, 0);
  const clipping = beyond > EXPANSION_ALLOWANCE;
  if (!clipping && !scan.beyondGrid) {
    return { xml: null, cells: scan.cells + covered.reduce((sum, r) => sum + area(r), 0) };
  }

  let out = scan.beyondGrid ? dropBeyondGrid(xml) : xml;
  let cells = scan.cells;
  if (clipping) {
    const kept: string[] = [];
    for (const r of merges) {
      const c = clip(r, extent);
      if (c && area(c) > 1) {
        kept.push(formatRange(c));
        cells += area(c);
      }
    }
    const block = kept.length
      ? `<mergeCells count="${kept.length}">${kept.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`
      : "";
    out = out.replace(/<mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/mergeCells>)/, block);
    out = out.replace(VALIDATION, (_whole, before: string, sqref: string, after: string, rest: string) => {
      const refs = sqref
        .split(/\s+/)
        .map(parseRange)
        .map((r) => (r ? clip(r, extent) : null))
        .filter((r): r is CellRange => r !== null);
      cells += refs.reduce((sum, r) => sum + area(r), 0);
      return refs.length ? `<dataValidation${before} sqref="${refs.map(formatRange).join(" ")}"${after}${rest}` : "";
    });
    // A <dataValidations> left empty is dropped: its schema wants at least one validation.
    out = out.replace(/<dataValidations\b[^>]*>\s*<\/dataValidations>/, "");
  } else {
    cells += covered.reduce((sum, r) => sum + area(r), 0);
  }
  return { xml: out, cells };
}
