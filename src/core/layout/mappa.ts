/** Mappa strategica rows: each strategic objective's number, name, perspective and missione. */
import type { CellValue } from "../grid/types";
import type { MappaColumns, MappaEntry } from "./draft";
import { parseStrategic } from "./headings";
import { cellText } from "./text";

/** The row's objective; null for a row without one. The number column wins over a number in the name. */
export function readMappaRow(row: CellValue[], cols: MappaColumns): MappaEntry | null {
  const nameText = cellText(row[cols.strategic]);
  if (nameText === "") return null;
  let number: number | null = null;
  let name = nameText;
  if (cols.number !== undefined) {
    const n = Number(cellText(row[cols.number]).replace(/[.\s]/g, ""));
    if (Number.isInteger(n) && n > 0) number = n;
  }
  const ref = parseStrategic(nameText);
  if (ref) {
    number = number ?? ref.number;
    name = ref.name;
  }
  const text = (c: number | undefined): string | null => (c === undefined ? null : cellText(row[c]) || null);
  return { number, name, perspective: text(cols.perspective), missione: text(cols.missione) };
}
