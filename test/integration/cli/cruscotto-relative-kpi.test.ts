/**
 * A cruscotto KPI whose target is relative («Incremento del 10% rispetto all'anno precedente») is measured
 * from the KPI's own Consuntivo of the year before, in each of the cruscotto's layouts.
 *
 * By hand (evaluation year 2023): KPI 1 Consuntivo 2022 = 1.200 → target 1.200 × 1,10 = 1.320; actual 1.254
 * → 1.254 / 1.320 = 0,95 Raggiunto. KPI 2 «Riduzione del 5% rispetto al 2022», Consuntivo 2022 = 40 giorni →
 * target 38, lower is better; actual 40 → 38 / 40 = 0,95. KPI 3 relative with no Consuntivo 2022 → Non
 * valutabile and BASELINE_MISSING on its target cell. Objective = (0,95 + 0,95) / 2 = 0,95 (no Peso).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import type { Report } from "../../../src/core/report/types";
import { cli } from "../../helpers/cli";
import { gridFromRows, workbook } from "../../helpers/grid-builder";
import { workbookFromGrids } from "../../helpers/write-fixtures";

const KPIS: CellValue[][] = [
  ["Pratiche telematiche", "Incremento del 10% rispetto all'anno precedente", 1200, 1254],
  ["Tempi medi di pagamento (giorni)", "Riduzione del 5% rispetto al 2022", 40, 40],
  ["Nuovi servizi online", "+10% rispetto al 2022", null, 12],
];

const LAYOUTS: Array<{ layout: string; sheet: Grid; targetCell: string }> = [
  {
    layout: "(b) heading above Indicatore | Target 2023 | Consuntivo 2022 | Consuntivo 2023",
    sheet: gridFromRows("Cruscotto", [
      ["1. Digitalizzazione"],
      ["Indicatore", "Target 2023", "Consuntivo 2022", "Consuntivo 2023", "Owner"],
      ...KPIS.map(([indicator, target, before, actual]) => [indicator, target, before, actual, "Staff"]),
    ]),
    targetCell: "B5",
  },
  {
    layout: "(c) flat table with the strategic objective in a column",
    sheet: gridFromRows("KPI strategici", [
      ["Obiettivo strategico", "Indicatore", "Target 2023", "Consuntivo 2022", "Consuntivo 2023"],
      ...KPIS.map(([indicator, target, before, actual]) => ["1. Digitalizzazione", indicator, target, before, actual]),
    ]),
    targetCell: "C4",
  },
];

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-relative-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(LAYOUTS.map((l) => [l.layout, l] as const))("relative KPI targets, layout %s", (_layout, l) => {
  let report: Report;
  beforeAll(async () => {
    const input = path.join(dir, `${l.sheet.name}.xlsx`);
    await workbookFromGrids(workbook([l.sheet])).xlsx.writeFile(input);
    const json = path.join(dir, `${l.sheet.name}.json`);
    const run = await cli(["check", input, "--year", "2023", "--json", json]);
    expect(run.stderr).toBe("");
    report = JSON.parse(readFileSync(json, "utf8")) as Report;
  }, 60_000);

  test("each target is the previous year's Consuntivo moved by the percentage", () => {
    const kpis = report.indicators.filter((i) => i.sheet === l.sheet.name);
    expect(
      kpis.map((k) => [k.target?.kind, k.target?.relative?.baseline?.value ?? null, k.target?.relative?.value ?? null]),
    ).toEqual([
      ["relative", 1200, 1320],
      ["relative", 40, 38],
      ["relative", null, null],
    ]);
    expect(kpis.map((k) => k.status)).toEqual(["raggiunto", "raggiunto", "non_valutabile"]);
    expect(kpis[0].achievement).toBeCloseTo(1254 / 1320, 9);
    expect(kpis[1].achievement).toBeCloseTo(38 / 40, 9);
  });

  test("the objective and the Ente come from the measured KPIs; the missing baseline is said on its cell", () => {
    expect(report.strategicObjectives).toHaveLength(1);
    expect(report.strategicObjectives[0].score).toBeCloseTo(0.95, 9);
    expect(report.ente.method).toBe("strategico");
    expect(report.ente.score).toBeCloseTo(0.95, 9);
    const missing = report.diagnostics.filter((d) => d.code === "BASELINE_MISSING");
    expect(missing.map((d) => [d.severity, d.sheet, d.cell])).toEqual([["warning", l.sheet.name, l.targetCell]]);
  });
});
