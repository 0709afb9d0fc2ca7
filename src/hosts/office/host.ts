/// <reference types="office-js" />
/**
 * The Office.js host: the same read/apply/select contract as the exceljs host, over Excel's batched
 * proxies. A whole run costs 2 syncs to read and 1 to write (more only when a write passes 5 MB).
 */
import type { Grid, WorkbookGrid } from "../../core/grid/types";
import type { WritePlan } from "../../core/write/types";
import { HostError, type WorkbookHost } from "../types";
import { toHostError } from "./errors";
import { changedRange, executeChunks } from "./execute";
import { parseAreas, parseRect } from "./addresses";
import type { OfficeOp } from "./writeOps";
import type { Rect } from "../../core/grid/types";
import { readWorkbook } from "./read";
import { DEFAULT_MAX_REQUEST_BYTES } from "./requestSize";
import type { ExcelRun, OfficeHostOptions, OfficeHostStats } from "./types";
import { GroupTooLarge, chunkBytes, planOfficeWrites, type CopiedCells, type KnownFormat } from "./writeOps";
import { changedCell, readCopySources, rollbackFor } from "./undo";
import type { RangeCopy } from "../../core/write/types";
import { undoLogOf } from "../../core/write/steps";
import { copiesOf, lockedSheets, sheetsWritten } from "../../core/write/reach";

export interface OfficeHost extends WorkbookHost {
  /** Syncs and request estimates so far (for the benchmark and the tests). */
  stats(): OfficeHostStats;
  watchChanges(): Promise<boolean>;
}

const containsRect = (outer: Rect, inner: Rect): boolean =>
  inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
const sameRect = (a: Rect, b: Rect): boolean =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

