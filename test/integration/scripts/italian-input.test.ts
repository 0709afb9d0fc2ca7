/** What an Italian Excel stores for a typed input, and the byte-stable writing of workbooks. */
import ExcelJS from "exceljs";
import { typeItalianInput, isoToSerial } from "../../../scripts/lib/italian-input";
import { normalizeZipTimestamps, fixWorkbookProperties } from "../../../scripts/lib/deterministic-xlsx";
import { parseTsv } from "../../../scripts/lib/plan-data";

test.each([
  ["100%", 1, "0%"],
  ["95,00%", 0.95, "0.00%"],
  ["3%", 0.03, "0%"],
  ["30,00%", 0.3, "0.00%"],
  ["57%", 0.57, "0%"],
  ["1,45", 1.45, "0.00"],
  ["2,00", 2, "0.00"],
  ["5,0", 5, "0.0"],
  ["0,00", 0, "0.00"],
  ["18", 18, null],
  ["3", 3, null],
  ["10", 10, null],
])("%s is a number %p formatted %p", (raw, value, numFmt) => {
  expect(typeItalianInput(raw)).toEqual({ kind: "number", value, numFmt });
});

test("a pure date is a date cell, dd/mm/yyyy", () => {
  expect(typeItalianInput("30/06/2022")).toEqual({ kind: "date", iso: "2022-06-30", numFmt: "dd/mm/yyyy" });
  expect(isoToSerial("2022-06-30")).toBe(44742);
  // Not a real day: stays text.
  expect(typeItalianInput("31/02/2022")).toEqual({ kind: "text", text: "31/02/2022" });
});

test.each([
  "≥ 80%",
  ">=Medio",
  "30/06/2022 31/12/2022",
  "Anno di rilevazione",
  "<= 70 gg",
  "ITP < -10",
  "1.132.400",
  "252.170,00",
  "Rispetto della tempistica prevista:sì/no",
  '"Full Digital"',
  "-",
])("%s stays text exactly as typed", (raw) => {
  expect(typeItalianInput(raw)).toEqual({ kind: "text", text: raw });
});

test("an empty cell stays empty", () => {
  expect(typeItalianInput("")).toEqual({ kind: "empty" });
});

test("TSV rows split on tabs only: quotes are content", () => {
  expect(parseTsv('a\t"b"\t\nc\t\t"\n')).toEqual([
    ["a", '"b"', ""],
    ["c", "", '"'],
  ]);
});

test("two writes of the same workbook are byte-identical once normalised, and the zip dates are fixed", async () => {
  const make = async (): Promise<Buffer> => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Foglio").getCell("A1").value = "x";
    fixWorkbookProperties(wb);
    return normalizeZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()));
  };
  const a = await make();
  await new Promise((r) => setTimeout(r, 2100)); // DOS time has a 2 s resolution
  const b = await make();
  expect(a.equals(b)).toBe(true);
  // The normalised archive still opens.
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(a as unknown as ArrayBuffer);
  expect(back.getWorksheet("Foglio")?.getCell("A1").value).toBe("x");
  // Local header of the first entry: DOS date 2022-01-01.
  expect(a.readUInt16LE(12)).toBe(((2022 - 1980) << 9) | (1 << 5) | 1);
});
