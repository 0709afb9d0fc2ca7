/** applyWritePlan does exactly what the plan says, in its order, and never writes a formula. */
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { applyWritePlan, loadXlsx, readWorkbookGrid } from "../../../../src/hosts/xlsx";
import { writeFileAtomic } from "../../../../src/cli/atomicWrite";
import type {
  CellStyle,
  CellWrite,
  ColumnWidth,
  NameSet,
  RangeClear,
  SheetCreate,
} from "../../../../src/core/write/types";
import { writePlan } from "../../../../src/core/write/steps";
import { namesOf, roundTrip } from "../../../helpers/write-fixtures";

/** A plan's parts, filled in by each test and put in order by writePlan. */
const emptyPlan = () => ({
  removeNames: [] as string[],
  clears: [] as RangeClear[],
  sheets: [] as SheetCreate[],
  cells: [] as CellWrite[],
  columnWidths: [] as ColumnWidth[],
  setNames: [] as NameSet[],
});

function base(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Servizio Staff");
  ws.getCell("A1").value = "SERVIZIO STAFF";
  ws.getCell("J3").value = "Raggiungimento";
  ws.getCell("J3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  ws.getCell("J4").value = 0.5;
  ws.getCell("J4").numFmt = "0.0%";
  ws.getCell("K4").value = "vecchio";
  wb.addWorksheet("Riepilogo 2022").getCell("A1").value = "vecchio riepilogo";
  wb.addWorksheet("Ultimo");
  wb.definedNames.add("'Servizio Staff'!$J$3:$L$4", "CP_OWN_1");
  wb.definedNames.add("'Riepilogo 2022'!$A$1", "CP_SHEET_1");
  wb.definedNames.add("'Servizio Staff'!$A$1", "Titolo");
  return wb;
}

describe("applyWritePlan", () => {
  it("writes values and styles as given, one style object for the cells of one style", async () => {
    const wb = base();
    const status: CellStyle = {
      fill: "C6EFCE",
      fontColor: "006100",
      bold: true,
      italic: true,
      wrap: true,
      horizontal: "center",
    };
    const plan = emptyPlan();
    plan.cells.push(
      { sheet: "Servizio Staff", row: 4, col: 9, value: 0.875, style: { numberFormat: "0.0%" } },
      { sheet: "Servizio Staff", row: 4, col: 10, value: "Raggiunto", style: status },
      { sheet: "Servizio Staff", row: 5, col: 10, value: "Raggiunto", style: status },
      { sheet: "Servizio Staff", row: 6, col: 0, value: true },
    );
    applyWritePlan(wb, writePlan(plan));
    const out = await roundTrip(wb);
    const ws = out.getWorksheet("Servizio Staff")!;
    expect(ws.getCell("J5").value).toBe(0.875);
    expect(ws.getCell("J5").numFmt).toBe("0.0%");
    const k5 = ws.getCell("K5");
    expect(k5.value).toBe("Raggiunto");
    expect(k5.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } });
    expect(k5.font).toMatchObject({ bold: true, italic: true, color: { argb: "FF006100" } });
    expect(k5.alignment).toMatchObject({ wrapText: true, horizontal: "center" });
    expect(ws.getCell("A7").value).toBe(true);
    // As exceljs does for the styles it reads: it then serialises the style once on save, not once a cell.
    const inMemory = wb.getWorksheet("Servizio Staff")!;
    expect(inMemory.getCell("K5").style).toBe(inMemory.getCell("K6").style);
    expect(inMemory.getCell("J5").style).not.toBe(inMemory.getCell("K5").style);
  });

  it("never writes a formula, whatever the text starts with", async () => {
    const wb = base();
    const plan = emptyPlan();
    const texts = ["=SUM(A1)", "+39 0564 430111", "-5", "@utente", "=1+1"];
    texts.forEach((value, i) => plan.cells.push({ sheet: "Servizio Staff", row: 10 + i, col: 0, value }));
    applyWritePlan(wb, writePlan(plan));
    const out = await roundTrip(wb);
    const ws = out.getWorksheet("Servizio Staff")!;
    texts.forEach((t, i) => {
      const c = ws.getCell(11 + i, 1);
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
      expect(c.value).toBe(t);
    });
  });

  it("removes names, clears ranges to the default style, replaces sheets, sets widths and names, in order", async () => {
    const wb = base();
    const plan = emptyPlan();
    plan.removeNames = ["CP_OWN_1", "CP_SHEET_1"];
    plan.clears = [{ sheet: "Servizio Staff", top: 2, left: 9, bottom: 3, right: 11 }];
    plan.sheets = [
      { name: "Riepilogo 2022", replace: true, columnWidths: { 0: 40 } },
      { name: "Primo", replace: false, position: 0 },
    ];
    plan.cells = [
      { sheet: "Riepilogo 2022", row: 0, col: 0, value: "nuovo" },
      // Written after the clear: the clear must not wipe it.
      { sheet: "Servizio Staff", row: 3, col: 9, value: 1, style: { numberFormat: "0.0%" } },
    ];
    plan.columnWidths = [{ sheet: "Servizio Staff", col: 11, width: 60 }];
    plan.setNames = [
      { name: "CP_OWN_1", sheet: "Servizio Staff", range: "$J$3:$L$5" },
      { name: "CP_SHEET_1", sheet: "Riepilogo 2022", range: "$A$1" },
    ];
    applyWritePlan(wb, writePlan(plan));
    const out = await roundTrip(wb);
    const ws = out.getWorksheet("Servizio Staff")!;
    expect(ws.getCell("J3").value).toBeNull();
    expect(ws.getCell("J3").fill).toBeUndefined();
    expect(ws.getCell("K4").value).toBeNull();
    expect(ws.getCell("J4").value).toBe(1);
    expect(ws.getCell("A1").value).toBe("SERVIZIO STAFF");
    expect(ws.getColumn(12).width).toBe(60);
    expect(out.worksheets.map((w) => w.name)).toEqual(["Primo", "Servizio Staff", "Ultimo", "Riepilogo 2022"]);
    const summary = out.getWorksheet("Riepilogo 2022")!;
    expect(summary.getCell("A1").value).toBe("nuovo");
    expect(summary.getColumn(1).width).toBe(40);
    expect(namesOf(out)).toEqual([
      { name: "CP_OWN_1", sheet: "Servizio Staff", range: "$J$3:$L$5" },
      { name: "CP_SHEET_1", sheet: "Riepilogo 2022", range: "$A$1" },
      { name: "Titolo", sheet: "Servizio Staff", range: "$A$1" },
    ]);
    // The grid read back agrees.
    expect(readWorkbookGrid(out).names.map((n) => n.name)).toEqual(["CP_OWN_1", "CP_SHEET_1", "Titolo"]);
  });

  it("refuses to silently overwrite a sheet the plan does not mark as replaceable", () => {
    const wb = base();
    const plan = emptyPlan();
    plan.sheets = [{ name: "Ultimo", replace: false }];
    expect(() => applyWritePlan(wb, writePlan(plan))).toThrow(/Ultimo/);
  });

  it("does not create cells when clearing empty space", () => {
    const wb = base();
    const plan = emptyPlan();
    plan.clears = [{ sheet: "Servizio Staff", top: 100, left: 0, bottom: 50_099, right: 20 }];
    applyWritePlan(wb, writePlan(plan));
    expect(wb.getWorksheet("Servizio Staff")!.rowCount).toBe(4);
  });
});

