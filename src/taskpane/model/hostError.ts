/** Any failure of an action, as the sentence the pane shows: host errors by code, others as unknown. */
import { HostError, type HostErrorCode } from "../../hosts/types";
import { isWorkbookTooCostly } from "../../hosts/xlsx/package/types";
import type { PaneTexts } from "../../i18n/pane";

/** Sentences that cannot tell the person what went wrong: Excel's code goes with them, for whoever helps. */
const NAMES_CODE: ReadonlySet<HostErrorCode> = new Set<HostErrorCode>(["invalid", "general", "unknown"]);

function sentence(code: HostErrorCode, hostCode: string | undefined, texts: PaneTexts): string {
  const text = texts.hostErrors[code];
  return hostCode && NAMES_CODE.has(code) ? `${text} ${texts.hostCode(hostCode)}` : text;
}

export function errorText(err: unknown, texts: PaneTexts): string {
  if (err instanceof HostError) {
    const text = sentence(err.code, err.hostCode, texts);
    // A write that stopped half-way: say whether the workbook is as before, or how to make it so.
    if (err.recovery === "undo") return `${text} ${texts.undo.needsUndo}`;
    if (err.recovery === "rolled_back") return `${text} ${texts.undo.rolledBack}`;
    return text;
  }
  // A HostError from another bundle copy fails instanceof but keeps its shape.
  if (err instanceof Error && err.name === "HostError" && "code" in err) {
    const code = (err as { code: unknown }).code;
    const hostCode = (err as { hostCode?: unknown }).hostCode;
    if (typeof code === "string" && code in texts.hostErrors) {
      return sentence(code as HostErrorCode, typeof hostCode === "string" ? hostCode : undefined, texts);
    }
  }
  // The library's own words (English, technical) stay out of the sentence: see technicalDetail.
  return texts.hostErrors.unknown;
}

/**
 * The library's or the host's own text of a failure, for a «Dettagli tecnici» disclosure under the pane's
 * sentence (whoever helps the person may need it); null for a HostError, whose sentence says it all.
 */
export function technicalDetail(err: unknown): string | null {
  if (err instanceof HostError || (err instanceof Error && err.name === "HostError")) return null;
  const text = err instanceof Error ? err.message : String(err);
  return text.trim() === "" ? null : text;
}

/** Why the preview could not open a file: for a workbook past the read budget, the CLI's own sentence. */
export function openErrorText(err: unknown, fileName: string, texts: PaneTexts): string {
  if (isWorkbookTooCostly(err)) return texts.preview.tooCostly(fileName);
  return texts.preview.cannotOpen(fileName);
}
