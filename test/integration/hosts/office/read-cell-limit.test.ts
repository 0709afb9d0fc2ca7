/**
 * A used range past the 5,000,000 cells one read may span (a stray value far from the tables): Excel
 * "will either return null or throw an error". Either way the Office host reads the sheet in bands, as it
 * does past the 5 MB response limit, and gets the same grid the exceljs host would.
 */
import * as path from "node:path";
import { createOfficeHost } from "../../../../src/hosts/office";
import { FakeSheet, fakeFromXlsx } from "../../../fakes/excel-fake";
import { MODERN } from "../../../fakes/office-flow";

const EXAMPLE = path.resolve(__dirname, "../../../..", "examples", "piano-performance-2022.xlsx");
/** F1000001: with A1, a used range of 6 × 1 000 001 cells. */
const FAR = { row: 1_000_000, col: 5 };

describe.each(["throw", "null"] as const)("a sheet over the cell limit, when Excel's read does %s", (overCellLimit) => {
  it("is read in bands, every value where it was, the other sheets as before", async () => {
    const fake = await fakeFromXlsx(EXAMPLE, { overCellLimit });
    const before = await createOfficeHost(fake.run, { isSetSupported: MODERN }).read();
    const stray = new FakeSheet("Appunti");
    stray.cells.set(0, { value: "inizio", numberFormat: "General" });
    stray.touch(FAR.row, FAR.col).value = 42;
    fake.state.sheets.push(stray);
    fake.resetCounters();
    const got = await createOfficeHost(fake.run, { isSetSupported: MODERN }).read();
    const sheet = got.sheets.find((s) => s.name === "Appunti");
    expect(sheet?.values[0]?.[0]).toBe("inizio");
    expect(sheet?.values[FAR.row]?.[FAR.col]).toBe(42);
    expect(sheet?.values.filter((row) => row?.some((v) => v !== null)).length).toBe(2);
    expect(got.sheets.filter((s) => s.name !== "Appunti")).toEqual(before.sheets);
    // Names, then the refused whole read, then sizes, then bands each under the limit.
    expect(fake.syncCount).toBeGreaterThan(3);
  }, 120_000);
});
