/**
 * The history sheet as the run that records a point writes it: the rows of the other points as they
 * were, the new point's rows in date order among them, replacing the rows of a point of the same date.
 * The whole sheet is rewritten (the sheet is the add-in's), so the undo log keeps the sheet as it was and
 * undo gives a replaced point back.
 */
import type { CellValue } from "../grid/types";
import type { CellStyle, CellWrite } from "../write/types";
import { OWNED_HEADER, SUBTITLE, TITLE } from "../write/styles";
import type { Lang } from "../../i18n/messages";
import { MONITORING_TEXTS } from "./labels";
import { HISTORY_FIRST_ROW, HISTORY_HEADER_ROW, headerCells } from "./sheet";
import type { StoredRow } from "./read";
import type { HistoryRowCells } from "./types";

export interface HistoryRewrite {
  /** The rows the sheet holds now. */
  kept: readonly StoredRow[];
  date: string;
  added: readonly HistoryRowCells[];
}

/** The data rows after recording: the point's rows where its date falls, the other dates' rows as they were. */
export function mergedRows({ kept, date, added }: HistoryRewrite): { rows: HistoryRowCells[]; replaced: boolean } {
  const rows: HistoryRowCells[] = [];
  let placed = false;
  let replaced = false;
  for (const row of kept) {
    if (row.date === date) {
      replaced = true;
      continue;
    }
    if (!placed && row.date !== null && row.date > date) {
      for (const r of added) rows.push(r);
      placed = true;
    }
    rows.push(row.cells);
  }
  // One by one: push(...added) passes a row per argument, and a large plan's point overflows the call stack.
  if (!placed) for (const r of added) rows.push(r);
  return { rows, replaced };
}

/** One style object per number format: a history of many points shares a few. */
const STYLES = new Map<string, CellStyle>();
function styleOf(format: string | undefined): CellStyle | undefined {
  if (!format || format === "General") return undefined;
  let style = STYLES.get(format);
  if (!style) STYLES.set(format, (style = { numberFormat: format }));
  return style;
}

export function historyCells(sheet: string, rows: readonly HistoryRowCells[], lang: Lang): CellWrite[] {
  const t = MONITORING_TEXTS[lang];
  const out: CellWrite[] = [
    { sheet, row: 0, col: 0, value: t.title, style: TITLE },
    { sheet, row: 1, col: 0, value: t.notice, style: SUBTITLE },
  ];
  headerCells(lang).forEach((value, col) =>
    out.push({ sheet, row: HISTORY_HEADER_ROW, col, value, style: OWNED_HEADER }),
  );
  rows.forEach((r, i) => {
    r.values.forEach((value: CellValue, col) => {
      if (value === null || value === undefined) return;
      const w: CellWrite = { sheet, row: HISTORY_FIRST_ROW + i, col, value };
      const style = styleOf(r.formats[col]);
      if (style) w.style = style;
      out.push(w);
    });
  });
  return out;
}
