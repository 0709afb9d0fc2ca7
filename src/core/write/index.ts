/**
 * planWrites: every cell, sheet and name a run touches, decided here as pure data. It writes only into
 * cells that are empty or that a previous run owned (recorded as CP_* defined names), so a rerun on
 * its own output clears and rewrites the same cells and gives the same workbook.
 */
import type { CellValue, Grid, WorkbookGrid } from "../grid/types";
import { a1, absRange, parseRange } from "../grid/address";
import type { Diagnostic } from "../diagnostics/types";
import type { Plan } from "../model/types";
import { BELOW_TARGET, type IndicatorResult, type Scorecard } from "../scoring/types";
import { resultsInPlanOrder } from "../scoring/inPlanOrder";
import { settingsPlace } from "../settings/place";
import type { Lang } from "../../i18n/messages";
import type {
  CellWrite,
  ColumnWidth,
  ConditionalFormat,
  NameSet,
  PageSetup,
  RangeClear,
  SheetCreate,
  WritePlan,
} from "./types";
import { locateSettingKeys } from "./settingsWrite";
import {
  createdSettingsCells,
  existingSettingsCells,
  settingRefs,
  type SettingsSheetCells,
} from "./formulas/settingRefs";
import { NAMED_WORDS } from "./formulas/words";
import { formulaReadsAlike, notLiveDiagnostic, scoredTarget } from "./formulas/liveRows";
import type { LiveContext } from "./blockWrites";
import { writePlan as orderedPlan } from "./steps";
import {
  nameNumbers,
  readPreviousRun,
  OWN_PREFIX,
  SETTINGS_NAME,
  SHEET_PREFIX,
  type OwnedRange,
  type PreviousRun,
} from "./previous";
import { SheetView } from "./sheetView";
import { placeSheetBlocks, ownedRect, type BlockLayout, type CreatedColumn } from "./placement";
import { RowNotes } from "./notes";
import { ownedHeaders, writeBlock } from "./blockWrites";
import { createdHeader, summarySheetName } from "./labels";
import { derivedActualCell, summaryColumnWidths, summaryWrites as summarySheetWrites } from "./riepilogo";
import { summarySources } from "./summaryLive";
import { settingsCellsToWrites, SETTINGS_COLUMN_WIDTHS } from "./settingsSheet";
import { WIDTHS } from "./styles";
import { planPageSetups, type PrintedBlock } from "./pageSetup";
import { historyWrites } from "./history";
import type { MonitoringRun } from "../monitoring/run";
import { RowTemplates } from "./formulas/rowTemplates";

export interface PlanWritesInput {
  workbook: WorkbookGrid;
  plan: Plan;
  scorecard: Scorecard;
  lang: Lang;
  /** The settings sheet to create (it is missing), or null when the workbook has one. */
  settingsCells: CellValue[][] | null;
  /**
   * Sheets the settings exclude («Fogli esclusi»): nothing is written there. Columns a run owned there
   * before the sheet was excluded stay as they are, and owned, like a protected sheet's.
   */
  excludedSheets?: ReadonlySet<string>;
  /** The monitoring history: the point to record, and the one the Riepilogo's trend compares with. */
  monitoring?: MonitoringRun;
  /**
   * Create a Neutralizzato column (header only) on every table that has none, right after its Consuntivo (and
   * its Motivazione): asked for by a person (`cruscotto score --colonna-neutralizzato`), never imposed.
   */
  createNeutralisedColumn?: boolean;
  /** The Ente's name from the settings («Nome dell'Ente»): it wins over a title cell in the print header. */
  enteName?: string;
}

export interface PlanWritesResult {
  writePlan: WritePlan;
  diagnostics: Diagnostic[];
}

export { consuntivoHeader, createdHeader, summarySheetName } from "./labels";
export { OWN_PREFIX, SHEET_PREFIX, SETTINGS_NAME } from "./previous";
export { writePlan, planParts, cellsOf, undoLogOf, emptyPlan, type PlanParts } from "./steps";
export { sheetsWritten, lockedSheets, ownedRanges, copiesOf } from "./reach";

