/** Monitoring points (rilevazioni): the history kept in the workbook, the run's own point, the trend. */
export type * from "./types";
export { HISTORY_LEVELS } from "./types";
export { MONITORING_TEXTS, type MonitoringTexts } from "./labels";
export {
  HISTORY_SHEET_NAME,
  historySheetName,
  isHistorySheet,
  HISTORY_COLUMN_WIDTHS,
  COL as HISTORY_COLUMNS,
} from "./sheet";
export { historyPlace, type HistoryPlace } from "./place";
export { readHistory, readDate, EMPTY_HISTORY, type History, type StoredRow } from "./read";
export { recordPoint, type RecordedPoint } from "./point";
export { mergedRows, historyCells } from "./write";
export {
  previousPoint,
  unitAt,
  unitScoreAt,
  areaScoreAt,
  objectiveScoreAt,
  changePoints,
  changeText,
  changeParts,
  changeDirection,
} from "./trend";
export { monitoringRun, type MonitoringRun, type MonitoringRunInput } from "./run";
