/** Any failure of an action, as the sentence the pane shows: host errors by code, others as unknown. */
import { HostError } from "../../hosts/types";
import { isWorkbookTooCostly } from "../../hosts/xlsx/package/types";
import type { PaneTexts } from "../../i18n/pane";

export function errorText(err: unknown, texts: PaneTexts): string {
  if (err instanceof HostError) {
    // A write that stopped half-way: say whether the workbook is as before, or how to make it so.
    if (err.recovery === "undo") return `${texts.hostErrors[err.code]} ${texts.undo.needsUndo}`;
    if (err.recovery === "rolled_back") return `${texts.hostErrors[err.code]} ${texts.undo.rolledBack}`;
    return texts.hostErrors[err.code];
  }
  // A HostError from another bundle copy fails instanceof but keeps its shape.
  if (err instanceof Error && err.name === "HostError" && "code" in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === "string" && code in texts.hostErrors) return texts.hostErrors[code as keyof PaneTexts["hostErrors"]];
  }
  const detail = err instanceof Error ? err.message : String(err);
  return `${texts.hostErrors.unknown} (${detail})`;
}

/** Why the preview could not open a file: for a workbook past the read budget, the CLI's own sentence. */
export function openErrorText(err: unknown, fileName: string, texts: PaneTexts): string {
  if (isWorkbookTooCostly(err)) return texts.preview.tooCostly(fileName);
  return texts.preview.cannotOpen(fileName, err instanceof Error ? err.message : String(err));
}
