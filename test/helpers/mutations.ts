/**
 * The mutation corpus: workbooks derived from the fixtures by the edits people make to a plan workbook
 * (text typed beside and inside a table, extra columns, blank rows, a table moved, merged cells, text in
 * numeric cells, values starting with = + - @), each scored in-process the way the CLI scores a file.
 *
 * Edits are plain data with A1 addresses, so that a failing case shrinks to a list a person can read
 * and replay by hand in Excel.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import { runPipeline, isUnusable, type RunResult } from "../../src/core/pipeline";
import { applyWritePlan, loadXlsxBuffer, readWorkbookGrid } from "../../src/hosts/xlsx";
import { planUndo, recordUndo, UNDO_SHEET_NAME } from "../../src/core/undo";
import { a1, columnLetter } from "../../src/core/grid/address";
import type { TableBlock } from "../../src/core/model/types";
import { OWNED_RANGE_PREFIX } from "../../src/core/layout/owned";
import { whyNotTheAddinsFormula } from "./addin-formulas";
import {
  diffSnapshots,
  insideOwned,
  isCreatedOfficersHeader,
  ownedRanges,
  snapshot,
  type OwnedRange,
  type WorkbookSnapshot,
} from "./snapshot";

// ---- edits ----------------------------------------------------------------------------------------

/** 1-based rows and columns throughout, as a person counts them in Excel. */
export type Edit =
  /** A person types a text (always a string: "=1+1" is typed as text, the way a pasted value arrives). */
  | { op: "type"; sheet: string; cell: string; text: string }
  /** Merge a rectangle (skipped when it overlaps an existing merge: Excel would refuse it too). */
  | { op: "merge"; sheet: string; range: string }
  /** Insert blank rows before `before`: cells, styles and merges below move down, as in Excel. */
  | { op: "insertRows"; sheet: string; before: number; count: number }
  /** Insert columns before `before` (a letter), with texts typed into the new column. */
  | { op: "insertColumn"; sheet: string; before: string; texts: { row: number; text: string }[] };

type Merges = { top: number; left: number; bottom: number; right: number }[];

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function parseA1(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not an A1 cell: ${ref}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

function mergesOf(ws: ExcelJS.Worksheet): Merges {
  return ws.model.merges.map((r) => {
    const [tl, br = tl] = r.split(":");
    const a = parseA1(tl);
    const b = parseA1(br);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
}

interface CellCopy {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

/**
 * Every shared formula of the sheet written as the formula each of its cells holds: a follower names its
 * master's address, which a move would leave behind (exceljs then refuses to save), while Excel keeps each
 * cell's formula through an insertion.
 */
function unshareFormulas(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as unknown;
      if (v === null || typeof v !== "object") return;
      const shared = "sharedFormula" in v || (v as { shareType?: string }).shareType === "shared";
      if (!shared) return;
      const result: unknown = cell.result;
      cell.value = (
        result === undefined ? { formula: cell.formula } : { formula: cell.formula, result }
      ) as ExcelJS.CellFormulaValue;
    });
  });
}

/**
 * Moves every cell at or below row `fromRow` by `dRows`, and every cell at or right of `fromCol` by
 * `dCols` (one of the two is 0). Merges that start past the line move; merges crossing it grow, which
 * is what Excel does when a row or column is inserted inside a merged area.
 */
function shift(ws: ExcelJS.Worksheet, fromRow: number, dRows: number, fromCol: number, dCols: number): void {
  unshareFormulas(ws);
  const merges = mergesOf(ws);
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  const moving: CellCopy[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (r >= fromRow && c >= fromCol)
        moving.push({ row: r, col: c, value: cell.value, style: structuredClone(cell.style) });
    });
    // Styled empty cells (a fill, a format) are what eachCell skips: pick them up as well.
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (r >= fromRow && c >= fromCol && cell.value === null && Object.keys(cell.style ?? {}).length > 0) {
        moving.push({ row: r, col: c, value: null, style: structuredClone(cell.style) });
      }
    });
  });
  for (const m of moving) {
    const cell = ws.getCell(m.row, m.col);
    cell.value = null;
    cell.style = {};
  }
  for (const m of moving) {
    const cell = ws.getCell(m.row + dRows, m.col + dCols);
    cell.value = m.value;
    cell.style = m.style;
  }
  for (const m of merges) {
    const grow = (a: number, line: number, d: number): number => (a >= line ? a + d : a);
    ws.mergeCells(
      grow(m.top, fromRow, dRows),
      grow(m.left, fromCol, dCols),
      grow(m.bottom, fromRow, dRows),
      grow(m.right, fromCol, dCols),
    );
  }
}

