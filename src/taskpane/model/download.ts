/**
 * The name of the workbook the preview offers for download, after what it now holds: scored by a run,
 * put back as it was by «Annulla ultimo calcolo», or changed otherwise (settings saved, print layout set)
 * without results written. The words come from the pane's catalog.
 */
import type { PaneTexts } from "../../i18n/pane";

export type DownloadState = "scored" | "restored" | "edited";

export function downloadName(fileName: string, state: DownloadState, texts: PaneTexts): string {
  const base = fileName.replace(/\.xlsx$/i, "").trim() || texts.preview.defaultBase;
  return `${base}-${texts.preview.suffix[state]}.xlsx`;
}
