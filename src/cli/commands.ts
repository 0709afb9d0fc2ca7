/**
 * The CLI's commands as functions returning an exit code, so tests can run them in-process
 * as well as through the real binary. 0 = all well, 1 = error diagnostics (the workbook is still
 * written), 2 = unusable input or output (one sentence on stderr, never a stack trace).
 */
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { runPipeline, isUnusable, hasErrors, type RunResult } from "../core/pipeline";
import type { WorkbookGrid } from "../core/grid/types";
import { applyWritePlan, readWorkbookGrid } from "../hosts/xlsx";
import { CLI_HELP_TEXTS } from "../i18n/cli";
import { CLI_TEXTS, type CliTexts } from "../i18n/labels";
import type { Lang } from "../i18n/messages";
import { jsonText, writeOutput } from "./atomicWrite";
import { openWorkbook, UnusableInput } from "./input";
import type { Io } from "./io";
import { formatSummary } from "./summary";
import { recordUndo } from "../core/undo";
import { todayIso } from "./today";
import { saveWorkbook } from "./saveWorkbook";

export type { Io } from "./io";

export interface ScoreOptions {
  output?: string;
  json?: string;
  year?: number;
  lang?: Lang;
  inPlace?: boolean;
  /** Record the run as a monitoring point on this date (yyyy-mm-dd). */
  rilevazione?: string;
  /** The monitoring point's label («Monitoraggio semestrale»). */
  etichetta?: string;
  /** --colonna-neutralizzato: create a Neutralizzato column on every table that has none. */
  colonnaNeutralizzato?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

export function defaultOutputPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-valutato${parsed.ext || ".xlsx"}`);
}

/** An output path given explicitly must not be the input (only --in-place overwrites it). */
export function refuseSameAsInput(input: string, output: string, texts: CliTexts): void {
  if (path.resolve(output) === path.resolve(input)) throw new UnusableInput(texts.sameAsInput);
}

/** What every command but undo starts with: the workbook read and scored, or one sentence why not. */
export interface Analysis {
  workbook: ExcelJS.Workbook;
  grid: WorkbookGrid;
  result: RunResult;
}

export async function analyse(
  input: string,
  options: {
    year?: number;
    lang?: Lang;
    writes?: boolean;
    rilevazione?: string;
    etichetta?: string;
    /** The run's date (yyyy-mm-dd); default today. */
    runDate?: string;
    colonnaNeutralizzato?: boolean;
  },
  io: Io,
): Promise<Analysis> {
  const texts = CLI_TEXTS[options.lang ?? "it"];
  io.progress(texts.progress.reading);
  const workbook = await openWorkbook(input, texts);
  io.progress(texts.progress.scoring);
  const grid = readWorkbookGrid(workbook);
  const result = runPipeline(grid, {
    year: options.year,
    lang: options.lang,
    writes: options.writes,
    runDate: options.runDate ?? todayIso(),
    ...(options.rilevazione === undefined
      ? {}
      : { monitoring: { date: options.rilevazione, label: options.etichetta ?? null } }),
    createNeutralisedColumn: options.colonnaNeutralizzato === true,
  });
  if (isUnusable(result)) {
    // How to declare headers, then the first sheet laid out as a table whose headers were not recognised:
    // what to teach, and where.
    const said = ["NO_PLAN_TABLE", "HEADER_NOT_RECOGNISED"].flatMap((code) => {
      const found = result.report.diagnostics.find((d) => d.code === code);
      return found ? [found.message] : [];
    });
    throw new UnusableInput(texts.unusable(said.join(" ")));
  }
  return { workbook, grid, result };
}

/** Runs a command's body; any failure becomes exit 2 with one sentence in `lang`. */
export async function runCommand(lang: Lang, io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    return failure(err, io, lang);
  }
}

/**
 * Frees the grids, the model and the plan before exceljs serialises the workbook, when the process allows it
 * (`node --expose-gc`, as the `cruscotto` binary and `npm run cruscotto` start it): the serialisation is the
 * run's peak of memory, and without this it stacks on hundreds of megabytes of garbage on a large plan.
 */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === "function") gc();
}

/**
 * What a command still needs of a run once the workbook is written: the lines it prints, how it ended, and the
 * report only when it is to be saved as JSON (tens of megabytes on a large plan, kept out of the save's peak).
 */
interface Outcome {
  lines: string[];
  lang: Lang;
  errors: boolean;
  report: RunResult["report"] | null;
}

/** What became of the monitoring point asked for: recorded, replacing one, or refused (a protected sheet). */
const MONITORING_CODES = new Set(["MONITORING_RECORDED", "MONITORING_REPLACED", "MONITORING_NOT_RECORDED"]);

function outcomeOf(result: RunResult, keepReport: boolean): Outcome {
  const { report } = result;
  const lang = result.settings.lang;
  const lines = [formatSummary(report, lang)];
  for (const d of report.diagnostics) if (MONITORING_CODES.has(d.code)) lines.push(d.message);
  return { lines, lang, errors: hasErrors(result), report: keepReport ? report : null };
}

function finish(outcome: Outcome, io: Io, extra: string[]): number {
  for (const line of [...outcome.lines, ...extra]) io.out(line);
  return outcome.errors ? EXIT_ERRORS : EXIT_OK;
}

/**
 * Reads, scores and applies the write plan with its undo log, and keeps only the outcome: the grids, the
 * model and the plan (hundreds of megabytes on a large plan) are garbage before the workbook is serialised,
 * which is when exceljs needs the most memory.
 */
async function scoreInto(
  input: string,
  options: ScoreOptions,
  io: Io,
): Promise<{ workbook: ExcelJS.Workbook; outcome: Outcome }> {
  const { workbook, grid, result } = await analyse(input, options, io);
  io.progress(CLI_TEXTS[options.lang ?? "it"].progress.writing);
  // With its undo log, so that `cruscotto undo` (or the pane's "Annulla ultimo calcolo") can go back.
  applyWritePlan(workbook, recordUndo(grid, result.writePlan));
  return { workbook, outcome: outcomeOf(result, Boolean(options.json)) };
}

export function scoreCommand(input: string, options: ScoreOptions, io: Io): Promise<number> {
  const texts = CLI_TEXTS[options.lang ?? "it"];
  return runCommand(options.lang ?? "it", io, async () => {
    const output = options.inPlace ? input : (options.output ?? defaultOutputPath(input));
    if (!options.inPlace) refuseSameAsInput(input, output, texts);
    const { workbook, outcome } = await scoreInto(input, options, io);
    collectGarbage();
    await writeOutput(output, (tmp) => saveWorkbook(workbook, tmp), texts);
    const shown = CLI_TEXTS[outcome.lang];
    const extra = [shown.written(output)];
    if (options.json) {
      await writeOutput(options.json, jsonText(outcome.report), texts);
      extra.push(shown.report(options.json));
    }
    return finish(outcome, io, extra);
  });
}

export function checkCommand(input: string, options: ScoreOptions, io: Io): Promise<number> {
  return runCommand(options.lang ?? "it", io, async () => {
    const { result } = await analyse(input, { ...options, writes: false }, io);
    const shown = CLI_TEXTS[result.settings.lang];
    const extra: string[] = [];
    if (options.json) {
      await writeOutput(options.json, jsonText(result.report), shown);
      extra.push(shown.report(options.json));
    } else {
      extra.push(shown.seeJson);
    }
    return finish(outcomeOf(result, false), io, extra);
  });
}

/** Any error of a command -> exit 2 and one line on stderr (never a stack trace for a user's file). */
export function failure(err: unknown, io: Io, lang: Lang = "it"): number {
  if (err instanceof UnusableInput) {
    io.err(err.message);
    return EXIT_UNUSABLE;
  }
  // A fault of ours, not of the user's file: still one line, with what to report.
  const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
  io.err(CLI_HELP_TEXTS[lang].errors.internal(detail));
  return EXIT_UNUSABLE;
}