export function createOfficeHost(run: ExcelRun, options: OfficeHostOptions = {}): OfficeHost {
  const supported = options.isSetSupported ?? ((): boolean => false);
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const stats: OfficeHostStats = { readSyncs: 0, applySyncs: 0, applyRequestEstimates: [], rollbackSyncs: 0 };
  /** The grids of the last read: protection and formats the apply relies on without asking again. */
  let lastRead: Map<string, Grid> | null = null;
  /** worksheets.onChanged registered (watchChanges), and whether a person edited since the last read. */
  let watching = false;
  let editedSinceRead = false;
  /** Our own writes raise onChanged too: while applying, the events are ours. */
  let applying = false;
  /**
   * Before ExcelApi 1.14 an event does not say who made the change, and it may arrive after the write it
   * reports has returned — even after the next read. So every range our writes changed waits here for its
   * event: an event inside one of them is ours (the one of the same range settles it). Kept for the last
   * two applies: a person's edit inside a range we wrote is missed only while our event for it is in flight.
   */
  let echoes: { apply: number; sheet: string; rect: Rect }[] = [];
  let applies = 0;
  /** Sheet id -> name, from the last read: events name sheets by id. */
  let sheetIds: ReadonlyMap<string, string> = new Map();
  /** The last read took several bands (a large plan on Excel on the web): the next one starts with them. */
  let readInBands = false;

  function expectEcho(op: OfficeOp): void {
    const changed = changedRange(op);
    const rect = changed ? parseRect(changed.address) : null;
    if (changed && rect) echoes.push({ apply: applies, sheet: changed.sheet, rect });
  }

  /** True when the event reports a person's edit (or one we cannot tell from a person's). */
  function byPerson(args: Excel.WorksheetChangedEventArgs): boolean {
    if (args.triggerSource === "ThisLocalAddin") return false;
    if (applying) return false;
    const sheet = sheetIds.get(args.worksheetId);
    // A sheet the last read did not see holds nothing the plan was computed from (ours, added since).
    if (sheet === undefined) return false;
    const areas = parseAreas(args.address);
    const rect = areas && areas.length === 1 ? parseRect(areas[0].range) : null;
    if (!rect) return true;
    const i = echoes.findIndex((e) => e.sheet === sheet && containsRect(e.rect, rect));
    if (i < 0) return true;
    if (sameRect(echoes[i].rect, rect)) echoes.splice(i, 1);
    return false;
  }
  const copyFrom = (): boolean => supported("ExcelApi", "1.9");

  /**
   * The plan's protected sheets, as the core counts them. The last read knows every sheet there was (one it
   * did not see was not there: a plan only deletes it, which is a no-op); without a read, one sync asks.
   */
  async function protectedSheets(context: Excel.RequestContext, plan: WritePlan): Promise<string[]> {
    const known = lastRead;
    const asked = new Map<string, boolean>();
    const unknown = known ? [] : sheetsWritten(plan);
    if (unknown.length > 0) {
      const checks = unknown.map((name) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(name);
        ws.load("name");
        ws.protection.load("protected");
        return { name, ws };
      });
      await context.sync();
      stats.applySyncs++;
      for (const { name, ws } of checks) asked.set(name, !ws.isNullObject && ws.protection.protected);
    }
    return lockedSheets(plan, (sheet) => asked.get(sheet) ?? known?.get(sheet)?.protected === true);
  }

  function knownFormat(plan: WritePlan): KnownFormat {
    const fresh = new Set(plan.steps.flatMap((step) => (step.kind === "createSheet" ? [step.sheet.name] : [])));
    return (sheet, row, col) => {
      if (fresh.has(sheet)) return undefined;
      const g = lastRead?.get(sheet);
      if (!g || (g.values[row]?.[col] ?? null) === null) return undefined;
      return g.formats[row]?.[col];
    };
  }

  /**
   * A write stopped half-way (Office batches are no transactions): put back what it wrote, in a new batch,
   * from the undo log it wrote first. Returns the error to report, saying whether that worked.
   */
  async function rollBack(plan: WritePlan, cause: HostError): Promise<HostError> {
    if (!undoLogOf(plan)) return cause;
    const rolled = (): void => {
      stats.rollbackSyncs = (stats.rollbackSyncs ?? 0) + 1;
    };
    try {
      await run(async (context) => {
        const back = await rollbackFor(context, plan, rolled);
        if (!back) return;
        const copies = copiesOf(back);
        const copied =
          !copyFrom() && copies.length > 0
            ? await readCopySources(context, copies, rolled)
            : new Map<RangeCopy, CopiedCells>();
        const chunks = planOfficeWrites(back, {
          cellProperties: supported("ExcelApi", "1.9"),
          maxRequestBytes,
          knownFormat: () => undefined,
          copyFrom: copyFrom(),
          copied: (c) => copied.get(c),
          conditionalFormats: supported("ExcelApi", "1.6"),
          rangeAreas: supported("ExcelApi", "1.9"),
        });
        await executeChunks(context, chunks, supported("ExcelApi", "1.6"), rolled, expectEcho);
      });
    } catch {
      return new HostError(
        cause.code,
        `${cause.message} The rollback failed too: "Annulla ultimo calcolo" restores the workbook.`,
        cause.sheet,
        "undo",
        cause.hostCode,
      );
    }
    return new HostError(
      cause.code,
      `${cause.message} What had been written was rolled back: the workbook is as before.`,
      cause.sheet,
      "rolled_back",
      cause.hostCode,
    );
  }

  return {
    stats: () => ({ ...stats, applyRequestEstimates: [...stats.applyRequestEstimates] }),

    async read(): Promise<WorkbookGrid> {
      // An edit during the read may or may not be in it: count it as after, and let the apply refuse.
      editedSinceRead = false;
      const inBands = readInBands;
      readInBands = false;
      try {
        const grid = await run((context) =>
          readWorkbook(
            context,
            {
              merges: supported("ExcelApi", "1.13"),
              widths: supported("ExcelApi", "1.9"),
              inBands,
              onBands: () => (readInBands = true),
            },
            () => stats.readSyncs++,
            (ids) => (sheetIds = ids),
          ),
        );
        lastRead = new Map(grid.sheets.map((g) => [g.name, g]));
        return grid;
      } catch (err) {
        throw toHostError(err);
      }
    },

    async apply(plan: WritePlan): Promise<void> {
      if (watching && editedSinceRead) {
        throw new HostError(
          "changed",
          "The workbook was edited after it was read: nothing was written; read it again.",
        );
      }
      try {
        await run(async (context) => {
          const locked = await protectedSheets(context, plan);
          if (locked.length > 0) {
            throw new HostError("protected", `Sheet «${locked[0]}» is protected: nothing was written.`, locked[0]);
          }
          // Without copyFrom the copies' sources are read first (one sync), and tell if a person edited them.
          const copies = copiesOf(plan);
          let copied: Map<RangeCopy, CopiedCells> = new Map();
          if (!copyFrom() && copies.length > 0) {
            copied = await readCopySources(context, copies, () => stats.applySyncs++);
            const edited = changedCell(plan, copied, lastRead);
            if (edited)
              throw new HostError(
                "changed",
                `Cell ${edited} was edited after the workbook was read: nothing was written.`,
              );
          }
          let chunks;
          try {
            chunks = planOfficeWrites(plan, {
              copyFrom: copyFrom(),
              copied: (c) => copied.get(c),
              cellProperties: supported("ExcelApi", "1.9"),
              maxRequestBytes,
              knownFormat: knownFormat(plan),
              pageLayout: supported("ExcelApi", "1.9"),
              conditionalFormats: supported("ExcelApi", "1.6"),
              rangeAreas: supported("ExcelApi", "1.9"),
            });
          } catch (err) {
            if (err instanceof GroupTooLarge) throw new HostError("too_large", err.message);
            throw err;
          }
          // From here the workbook changes: what the last read knew no longer holds, even if a sync fails.
          lastRead = null;
          applying = true;
          applies++;
          echoes = echoes.filter((e) => e.apply >= applies - 1);
          try {
            await executeChunks(
              context,
              chunks,
              supported("ExcelApi", "1.6"),
              (i) => {
                stats.applySyncs++;
                stats.applyRequestEstimates.push(chunkBytes(chunks[i]));
              },
              expectEcho,
            );
          } catch (err) {
            throw await rollBack(plan, toHostError(err));
          } finally {
            applying = false;
          }
        });
      } catch (err) {
        throw toHostError(err);
      }
    },

    async watchChanges(): Promise<boolean> {
      if (watching) return true;
      if (!supported("ExcelApi", "1.9")) return false;
      try {
        await run(async (context) => {
          context.workbook.worksheets.onChanged.add(async (args) => {
            if (byPerson(args)) editedSinceRead = true;
          });
          await context.sync();
        });
      } catch (err) {
        throw toHostError(err);
      }
      watching = true;
      return true;
    },

    supportsPageLayout: (): boolean => supported("ExcelApi", "1.9"),

    async select(sheet: string, cell: string): Promise<void> {
      try {
        await run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        });
      } catch (err) {
        throw toHostError(err);
      }
    },
  };
}
