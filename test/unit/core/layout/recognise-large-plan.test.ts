/** recognise() must stay linear and fast: a generated plan of 50 000 indicator rows. */
import { recognise } from "../../../../src/core/layout";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/types";
import type { CellValue } from "../../../../src/core/grid/types";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";

function generatedPlan(indicators: number): CellValue[][] {
  const rows: CellValue[][] = [];
  const targets = ["≥ 80%", "100%", "30/06/2022", ">=Medio", "<= 70 gg", "3", "Annuale", "≥ 2.355", 0.9];
  let n = 0;
  for (let u = 0; n < indicators; u++) {
    rows.push([`SERVIZIO UNITÀ ${u}`]);
    for (let b = 0; b < 5 && n < indicators; b++) {
      rows.push([`${b + 1}. Obiettivo strategico numero ${b + 1}`]);
      rows.push(["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Servizi interni coinvolti", "Area", "Albero", "Produttività", "Consuntivo"]);
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

test("50 000 indicator rows are recognised in linear time, well under a second", () => {
  const wb = workbook([gridFromRows("Piano", generatedPlan(50_000))]);
  const small = workbook([gridFromRows("Piano", generatedPlan(5_000))]);
  recognise(small, DEFAULT_SETTINGS); // warm the JIT once, as a long-lived pane would be
  const times: number[] = [];
  let plan = recognise(wb, DEFAULT_SETTINGS);
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    plan = recognise(wb, DEFAULT_SETTINGS);
    times.push(performance.now() - t0);
  }
  expect(plan.indicators).toHaveLength(50_000);
  expect(plan.units).toHaveLength(500);
  expect(plan.units[0].area).toBe("Area II");
  const best = Math.min(...times);
  // Target: well under 200 ms on an idle machine. Measured 190-290 ms of CPU on a 2-core box shared
  // by several jobs (load 3-5), parsers included. The bound leaves room for such a box while still
  // catching anything quadratic in rows, units or blocks (that would take seconds).
  expect(best).toBeLessThan(800);
});
