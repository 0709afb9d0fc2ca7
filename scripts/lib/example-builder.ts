/**
 * Builds the example workbook from the transcribed 2022 plan: one sheet per TSV, every TSV cell on the
 * same row and column, typed as Excel (Italian locale) would store what the officer typed, with the
 * officers' merges and formatting, plus illustrative Consuntivo columns.
 */
import ExcelJS from "exceljs";
import { DEFAULT_PLAN_DIR, assertPlanDir, readTsv, type TsvRows } from "./plan-data";
import { typeItalianInput, isoToUtcDate, DATE_FORMAT } from "./italian-input";
import {
  ILLUSTRATIVE_NOTE,
  PLAN_FILES,
  SHEET_OF_FILE,
  actualColumn,
  actualHeader,
  classifyRows,
  computeMerges,
  roleOfFile,
  type RowKind,
  type SheetRole,
} from "./example-layout";
import { EXAMPLE_ACTUALS, type ActualCell } from "./example-actuals";
import { writeDeterministicXlsx } from "./deterministic-xlsx";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const HEADING_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
/** Row of the Mappa strategica where the illustrative-values line goes (one blank row under the table). */
export const MAPPA_NOTE_ROW = 18;

/** Column widths by header text (unit and dirigenti sheets), in Excel character units. */
const WIDTH_BY_HEADER: Record<string, number> = {
  "Obiettivo Operativo": 45,
  Indicatore: 55,
  Target: 16,
  Peso: 9,
  "Servizi interni coinvolti": 24,
  Area: 14,
  Albero: 8,
  Produttività: 12,
  Owner: 14,
  Azione: 45,
  Indicatori: 55,
  Consuntivo: 14,
};

const FIXED_WIDTHS: Partial<Record<SheetRole, number[]>> = {
  mappa: [34, 6, 70, 45],
  cruscotto: [70, 8, 12, 12, 12, 12, 12, 30, 16],
  programmi: [32, 35, 35, 14, 35, 26, 40],
};

function columnWidths(role: SheetRole, rows: TsvRows, kinds: readonly RowKind[], width: number): number[] {
  const fixed = FIXED_WIDTHS[role];
  if (fixed) return fixed;
  const header = rows[kinds.indexOf("header")] ?? [];
  const widths: number[] = [];
  for (let c = 0; c <= width; c++) widths.push(WIDTH_BY_HEADER[header[c] ?? "Consuntivo"] ?? 14);
  return widths;
}

function setTyped(cell: ExcelJS.Cell, raw: string): void {
  const typed = typeItalianInput(raw);
  switch (typed.kind) {
    case "empty":
      return;
    case "text":
      cell.value = typed.text;
      return;
    case "number":
      cell.value = typed.value;
      if (typed.numFmt) cell.numFmt = typed.numFmt;
      return;
    case "date":
      cell.value = isoToUtcDate(typed.iso);
      cell.numFmt = typed.numFmt;
      return;
  }
}

function setActual(cell: ExcelJS.Cell, actual: ActualCell): void {
  switch (actual.form) {
    case "number":
      cell.value = actual.value;
      return;
    case "percent":
      cell.value = actual.value;
      cell.numFmt = actual.numFmt;
      return;
    case "date":
      cell.value = isoToUtcDate(actual.iso);
      cell.numFmt = DATE_FORMAT;
      return;
    case "text":
      cell.value = actual.text;
      return;
  }
}

function addSheet(wb: ExcelJS.Workbook, file: string, rows: TsvRows): void {
  const role = roleOfFile(file);
  const sheetName = SHEET_OF_FILE[file];
  const ws = wb.addWorksheet(sheetName);
  const kinds = classifyRows(role, rows);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const actualCol = actualColumn(role, width);

  columnWidths(role, rows, kinds, width).forEach((w, c) => {
    const col = ws.getColumn(c + 1);
    col.width = w;
  });

  rows.forEach((cells, r) => {
    const kind = kinds[r];
    const row = ws.getRow(r + 1);
    cells.forEach((raw, c) => {
      const cell = row.getCell(c + 1);
      setTyped(cell, raw);
      const longText = (ws.getColumn(c + 1).width ?? 0) >= 30;
      cell.alignment = { vertical: "top", wrapText: longText || kind === "header" };
      if (kind === "header") {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      } else if (kind === "title") {
        cell.font = { bold: true, size: 13 };
      } else if (kind === "heading") {
        cell.font = { bold: true, italic: true };
        cell.fill = HEADING_FILL;
      } else if (kind === "total") {
        cell.font = { bold: true };
      }
    });
    if (actualCol !== null && kind === "header") {
      const cell = row.getCell(actualCol + 1);
      cell.value = actualHeader(role);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: "top", wrapText: true };
      cell.note = ILLUSTRATIVE_NOTE;
    }
  });

  if (actualCol !== null) {
    for (const entry of EXAMPLE_ACTUALS[sheetName] ?? []) {
      if (kinds[entry.row - 1] !== "data") {
        throw new Error(`Consuntivo di esempio su una riga che non è di dati: ${sheetName}!${entry.row}`);
      }
      if (entry.actual) setActual(ws.getRow(entry.row).getCell(actualCol + 1), entry.actual);
    }
  }

  for (const m of computeMerges(role, rows)) ws.mergeCells(m.top, m.left, m.bottom, m.right);

  if (role === "mappa") {
    const cell = ws.getCell(MAPPA_NOTE_ROW, 1);
    cell.value = ILLUSTRATIVE_NOTE;
    cell.font = { italic: true };
  }
}

/** Reads the TSVs and returns the workbook, not yet written. */
export function buildExampleWorkbook(planDir: string = DEFAULT_PLAN_DIR): ExcelJS.Workbook {
  assertPlanDir(planDir, PLAN_FILES);
  const wb = new ExcelJS.Workbook();
  for (const file of PLAN_FILES) addSheet(wb, file, readTsv(planDir, file));
  return wb;
}

/** Builds and writes the example, byte-identical from run to run. */
export async function writeExampleWorkbook(outFile: string, planDir: string = DEFAULT_PLAN_DIR): Promise<string> {
  return writeDeterministicXlsx(buildExampleWorkbook(planDir), outFile);
}
