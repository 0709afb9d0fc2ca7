/**
 * A WritePlan -> the Office operations that apply it, as plain data, packed into the syncs that will
 * carry them. Pure, so that the packing (and its byte estimates) is tested without Office or a fake.
 */
import type { CellValue } from "../../core/grid/types";
import type {
  CellStyle,
  CellWrite,
  ConditionalFormat,
  ConditionalRule,
  PageSetup,
  RangeClear,
  RangeCopy,
  UndoLogWrite,
  WritePlan,
  WriteStep,
} from "../../core/write/types";
import { columnAddress, quoteSheet, rangeAddress } from "./addresses";
import { toRectangles, type Rectangle } from "./rectangles";
import { ACTION_OVERHEAD_BYTES, MAX_GROUP_BYTES, jsonBytes, utf8Length } from "./requestSize";
import { charsToPoints } from "./units";

/** The per-cell format Office's setCellProperties takes (ExcelApi 1.9); a subset of Excel.SettableCellProperties. */
export interface CellFormatProps {
  format?: {
    fill?: { color: string };
    font?: { color?: string; bold?: boolean; italic?: boolean };
    wrapText?: boolean;
    horizontalAlignment?: "Left" | "Center" | "Right";
  };
}

export type OfficeOp =
  | { kind: "deleteName"; name: string }
  | { kind: "clear"; sheet: string; address: string }
  | { kind: "deleteSheet"; sheet: string }
  | { kind: "addSheet"; sheet: string; position?: number; veryHidden?: boolean }
  /** The undo log very hidden again (a program without very hidden sheets left it only hidden). */
  | { kind: "veryHide"; sheet: string }
  | { kind: "columnWidth"; sheet: string; address: string; points: number }
  | { kind: "addName"; name: string; reference: string }
  | { kind: "numberFormat"; sheet: string; address: string; formats: (string | null)[][] }
  /** null leaves a cell as it is (a hole in a rectangle). */
  | { kind: "values"; sheet: string; address: string; values: (string | number | boolean | null)[][] }
  | { kind: "cellProperties"; sheet: string; address: string; properties: CellFormatProps[][] }
  /** Fallback without ExcelApi 1.9: the style's properties set on a range of cells that share it. */
  | { kind: "style"; sheet: string; address: string; style: CellStyle }
  /** A sheet's print layout (worksheet.pageLayout, ExcelApi 1.9). */
  | ({ kind: "pageLayout"; sheet: string } & PageLayoutProps)
  /** range.formulas: formula cells, each "=…" (null leaves a cell as it is). */
  | { kind: "formulas"; sheet: string; address: string; formulas: (string | null)[][] }
  /**
   * conditionalFormats (ExcelApi 1.6) of a range, or of several (`areas`: a RangeAreas, ExcelApi 1.9, its
   * addresses comma-separated): the rules already on their cells cleared, then «Cell value equal to» rules
   * added, the first on top.
   */
  | { kind: "conditionalFormat"; sheet: string; address: string; areas?: true; rules: readonly ConditionalRule[] }
  /** Range.copyFrom(source, "All") (ExcelApi 1.9): the undo log's copies, in the batch that writes. */
  | { kind: "copy"; sheet: string; address: string; fromSheet: string; fromAddress: string };

/** What pageLayoutProps sets on worksheet.pageLayout: the PageSetup in Office's words. */
export interface PageLayoutProps {
  orientation: "Landscape" | "Portrait";
  paperSize: "A4";
  zoom: { horizontalFitToPages: number; verticalFitToPages: number };
  /** Address on the sheet ("A1:L62"), or null to leave Excel's default. */
  printArea: string | null;
  /** Whole rows ("$3:$3"), or null. */
  printTitleRows: string | null;
  headersFooters: {
    leftHeader: string;
    centerHeader: string;
    rightHeader: string;
    leftFooter: string;
    centerFooter: string;
    rightFooter: string;
  };
}