/** "'Sheet'!$K$5:$M$9" -> its parts; null for anything else (constants, several areas). */
const REF = /^('(?:[^']|'')+'|[^'!]+)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/;

/**
 * Excel moves the defined names pointing into a sheet when rows or columns are inserted there; so must
 * the corpus, or an edit would leave a previous run's CP_* names on the wrong cells (a state no person
 * can produce).
 */
function shiftNames(
  wb: ExcelJS.Workbook,
  sheet: string,
  fromRow: number,
  dRows: number,
  fromCol: number,
  dCols: number,
): void {
  const move = (a: number, line: number, d: number): number => (a >= line ? a + d : a);
  wb.definedNames.model = wb.definedNames.model.map((n) => ({
    ...n,
    ranges: n.ranges.map((ref) => {
      const m = REF.exec(ref);
      if (!m) return ref;
      const name = m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
      if (name !== sheet) return ref;
      const tl = `$${columnLetter(move(colNumber(m[2]), fromCol, dCols) - 1)}$${move(Number(m[3]), fromRow, dRows)}`;
      if (m[4] === undefined) return `${m[1]}!${tl}`;
      return `${m[1]}!${tl}:$${columnLetter(move(colNumber(m[4]), fromCol, dCols) - 1)}$${move(Number(m[5]), fromRow, dRows)}`;
    }),
  }));
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`edit on a missing sheet «${name}»`);
  return ws;
}

/** Applies the edits in order. Returns how many were applied (a merge over a merge is skipped). */
export function applyEdits(wb: ExcelJS.Workbook, edits: readonly Edit[]): number {
  let applied = 0;
  for (const e of edits) {
    const ws = sheetOf(wb, e.sheet);
    switch (e.op) {
      case "type": {
        const cell = ws.getCell(e.cell);
        // Typing into a merged area lands in its top-left cell, as in Excel.
        (cell.type === ExcelJS.ValueType.Merge ? cell.master : cell).value = e.text;
        applied++;
        break;
      }
      case "merge": {
        const [tl, br] = e.range.split(":").map(parseA1);
        const overlaps = mergesOf(ws).some(
          (m) => m.top <= br.row && m.bottom >= tl.row && m.left <= br.col && m.right >= tl.col,
        );
        if (overlaps) break;
        ws.mergeCells(tl.row, tl.col, br.row, br.col);
        applied++;
        break;
      }
      case "insertRows":
        shift(ws, e.before, e.count, 1, 0);
        shiftNames(wb, e.sheet, e.before, e.count, 1, 0);
        applied++;
        break;
      case "insertColumn": {
        const col = colNumber(e.before);
        shift(ws, 1, 0, col, 1);
        shiftNames(wb, e.sheet, 1, 0, col, 1);
        for (const t of e.texts) ws.getCell(t.row, col).value = t.text;
        applied++;
        break;
      }
    }
  }
  return applied;
}

// ---- where the tables are -------------------------------------------------------------------------

/** A table of a base workbook, 1-based, as the engine recognised it in the unedited file. */
export interface Anchor {
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  left: number;
  right: number;
  /** Columns holding numbers a person types (Peso, Target, Consuntivo, the cruscotto's years). */
  numericCols: number[];
}

function anchorOf(t: TableBlock): Anchor {
  const c = t.columns;
  const numeric = [c.weight, c.weightOther, c.target, c.actual, ...Object.values(c.years ?? {})].filter(
    (x): x is number => x !== undefined,
  );
  return {
    sheet: t.sheet,
    headerRow: t.headerRow + 1,
    firstRow: t.firstRow + 1,
    lastRow: Math.max(t.firstRow, t.lastRow) + 1,
    left: t.firstCol + 1,
    right: t.lastCol + 1,
    numericCols: [...new Set(numeric)].map((x) => x + 1),
  };
}

