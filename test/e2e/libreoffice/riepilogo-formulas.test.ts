/**
 * The Riepilogo's formulas, recalculated by an independent calculator: the example is scored, its actuals
 * are changed, LibreOffice recalculates the workbook, and every figure of the Riepilogo must be what the
 * engine computes on the changed workbook (numbers within 1e-9, texts exactly).
 *
 * The first test sets the indicator rows' own cells to the engine's new Raggiungimento and Stato, and so proves
 * the Riepilogo's formulas alone; the second changes only the Consuntivo cells. Needs soffice (.ci/run
 * installs it).
 */
import { mkdtempSync } from "node:fs";
import { recalcWithLibreOffice, requireSoffice } from "../../helpers/libreofficeRecalc";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { REPO } from "../../helpers/cli";
import { applyWritePlan, loadXlsx, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { runPipeline, type RunOptions, type RunResult } from "../../../src/core/pipeline";
import { cellsOf, planParts } from "../../../src/core/write";
import type { CellWrite } from "../../../src/core/write/types";
import { ALLOWED_FUNCTIONS } from "../../../src/core/write/formulas/indicator";
import { parseRange } from "../../../src/core/grid/address";
import { STATUS_LABELS } from "../../../src/i18n/labels";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const SUMMARY = "Riepilogo 2022";
const SETTINGS_SHEET = "Impostazioni Cruscotto";

/** LibreOffice recalculates each file, with the shared private profile that recalculates on load. */
function recalc(files: string[], dir: string): string[] {
  return recalcWithLibreOffice(files, path.join(dir, "recalculated"));
}

/** What a cell shows once calculated: a formula's result, or the literal; "" and empty alike. */
function shown(cell: ExcelJS.Cell): number | string | null {
  let v: unknown = cell.value;
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) v = cell.result;
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "object" && v !== null && "error" in v) return `#ERROR ${String((v as { error: unknown }).error)}`;
  return String(v);
}

/**
 * Every indicator's Raggiungimento and Stato, where the first run wrote them, set to what the engine gives on
 * the changed workbook (what the indicators' own formulas give once recalculated). Where: the owned range
 * (CP_OWN_n) of the row's table, Raggiungimento its first column. A rerun may place them elsewhere (a
 * Motivazione column created once a row falls below target): the workbook being recalculated is the first
 * run's.
 */
function setIndicatorCells(wb: ExcelJS.Workbook, first: RunResult, rerun: RunResult): void {
  const owned = planParts(first.writePlan).setNames.filter((n) => n.name.startsWith("CP_OWN_"));
  const rects = owned.map((n) => ({ sheet: n.sheet, ...parseRange(n.range)! }));
  const labels = STATUS_LABELS[rerun.settings.lang];
  rerun.plan.indicators.forEach((row, i) => {
    const rect = rects.find((r) => r.sheet === row.sheet && r.top < row.row && row.row <= r.bottom);
    if (!rect) return;
    const ws = wb.getWorksheet(row.sheet)!;
    const result = rerun.scorecard.indicators[i];
    ws.getCell(row.row + 1, rect.left + 1).value = result.achievement;
    ws.getCell(row.row + 1, rect.left + 2).value = labels[result.status];
  });
}

/** Keys of the rows whose Raggiungimento the run wrote as a formula. */
function liveRows(run: RunResult): Set<string> {
  const formulas = new Set(
    cellsOf(run.writePlan)
      .filter((c) => c.formula !== undefined)
      .map((c) => `${c.sheet}!${c.row + 1}`),
  );
  return new Set(run.plan.indicators.filter((r) => formulas.has(r.key)).map((r) => r.key));
}

/** The Riepilogo's cells the engine writes, down to its diagnostics (counts of messages, not of scores). */
function figures(run: RunResult): CellWrite[] {
  const cells = cellsOf(run.writePlan).filter((c) => c.sheet === SUMMARY);
  const diagnosticsTitle = cells.find((c) => c.col === 0 && (c.value === "Diagnostica" || c.value === "Diagnostics"));
  return cells.filter((c) => diagnosticsTitle === undefined || c.row < diagnosticsTitle.row);
}

/**
 * A change of the officers' Consuntivo cells. `changes(row)` says which rows it may touch: the ones whose
 * Raggiungimento is a formula when the indicators' own formulas are to follow (a row whose actual is typed as
 * text keeps values, and says so in its Note).
 */