/** The first "Riepilogo <year>[ (n)]" that is free or ours (and not protected). */
function chooseSummarySheet(
  year: number,
  grids: ReadonlyMap<string, Grid>,
  prev: PreviousRun,
): { name: string; replace: boolean } {
  for (let attempt = 1; ; attempt++) {
    const name = summarySheetName(year, attempt);
    const grid = grids.get(name);
    if (!grid) return { name, replace: false };
    if (prev.ownedSheets.has(name) && !grid.protected) return { name, replace: true };
  }
}

/**
 * Items added one by one: push(...items) passes each as an argument, and the history of a large plan (a row
 * per indicator and point, eight cells a row) overflows the call stack that way.
 */
function append<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/**
 * The rows of each table as positions in plan.indicators, in order: a table's rows are start[t] ..
 * start[t + 1] of `at` (a counting sort on the table number, no list per table). Rows are found by table
 * id: a table whose id repeats an earlier table's gets that table's rows, and first[t] is the table whose
 * rows table t gets (itself, or the first table of its id).
 */
function rowsOfTables(plan: Plan): { first: Int32Array; start: Int32Array; at: Int32Array } {
  const { tables, indicators } = plan;
  const tableNo = new Map<string, number>();
  const first = new Int32Array(tables.length);
  tables.forEach((t, i) => {
    const earlier = tableNo.get(t.id);
    if (earlier === undefined) tableNo.set(t.id, i);
    first[i] = earlier ?? i;
  });
  const of = new Int32Array(indicators.length);
  const start = new Int32Array(tables.length + 1);
  // Rows come table after table: the table of the row before, or the next one, answers almost every row
  // (an id compared with the very same string) without a look-up in the map.
  let at = -1;
  for (let i = 0; i < indicators.length; i++) {
    const id = indicators[i].tableId;
    let p: number | undefined;
    if (at >= 0 && tables[at].id === id) p = at;
    else if (at + 1 < tables.length && tables[at + 1].id === id) p = at + 1;
    else p = tableNo.get(id);
    if (p !== undefined) at = p;
    const t = p === undefined ? -1 : first[p];
    of[i] = t;
    if (t >= 0) start[t + 1]++;
  }
  for (let t = 0; t < tables.length; t++) start[t + 1] += start[t];
  const rows = new Int32Array(start[tables.length]);
  const fill = start.slice(0, tables.length);
  for (let i = 0; i < indicators.length; i++) if (of[i] >= 0) rows[fill[of[i]]++] = i;
  return { first, start, at: rows };
}

/**
 * The officers' columns each table gets besides a missing Consuntivo. A Motivazione scostamento column where
 * the table has none and one of its indicators is measured below Raggiunto: the column appears where a
 * motivazione is asked for (JUSTIFICATION_MISSING), not on every table of a plan that has nothing to explain
 * (a fresh plan, a table all Raggiunto), and a workbook already in use keeps its layout until then. A
 * Neutralizzato column only when a person asked for it. Tables by their number in plan.tables.
 */
function officersColumns(
  plan: Plan,
  tableRows: ReturnType<typeof rowsOfTables>,
  results: readonly (IndicatorResult | undefined)[],
  neutralised: boolean,
): (table: number) => readonly CreatedColumn[] {
  return (table) => {
    const block = plan.tables[table];
    const out: CreatedColumn[] = [];
    const tn = tableRows.first[table];
    if (block.columns.justification === undefined) {
      for (let k = tableRows.start[tn]; k < tableRows.start[tn + 1]; k++) {
        const status = results[tableRows.at[k]]?.status;
        if (status !== undefined && BELOW_TARGET.has(status)) {
          out.push("motivazione");
          break;
        }
      }
    }
    if (neutralised && block.columns.neutralised === undefined) out.push("neutralizzato");
    return out;
  };
}

