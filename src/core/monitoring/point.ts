/**
 * A run's monitoring point: the rows it adds to the history sheet, and the point as the history will read
 * it back (the point is parsed from its own rows, so what the report says is what the sheet holds).
 */
import type { CellValue } from "../grid/types";
import { a1 } from "../grid/address";
import type { Plan } from "../model/types";
import type { Scorecard, Status } from "../scoring/types";
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

type Fields = Partial<Record<keyof typeof COL, { value: CellValue; format?: string }>>;

export function recordPoint({ plan, scorecard, request, lang }: PointInput): RecordedPoint {
  const t = MONITORING_TEXTS[lang];
  const label = request.label?.trim() ? request.label.trim() : null;
  const rows: HistoryRowCells[] = [];
  const push = (level: HistoryLevel, fields: Fields): void => {
    const values: CellValue[] = new Array<CellValue>(HISTORY_COLUMN_COUNT).fill(null);
    const formats: string[] = new Array<string>(HISTORY_COLUMN_COUNT).fill("");
    values[COL.date] = isoToSerial(request.date);
    formats[COL.date] = DATE_FORMAT;
    values[COL.label] = label;
    values[COL.level] = t.levels[level];
    for (const [key, field] of Object.entries(fields) as [keyof typeof COL, { value: CellValue; format?: string }][]) {
      values[COL[key]] = field.value;
      if (field.format) formats[COL[key]] = field.format;
    }
    rows.push({ values, formats });
  };
  const score = (value: number | null): { value: CellValue; format: string } => ({ value, format: SCORE_FORMAT });
  const status = (s: Status | null): { value: CellValue } => ({ value: s === null ? null : STATUS_LABELS[lang][s] });

  push("ente", { name: { value: t.ente }, achievement: score(scorecard.ente.score) });
  for (const a of scorecard.areas) push("area", { name: { value: a.name }, achievement: score(a.score) });
  for (const u of scorecard.units) {
    push("unit", {
      sheet: { value: u.sheet },
      area: { value: u.area },
      name: { value: u.name },
      achievement: score(u.score),
      status: status(u.status),
    });
  }
  for (const s of scorecard.strategicObjectives) {
    push("strategic", { number: { value: s.number }, name: { value: s.name }, achievement: score(s.score) });
  }

  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const tables = new Map(plan.tables.map((tb) => [tb.id, tb]));
  const results = new Map(scorecard.indicators.map((r) => [r.key, r]));
  for (const row of plan.indicators) {
    const result = results.get(row.key);
    const col = row.actual.col ?? tables.get(row.tableId)?.columns.indicator ?? 0;
    const format = row.actual.numberFormat && row.actual.numberFormat !== "General" ? row.actual.numberFormat : "";
    push("indicator", {
      sheet: { value: row.sheet },
      cell: { value: a1(row.row, col) },
      unit: { value: row.unitId === null ? null : (unitName.get(row.unitId) ?? row.unitId) },
      number: { value: row.strategicObjective?.number ?? null },
      name: { value: row.indicator },
      actual: format ? { value: row.actual.raw, format } : { value: row.actual.raw },
      achievement: score(result?.achievement ?? null),
      status: status(result?.status ?? null),
    });
  }
  const read = readRowsFrom(
    { name: "", values: rows.map((r) => r.values), formats: rows.map((r) => r.formats), merges: [] },
    0,
  );
  return { point: read.points[0], rows };
}
