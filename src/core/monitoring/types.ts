/**
 * Monitoring points (rilevazioni): dated records of a run, kept in the workbook's «Storico monitoraggi»
 * sheet and read back into this typed history. Figures are fractions (0.95 = 95 %); dates are ISO
 * yyyy-mm-dd.
 */
import type { CellValue } from "../grid/types";
import type { Status } from "../scoring/types";

/** What a row of the history records: one indicator, or the score of a unit, Area, objective or the Ente. */
export type HistoryLevel = "indicator" | "unit" | "area" | "strategic" | "ente";

export const HISTORY_LEVELS: readonly HistoryLevel[] = ["ente", "area", "unit", "strategic", "indicator"];

export interface PointIndicator {
  sheet: string;
  /** A1 address of the indicator's Consuntivo cell (or of its indicator cell when the table has none). */
  cell: string;
  unit: string | null;
  indicator: string;
  /** The actual as typed. */
  actual: CellValue;
  achievement: number | null;
  status: Status | null;
}

export interface PointUnit {
  name: string;
  sheet: string | null;
  area: string | null;
  score: number | null;
  status: Status | null;
}

export interface PointScore {
  name: string;
  score: number | null;
}

export interface PointObjective {
  number: number | null;
  name: string;
  score: number | null;
}

export interface MonitoringPoint {
  date: string;
  /** «Monitoraggio semestrale»; null when the point was recorded without one. */
  label: string | null;
  /** Null when the point has no Ente row or the Ente had no score. */
  ente: number | null;
  areas: PointScore[];
  units: PointUnit[];
  strategicObjectives: PointObjective[];
  indicators: PointIndicator[];
}

/** What a run asks to record: the point's date (ISO) and its label. */
export interface MonitoringRequest {
  date: string;
  label?: string | null;
}

/** A row of the history sheet as cells: what is written, and what an earlier run wrote and is kept. */
export interface HistoryRowCells {
  values: CellValue[];
  /** Number formats by column; "" or absent = General. */
  formats: string[];
}
