/// <reference types="office-js" />
/**
 * Reads the whole workbook as grids: values, number formats, merged areas (ExcelApi 1.13), protection,
 * visibility and the defined names — in two syncs unless the workbook is too large for one response.
 */
import type { DefinedName, Grid, Rect, WorkbookGrid } from "../../core/grid/types";
import { parseAreas, parseRect, rangeAddress } from "./addresses";
import { toGrid, type SheetFacts, type UsedRange } from "./grid";
import { jsonBytes } from "./requestSize";
import { pointsToChars } from "./units";

/** "'S'!B3:D9" -> the 0-based top-left corner; (0, 0) when Office gives an address we cannot read. */
function topLeft(address: string): { top: number; left: number } {
  const areas = parseAreas(address);
  const rect = areas ? parseRect(areas[0].range) : null;
  return rect ? { top: rect.top, left: rect.left } : { top: 0, left: 0 };
}

function mergesFrom(address: string): Rect[] {
  const out: Rect[] = [];
  for (const area of parseAreas(address) ?? []) {
    const rect = parseRect(area.range);
    if (rect) out.push(rect);
  }
  return out;
}

/** A name's reference ("='S'!$J$3:$L$28", or the same without "=") -> one DefinedName per area, as the exceljs host. */
export function namesFrom(items: { name: string; value: unknown }[]): DefinedName[] {
  const out: DefinedName[] = [];
  for (const item of items) {
    if (typeof item.value !== "string") continue; // constants and formulas are not ranges
    const areas = parseAreas(item.value);
    if (!areas || areas.some((a) => a.sheet === null)) continue;
    for (const a of areas) out.push({ name: item.name, sheet: a.sheet as string, range: a.range });
  }
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}

/**
 * Bytes one banded read may bring back: Excel on the web fails a response over 5 MB, and the bands are sized
 * to come close to it, from what the bands already read weighed.
 */
export const READ_RESPONSE_BUDGET = 4_500_000;
/** A cell's value and number format as JSON, before any band has been measured: generous, so the first band fits. */
export const FIRST_GUESS_BYTES_PER_CELL = 40;

/**
 * Cells one read may span on every platform: past it Excel "will either return null or throw an error"
 * (RangeExceedsLimit). A band never asks for more; a whole-sheet read that does is read again in bands.
 */
export const READ_CELL_LIMIT = 5_000_000;

/** A read refused for its size: 5 MB of response (Excel on the web), or more cells than one read may span. */
const isTooLarge = (err: unknown): boolean =>
  typeof err === "object" &&
  err !== null &&
  "code" in err &&
  /PayloadSizeLimitExceeded|^RangeExceedsLimit$/.test(String((err as { code: unknown }).code));

/** The other way Excel answers a read over the cell limit: no arrays at all. */
const cameBack = (range: Excel.Range): boolean => Array.isArray(range.values) && Array.isArray(range.numberFormat);

interface SheetMeta {
  ws: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  widths: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
}

/** What the read asks beyond values and formats, by what the Excel version offers. */
export interface ReadOptions {
  /** ExcelApi 1.13: merged areas. */
  merges: boolean;
  /** ExcelApi 1.9: column widths, so that undo can put back those a run changes. */
  widths: boolean;
  /**
   * The last read of this workbook took several bands: the whole read would be refused again, so it is not
   * tried (a sync saved at every read of a large plan in the pane).
   */
  inBands?: boolean;
  /** Told when the read took several bands: the next read may start with them. */
  onBands?: () => void;
}

/**
 * The columns whose widths the read asks for: a run sets the widths of the columns it annotates, which
 * sit inside or just right of the tables. A fixed window (never past the sheet's edge, unlike one
 * measured from the used range) costs one small answer per sheet; a table wider than it keeps its
 * widths after undo only inside the window.
 */
export const WIDTH_WINDOW_COLUMNS = 100;
const WIDTH_WINDOW = rangeAddress(0, 0, 0, WIDTH_WINDOW_COLUMNS - 1);

function queueSheetFacts(ws: Excel.Worksheet, opts: ReadOptions, props: string): SheetMeta {
  // valuesOnly: formatted but empty cells would only widen the range we then trim.
  const used = ws.getUsedRangeOrNullObject(true);
  // eslint-disable-next-line office-addins/no-empty-load -- `props` always names the properties.
  used.load(props);
  ws.protection.load("protected");
  // On the whole sheet, not the used range: a merge may lie partly outside the cells that hold values.
  const merged = opts.merges ? ws.getRange().getMergedAreasOrNullObject() : null;
  if (merged) merged.load("address");
  const widths = opts.widths
    ? ws.getRange(WIDTH_WINDOW).getColumnProperties({ columnIndex: true, format: { columnWidth: true } })
    : null;
  return { ws, used, merged, widths };
}

