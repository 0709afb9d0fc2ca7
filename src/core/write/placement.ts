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
  /** Column of the Consuntivo header created by this run (left of the owned columns); null when the table has one. */
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
  create: boolean;
  base: number;
}

const fold = (s: string): string => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

/**
 * True when the cell right of the table holds the Consuntivo header a previous run created: the
 * recogniser should have taken it as the table's actual column, but if it did not we must not create
 * a second one (and must not take the person's column for a collision).
 */
function hasCreatedConsuntivo(view: SheetView, block: TableBlock, year: number): boolean {
  const v = view.value(block.headerRow, block.lastCol + 1);
  if (typeof v !== "string") return false;
  const f = fold(v);
  return f === fold(consuntivoHeader(block.kind, year)) || f === "consuntivo";
}

function shapeOf(view: SheetView, block: TableBlock, year: number): Shape {
  const top = block.headerRow;
  const bottom = Math.max(block.headerRow, block.lastRow);
  let lastCol = Math.max(block.lastCol, block.columns.actual ?? -1);
  let create = block.columns.actual === undefined;
  if (create && hasCreatedConsuntivo(view, block, year)) {
    create = false;
    lastCol = block.lastCol + 1;
  }
  return { block, top, bottom, create, base: lastCol + 1 + (create ? 1 : 0) };
}

function fits(view: SheetView, s: Shape, left: number): boolean {
  if (left + OWNED_WIDTH - 1 > MAX_COL) return false;
  if (!view.isRectFree({ top: s.top, bottom: s.bottom, left, right: left + OWNED_WIDTH - 1 })) return false;
  return !s.create || view.isRectFree({ top: s.top, bottom: s.bottom, left: left - 1, right: left - 1 });
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
export function placeSheetBlocks(view: SheetView, blocks: readonly TableBlock[], year: number): BlockLayout[] {
  const shapes = blocks.map((b) => shapeOf(view, b, year));
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
    consuntivoCol: s.create ? left - 1 : null,
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
