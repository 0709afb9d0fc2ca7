/**
 * The fill a cell shows in a written workbook, as Excel would paint it: the first conditional formatting
 * rule «cell value equal to» that matches its value, else its own static fill. Read from the file through
 * exceljs's model of conditional formatting, independently of how the add-in wrote it.
 */
import type ExcelJS from "exceljs";

interface RuleLike {
  type?: string;
  operator?: string;
  formulae?: unknown[];
  style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function inRef(ref: string, row: number, col: number): boolean {
  return ref.split(/\s+/).some((part) => {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(part);
    if (!m) return false;
    const [top, left] = [Number(m[2]), columnIndex(m[1])];
    const [bottom, right] = m[3] ? [Number(m[4]), columnIndex(m[3])] : [top, left];
    return row >= top && row <= bottom && col >= left && col <= right;
  });
}

/** The text a «cell value equal to» rule compares with: its formula's string literal. */
function equalsText(rule: RuleLike): string | null {
  if (rule.type !== "cellIs" || rule.operator !== "equal") return null;
  const f = rule.formulae?.[0];
  if (typeof f !== "string") return null;
  const m = /^"((?:[^"]|"")*)"$/.exec(f.trim());
  return m ? m[1].replace(/""/g, '"') : null;
}

function valueText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v !== null && typeof v === "object" && "result" in (v as object))
    return String((v as { result?: unknown }).result ?? "");
  return v === null || v === undefined ? "" : String(v);
}

/** ARGB of the fill the cell shows, and of its font colour from the same source; null where none. */
export function shownColours(ws: ExcelJS.Worksheet, address: string): { fill: string | null; font: string | null } {
  const cell = ws.getCell(address);
  const text = valueText(cell).toLowerCase();
  const formats = (ws as unknown as { conditionalFormattings?: Array<{ ref: string; rules: RuleLike[] }> })
    .conditionalFormattings;
  for (const cf of formats ?? []) {
    if (!inRef(cf.ref, Number(cell.row), Number(cell.col))) continue;
    for (const rule of cf.rules) {
      const equals = equalsText(rule);
      if (equals === null || equals.toLowerCase() !== text) continue;
      const fill = rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb ?? null;
      return { fill, font: rule.style?.font?.color?.argb ?? null };
    }
  }
  const fill = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
  return { fill, font: cell.font?.color?.argb ?? null };
}