export function planWrites(input: PlanWritesInput): PlanWritesResult {
  const { workbook, plan, scorecard, lang } = input;
  const year = scorecard.year;
  const grids = new Map(workbook.sheets.map((g) => [g.name, g]));
  const prev = readPreviousRun(workbook);
  const diagnostics: Diagnostic[] = [];
  // The plan's parts, put in the one order of steps at the end.
  const clears: RangeClear[] = [];
  const sheets: SheetCreate[] = [];
  const cells: CellWrite[] = [];
  const setNames: NameSet[] = [];

  const settings = settingsPlace(workbook);
  const nextOwnName = nameNumbers(OWN_PREFIX, prev.foreign);
  const nextSheetName = nameNumbers(SHEET_PREFIX, prev.foreign);
  // Names that only look like the add-in's: not cleared, not removed, and said so.
  for (const dn of prev.foreign) {
    const rect = parseRange(dn.range);
    const cell = rect ? a1(rect.top, rect.left) : null;
    diagnostics.push({
      severity: "warning",
      code: "OWNED_NAME_NOT_OURS",
      sheet: dn.sheet,
      cell,
      params: { name: dn.name, sheet: dn.sheet, cell: cell ?? dn.range },
    });
  }
  for (const sheet of settings.skipped) {
    diagnostics.push({
      severity: "warning",
      code: "RESERVED_SHEET_TAKEN",
      sheet,
      cell: null,
      params: { sheet, used: settings.name },
    });
  }

  const summary = chooseSummarySheet(year, grids, prev);
  if (summary.name !== summarySheetName(year, 1)) {
    diagnostics.push({
      severity: "warning",
      code: "OWNED_SHEET_RENAMED",
      sheet: "",
      cell: null,
      params: { wanted: summarySheetName(year, 1), used: summary.name },
    });
  }

  // 1. Placement, sheet by sheet: what the previous run owned there counts as free.
  const tableRows = rowsOfTables(plan);
  const results = resultsInPlanOrder(plan, scorecard);
  const wanted = officersColumns(plan, tableRows, results, input.createNeutralisedColumn === true);
  const previousBySheet = groupBy(prev.owned, (o) => o.sheet);
  // Each table's layout by its position in plan.tables; undefined for a table not annotated.
  const layouts = new Array<BlockLayout | undefined>(plan.tables.length);
  const tableNumbers = plan.tables.map((_, t) => t);
  for (const [sheet, numbers] of groupBy(tableNumbers, (t) => plan.tables[t].sheet)) {
    const grid = grids.get(sheet);
    if (!grid) continue;
    if (grid.protected) {
      diagnostics.push({ severity: "warning", code: "SHEET_PROTECTED", sheet, cell: null, params: { sheet } });
      continue;
    }
    // Never annotate the add-in's own sheets, should a table ever be recognised on them.
    if ((summary.replace && sheet === summary.name) || (settings.grid !== undefined && sheet === settings.name))
      continue;
    const view = new SheetView(grid, previousBySheet.get(sheet) ?? []);
    const blocks = numbers.map((t) => plan.tables[t]);
    placeSheetBlocks(view, blocks, year, previousBySheet.get(sheet) ?? [], (_, k) => wanted(numbers[k])).forEach(
      (l, k) => {
        if (l !== null) layouts[numbers[k]] = l;
      },
    );
  }

  // 2. Clear what the previous run owned, except on protected and excluded sheets (they keep their names below).
  const excluded = input.excludedSheets;
  const isProtected = (sheet: string): boolean => grids.get(sheet)?.protected === true || excluded?.has(sheet) === true;
  const previousKeys = new Set<string>();
  for (const o of prev.owned) {
    if (isProtected(o.sheet)) continue;
    clears.push({ sheet: o.sheet, top: o.top, left: o.left, bottom: o.bottom, right: o.right });
    previousKeys.add(`${o.sheet}!${o.top},${o.left},${o.bottom},${o.right}`);
  }

  // 3. The owned columns of every placed block, in the plan's table order (which numbers CP_OWN_<n>).
  const live = liveContext(input, settings, diagnostics, summary.name);
  const conditionalFormats: ConditionalFormat[] = [];
  if (live) append(setNames, live.names);
  const notes = new RowNotes([...plan.diagnostics, ...scorecard.diagnostics, ...(live?.rowDiagnostics ?? [])], lang, {
    warningsOnly: scorecard.settings.notesWarningsOnly,
  });
  const context = { year, lang, rows: plan.indicators, results, notes, live: live?.context ?? null };
  // Column widths in order of first setting: sheet -> column -> width, no key string per table.
  const widths: ColumnWidth[] = [];
  const widthsBySheet = new Map<string, Map<number, ColumnWidth>>();
  const setWidth = (sheet: string, col: number, width: number): void => {
    let cols = widthsBySheet.get(sheet);
    if (!cols) widthsBySheet.set(sheet, (cols = new Map()));
    const w = cols.get(col);
    if (!w) {
      const created = { sheet, col, width };
      cols.set(col, created);
      widths.push(created);
    } else w.width = Math.max(w.width, width);
  };
  for (let t = 0; t < plan.tables.length; t++) {
    const table = plan.tables[t];
    const l = layouts[t];
    if (!l) continue;
    const rect = ownedRect(l);
    if (l.moved) {
      const column =
        l.moved.column === "owned"
          ? ownedHeaders(table.kind, year, lang)[0]
          : createdHeader(table.kind, l.moved.column, year);
      const cell = a1(table.headerRow, l.moved.col);
      diagnostics.push({
        severity: "warning",
        code: "OWNED_COLUMN_MOVED",
        sheet: table.sheet,
        cell,
        params: { column, cell },
      });
    }
    // Cleared in the first run too (styles included), so that the first run's output equals a rerun's.
    if (
      previousKeys.size === 0 ||
      !previousKeys.has(`${table.sheet}!${rect.top},${rect.left},${rect.bottom},${rect.right}`)
    ) {
      clears.push({ sheet: table.sheet, top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right });
    }
    // Rows are found by table id: a table whose id repeats an earlier table's gets that table's rows.
    const tn = tableRows.first[t];
    const colours = writeBlock(cells, l, tableRows.at, tableRows.start[tn], tableRows.start[tn + 1], context);
    if (colours) conditionalFormats.push(colours);
    setNames.push({
      name: nextOwnName(),
      sheet: table.sheet,
      range: absRange(rect.top, rect.left, rect.bottom, rect.right),
    });
    for (const c of l.created) setWidth(table.sheet, c.col, WIDTHS[c.column]);
    setWidth(table.sheet, rect.left, WIDTHS.raggiungimento);
    setWidth(table.sheet, rect.left + 1, WIDTHS.stato);
    setWidth(table.sheet, rect.left + 2, WIDTHS.note);
  }
  // Ranges owned on a sheet now protected (or excluded) stay owned: the next run that may write there clears them.
  const kept: OwnedRange[] = prev.owned.filter((o) => isProtected(o.sheet));
  for (const o of kept)
    setNames.push({ name: nextOwnName(), sheet: o.sheet, range: absRange(o.top, o.left, o.bottom, o.right) });

  // 4. The settings sheet, only when missing; an existing one is never written to. A person's sheet of its
  // name that is not laid out as settings is plan data: the settings sheet is made beside it.
  if (input.settingsCells !== null && !settings.grid) {
    sheets.push({ name: settings.name, replace: false, columnWidths: SETTINGS_COLUMN_WIDTHS });
    append(cells, settingsCellsToWrites(settings.name, input.settingsCells));
    setNames.push({ name: SETTINGS_NAME, sheet: settings.name, range: "$A$1" });
  } else if (prev.settingsNamed && settings.grid) {
    setNames.push({ name: SETTINGS_NAME, sheet: settings.name, range: "$A$1" });
  }

  // 5. The summary sheet, last, so that its diagnostic counts include this stage's own.
  // The Riepilogo counts what the plan says (recognition and scoring), not how this run had to write
  // it: a column moved aside on the first run is not moved again on the next, and a rerun must give
  // the same sheet. The write's own notices are reported by the CLI and the pane.
  const counted = [...plan.diagnostics, ...scorecard.diagnostics];
  // In «formule» mode the Riepilogo's figures are formulas over the owned cells the blocks above write.
  const formulas = live
    ? summarySources({
        plan,
        layouts,
        rowsOf: (t) =>
          tableRows.at.subarray(tableRows.start[tableRows.first[t]], tableRows.start[tableRows.first[t] + 1]),
        refs: live.context.refs,
      })
    : undefined;
  const summarySheet = summarySheetWrites(summary.name, scorecard, counted, lang, {
    plan,
    previous: input.monitoring?.previous ?? null,
    formulas,
  });
  const summaryWrites = summarySheet.cells;
  append(conditionalFormats, summarySheet.conditionalFormats);
  append(setNames, summarySheet.names);
  sheets.push({ name: summary.name, replace: summary.replace, columnWidths: summaryColumnWidths(summaryWrites) });
  append(cells, summaryWrites);
  setNames.push({ name: nextSheetName(), sheet: summary.name, range: "$A$1" });
  if (input.monitoring) {
    const history = historyWrites(input.monitoring, lang, nextSheetName);
    if (history.sheet) sheets.push(history.sheet);
    append(cells, history.cells);
    append(setNames, history.setNames);
    append(diagnostics, history.diagnostics);
  }

  // 6. Print layout of every sheet written: the annotated tables (to their Note column) and the created sheets.
  const printed: PrintedBlock[] = [];
  plan.tables.forEach((table, t) => {
    const l = layouts[t];
    if (l) printed.push({ block: table, bottom: l.bottom, right: ownedRect(l).right });
  });
  const pageSetups: PageSetup[] = planPageSetups({
    workbook,
    year,
    lang,
    blocks: printed,
    createdSheets: sheets.map((s) => s.name),
    cells,
    enteName: input.enteName,
  });

  const writePlan: WritePlan = orderedPlan({
    removeNames: prev.names,
    clears,
    sheets,
    setNames,
    cells,
    conditionalFormats,
    columnWidths: widths,
    pageSetups,
  });
  return { writePlan, diagnostics };
}

