/**
 * The sheets the officers listed in «Fogli esclusi»: never read as plan data, never written. Names are
 * matched as Excel matches sheet names (case ignored). The add-in's own sheets (settings, Riepilogo, undo
 * log) are not plan sheets: listing them changes nothing.
 */
import type { WorkbookGrid } from "../grid/types";
import type { Settings } from "../settings/types";
import { sheetNameKey } from "../settings/values";

/** The workbook's sheets (their names as the workbook spells them) that the settings exclude. */
export function excludedSheets(workbook: WorkbookGrid, settings: Pick<Settings, "excludedSheets">): Set<string> {
  const out = new Set<string>();
  if (settings.excludedSheets.length === 0) return out;
  const listed = new Set(settings.excludedSheets.map(sheetNameKey));
  for (const g of workbook.sheets) if (listed.has(sheetNameKey(g.name))) out.add(g.name);
  return out;
}
