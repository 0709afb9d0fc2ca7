/**
 * One pass over a sheet's rows: each row is classified (rowKinds.ts), then opens a table, closes
 * one, sets the headings in force, checks a printed total, or is read as a row of the open table.
 * What it finds goes into the run's PlanDraft.
 */
import type { CellValue, Grid } from "../grid/types";
import type { HeaderMatch } from "./headers";
import { cruscottoSheetReason } from "./cruscottoSheet";
import { tableReading } from "./cruscottoReading";
import { cruscottoNotRead, headerNotFound, tableReadAs, unitFromSheetName } from "./diagnostics";
import type { StrategicObjective, StrategicRef } from "../model/types";
import type { OpenBlock, OpenTable, PlanDraft, ScanPosition, UnitDraft } from "./draft";
import { unitKindOfHeading, unitKindOfSheetName } from "./headings";
import { readIndicatorRow } from "./indicatorRows";
import { readMappaRow } from "./mappa";
import { sheetCells } from "./sheetCells";
import { classifyRow, looksLikeData } from "./rowKinds";
import { isBlank } from "./text";
import { openTable } from "./tables";
import { unrecognisedTable } from "./unrecognised";
import { afterHeading, NO_HEADINGS, strategicObjective, type HeadingContext } from "./units";
import { addPeso, checkTotal, NO_PESO } from "./weights";

/** Two blank rows end a table. */
const BLANK_ROWS_END_TABLE = 2;

