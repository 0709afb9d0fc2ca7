import type ExcelJS from "exceljs";

/**
 * A cell covered by a merge (not its top-left): exceljs stores a value written there in the merge's
 * top-left cell, which may be a person's — so the host never writes into one.
 */
export function isCoveredByMerge(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master !== cell;
}
