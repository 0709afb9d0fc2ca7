/**
 * The Riepilogo in «formule» mode: every figure that comes from scoring is a formula over the owned cells,
 * its value the engine's; «valori» writes the same values and no formula. (LibreOffice recalculating these
 * formulas after a change of actuals: test/e2e/libreoffice/riepilogo-formulas.test.ts.)
 */
import { runPipeline } from "../../../../src/core/pipeline";
import type { CellValue, WorkbookGrid } from "../../../../src/core/grid/types";
import { score } from "../../../../src/core/scoring";
import { planParts } from "../../../../src/core/write/steps";
import type { CellWrite } from "../../../../src/core/write/types";
import { SETTINGS_SHEET_NAME } from "../../../../src/core/settings";
import { derivedActualCell, summaryScoreCells, summaryWrites } from "../../../../src/core/write/riepilogo";
import { constantRefs } from "../../../../src/core/write/formulas/settingRefs";
import { MAX_FORMULA_LENGTH, type RowCell } from "../../../../src/core/write/formulas/totals";
import { ALLOWED_FUNCTIONS } from "../../../../src/core/write/formulas/indicator";
import { cellRef } from "../../../../src/core/write/formulas/references";
import type { Plan } from "../../../../src/core/model/types";
import type { Scorecard } from "../../../../src/core/scoring/types";
import { applyToGrids, grid } from "../../../helpers/write-fixtures";
import { cmp, num, plan, settingsWith, unit } from "../../../helpers/plan-builder";
import { WRITE_TEXTS } from "../../../../src/core/write/labels";

const SUMMARY = "Riepilogo 2022";
const HEADER = ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Area", "Produttività", "Consuntivo"];

function unitRows(title: string, area: string, actuals: CellValue[]): CellValue[][] {
  return [
    [title],
    [...HEADER],
    ["Trasparenza", "Pubblicazione dati", "≥ 80%", "30%", area, "X", actuals[0]],
    [null, "Aggiornamento", "≥ 90%", "20%", area, null, actuals[1]],
    ["Qualità", "Pratiche evase", "≥ 100", "50%", area, "X", actuals[2]],
    [null, "Nota informativa", "≥ 1", null, area, null, actuals[3]],
  ];
}

function workbook(settings: CellValue[][] | null = null): WorkbookGrid {
  const sheets = [
    grid("Servizio A", unitRows("SERVIZIO A", "Area I", [0.85, 0.6, 80, 1])),
    grid("Servizio B", unitRows("SERVIZIO B", "Area II", [0.95, null, 120, null])),
    grid("Servizio C", unitRows("SERVIZIO C", "Area II", [null, null, null, null])),
  ];
  if (settings) sheets.push(grid(SETTINGS_SHEET_NAME, [["Impostazione", "Valore"], ...settings]));
  return { sheets, names: [] };
}

function summaryOf(wb: WorkbookGrid): { cells: CellWrite[]; result: ReturnType<typeof runPipeline> } {
  const result = runPipeline(wb, { year: 2022 });
  return { cells: planParts(result.writePlan).cells.filter((c) => c.sheet === SUMMARY), result };
}

const at = (cells: readonly CellWrite[], row: number, col: number): CellWrite | undefined =>
  cells.find((c) => c.row === row && c.col === col);

const functionsOf = (formula: string): string[] => [...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);