type Change = (
  plan: RunResult["plan"],
  ws: (sheet: string) => ExcelJS.Worksheet,
  changes: (row: RunResult["plan"]["indicators"][number]) => boolean,
) => void;

/** Halves every third typed actual, empties every seventh, and every actual of one unit. */
const someActuals: Change = (plan, ws, changes) => {
  const emptied = plan.units.find(
    (u) => u.kind !== "dirigente" && u.indicators.length > 2 && u.indicators.every((r) => changes(r)),
  );
  plan.indicators.forEach((row, i) => {
    if (row.actual.col === null || !changes(row)) return;
    const cell = ws(row.sheet).getCell(row.row + 1, row.actual.col + 1);
    if (emptied && row.unitId === emptied.id) cell.value = null;
    else if (i % 7 === 3) cell.value = null;
    else if (i % 3 === 0 && typeof cell.value === "number") cell.value = cell.value * 0.5;
  });
};

/** No KPI of the cruscotto readable: the Ente falls back from the strategic objectives to the Areas. */
const noKpiActuals: Change = (plan, ws, changes) => {
  for (const o of plan.strategicObjectives) {
    for (const k of o.kpis) {
      if (k.actual.col !== null && changes(k)) ws(k.sheet).getCell(k.row + 1, k.actual.col + 1).value = "da verificare";
    }
  }
};

/** The settings sheet's Valore cells set by their Impostazione label. */
function setSettings(wb: ExcelJS.Workbook, values: Readonly<Record<string, string>>): void {
  const ws = wb.getWorksheet(SETTINGS_SHEET)!;
  const found = new Set<string>();
  ws.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === "string" && label in values) {
      row.getCell(2).value = values[label];
      found.add(label);
    }
  });
  expect([...found].sort()).toEqual(Object.keys(values).sort());
}

/** A monitoring point recorded on the example before the run, so that the Riepilogo shows the trend. */
const POINT_DATE = "2022-06-30";
const RUN_DATE = "2022-12-31";

/**
 * The example scored and written, as officers have it before they change anything: scored once more after
 * the settings are set in its settings sheet (the first run creates it), or after a monitoring point is
 * recorded (then with a later run date: the trend compares with that point).
 */
async function scoredExample(
  settings: Readonly<Record<string, string>> | null,
  trend: boolean,
): Promise<{ wb: ExcelJS.Workbook; first: RunResult }> {
  const wb = await loadXlsx(EXAMPLE);
  let first = runPipeline(readWorkbookGrid(wb), trend ? { monitoring: { date: POINT_DATE } } : {});
  applyWritePlan(wb, first.writePlan);
  if (settings !== null) setSettings(wb, settings);
  if (settings !== null || trend) {
    first = runPipeline(readWorkbookGrid(wb), runOptions(trend));
    applyWritePlan(wb, first.writePlan);
  }
  return { wb, first };
}

const runOptions = (trend: boolean): RunOptions => (trend ? { runDate: RUN_DATE } : {});

interface Scenario {
  name: string;
  /** The Riepilogo compares with a monitoring point (its trend columns). */
  trend?: boolean;
  settings: Readonly<Record<string, string>> | null;
  change: Change;
  /** What the change must do to the engine's figures, for the scenario to prove anything. */
  moves: (first: RunResult, rerun: RunResult) => void;
}

const ALL_SCENARIOS: readonly Scenario[] = [
  {
    // The change since a monitoring point: its sign and figure follow the score, its previous score does not.
    name: "trend",
    trend: true,
    settings: null,
    change: someActuals,
    moves: (first, rerun) => {
      const trendCells = (run: RunResult) =>
        cellsOf(run.writePlan).filter(
          (c) => c.sheet === SUMMARY && typeof c.value === "string" && / pp$/.test(c.value),
        );
      expect(trendCells(first).length).toBeGreaterThan(10);
      expect(trendCells(rerun).map((c) => c.value)).not.toEqual(trendCells(first).map((c) => c.value));
    },
  },
  {
    name: "some-actuals",
    settings: null,
    change: someActuals,
    moves: (first, rerun) => {
      expect(rerun.scorecard.ente.score).not.toBeCloseTo(first.scorecard.ente.score!, 6);
      expect(rerun.scorecard.units.some((u) => u.score === null)).toBe(true);
    },
  },
  {
    name: "no-kpi-actuals",
    settings: null,
    change: noKpiActuals,
    moves: (first, rerun) => {
      expect(first.scorecard.ente.method).toBe("strategico");
      expect(rerun.scorecard.ente.method).toBe("aree");
    },
  },
  {
    // Missing actuals as zero (the coverage then reads the Consuntivo cells), the Areas' weighted pool, the
    // Ente from the units' mean, and every label in English.
    name: "settings",
    settings: {
      "Consuntivi mancanti come zero": "sì",
      "Metodo Area": "media ponderata",
      "Metodo Ente": "unità",
      Lingua: "en",
    },
    change: someActuals,
    moves: (first, rerun) => {
      expect(first.settings).toMatchObject({ missingAsZero: true, areaMethod: "pool_ponderato", lang: "en" });
      expect(rerun.scorecard.ente.method).toBe("unita");
      expect(rerun.scorecard.units.some((u) => u.coverage !== null && u.coverage < 1 && u.score !== null)).toBe(true);
    },
  },
];

