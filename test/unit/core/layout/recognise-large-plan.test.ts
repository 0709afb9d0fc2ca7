/**
 * recognise() on a generated plan of 50 000 indicator rows: every row found, and the work grows linearly
 * with the rows. Work is counted, not timed (test/helpers/work-meter.ts); `npm run bench` measures speed.
 */
import { recognise } from "../../../../src/core/layout";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/types";
import type { CellValue } from "../../../../src/core/grid/types";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";
import { measureWork } from "../../../helpers/work-meter";

function generatedPlan(indicators: number): CellValue[][] {
  const rows: CellValue[][] = [];
  const targets = ["≥ 80%", "100%", "30/06/2022", ">=Medio", "<= 70 gg", "3", "Annuale", "≥ 2.355", 0.9];
  let n = 0;
  for (let u = 0; n < indicators; u++) {
    rows.push([`SERVIZIO UNITÀ ${u}`]);
    for (let b = 0; b < 5 && n < indicators; b++) {
      rows.push([`${b + 1}. Obiettivo strategico numero ${b + 1}`]);
      rows.push([
        "Obiettivo Operativo",
        "Indicatore",
        "Target",
        "Peso",
        "Servizi interni coinvolti",
        "Area",
        "Albero",
        "Produttività",
        "Consuntivo",
      ]);
      for (let i = 0; i < 20 && n < indicators; i++, n++) {
        rows.push([
          i % 2 ? null : `Obiettivo operativo ${u}-${b}-${i} con un testo di lunghezza realistica`,
          `Indicatore ${i} dell'unità ${u}: tempo medio di lavorazione delle pratiche telematiche`,
          targets[(i + u) % targets.length],
          `${(i % 5) + 1}%`,
          "S. Unità",
          i % 4 ? "AREA II" : "Trasversale",
          "X",
          i % 3 ? "x" : null,
          i % 3 ? 0.85 : null,
        ]);
      }
    }
  }
  return rows;
}

test("50 000 indicator rows in 500 units are all recognised, with ten times the work of 5 000", () => {
  const small = measureWork(workbook([gridFromRows("Piano", generatedPlan(5_000))]), (wb) =>
    recognise(wb, DEFAULT_SETTINGS),
  );
  const large = measureWork(workbook([gridFromRows("Piano", generatedPlan(50_000))]), (wb) =>
    recognise(wb, DEFAULT_SETTINGS),
  );
  const plan = large.result;
  expect(small.result.indicators).toHaveLength(5_000);
  expect(plan.indicators).toHaveLength(50_000);
  expect(plan.units).toHaveLength(500);
  expect(plan.units[0].area).toBe("Area II");
  // Linear: ten times the rows, ten times the work (plus a fixed part). Quadratic in rows, units or
  // blocks would be about a hundred times.
  expect(large.work).toBeLessThanOrEqual(11 * small.work);
});
