/**
 * Reads the «Storico monitoraggi» sheet back into a typed history. Tolerant: the sheet is the add-in's,
 * but a person may have typed into it; a row that cannot be read is a warning on its cell and stays out of
 * the history, never a crash and never a guessed number.
 */
import type { CellValue, Grid } from "../grid/types";
import { a1 } from "../grid/address";
import type { Diagnostic } from "../diagnostics/types";
import { STATUSES, type Status } from "../scoring/types";
import { STATUS_LABELS } from "../../i18n/labels";
import { isValidSerial, parseDateText, serialToIso } from "../targets/excelDates";
import { COL, HISTORY_COLUMN_COUNT, HISTORY_FIRST_ROW, HISTORY_LANGS, foldedText, matchesText } from "./sheet";
import { HISTORY_LEVELS, type HistoryLevel, type HistoryRowCells, type MonitoringPoint } from "./types";
import { MONITORING_TEXTS } from "./labels";

/** One data row of the sheet: its cells as written, and its date when it reads (null for a damaged row). */
export interface StoredRow {
  cells: HistoryRowCells;
  date: string | null;
}

export interface History {
  /** The points, in date order. */
  points: MonitoringPoint[];
  /** Every non-blank data row, in the sheet's order: what a run recording another point keeps. */
  rows: StoredRow[];
  diagnostics: Diagnostic[];
}

export const EMPTY_HISTORY: History = { points: [], rows: [], diagnostics: [] };

const isBlank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

const text = (v: CellValue | undefined): string | null =>
  isBlank(v) ? null : typeof v === "string" ? v.trim() : String(v);

/** A date cell: an Excel serial, or a date typed as text (ISO or dd/mm/yyyy). */
export function readDate(v: CellValue | undefined): string | null {
  if (typeof v === "number") return isValidSerial(v) ? serialToIso(v) : null;
  if (typeof v !== "string") return null;
  const read = parseDateText(v.trim());
  return read && read.ok ? read.iso : null;
}

/**
 * Every language's label of each level, as matchesText compares them, to the first level (in HISTORY_LEVELS'
 * order) it names: a history holds a row per indicator and point, and each row's level was matched against
 * every label of every level in turn.
 */
const LEVEL_BY_LABEL: ReadonlyMap<string, HistoryLevel> = (() => {
  const byLabel = new Map<string, HistoryLevel>();
  for (const level of HISTORY_LEVELS) {
    for (const lang of HISTORY_LANGS) {
      const label = MONITORING_TEXTS[lang].levels[level].toLowerCase();
      if (!byLabel.has(label)) byLabel.set(label, level);
    }
  }
  return byLabel;
})();

function readLevel(v: CellValue | undefined): HistoryLevel | null {
  return typeof v === "string" ? (LEVEL_BY_LABEL.get(foldedText(v)) ?? null) : null;
}

/** A score: a number, or a blank cell (no score); anything else does not read. */
function readScore(v: CellValue | undefined): { ok: true; value: number | null } | { ok: false } {
  if (isBlank(v)) return { ok: true, value: null };
  return typeof v === "number" && Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
}

/** Every language's status label, lower case, to its status (the first language's where two share one). */
const STATUS_BY_LABEL: ReadonlyMap<string, Status> = (() => {
  const byLabel = new Map<string, Status>();
  for (const lang of HISTORY_LANGS) {
    for (const s of STATUSES) {
      const label = STATUS_LABELS[lang][s].toLowerCase();
      if (!byLabel.has(label)) byLabel.set(label, s);
    }
  }
  return byLabel;
})();

function readStatus(v: CellValue | undefined): Status | null {
  return typeof v === "string" ? (STATUS_BY_LABEL.get(v.trim().toLowerCase()) ?? null) : null;
}

function readNumber(v: CellValue | undefined): number | null {
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^\s*\d+\s*$/.test(v)) return Number(v);
  return null;
}

