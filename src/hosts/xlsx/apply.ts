/** Applies a WritePlan to an exceljs Workbook exactly as given: the host decides nothing. */
import type ExcelJS from "exceljs";
import { isCoveredByMerge } from "./merged";
import type { CellStyle, CellWrite, HeaderFooterText, PageSetup, SheetCreate, WritePlan } from "../../core/write/types";
import type { Rect } from "../../core/grid/types";
import { columnLetter } from "../../core/grid/address";
import { applyUndoLog, copyRange, deleteSheet, StyleCopies, type CopyContext } from "./undoOps";
import { ConditionalFormats } from "./conditionalFormats";
import { keepPrintNamesQuoted, quoteSheetName } from "./definedNames";
import { FormulaCells, releaseFollowers } from "./sharedFormulas";

export { quoteSheetName } from "./definedNames";

function sheetOrThrow(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`WritePlan refers to a missing sheet «${name}»`);
  return ws;
}

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

/** CellStyle -> exceljs style. Cached per CellStyle object: the plan shares style objects across cells. */
function toExcelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.numberFormat !== undefined) out.numFmt = style.numberFormat;
  if (style.fill !== undefined) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.fontColor !== undefined || style.bold !== undefined || style.italic !== undefined) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    out.font = font;
  }
  if (style.wrap !== undefined || style.horizontal !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
    out.alignment = alignment;
  }
  return out;
}

function removeNames(wb: ExcelJS.Workbook, names: ReadonlySet<string>): void {
  // The model round-trip is the public way to delete a whole name (remove() works cell by cell). It costs
  // a pass over every name, so consecutive removals share one.
  wb.definedNames.model = wb.definedNames.model.filter((n) => !names.has(n.name));
}

/** The rectangle emptied: values, formats and the rules colouring it (a clear, or the undo block popped). */
function clearRange(ws: ExcelJS.Worksheet, rect: Rect, formats: ConditionalFormats): void {
  // Only cells that exist can hold a value or a style: visiting them avoids creating empty ones.
  for (let r = rect.top + 1; r <= rect.bottom + 1; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = rect.left + 1; c <= rect.right + 1; c++) {
      const cell = row.findCell(c);
      if (!cell || isCoveredByMerge(cell)) continue;
      releaseFollowers(ws, cell);
      cell.value = null;
      // An empty style is the sheet default: no leftover fill or format from the previous run.
      cell.style = {};
    }
  }
  // The rules colouring the rectangle go with its formats.
  formats.remove(ws, rect);
}

function createSheet(wb: ExcelJS.Workbook, s: SheetCreate): void {
  const existing = wb.getWorksheet(s.name);
  if (existing) {
    if (!s.replace) throw new Error(`WritePlan creates sheet «${s.name}», which exists and is not to be replaced`);
    wb.removeWorksheet(existing.id);
  }
  const ws = wb.addWorksheet(s.name);
  if (s.columnWidths) {
    for (const [col, width] of Object.entries(s.columnWidths)) ws.getColumn(Number(col) + 1).width = width;
  }
  if (s.position !== undefined) moveSheet(wb, ws, s.position);
}

/** exceljs orders sheets by orderNo: renumber them with the new sheet at the wanted index. */
function moveSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, position: number): void {
  const others = wb.worksheets.filter((w) => w !== ws);
  const at = Math.max(0, Math.min(position, others.length));
  const ordered = [...others.slice(0, at), ws, ...others.slice(at)];
  ordered.forEach((w, i) => {
    // orderNo is real but missing from exceljs's typings.
    (w as unknown as { orderNo: number }).orderNo = i + 1;
  });
}

function writeCells(wb: ExcelJS.Workbook, cells: readonly CellWrite[]): void {
  const sheets = new Map<string, ExcelJS.Worksheet>();
  const styles = new Map<CellStyle, Partial<ExcelJS.Style>>();
  const formulas = new FormulaCells();
  for (const w of cells) {
    let ws = sheets.get(w.sheet);
    if (!ws) {
      ws = sheetOrThrow(wb, w.sheet);
      sheets.set(w.sheet, ws);
    }
    const cell = ws.getCell(w.row + 1, w.col + 1);
    if (isCoveredByMerge(cell)) continue;
    releaseFollowers(ws, cell);
    // A plain string is stored as a string cell: exceljs only writes a formula for { formula } values,
    // so "=SUM(A1)" typed by a person (or a message) stays text. A formula keeps its result, which viewers
    // that do not calculate show and the next read takes as the cell's value (a text one is saved t="str").
    if (w.formula === undefined) cell.value = w.value;
    else formulas.write(cell, w, w.formula);
    if (w.style) {
      let xs = styles.get(w.style);
      if (!xs) {
        xs = toExcelStyle(w.style);
        styles.set(w.style, xs);
      }
      // One style object for every cell of the same style, as exceljs itself does for the cells it reads:
      // on save it serialises each style object once (its styles writer remembers them by identity), so a
      // copy per cell would make it serialise 150,000 styles on a large plan. No host code mutates a cell's
      // style in place (exceljs's cell.font = … setters would); undo copies styles deeply.
      cell.style = xs;
    }
  }
  formulas.finish();
}

