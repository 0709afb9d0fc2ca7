/**
 * A run's monitoring point: the rows it adds to the history sheet, and the point as the history will read
 * it back (the point is parsed from its own rows, so what the report says is what the sheet holds).
 */
import type { CellValue } from "../grid/types";
import { a1 } from "../grid/address";
import type { Plan } from "../model/types";
import type { Scorecard, Status } from "../scoring/types";
import { resultsInPlanOrder } from "../scoring/inPlanOrder";
import { isoToSerial } from "../targets/excelDates";
import type { Lang } from "../../i18n/messages";
import { STATUS_LABELS } from "../../i18n/labels";
import { MONITORING_TEXTS } from "./labels";
import { COL, DATE_FORMAT, HISTORY_COLUMN_COUNT } from "./sheet";
import { readRowsFrom } from "./read";
import type { HistoryLevel, HistoryRowCells, MonitoringPoint, MonitoringRequest } from "./types";

export const SCORE_FORMAT = "0.0%";

export interface PointInput {
  plan: Plan;
  scorecard: Scorecard;
  request: MonitoringRequest;
  lang: Lang;
}

export interface RecordedPoint {
  point: MonitoringPoint;
  rows: HistoryRowCells[];
}

type Column = keyof typeof COL;

export function recordPoint({ plan, scorecard, request, lang }: PointInput): RecordedPoint {
  const t = MONITORING_TEXTS[lang];
  const label = request.label?.trim() ? request.label.trim() : null;
  const date = isoToSerial(request.date);
  const rows: HistoryRowCells[] = [];
  /** A new row of the point, its date, label and level filled in. */
  const row = (level: HistoryLevel): HistoryRowCells => {
    const values: CellValue[] = new Array<CellValue>(HISTORY_COLUMN_COUNT).fill(null);
    const formats: string[] = new Array<string>(HISTORY_COLUMN_COUNT).fill("");
    values[COL.date] = date;
    formats[COL.date] = DATE_FORMAT;
    values[COL.label] = label;
    values[COL.level] = t.levels[level];
    const cells = { values, formats };
    rows.push(cells);
    return cells;
  };
  // Cells set one by one into the row's arrays: a point holds a row per indicator (50 000 on a large plan).
  const put = (cells: HistoryRowCells, column: Column, value: CellValue, format?: string): void => {
    cells.values[COL[column]] = value;
    if (format) cells.formats[COL[column]] = format;
  };
  const putScore = (cells: HistoryRowCells, value: number | null): void =>
    put(cells, "achievement", value, SCORE_FORMAT);
  const putStatus = (cells: HistoryRowCells, s: Status | null): void =>
    put(cells, "status", s === null ? null : STATUS_LABELS[lang][s]);

  const ente = row("ente");
  put(ente, "name", t.ente);
  putScore(ente, scorecard.ente.score);
  for (const a of scorecard.areas) {
    const cells = row("area");
    put(cells, "name", a.name);
    putScore(cells, a.score);
  }
  for (const u of scorecard.units) {
    const cells = row("unit");
    put(cells, "sheet", u.sheet);
    put(cells, "area", u.area);
    put(cells, "name", u.name);
    putScore(cells, u.score);
    putStatus(cells, u.status);
  }
  for (const s of scorecard.strategicObjectives) {
    const cells = row("strategic");
    put(cells, "number", s.number);
    put(cells, "name", s.name);
    putScore(cells, s.score);
  }

  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const tables = new Map(plan.tables.map((tb) => [tb.id, tb]));
  const results = resultsInPlanOrder(plan, scorecard);
  plan.indicators.forEach((ir, i) => {
    const result = results[i];
    const col = ir.actual.col ?? tables.get(ir.tableId)?.columns.indicator ?? 0;
    const format = ir.actual.numberFormat && ir.actual.numberFormat !== "General" ? ir.actual.numberFormat : "";
    const cells = row("indicator");
    put(cells, "sheet", ir.sheet);
    put(cells, "cell", a1(ir.row, col));
    put(cells, "unit", ir.unitId === null ? null : (unitName.get(ir.unitId) ?? ir.unitId));
    put(cells, "number", ir.strategicObjective?.number ?? null);
    put(cells, "name", ir.indicator);
    put(cells, "actual", ir.actual.raw, format);
    putScore(cells, result?.achievement ?? null);
    putStatus(cells, result?.status ?? null);
  });
  const read = readRowsFrom(
    { name: "", values: rows.map((r) => r.values), formats: rows.map((r) => r.formats), merges: [] },
    0,
  );
  return { point: read.points[0], rows };
}
