/**
 * The undo log's format. It lives in a very hidden sheet, as plain cells, so that it survives a save and a
 * reopen and both hosts read it like any sheet. The sheet holds a stack of blocks, one per run, each
 * starting with a header row and followed by its entries and then by the copies of what the run changed:
 *
 *   row 0            title (a sentence for whoever unhides the sheet)
 *   block header     CP_UNDO_BLOCK | n | rows spanned | columns spanned | entry count | format version
 *   entries          sheet_created | name
 *                    sheet_replaced | name | position | log row of its copy | rows | columns | widths (JSON)
 *                    name_removed | name | sheet | range
 *                    name_set | name
 *                    backup | sheet | top | left | bottom | right | log row | log column
 *                    widths | sheet | widths before the run (JSON: column -> characters)
 *   copies           the backups, one under the other from column A
 *
 * Rows and columns are 0-based in the entries, like everything in the core.
 */
import type { CellValue, Grid, Rect, WorkbookGrid } from "../grid/types";

export const UNDO_SHEET_NAME = "Cruscotto Annulla";
/** Defined name of the log sheet's A1: how a person (or Name Manager) sees that the workbook has a log. */
export const UNDO_NAME = "CP_UNDO";
export const BLOCK_MARKER = "CP_UNDO_BLOCK";
export const LOG_VERSION = 2;
/** Characters of packed text in one cell: well within Excel's 32,767. */
export const PACKED_TEXT = 30_000;
export const LOG_TITLE =
  "Cruscotto Performance: copia di sicurezza per «Annulla ultimo calcolo». Non modificare questo foglio.";
/** The first row a block may start on (row 0 holds the title). */
export const FIRST_BLOCK_ROW = 1;

export type UndoEntry =
  | { kind: "sheet_created"; name: string }
  | {
      kind: "sheet_replaced";
      name: string;
      position: number;
      logRow: number;
      rows: number;
      cols: number;
      widths: Record<number, number>;
    }
  | { kind: "name_removed"; name: string; sheet: string; range: string }
  | { kind: "name_set"; name: string }
  | { kind: "backup"; sheet: string; rect: Rect; logRow: number; logCol: number }
  | { kind: "widths"; sheet: string; widths: Record<number, number> };

export interface UndoBlock {
  /** Block number, 1 for the oldest. */
  n: number;
  top: number;
  /** Rows spanned, header included. */
  span: number;
  /** Columns spanned (from column A). */
  width: number;
  entries: UndoEntry[];
}

/** One entry that keeps a row of its own, as that row's cells. */
function singleRow(e: Exclude<UndoEntry, { kind: "name_set" } | { kind: "backup" }>): CellValue[] {
  switch (e.kind) {
    case "sheet_created":
      return [e.kind, e.name];
    case "sheet_replaced":
      return [e.kind, e.name, e.position, e.logRow, e.rows, e.cols, JSON.stringify(e.widths)];
    case "name_removed":
      return [e.kind, e.name, e.sheet, e.range];
    case "widths":
      return [e.kind, e.sheet, JSON.stringify(e.widths)];
  }
}

/** Items joined by `separator` into texts of at most PACKED_TEXT characters. */
function pack(items: readonly string[], separator: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const item of items) {
    if (current !== "" && current.length + separator.length + item.length > PACKED_TEXT) {
      out.push(current);
      current = "";
    }
    current = current === "" ? item : current + separator + item;
  }
  if (current !== "") out.push(current);
  return out;
}

/**
 * The entries as log rows: names set and backups packed many to a row (backups by sheet, in entry order),
 * every other entry on a row of its own. parseEntryRow reads each row back to the same entries.
 */
export function entryRows(entries: readonly UndoEntry[]): CellValue[][] {
  const rows: CellValue[][] = [];
  const names: string[] = [];
  const backups = new Map<string, string[]>();
  for (const e of entries) {
    if (e.kind === "name_set") names.push(e.name);
    else if (e.kind === "backup") {
      const r = e.rect;
      const item = `${r.top},${r.left},${r.bottom},${r.right},${e.logRow},${e.logCol}`;
      const list = backups.get(e.sheet);
      if (list) list.push(item);
      else backups.set(e.sheet, [item]);
    } else rows.push(singleRow(e));
  }
  for (const text of pack(names, " ")) rows.push(["names_set", text]);
  for (const [sheet, items] of backups) for (const text of pack(items, ";")) rows.push(["backups", sheet, text]);
  return rows;
}

