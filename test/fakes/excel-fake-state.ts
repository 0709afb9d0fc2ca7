/**
 * The fake's workbook: plain data with Excel's semantics (a cell has a value or a formula, a number format
 * and a few format properties), built from and exported to exceljs so that tests feed it the same .xlsx
 * files as the CLI and compare what it ends with. Independent of src/hosts on purpose.
 */
import ExcelJS from "exceljs";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCell {
  /** "" for an empty cell; for a formula, its cached result. */
  value: string | number | boolean;
  /** "=..." when the cell holds a formula. */
  formula?: string;
  /** The value is an error such as "#N/A". */
  error?: boolean;
  numberFormat: string;
  /** "#RRGGBB" */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  wrapText?: boolean;
  horizontalAlignment?: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A «Cell value» conditional format (ExcelApi 1.6): the only type the fake keeps. */
export interface FakeConditionalFormat {
  id: string;
  /** The cells it applies to (Excel's sqref): one or more rectangles. */
  areas: Rect[];
  type: "CellValue";
  /** As set through cellValue.rule: formula1 "=…", the operator's name ("EqualTo", …). */
  rule?: { formula1: string; formula2?: string; operator: string };
  /** "#RRGGBB", as set through cellValue.format.fill.color / font.color. */
  fill?: string;
  fontColor?: string;
}

/** What worksheet.pageLayout set on a sheet (ExcelApi 1.9); absent members were never set. */
export interface FakePageState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** As given to setPrintArea / setPrintTitleRows. */
  printArea?: string;
  printTitleRows?: string;
  headerFooterState?: string;
  /** defaultForAllPages: leftHeader, centerHeader, … */
  headersFooters: Record<string, string>;
}

const COLS = 16384;
export const cellKey = (row: number, col: number): number => row * COLS + col;
export const keyRow = (key: number): number => Math.floor(key / COLS);
export const keyCol = (key: number): number => key % COLS;

let nextSheetId = 1;

export class FakeSheet {
  readonly id = `{fake-sheet-${nextSheetId++}}`;
  readonly cells = new Map<number, FakeCell>();
  merges: Rect[] = [];
  /** Points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  visibility: Visibility = "Visible";
  protected = false;
  deleted = false;
  page: FakePageState = { headersFooters: {} };
  /** The sheet's conditional formats in priority order: index 0 is the top priority. */
  conditionalFormats: FakeConditionalFormat[] = [];

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** The cell to write into, created empty when missing. */
  touch(row: number, col: number): FakeCell {
    const key = cellKey(row, col);
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { value: "", numberFormat: "General" }));
    return c;
  }
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  /** Workbook-scoped names -> their formula, e.g. "='Servizio Staff'!$J$3:$L$28". */
  readonly names = new Map<string, string>();
  activeSheet: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    // Excel's sheet names are case-insensitive.
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }
}

// ---- conditional formats: areas --------------------------------------------------------------------

let nextFormatId = 1;
export const newFormatId = (): string => `{fake-cf-${nextFormatId++}}`;

export function intersection(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

/** `area` without the cells of `cut`: the bands above and below it, and the parts left and right of it. */
function without(area: Rect, cut: Rect): Rect[] {
  const i = intersection(area, cut);
  if (!i) return [area];
  return [
    ...(area.top < i.top ? [{ ...area, bottom: i.top - 1 }] : []),
    ...(i.bottom < area.bottom ? [{ ...area, top: i.bottom + 1 }] : []),
    ...(area.left < i.left ? [{ top: i.top, bottom: i.bottom, left: area.left, right: i.left - 1 }] : []),
    ...(i.right < area.right ? [{ top: i.top, bottom: i.bottom, left: i.right + 1, right: area.right }] : []),
  ];
}

/**
 * The cells of `cut` no longer carry any conditional format; a format left with no cell is gone (Excel's
 * «Clear rules from selected cells»).
 */
export function removeFormatsIn(sheet: FakeSheet, cut: Rect): void {
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
    if (!cf.areas.some((a) => intersection(a, cut))) return [cf];
    const areas = cf.areas.flatMap((a) => without(a, cut));
    return areas.length > 0 ? [{ ...cf, areas }] : [];
  });
}