/**
 * Each scenario scored, changed, recalculated by LibreOffice; every Riepilogo figure compared with the
 * engine's on the changed workbook. `indicators`: "engine" sets the indicator rows' cells to the engine's
 * new results (the Riepilogo's formulas alone are tested); "formulas" leaves them to their own formulas.
 */
async function recalculatedEqualsEngine(
  indicators: "engine" | "formulas",
  SCENARIOS: readonly Scenario[],
): Promise<void> {
  requireSoffice();
  const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-riepilogo-formulas-"));
  const files: string[] = [];
  const reruns: RunResult[] = [];
  const firsts: RunResult[] = [];
  for (const s of SCENARIOS) {
    const { wb, first } = await scoredExample(s.settings, s.trend === true);
    expect(first.settings.calculation).toBe("formule");
    const written = cellsOf(first.writePlan).filter((c) => c.sheet === SUMMARY && c.formula !== undefined);
    expect(written.length).toBeGreaterThan(40);
    // Every function the formulas call is one Excel 2016 and LibreOffice both have.
    for (const c of written) {
      for (const m of c.formula!.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(ALLOWED_FUNCTIONS).toContain(m[1]);
    }
    const live = liveRows(first);
    s.change(
      first.plan,
      (sheet) => wb.getWorksheet(sheet)!,
      (row) => indicators === "engine" || live.has(row.key),
    );
    const rerun = runPipeline(readWorkbookGrid(wb), runOptions(s.trend === true));
    s.moves(first, rerun);
    if (indicators === "engine") setIndicatorCells(wb, first, rerun);
    const file = path.join(dir, `${s.name}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
    reruns.push(rerun);
    firsts.push(first);
  }

  const recalculated = recalc(files, dir);
  for (let i = 0; i < SCENARIOS.length; i++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[i]);
    const ws = wb.getWorksheet(SUMMARY)!;
    const mismatches: string[] = [];
    let compared = 0;
    // Figures whose value the change moved: LibreOffice can only give them by recalculating a formula.
    const before = new Map(figures(firsts[i]).map((c) => [`${c.row},${c.col}`, c.value]));
    let moved = 0;
    for (const c of figures(reruns[i])) {
      if (before.get(`${c.row},${c.col}`) !== c.value) moved++;
      const got = shown(ws.getCell(c.row + 1, c.col + 1));
      const want = c.value === "" ? null : c.value;
      const ok = typeof want === "number" && typeof got === "number" ? Math.abs(got - want) <= 1e-9 : got === want;
      if (!ok) mismatches.push(`${SCENARIOS[i].name} R${c.row + 1}C${c.col + 1}: want ${String(want)}, got ${got}`);
      compared++;
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(100);
    expect(moved).toBeGreaterThan(10);
  }
}

describe("the Riepilogo's formulas recalculated by LibreOffice", () => {
  test("after actuals change, every figure equals the engine's on the changed workbook", async () => {
    await recalculatedEqualsEngine("engine", ALL_SCENARIOS);
  }, 400_000);

  test("the whole chain: only the Consuntivo cells change, the indicators' and the Riepilogo's formulas follow", async () => {
    // Some of the cruscotto's KPIs have their actual typed as text: they keep values, and the Ente cannot be
    // moved off the strategic objectives by their formulas alone.
    await recalculatedEqualsEngine(
      "formulas",
      ALL_SCENARIOS.filter((s) => s.name !== "no-kpi-actuals"),
    );
  }, 400_000);
});