export function headerRow(b: Omit<UndoBlock, "entries" | "top">, entryCount: number): CellValue[] {
  return [BLOCK_MARKER, b.n, b.span, b.width, entryCount, LOG_VERSION];
}

const int = (v: CellValue | undefined): number | null => {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
};
const text = (v: CellValue | undefined): string | null => (v === null || v === undefined ? null : String(v));

function widthsOf(v: CellValue | undefined): Record<number, number> {
  if (typeof v !== "string") return {};
  try {
    const parsed: unknown = JSON.parse(v);
    const out: Record<number, number> = {};
    if (parsed && typeof parsed === "object") {
      for (const [k, w] of Object.entries(parsed as Record<string, unknown>)) {
        if (Number.isInteger(Number(k)) && typeof w === "number" && Number.isFinite(w)) out[Number(k)] = w;
      }
    }
    return out;
  } catch {
    return {};
  }
}

/** A format-1 row, or a row of one entry: its entry; null for a row that is not one. */
function parseSingle(row: readonly CellValue[] | undefined): UndoEntry | null {
  if (!row) return null;
  const kind = row[0];
  const name = text(row[1]);
  if (name === null) return null;
  switch (kind) {
    case "sheet_created":
      return { kind, name };
    case "name_set":
      return { kind, name };
    case "widths":
      return { kind, sheet: name, widths: widthsOf(row[2]) };
    case "name_removed": {
      const sheet = text(row[2]);
      const range = text(row[3]);
      return sheet !== null && range !== null ? { kind, name, sheet, range } : null;
    }
    case "sheet_replaced": {
      const [position, logRow, rows, cols] = [int(row[2]), int(row[3]), int(row[4]), int(row[5])];
      if (position === null || logRow === null || rows === null || cols === null) return null;
      return { kind, name, position, logRow, rows, cols, widths: widthsOf(row[6]) };
    }
    case "backup": {
      const [top, left, bottom, right, logRow, logCol] = [2, 3, 4, 5, 6, 7].map((i) => int(row[i]));
      if (top === null || left === null || bottom === null || right === null || logRow === null || logCol === null)
        return null;
      if (bottom < top || right < left) return null;
      return { kind, sheet: name, rect: { top, left, bottom, right }, logRow, logCol };
    }
    default:
      return null;
  }
}

function parseBackups(sheet: string, text: string): UndoEntry[] | null {
  const out: UndoEntry[] = [];
  for (const item of text.split(";")) {
    const n = item.split(",").map((v) => int(v));
    if (n.length !== 6 || n.some((v) => v === null)) return null;
    const [top, left, bottom, right, logRow, logCol] = n as number[];
    if (bottom < top || right < left) return null;
    out.push({ kind: "backup", sheet, rect: { top, left, bottom, right }, logRow, logCol });
  }
  return out;
}

/** One log row -> its entries (a packed row holds many); null for a row that is not one (a damaged log). */
export function parseEntryRow(row: readonly CellValue[] | undefined): UndoEntry[] | null {
  if (!row) return null;
  if (row[0] === "names_set") {
    const names = text(row[1]);
    if (names === null) return null;
    const list = names.split(" ").filter((n) => n !== "");
    return list.length > 0 ? list.map((name) => ({ kind: "name_set", name })) : null;
  }
  if (row[0] === "backups") {
    const sheet = text(row[1]);
    const items = text(row[2]);
    return sheet === null || items === null ? null : parseBackups(sheet, items);
  }
  const single = parseSingle(row);
  return single ? [single] : null;
}

/**
 * The complete blocks of the log, oldest first. A block counts only when its header is there (the header
 * is written after its copies) and every entry reads; anything else (the remains of a run that failed
 * while writing its log) is skipped, never undone.
 */
