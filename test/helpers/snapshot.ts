/**
 * A workbook as a flat map of what a person sees in each cell: value, number format, fill.
 * Read with exceljs, independently of the engine's own grid reader.
 */
import ExcelJS from "exceljs";

export interface CellSnapshot {
  value: string;
  numFmt: string;
  fill: string;
}

export type WorkbookSnapshot = Map<string, CellSnapshot>;

function valueText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return `date:${v.toISOString()}`;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) return `formula:${JSON.stringify(v)}`;
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

/** Every cell holding a value, a non-General format or a fill, keyed "Sheet!A1". */
export function snapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const out: WorkbookSnapshot = new Map();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value = valueText(cell.value);
        const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : "";
        const fill = fillText(cell);
        if (value === "" && numFmt === "" && fill === "") return;
        out.set(`${ws.name}!${cell.address}`, { value, numFmt, fill });
      });
    });
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
    if (!x || !y || x.value !== y.value || x.numFmt !== y.numFmt || x.fill !== y.fill) out.push(k);
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