/**
 * What the formulas need («Calcolo nel foglio» = formule): the live settings' names, the rows that keep
 * values (their actual typed as text) and why. Null when the run writes values only.
 */
function liveContext(
  input: PlanWritesInput,
  place: ReturnType<typeof settingsPlace>,
  diagnostics: Diagnostic[],
  /** The Riepilogo's name: derived rows read the Ente's and the Areas' scores there. */
  summarySheet: string,
): { context: LiveContext; names: NameSet[]; rowDiagnostics: Diagnostic[] } | null {
  const settings = input.scorecard.settings;
  if (settings.calculation !== "formule") return null;
  let cells: SettingsSheetCells | null = null;
  if (input.settingsCells !== null && !place.grid) cells = createdSettingsCells(place.name, input.settingsCells);
  else if (place.grid && !input.excludedSheets?.has(place.grid.name)) {
    const keys = new Map<string, { row: number; col: number }>();
    for (const [field, at] of locateSettingKeys(place.grid)) keys.set(field.key, at);
    cells = existingSettingsCells(place.grid, keys);
  }
  const refs = settingRefs(cells, settings);
  append(diagnostics, refs.diagnostics);
  const rowDiagnostics: Diagnostic[] = [];
  const notLive = new Set<string>();
  for (const row of input.plan.indicators) {
    const d = notLiveDiagnostic(row);
    if (d !== null) {
      rowDiagnostics.push(d);
      notLive.add(row.key);
      continue;
    }
    // A number the engine and a formula would read differently (a date against «≥ 80%»): the engine's
    // ACTUAL_KIND_MISMATCH already says what to type; the row becomes live once it is typed.
    const target = scoredTarget(row);
    if (target !== null && !formulaReadsAlike(row, target)) notLive.add(row.key);
  }
  append(diagnostics, rowDiagnostics);
  return {
    context: {
      refs: refs.refs,
      // Named on the Riepilogo, which every run writes (summaryWrites adds the lists and their names).
      words: NAMED_WORDS,
      settings,
      notLive,
      derivedActual: derivedActualCell(summarySheet, input.plan, input.scorecard),
      templates: new RowTemplates(),
    },
    names: refs.names,
    rowDiagnostics,
  };
}
