/**
 * The «Storico monitoraggi» sheet in a run's plan. A run that records a point rewrites the sheet whole (the
 * undo log then keeps it as it was); a run that records none leaves it untouched and only names it again
 * as the add-in's, like every sheet it owns.
 */
import type { Diagnostic } from "../diagnostics/types";
import type { Lang } from "../../i18n/messages";
import type { MonitoringRun } from "../monitoring/run";
import { historyCells, mergedRows } from "../monitoring/write";
import { HISTORY_COLUMN_WIDTHS } from "../monitoring/sheet";
import { formatIsoDate } from "../document/format";
import type { CellWrite, NameSet, SheetCreate } from "./types";

export interface HistoryWrites {
  sheet: SheetCreate | null;
  cells: CellWrite[];
  setNames: NameSet[];
  diagnostics: Diagnostic[];
}

export function historyWrites(run: MonitoringRun, lang: Lang, nextSheetName: () => string): HistoryWrites {
  const { place, recorded, refused } = run;
  const out: HistoryWrites = { sheet: null, cells: [], setNames: [], diagnostics: [] };
  if (place.grid || recorded) out.setNames.push({ name: nextSheetName(), sheet: place.name, range: "$A$1" });
  if (refused) {
    out.diagnostics.push({
      severity: "warning",
      code: "MONITORING_NOT_RECORDED",
      sheet: place.name,
      cell: null,
      params: { sheet: place.name, date: formatIsoDate(refused.date) },
    });
  }
  if (!recorded) return out;
  for (const sheet of place.skipped) {
    out.diagnostics.push({
      severity: "warning",
      code: "RESERVED_SHEET_TAKEN",
      sheet,
      cell: null,
      params: { sheet, used: place.name },
    });
  }
  const { rows, replaced } = mergedRows({ kept: run.stored.rows, date: recorded.date, added: recorded.rows });
  out.sheet = { name: place.name, replace: place.grid !== undefined, columnWidths: HISTORY_COLUMN_WIDTHS };
  out.cells = historyCells(place.name, rows, lang);
  out.diagnostics.push({
    severity: "info",
    code: replaced ? "MONITORING_REPLACED" : "MONITORING_RECORDED",
    sheet: place.name,
    cell: null,
    params: { sheet: place.name, date: formatIsoDate(recorded.date) },
  });
  return out;
}
