/** Table assembly: a header (or a header reused under a later heading) opens a table of the plan. */
import type { StrategicObjective, TableBlock, TableKind } from "../model/types";
import type { OpenTable, PlanDraft, UnitDraft } from "./draft";
import { headerDuplicated, yearColumnMissing } from "./diagnostics";
import { EMPTY_FILL_DOWN } from "./fillDown";
import type { TableHeader } from "./cruscottoReading";
import { strategicObjective, type HeadingContext } from "./units";
import { NO_PESO } from "./weights";

/**
 * Opens a table at a header row (inherited = false), or at the first data row under a heading that
 * reuses the sheet's last header (inherited = true; its header row is then the row above).
 * A cruscotto header naming its strategic objective sets the headings' objective too.
 */
export function openTable(input: {
  sheet: string;
  header: TableHeader;
  r: number;
  inherited: boolean;
  headings: HeadingContext;
  /** Obiettivi and Dirigente tables: the unit the table belongs to. */
  unit: UnitDraft | null;
  draft: PlanDraft;
}): { open: OpenTable; headings: HeadingContext } {
  const { sheet, header: m, r, inherited, unit, draft } = input;
  const headerRow = inherited ? Math.max(r - 1, 0) : r;
  let headings = input.headings;
  let kind: TableKind = m.kind;
  let objective: StrategicObjective | null = null;
  let strategic = headings.strategic;
  if (m.kind === "cruscotto") {
    strategic = inherited ? headings.strategic : (m.strategic ?? headings.strategic);
    if (!inherited && m.strategic) headings = { ...headings, strategic: m.strategic };
    // One flat table: each row names its own strategic objective (see fillDown).
    if (m.columns.strategic !== undefined) strategic = null;
    if (strategic) {
      objective = strategicObjective(draft.objectives, strategic, headings);
      if (m.columns.weight !== undefined) objective.weighted = true;
    }
    const year = draft.settings.year;
    if (!draft.yearMissingReported && m.columns.years?.[year] === undefined) {
      draft.yearMissingReported = true;
      draft.diagnostics.push(yearColumnMissing({ sheet, row: headerRow, col: m.firstCol }, year));
    }
  } else if (unit) {
    if (m.kind === "dirigente") unit.kind = "dirigente";
    // A unit whose scheda is a Dirigente's reads all its tables as such.
    if (unit.kind === "dirigente") kind = "dirigente";
  }
  const table: TableBlock = {
    id: `${sheet}!${headerRow + 1}`,
    kind,
    sheet,
    headerRow,
    firstRow: inherited ? r : headerRow + 1,
    lastRow: inherited ? r - 1 : headerRow,
    firstCol: m.firstCol,
    lastCol: m.lastCol,
    columns: m.columns,
    unitId: null,
    strategicObjective: strategic,
  };
  // A header reused under a later heading keeps its duplicates silent: they were reported once.
  if (!inherited && m.duplicates.length > 0)
    draft.diagnostics.push(headerDuplicated(sheet, headerRow, m.duplicates[0]));
  draft.tables.push(table);
  unit?.tables.push(table);
  return {
    open: {
      kind,
      table,
      columns: m.columns,
      firstCol: m.firstCol,
      lastCol: m.lastCol,
      unit,
      objective,
      fillDown: EMPTY_FILL_DOWN,
      sums: NO_PESO,
    },
    headings,
  };
}
