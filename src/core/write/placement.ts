/**
 * Where each table's owned columns go: right of the table (after its Consuntivo and the officers' columns a
 * run creates — Consuntivo, Motivazione scostamento, Neutralizzato — when missing), back where a previous run
 * put them when still free, shifted right past anything a person wrote, and aligned across the blocks of a
 * sheet that share a layout.
 */
import type { TableBlock } from "../model/types";
import type { Rect } from "../grid/types";
import { consuntivoHeader } from "./labels";
import { isEmptyValue, type SheetView } from "./sheetView";

/** Raggiungimento, Stato, Note. */
export const OWNED_WIDTH = 3;
/** Excel's last column (XFD), 0-based. */
const MAX_COL = 16383;
/** Alignment is worth a few empty columns, not a table pushed far away. */
const MAX_ALIGN_SHIFT = 12;
const MAX_ALIGN_ROUNDS = 64;

/**
 * The officers' columns a run may create, header only, in this order: they are the officers' own from then on
 * (the recogniser reads them, no run clears them; undo of the run that created them removes them).
 */
export type CreatedColumn = "consuntivo" | "motivazione" | "neutralizzato";

export interface CreatedAt {
  column: CreatedColumn;
  /** Column of its header on the block's header row. */
  col: number;
}

export interface BlockLayout {
  block: TableBlock;
  /** First and last worksheet rows of the owned rectangle (header row to last data row). */
  top: number;
  bottom: number;
  /** The officers' columns this run creates for the block (their headers), in order; empty when none. */
  created: CreatedAt[];
  /** Raggiungimento column; Stato and Note follow it. */
  ownedLeft: number;
  /** Where the owned columns would be without collisions. */
  base: number;
  /**
   * Set when a person's cells kept a column from its natural place (OWNED_COLUMN_MOVED): the first
   * displaced column, and which it is (a created officers' column, else Raggiungimento). Not set for a
   * block moved only to align with the others.
   */
  moved: { col: number; column: CreatedColumn | "owned" } | null;
}

export function ownedRect(l: Pick<BlockLayout, "top" | "bottom" | "ownedLeft">): Rect {
  return { top: l.top, bottom: l.bottom, left: l.ownedLeft, right: l.ownedLeft + OWNED_WIDTH - 1 };
}

interface Shape {
  block: TableBlock;
  top: number;
  bottom: number;
  /** The officers' columns to create, in order. */
  create: CreatedColumn[];
  /**
   * none: nothing to create. adjacent: created right of the table (where the recogniser will find them next
   * time). travel: those columns are a person's, so they go just left of the owned columns.
   */
  mode: "none" | "adjacent" | "travel";
  /** First created column when adjacent. */
  createdLeft: number | null;
  /** A Consuntivo a previous run had to create away from the table: still displaced, still reported. */
  detached: number | null;
  base: number;
}

const fold = (s: string): string => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

function isConsuntivoHeader(v: unknown, block: TableBlock, year: number): boolean {
  if (typeof v !== "string") return false;
  const f = fold(v);
  return f === fold(consuntivoHeader(block.kind, year)) || f === "consuntivo";
}

/**
 * The last column of the header row as a person sees it: header cells written right of the table
 * (a person's own column, or one the recogniser left out) belong to it, so the owned columns go after
 * them. Every run computes this the same way, whatever the recogniser decided, which keeps the
 * placement, and its diagnostics, identical on a rerun.
 */
function extendOverHeaders(
  view: SheetView,
  block: TableBlock,
  from: number,
  year: number,
  stopAtConsuntivo: boolean,
): number {
  let c = from;
  while (c + 1 <= MAX_COL) {
    const v = view.value(block.headerRow, c + 1);
    if (isEmptyValue(v) || view.previous.contains(block.headerRow, c + 1)) break;
    if (stopAtConsuntivo && isConsuntivoHeader(v, block, year)) break;
    c++;
  }
  return c;
}

/**
 * The Consuntivo header a previous run created, should the recogniser not have taken it as the table's
 * actual column: right of the table, or between the table and the owned range a previous run recorded
 * on this header row (where it went when the column next to the table was a person's). Seen here, it is
 * not created twice and not mistaken for a person's cell in the way.
 */
function createdConsuntivoCol(
  view: SheetView,
  block: TableBlock,
  lastCol: number,
  year: number,
  previous: readonly Rect[],
): number | null {
  if (isConsuntivoHeader(view.value(block.headerRow, lastCol + 1), block, year)) return lastCol + 1;
  let found: number | null = null;
  for (const p of previous) {
    if (p.top !== block.headerRow) continue;
    for (let c = lastCol + 2; c < p.left && (found === null || c < found); c++) {
      if (isConsuntivoHeader(view.value(block.headerRow, c), block, year)) found = c;
    }
  }
  return found;
}