function emptyPoint(date: string, label: string | null): MonitoringPoint {
  return { date, label, ente: null, areas: [], units: [], strategicObjectives: [], indicators: [] };
}

/** Adds one row to its point; false when the row lacks what its level needs. */
function addRow(point: MonitoringPoint, level: HistoryLevel, row: readonly CellValue[]): boolean {
  const score = readScore(row[COL.achievement]);
  if (!score.ok) return false;
  const name = text(row[COL.name]);
  switch (level) {
    case "ente":
      point.ente = score.value;
      return true;
    case "area":
      if (name === null) return false;
      point.areas.push({ name, score: score.value });
      return true;
    case "unit":
      if (name === null) return false;
      point.units.push({
        name,
        sheet: text(row[COL.sheet]),
        area: text(row[COL.area]),
        score: score.value,
        status: readStatus(row[COL.status]),
      });
      return true;
    case "strategic": {
      const number = readNumber(row[COL.number]);
      if (name === null && number === null) return false;
      point.strategicObjectives.push({ number, name: name ?? "", score: score.value });
      return true;
    }
    case "indicator": {
      const sheet = text(row[COL.sheet]);
      const cell = text(row[COL.cell]);
      if (sheet === null || cell === null || !/^[A-Z]{1,3}[1-9]\d*$/.test(cell)) return false;
      point.indicators.push({
        sheet,
        cell,
        unit: text(row[COL.unit]),
        indicator: text(row[COL.name]) ?? "",
        actual: row[COL.actual] ?? null,
        achievement: score.value,
        status: readStatus(row[COL.status]),
      });
      return true;
    }
  }
}

/** The first data row: under the header row, wherever a person moved it; else where the add-in writes it. */
function firstDataRow(grid: Grid): number {
  for (let r = 0; r < Math.min(grid.values.length, HISTORY_FIRST_ROW + 5); r++) {
    const row = grid.values[r];
    if (matchesText(row?.[COL.date], (t) => t.columns.date) && matchesText(row?.[COL.level], (t) => t.columns.level))
      return r + 1;
  }
  return HISTORY_FIRST_ROW;
}

export function readHistory(grid: Grid | undefined): History {
  if (!grid) return EMPTY_HISTORY;
  return readRowsFrom(grid, firstDataRow(grid));
}

/** The history held by the grid's rows from `start` on. */
export function readRowsFrom(grid: Grid, start: number): History {
  const points = new Map<string, MonitoringPoint>();
  const rows: StoredRow[] = [];
  const diagnostics: Diagnostic[] = [];
  // Dates with at least one row that reads: a date whose rows are all damaged is no point.
  const dated = new Set<string>();
  for (let r = start; r < grid.values.length; r++) {
    const values = grid.values[r] ?? [];
    const cells = values.slice(0, HISTORY_COLUMN_COUNT);
    if (cells.every((v) => isBlank(v))) continue;
    const formats = (grid.formats[r] ?? []).slice(0, HISTORY_COLUMN_COUNT);
    const date = readDate(cells[COL.date]);
    const level = readLevel(cells[COL.level]);
    let point: MonitoringPoint | undefined;
    if (date !== null) {
      point = points.get(date);
      if (!point) points.set(date, (point = emptyPoint(date, text(cells[COL.label]))));
    }
    const read = point !== undefined && level !== null && addRow(point, level, cells);
    if (read && date !== null) dated.add(date);
    rows.push({ cells: { values: cells, formats }, date });
    if (!read) {
      const cell = a1(r, 0);
      diagnostics.push({
        severity: "warning",
        code: "HISTORY_ROW_UNREADABLE",
        sheet: grid.name,
        cell,
        params: { sheet: grid.name, row: r + 1 },
      });
    }
  }
  const sorted = [...points.values()]
    .filter((p) => dated.has(p.date))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { points: sorted, rows, diagnostics };
}