export function pageLayoutProps(p: PageSetup): PageLayoutProps {
  const area = p.printArea;
  const titles = p.printTitleRows;
  return {
    orientation: p.orientation === "landscape" ? "Landscape" : "Portrait",
    paperSize: p.paper,
    zoom: { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight },
    printArea: area ? rangeAddress(area.top, area.left, area.bottom, area.right) : null,
    printTitleRows: titles ? `$${titles.top + 1}:$${titles.bottom + 1}` : null,
    headersFooters: {
      leftHeader: p.header.left,
      centerHeader: p.header.center,
      rightHeader: p.header.right,
      leftFooter: p.footer.left,
      centerFooter: p.footer.center,
      rightFooter: p.footer.right,
    },
  };
}

/** The number format a cell takes before its value is written, so that text stays text. */
export const TEXT_FORMAT = "@";
const GENERAL = "General";

/** How many Office actions an op becomes: the assignments and calls execute.ts queues for it. */
function actionCount(op: OfficeOp): number {
  switch (op.kind) {
    case "style":
      return Math.max(1, visualKeys(op.style).length);
    case "addSheet":
      return 1 + (op.position !== undefined ? 1 : 0) + (op.veryHidden ? 1 : 0);
    case "deleteSheet":
      // visibility, then delete.
      return 2;
    case "pageLayout":
      // orientation, paper, zoom, print area, print titles, header/footer state, six texts.
      return 12 + (op.printArea !== null ? 1 : 0) + (op.printTitleRows !== null ? 1 : 0);
    case "conditionalFormat":
      // clearAll, then per rule: add, fill colour, font colour, rule.
      return 1 + 4 * op.rules.length;
    default:
      return 1;
  }
}

/**
 * The request bytes of an op: its payload as JSON (jsonBytes of the op carries the sheet and address once),
 * and per action the envelope and the object path, which names the sheet again.
 */
export function estimateOpBytes(op: OfficeOp): number {
  const sheet = "sheet" in op ? utf8Length(op.sheet) : 0;
  // Every action of a multi-action op reaches its range by the same path: the address comes again each time
  // (a RangeAreas address of a conditional format can be two thousand characters, times 25 actions).
  const path = actionCount(op) > 1 && "address" in op ? utf8Length(op.address) : 0;
  return (ACTION_OVERHEAD_BYTES + 2 * sheet + path) * actionCount(op) + jsonBytes(op);
}