export interface Base {
  name: string;
  bytes: Buffer;
  anchors: Anchor[];
}

export async function prepareBase(name: string, bytes: Buffer): Promise<Base> {
  const wb = await loadXlsxBuffer(bytes);
  const { plan } = runPipeline(readWorkbookGrid(wb));
  const anchors = plan.tables.map(anchorOf);
  if (anchors.length === 0) throw new Error(`base ${name} has no table: nothing to mutate`);
  return { name, bytes, anchors };
}

// ---- generators -----------------------------------------------------------------------------------

/** What people type, with the injection prefixes weighted up: the cases item 6 is about. */
export const personText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "=SUM(A1:A3)",
      "=1+1",
      "+39 0564 430111",
      "-5",
      "-",
      "@utente",
      '=HYPERLINK("http://example.invalid";"clic")',
      "=cmd|' /C calc'!A0",
      "+",
      "=",
      "@SUM(1)",
      "-2+3",
    ),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ maxLength: 12 })).map(([p, s]) => p + s),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom("venti", "n.d.", "85%", "1,5", "30/06/2022", "sì", "Alto", "—", "0", "da verificare"),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom("Stato", "Raggiungimento", "Note", "Consuntivo 2022", "Peso", "Target", "Indicatore"),
  },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 16 }).filter((s) => s.trim() !== "") },
  { weight: 1, arbitrary: fc.constantFrom("Qualità è più", "Ça va ✓", "日本", " spazi ", "a\nb") },
);

/** 1-based row and column -> "K5". */
const at = (row: number, col: number): string => a1(row - 1, col - 1);

/** Rows of a table a person may type on: its header, its data rows, the row just below. */
function tableRow(a: Anchor, pick: number): number {
  const rows = [a.headerRow];
  for (let r = a.firstRow; r <= a.lastRow; r++) rows.push(r);
  rows.push(a.lastRow + 1);
  return rows[pick % rows.length];
}

function editArb(base: Base): fc.Arbitrary<Edit> {
  const anchor = fc.nat({ max: base.anchors.length - 1 }).map((i) => base.anchors[i]);
  const nat = (max: number): fc.Arbitrary<number> => fc.nat({ max });

  // Beside the table: the first columns right of it are where the owned columns would go.
  const typeBeside = fc
    .record({ a: anchor, row: nat(40), dc: nat(5), text: personText })
    .map(({ a, row, dc, text }): Edit => ({
      op: "type",
      sheet: a.sheet,
      cell: at(tableRow(a, row), a.right + 1 + dc),
      text,
    }));
  // Inside the table: over a number a person typed (text in a numeric cell) or any other cell.
  const typeInside = fc
    .record({ a: anchor, row: nat(40), col: nat(40), numeric: fc.boolean(), text: personText })
    .map(({ a, row, col, numeric, text }): Edit => {
      const cols =
        numeric && a.numericCols.length > 0
          ? a.numericCols
          : Array.from({ length: a.right - a.left + 1 }, (_, i) => a.left + i);
      const r = a.firstRow + (row % (a.lastRow - a.firstRow + 1));
      return { op: "type", sheet: a.sheet, cell: at(r, cols[col % cols.length]), text };
    });
  const merge = fc
    .record({
      a: anchor,
      row: nat(40),
      beside: fc.boolean(),
      dc: nat(8),
      w: fc.integer({ min: 1, max: 3 }),
      h: fc.integer({ min: 1, max: 2 }),
    })
    .filter(({ w, h }) => w * h > 1)
    .map(({ a, row, beside, dc, w, h }): Edit => {
      const top = tableRow(a, row);
      const left = beside ? a.right + 1 + (dc % 4) : a.left + (dc % (a.right - a.left + 1));
      return { op: "merge", sheet: a.sheet, range: `${at(top, left)}:${at(top + h - 1, left + w - 1)}` };
    });
  // Blank rows above the header (the table moves down), among its data rows, or just below it.
  const insertRows = fc
    .record({ a: anchor, where: nat(40), count: fc.integer({ min: 1, max: 3 }) })
    .map(({ a, where, count }): Edit => {
      const places = [a.headerRow, a.firstRow + 1, a.lastRow + 1, Math.max(1, a.headerRow - 1)];
      return { op: "insertRows", sheet: a.sheet, before: places[where % places.length], count };
    });
  // A column inserted inside the table, just right of it, or at A (the whole table moves right).
  const insertColumn = fc
    .record({ a: anchor, where: nat(40), header: personText, value: fc.option(personText, { nil: undefined }) })
    .map(({ a, where, header, value }): Edit => {
      const places = [1, a.left + 1 + (where % Math.max(1, a.right - a.left)), a.right + 1, a.right + 2];
      const texts = [{ row: a.headerRow, text: header }];
      if (value !== undefined) texts.push({ row: a.firstRow, text: value });
      return { op: "insertColumn", sheet: a.sheet, before: columnLetter(places[where % places.length] - 1), texts };
    });
  return fc.oneof(
    { weight: 4, arbitrary: typeBeside },
    { weight: 3, arbitrary: typeInside },
    { weight: 2, arbitrary: merge },
    { weight: 1, arbitrary: insertRows },
    { weight: 1, arbitrary: insertColumn },
  );
}

