/**
 * `cruscotto report`: the PDF for Staff (Relazione sulla Performance, OIV, each Dirigente's scheda).
 * Same exit codes as `score`: 0, 1 when error diagnostics exist (the PDF is still written), 2 when the
 * input or the output cannot be used (one sentence on stderr).
 */
import * as path from "node:path";
import { hasErrors } from "../core/pipeline";
import { buildReportDocument, findEnteName, findUnit } from "../core/document";
import { renderPdf } from "../render/pdf";
import { loadTitilliumFonts } from "../render/pdf/nodeFonts";
import { CLI_HELP_TEXTS } from "../i18n/cli";
import { CLI_TEXTS } from "../i18n/labels";
import type { Lang } from "../i18n/messages";
import { writeOutput } from "./atomicWrite";
import { UnusableInput } from "./input";
import { todayIso } from "./today";
import { analyse, EXIT_ERRORS, EXIT_OK, refuseSameAsInput, runCommand, type Io } from "./commands";

export interface ReportOptions {
  output?: string;
  /** Restrict the schede to one unit (its name as in `cruscotto check`). */
  unit?: string;
  year?: number;
  lang?: Lang;
  /** Date of the run, ISO yyyy-mm-dd (default: today): printed on the cover, and the PDF's dates. */
  date?: string;
}

export function defaultPdfPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-relazione.pdf`);
}

/** The --date option: a real calendar date written yyyy-mm-dd; null otherwise. */
export function readIsoDate(value: string): string | null {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
  return value;
}

export { todayIso } from "./today";

export function reportCommand(input: string, options: ReportOptions, io: Io): Promise<number> {
  const lang = options.lang ?? "it";
  const texts = CLI_TEXTS[lang];
  return runCommand(lang, io, async () => {
    const output = options.output ?? defaultPdfPath(input);
    refuseSameAsInput(input, output, texts);
    const runDate = options.date ?? todayIso();
    const { grid, result } = await analyse(input, { ...options, writes: false, runDate }, io);
    const unit = options.unit === undefined ? null : findUnit(result.plan, options.unit);
    if (options.unit !== undefined && unit === null) {
      throw new UnusableInput(CLI_HELP_TEXTS[lang].report.unknownUnit(options.unit, input));
    }
    const model = buildReportDocument({
      plan: result.plan,
      scorecard: result.scorecard,
      report: result.report,
      settings: result.settings,
      enteName: findEnteName(grid),
      runDate,
      sourceName: path.basename(input),
      unitId: unit?.id ?? null,
      monitoring: result.monitoring,
    });
    io.progress(texts.progress.writing);
    const bytes = await renderPdf(model, await loadTitilliumFonts());
    await writeOutput(output, bytes, texts);
    const outLang = result.settings.lang;
    const counts = (s: string): number => result.diagnostics.filter((d) => d.severity === s).length;
    io.out(CLI_TEXTS[outLang].diagnostics(counts("error"), counts("warning"), counts("info")));
    io.out(CLI_HELP_TEXTS[outLang].report.written(output));
    return hasErrors(result) ? EXIT_ERRORS : EXIT_OK;
  });
}
