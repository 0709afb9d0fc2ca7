/** Names of the files the browser preview offers for download. Kept apart from the host so the pane can
 * use it without loading exceljs. */

/** "piano.xlsx" -> "piano-valutato.xlsx"; a name without .xlsx keeps its whole text as the base. */
export function scoredFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, "").trim() || "cartella";
  return `${base}-valutato.xlsx`;
}

/** True for names the preview accepts: .xlsx only (an .xls or .xlsm is refused with a clear message). */
export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name.trim());
}