export interface MutationCase {
  base: string;
  edits: Edit[];
}

/** One to `maxEdits` edits on one of the bases. Shrinks towards fewer, simpler edits on the first base. */
export function mutationCase(bases: Base[], maxEdits = 6): fc.Arbitrary<MutationCase> {
  return fc.oneof(
    ...bases.map((b) =>
      fc
        .array(editArb(b), { minLength: 1, maxLength: maxEdits })
        .map((edits): MutationCase => ({ base: b.name, edits })),
    ),
  );
}

// ---- running and checking -------------------------------------------------------------------------

export interface ScoredBytes {
  result: RunResult;
  /** Null when the workbook was unusable: the CLI writes nothing then. */
  bytes: Buffer | null;
}

/** What `cruscotto score` does, in-process: load, read, score, apply with the undo log, save. */
export async function scoreBytes(bytes: Buffer): Promise<ScoredBytes> {
  const wb = await loadXlsxBuffer(bytes);
  const grid = readWorkbookGrid(wb);
  const result = runPipeline(grid);
  if (isUnusable(result)) return { result, bytes: null };
  applyWritePlan(wb, recordUndo(grid, result.writePlan));
  return { result, bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
}

/** What `cruscotto undo` does, in-process. Null when the workbook holds nothing to undo. */
export async function undoBytes(bytes: Buffer): Promise<Buffer | null> {
  const wb = await loadXlsxBuffer(bytes);
  const undo = planUndo(readWorkbookGrid(wb));
  if (!undo) return null;
  applyWritePlan(wb, undo.writePlan);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sheets (name and visibility, in order) and the defined names of a workbook, for undo's "exactly". */
export function structureOf(wb: ExcelJS.Workbook): { sheets: string[]; names: string[] } {
  return {
    sheets: wb.worksheets.map((w) => `${w.name} (${w.state})`),
    names: wb.definedNames.model.map((n) => `${n.name}=${[...n.ranges].sort().join(",")}`).sort(),
  };
}

/** Cells of the undo log: it gains a block per run, by design; every other cell is compared. */
export const isUndoLog = (key: string): boolean => key.startsWith(`${UNDO_SHEET_NAME}!`);

export async function mutate(base: Base, edits: readonly Edit[]): Promise<Buffer> {
  const wb = await loadXlsxBuffer(base.bytes);
  applyEdits(wb, edits);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The sheets a run owns wholly: those it created (CP_SHEET_*) and its undo log — not the settings sheet,
 * which is the officers' to edit once created.
 */
export function ownedSheetNames(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set(
    ownedRanges(wb)
      .filter((r) => r.name.startsWith("CP_SHEET_"))
      .map((r) => r.sheet),
  );
  out.add(UNDO_SHEET_NAME);
  return out;
}

export interface Observed {
  wb: ExcelJS.Workbook;
  cells: WorkbookSnapshot;
  owned: OwnedRange[];
}

/**
 * The snapshot with every merged cell but the top-left marked "merged:<top-left>": exceljs reports the
 * top-left's value in each of them, which would count one edit many times and hide a merge being undone.
 */
function markMerges(wb: ExcelJS.Workbook, cells: WorkbookSnapshot): WorkbookSnapshot {
  for (const ws of wb.worksheets) {
    for (const m of mergesOf(ws)) {
      const master = a1(m.top - 1, m.left - 1);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r === m.top && c === m.left) continue;
          const key = `${ws.name}!${a1(r - 1, c - 1)}`;
          const own = cells.get(key);
          cells.set(key, {
            value: `merged:${master}`,
            numFmt: own?.numFmt ?? "",
            fill: own?.fill ?? "",
            rules: own?.rules ?? "",
          });
        }
      }
    }
  }
  return cells;
}

