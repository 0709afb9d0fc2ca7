/** Which files the browser preview opens. Kept apart from the host so the pane can use it without loading
 * exceljs. (The downloaded copy's name is the pane's: model/download.ts.) */

/** True for names the preview accepts: .xlsx only (an .xls or .xlsm is refused with a clear message). */
export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name.trim());
}
