/**
 * recognise(): the workbook's grids -> the typed Plan. One pass over each sheet's rows (sheetScan.ts),
 * then the Plan is assembled (assemble.ts). Never throws on a user's workbook: what cannot be read
 * becomes a Diagnostic with its sheet and A1 cell.
 */
import type { WorkbookGrid } from "../grid/types";
import type { Plan } from "../model/types";
import type { Settings } from "../settings/types";
import { assemblePlan } from "./assemble";
import { cellParsers } from "./cellParsers";
import { headerNotFound } from "./diagnostics";
import type { PlanDraft, RecognisedHeader } from "./draft";
import { excludedSheets } from "./excluded";
import { headerVocabulary } from "./headerVocabulary";
import { maskedValues, ownedMask } from "./owned";
import { scanSheet } from "./sheetScan";
import { UnitRegistry } from "./units";

/** The Plan, and how it was found: the header rows opened and the sheets left out on purpose. */
export interface Recognition {
  plan: Plan;
  headers: RecognisedHeader[];
  /** Sheets named in «Fogli esclusi», as the workbook spells them. */
  excluded: Set<string>;
}

export function recogniseLayout(workbook: WorkbookGrid, settings: Settings): Recognition {
  const draft: PlanDraft = {
    settings,
    vocabulary: headerVocabulary(settings.headerWords),
    headers: [],
    diagnostics: [],
    tables: [],
    indicators: [],
    units: new UnitRegistry(),
    objectives: new Map(),
    mappa: [],
    yearMissingReported: false,
    parsers: cellParsers(settings),
  };
  const mask = ownedMask(workbook);
  const excluded = excludedSheets(workbook, settings);
  for (const grid of workbook.sheets) {
    if (mask.sheets.has(grid.name) || excluded.has(grid.name)) continue;
    try {
      scanSheet(grid, maskedValues(grid, mask), draft);
    } catch {
      // A malformed grid from a host must not stop the run: the sheet is reported as unread.
      draft.diagnostics.push(headerNotFound(grid.name));
    }
  }
  return { plan: assemblePlan(draft), headers: draft.headers, excluded };
}

export function recognise(workbook: WorkbookGrid, settings: Settings): Plan {
  return recogniseLayout(workbook, settings).plan;
}