export async function observe(bytes: Buffer): Promise<Observed> {
  const wb = await loadXlsxBuffer(bytes);
  return { wb, cells: markMerges(wb, snapshot(wb)), owned: ownedRanges(wb) };
}

/**
 * Cells that changed although they lie outside what the run may write: the owned ranges before and after
 * the run, the sheets it owns, and the sheets it created.
 */
export function changedOutsideOwned(before: Observed, after: Observed): string[] {
  const sheets = new Set([...ownedSheetNames(before.wb), ...ownedSheetNames(after.wb)]);
  for (const ws of after.wb.worksheets) if (!before.wb.getWorksheet(ws.name)) sheets.add(ws.name);
  const ranges = [...before.owned, ...after.owned];
  return diffSnapshots(before.cells, after.cells).filter(
    (k) => !insideOwned(k, ranges, sheets) && !isCreatedOfficersHeader(k, before.cells, after.cells, after.owned),
  );
}

/**
 * Values a person typed that the run changed or removed, wherever they were, outside what a previous
 * run owned: the add-in may move its columns past a person's cell, never write over it.
 */
export function personValuesLost(before: Observed, after: Observed): string[] {
  const sheets = ownedSheetNames(before.wb);
  const out: string[] = [];
  for (const [key, cell] of before.cells) {
    if (cell.value === "" || cell.value.startsWith("merged:") || insideOwned(key, before.owned, sheets)) continue;
    const now = after.cells.get(key);
    if (!now || now.value !== cell.value) out.push(`${key}: «${cell.value}» -> «${now?.value ?? ""}»`);
  }
  return out;
}

/** The texts people typed that start with = + - @: the ones a host could turn into a formula. */
function prefixedTexts(cells: WorkbookSnapshot): string[] {
  const out = new Set<string>();
  for (const { value } of cells.values()) if (/^string:[=+\-@]/.test(value)) out.add(value.slice("string:".length));
  return [...out];
}

/**
 * Cells holding a formula after the run that did not hold the same formula before it and that are not one of
 * the add-in's own: outside the cells it owns (its columns, its sheets, the undo log's copies), or not of the
 * formulas it builds (whyNotTheAddinsFormula: a person's text turned into a formula is never one).
 */
export function foreignFormulas(before: Observed, after: Observed): string[] {
  const sheets = ownedSheetNames(after.wb);
  for (const ws of after.wb.worksheets) if (!before.wb.getWorksheet(ws.name)) sheets.add(ws.name);
  const columns = after.owned.filter((r) => r.name.startsWith(OWNED_RANGE_PREFIX));
  const texts = prefixedTexts(before.cells);
  const out: string[] = [];
  for (const [key, cell] of after.cells) {
    if (!cell.value.startsWith("formula:")) continue;
    if (before.cells.get(key)?.value === cell.value) continue;
    const written = JSON.parse(cell.value.slice("formula:".length)) as { formula?: string; sharedFormula?: string };
    const formula = written.formula ?? `shared from ${written.sharedFormula ?? "?"}`;
    const why = insideOwned(key, columns, sheets)
      ? whyNotTheAddinsFormula(formula, texts)
      : "outside the add-in's cells";
    if (why !== null) out.push(`${key}: ${why}: ${formula}`);
  }
  return out;
}
