/** The undo log's pure parts: blocks as a stack, incomplete blocks never undone, the plans built from them. */
import type { Grid, WorkbookGrid } from "../../../../src/core/grid/types";
import type { WritePlan } from "../../../../src/core/write/types";
import { planParts, undoLogOf, writePlan, type PlanParts } from "../../../../src/core/write/steps";
import {
  BLOCK_MARKER,
  UNDO_NAME,
  UNDO_SHEET_NAME,
  discardBlockPlan,
  hasUndo,
  parseBlocks,
  planUndo,
  recordUndo,
  rollbackPlan,
  withoutUndoLog,
} from "../../../../src/core/undo";
import { LOG_TITLE } from "../../../../src/core/undo/log";

const grid = (name: string, values: Grid["values"]): Grid => ({ name, values, formats: [], merges: [] });
/** A log sheet as the hosts read it: very hidden. */
const logGrid = (values: Grid["values"]): Grid => ({
  ...grid(UNDO_SHEET_NAME, values),
  hidden: true,
  veryHidden: true,
});

const plan = (over: PlanParts = {}): WritePlan =>
  writePlan({
    removeNames: ["CP_OWN_1"],
    clears: [{ sheet: "Unità", top: 2, left: 5, bottom: 6, right: 7 }],
    sheets: [{ name: "Riepilogo 2022", replace: false }],
    cells: [
      { sheet: "Unità", row: 2, col: 5, value: "Raggiungimento" },
      { sheet: "Unità", row: 1, col: 4, value: "Consuntivo 2022" }, // outside the clear: backed up on its own
      { sheet: "Riepilogo 2022", row: 0, col: 0, value: "Riepilogo" },
    ],
    setNames: [{ name: "CP_OWN_1", sheet: "Unità", range: "$F$3:$H$7" }],
    ...over,
  });

/** The plan's undo block (the tests' plans all keep one). */
const logOf = (p: WritePlan) => undoLogOf(p)!;

/** The log sheet as a host would read it back after applying `p` (cells only; copies stay empty here). */
function logAfter(p: WritePlan, before?: Grid): Grid {
  const values = before ? before.values.map((r) => [...r]) : [];
  const log = undoLogOf(p);
  for (const c of [...(log?.cells ?? []), ...(log?.header ?? [])]) {
    while (values.length <= c.row) values.push([]);
    values[c.row][c.col] = c.value;
  }
  return logGrid(values);
}

const workbook: WorkbookGrid = {
  sheets: [grid("Unità", [["Obiettivo", "Indicatore"]])],
  names: [{ name: "CP_OWN_1", sheet: "Unità", range: "$F$3:$H$5" }],
};

describe("recordUndo", () => {
  it("creates the log, backs up every changed rectangle first, and records sheets and names", () => {
    const p = recordUndo(workbook, plan());
    expect(logOf(p).create).toBe(true);
    expect(logOf(p).backups.map((b) => [b.from.sheet, b.from.top, b.from.left, b.from.bottom, b.from.right])).toEqual([
      ["Unità", 2, 5, 6, 7],
      ["Unità", 1, 4, 1, 4],
    ]);
    expect(planParts(p).setNames).toContainEqual({ name: UNDO_NAME, sheet: UNDO_SHEET_NAME, range: "$A$1" });
    const [block] = parseBlocks(logAfter(p));
    expect(block.entries.map((e) => e.kind).sort()).toEqual([
      "backup",
      "backup",
      "name_removed",
      "name_set",
      "sheet_created",
    ]);
    // The header is written last, apart from the entries.
    expect(logOf(p).header.at(-1)?.col).toBe(5);
    expect(logOf(p).header.find((c) => c.value === BLOCK_MARKER)?.row).toBe(1);
    expect(logOf(p).cells.some((c) => c.value === BLOCK_MARKER)).toBe(false);
  });

  it("stacks a second block after the first, even where the first ends in empty copies", () => {
    const first = recordUndo(workbook, plan());
    const log = logAfter(first);
    const second = recordUndo({ sheets: [...workbook.sheets, log], names: workbook.names }, plan({ sheets: [] }));
    expect(logOf(second).create).toBe(false);
    const blocks = parseBlocks(logAfter(second, log));
    expect(blocks.map((b) => b.n)).toEqual([1, 2]);
    expect(blocks[1].top).toBe(blocks[0].top + blocks[0].span);
    // The second block's copies land below the first block's (5 + 1 rows of copies).
    expect(logOf(second).backups[0].toRow).toBeGreaterThanOrEqual(blocks[0].top + blocks[0].span);
  });
});

