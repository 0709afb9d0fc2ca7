/**
 * `cruscotto undo <workbook.xlsx> [-o out.xlsx] [--in-place] [--lang it|en]`: puts the workbook back as it
 * was before the last `score` (or the pane's "Calcola e scrivi"), from the undo log that run kept in the
 * workbook. Exit 0, or 2 with one sentence: nothing to undo, a protected sheet, an unusable file.
 */
import * as path from "node:path";
import { planUndo } from "../core/undo";
import { applyWritePlan, readWorkbookGrid } from "../hosts/xlsx";
import { CLI_HELP_TEXTS } from "../i18n/cli";
import { CLI_TEXTS } from "../i18n/labels";
import type { Lang } from "../i18n/messages";
import { writeOutput } from "./atomicWrite";
import { EXIT_OK, refuseSameAsInput, runCommand, type Io } from "./commands";
import { openWorkbook, UnusableInput } from "./input";
import { saveWorkbook } from "./saveWorkbook";

export interface UndoOptions {
  output?: string;
  inPlace?: boolean;
  lang?: Lang;
}

export function defaultUndoOutputPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-annullato${parsed.ext || ".xlsx"}`);
}

export function undoCommand(input: string, options: UndoOptions, io: Io): Promise<number> {
  const lang = options.lang ?? "it";
  const texts = CLI_TEXTS[lang];
  const undoTexts = CLI_HELP_TEXTS[lang].undo;
  return runCommand(lang, io, async () => {
    const output = options.inPlace ? input : (options.output ?? defaultUndoOutputPath(input));
    if (!options.inPlace) refuseSameAsInput(input, output, texts);
    const workbook = await openWorkbook(input, texts);
    const undo = planUndo(readWorkbookGrid(workbook));
    if (!undo) throw new UnusableInput(undoTexts.nothing(input));
    const locked = undo.diagnostics.find((d) => d.code === "SHEET_PROTECTED");
    if (locked) throw new UnusableInput(undoTexts.protectedSheet(locked.sheet));
    applyWritePlan(workbook, undo.writePlan);
    await writeOutput(output, (tmp) => saveWorkbook(workbook, tmp), texts);
    io.out(undoTexts.done(output));
    return EXIT_OK;
  });
}
