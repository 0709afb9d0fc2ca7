/// <reference types="office-js" />
/**
 * The Office.js host: the same read/apply/select contract as the exceljs host, over Excel's batched
 * proxies. A whole run costs 2 syncs to read and 1 to write (more only when a write passes 5 MB).
 */
import type { Grid, WorkbookGrid } from "../../core/grid/types";
import type { WritePlan } from "../../core/write/types";
import { HostError, type WorkbookHost } from "../types";
import { toHostError } from "./errors";
import { executeChunks } from "./execute";
import { readWorkbook } from "./read";
import { DEFAULT_MAX_REQUEST_BYTES } from "./requestSize";
import type { ExcelRun, OfficeHostOptions, OfficeHostStats } from "./types";
import { GroupTooLarge, chunkBytes, planOfficeWrites, type KnownFormat } from "./writeOps";

export interface OfficeHost extends WorkbookHost {
  /** Syncs and request estimates so far (for the benchmark and the tests). */
  stats(): OfficeHostStats;
}

/** Sheets whose existing content the plan changes (cells, clears, widths, or replacing the sheet). */
export function sheetsWritten(plan: WritePlan): string[] {
  const created = new Set(plan.sheets.map((s) => s.name));
  const out = new Set<string>();
  for (const s of plan.sheets) if (s.replace) out.add(s.name);
  const touch = (sheet: string): void => {
    if (!created.has(sheet)) out.add(sheet);
  };
  for (const c of plan.clears) touch(c.sheet);
  for (const c of plan.cells) touch(c.sheet);
  for (const w of plan.columnWidths) touch(w.sheet);
  return [...out];
}

export function createOfficeHost(run: ExcelRun, options: OfficeHostOptions = {}): OfficeHost {
  const supported = options.isSetSupported ?? ((): boolean => false);
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const stats: OfficeHostStats = { readSyncs: 0, applySyncs: 0, applyRequestEstimates: [] };
  /** The grids of the last read: protection and formats the apply relies on without asking again. */
  let lastRead: Map<string, Grid> | null = null;

  async function protectedSheets(context: Excel.RequestContext, sheets: string[]): Promise<string[]> {
    const known = lastRead;
    const unknown = sheets.filter((s) => !known?.has(s));
    const out = sheets.filter((s) => known?.get(s)?.protected === true);
    if (unknown.length > 0) {
      // No read to rely on (or a sheet it did not see): one sync to ask, before anything is queued.
      const checks = unknown.map((name) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(name);
        ws.load("name");
        ws.protection.load("protected");
        return { name, ws };
      });
      await context.sync();
      stats.applySyncs++;
      for (const { name, ws } of checks) if (!ws.isNullObject && ws.protection.protected) out.push(name);
    }
    return out;
  }

  function knownFormat(plan: WritePlan): KnownFormat {
    const fresh = new Set(plan.sheets.map((s) => s.name));
    return (sheet, row, col) => {
      if (fresh.has(sheet)) return undefined;
      const g = lastRead?.get(sheet);
      if (!g || (g.values[row]?.[col] ?? null) === null) return undefined;
      return g.formats[row]?.[col];
    };
  }

  return {
    stats: () => ({ ...stats, applyRequestEstimates: [...stats.applyRequestEstimates] }),

    async read(): Promise<WorkbookGrid> {
      try {
        const grid = await run((context) => readWorkbook(context, supported("ExcelApi", "1.13"), () => stats.readSyncs++));
        lastRead = new Map(grid.sheets.map((g) => [g.name, g]));
        return grid;
      } catch (err) {
        throw toHostError(err);
      }
    },

    async apply(plan: WritePlan): Promise<void> {
      try {
        await run(async (context) => {
          const locked = await protectedSheets(context, sheetsWritten(plan));
          if (locked.length > 0) {
            throw new HostError("protected", `Sheet «${locked[0]}» is protected: nothing was written.`, locked[0]);
          }
          let chunks;
          try {
            chunks = planOfficeWrites(plan, {
              cellProperties: supported("ExcelApi", "1.9"),
              maxRequestBytes,
              knownFormat: knownFormat(plan),
            });
          } catch (err) {
            if (err instanceof GroupTooLarge) throw new HostError("too_large", err.message);
            throw err;
          }
          // From here the workbook changes: what the last read knew no longer holds, even if a sync fails.
          lastRead = null;
          await executeChunks(context, chunks, supported("ExcelApi", "1.6"), (i) => {
            stats.applySyncs++;
            stats.applyRequestEstimates.push(chunkBytes(chunks[i]));
          });
        });
      } catch (err) {
        throw toHostError(err);
      }
    },

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
