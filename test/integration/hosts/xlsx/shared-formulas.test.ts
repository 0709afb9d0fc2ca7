/**
 * The add-in's columns are saved as shared formulas (one formula per column of a table, its rows as
 * followers, as Excel saves a filled column), each cell still holding its own formula; and a shared
 * formula's master emptied by a run (a person's group reaching into the add-in's columns) leaves its
 * followers as formulas of their own, never a workbook exceljs cannot save.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { applyWritePlan, loadXlsxBuffer, readWorkbookGrid } from "../../../../src/hosts/xlsx";
import { runPipeline } from "../../../../src/core/pipeline";
import { recordUndo } from "../../../../src/core/undo";
import { writePlan } from "../../../../src/core/write/steps";
import type { CellWrite } from "../../../../src/core/write/types";
import { a1 } from "../../../../src/core/grid/address";

const EXAMPLE = path.resolve(__dirname, "../../../../examples/piano-performance-2022.xlsx");

/** Every worksheet's XML of the file, one after the other. */
async function sheetsXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const files = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  return (await Promise.all(files.map((f) => zip.file(f)!.async("string")))).join("\n");
}

describe("the add-in's formula columns as shared formulas", () => {
  let planCells: CellWrite[];
  let saved: Buffer;

  beforeAll(async () => {
    const wb = await loadXlsxBuffer(readFileSync(EXAMPLE));
    const grid = readWorkbookGrid(wb);
    const plan = recordUndo(grid, runPipeline(grid).writePlan);
    planCells = plan.steps.flatMap((s) => (s.kind === "writeCells" ? s.cells : []));
    applyWritePlan(wb, plan);
    saved = Buffer.from(await wb.xlsx.writeBuffer());
  });

  test("a formula shared by rows is saved once per table column, and each row reads back as its own formula", async () => {
    const shared = planCells.filter((c) => c.shared !== undefined && c.formula !== undefined);
    expect(shared.length).toBeGreaterThan(100);
    const back = await loadXlsxBuffer(saved);
    let followers = 0;
    for (const c of shared) {
      const cell = back.getWorksheet(c.sheet)!.getCell(c.row + 1, c.col + 1);
      expect([c.sheet, a1(c.row, c.col), cell.formula]).toEqual([c.sheet, a1(c.row, c.col), c.formula]);
      if ("sharedFormula" in (cell.value as object)) followers++;
    }
    // Going down a column, a row whose formula shares the id of the formula row above it is a follower.
    const byColumn = new Map<string, CellWrite[]>();
    for (const c of planCells.filter((w) => w.formula !== undefined)) {
      const key = `${c.sheet}|${c.col}`;
      byColumn.set(key, [...(byColumn.get(key) ?? []), c]);
    }
    let expected = 0;
    for (const list of byColumn.values()) {
      list.sort((a, b) => a.row - b.row);
      list.forEach((c, i) => {
        if (i > 0 && c.shared !== undefined && list[i - 1].shared === c.shared) expected++;
      });
    }
    expect(followers).toBe(expected);
    expect(followers).toBeGreaterThan(shared.length / 4);
    const xml = await sheetsXml(saved);
    expect(xml).toMatch(/<f t="shared" ref="[A-Z]+\d+:[A-Z]+\d+" si="\d+">/);
    expect(xml).toMatch(/<f t="shared" si="\d+"\/>/);
    // The groups of a sheet never overlap, as in the files Excel writes.
    for (const sheet of xml.split("\n")) {
      const areas = [...sheet.matchAll(/<f t="shared" ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)].map((m) => ({
        col: m[1],
        top: Number(m[2]),
        bottom: Number(m[4]),
      }));
      for (const a of areas)
        for (const b of areas) if (a !== b && a.col === b.col) expect(a.bottom < b.top || b.bottom < a.top).toBe(true);
    }
  });

  test("the Stato colours of a sheet's tables are one entry of rules, with one set of formats", async () => {
    const back = await loadXlsxBuffer(saved);
    const colouredSheets = new Set(
      planCells.filter((w) => w.shared !== undefined && typeof w.value === "string").map((w) => w.sheet),
    );
    let sheetsWithSeveralTables = 0;
    for (const sheet of colouredSheets) {
      const entries =
        (back.getWorksheet(sheet) as unknown as { conditionalFormattings?: { ref: string }[] })
          .conditionalFormattings ?? [];
      expect([sheet, entries.length]).toEqual([sheet, 1]);
      if (entries[0].ref.includes(" ")) sheetsWithSeveralTables++;
    }
    expect(sheetsWithSeveralTables).toBeGreaterThan(0);
    // styles.xml holds one differential format per rule of an entry: a few per sheet, not a few per table.
    const rules = back.worksheets
      .flatMap(
        (ws) => (ws as unknown as { conditionalFormattings?: { rules: unknown[] }[] }).conditionalFormattings ?? [],
      )
      .reduce((n, cf) => n + cf.rules.length, 0);
    const zip = await JSZip.loadAsync(saved);
    const styles = await zip.file("xl/styles.xml")!.async("string");
    expect(Number(/<dxfs count="(\d+)"/.exec(styles)?.[1] ?? 0)).toBe(rules);
    expect(rules).toBeLessThan(planCells.filter((w) => w.shared !== undefined && typeof w.value === "string").length);
  });

  test("a second run over the saved workbook, then a save: every formula is still the plan's", async () => {
    const wb = await loadXlsxBuffer(saved);
    const grid = readWorkbookGrid(wb);
    const plan = recordUndo(grid, runPipeline(grid).writePlan);
    applyWritePlan(wb, plan);
    const back = await loadXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    const cells = plan.steps.flatMap((s) => (s.kind === "writeCells" ? s.cells : []));
    for (const c of cells.filter((w) => w.formula !== undefined)) {
      expect([a1(c.row, c.col), back.getWorksheet(c.sheet)!.getCell(c.row + 1, c.col + 1).formula]).toEqual([
        a1(c.row, c.col),
        c.formula,
      ]);
    }
  });
});

