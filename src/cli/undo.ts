/**
 * `cruscotto undo <workbook.xlsx> [-o out.xlsx] [--in-place]`: puts the workbook back as it was before the
 * last `score` (or the pane's "Calcola e scrivi"), from the undo log that run kept in the workbook.
 * Exit 0, or 2 with one Italian sentence: nothing to undo, a protected sheet, an unusable file.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { planUndo } from "../core/undo";
import { applyWritePlan, readWorkbookGrid, saveXlsxAtomic } from "../hosts/xlsx";
import { CLI_TEXTS } from "../i18n/labels";
import { EXIT_OK, failure, type Io } from "./commands";
import { openWorkbook, UnusableInput } from "./input";

export interface UndoOptions {
  output?: string;
  inPlace?: boolean;
}

export const UNDO_TEXTS = {
  nothing: (p: string) => `Nulla da annullare in «${p}»: la cartella di lavoro non contiene un calcolo del Cruscotto da annullare.`,
  protectedSheet: (sheet: string) => `Il foglio «${sheet}» è protetto: non è stato annullato nulla. Rimuovere la protezione e riprovare.`,
  done: (p: string) => `Ultimo calcolo annullato: cartella di lavoro scritta in ${p}`,
};

export function defaultUndoOutputPath(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-annullato${parsed.ext || ".xlsx"}`);
}

export async function undoCommand(input: string, options: UndoOptions, io: Io): Promise<number> {
  const texts = CLI_TEXTS.it;
  try {
    const output = options.inPlace ? input : options.output ?? defaultUndoOutputPath(input);
    if (!options.inPlace && path.resolve(output) === path.resolve(input)) throw new UnusableInput(texts.sameAsInput);
    const workbook = await openWorkbook(input, texts);
    const undo = planUndo(readWorkbookGrid(workbook));
    if (!undo) throw new UnusableInput(UNDO_TEXTS.nothing(input));
    const locked = undo.diagnostics.find((d) => d.code === "SHEET_PROTECTED");
    if (locked) throw new UnusableInput(UNDO_TEXTS.protectedSheet(locked.sheet));
    applyWritePlan(workbook, undo.writePlan);
    try {
      await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
      await saveXlsxAtomic(workbook, output);
    } catch (err) {
      throw new UnusableInput(texts.cannotWrite(output, (err as NodeJS.ErrnoException).code ?? String(err)));
    }
    io.out(UNDO_TEXTS.done(output));
    return EXIT_OK;
  } catch (err) {
    return failure(err, io);
  }
}
