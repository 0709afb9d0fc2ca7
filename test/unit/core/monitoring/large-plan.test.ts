/**
 * A monitoring point recorded on a large plan: the history holds a row per indicator (eight cells each), and
 * the write plan once added them with push(...cells), one argument per cell, which overflowed the call stack
 * (RangeError) on a plan of some 20,000 indicators. A second point is then compared with the first.
 */
import type { CellValue } from "../../../../src/core/grid/types";
import { runPipeline } from "../../../../src/core/pipeline";
import { cellsOf } from "../../../../src/core/write/steps";
import { applyToGrids } from "../../../helpers/write-fixtures";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";

const UNITS = 1_000;
const ROWS_PER_UNIT = 20;
const HEADER = ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Area", "Consuntivo"];

/** UNITS units of ROWS_PER_UNIT indicators, each `≥ 80%` weighing 5 %, measured at 88 % (achievement 1). */
function largePlanRows(): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let u = 0; u < UNITS; u++) {
    rows.push([`SERVIZIO UNITÀ ${u + 1}`], [...HEADER]);
    for (let i = 0; i < ROWS_PER_UNIT; i++)
      rows.push([`Obiettivo ${u}.${i}`, `Indicatore ${u}.${i}`, "≥ 80%", "5%", `AREA ${u % 3}`, "88%"]);
    rows.push([], []);
  }
  return rows;
}

test("a point recorded on a plan of 20,000 indicators is written whole, and the next run compares with it", () => {
  const input = workbook([gridFromRows("Piano", largePlanRows())]);
  const first = runPipeline(input, { monitoring: { date: "2024-06-30", label: null }, runDate: "2024-06-30" });
  expect(first.plan.indicators).toHaveLength(UNITS * ROWS_PER_UNIT);
  const historyCells = cellsOf(first.writePlan).filter((c) => c.sheet === first.monitoring.place.name);
  // Ente, three Areas, the units and every indicator: a row each, below the title, notice and header.
  expect(historyCells.some((c) => c.row >= UNITS * ROWS_PER_UNIT + UNITS)).toBe(true);

  const second = runPipeline(applyToGrids(input, first.writePlan), { runDate: "2024-12-31" });
  expect(second.monitoring.previous?.date).toBe("2024-06-30");
  expect(second.monitoring.previous?.indicators).toHaveLength(UNITS * ROWS_PER_UNIT);
  expect(second.report.units.every((u) => u.previousScore === 1)).toBe(true);
});