describe("a workbook saved through the CLI's atomic writer", () => {
  it("saves through a temporary file in the same folder and leaves nothing else behind", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cp-save-"));
    try {
      const file = path.join(dir, "piano.xlsx");
      await fs.writeFile(file, "old content");
      const wb = base();
      await writeFileAtomic(file, (tmp) => wb.xlsx.writeFile(tmp));
      expect(await fs.readdir(dir)).toEqual(["piano.xlsx"]);
      const back = await loadXlsx(file);
      expect(back.getWorksheet("Servizio Staff")!.getCell("A1").value).toBe("SERVIZIO STAFF");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("keeps the old file and removes the temporary one when the write fails", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cp-save-"));
    try {
      const file = path.join(dir, "piano.xlsx");
      await fs.writeFile(file, "old content");
      const wb = base();
      jest.spyOn(wb.xlsx, "writeFile").mockImplementationOnce(async (p: string) => {
        await fs.writeFile(p, "partial");
        throw new Error("disk full");
      });
      await expect(writeFileAtomic(file, (tmp) => wb.xlsx.writeFile(tmp))).rejects.toThrow("disk full");
      expect(await fs.readdir(dir)).toEqual(["piano.xlsx"]);
      expect(await fs.readFile(file, "utf8")).toBe("old content");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