/**
 * Columns from A whose widths a banded read asks for: the whole read's window, or more when the used
 * columns and those a run may annotate beside them reach past it (the sheet's size is known by then).
 */
function widthColumns(shape: { left: number; cols: number }): number {
  return Math.min(16_384, Math.max(WIDTH_WINDOW_COLUMNS, shape.left + shape.cols + WIDTH_MARGIN));
}

/** Columns right of the used range a run may annotate (its owned columns come just after a table). */
const WIDTH_MARGIN = 16;

function widthsOf(
  result: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null,
): Record<number, number> | undefined {
  if (!result) return undefined;
  const out: Record<number, number> = {};
  for (const p of result.value ?? []) {
    const points = p.format?.columnWidth;
    if (typeof p.columnIndex === "number" && typeof points === "number" && Number.isFinite(points)) {
      out[p.columnIndex] = Math.round(pointsToChars(points) * 1e6) / 1e6;
    }
  }
  return out;
}

function factsOf(meta: SheetMeta, used: UsedRange | null, widths = meta.widths): SheetFacts {
  return {
    name: meta.ws.name,
    used,
    merges: meta.merged && !meta.merged.isNullObject ? mergesFrom(meta.merged.address) : [],
    protected: meta.ws.protection.protected,
    hidden: meta.ws.visibility !== "Visible",
    veryHidden: meta.ws.visibility === "VeryHidden",
    columnWidths: widthsOf(widths),
  };
}

/**
 * Reads the whole workbook: 2 syncs whatever the number of sheets — the first learns the sheets and the
 * names, the second fetches every used range at once. Only when that response would pass Excel on the
 * web's 5 MB limit (a plan of tens of thousands of rows; desktop Excel has no such limit), or a used range
 * pass the 5,000,000 cells any read may span (a stray value far from the tables), does it learn the
 * sheets' sizes in one more sync and fetch them in bands sized to stay under READ_RESPONSE_BUDGET bytes
 * (and the next read, told so, goes to the bands at once). `onSync` is told of each sync, so that the host
 * can count them.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  opts: ReadOptions,
  onSync: () => void = () => undefined,
  onSheetIds: (ids: ReadonlyMap<string, string>) => void = () => undefined,
): Promise<WorkbookGrid> {
  const sheets = context.workbook.worksheets;
  // The ids: worksheets.onChanged names a sheet by id only.
  sheets.load("items/name,items/visibility,items/id");
  const names = context.workbook.names;
  names.load("items/name,items/value");
  onSync();
  await context.sync();
  onSheetIds(new Map(sheets.items.map((ws) => [ws.id, ws.name])));
  const definedNames = namesFrom(names.items.map((n) => ({ name: n.name, value: n.value as unknown })));

  if (opts.inBands === true)
    return { sheets: await readInBands(context, sheets.items, opts, onSync), names: definedNames };
  const whole = sheets.items.map((ws) => queueSheetFacts(ws, opts, "address,values,numberFormat"));
  try {
    onSync();
    await context.sync();
  } catch (err) {
    if (!isTooLarge(err)) throw err;
    return { sheets: await readInBands(context, sheets.items, opts, onSync), names: definedNames };
  }
  if (whole.some((meta) => !meta.used.isNullObject && !cameBack(meta.used))) {
    return { sheets: await readInBands(context, sheets.items, opts, onSync), names: definedNames };
  }
  const grids = whole.map((meta) =>
    toGrid(
      factsOf(
        meta,
        meta.used.isNullObject
          ? null
          : { ...topLeft(meta.used.address), values: meta.used.values, numberFormat: meta.used.numberFormat },
      ),
    ),
  );
  return { sheets: grids, names: definedNames };
}

interface Band {
  sheet: number;
  /** 0-based first row within the used range, and how many rows. */
  start: number;
  rows: number;
}

