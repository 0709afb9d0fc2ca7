/**
 * A workbook as a flat map of what a person sees in each cell: value (a formula with its cached result),
 * number format, fill, and the conditional-format rules that colour it.
 * Read with exceljs, independently of the engine's own grid reader.
 */
import ExcelJS from "exceljs";
import { a1 } from "../../src/core/grid/address";

export interface CellSnapshot {
  value: string;
  numFmt: string;
  fill: string;
  /** The conditional-format rules on the cell, as text, sorted; "" when none. */
  rules: string;
}

interface WithFormattings {
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
}

/** A rule as text: its type and operator, its formulas, its fill and font colours (priority left out). */
export function ruleText(rule: ExcelJS.ConditionalFormattingRule): string {
  const style = rule.style;
  const fill =
    style?.fill && style.fill.type === "pattern" ? (style.fill.bgColor?.argb ?? style.fill.fgColor?.argb) : "";
  const font = style?.font?.color?.argb ?? "";
  const operator = "operator" in rule ? rule.operator : "";
  const formulae = "formulae" in rule ? (rule.formulae ?? []).join(";") : "";
  return `${rule.type} ${operator ?? ""} ${formulae} fill ${fill ?? ""} font ${font}`;
}

function a1Rect(a1: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(a1.toUpperCase());
  if (!m) return null;
  const col = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4] ?? m[2]), right: col(m[3] ?? m[1]) };
}

/** The rules on each cell of a sheet (1-based row and column), and the cells a rule covers. */
export interface SheetRules {
  on: (row: number, col: number) => ExcelJS.ConditionalFormattingRule[];
  /** Every cell of the rules' areas, "row,col" (areas over whole columns left out: they are only looked up). */
  covered: () => [number, number][];
}

/**
 * The rules on each cell: whatever areas the file splits a rule's range into, the same cells carrying the same
 * rules compare equal — also cells the file does not store (a rule stays on a cell emptied by a clear).
 */
export function rulesOnCells(ws: ExcelJS.Worksheet): SheetRules {
  const byCell = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  const large: { rect: NonNullable<ReturnType<typeof a1Rect>>; rule: ExcelJS.ConditionalFormattingRule }[] = [];
  for (const cf of (ws as unknown as WithFormattings).conditionalFormattings ?? []) {
    for (const rule of cf.rules) {
      for (const area of cf.ref.split(/\s+/)) {
        const r = a1Rect(area);
        if (!r) continue;
        // A rule over whole columns would be a million entries: such areas are looked up instead.
        if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 200_000) {
          large.push({ rect: r, rule });
          continue;
        }
        for (let i = r.top; i <= r.bottom; i++)
          for (let j = r.left; j <= r.right; j++) {
            const key = `${i},${j}`;
            const list = byCell.get(key);
            if (list) list.push(rule);
            else byCell.set(key, [rule]);
          }
      }
    }
  }
  return {
    on: (row, col) => {
      const list = [...(byCell.get(`${row},${col}`) ?? [])];
      for (const l of large)
        if (row >= l.rect.top && row <= l.rect.bottom && col >= l.rect.left && col <= l.rect.right) list.push(l.rule);
      return list;
    },
    covered: () => [...byCell.keys()].map((k) => k.split(",").map(Number) as [number, number]),
  };
}

/** The rules on a cell as one sorted text ("" when none). */
export const rulesText = (rules: readonly ExcelJS.ConditionalFormattingRule[]): string =>
  rules.map(ruleText).sort().join(" | ");

/**
 * The «Cell value equal to <text>» rule a value matches (Excel compares text without case), as its fill and
 * font ARGB colours: what a person sees on the cell.
 */
export function matchedColours(
  rules: readonly ExcelJS.ConditionalFormattingRule[],
  value: unknown,
): { fill: string | null; font: string | null } | null {
  if (typeof value !== "string") return null;
  for (const rule of rules) {
    if (rule.type !== "cellIs" || rule.operator !== "equal") continue;
    const f = String(rule.formulae?.[0] ?? "");
    const m = /^"((?:[^"]|"")*)"$/.exec(f);
    if (!m || m[1].replace(/""/g, '"').toLowerCase() !== value.toLowerCase()) continue;
    const fill = rule.style?.fill;
    return {
      fill: fill && fill.type === "pattern" ? (fill.bgColor?.argb ?? fill.fgColor?.argb ?? null) : null,
      font: rule.style?.font?.color?.argb ?? null,
    };
  }
  return null;
}

export type WorkbookSnapshot = Map<string, CellSnapshot>;

/**
 * A formula as the cell holds it, whether the file stores it on its own or as part of a shared formula (a
 * master's group range and id, a follower's master, are how a file stores it, not what the cell holds);
 * Cell.result keeps a formula's result of 0 or FALSE that Cell.value leaves out.
 */
