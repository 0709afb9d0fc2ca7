/** The Office host reads, through Office's proxies on the fake, exactly the grids the exceljs host reads from the file. */
import { mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { buildWorkbookCases } from "../../../fixtures/build-fixtures";
import { loadXlsx, readWorkbookGrid } from "../../../../src/hosts/xlsx";
import { charsToPoints, createOfficeHost, parseAreas } from "../../../../src/hosts/office";
import type { WorkbookGrid } from "../../../../src/core/grid/types";
import { FakeOfficeError, fakeFromExcelJs, fakeFromXlsx } from "../../../fakes/excel-fake";
import { BASELINE, MODERN } from "../../../fakes/office-flow";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "..", "examples", "piano-performance-2022.xlsx");
let dir: string;
const files: [string, string][] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "office-read-"));
  files.push(...(await buildWorkbookCases(EXAMPLE, dir)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withoutMerges = (wg: WorkbookGrid): WorkbookGrid => ({
  ...wg,
  sheets: wg.sheets.map((s) => ({ ...s, merges: [] })),
});
/**
 * Column widths are compared on their own: the Office host reads them only with ExcelApi 1.9, in whole pixels,
 * over a window of columns; the exceljs host reads them as the file stores them.
 */
const withoutWidths = (wg: WorkbookGrid): WorkbookGrid => ({
  ...wg,
  sheets: wg.sheets.map((s) => {
    const { columnWidths: _widths, ...rest } = s;
    return rest;
  }),
});

describe("Office host read() on the fake", () => {
  it("equals the exceljs host's grids on the example and every fixture, merges included with ExcelApi 1.13, in 2 syncs", async () => {
    for (const [label, file] of files) {
      const expected = readWorkbookGrid(await loadXlsx(file));
      const fake = await fakeFromXlsx(file);
      const got = await createOfficeHost(fake.run, { isSetSupported: MODERN }).read();
      expect({ label, grid: withoutWidths(got) }).toEqual({ label, grid: withoutWidths(expected) });
      expect(fake.syncCount).toBe(2);
      // Every width the file sets, as Excel shows it (whole pixels), read in the same two syncs.
      const wb = await loadXlsx(file);
      for (const g of got.sheets) {
        (wb.getWorksheet(g.name)?.columns ?? []).forEach((col, i) => {
          if (col.width !== undefined && i < 100)
            expect(charsToPoints(g.columnWidths?.[i] ?? NaN)).toBe(charsToPoints(col.width));
        });
      }
      // The two hosts give a column the same width, as Excel shows it, set or not.
      got.sheets.forEach((g, k) => {
        const mine = expected.sheets[k].columnWidths ?? {};
        const cols = Object.keys(g.columnWidths ?? {});
        expect(cols.length).toBeGreaterThan(0);
        for (const c of cols)
          expect([g.name, c, charsToPoints(mine[Number(c)])]).toEqual([
            g.name,
            c,
            charsToPoints(g.columnWidths![Number(c)]),
          ]);
      });
      // A workbook with merges must have given some: the comparison above is not of two empty lists.
      if (label === "the example") expect(got.sheets.some((s) => s.merges.length > 0)).toBe(true);
    }
  });

  it("reads in bands, with the same grids, when one response would pass the host's limit (Excel on the web: 5 MB)", async () => {
    const expected = readWorkbookGrid(await loadXlsx(EXAMPLE));
    // 20 KB instead of 5 MB: the example then needs bands, and long texts make even a full band too large.
    const fake = await fakeFromXlsx(EXAMPLE, { maxResponseBytes: 20_000 });
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
    const got = await host.read();
    expect(withoutWidths(got)).toEqual(withoutWidths(expected));
    // Widths of every used column and the 16 beside them, asked with each sheet's first band.
    for (const g of got.sheets) {
      const used = Math.max(0, ...g.values.map((row) => row?.length ?? 0));
      if (used > 0) expect(Object.keys(g.columnWidths ?? {}).length).toBeGreaterThanOrEqual(used + 16);
    }
    // The whole-workbook response was refused, then the bands (some refused and halved) all arrived.
    expect(fake.responseBytes[1]).toBeGreaterThan(20_000);
    expect(host.stats().readSyncs).toBeGreaterThan(4);
    expect(fake.responseBytes[fake.responseBytes.length - 1]).toBeLessThanOrEqual(20_000);
  });

  it("after a read that took bands, reads again without trying the whole workbook first: one sync fewer", async () => {
    const expected = withoutWidths(readWorkbookGrid(await loadXlsx(EXAMPLE)));
    const fake = await fakeFromXlsx(EXAMPLE, { maxResponseBytes: 20_000 });
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
    expect(withoutWidths(await host.read())).toEqual(expected);
    const first = host.stats().readSyncs;
    const refused = fake.responseBytes.filter((b) => b > 20_000).length;
    expect(withoutWidths(await host.read())).toEqual(expected);
    expect(host.stats().readSyncs - first).toBe(first - 1);
    // The second read asked for nothing that was refused: its bands were sized as the first's.
    expect(fake.responseBytes.filter((b) => b > 20_000).length).toBe(2 * refused - 1);
  });

  it("reads no merges without ExcelApi 1.13, and the same values and formats", async () => {
    for (const [label, file] of files) {
      const expected = withoutWidths(withoutMerges(readWorkbookGrid(await loadXlsx(file))));
      const fake = await fakeFromXlsx(file);
      const got = await createOfficeHost(fake.run, { isSetSupported: BASELINE }).read();
      expect({ label, grid: got }).toEqual({ label, grid: expected });
      expect(fake.syncCount).toBe(2);
    }
  });

  it("pads a used range that starts away from A1, keeps booleans and error text, skips empty sheets", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Area Promozione, Sviluppo");
    ws.getCell("C5").value = "titolo";
    ws.getCell("E7").value = true;
    ws.getCell("D7").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("F8").value = 0.5;
    ws.getCell("F8").numFmt = "0%";
    ws.getCell("G9").numFmt = "0.00"; // formatted, empty: not part of the grid
    ws.mergeCells("C5:E5");
    wb.addWorksheet("Vuoto");
    wb.definedNames.add("'Area Promozione, Sviluppo'!$C$5:$E$5", "Titolo");
    const expected = readWorkbookGrid(wb);
    const got = await createOfficeHost(fakeFromExcelJs(wb).run, { isSetSupported: MODERN }).read();
    expect(withoutWidths(got)).toEqual(withoutWidths(expected));
    expect(got.sheets[0].values[6]).toEqual([null, null, null, "#N/A", true]);
    expect(got.sheets[0].merges).toEqual([{ top: 4, left: 2, bottom: 4, right: 4 }]);
    expect(got.sheets[1].values).toEqual([]);
    expect(got.names).toEqual([{ name: "Titolo", sheet: "Area Promozione, Sviluppo", range: "$C$5:$E$5" }]);
  });

  it("reports protection and hidden sheets", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("A1").value = 1;
    wb.addWorksheet("B", { state: "hidden" }).getCell("A1").value = 2;
    const fake = fakeFromExcelJs(wb);
    fake.protectSheet("A");
    const got = await createOfficeHost(fake.run).read();
    expect(got.sheets.map((s) => [s.name, !!s.protected, !!s.hidden])).toEqual([
      ["A", true, false],
      ["B", false, true],
    ]);
  });
});