describe("groups of one column", () => {
  test("another formula ends a group, and no group starts inside an earlier one", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Foglio");
    const f = (row: number, shared?: number): CellWrite => ({
      sheet: "Foglio",
      row,
      col: 10,
      value: row,
      formula: `$J${row + 1}*2`,
      ...(shared === undefined ? {} : { shared }),
    });
    // Rows 6-7 share, 8 is a formula of its own, 9-10 share again, then row 3 comes after them.
    applyWritePlan(wb, writePlan({ cells: [f(5, 1), f(6, 1), f(7), f(8, 1), f(9, 1), f(2, 1)] }));
    const saved = Buffer.from(await wb.xlsx.writeBuffer());
    const xml = await sheetsXml(saved);
    expect([...xml.matchAll(/<f t="shared" ref="([^"]+)"/g)].map((m) => m[1])).toEqual(["K6:K7", "K9:K10"]);
    const back = (await loadXlsxBuffer(saved)).getWorksheet("Foglio")!;
    expect([3, 6, 7, 8, 9, 10].map((r) => back.getCell(r, 11).formula)).toEqual(
      [3, 6, 7, 8, 9, 10].map((r) => `$J${r}*2`),
    );
  });
});

describe("a person's shared formula whose master a run empties", () => {
  test("its followers keep their formulas, and the workbook saves", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Foglio");
    for (let r = 1; r <= 4; r++) ws.getCell(r, 1).value = r;
    // As Excel saves B1:B4 filled down from B1: a master, then followers naming it.
    ws.getCell("B1").value = {
      formula: "A1*2",
      result: 2,
      shareType: "shared",
      ref: "B1:B4",
    } as ExcelJS.CellFormulaValue;
    for (let r = 2; r <= 4; r++) ws.getCell(r, 2).value = { sharedFormula: "B1", result: r * 2 };
    const reread = await loadXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    applyWritePlan(
      reread,
      writePlan({
        clears: [{ sheet: "Foglio", top: 0, left: 1, bottom: 1, right: 1 }],
        cells: [{ sheet: "Foglio", row: 0, col: 1, value: "scritto" }],
      }),
    );
    const back = await loadXlsxBuffer(Buffer.from(await reread.xlsx.writeBuffer()));
    const sheet = back.getWorksheet("Foglio")!;
    expect(sheet.getCell("B1").value).toBe("scritto");
    expect(sheet.getCell("B2").value).toBeNull();
    expect([3, 4].map((r) => [sheet.getCell(r, 2).formula, sheet.getCell(r, 2).result])).toEqual([
      ["A3*2", 6],
      ["A4*2", 8],
    ]);
  });
});

describe("a copy of a shared formula's cells", () => {
  test("cells that were one shared formula are one again where they land, each reading as its source moved", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Foglio");
    wb.addWorksheet("Log");
    const f = (row: number, shared?: number, formula = `$J${row + 1}*2`): CellWrite => ({
      sheet: "Foglio",
      row,
      col: 10,
      value: row,
      formula,
      ...(shared === undefined ? {} : { shared }),
    });
    // K3:K8 one group, K9 a value, K10:K12 another group; a person's own formula in K13.
    const cells = [2, 3, 4, 5, 6, 7].map((r) => f(r, 1));
    cells.push(
      { sheet: "Foglio", row: 8, col: 10, value: "nota" },
      ...[9, 10, 11].map((r) => f(r, 1)),
      f(12, undefined, "SUM($J$1:$J13)"),
    );
    applyWritePlan(wb, writePlan({ cells }));
    const source = await loadXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    // K5:K13 — from inside the first group (its master K3 left out), across the value, to the person's formula.
    applyWritePlan(
      source,
      writePlan({
        restores: [
          { from: { sheet: "Foglio", top: 4, left: 10, bottom: 12, right: 10 }, toSheet: "Log", toRow: 20, toCol: 2 },
        ],
      }),
    );
    const saved = Buffer.from(await source.xlsx.writeBuffer());
    const log = (await loadXlsxBuffer(saved)).getWorksheet("Log")!;
    // Moved 16 rows down and 8 columns left: $J stays (absolute column), the row moves.
    expect(
      [21, 22, 23, 24, 25, 26, 27, 28, 29].map((r) => log.getCell(r, 3).formula ?? log.getCell(r, 3).value),
    ).toEqual(["$J21*2", "$J22*2", "$J23*2", "$J24*2", "nota", "$J26*2", "$J27*2", "$J28*2", "SUM($J$1:$J29)"]);
    const xml = await sheetsXml(saved);
    expect([...xml.matchAll(/<c r="C\d+"[^>]*><f t="shared" ref="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "C21:C24",
      "C26:C28",
    ]);
  });
});