describe("planUndo", () => {
  it("is null without a log, or with only an incomplete block", () => {
    expect(planUndo(workbook)).toBeNull();
    const p = recordUndo(workbook, plan());
    const noHeader = writePlan({ ...planParts(p), undoLog: { ...logOf(p), header: [] } });
    const broken = logAfter(noHeader);
    expect(parseBlocks(broken)).toEqual([]);
    expect(planUndo({ sheets: [...workbook.sheets, broken], names: [] })).toBeNull();
    expect(hasUndo({ sheets: [...workbook.sheets, broken], names: [] })).toBe(false);
  });

  it("restores copies, names and sheets, and deletes the log with its only block", () => {
    const p = recordUndo(workbook, plan());
    const undo = planUndo({ sheets: [...workbook.sheets, logAfter(p)], names: [] });
    const parts = planParts(undo!.writePlan);
    expect(parts.deleteSheets).toEqual(["Riepilogo 2022", UNDO_SHEET_NAME]);
    expect([...parts.removeNames].sort()).toEqual(["CP_OWN_1", UNDO_NAME]);
    expect(parts.setNames).toEqual([{ name: "CP_OWN_1", sheet: "Unità", range: "$F$3:$H$5" }]);
    expect(parts.restores.map((r) => [r.toSheet, r.toRow, r.toCol, r.from.bottom - r.from.top])).toEqual([
      ["Unità", 2, 5, 4],
      ["Unità", 1, 4, 0],
    ]);
    expect(parts.logClears).toEqual([]);
  });

  it("refuses a protected sheet with a diagnostic", () => {
    const p = recordUndo(workbook, plan());
    const locked = { ...workbook.sheets[0], protected: true };
    expect(planUndo({ sheets: [locked, logAfter(p)], names: [] })?.diagnostics.map((d) => d.code)).toEqual([
      "SHEET_PROTECTED",
    ]);
  });
});

describe("rollback of a run that stopped half-way", () => {
  it("undoes the run's own block, or only removes the log when the block was incomplete", () => {
    const p = recordUndo(workbook, plan());
    expect(planParts(rollbackPlan(p)!).deleteSheets).toEqual(["Riepilogo 2022", UNDO_SHEET_NAME]);
    expect(planParts(discardBlockPlan(p)!)).toMatchObject({
      deleteSheets: [UNDO_SHEET_NAME],
      removeNames: [UNDO_NAME],
    });
    const log = logAfter(p);
    const second = recordUndo({ sheets: [...workbook.sheets, log], names: [] }, plan({ sheets: [] }));
    const top = logOf(second).header.find((c) => c.value === BLOCK_MARKER)!.row;
    expect(planParts(discardBlockPlan(second)!).logClears[0]).toMatchObject({ sheet: UNDO_SHEET_NAME, top });
  });

  it("the engine never sees the log", () => {
    const log = logAfter(recordUndo(workbook, plan()));
    const seen = withoutUndoLog({
      sheets: [...workbook.sheets, log],
      names: [{ name: UNDO_NAME, sheet: UNDO_SHEET_NAME, range: "$A$1" }],
    });
    expect(seen.sheets.map((s) => s.name)).toEqual(["Unità"]);
    expect(seen.names).toEqual([]);
  });
});