async function readInBands(
  context: Excel.RequestContext,
  worksheets: Excel.Worksheet[],
  opts: ReadOptions,
  onSync: () => void,
): Promise<Grid[]> {
  // Widths come with each sheet's first band, once its used range says which columns matter.
  const metas = worksheets.map((ws) => queueSheetFacts(ws, { ...opts, widths: false }, "address,rowCount,columnCount"));
  onSync();
  await context.sync();
  const widths: (OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null)[] = metas.map(() => null);

  const shapes = metas.map((m) => {
    return m.used.isNullObject ? null : { ...topLeft(m.used.address), rows: m.used.rowCount, cols: m.used.columnCount };
  });
  const parts: { values: unknown[][]; formats: unknown[][] }[] = shapes.map(() => ({ values: [], formats: [] }));

  // Bands in sheet order, at most `budget` cells a sync; small sheets share a sync. The budget follows the
  // bytes a cell has weighed so far. Long texts can still make a band too large: then the budget halves and
  // the same rows are asked again (a read is safe to repeat).
  const cap = (cells: number): number => Math.max(1, Math.min(READ_CELL_LIMIT, Math.floor(cells)));
  let budget = cap(READ_RESPONSE_BUDGET / FIRST_GUESS_BYTES_PER_CELL);
  let readCells = 0;
  let readBytes = 0;
  let bands = 0;
  let cursor = { sheet: 0, start: 0 };
  while (cursor.sheet < shapes.length) {
    const batch: Band[] = [];
    let cells = 0;
    let { sheet, start } = cursor;
    while (sheet < shapes.length) {
      const shape = shapes[sheet];
      if (!shape || start >= shape.rows) {
        sheet++;
        start = 0;
        continue;
      }
      const room = Math.floor((budget - cells) / shape.cols);
      if (room < 1) {
        if (batch.length === 0) {
          batch.push({ sheet, start, rows: 1 });
          start += 1;
        }
        break;
      }
      const rows = Math.min(room, shape.rows - start);
      batch.push({ sheet, start, rows });
      // A column's width weighs about what a cell does.
      cells += rows * shape.cols + (start === 0 && opts.widths ? widthColumns(shape) : 0);
      start += rows;
    }
    if (batch.length === 0) break;
    const asked = batch.flatMap((b) => {
      const shape = shapes[b.sheet];
      if (b.start !== 0 || !opts.widths || !shape) return [];
      const right = widthColumns(shape) - 1;
      const result = worksheets[b.sheet]
        .getRange(rangeAddress(0, 0, 0, right))
        .getColumnProperties({ columnIndex: true, format: { columnWidth: true } });
      return [{ sheet: b.sheet, result }];
    });
    const ranges = batch.map((b) => {
      const shape = shapes[b.sheet] as { top: number; left: number; cols: number };
      const top = shape.top + b.start;
      const range = worksheets[b.sheet].getRange(
        rangeAddress(top, shape.left, top + b.rows - 1, shape.left + shape.cols - 1),
      );
      range.load("values,numberFormat");
      return range;
    });
    const single = batch.length === 1 && batch[0].rows === 1;
    try {
      onSync();
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per band: each response must stay under the limits.
      await context.sync();
    } catch (err) {
      if (!isTooLarge(err) || single) throw err;
      budget = cap(Math.min(budget, cells) / 2);
      continue;
    }
    if (!ranges.every(cameBack)) {
      if (single) throw new Error("Excel returned no cells for a one-row read.");
      budget = cap(Math.min(budget, cells) / 2);
      continue;
    }
    for (const a of asked) widths[a.sheet] = a.result;
    batch.forEach((b, i) => {
      parts[b.sheet].values.push(...ranges[i].values);
      parts[b.sheet].formats.push(...ranges[i].numberFormat);
      readBytes += jsonBytes(ranges[i].values) + jsonBytes(ranges[i].numberFormat);
    });
    readCells += cells;
    bands++;
    // A tenth of margin on the measured weight: the next rows may hold longer texts than these.
    budget = cap(READ_RESPONSE_BUDGET / ((readBytes / Math.max(readCells, 1)) * 1.1));
    cursor = { sheet, start };
  }

  // One band would have been one whole read: the next read tries the whole workbook again.
  if (bands > 1) opts.onBands?.();
  return metas.map((meta, i) => {
    const shape = shapes[i];
    const used = shape
      ? { top: shape.top, left: shape.left, values: parts[i].values, numberFormat: parts[i].formats }
      : null;
    return toGrid(factsOf(meta, used, opts.widths ? widths[i] : null));
  });
}