export function scanSheet(grid: Grid, values: CellValue[][], draft: PlanDraft): void {
  const sheet = sheetCells(grid, values, {
    parsers: draft.parsers,
    year: draft.settings.year,
    vocabulary: draft.vocabulary,
  });
  const cruscottoSheet = cruscottoSheetReason(grid.name, values, draft.settings);
  const unitSheet = unitKindOfHeading(grid.name.trim()) !== null;
  const position: ScanPosition = { open: null, lastHeader: null };
  let headings: HeadingContext = NO_HEADINGS;
  let sheetUnit: UnitDraft | null = null;
  let blankRun = 0;
  let hasContent = false;
  let hasBlock = false;
  /** Headers already reported as unreadable (a header reused under several headings is said once). */
  const notRead = new Set<HeaderMatch>();
  /** A doubtful reading is said once per sheet: the sheet's other tables are read the same way. */
  const doubtSaid = { cruscotto: false, unit: false };

  /** Tables before any unit heading belong to a unit named after the sheet. */
  const unitForTable = (headerRow: number, headerCol: number): UnitDraft => {
    if (headings.unit) return headings.unit;
    if (!sheetUnit) {
      sheetUnit = draft.units.unit({
        sheet: grid.name,
        name: grid.name,
        kind: unitKindOfSheetName(grid.name),
        headingRow: null,
        headingCol: 0,
      });
      draft.diagnostics.push(unitFromSheetName({ sheet: grid.name, row: headerRow, col: headerCol }));
    }
    return sheetUnit;
  };

  const openBlock = (match: HeaderMatch, r: number, inherited: boolean): OpenBlock => {
    hasBlock = true;
    if (match.kind === "mappa" || match.kind === "programmi") {
      if (!inherited) draft.headers.push({ sheet: grid.name, row: r, match, tableId: null });
      return match.kind === "mappa"
        ? { kind: "mappa", columns: match, firstCol: match.firstCol, lastCol: match.lastCol }
        : { kind: "programmi", firstCol: match.firstCol, lastCol: match.lastCol };
    }
    const headerRow = inherited ? Math.max(r - 1, 0) : r;
    const reading = tableReading({ header: match, sheet: cruscottoSheet, unitSheet, headings });
    if (reading.as === "none") {
      if (!notRead.has(match))
        draft.diagnostics.push(cruscottoNotRead({ sheet: grid.name, row: headerRow, col: match.firstCol }));
      notRead.add(match);
      return { kind: "skipped", firstCol: match.firstCol, lastCol: match.lastCol };
    }
    const header = reading.header;
    if (reading.doubt && !inherited && !doubtSaid[reading.as]) {
      doubtSaid[reading.as] = true;
      draft.diagnostics.push(
        tableReadAs(reading.as, {
          sheet: grid.name,
          row: headerRow,
          firstCol: header.firstCol,
          lastCol: header.lastCol,
        }),
      );
    }
    const unit = header.kind === "cruscotto" ? null : unitForTable(headerRow, header.firstCol);
    const opened = openTable({ sheet: grid.name, header, r, inherited, headings, unit, draft });
    headings = opened.headings;
    if (!inherited) draft.headers.push({ sheet: grid.name, row: r, match, tableId: opened.open.table.id });
    return opened.open;
  };

  const readRow = (r: number, row: CellValue[], block: OpenBlock): void => {
    if (block.kind === "mappa") {
      const entry = readMappaRow(row, block.columns);
      if (entry) draft.mappa.push(entry);
      return;
    }
    if (block.kind === "programmi" || block.kind === "skipped") return;
    const reading = readIndicatorRow(sheet, r, row, block, headings.strategic);
    block.fillDown = reading.fillDown;
    const ir = reading.indicator;
    if (ir === null) return;
    block.sums = addPeso(block.sums, reading.added);
    if (block.unit) block.unit.sinceTotal = addPeso(block.unit.sinceTotal, reading.added);
    for (const d of reading.diagnostics) draft.diagnostics.push(d);
    block.table.lastRow = r;
    draft.indicators.push(ir);
    block.unit?.indicators.push(ir);
    objectiveOfRow(block, ir.strategicObjective)?.kpis.push(ir);
  };

  /** A flat cruscotto names the objective on each row; a block under a heading has one for all its rows. */
  const objectiveOfRow = (block: OpenTable, ref: StrategicRef | null): StrategicObjective | null => {
    if (block.kind !== "cruscotto" || block.columns.strategic === undefined) return block.objective;
    if (ref === null) return null;
    const objective = strategicObjective(draft.objectives, ref, headings);
    if (block.columns.weight !== undefined) objective.weighted = true;
    return objective;
  };

  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const kind = classifyRow(sheet, r, row, position);
    if (kind.kind === "blank") {
      if (++blankRun >= BLANK_ROWS_END_TABLE) {
        position.open = null;
        position.lastHeader = null;
      }
      continue;
    }
    blankRun = 0;
    hasContent = true;
    switch (kind.kind) {
      case "header":
        position.open = openBlock(kind.match, r, false);
        position.lastHeader = kind.match;
        break;
      case "total": {
        const { table } = kind;
        const unitSums = table.unit ? table.unit.sinceTotal : table.sums;
        for (const d of checkTotal({ sheet, r, row, columns: table.columns, tableSums: table.sums, unitSums }))
          draft.diagnostics.push(d);
        table.sums = NO_PESO;
        if (table.unit) table.unit.sinceTotal = NO_PESO;
        break;
      }
      case "heading":
        position.open = null;
        headings = afterHeading({
          context: headings,
          heading: kind.heading,
          units: draft.units,
          sheet: grid.name,
          row: r,
          col: kind.col,
        });
        // A new unit does not reuse the previous unit's header.
        if (kind.heading.kind === "unit") position.lastHeader = null;
        break;
      case "data": {
        const { lastHeader } = position;
        if (!position.open && lastHeader && looksLikeData(row, lastHeader)) {
          // Rows under a heading without a header of their own (dirigenti, DIR AIII objective 7): same columns.
          position.open = openBlock(lastHeader, r, true);
        }
        if (position.open) readRow(r, row, position.open);
        break;
      }
    }
  }
  if (hasContent && !hasBlock) {
    // The cruscotto's sheet is never left silently: nothing on it counts for the Ente.
    draft.diagnostics.push(
      cruscottoSheet
        ? cruscottoNotRead(firstContent(grid.name, values))
        : (unrecognisedTable(grid.name, values, draft.vocabulary) ?? headerNotFound(grid.name)),
    );
  }
}

/** The sheet's first non-blank cell (row by row), where a message about the whole sheet points. */
function firstContent(sheet: string, values: CellValue[][]): { sheet: string; row: number; col: number } {
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return { sheet, row: r, col: c };
  }
  return { sheet, row: 0, col: 0 };
}