// ---- exceljs <-> fake ---------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const EPOCH_1970 = 25569;
const serial = (d: Date): number => EPOCH_1970 + d.getTime() / MS_PER_DAY;

function rgb(argb: unknown): string | undefined {
  if (typeof argb !== "string" || argb.length < 6) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}

type Plain = { value: string | number | boolean; formula?: string; error?: boolean };

/**
 * What Excel holds in a cell of the file; `translated`: exceljs's formula of a shared formula's follower (the
 * master's moved to the cell, as Excel reads it: ECMA-376 18.3.1.40), whose value names only its master.
 */
function plain(v: unknown, translated?: string): Plain {
  if (v === null || v === undefined) return { value: "" };
  if (typeof v === "string" || typeof v === "boolean") return { value: v };
  if (typeof v === "number") return { value: Number.isFinite(v) ? v : "" };
  if (v instanceof Date) return { value: Number.isNaN(v.getTime()) ? "" : serial(v) };
  if (typeof v !== "object") return { value: "" };
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText))
    return {
      value: (o.richText as { text?: unknown }[]).map((p) => (typeof p.text === "string" ? p.text : "")).join(""),
    };
  if ("formula" in o || "sharedFormula" in o) {
    const f = typeof o.formula === "string" ? o.formula : (translated ?? "");
    const result = plain(o.result);
    return { ...result, formula: `=${f}` };
  }
  if ("error" in o) return { value: typeof o.error === "string" ? o.error : "#VALUE!", error: true };
  if ("text" in o) return plain(o.text);
  return { value: "" };
}

interface SheetInternals {
  _merges?: Record<string, { top: number; left: number; bottom: number; right: number } | undefined>;
  sheetProtection?: { sheet?: boolean } | null;
}

/** Same conversion as Excel's UI: a width in characters (padding included) is round(7·w) px, 0.75 pt each. */
const charsToPoints = (w: number): number => Math.round(w * 7) * 0.75;
const pointsToChars = (p: number): number => p / 0.75 / 7;

export function stateFromExcelJs(wb: ExcelJS.Workbook): FakeWorkbookState {
  const state = new FakeWorkbookState();
  for (const ws of wb.worksheets) {
    const sheet = new FakeSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // Excel keeps a merge's value in its top-left cell only; exceljs repeats it in the others.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const raw: unknown = cell.value;
        const p = plain(
          raw,
          typeof raw === "object" && raw !== null && "sharedFormula" in raw ? cell.formula : undefined,
        );
        const fc: FakeCell = { ...p, numberFormat: cell.numFmt || (raw instanceof Date ? "mm-dd-yy" : "General") };
        const fill = cell.fill;
        if (fill && fill.type === "pattern" && fill.pattern === "solid") {
          const color = rgb((fill.fgColor as { argb?: string } | undefined)?.argb);
          if (color) fc.fill = color;
        }
        const font = cell.font;
        if (font) {
          const color = rgb(font.color?.argb);
          if (color) fc.fontColor = color;
          if (font.bold) fc.bold = true;
          if (font.italic) fc.italic = true;
        }
        if (cell.alignment?.wrapText) fc.wrapText = true;
        const h = cell.alignment?.horizontal;
        if (h) fc.horizontalAlignment = h.charAt(0).toUpperCase() + h.slice(1);
        if (
          p.value === "" &&
          !p.formula &&
          fc.numberFormat === "General" &&
          !fc.fill &&
          !fc.fontColor &&
          !fc.bold &&
          !fc.italic
        )
          return;
        sheet.cells.set(cellKey(r - 1, c - 1), fc);
      });
    });
    const merges = (ws as unknown as SheetInternals)._merges ?? {};
    for (const m of Object.values(merges)) {
      if (m) sheet.merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
    const prot = (ws as unknown as SheetInternals).sheetProtection;
    sheet.protected = !!prot && prot.sheet === true;
    sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width !== undefined) sheet.columnWidths.set(i, charsToPoints(col.width));
    });
    sheet.conditionalFormats = importFormats(ws);
    state.sheets.push(sheet);
  }
  for (const dn of wb.definedNames.model) state.names.set(dn.name, `=${dn.ranges.join(",")}`);
  state.activeSheet = state.sheets.find((s) => s.visibility === "Visible") ?? null;
  return state;
}