function shapeOf(
  view: SheetView,
  block: TableBlock,
  year: number,
  previous: readonly Rect[],
  wanted: readonly CreatedColumn[],
): Shape {
  const top = block.headerRow;
  const bottom = Math.max(block.headerRow, block.lastRow);
  const c = block.columns;
  const tableLast = Math.max(block.lastCol, c.actual ?? -1, c.justification ?? -1, c.neutralised ?? -1);
  const create: CreatedColumn[] = [];
  let lastCol: number;
  let detached: number | null = null;
  if (c.actual !== undefined) lastCol = extendOverHeaders(view, block, tableLast, year, false);
  else {
    const edge = extendOverHeaders(view, block, tableLast, year, true);
    const found = createdConsuntivoCol(view, block, edge, year, previous);
    if (found !== null) {
      detached = found > edge + 1 ? found : null;
      lastCol = extendOverHeaders(view, block, found, year, false);
    } else {
      lastCol = edge;
      create.push("consuntivo");
    }
  }
  for (const w of wanted) create.push(w);
  // Each shape is one object literal: spreading a shared part into it cost more than the rest of the placement.
  const shape = (mode: Shape["mode"], createdLeft: number | null, base: number): Shape => ({
    block,
    top,
    bottom,
    create,
    detached,
    mode,
    createdLeft,
    base,
  });
  if (create.length === 0) return shape("none", null, lastCol + 1);
  const adjacent = { top, bottom, left: lastCol + 1, right: lastCol + create.length };
  const base = extendOverHeaders(view, block, adjacent.right, year, false) + 1;
  if (view.isRectFree(adjacent)) return shape("adjacent", adjacent.left, base);
  return shape("travel", null, base);
}

function fits(view: SheetView, s: Shape, left: number): boolean {
  if (left + OWNED_WIDTH - 1 > MAX_COL) return false;
  if (!view.isRectFree({ top: s.top, bottom: s.bottom, left, right: left + OWNED_WIDTH - 1 })) return false;
  if (s.mode !== "travel") return true;
  const k = s.create.length;
  return left - k >= 0 && view.isRectFree({ top: s.top, bottom: s.bottom, left: left - k, right: left - 1 });
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
  for (const c of l.created) view.claimed.add({ top: l.top, bottom: l.bottom, left: c.col, right: c.col });
}

/** The left column of the range a previous run owned on this block's header row, if it still fits. */
function previousPlace(view: SheetView, s: Shape, previous: readonly Rect[]): number | null {
  let best: number | null = null;
  for (const p of previous) {
    if (p.top !== s.top || p.left < s.base || p.right - p.left + 1 !== OWNED_WIDTH) continue;
    if ((best === null || p.left < best) && fits(view, s, p.left)) best = p.left;
  }
  return best;
}

/**
 * Places the blocks of one sheet. A block goes back where a previous run put it when that place is
 * still free (so a rerun gives the same workbook, and people find the columns where they left them).
 * The others: blocks with the same natural position form a group placed at one common column when
 * possible (the sheet then reads as one table); otherwise each goes to its own first fit.
 * `wanted` names the officers' columns a block (at its position in `blocks`) should get besides a missing
 * Consuntivo (none by default).
 * Returns one layout per block given, in their order; null for a block that fits nowhere.
 */
export function placeSheetBlocks(
  view: SheetView,
  blocks: readonly TableBlock[],
  year: number,
  previous: readonly Rect[] = [],
  wanted: (block: TableBlock, position: number) => readonly CreatedColumn[] = () => [],
): (BlockLayout | null)[] {
  // Shapes, and what is decided of them, by the block's position in `blocks` (no map keyed by objects).
  const shapes = blocks.map((b, k) => shapeOf(view, b, year, previous, wanted(b, k)));
  // Decided before anything is claimed: would the block fit where it naturally belongs?
  const fitsAtBase = shapes.map((s) => fits(view, s, s.base));
  const placed = new Array<BlockLayout | null>(shapes.length).fill(null);
  const place = (i: number, left: number): void => {
    const s = shapes[i];
    const createdLeft = s.mode === "travel" ? left - s.create.length : s.createdLeft;
    const created = createdLeft === null ? [] : s.create.map((column, k) => ({ column, col: createdLeft + k }));
    const l: BlockLayout = {
      block: s.block,
      top: s.top,
      bottom: s.bottom,
      created,
      ownedLeft: left,
      base: s.base,
      moved:
        s.mode === "travel"
          ? { col: left - s.create.length, column: s.create[0] }
          : s.detached !== null
            ? { col: s.detached, column: "consuntivo" }
            : left !== s.base && !fitsAtBase[i]
              ? { col: left, column: "owned" }
              : null,
    };
    // Claimed one by one: later blocks must see it.
    claim(view, l);
    placed[i] = l;
  };
  const fresh: number[] = [];
  shapes.forEach((s, i) => {
    const left = previousPlace(view, s, previous);
    if (left !== null) place(i, left);
    else fresh.push(i);
  });
  // Blocks alike but for a Motivazione or Neutralizzato created on some of them share a group: the others
  // leave that column empty, so the sheet still reads as one table, and a Motivazione created there later
  // leaves the owned columns where they are.
  const groups = new Map<number, number[]>();
  for (const i of fresh) {
    const s = shapes[i];
    const key = s.base - s.create.filter((c) => c !== "consuntivo").length;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  for (const group of groups.values()) {
    const members = group.map((i) => shapes[i]);
    const common = commonFit(view, members, Math.max(...members.map((s) => s.base)));
    for (const i of group) {
      const s = shapes[i];
      const left = common !== null && fits(view, s, common) ? common : firstFit(view, s, s.base);
      if (left !== null) place(i, left);
    }
  }
  return placed;
}