describe("the log of a large plan", () => {
  const many = (n: number): WritePlan =>
    writePlan({
      clears: Array.from({ length: n }, (_, i) => ({
        sheet: "Unità",
        top: 3 + i * 30,
        left: 9,
        bottom: 25 + i * 30,
        right: 11,
      })),
      setNames: Array.from({ length: n }, (_, i) => ({
        name: `CP_OWN_${i + 1}`,
        sheet: "Unità",
        range: `$J$${4 + i * 30}:$L$${26 + i * 30}`,
      })),
    });

  it("packs thousands of names and backups into a few rows, each cell within Excel's limit, and reads them back", () => {
    const p = recordUndo(workbook, many(5000));
    const log = logOf(p);
    const rows = new Set(log.cells.map((c) => c.row));
    // Title, 5000 names and 5000 backups: a handful of rows, not 10,000.
    expect(rows.size).toBeLessThan(20);
    for (const c of log.cells) if (typeof c.value === "string") expect(c.value.length).toBeLessThanOrEqual(32_767);
    const [block] = parseBlocks(logAfter(p));
    expect(block.entries.filter((e) => e.kind === "name_set")).toHaveLength(5000);
    const backups = block.entries.flatMap((e) => (e.kind === "backup" ? [e] : []));
    expect(backups).toHaveLength(5000);
    // Every copy lands where its entry says, so undo copies each one back exactly.
    expect(backups.map((b) => [b.logRow, b.logCol])).toEqual(log.backups.map((b) => [b.toRow, b.toCol]));
    // Undo removes every name the run set.
    const undo = planUndo({ sheets: [...workbook.sheets, logAfter(p)], names: [] });
    expect(planParts(undo!.writePlan).removeNames).toEqual(expect.arrayContaining(["CP_OWN_1", "CP_OWN_5000"]));
  });

  it("still reads a log written one row per entry by an earlier version (format 1)", () => {
    const v1 = grid(UNDO_SHEET_NAME, [
      ["title"],
      [BLOCK_MARKER, 1, 5, 8, 3, 1],
      ["name_set", "CP_OWN_1"],
      ["backup", "Unità", 2, 5, 6, 7, 2, 5],
      ["sheet_created", "Riepilogo 2022"],
    ]);
    const [block] = parseBlocks(v1);
    expect(block.entries).toEqual([
      { kind: "name_set", name: "CP_OWN_1" },
      { kind: "backup", sheet: "Unità", rect: { top: 2, left: 5, bottom: 6, right: 7 }, logRow: 2, logCol: 5 },
      { kind: "sheet_created", name: "Riepilogo 2022" },
    ]);
  });
});

describe("a person's sheet named like the log", () => {
  const theirs = grid(UNDO_SHEET_NAME, [
    ["Obiettivo", "Indicatore"],
    ["Ob", "Ind"],
  ]);
  const withTheirs: WorkbookGrid = { sheets: [...workbook.sheets, theirs], names: workbook.names };

  it("is never the log: the log goes to the next free name, and undo finds it by CP_UNDO", () => {
    const p = recordUndo(withTheirs, plan());
    const log = logOf(p);
    expect(log).toMatchObject({ sheet: `${UNDO_SHEET_NAME} (2)`, create: true });
    expect([...log.cells, ...log.header].every((c) => c.sheet === `${UNDO_SHEET_NAME} (2)`)).toBe(true);
    expect(planParts(p).setNames).toContainEqual({ name: UNDO_NAME, sheet: `${UNDO_SHEET_NAME} (2)`, range: "$A$1" });
    const written = { ...logAfter(p), name: `${UNDO_SHEET_NAME} (2)` };
    const after: WorkbookGrid = {
      sheets: [...withTheirs.sheets, written],
      names: [{ name: UNDO_NAME, sheet: written.name, range: "$A$1" }],
    };
    expect(withoutUndoLog(after).sheets.map((s) => s.name)).toEqual(["Unità", UNDO_SHEET_NAME]);
    const undo = planParts(planUndo(after)!.writePlan);
    expect(undo.deleteSheets).toContain(written.name);
    expect(undo.deleteSheets).not.toContain(UNDO_SHEET_NAME);
    expect(undo.restores.every((r) => r.from.sheet === written.name)).toBe(true);
  });

  it("a visible sheet holding the log's title is still a person's", () => {
    const visible = grid(UNDO_SHEET_NAME, [[LOG_TITLE], [BLOCK_MARKER, 1, 2, 8, 1, 2], ["sheet_created", "X"]]);
    expect(hasUndo({ sheets: [visible], names: [] })).toBe(false);
    expect(hasUndo({ sheets: [{ ...visible, hidden: true, veryHidden: true }], names: [] })).toBe(true);
  });
});
