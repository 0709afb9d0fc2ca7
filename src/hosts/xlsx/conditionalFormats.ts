/**
 * Conditional formatting on an exceljs Workbook, as Excel keeps it: a list of entries per sheet, each a set of
 * areas (its `sqref`, "J5:J28 L5:L9") and its rules. The plan's rules are «Cell value equal to <text>» (cellIs
 * / equal) with a fill and a font colour, written as a dxf: a solid fill there takes its colour from
 * `bgColor` (Excel's differential formats keep a solid fill's colour as the background, not the pattern).
 * Clearing a rectangle takes its cells out of every entry (an entry left with no cell goes), as Excel's
 * «Clear rules from selected cells» does; copying a rectangle carries the parts of the entries inside it, as
 * Excel's copy of cells does.
 */
import type ExcelJS from "exceljs";
import type { Rect } from "../../core/grid/types";
import { columnLetter, parseRange } from "../../core/grid/address";
import type { ConditionalFormat, ConditionalRule } from "../../core/write/types";

/** exceljs keeps the entries on the worksheet; its typings only declare the method that adds one. */
interface WithFormattings {
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
}

function formattings(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  const holder = ws as unknown as WithFormattings;
  if (!holder.conditionalFormattings) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

const rectRef = (r: Rect): string => {
  const tl = `${columnLetter(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${columnLetter(r.right)}${r.bottom + 1}`;
};

/** "J5:J28 L5" -> its rectangles; an area we cannot read is kept as text by the callers. */
function areasOf(ref: string): (Rect | string)[] {
  return ref
    .split(/\s+/)
    .filter((a) => a.length > 0)
    .map((a) => parseRange(a) ?? a);
}

const intersection = (a: Rect, b: Rect): Rect | null => {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
};

/** What is left of `area` once `cut` is taken out: up to four rectangles (above, below, left, right). */
export function subtractRect(area: Rect, cut: Rect): Rect[] {
  const inner = intersection(area, cut);
  if (!inner) return [area];
  const out: Rect[] = [];
  if (area.top < inner.top) out.push({ ...area, bottom: inner.top - 1 });
  if (inner.bottom < area.bottom) out.push({ ...area, top: inner.bottom + 1 });
  if (area.left < inner.left)
    out.push({ top: inner.top, bottom: inner.bottom, left: area.left, right: inner.left - 1 });
  if (inner.right < area.right)
    out.push({ top: inner.top, bottom: inner.bottom, left: inner.right + 1, right: area.right });
  return out;
}

/** The rules' cells inside `cut` no longer carry them; entries left with no cell are removed. */
export function removeFormatsIn(ws: ExcelJS.Worksheet, cut: Rect): void {
  const holder = ws as unknown as WithFormattings;
  const list = holder.conditionalFormattings;
  if (!list || list.length === 0) return;
  const kept: ExcelJS.ConditionalFormattingOptions[] = [];
  for (const cf of list) {
    const areas = areasOf(cf.ref).flatMap((a) => (typeof a === "string" ? [a] : subtractRect(a, cut).map(rectRef)));
    if (areas.length > 0) kept.push(areas.join(" ") === cf.ref ? cf : { ...cf, ref: areas.join(" ") });
  }
  holder.conditionalFormattings = kept;
}

const nextPriority = (ws: ExcelJS.Worksheet): number =>
  formattings(ws).reduce((n, cf) => cf.rules.reduce((m, r) => Math.max(m, r.priority ?? 0), n), 0) + 1;

const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

/** A text as an Excel formula constant: in double quotes, inner quotes doubled. */
export const textConstant = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function cellIsRule(rule: ConditionalRule, priority: number): ExcelJS.CellIsRuleType {
  return {
    type: "cellIs",
    operator: "equal",
    formulae: [textConstant(rule.equals)],
    priority,
    style: {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
      font: { color: { argb: argb(rule.fontColor) } },
    },
  };
}

/** The same rules, in the same order: what each compares with and how it colours. */
function sameRules(
  a: readonly ExcelJS.ConditionalFormattingRule[],
  b: readonly ExcelJS.ConditionalFormattingRule[],
): boolean {
  const text = (rules: readonly ExcelJS.ConditionalFormattingRule[]): string =>
    JSON.stringify(rules.map((r) => ({ ...r, priority: undefined, dxfId: undefined })));
  return a.length === b.length && text(a) === text(b);
}

/**
 * The plan's rules on their range, after every rule the sheet already has (the first rule given first). When
 * the sheet's last entry has the very same rules (the Stato column of the table above), the range joins that
 * entry's areas: a file then holds one entry and one set of differential formats per sheet, not one per
 * table (thousands, on a large plan, each a format of its own in styles.xml).
 */
export function addConditionalFormat(ws: ExcelJS.Worksheet, format: ConditionalFormat): void {
  if (format.rules.length === 0) return;
  const list = formattings(ws);
  const last = list.length > 0 ? list[list.length - 1] : undefined;
  const base = nextPriority(ws);
  const rules = format.rules.map((rule, i) => cellIsRule(rule, base + i));
  if (last !== undefined && sameRules(last.rules, rules)) {
    list[list.length - 1] = { ...last, ref: `${last.ref} ${rectRef(format.range)}` };
    return;
  }
  ws.addConditionalFormatting({ ref: rectRef(format.range), rules });
}

/**
 * The parts of `from`'s entries inside `rect`, moved by the offset to (toRow, toCol) on `to`, whose own rules
 * in the target rectangle go first (a paste replaces the formats it lands on). The rules' formulas are kept
 * word for word: the plan's are constants, which no move changes.
 */
export function copyFormats(
  from: ExcelJS.Worksheet,
  rect: Rect,
  to: ExcelJS.Worksheet,
  toRow: number,
  toCol: number,
): void {
  const dr = toRow - rect.top;
  const dc = toCol - rect.left;
  const pieces: { refs: string[]; rules: ExcelJS.ConditionalFormattingRule[] }[] = [];
  for (const cf of (from as unknown as WithFormattings).conditionalFormattings ?? []) {
    const refs: string[] = [];
    for (const a of areasOf(cf.ref)) {
      const inside = typeof a === "string" ? null : intersection(a, rect);
      if (inside)
        refs.push(
          rectRef({
            top: inside.top + dr,
            bottom: inside.bottom + dr,
            left: inside.left + dc,
            right: inside.right + dc,
          }),
        );
    }
    if (refs.length > 0) pieces.push({ refs, rules: cf.rules });
  }
  removeFormatsIn(to, {
    top: toRow,
    left: toCol,
    bottom: toRow + rect.bottom - rect.top,
    right: toCol + rect.right - rect.left,
  });
  let priority = nextPriority(to);
  for (const p of pieces) {
    // A deep copy: the two entries must not share rule objects (exceljs assigns dxf ids on them when saving).
    const rules = (JSON.parse(JSON.stringify(p.rules)) as ExcelJS.ConditionalFormattingRule[]).map((r) => ({
      ...r,
      priority: priority++,
    }));
    to.addConditionalFormatting({ ref: p.refs.join(" "), rules });
  }
}