function visualKeys(style: CellStyle): (keyof CellStyle)[] {
  return (["fill", "fontColor", "bold", "italic", "wrap", "horizontal"] as const).filter((k) => style[k] !== undefined);
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

/**
 * Only what the style says is set: the plan clears every owned rectangle (styles included) before writing
 * into it, so setting the rest to defaults would only repeat the clear.
 */
export function cellProps(style: CellStyle | undefined): CellFormatProps {
  if (!style) return {};
  const format: NonNullable<CellFormatProps["format"]> = {};
  if (style.fill !== undefined) format.fill = { color: `#${style.fill}` };
  if (style.fontColor !== undefined || style.bold !== undefined || style.italic !== undefined) {
    const font: NonNullable<NonNullable<CellFormatProps["format"]>["font"]> = {};
    if (style.fontColor !== undefined) font.color = `#${style.fontColor}`;
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    format.font = font;
  }
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  return Object.keys(format).length > 0 ? { format } : {};
}

export function horizontalAlignment(h: NonNullable<CellStyle["horizontal"]>): "Left" | "Center" | "Right" {
  return HORIZONTAL[h];
}

/** null would mean "leave the cell as it is" to Office: an empty value is written as "", which clears it. */
const officeValue = (v: CellValue): string | number | boolean => (v === null ? "" : v);

/** The format a cell had before the run, where the read grid knows it; used to restore unstyled text cells. */
export type KnownFormat = (sheet: string, row: number, col: number) => string | undefined;

export interface WriteOptions {
  /** ExcelApi 1.9: one setCellProperties per rectangle instead of one assignment per style run. */
  cellProperties: boolean;
  maxRequestBytes: number;
  knownFormat: KnownFormat;
  /** ExcelApi 1.9: the plan's page setups become pageLayout ops; without it they are left out. */
  pageLayout?: boolean;
  /** ExcelApi 1.9: the plan's copies (undo) become Range.copyFrom; without it, `copied` must give their cells. */
  copyFrom?: boolean;
  /** Without copyFrom: the source cells of each copy, read by the host in a sync before the write. */
  copied?: (copy: RangeCopy) => CopiedCells | undefined;
  /**
   * ExcelApi 1.6: conditional formats are added. Without it, each written cell of a formatted range is painted
   * with the fill and font of the rule its value matches.
   */
  conditionalFormats?: boolean;
  /** ExcelApi 1.9: the same rules on several ranges of a sheet are added once, on a RangeAreas. */
  rangeAreas?: boolean;
}

const styleKey = (s: CellStyle | undefined): string =>
  s ? JSON.stringify([s.fill, s.fontColor, s.bold, s.italic, s.wrap, s.horizontal]) : "";

type Slot = CellWrite | undefined;

/** Style runs down each column of a band: one "style" op per run of equal visual styles. */
function styleRuns(sheet: string, top: number, left: number, cells: Slot[][]): OfficeOp[] {
  const out: OfficeOp[] = [];
  const width = cells[0].length;
  for (let j = 0; j < width; j++) {
    let start = 0;
    for (let i = 1; i <= cells.length; i++) {
      if (i < cells.length && styleKey(cells[i][j]?.style) === styleKey(cells[start][j]?.style)) continue;
      const style = cells[start][j]?.style;
      if (style && visualKeys(style).length > 0) {
        out.push({ kind: "style", sheet, address: rangeAddress(top + start, left + j, top + i - 1, left + j), style });
      }
      start = i;
    }
  }
  return out;
}

/** A literal text (a formula's text result is no literal: its cell must not take the "@" format). */
const isText = (w: Slot): boolean =>
  w !== undefined && w.formula === undefined && typeof w.value === "string" && w.value !== "";

/** A formula as range.formulas takes it. */
const formulaText = (formula: string): string => `=${formula}`;

/**
 * One band of a rectangle -> its ops, in the order Office must run them. Text is written over the "@"
 * (Text) number format: Office parses a value assigned to `values` as if typed, so "=SUM(A1)" would become
 * a formula, "-5" a number and "30/06/2022" a date. The cell's own format is put back after the value,
 * which Excel does not re-parse, so the cell keeps the literal text and the plan's format. A styled write
 * sets its number format; an unstyled one leaves the cell's format as it is; a hole is left alone.
 * Formula cells are written through `formulas`, in the same rectangle, with null for every other cell
 * ("specify null for all other cells in the 2-D array", office-js-docs-pr
 * docs/excel/excel-add-ins-blank-null-values.md): literals never pass through `formulas`, formulas never
 * through `values`, and a formula cell never takes "@" (over which Excel would keep the formula as text).
 */
function bandOps(rect: Rectangle, top: number, cells: Slot[][], opts: WriteOptions): OfficeOp[] {
  const { sheet, left } = rect;
  const bottom = top + cells.length - 1;
  const right = left + cells[0].length - 1;
  const address = rangeAddress(top, left, bottom, right);
  const finalFormat = (w: CellWrite, i: number, j: number): string =>
    w.style ? (w.style.numberFormat ?? GENERAL) : (opts.knownFormat(sheet, top + i, left + j) ?? GENERAL);
  const ops: OfficeOp[] = [];
  // A formula whose plan format is "@" takes it after the formula: over "@" Excel would keep the formula as text.
  const textFormula = (w: Slot, i: number, j: number): boolean =>
    w !== undefined && w.formula !== undefined && w.style !== undefined && finalFormat(w, i, j) === TEXT_FORMAT;
  const before = cells.map((row, i) =>
    row.map((w, j) =>
      w === undefined
        ? null
        : isText(w)
          ? TEXT_FORMAT
          : textFormula(w, i, j)
            ? GENERAL
            : w.style
              ? finalFormat(w, i, j)
              : null,
    ),
  );
  if (before.some((row) => row.some((f) => f !== null)))
    ops.push({ kind: "numberFormat", sheet, address, formats: before });
  const values = cells.map((row) =>
    row.map((w) => (w === undefined || w.formula !== undefined ? null : officeValue(w.value))),
  );
  if (values.some((row) => row.some((v) => v !== null))) ops.push({ kind: "values", sheet, address, values });
  const formulas = cells.map((row) => row.map((w) => (w?.formula !== undefined ? formulaText(w.formula) : null)));
  if (formulas.some((row) => row.some((f) => f !== null))) ops.push({ kind: "formulas", sheet, address, formulas });
  const after = cells.map((row, i) =>
    row.map((w, j) =>
      w !== undefined && isText(w) ? finalFormat(w, i, j) : textFormula(w, i, j) ? TEXT_FORMAT : null,
    ),
  );
  // Texts already stand on "@": the op is needed when one of them takes another format, or a formula takes "@".
  if (after.some((row, i) => row.some((f, j) => f !== null && (f !== TEXT_FORMAT || textFormula(cells[i][j], i, j)))))
    ops.push({ kind: "numberFormat", sheet, address, formats: after });
  if (cells.some((row) => row.some((w) => w?.style !== undefined))) {
    if (opts.cellProperties) {
      const properties = cells.map((row) => row.map((w) => cellProps(w?.style)));
      if (properties.some((row) => row.some((p) => p.format !== undefined))) {
        ops.push({ kind: "cellProperties", sheet, address, properties });
      }
    } else ops.push(...styleRuns(sheet, top, left, cells));
  }
  return ops;
}

/** Rough bytes one row of a rectangle adds to its ops, to cut bands before building them. */
function rowBytes(row: Slot[], prev: Slot[] | undefined, opts: WriteOptions): number {
  let n = 0;
  row.forEach((w, j) => {
    if (!w) {
      n += 16; // null in the values and the formats, {} in the properties
      return;
    }
    // A formula cell: its text in the formulas and a null in the values (a literal's null in the formulas,
    // when there are any, is within the margin of a band's limit).
    n +=
      (w.formula !== undefined ? jsonBytes(formulaText(w.formula)) + 5 : jsonBytes(w.value)) +
      2 * jsonBytes(w.style?.numberFormat ?? GENERAL) +
      2;
    if (!w.style) return;
    if (opts.cellProperties) n += jsonBytes(cellProps(w.style));
    else if (!prev || styleKey(prev[j]?.style) !== styleKey(w.style))
      n += ACTION_OVERHEAD_BYTES * (visualKeys(w.style).length + 1);
  });
  return n;
}

/** A rectangle -> groups of ops (one per band of rows), each group small enough to share a sync. */
function rectangleGroups(rect: Rectangle, opts: WriteOptions): OfficeOp[][] {
  const groups: OfficeOp[][] = [];
  // A band's ops (up to two formats, the values, the styles) must fit a request many times over.
  const groupLimit = Math.min(MAX_GROUP_BYTES, opts.maxRequestBytes / 8);
  let start = 0;
  let bytes = 0;
  for (let i = 0; i <= rect.cells.length; i++) {
    const row = rect.cells[i];
    const add = row ? rowBytes(row, rect.cells[i - 1], opts) : 0;
    if (i === rect.cells.length || (i > start && bytes + add > groupLimit)) {
      groups.push(bandOps(rect, rect.top + start, rect.cells.slice(start, i), opts));
      start = i;
      bytes = 0;
    }
    bytes += add;
  }
  return groups;
}

/** Thrown when a single group cannot fit the budget (cannot happen with the default sizes). */
export class GroupTooLarge extends Error {}

/** A copy's source as the host read it (values and number formats), for Excel without copyFrom. */
export interface CopiedCells {
  values: (string | number | boolean)[][];
  formats: string[][];
  /** range.formulas of the same cells: a formula's text, or the cell's value where it holds none. */
  formulas?: (string | number | boolean)[][];
}

/** A copied cell's formula, or null: range.formulas gives a constant's value, and a text typed over "@" reads the same in both. */
function formulaOf(data: CopiedCells, i: number, j: number): string | null {
  const f = data.formulas?.[i]?.[j];
  return typeof f === "string" && f.startsWith("=") && f !== data.values[i]?.[j] ? f : null;
}

/** Thrown when a copy must be made by value and the host did not read its source. */
export class CopyNotRead extends Error {}

/**
 * A copy -> its groups of ops. With copyFrom, one op that copies everything. Without, the target is
 * cleared and the source's values and number formats written (text over "@", as any write), then its
 * formulas, word for word (a copy made by hand moves nothing): fills and fonts do not travel — the limit
 * of Excel before ExcelApi 1.9, and so do conditional formats (the target's own are cleared with it).
 */
function copyGroups(c: RangeCopy, opts: WriteOptions): OfficeOp[][] {
  const rows = c.from.bottom - c.from.top;
  const cols = c.from.right - c.from.left;
  const address = rangeAddress(c.toRow, c.toCol, c.toRow + rows, c.toCol + cols);
  if (opts.copyFrom) {
    const fromAddress = rangeAddress(c.from.top, c.from.left, c.from.bottom, c.from.right);
    return [[{ kind: "copy", sheet: c.toSheet, address, fromSheet: c.from.sheet, fromAddress }]];
  }
  const data = opts.copied?.(c);
  if (!data) throw new CopyNotRead(`no cells read for the copy of ${c.from.sheet}!${address}`);
  const cells: CellWrite[][] = data.values.map((line, i) =>
    line.map((v, j) => ({
      sheet: c.toSheet,
      row: c.toRow + i,
      col: c.toCol + j,
      value: v === "" ? null : v,
      style: { numberFormat: data.formats[i]?.[j] ?? GENERAL },
    })),
  );
  const formulas = data.values.map((line, i) => line.map((_, j) => formulaOf(data, i, j)));
  const withFormulas: OfficeOp[][] = formulas.some((line) => line.some((f) => f !== null))
    ? [[{ kind: "formulas", sheet: c.toSheet, address, formulas }]]
    : [];
  return [
    [{ kind: "clear", sheet: c.toSheet, address }],
    ...rectangleGroups({ sheet: c.toSheet, top: c.toRow, left: c.toCol, cells }, opts),
    ...withFormulas,
  ];
}

/** The undo block's ops: its sheet, the copies into it, its entries, then its header in ops of its own. */
function undoLogGroups(log: UndoLogWrite, opts: WriteOptions): OfficeOp[][] {
  const groups: OfficeOp[][] = [];
  if (log.create) groups.push([{ kind: "addSheet", sheet: log.sheet, veryHidden: true }]);
  if (log.hide === true) groups.push([{ kind: "veryHide", sheet: log.sheet }]);
  for (const b of log.backups) groups.push(...copyGroups(b, opts));
  for (const part of [log.cells, log.header])
    for (const rect of toRectangles(part)) groups.push(...rectangleGroups(rect, opts));
  return groups;
}

/**
 * A rectangle emptied. clear("All") "clears everything in the range" (@types/office-js: Excel.ClearApplyTo, which
 * names conditional formats only among what RemoveHyperlinks leaves): rules included. The rules are not also
 * cleared by name here: the 50k-indicator plan clears 10,000 ranges, and that would cost 2 MB, one more sync;
 * the ranges the plan formats again are cleared of rules by name just before (conditionalFormatGroups).
 */
const clearOp = (r: RangeClear): OfficeOp => ({
  kind: "clear",
  sheet: r.sheet,
  address: rangeAddress(r.top, r.left, r.bottom, r.right),
});

/** Cells the plan has written so far, by sheet and position: what a range painted without rules holds. */
type Written = Map<string, Map<number, CellWrite>>;

const cellKey = (row: number, col: number): number => row * 16_384 + col;

function noteWritten(written: Written, cells: readonly CellWrite[]): void {
  for (const w of cells) {
    let sheet = written.get(w.sheet);
    if (!sheet) written.set(w.sheet, (sheet = new Map()));
    sheet.set(cellKey(w.row, w.col), w);
  }
}

/** The rule a value matches: Excel's «equal to» on text ignores case, and a number never equals a text. */
function matchingRule(rules: readonly ConditionalRule[], value: CellWrite["value"]): ConditionalRule | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.toLowerCase();
  return rules.find((r) => r.equals.toLowerCase() === text);
}

