/**
 * The CLI's commands as functions returning an exit code, so tests can run them in-process
 * as well as through the real binary. 0 = all well, 1 = error diagnostics (the workbook is still
 * written), 2 = unusable input or output (one sentence on stderr, never a stack trace).
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { runPipeline, isUnusable, hasErrors, type RunResult } from "../core/pipeline";
import { applyWritePlan, readWorkbookGrid, saveXlsxAtomic } from "../hosts/xlsx";
import { CLI_TEXTS } from "../i18n/labels";
import type { Lang } from "../i18n/messages";
import { openWorkbook, UnusableInput } from "./input";
import { formatSummary } from "./summary";
import { recordUndo } from "../core/undo";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress lines: only when stderr is a terminal. */
  progress: (line: string) => void;
}

export interface ScoreOptions {
  output?: string;
  json?: string;
  year?: number;
  lang?: Lang;
  inPlace?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

export function defaultOutputPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-valutato${parsed.ext || ".xlsx"}`);
}

async function writeJson(file: string, data: unknown): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(data, null, 2) + "\n", "utf8");
  await fs.rename(tmp, file);
}

async function analyse(input: string, options: ScoreOptions, io: Io) {
  const lang = options.lang ?? "it";
  const texts = CLI_TEXTS[lang];
  io.progress(texts.progress.reading);
  const workbook = await openWorkbook(input, texts);
  io.progress(texts.progress.scoring);
  const grid = readWorkbookGrid(workbook);
  const result = runPipeline(grid, { year: options.year, lang: options.lang });
  if (isUnusable(result)) {
    const first = result.report.diagnostics.find((d) => d.code === "NO_PLAN_TABLE");
    throw new UnusableInput(texts.unusable(first ? first.message : ""));
  }
  return { workbook, grid, result };
}

function finish(result: RunResult, io: Io, extra: string[]): number {
  const lang = result.settings.lang;
  io.out(formatSummary(result.report, lang));
  for (const line of extra) io.out(line);
  return hasErrors(result) ? EXIT_ERRORS : EXIT_OK;
}

export async function scoreCommand(input: string, options: ScoreOptions, io: Io): Promise<number> {
  const texts = CLI_TEXTS[options.lang ?? "it"];
  try {
    const output = options.inPlace ? input : options.output ?? defaultOutputPath(input);
    if (!options.inPlace && path.resolve(output) === path.resolve(input)) throw new UnusableInput(texts.sameAsInput);
    const { workbook, grid, result } = await analyse(input, options, io);
    io.progress(texts.progress.writing);
    // With its undo log, so that `cruscotto undo` (or the pane's "Annulla ultimo calcolo") can go back.
    applyWritePlan(workbook, recordUndo(grid, result.writePlan));
    try {
      await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
      await saveXlsxAtomic(workbook, output);
      if (options.json) await writeJson(options.json, result.report);
    } catch (err) {
      const target = options.json && !String(err).includes(output) ? options.json : output;
      throw new UnusableInput(texts.cannotWrite(target, (err as NodeJS.ErrnoException).code ?? String(err)));
    }
    const extra = [CLI_TEXTS[result.settings.lang].written(output)];
    if (options.json) extra.push(CLI_TEXTS[result.settings.lang].report(options.json));
    return finish(result, io, extra);
  } catch (err) {
    return failure(err, io);
  }
}

export async function checkCommand(input: string, options: ScoreOptions, io: Io): Promise<number> {
  try {
    const { result } = await analyse(input, options, io);
    const extra: string[] = [];
    if (options.json) {
      try {
        await writeJson(options.json, result.report);
      } catch (err) {
        throw new UnusableInput(
          CLI_TEXTS[result.settings.lang].cannotWrite(options.json, (err as NodeJS.ErrnoException).code ?? String(err)),
        );
      }
      extra.push(CLI_TEXTS[result.settings.lang].report(options.json));
    } else {
      extra.push(CLI_TEXTS[result.settings.lang].seeJson);
    }
    return finish(result, io, extra);
  } catch (err) {
    return failure(err, io);
  }
}

/** Any error of a command -> exit 2 and one line on stderr (never a stack trace for a user's file). */
export function failure(err: unknown, io: Io): number {
  if (err instanceof UnusableInput) {
    io.err(err.message);
    return EXIT_UNUSABLE;
  }
  // A fault of ours, not of the user's file: still one line, with what to report.
  const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
  io.err(`Errore interno del Cruscotto: ${detail}. Segnalarlo allegando il file.`);
  return EXIT_UNUSABLE;
}
