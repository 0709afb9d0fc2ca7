/** The benchmark generator writes exactly N indicator rows, in units whose weights sum to 100 %. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generatePlan, weightsFor, ROWS_PER_UNIT, UNITS_PER_SHEET } from "../../../bench/generate";
import { readWorkbook } from "../../fixtures/workbook-snapshot";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-bench-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test("weightsFor splits 100 % into integer percentages", () => {
  for (const n of [1, 3, 7, 20]) {
    const w = weightsFor(n);
    expect(w).toHaveLength(n);
    expect(Math.round(w.reduce((a, b) => a + b, 0) * 100)).toBe(100);
    for (const x of w) expect(Number.isInteger(Math.round(x * 100 * 1e9) / 1e9)).toBe(true);
  }
});

test.each([45, 1000])("generatePlan(%i) writes that many indicator rows, units summing to 100 %%", async (n) => {
  const file = path.join(dir, `plan-${n}.xlsx`);
  await generatePlan(n, file);
  const wb = await readWorkbook(file);
  expect(wb.worksheets).toHaveLength(Math.ceil(Math.ceil(n / ROWS_PER_UNIT) / UNITS_PER_SHEET));
  let indicators = 0;
  const sums: number[] = [];
  const kinds = new Set<string>();
  let empty = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      const a = row.getCell(1).value;
      const bc = row.getCell(2);
      // A merged title's other cells read as the title: not an indicator.
      const b = bc.isMerged && bc.master.address !== bc.address ? null : bc.value;
      if (typeof a === "string" && /UNITÀ \d+$/.test(a)) sums.push(0);
      if (typeof b !== "string" || b === "Indicatore" || b === "") return;
      indicators++;
      const w = row.getCell(4);
      expect(w.numFmt).toBe("0%");
      sums[sums.length - 1] += w.value as number;
      const t = row.getCell(3);
      kinds.add(t.value instanceof Date ? "date" : typeof t.value === "number" ? "number" : "text");
      if (row.getCell(9).value === null) empty++;
    });
    expect(ws.model.merges.some((m) => /^A\d+:A\d+$/.test(m))).toBe(true);
  }
  expect(indicators).toBe(n);
  expect(sums).toHaveLength(Math.ceil(n / ROWS_PER_UNIT));
  for (const s of sums) expect(s).toBeCloseTo(1, 10);
  expect(kinds).toEqual(new Set(["date", "number", "text"]));
  expect(empty / n).toBeGreaterThan(0.05);
  expect(empty / n).toBeLessThan(0.15);
});