/** Addresses one RangeAreas op may list: Microsoft documents no limit, so a prudent one. */
export const MAX_AREAS_ADDRESS = 2_000;

const rulesKey = (f: ConditionalFormat): string => `${f.range.sheet}\u0000${JSON.stringify(f.rules)}`;

/**
 * With ExcelApi 1.6, the rules themselves: each range cleared of rules (a rerun never stacks its rules on the
 * last run's, whatever a platform's clear("All") leaves) and given them. With 1.9 the consecutive formats of a
 * sheet that share their rules are one RangeAreas op (a plan formats the status column of every table alike:
 * thousands of ranges on a large plan, a few ops).
 */
function conditionalFormatOps(formats: readonly ConditionalFormat[], opts: WriteOptions): OfficeOp[][] {
  const address = (f: ConditionalFormat): string =>
    rangeAddress(f.range.top, f.range.left, f.range.bottom, f.range.right);
  if (!opts.rangeAreas)
    return formats.map((f) => [
      { kind: "conditionalFormat", sheet: f.range.sheet, address: address(f), rules: f.rules },
    ]);
  const groups: OfficeOp[][] = [];
  let run: ConditionalFormat[] = [];
  let length = 0;
  const close = (): void => {
    if (run.length === 0) return;
    const [first] = run;
    groups.push([
      {
        kind: "conditionalFormat",
        sheet: first.range.sheet,
        address: run.map(address).join(","),
        areas: true,
        rules: first.rules,
      },
    ]);
    run = [];
    length = 0;
  };
  for (const f of formats) {
    const a = address(f);
    if (run.length > 0 && (rulesKey(run[0]) !== rulesKey(f) || length + a.length + 1 > MAX_AREAS_ADDRESS)) close();
    run.push(f);
    length += a.length + 1;
  }
  close();
  return groups;
}