/** "&L…&C…&R…": Excel's one-string form of a header or footer (the texts already use its codes). */
export function headerFooterString(t: HeaderFooterText): string {
  return `${t.left ? `&L${t.left}` : ""}${t.center ? `&C${t.center}` : ""}${t.right ? `&R${t.right}` : ""}`;
}

/** exceljs's paper size codes (Excel's): 9 is A4. */
const PAPER_SIZE = { A4: 9 } as const;

/**
 * Page setup, header and footer of each sheet. exceljs writes the print area and titles as the sheet's
 * _xlnm.Print_Area / _xlnm.Print_Titles names, putting a "$" before each part it is given: "A$1" becomes
 * "$A$1". It quotes the sheet name without doubling an apostrophe, so a sheet whose name has one would get
 * a broken name: there the area and the titles are kept by the defined-name store, which quotes them as
 * Excel does (./definedNames).
 */
export function applyPageSetups(wb: ExcelJS.Workbook, setups: readonly PageSetup[]): void {
  for (const p of setups) applyPageSetup(wb, p);
}

function applyPageSetup(wb: ExcelJS.Workbook, p: PageSetup): void {
  const ws = sheetOrThrow(wb, p.sheet);
  const area = p.printArea;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation,
    paperSize: PAPER_SIZE[p.paper],
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    printArea: area
      ? `${columnLetter(area.left)}$${area.top + 1}:${columnLetter(area.right)}$${area.bottom + 1}`
      : undefined,
    printTitlesRow: p.printTitleRows ? `${p.printTitleRows.top + 1}:${p.printTitleRows.bottom + 1}` : undefined,
  };
  keepPrintNamesQuoted(wb, ws);
  ws.headerFooter = {
    ...ws.headerFooter,
    differentFirst: false,
    differentOddEven: false,
    oddHeader: headerFooterString(p.header),
    oddFooter: headerFooterString(p.footer),
  };
}

/** The plan's steps, one after the other, in the order the core gave them. */
export function applyWritePlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const formats = new ConditionalFormats();
  try {
    applySteps(wb, plan, formats);
  } finally {
    formats.flush();
  }
}

function applySteps(wb: ExcelJS.Workbook, plan: WritePlan, formats: ConditionalFormats): void {
  const copies: CopyContext = { formats, styles: new StyleCopies() };
  const steps = plan.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    switch (step.kind) {
      case "appendUndo":
        applyUndoLog(wb, step.log, copies);
        break;
      case "removeName": {
        const names = new Set([step.name]);
        for (let next = steps[i + 1]; next?.kind === "removeName"; next = steps[++i + 1]) names.add(next.name);
        removeNames(wb, names);
        break;
      }
      case "clearRange": {
        const c = step.range;
        clearRange(sheetOrThrow(wb, c.sheet), c, formats);
        break;
      }
      case "createSheet":
        createSheet(wb, step.sheet);
        break;
      case "copyRange":
        copyRange(wb, step.copy, copies);
        break;
      case "defineName":
        wb.definedNames.add(`${quoteSheetName(step.name.sheet)}!${step.name.range}`, step.name.name);
        break;
      case "writeCells":
        writeCells(wb, step.cells);
        break;
      case "conditionalFormat":
        formats.addFormat(sheetOrThrow(wb, step.format.range.sheet), step.format);
        break;
      case "columnWidth":
        sheetOrThrow(wb, step.width.sheet).getColumn(step.width.col + 1).width = step.width.width;
        break;
      case "pageSetup":
        applyPageSetup(wb, step.setup);
        break;
      case "dropUndoBlock": {
        // A log already gone is not an error: undo also rolls back runs that stopped before creating it.
        const ws = wb.getWorksheet(step.range.sheet);
        if (ws) clearRange(ws, step.range, formats);
        break;
      }
      case "deleteSheet":
        deleteSheet(wb, step.name);
        break;
    }
  }
}
