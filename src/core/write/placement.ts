/**
 * Where each table's owned columns go: right of the table (after its Consuntivo, created when missing),
 * shifted right past anything a person wrote, and aligned across the blocks of a sheet that share a layout.
 */
import type { TableBlock } from "../model/types";
import type { Rect } from "../grid/types";
import { consuntivoHeader } from "./labels";
import type { SheetView } from "./sheetView";

/** Raggiungimento, Stato, Note. */
export const OWNED_WIDTH = 3;
/** Excel's last column (XFD), 0-based. */
const MAX_COL = 16383;
/** Alignment is worth a few empty columns, not a table pushed far away. */
const MAX_ALIGN_SHIFT = 12;
const MAX_ALIGN_ROUNDS = 64;

export interface BlockLayout {
  block: TableBlock;
  /** First and last worksheet rows of the owned rectangle (header row to last data row). */
  top: number;
  bottom: number;
  /** Column of the Consuntivo header created by this run; null when the table has one. */
  consuntivoCol: number | null;
  /** Raggiungimento column; Stato and Note follow it. */
  ownedLeft: number;
  /** Where the owned columns would be without collisions. */
  base: number;
}

export function ownedRect(l: Pick<BlockLayout, "top" | "bottom" | "ownedLeft">): Rect {
  return { top: l.top, bottom: l.bottom, left: l.ownedLeft, right: l.ownedLeft + OWNED_WIDTH - 1 };
}

interface Shape {
  block: TableBlock;
  top: number;
  bottom: number;
  /**
   * none: the table has its Consuntivo. adjacent: created right of the table (where the recogniser will
   * find it next time). travel: that column is a person's, so it goes just left of the owned columns.
   */
  consuntivo: "none" | "adjacent" | "travel";
  /** Column of the Consuntivo header when adjacent. */
  consuntivoCol: number | null;
  base: number;
}

const fold = (s: string): string => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

function isConsuntivoHeader(v: unknown, block: TableBlock, year: number): boolean {
  if (typeof v !== "string") return false;
  const f = fold(v);
  return f === fold(consuntivoHeader(block.kind, year)) || f === "consuntivo";
}

/**
 * The Consuntivo header a previous run created, should the recogniser not have taken it as the table's
 * actual column: right of the table, or just left of the owned range that run recorded on this header
 * row. Seen here, it is not created twice and not mistaken for a person's cell in the way.
 */
function createdConsuntivoCol(view: SheetView, block: TableBlock, year: number, previous: readonly Rect[]): number | null {
  if (isConsuntivoHeader(view.value(block.headerRow, block.lastCol + 1), block, year)) return block.lastCol + 1;
  for (const p of previous) {
    if (p.top !== block.headerRow || p.left - 1 <= block.lastCol) continue;
    if (isConsuntivoHeader(view.value(block.headerRow, p.left - 1), block, year)) return p.left - 1;
  }
  return null;
}

function shapeOf(view: SheetView, block: TableBlock, year: number, previous: readonly Rect[]): Shape {
  const top = block.headerRow;
  const bottom = Math.max(block.headerRow, block.lastRow);
  const lastCol = Math.max(block.lastCol, block.columns.actual ?? -1);
  if (block.columns.actual !== undefined) return { block, top, bottom, consuntivo: "none", consuntivoCol: null, base: lastCol + 1 };
  const created = createdConsuntivoCol(view, block, year, previous);
  if (created !== null) return { block, top, bottom, consuntivo: "none", consuntivoCol: null, base: created + 1 };
  const adjacent = lastCol + 1;
  if (view.isRectFree({ top, bottom, left: adjacent, right: adjacent })) {
    return { block, top, bottom, consuntivo: "adjacent", consuntivoCol: adjacent, base: adjacent + 1 };
  }
  return { block, top, bottom, consuntivo: "travel", consuntivoCol: null, base: adjacent + 1 };
}

function fits(view: SheetView, s: Shape, left: number): boolean {
  if (left + OWNED_WIDTH - 1 > MAX_COL) return false;
  if (!view.isRectFree({ top: s.top, bottom: s.bottom, left, right: left + OWNED_WIDTH - 1 })) return false;
  return s.consuntivo !== "travel" || view.isRectFree({ top: s.top, bottom: s.bottom, left: left - 1, right: left - 1 });
}

function firstFit(view: SheetView, s: Shape, from: number): number | null {
  for (let left = from; left + OWNED_WIDTH - 1 <= MAX_COL; left++) if (fits(view, s, left)) return left;
  return null;
}

/** The smallest column at or right of the base where every block of the group fits; null if too far. */
function commonFit(view: SheetView, group: Shape[], base: number): number | null {
  let left = base;
  for (let round = 0; round < MAX_ALIGN_ROUNDS; round++) {
    if (left - base > MAX_ALIGN_SHIFT) return null;
    const failing = group.find((s) => !fits(view, s, left));
    if (!failing) return left;
    const next = firstFit(view, failing, left + 1);
    if (next === null) return null;
    left = next;
  }
  return null;
}

function claim(view: SheetView, l: BlockLayout): void {
  view.claimed.add(ownedRect(l));
  if (l.consuntivoCol !== null) view.claimed.add({ top: l.top, bottom: l.bottom, left: l.consuntivoCol, right: l.consuntivoCol });
}

/**
 * Places the blocks of one sheet. Blocks with the same natural position form a group placed at one
 * common column when possible (the sheet then reads as one table); otherwise each goes to its own first fit.
 * Returns layouts in the order of the blocks given; a block that fits nowhere is left out.
 */
export function placeSheetBlocks(view: SheetView, blocks: readonly TableBlock[], year: number, previous: readonly Rect[] = []): BlockLayout[] {
  const shapes = blocks.map((b) => shapeOf(view, b, year, previous));
  const groups = new Map<number, Shape[]>();
  for (const s of shapes) {
    const g = groups.get(s.base);
    if (g) g.push(s);
    else groups.set(s.base, [s]);
  }
  const placed = new Map<Shape, BlockLayout>();
  const layoutAt = (s: Shape, left: number): BlockLayout => ({
    block: s.block,
    top: s.top,
    bottom: s.bottom,
    consuntivoCol: s.consuntivo === "travel" ? left - 1 : s.consuntivoCol,
    ownedLeft: left,
    base: s.base,
  });
  for (const [base, group] of groups) {
    const common = commonFit(view, group, base);
    for (const s of group) {
      const left = common ?? firstFit(view, s, base);
      if (left === null) continue;
      const l = layoutAt(s, left);
      // Claimed one by one: blocks of a group have disjoint rows, but a lone fallback must see the others.
      claim(view, l);
      placed.set(s, l);
    }
  }
  const out: BlockLayout[] = [];
  for (const s of shapes) {
    const l = placed.get(s);
    if (l) out.push(l);
  }
  return out;
}