describe("the fake keeps Office's rules", () => {
  const small = (): ExcelJS.Workbook => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("B2").value = "x";
    return wb;
  };

  it("throws PropertyNotLoaded for a property read before load + sync, and gives it after", async () => {
    const fake = fakeFromExcelJs(small());
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // Queued, not yet fetched: still not readable.
      expect(() => range.values).toThrow(FakeOfficeError);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["x"]]);
      // Loaded "values" only: address was never asked for.
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies writes only at sync, and knows null objects only after a sync", async () => {
    const fake = fakeFromExcelJs(small());
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("C3").values = [["nuovo"]];
      expect(fake.state.sheet("S")?.cell(2, 2)).toBeUndefined();
      const missing = context.workbook.worksheets.getItemOrNullObject("Nessuno");
      missing.delete(); // a call on a null object does nothing
      expect(() => missing.isNullObject).toThrow(FakeOfficeError);
      await context.sync();
      expect(fake.state.sheet("S")?.cell(2, 2)?.value).toBe("nuovo");
      expect(missing.isNullObject).toBe(true);
    });
    expect(fake.syncCount).toBe(1);
  });

  it("parses assigned values as typed: formulas and numbers, unless the format is Text", async () => {
    const fake = fakeFromExcelJs(small());
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A5:A7");
      r.values = [["=SUM(A1)"], ["-5"], ["85%"]];
      const t = context.workbook.worksheets.getItem("S").getRange("B5:B6");
      t.numberFormat = [["@"], ["@"]];
      t.values = [["=SUM(A1)"], ["-5"]];
      await context.sync();
    });
    const s = fake.state.sheet("S");
    expect(s?.cell(4, 0)?.formula).toBe("=SUM(A1)");
    expect(s?.cell(5, 0)?.value).toBe(-5);
    expect(s?.cell(6, 0)?.value).toBeCloseTo(0.85);
    expect(s?.cell(4, 1)).toMatchObject({ value: "=SUM(A1)", numberFormat: "@" });
    expect(s?.cell(4, 1)?.formula).toBeUndefined();
    expect(s?.cell(5, 1)?.value).toBe("-5");
  });

  it("counts request bytes, refuses a request over its limit, and fails a chosen sync after part of it ran", async () => {
    const fake = fakeFromExcelJs(small(), { maxRequestBytes: 1000 });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1:A100").values = Array.from({ length: 100 }, () => [
          "una riga",
        ]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.requestBytes[0]).toBeGreaterThan(1000);
    expect(fake.state.sheet("S")?.cell(0, 0)).toBeUndefined();

    fake.failSync(2, "ConnectionFailure", 1);
    await expect(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("S");
        ws.getRange("A1").values = [["primo"]];
        ws.getRange("A2").values = [["secondo"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ConnectionFailure" });
    // Office batches are not transactions: the first write stays.
    expect(fake.state.sheet("S")?.cell(0, 0)?.value).toBe("primo");
    expect(fake.state.sheet("S")?.cell(1, 0)).toBeUndefined();
  });

  it("refuses writes to a protected sheet", async () => {
    const fake = fakeFromExcelJs(small());
    fake.protectSheet("S");
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("addresses", () => {
  it("parses reference lists with quoted names holding commas and apostrophes", () => {
    expect(parseAreas("='Area A, B'!$A$1:$B$2,'L''ufficio'!C3, Foglio1!D4")).toEqual([
      { sheet: "Area A, B", range: "$A$1:$B$2" },
      { sheet: "L'ufficio", range: "C3" },
      { sheet: "Foglio1", range: "D4" },
    ]);
    expect(parseAreas("=#REF!$A$1")).toBeNull();
    expect(parseAreas('="testo"')).toBeNull();
  });
});
