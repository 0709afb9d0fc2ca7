/**
 * The one pipeline. The CLI, the browser preview and the task pane all call runPipeline on the
 * grids their host read, then hand the write plan back to that host. Pure: no I/O here.
 */
import type { WorkbookGrid } from "./grid/types";
import type { Diagnostic } from "./diagnostics/types";
import type { Plan } from "./model/types";
import type { Scorecard } from "./scoring/types";
import type { Settings } from "./settings/types";
import type { WritePlan } from "./write/types";
import type { Report } from "./report/types";
import { settingsPlace } from "./settings/place";
import { readSettings, settingsSheetCells } from "./settings";
import { recogniseLayout } from "./layout/recognise";
import { score } from "./scoring";
import { planWrites } from "./write";
import { buildReport } from "./report";
import { undoLogPlace, withoutUndoLog } from "./undo/log";
import type { Lang } from "../i18n/messages";
import { monitoringRun, type MonitoringRun } from "./monitoring/run";
import type { MonitoringRequest } from "./monitoring/types";

export interface RunOptions {
  /** Evaluation year; overrides the settings sheet for this run. */
  year?: number;
  /** Language of messages and written labels; overrides the settings sheet. */
  lang?: Lang;
  /** «Calcolo nel foglio» for this run (formulas or values); overrides the settings sheet. */
  calculation?: Settings["calculation"];
  /**
   * Whether the run's write plan will be applied (default: yes). A read-only run — a check, «Analizza», the
   * PDF — says that a missing settings sheet will be created, never that it was.
   */
  writes?: boolean;
  /**
   * Record this run as a monitoring point (rilevazione) on the date given (ISO yyyy-mm-dd), with its label
   * («Monitoraggio semestrale»): the CLI's --rilevazione / --etichetta, the pane's «Registra come
   * rilevazione». Absent: nothing is recorded, and the history the workbook keeps is only read.
   */
  monitoring?: MonitoringRequest;
  /**
   * The run's date (ISO yyyy-mm-dd), today as the caller knows it (the core reads no clock): without a
   * monitoring point, the trend compares with the latest point before it. Absent: with the latest point.
   */
  runDate?: string;
  /**
   * Create a Neutralizzato column on every table that has none (header only, the officers' from then on):
   * only when a person asks for it (`--colonna-neutralizzato`; the pane may offer it).
   */
  createNeutralisedColumn?: boolean;
}

export interface RunResult {
  settings: Settings;
  plan: Plan;
  scorecard: Scorecard;
  writePlan: WritePlan;
  diagnostics: Diagnostic[];
  report: Report;
  /** The monitoring history after the run, the point it recorded and the one its trend compares with. */
  monitoring: MonitoringRun;
  /** Timings of the pure stages, in milliseconds (for the benchmark). */
  timings: { layout: number; scoring: number; write: number };
}

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

export function runPipeline(input: WorkbookGrid, options: RunOptions = {}): RunResult {
  // The undo log is the add-in's own hidden sheet, never plan data: the run neither reads nor rewrites it.
  const workbook = withoutUndoLog(input);
  const overrides: Partial<Settings> = {};
  if (options.year !== undefined) overrides.year = options.year;
  if (options.lang !== undefined) overrides.lang = options.lang;
  if (options.calculation !== undefined) overrides.calculation = options.calculation;

  const settingsSheet = settingsPlace(workbook);
  const settingsGrid = settingsSheet.grid;
  const { settings, diagnostics: settingsDiagnostics } = readSettings(settingsGrid, overrides, {
    sheetNames: workbook.sheets.map((g) => g.name),
  });
  const lang = settings.lang;

  const t0 = now();
  const { plan, excluded } = recogniseLayout(workbook, settings);
  const t1 = now();
  const scorecard = score(plan, settings);
  const t2 = now();
  const settingsCells = settingsGrid ? null : settingsSheetCells(settings, lang);
  const created: Diagnostic[] = settingsGrid
    ? []
    : [
        {
          severity: "info",
          code: options.writes === false ? "SETTINGS_DEFAULTS" : "SETTINGS_CREATED",
          sheet: settingsSheet.name,
          cell: null,
          params: {},
        },
      ];
  // A person's sheet holding the log's name keeps it: the log goes to another sheet (see recordUndo).
  const logPlace = undoLogPlace(input);
  for (const sheet of logPlace.skipped) {
    created.push({
      severity: "warning",
      code: "RESERVED_SHEET_TAKEN",
      sheet,
      cell: null,
      params: { sheet, used: logPlace.sheet },
    });
  }
  const monitoring = monitoringRun({
    workbook,
    plan,
    scorecard,
    lang,
    request: options.monitoring,
    runDate: options.runDate,
  });
  const { writePlan, diagnostics: writeDiagnostics } = planWrites({
    workbook,
    plan,
    scorecard,
    lang,
    settingsCells,
    excludedSheets: excluded,
    monitoring,
    createNeutralisedColumn: options.createNeutralisedColumn === true,
    enteName: settings.enteName,
  });
  const t3 = now();

  const diagnostics = [
    ...settingsDiagnostics,
    ...created,
    ...plan.diagnostics,
    ...scorecard.diagnostics,
    ...monitoring.stored.diagnostics,
    ...writeDiagnostics,
  ];
  const report = buildReport(plan, scorecard, diagnostics, lang, monitoring);
  return {
    settings,
    plan,
    scorecard,
    writePlan,
    diagnostics,
    report,
    monitoring,
    timings: { layout: t1 - t0, scoring: t2 - t1, write: t3 - t2 },
  };
}

/** True when the workbook held nothing the engine could score: the CLI exits 2. */
export function isUnusable(result: RunResult): boolean {
  return result.diagnostics.some((d) => d.code === "NO_PLAN_TABLE");
}

export function hasErrors(result: RunResult): boolean {
  return result.diagnostics.some((d) => d.severity === "error");
}