describe("the Riepilogo with formulas (the default)", () => {
  const { cells, result } = summaryOf(workbook());
  const formulas = cells.filter((c) => c.formula !== undefined);

  test("every unit's score, coverage, productivity and status is a formula over its Raggiungimento cells", () => {
    for (const u of result.scorecard.units) {
      const line = cells.find((c) => c.col === 0 && c.value === u.name)!;
      const scoreCell = at(cells, line.row, 3)!;
      expect(scoreCell.formula).toContain("'Servizio");
      expect(scoreCell.value).toBe(u.score);
      expect(at(cells, line.row, 4)?.formula).toBeDefined();
      expect(at(cells, line.row, 6)?.formula).toBeDefined();
      // The weight sum does not depend on actuals: a value.
      expect(at(cells, line.row, 5)?.formula).toBeUndefined();
      // Its own line's score, row-relative: the units' Stato cells are one formula moved down, shared.
      expect(at(cells, line.row, 7)?.formula).toContain(`ISNUMBER($D${line.row + 1})`);
      expect(at(cells, line.row, 7)?.shared).toEqual(expect.any(Number));
      expect(at(cells, line.row, 7)?.formula).toContain("CP_RAGGIUNTO");
    }
    // Servizio C has no actual: its score is a formula with no result yet, not 0.
    const c = cells.find((x) => x.col === 0 && x.value === "SERVIZIO C")!;
    expect(at(cells, c.row, 3)?.value).toBeNull();
    expect(at(cells, c.row, 3)?.formula).toBeDefined();
  });

  test("the Ente's score and method, the Areas' scores and the counts per status are formulas", () => {
    const cellsAt = summaryScoreCells(SUMMARY, result.scorecard);
    const ente = formulas.find((c) => cellRef(SUMMARY, c.row, c.col) === cellsAt.ente)!;
    expect(ente.value).toBe(result.scorecard.ente.score);
    expect(ente.formula).toMatch(/^IF\(COUNT\(/);
    expect(at(cells, ente.row, 2)?.formula).toContain('"media delle Aree"');
    for (const a of result.scorecard.areas) {
      const cell = formulas.find((c) => cellRef(SUMMARY, c.row, c.col) === cellsAt.areas.get(a.name));
      expect(cell?.value).toBe(a.score);
      expect(cell?.formula).toContain("AVERAGE(");
    }
    const counts = cells.filter((c) => c.formula?.startsWith("COUNTIF("));
    const total = counts.reduce((sum, c) => sum + Number(c.value), 0);
    expect(total).toBe(result.scorecard.indicators.length);
  });

  test("every formula calls only functions Excel 2016 and LibreOffice both have, and fits Excel's limit", () => {
    expect(formulas.length).toBeGreaterThan(15);
    for (const c of formulas) {
      for (const f of functionsOf(c.formula!)) expect(ALLOWED_FUNCTIONS).toContain(f);
      expect(c.formula!.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH);
    }
  });

  test("the units' Stato is coloured by conditional formatting over its column, not by fills", () => {
    for (const u of result.scorecard.units) {
      const line = cells.find((c) => c.col === 0 && c.value === u.name)!;
      expect(at(cells, line.row, 7)?.style?.fill).toBeUndefined();
    }
    const formats = planParts(result.writePlan).conditionalFormats.filter((f) => f.range.sheet === SUMMARY);
    expect(formats).toHaveLength(1);
    expect(formats[0].range.left).toBe(7);
    expect(formats[0].rules.map((r) => r.equals)).toEqual(
      expect.arrayContaining(["Raggiunto", "Parzialmente raggiunto", "Non raggiunto", "Non rilevato"]),
    );
  });

  test("a second run on the first run's output writes the same Riepilogo, formulas included", () => {
    const again = summaryOf(applyToGrids(workbook(), result.writePlan));
    expect(again.cells).toEqual(cells);
  });
});

describe("the Riepilogo with values («Calcolo nel foglio» = valori)", () => {
  test("writes the values the formulas' results are, and no formula nor conditional format", () => {
    const live = summaryOf(workbook());
    const values = summaryOf(workbook([["Calcolo nel foglio", "valori"]]));
    expect(values.result.settings.calculation).toBe("valori");
    expect(values.cells.some((c) => c.formula !== undefined)).toBe(false);
    expect(planParts(values.result.writePlan).conditionalFormats).toEqual([]);
    // Same cells and values, except the figures without a value, which only a formula needs to hold, and the
    // section of the words the formulas read, which closes the sheet only when there are formulas.
    const wordsTitle = live.cells.find((c) => c.value === WRITE_TEXTS.it.formulaWords);
    expect(wordsTitle).toBeDefined();
    expect(values.cells.some((c) => c.value === WRITE_TEXTS.it.formulaWords)).toBe(false);
    const liveValues = live.cells
      .filter((c) => c.value !== null && c.row < (wordsTitle?.row ?? Infinity) - 1)
      .map((c) => [c.row, c.col, c.value]);
    expect(values.cells.map((c) => [c.row, c.col, c.value])).toEqual(liveValues);
  });
});

describe("the Dirigenti's derived indicators", () => {
  test("read the Ente's score and their unit's Area's score on the Riepilogo", () => {
    const { result } = summaryOf(workbook());
    const p: Plan = {
      ...result.plan,
      units: [...result.plan.units, { ...result.plan.units[0], id: "DIR", area: "Area II" }],
    };
    const cellOf = derivedActualCell(SUMMARY, p, result.scorecard);
    const row = result.plan.indicators[0];
    const cells = summaryScoreCells(SUMMARY, result.scorecard);
    expect(cellOf({ ...row, derived: "ente" })).toBe(cells.ente);
    expect(cellOf({ ...row, derived: "area", unitId: "DIR" })).toBe(cells.areas.get("Area II"));
    expect(cells.areas.get("Area II")).toBe("'Riepilogo 2022'!$B$11");
    expect(cellOf({ ...row, derived: null })).toBeNull();
  });
});

describe("totals the formulas cannot give", () => {
  /** Each row of the plan at (its row × spread, column K) of its own sheet: one range per row when spread > 21. */
  function sourcesFor(p: Plan, spread: number) {
    return {
      refs: constantRefs(settingsWith()),
      achievementAt: (i: number): RowCell => {
        const r = p.indicators[i];
        return { sheet: r.sheet, row: r.row * spread, col: 10, block: p.tables.findIndex((t) => t.sheet === r.sheet) };
      },
      actualColAt: () => 5,
    };
  }
  const scoreCellOf = (cells: readonly CellWrite[], name: string): CellWrite => {
    const line = cells.find((c) => c.col === 0 && c.value === name)!;
    return at(cells, line.row, 3)!;
  };

  test("a unit whose formula would pass 8,000 characters keeps its value", () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      target: cmp(">=", 10),
      actual: num(i % 13),
      weight: (i % 7) / 1000,
    }));
    const small = [{ target: cmp(">=", 10), actual: num(5), weight: 1 }];
    const p = plan([unit("Grande", many), unit("Piccola", small)]);
    const scorecard = score(p, settingsWith());
    const { cells } = summaryWrites(SUMMARY, scorecard, [], "it", {
      plan: p,
      previous: null,
      formulas: sourcesFor(p, 30),
    });
    const big = scoreCellOf(cells, "Grande");
    expect(big.formula).toBeUndefined();
    expect(big.value).toBe(scorecard.units[0].score);
    expect(scoreCellOf(cells, "Piccola").formula).toBe("IF(COUNT('Piccola'!$K$31)>0,AVERAGE('Piccola'!$K$31),\"\")");
  });

  test("a unit whose cells would not give the engine's score keeps its value", () => {
    const p = plan([
      unit("Ufficio", [
        { target: cmp(">=", 10), actual: num(5), weight: 0.5 },
        { target: cmp(">=", 10), actual: num(10), weight: 0.5 },
      ]),
    ]);
    const scorecard: Scorecard = score(p, settingsWith());
    // A score the rows' achievements do not give: no formula may claim it.
    const wrong: Scorecard = { ...scorecard, units: [{ ...scorecard.units[0], score: 0.9 }] };
    const right = summaryWrites(SUMMARY, scorecard, [], "it", { plan: p, previous: null, formulas: sourcesFor(p, 1) });
    const kept = summaryWrites(SUMMARY, wrong, [], "it", { plan: p, previous: null, formulas: sourcesFor(p, 1) });
    expect(scoreCellOf(right.cells, "Ufficio").formula).toBe(
      "IF(COUNT('Ufficio'!$K$2:$K$3)>0,AVERAGE('Ufficio'!$K$2:$K$3),\"\")",
    );
    expect(scoreCellOf(kept.cells, "Ufficio").formula).toBeUndefined();
    expect(scoreCellOf(kept.cells, "Ufficio").value).toBe(0.9);
  });
});