/**
 * Without ExcelApi 1.6, the colours rules would give: each cell of the range the plan wrote is painted with its
 * matching rule's fill and font (runs down each column share one op), so that Excel 2016 shows the same
 * colours — fixed ones, which the next run paints again.
 */
function paintedGroups(f: ConditionalFormat, written: Written): OfficeOp[][] {
  const r = f.range;
  const sheet = written.get(r.sheet);
  if (!sheet) return [];
  const painted: Slot[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: Slot[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const w = sheet.get(cellKey(row, col));
      const rule = w && matchingRule(f.rules, w.value);
      line.push(rule && w ? { ...w, style: { fill: rule.fill, fontColor: rule.fontColor } } : undefined);
    }
    painted.push(line);
  }
  return styleRuns(r.sheet, r.top, r.left, painted).map((op) => [op]);
}

/** One step -> its groups of ops, each group small enough to share a sync with others. */
function stepGroups(step: WriteStep, opts: WriteOptions, written: Written): OfficeOp[][] {
  switch (step.kind) {
    case "appendUndo":
      return undoLogGroups(step.log, opts);
    case "removeName":
      return [[{ kind: "deleteName", name: step.name }]];
    case "clearRange":
    case "dropUndoBlock":
      return [[clearOp(step.range)]];
    case "createSheet": {
      const s = step.sheet;
      const ops: OfficeOp[] = [];
      if (s.replace) ops.push({ kind: "deleteSheet", sheet: s.name });
      ops.push(
        s.position !== undefined
          ? { kind: "addSheet", sheet: s.name, position: s.position }
          : { kind: "addSheet", sheet: s.name },
      );
      for (const [col, width] of Object.entries(s.columnWidths ?? {})) {
        ops.push({
          kind: "columnWidth",
          sheet: s.name,
          address: columnAddress(Number(col)),
          points: charsToPoints(width),
        });
      }
      return ops.map((op) => [op]);
    }
    case "copyRange":
      return copyGroups(step.copy, opts);
    case "defineName":
      return [
        [{ kind: "addName", name: step.name.name, reference: `=${quoteSheet(step.name.sheet)}!${step.name.range}` }],
      ];
    case "writeCells":
      return toRectangles(step.cells).flatMap((rect) => rectangleGroups(rect, opts));
    case "conditionalFormat":
      return opts.conditionalFormats ? conditionalFormatOps([step.format], opts) : paintedGroups(step.format, written);
    case "columnWidth": {
      const w = step.width;
      return [[{ kind: "columnWidth", sheet: w.sheet, address: columnAddress(w.col), points: charsToPoints(w.width) }]];
    }
    case "pageSetup":
      // Without ExcelApi 1.9 there is no pageLayout: the pane says so, and the rest of the plan applies.
      return opts.pageLayout ? [[{ kind: "pageLayout", sheet: step.setup.sheet, ...pageLayoutProps(step.setup) }]] : [];
    case "deleteSheet":
      return [[{ kind: "deleteSheet", sheet: step.name }]];
  }
}