const argb = (color: string): string => `FF${color.slice(1).toUpperCase()}`;

/** Office's cell-value operators and the .xlsx file's (as exceljs names them) for the ones both have. */
const OPERATORS: Record<string, ExcelJS.CellIsOperators> = {
  EqualTo: "equal",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  Between: "between",
};

interface WithFormattings {
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
}

function rectOf(a1: string): Rect | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1);
  if (!m) return null;
  const col = (l: string): number => [...l.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4] ?? m[2]) - 1, right: col(m[3] ?? m[1]) };
}

const colName = (c: number): string => {
  let n = c + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};
const refOf = (r: Rect): string =>
  r.top === r.bottom && r.left === r.right
    ? `${colName(r.left)}${r.top + 1}`
    : `${colName(r.left)}${r.top + 1}:${colName(r.right)}${r.bottom + 1}`;

/** The file's «Cell is» rules as the fake's formats, top priority first; other rule types are left out. */
function importFormats(ws: ExcelJS.Worksheet): FakeConditionalFormat[] {
  const found: { priority: number; cf: FakeConditionalFormat }[] = [];
  for (const entry of (ws as unknown as WithFormattings).conditionalFormattings ?? []) {
    const areas = entry.ref.split(/\s+/).flatMap((a) => rectOf(a) ?? []);
    for (const rule of entry.rules) {
      if (rule.type !== "cellIs" || !rule.operator || !rule.formulae?.[0]) continue;
      const operator = Object.keys(OPERATORS).find((k) => OPERATORS[k] === rule.operator) ?? "Invalid";
      const fill = rule.style?.fill;
      const fillColor = fill && fill.type === "pattern" ? (fill.bgColor?.argb ?? fill.fgColor?.argb) : undefined;
      const cf: FakeConditionalFormat = {
        id: newFormatId(),
        areas,
        type: "CellValue",
        rule: {
          formula1: `=${String(rule.formulae[0])}`,
          ...(rule.formulae[1] !== undefined ? { formula2: `=${String(rule.formulae[1])}` } : {}),
          operator,
        },
      };
      const f = rgb(fillColor);
      const font = rgb(rule.style?.font?.color?.argb);
      if (f) cf.fill = f;
      if (font) cf.fontColor = font;
      found.push({ priority: rule.priority, cf });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((x) => x.cf);
}

/** The fake's formats as the .xlsx file keeps them: «Cell is» rules with a differential format (solid fill in bgColor). */
function exportFormats(formats: readonly FakeConditionalFormat[], ws: ExcelJS.Worksheet): void {
  formats.forEach((cf, i) => {
    const operator = cf.rule ? OPERATORS[cf.rule.operator] : undefined;
    if (!cf.rule || !operator) return;
    const style: Partial<ExcelJS.Style> = {};
    if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
    if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
    const formulae = [cf.rule.formula1, cf.rule.formula2].flatMap((f) =>
      f === undefined ? [] : [f.replace(/^=/, "")],
    );
    ws.addConditionalFormatting({
      ref: cf.areas.map(refOf).join(" "),
      rules: [{ type: "cellIs", operator, formulae, priority: i + 1, style }],
    });
  });
}

/** Excel's paper size codes, as exceljs keeps them. */
const PAPER_CODES: Record<string, number> = { A4: 9 };

/** A page layout the host set, in exceljs's terms (as the .xlsx file would hold it); nothing when none was set. */
function exportPage(page: FakePageState, ws: ExcelJS.Worksheet): void {
  if (page.orientation === undefined) return;
  const hf = page.headersFooters;
  const join = (l = "", c = "", r = ""): string => `${l ? `&L${l}` : ""}${c ? `&C${c}` : ""}${r ? `&R${r}` : ""}`;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: page.orientation.toLowerCase() as ExcelJS.PageSetup["orientation"],
    paperSize: page.paperSize ? (PAPER_CODES[page.paperSize] as ExcelJS.PageSetup["paperSize"]) : undefined,
    fitToPage: page.zoom?.horizontalFitToPages !== undefined,
    fitToWidth: page.zoom?.horizontalFitToPages,
    fitToHeight: page.zoom?.verticalFitToPages,
    printArea: page.printArea,
    // exceljs puts the "$" in itself ("3:3" -> "$3:$3").
    printTitlesRow: page.printTitleRows?.replace(/\$/g, ""),
  };
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: join(hf.leftHeader, hf.centerHeader, hf.rightHeader),
    oddFooter: join(hf.leftFooter, hf.centerFooter, hf.rightFooter),
  };
}