export function parseBlocks(log: Grid): UndoBlock[] {
  const out: UndoBlock[] = [];
  const rows = log.values;
  let r = FIRST_BLOCK_ROW;
  while (r < rows.length) {
    const row = rows[r];
    const n = int(row?.[1]);
    const span = int(row?.[2]);
    const width = int(row?.[3]);
    const count = int(row?.[4]);
    if (
      row?.[0] !== BLOCK_MARKER ||
      n === null ||
      span === null ||
      width === null ||
      count === null ||
      span < 1 + count
    ) {
      r++;
      continue;
    }
    const entries: UndoEntry[] = [];
    let complete = true;
    for (let i = 1; i <= count; i++) {
      const read = parseEntryRow(rows[r + i]);
      if (read) entries.push(...read);
      else complete = false;
    }
    if (complete) out.push({ n, top: r, span, width: Math.max(width, 1), entries });
    r += span;
  }
  return out;
}

/** The name of the n-th attempt at a log sheet: a person's sheet may already hold the usual one. */
export function undoSheetName(attempt: number): string {
  return attempt <= 1 ? UNDO_SHEET_NAME : `${UNDO_SHEET_NAME} (${attempt})`;
}

/**
 * True when the sheet is a log the add-in wrote: very hidden (a person cannot make a sheet so without the
 * VBA editor) and starting with the log's title, or with a block when the title was lost. A person's
 * visible «Cruscotto Annulla» is theirs: never read as a log, never appended to.
 */
/**
 * The add-in's log: very hidden, with its title or its first block. `named`: CP_UNDO points at the sheet —
 * then a sheet merely hidden is the log too, as LibreOffice (which has no very hidden sheets) saves it.
 */
export function isUndoLog(grid: Grid, named = false): boolean {
  if (grid.veryHidden !== true && !(named && grid.hidden === true)) return false;
  const first = grid.values[0]?.[0];
  return first === LOG_TITLE || grid.values[FIRST_BLOCK_ROW]?.[0] === BLOCK_MARKER;
}

export interface UndoLogPlace {
  /** The log sheet's name: the existing log's, or the one a new log gets. */
  sheet: string;
  /** The existing log, when the workbook has one. */
  log: Grid | undefined;
  /** The person's sheets holding a log's name, passed over. */
  skipped: string[];
}

/**
 * Where the log is: the sheet CP_UNDO points at when it is a log, else any log sheet by its name; a new log
 * goes to the first «Cruscotto Annulla[ (n)]» no sheet holds.
 */
export function undoLogPlace(workbook: WorkbookGrid): UndoLogPlace {
  const grids = new Map(workbook.sheets.map((g) => [g.name, g]));
  const undoName = workbook.names.find((n) => n.name.toUpperCase() === UNDO_NAME);
  const target = undoName ? grids.get(undoName.sheet) : undefined;
  const named = target && isUndoLog(target, true) ? target : undefined;
  const skipped: string[] = [];
  for (let attempt = 1; ; attempt++) {
    const name = undoSheetName(attempt);
    const grid = grids.get(name);
    if (named && grid === named) return { sheet: name, log: named, skipped };
    if (!grid) return named ? { sheet: named.name, log: named, skipped } : { sheet: name, log: undefined, skipped };
    if (!isUndoLog(grid)) skipped.push(name);
    else if (!named) return { sheet: name, log: grid, skipped };
  }
}

export function undoSheet(workbook: WorkbookGrid): Grid | undefined {
  return undoLogPlace(workbook).log;
}

/** The workbook as the engine must see it: without the log sheet and its name, which are no plan data. */
export function withoutUndoLog(workbook: WorkbookGrid): WorkbookGrid {
  const log = undoSheet(workbook);
  const hasName = workbook.names.some((n) => n.name.toUpperCase() === UNDO_NAME);
  if (!log && !hasName) return workbook;
  return {
    sheets: log ? workbook.sheets.filter((s) => s !== log) : workbook.sheets,
    names: hasName ? workbook.names.filter((n) => n.name.toUpperCase() !== UNDO_NAME) : workbook.names,
  };
}

/** True when "Annulla ultimo calcolo" has something to undo. */
export function hasUndo(workbook: WorkbookGrid): boolean {
  const log = undoSheet(workbook);
  return log !== undefined && parseBlocks(log).length > 0;
}