/**
 * The plan as syncs: its steps' ops in the plan's order, packed greedily — a sync is closed when the next
 * group would pass the budget. One sync whenever the whole plan fits.
 */
export function planOfficeWrites(plan: WritePlan, opts: WriteOptions): OfficeOp[][] {
  const chunks: OfficeOp[][] = [];
  let cur: OfficeOp[] = [];
  let bytes = 0;
  const push = (group: OfficeOp[]): void => {
    const size = group.reduce((n, op) => n + estimateOpBytes(op), 0);
    if (size > opts.maxRequestBytes)
      throw new GroupTooLarge(`a group of ${size} bytes exceeds ${opts.maxRequestBytes}`);
    if (cur.length > 0 && bytes + size > opts.maxRequestBytes) {
      chunks.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(...group);
    bytes += size;
  };
  const written: Written = new Map();
  const steps = plan.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (step.kind === "writeCells" && !opts.conditionalFormats) noteWritten(written, step.cells);
    if (step.kind === "conditionalFormat" && opts.conditionalFormats) {
      // The plan's formats come one after the other: taken together, they share RangeAreas ops.
      const formats: ConditionalFormat[] = [];
      for (; i < steps.length; i++) {
        const next = steps[i];
        if (next.kind !== "conditionalFormat") break;
        formats.push(next.format);
      }
      i--;
      for (const group of conditionalFormatOps(formats, opts)) push(group);
      continue;
    }
    for (const group of stepGroups(step, opts, written)) push(group);
  }
  if (cur.length > 0) chunks.push(cur);
  return chunks;
}

export function chunkBytes(chunk: readonly OfficeOp[]): number {
  return chunk.reduce((n, op) => n + estimateOpBytes(op), 0);
}
