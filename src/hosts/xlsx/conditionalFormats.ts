/**
 * Conditional formatting on an exceljs Workbook, as Excel keeps it: a list of entries per sheet, each a set of
 * areas (its `sqref`, "J5:J28 L5:L9") and its rules. The plan's rules are «Cell value equal to <text>» (cellIs
 * / equal) with a fill and a font colour, written as a dxf: a solid fill there takes its colour from
 * `bgColor` (Excel's differential formats keep a solid fill's colour as the background, not the pattern).
 * Clearing a rectangle takes its cells out of every entry (an entry left with no cell goes), as Excel's
 * «Clear rules from selected cells» does; copying a rectangle carries the parts of the entries inside it, as
 * Excel's copy of cells does.
 *
 * A plan clears, colours and copies thousands of tables' ranges on a large workbook: the entries of a sheet
 * are read into rectangles once per plan (ConditionalFormats), changed there, and written back once at the
 * end. Changing the `sqref` text at every step made a second run of a 50,000-indicator plan take minutes.
 */
import type ExcelJS from "exceljs";
import type { Rect } from "../../core/grid/types";
import { columnLetter, parseRange } from "../../core/grid/address";
import type { ConditionalFormat, ConditionalRule } from "../../core/write/types";

/** exceljs keeps the entries on the worksheet; its typings only declare the method that adds one. */
interface WithFormattings {
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
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

/** What two entries' rules are compared by: what each compares with and how it colours, in order. */
const rulesKey = (rules: readonly ExcelJS.ConditionalFormattingRule[]): string =>
  JSON.stringify(rules.map((r) => ({ ...r, priority: undefined, dxfId: undefined })));

/** An entry while a plan is applied: its areas as rectangles (an area we cannot read kept as its text). */
interface Entry {
  /** The entry as the sheet had it (its other properties are kept), or null for one the plan adds. */
  source: ExcelJS.ConditionalFormattingOptions | null;
  rules: ExcelJS.ConditionalFormattingRule[];
  key: string;
  areas: (Rect | string)[];
  changed: boolean;
}

interface SheetEntries {
  entries: Entry[];
  /** The highest rule priority on the sheet: a rule added goes after every one there. */
  priority: number;
}

/** The conditional formats of a workbook while one plan is applied to it; `flush` writes them back. */
export class ConditionalFormats {
  private readonly sheets = new Map<ExcelJS.Worksheet, SheetEntries>();

  private of(ws: ExcelJS.Worksheet): SheetEntries {
    let sheet = this.sheets.get(ws);
    if (sheet === undefined) {
      const list = (ws as unknown as WithFormattings).conditionalFormattings ?? [];
      let priority = 0;
      const entries = list.map((cf): Entry => {
        for (const r of cf.rules) priority = Math.max(priority, r.priority ?? 0);
        return { source: cf, rules: cf.rules, key: rulesKey(cf.rules), areas: areasOf(cf.ref), changed: false };
      });
      sheet = { entries, priority };
      this.sheets.set(ws, sheet);
    }
    return sheet;
  }

  /** The rules' cells inside `cut` no longer carry them; entries left with no cell are removed. */
  remove(ws: ExcelJS.Worksheet, cut: Rect): void {
    // A sheet without rules needs no reading.
    const known = this.sheets.get(ws);
    if (known === undefined && !(ws as unknown as WithFormattings).conditionalFormattings?.length) return;
    const sheet = known ?? this.of(ws);
    for (const e of sheet.entries) {
      if (!e.areas.some((a) => typeof a !== "string" && intersection(a, cut) !== null)) continue;
      e.areas = e.areas.flatMap((a): (Rect | string)[] => (typeof a === "string" ? [a] : subtractRect(a, cut)));
      e.changed = true;
    }
  }

  /**
   * Areas with their rules, after every rule the sheet already has (the first rule given first). When the
   * sheet's last entry has the very same rules (the Stato column of the table above), the areas join that
   * entry: a file then holds one entry and one set of differential formats per sheet, not one per table
   * (thousands, on a large plan, each a format of its own in styles.xml). Nothing lies between that entry and
   * the new areas in the order of the rules, so the cells are coloured as two entries would colour them.
   */
  private add(ws: ExcelJS.Worksheet, areas: Rect[], rules: ExcelJS.ConditionalFormattingRule[]): void {
    const sheet = this.of(ws);
    const key = rulesKey(rules);
    const last = sheet.entries[sheet.entries.length - 1];
    if (last !== undefined && last.key === key) {
      last.areas.push(...areas);
      last.changed = true;
      return;
    }
    const numbered = rules.map((r) => ({ ...r, priority: ++sheet.priority }));
    sheet.entries.push({ source: null, rules: numbered, key, areas, changed: true });
  }

  /** The plan's rules on their range. */
  addFormat(ws: ExcelJS.Worksheet, format: ConditionalFormat): void {
    if (format.rules.length === 0) return;
    this.add(
      ws,
      [format.range],
      format.rules.map((rule) => cellIsRule(rule, 0)),
    );
  }

  /**
   * The parts of `from`'s entries inside `rect`, moved by the offset to (toRow, toCol) on `to`, whose own rules
   * in the target rectangle go first (a paste replaces the formats it lands on). The rules' formulas are kept
   * word for word: the plan's are constants, which no move changes.
   */
  copy(from: ExcelJS.Worksheet, rect: Rect, to: ExcelJS.Worksheet, toRow: number, toCol: number): void {
    const dr = toRow - rect.top;
    const dc = toCol - rect.left;
    const pieces: { areas: Rect[]; rules: ExcelJS.ConditionalFormattingRule[] }[] = [];
    for (const e of this.of(from).entries) {
      const areas: Rect[] = [];
      for (const a of e.areas) {
        const inside = typeof a === "string" ? null : intersection(a, rect);
        if (inside)
          areas.push({
            top: inside.top + dr,
            bottom: inside.bottom + dr,
            left: inside.left + dc,
            right: inside.right + dc,
          });
      }
      if (areas.length > 0) pieces.push({ areas, rules: e.rules });
    }
    this.remove(to, {
      top: toRow,
      left: toCol,
      bottom: toRow + rect.bottom - rect.top,
      right: toCol + rect.right - rect.left,
    });
    // A deep copy: two entries must not share rule objects (exceljs assigns dxf ids on them when saving).
    for (const p of pieces)
      this.add(to, p.areas, JSON.parse(JSON.stringify(p.rules)) as ExcelJS.ConditionalFormattingRule[]);
  }

  /** The entries back on their sheets: a changed one with its new areas, one left with none gone. */
  flush(): void {
    for (const [ws, sheet] of this.sheets) {
      if (!sheet.entries.some((e) => e.changed || e.areas.length === 0)) continue;
      const list: ExcelJS.ConditionalFormattingOptions[] = [];
      for (const e of sheet.entries) {
        if (e.areas.length === 0) continue;
        if (!e.changed && e.source !== null) {
          list.push(e.source);
          continue;
        }
        const ref = e.areas.map((a) => (typeof a === "string" ? a : rectRef(a))).join(" ");
        list.push(e.source !== null ? { ...e.source, ref } : { ref, rules: e.rules });
      }
      (ws as unknown as WithFormattings).conditionalFormattings = list;
    }
    this.sheets.clear();
  }
}
