/** The exceljs host reads a real .xlsx (built here, saved and reloaded) into the core's Grid. */
import ExcelJS from "exceljs";
import {
  loadXlsxBuffer,
  parseNameReference,
  readWorkbookGrid,
  serialToDate,
  dateToSerial,
} from "../../../../src/hosts/xlsx";
import type { Grid } from "../../../../src/core/grid/types";

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  return loadXlsxBuffer(Buffer.from(buf as ArrayBuffer));
}

function sheet(grid: { sheets: Grid[] }, name: string): Grid {
  const g = grid.sheets.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

async function buildSample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Servizio Staff");
  ws.getCell("A1").value = "SERVIZIO STAFF";
  ws.getCell("A3").value = "Obiettivo Operativo";
  ws.getCell("B3").value = { richText: [{ text: "Indica", font: { bold: true } }, { text: "tore" }] };
  ws.getCell("C4").value = 0.9;
  ws.getCell("C4").numFmt = "0%";
  ws.getCell("D4").value = new Date(Date.UTC(2022, 5, 30));
  ws.getCell("D4").numFmt = "dd/mm/yyyy";
  ws.getCell("E4").value = { formula: "C4*2", result: 1.8 };
  ws.getCell("F4").value = { text: "sito", hyperlink: "https://example.org" };
  ws.getCell("G4").value = { error: "#N/A" };
  ws.getCell("H4").value = true;
  ws.getCell("I4").value = { formula: "NOW()", result: new Date(Date.UTC(2022, 11, 31, 12, 0, 0)) };
  // Cached results exceljs's Cell.value leaves out (it keeps only truthy ones).
  ws.getCell("J4").value = { formula: "C4-C4", result: 0 };
  ws.getCell("K4").value = { formula: "C4>1", result: false };
  ws.getCell("A5").value = "Obiettivo su due righe";
  ws.mergeCells("A5:A6");
  ws.getCell("B6").value = "=SUM(A1)";
  // A styled empty cell far away must not widen the grid.
  ws.getCell("Z40").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  const locked = wb.addWorksheet("Bloccato");
  locked.getCell("A1").value = "x";
  await locked.protect("pw", {});
  const hidden = wb.addWorksheet("Nascosto", { state: "hidden" });
  hidden.getCell("B2").value = 3;
  wb.definedNames.add("'Servizio Staff'!$J$3:$L$6", "CP_OWN_1");
  wb.definedNames.add("'Servizio Staff'!$A$1", "CP_SHEET_1");
  return reload(wb);
}

describe("readWorkbookGrid", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await buildSample();
  });

  it("reads values as the core sees them", () => {
    const g = sheet(readWorkbookGrid(wb), "Servizio Staff");
    expect(g.values[0][0]).toBe("SERVIZIO STAFF");
    expect(g.values[1]).toEqual([]);
    expect(g.values[2][1]).toBe("Indicatore"); // rich text joined
    expect(g.values[3][2]).toBe(0.9);
    expect(g.values[3][3]).toBe(44742); // 30/06/2022 as a 1900-system serial
    expect(g.values[3][4]).toBe(1.8); // formula -> cached result
    expect(g.values[3][5]).toBe("sito"); // hyperlink -> text
    expect(g.values[3][6]).toBe("#N/A");
    expect(g.values[3][7]).toBe(true);
    expect(g.values[3][8]).toBeCloseTo(44926.5, 9); // formula with a date result, noon
    expect([g.values[3][9], g.values[3][10]]).toEqual([0, false]); // a formula showing 0 or FALSE is not empty
    expect(g.values[5][1]).toBe("=SUM(A1)"); // text that looks like a formula stays text
  });

  it("keeps the number formats, General where none", () => {
    const g = sheet(readWorkbookGrid(wb), "Servizio Staff");
    expect(g.formats[3][2]).toBe("0%");
    expect(g.formats[3][3]).toBe("dd/mm/yyyy");
    expect(g.formats[0][0]).toBe("General");
    expect(g.formats[3].length).toBe(g.values[3].length);
  });

  it("gives merges 0-based and only the top-left value", () => {
    const g = sheet(readWorkbookGrid(wb), "Servizio Staff");
    expect(g.merges).toEqual([{ top: 4, left: 0, bottom: 5, right: 0 }]);
    expect(g.values[4][0]).toBe("Obiettivo su due righe");
    expect(g.values[5][0] ?? null).toBeNull();
  });

  it("stops at the last cell with a value (styled empty cells do not count)", () => {
    const g = sheet(readWorkbookGrid(wb), "Servizio Staff");
    expect(g.values.length).toBe(6);
  });

  it("reports protection and hidden state", () => {
    const grid = readWorkbookGrid(wb);
    expect(sheet(grid, "Bloccato").protected).toBe(true);
    expect(sheet(grid, "Servizio Staff").protected).toBeUndefined();
    expect(sheet(grid, "Nascosto").hidden).toBe(true);
    expect(sheet(grid, "Nascosto").values[1][1]).toBe(3);
  });

  it("reads defined names with quoted sheet names", () => {
    const names = readWorkbookGrid(wb).names;
    expect(names).toEqual([
      { name: "CP_OWN_1", sheet: "Servizio Staff", range: "$J$3:$L$6" },
      { name: "CP_SHEET_1", sheet: "Servizio Staff", range: "$A$1" },
    ]);
  });

  it("reads 50k rows, each value in its row and column", () => {
    const big = new ExcelJS.Workbook();
    const ws = big.addWorksheet("Grande");
    for (let r = 1; r <= 50_000; r++)
      ws.addRow([`Obiettivo ${r}`, `Indicatore ${r}`, "≥ 80%", 0.03, "Area I", "X", null, r % 7 === 0 ? 0.85 : null]);
    // How fast: `npm run bench` times this read ("grid") on generated plans of up to 50k rows.
    const g = readWorkbookGrid(big).sheets[0];
    expect(g.values.length).toBe(50_000);
    expect(g.values[49_999][1]).toBe("Indicatore 50000");
    expect(g.values[6][7]).toBe(0.85);
  });
});

describe("dates and names helpers", () => {
  it("converts serials and dates both ways without a zone shift", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2); // Excel counts the 1900 leap day
    expect(dateToSerial(new Date(Date.UTC(2022, 0, 1)))).toBe(44562);
    expect(serialToDate(44742).toISOString()).toBe("2022-06-30T00:00:00.000Z");
  });

  it("parses name references", () => {
    expect(parseNameReference("'Servizio Staff'!$J$3:$L$28")).toEqual({ sheet: "Servizio Staff", range: "$J$3:$L$28" });
    expect(parseNameReference("Foglio1!$A$1")).toEqual({ sheet: "Foglio1", range: "$A$1" });
    expect(parseNameReference("'L''Aquila'!A1:B2")).toEqual({ sheet: "L'Aquila", range: "A1:B2" });
    expect(parseNameReference("#REF!")).toBeNull();
    expect(parseNameReference("'A'!$A$1,'A'!$B$2")).toBeNull();
  });
});
