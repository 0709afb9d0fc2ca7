/**
 * `cruscotto report`: the PDF for Staff (Relazione sulla Performance, OIV, each Dirigente's scheda).
 * Same exit codes as `score`: 0, 1 when error diagnostics exist (the PDF is still written), 2 when the
 * input or the output cannot be used (one sentence on stderr).
 */
import { promises as fs } from "node:fs";
import { InvalidArgumentError } from "commander";
import * as path from "node:path";
import { runPipeline, isUnusable, hasErrors } from "../core/pipeline";
import { readWorkbookGrid } from "../hosts/xlsx";
import { buildReportDocument, findEnteName, findUnit } from "../core/document";
import { renderPdf } from "../render/pdf";
import { loadTitilliumFonts } from "../render/pdf/nodeFonts";
import { CLI_TEXTS } from "../i18n/labels";
import type { Lang } from "../i18n/messages";
import { openWorkbook, UnusableInput } from "./input";
import { EXIT_ERRORS, EXIT_OK, failure, type Io } from "./commands";

export interface ReportOptions {
  output?: string;
  /** Restrict the schede to one unit (its name as in `cruscotto check`). */
  unit?: string;
  year?: number;
  lang?: Lang;
  /** Date of the run, ISO yyyy-mm-dd (default: today): printed on the cover, and the PDF's dates. */
  date?: string;
}

const REPORT_TEXTS: Record<Lang, { written: (p: string) => string; unknownUnit: (unit: string, input: string) => string }> = {
  it: {
    written: (p) => `Relazione PDF scritta: ${p}`,
    unknownUnit: (u, i) => `Unità «${u}» non trovata nel piano: i nomi delle unità sono elencati da «cruscotto check ${i}».`,
  },
  en: {
    written: (p) => `PDF report written: ${p}`,
    unknownUnit: (u, i) => `Unit «${u}» not found in the plan: «cruscotto check ${i}» lists the units' names.`,
  },
};

export function defaultPdfPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-relazione.pdf`);
}

/** The --date option: a real calendar date written yyyy-mm-dd. */
export function parseIsoDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError("la data deve essere nella forma aaaa-mm-gg, ad esempio 2023-03-31.");
  }
  return value;
}

/** Today's date where the command runs, as yyyy-mm-dd. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function reportCommand(input: string, options: ReportOptions, io: Io): Promise<number> {
  const lang = options.lang ?? "it";
  const texts = CLI_TEXTS[lang];
  try {
    const output = options.output ?? defaultPdfPath(input);
    if (path.resolve(output) === path.resolve(input)) throw new UnusableInput(texts.sameAsInput);
    io.progress(texts.progress.reading);
    const workbook = await openWorkbook(input, texts);
    const grid = readWorkbookGrid(workbook);
    io.progress(texts.progress.scoring);
    const result = runPipeline(grid, { year: options.year, lang: options.lang });
    if (isUnusable(result)) {
      const first = result.report.diagnostics.find((d) => d.code === "NO_PLAN_TABLE");
      throw new UnusableInput(texts.unusable(first ? first.message : ""));
    }
    const unit = options.unit === undefined ? null : findUnit(result.plan, options.unit);
    if (options.unit !== undefined && unit === null) {
      throw new UnusableInput(REPORT_TEXTS[lang].unknownUnit(options.unit, input));
    }
    const model = buildReportDocument({
      plan: result.plan,
      scorecard: result.scorecard,
      report: result.report,
      settings: result.settings,
      enteName: findEnteName(grid),
      runDate: options.date ?? todayIso(),
      sourceName: path.basename(input),
      unitId: unit?.id ?? null,
    });
    io.progress(texts.progress.writing);
    const bytes = await renderPdf(model, await loadTitilliumFonts());
    await writeAtomic(output, bytes, texts.cannotWrite);
    const outLang = result.settings.lang;
    const counts = (s: string): number => result.diagnostics.filter((d) => d.severity === s).length;
    io.out(CLI_TEXTS[outLang].diagnostics(counts("error"), counts("warning"), counts("info")));
    io.out(REPORT_TEXTS[outLang].written(output));
    return hasErrors(result) ? EXIT_ERRORS : EXIT_OK;
  } catch (err) {
    return failure(err, io);
  }
}

/** Temp file beside the target, then rename: a reader never sees half a PDF, an old one survives a failure. */
async function writeAtomic(file: string, bytes: Uint8Array, cannotWrite: (p: string, d: string) => string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new UnusableInput(cannotWrite(file, (err as NodeJS.ErrnoException).code ?? String(err)));
  }
}