/** The fake's workbook as an exceljs Workbook: values, formulas, formats, fills, fonts, merges, widths, names, page layouts. */
export function stateToExcelJs(state: FakeWorkbookState): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of state.sheets) {
    const state2 =
      sheet.visibility === "Hidden" ? "hidden" : sheet.visibility === "VeryHidden" ? "veryHidden" : "visible";
    const ws = wb.addWorksheet(sheet.name, { state: state2 });
    const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
    for (const key of keys) {
      const c = sheet.cells.get(key) as FakeCell;
      const cell = ws.getCell(keyRow(key) + 1, keyCol(key) + 1);
      if (c.formula)
        cell.value = {
          formula: c.formula.slice(1),
          result: c.value === "" ? undefined : (c.value as never),
        } as ExcelJS.CellFormulaValue;
      else if (c.error) cell.value = { error: c.value as ExcelJS.CellErrorValue["error"] };
      else if (c.value !== "") cell.value = c.value;
      if (c.numberFormat !== "General") cell.numFmt = c.numberFormat;
      if (c.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(c.fill) } };
      if (c.fontColor || c.bold || c.italic) {
        const font: Partial<ExcelJS.Font> = {};
        if (c.fontColor) font.color = { argb: argb(c.fontColor) };
        if (c.bold) font.bold = true;
        if (c.italic) font.italic = true;
        cell.font = font;
      }
      if (c.wrapText || c.horizontalAlignment) {
        const al: Partial<ExcelJS.Alignment> = {};
        if (c.wrapText) al.wrapText = true;
        if (c.horizontalAlignment)
          al.horizontal = c.horizontalAlignment.toLowerCase() as ExcelJS.Alignment["horizontal"];
        cell.alignment = al;
      }
    }
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [col, points] of sheet.columnWidths) ws.getColumn(col + 1).width = pointsToChars(points);
    exportPage(sheet.page, ws);
    exportFormats(sheet.conditionalFormats, ws);
  }
  for (const [name, formula] of state.names) {
    // A name whose sheet was deleted reads "=#REF!$A$1" in Excel; exceljs cannot hold it, so it is left out.
    if (formula.includes("#REF!")) continue;
    for (const ref of splitAreas(formula.replace(/^=/, ""))) wb.definedNames.add(ref, name);
  }
  return wb;
}

/** "'A, B'!$A$1,'A, B'!$C$3" -> its areas; commas inside quoted sheet names do not split. */
export function splitAreas(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