function valueText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return `date:${v.toISOString()}`;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result: unknown = cell.result;
      return `formula:${JSON.stringify(result === undefined ? { formula: cell.formula } : { formula: cell.formula, result })}`;
    }
    if ("text" in v && "hyperlink" in v) return String(v.text);
    if ("error" in v) return String(v.error);
    return JSON.stringify(v);
  }
  return `${typeof v}:${String(v)}`;
}

function fillText(cell: ExcelJS.Cell): string {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== "pattern" || f.pattern === "none") return "";
  const argb = (f.fgColor as { argb?: string } | undefined)?.argb ?? "";
  return `${f.pattern}:${argb}`;
}

export async function loadSnapshot(file: string): Promise<{ wb: ExcelJS.Workbook; cells: WorkbookSnapshot }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, cells: snapshot(wb) };
}

/**
 * Every cell holding a value, a non-General format, a fill or a conditional-format rule, keyed "Sheet!A1"
 * (rules on cells the file does not store are not seen: the plan's rules colour cells it writes).
 */
export function snapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const out: WorkbookSnapshot = new Map();
  wb.eachSheet((ws) => {
    const rules = rulesOnCells(ws);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const value = valueText(cell);
        const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : "";
        const fill = fillText(cell);
        const on = rulesText(rules.on(r, c));
        if (value === "" && numFmt === "" && fill === "" && on === "") return;
        out.set(`${ws.name}!${cell.address}`, { value, numFmt, fill, rules: on });
      });
    });
    // Cells a rule covers that hold nothing else.
    for (const [r, c] of rules.covered()) {
      const key = `${ws.name}!${a1(r - 1, c - 1)}`;
      if (!out.has(key)) out.set(key, { value: "", numFmt: "", fill: "", rules: rulesText(rules.on(r, c)) });
    }
  });
  return out;
}

/** Keys whose snapshot differs between a and b (present in one only, or different). */
export function diffSnapshots(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  const out: string[] = [];
  for (const k of keys) {
    const x = a.get(k);
    const y = b.get(k);
    if (!x || !y || x.value !== y.value || x.numFmt !== y.numFmt || x.fill !== y.fill || x.rules !== y.rules)
      out.push(k);
  }
  return out.sort();
}

export interface OwnedRange {
  name: string;
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The add-in's owned ranges, read from the workbook's defined names (CP_*), 1-based like exceljs. */
export function ownedRanges(wb: ExcelJS.Workbook): OwnedRange[] {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const out: OwnedRange[] = [];
  for (const { name, ranges } of model) {
    if (!name.startsWith("CP_")) continue;
    for (const ref of ranges) {
      const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref);
      if (!m) continue;
      const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const left = col(m[2]);
      const top = Number(m[3]);
      out.push({
        name,
        sheet: m[1].replace(/''/g, "'"),
        top,
        left,
        bottom: m[5] ? Number(m[5]) : top,
        right: m[4] ? col(m[4]) : left,
      });
    }
  }
  return out;
}

/** True when "Sheet!B7" lies inside one of the ranges (or on a sheet wholly owned). */
export function insideOwned(key: string, ranges: OwnedRange[], ownedSheets: Set<string>): boolean {
  const bang = key.lastIndexOf("!");
  const sheet = key.slice(0, bang);
  if (ownedSheets.has(sheet)) return true;
  const m = /^([A-Z]+)(\d+)$/.exec(key.slice(bang + 1));
  if (!m) return false;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  return ranges.some((r) => r.sheet === sheet && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
}

/**
 * The one kind of cell a run may write outside its owned ranges (README, "What it writes"): the header of an
 * officers' column it creates for a table that has none — Consuntivo, Motivazione scostamento (where an
 * indicator is below Raggiunto), Neutralizzato (on request) — in a cell that was empty, on the header row of
 * an owned range, left of it. The column is the officers' from then on.
 */
export function isCreatedOfficersHeader(
  key: string,
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  owned: readonly OwnedRange[],
): boolean {
  if ((before.get(key)?.value ?? "") !== "") return false;
  const value = after.get(key)?.value ?? "";
  if (!/^string:(Consuntivo|Motivazione scostamento|Neutralizzato)( \d{4})?$/.test(value)) return false;
  const bang = key.lastIndexOf("!");
  const sheet = key.slice(0, bang);
  const m = /^([A-Z]+)(\d+)$/.exec(key.slice(bang + 1));
  if (!m) return false;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  return owned.some((r) => r.sheet === sheet && r.top === row && r.left > col);
}

/** A whole workbook as the undo and fault tests compare it: cells, sheets (with visibility), names. */
export interface WholeWorkbook<S, N> {
  cells: WorkbookSnapshot;
  sheets: S[];
  names: N[];
}

export function expectSameWorkbook<S, N>(got: WholeWorkbook<S, N>, want: WholeWorkbook<S, N>): void {
  expect(diffSnapshots(want.cells, got.cells)).toEqual([]);
  expect(got.sheets).toEqual(want.sheets);
  expect(got.names).toEqual(want.names);
}
