/**
 * The written workbook is live: once an officer types new actuals, the sheet's own formulas — recalculated
 * by an independent calculator, LibreOffice — give every indicator's Raggiungimento and Stato and every
 * Riepilogo figure exactly as the engine computes them for those actuals.
 *
 * For the example, the fixtures, the every-kind fixture and one foreign file of each kind: score with the
 * exceljs host (default settings: formulas), type new actuals into the written file (seeded, varied across
 * rows, covering every target kind: numbers above and below target, % cells above 100 %, percentage points,
 * dates before and after deadlines, levels, sì/no, empty cells, «boh»), run the engine on that file and
 * recalculate it with LibreOffice, then compare. Rows the design keeps as values (an actual typed as text
 * such as «76,5%» or «45/50», two dates in one cell) are not changed, and the test lists them.
 *
 * The settings the formulas read live (soglia minima, cap, the two bands) are changed too, in a second
 * pass; a third writes the workbook with the settings that shape the formulas turned the other way. A date
 * typed into a row with a % target has a test of its own (the two readers see it differently: the engine by
 * the cell's format, a formula by its serial), so that it does not hide other mismatches behind the totals. Controls: every file with its actuals unchanged must match, every formula's cached result included
 * (the comparison is sound), and a workbook written with «Calcolo nel foglio» = valori must not match once
 * its actuals change (the test sees stale values). Needs soffice. Full lists are written to test-artifacts/formulas/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { RunResult } from "../../../src/core/pipeline";
import { recalcAndRead, formulaOf, removeRecalcProfiles, requireSoffice } from "../../helpers/libreofficeRecalc";
import {
  changeActuals,
  compareIndicators,
  compareCached,
  compareRiepilogo,
  compareWithPlan,
  badYear,
  dateAgainstPercent,
  engineOn,
  errorValues,
  formulaCases,
  indicatorCells,
  mismatchReport,
  scoreToFile,
  seedOf,
  setSetting,
  typeActualsLive,
  unseen,
  SETTING_LABELS,
  type ActualChange,
  type Candidate,
  type Mismatch,
  type UnchangedRow,
  VALUE_ON_PURPOSE,
} from "../../helpers/liveFormulas";
import type { SheetCalculation } from "../../../src/core/settings/types";
import type { IndicatorRow } from "../../../src/core/model/types";

const ARTIFACTS = path.resolve(__dirname, "..", "..", "..", "test-artifacts", "formulas");

interface Outcome {
  mismatches: Mismatch[];
  changes: ActualChange[];
  unchanged: UnchangedRow[];
  /** Stato cells holding a formula, per annotated sheet, in the file handed to LibreOffice. */
  formulaSheets: Map<string, number>;
  engine: RunResult;
}

const slug = (s: string): string => s.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");

/** Score, change the actuals (or not), recalculate with LibreOffice and compare with the engine. */
async function recalcFlow(
  label: string,
  input: string,
  dir: string,
  options: {
    calculation?: SheetCalculation;
    change: boolean;
    /** Settings typed into Impostazioni Cruscotto with the new actuals (the live ones: the formulas follow). */
    settings?: readonly { label: string; value: number }[];
    /** Name of this flow's folder and artifact, when one case runs several flows. */
    variant?: string;
    /** Retype first, as the Notes ask, the actuals the design would keep as values: the whole file is live. */
    liveActuals?: boolean;
    /** Settings typed before the run: those that shape the formulas (strict comparisons, methods …). */
    shape?: readonly { label: string; value: string }[];
    /** The new actuals a row may get (default: candidatesFor). */
    candidates?: (row: IndicatorRow) => Candidate[];
    /** Record a monitoring point of this date first: the Riepilogo then shows the trend since it. */
    previousPoint?: string;
    /** LibreOffice's locale (default it-IT, as the officers' Excel). */
    locale?: string;
  },
): Promise<Outcome> {
  const name = options.variant ? `${label} ${options.variant}` : label;
  const base = path.join(dir, slug(name));
  mkdirSync(base, { recursive: true });
  let source = input;
  if (options.liveActuals) {
    const original = await engineOn(input);
    typeActualsLive(original.wb, original.run);
    source = path.join(base, "consuntivi-come-da-nota.xlsx");
    await original.wb.xlsx.writeFile(source);
  }
  if (options.previousPoint) {
    const recorded = path.join(base, "rilevazione.xlsx");
    await scoreToFile(source, recorded, {
      calculation: options.calculation,
      settings: options.shape,
      run: { monitoring: { date: options.previousPoint, label: "Monitoraggio semestrale" } },
    });
    source = recorded;
  }
  const written = path.join(base, "valutato.xlsx");
  await scoreToFile(source, written, { calculation: options.calculation, settings: options.shape });

  // The model of the written file: where each actual is, what its target is.
  const { wb, run: model } = await engineOn(written);
  const lang = model.settings.lang;
  const cells = indicatorCells(wb, model.plan.indicators, lang);
  for (const s of options.settings ?? []) setSetting(wb, s.label, s.value, true);
  const { changes, unchanged } = options.change
    ? changeActuals(wb, model, seedOf(label), options.candidates)
    : { changes: [], unchanged: [] };
  const changed = path.join(base, "consuntivi-nuovi.xlsx");
  await wb.xlsx.writeFile(changed);

  const formulaSheets = new Map<string, number>();
  for (const at of cells.values()) {
    const ws = wb.getWorksheet(at.sheet) as ExcelJS.Worksheet;
    if (formulaOf(ws.getCell(at.row, at.stato)) !== null) {
      formulaSheets.set(at.sheet, (formulaSheets.get(at.sheet) ?? 0) + 1);
    }
  }

  // What the engine computes for the new actuals, read from the file before any recalculation.
  const { run: engine } = await engineOn(changed);
  const recalculated = await recalcAndRead(changed, path.join(base, "ricalcolato"), { locale: options.locale });
  const context = new Map(changes.map((c) => [c.key, `actual ${c.before} → ${c.after} (${c.label})`]));
  const year = engine.plan.year;
  // A row kept as values by design follows no setting either: with the settings changed, it is not compared
  // (the settings test retypes those actuals first, so there are none).
  const notLive = new Set(
    options.settings ? unchanged.filter((u) => u.reason.startsWith(VALUE_ON_PURPOSE)).map((u) => u.key) : [],
  );
  const mismatches = [
    ...(options.change || options.settings ? [] : compareCached(wb, recalculated.wb)),
    ...errorValues(recalculated.wb, year),
    ...compareIndicators(recalculated.wb, cells, engine, context, notLive),
    ...compareRiepilogo(recalculated.wb, engine),
  ];
  mismatches.push(...unseen(mismatches, compareWithPlan(recalculated.wb, wb, engine)));

  mkdirSync(ARTIFACTS, { recursive: true });
  const mode = options.calculation ?? "formule";
  writeFileSync(
    path.join(ARTIFACTS, `${slug(name)}-${mode}.txt`),
    [
      `${name} (${mode}): ${changes.length} actuals changed, ${unchanged.length} left alone, ${mismatches.length} mismatches`,
      "",
      "Mismatches:",
      ...mismatches.map((m) => `  ${m.cell} ${m.what}: expected ${m.expected}, got ${m.got}`),
      "",
      "Left alone:",
      ...unchanged.map(
        (u) => `  ${u.cell}: ${u.reason}${notLive.has(u.key) ? " (not compared: settings changed)" : ""}`,
      ),
      "",
      "Changed:",
      ...changes.map((c) => `  ${c.cell} [${c.target}] ${c.before} → ${c.after} (${c.label})`),
      "",
    ].join("\n"),
  );
  return { mismatches, changes, unchanged, formulaSheets, engine };
}

/** The rows left alone, grouped by reason: what the test says it did not change. */
function sayUnchanged(label: string, unchanged: readonly UnchangedRow[]): void {
  if (unchanged.length === 0) return;
  const byReason = new Map<string, string[]>();
  for (const u of unchanged) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.cell]);
  const lines = [...byReason].map(([reason, at]) => `  ${reason}: ${at.join(", ")}`);
  console.info(`${label}: actuals not changed\n${lines.join("\n")}`);
}

describe("the written formulas recalculated by LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-live-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    removeRecalcProfiles();
  });
  let cases: [string, string][] = [];
  beforeAll(async () => {
    requireSoffice();
    cases = await formulaCases(dir);
  });

  test("with the actuals unchanged, every formula's cached result and the engine's results are what LibreOffice computes", async () => {
    // The comparison itself is sound (it passes on a workbook nobody touched), and a viewer that does not
    // recalculate shows what the formulas give.
    const failures: string[] = [];
    for (const [label, input] of cases) {
      const out = await recalcFlow(label, input, dir, { change: false, variant: "invariato" });
      failures.push(...mismatchReport(out.mismatches, 20).map((m) => `${label}: ${m}`));
    }
    expect(failures).toEqual([]);
  }, 1_200_000);

  test("after new actuals, every Raggiungimento, Stato and Riepilogo figure equals the engine's", async () => {
    const failures: string[] = [];
    for (const [label, input] of cases) {
      const out = await recalcFlow(label, input, dir, { change: true });
      sayUnchanged(label, out.unchanged);
      if (out.changes.length === 0) failures.push(`${label}: no actual changed`);
      const sheets = new Set(out.engine.plan.indicators.map((i) => i.sheet));
      for (const s of sheets) if (!out.formulaSheets.has(s)) failures.push(`${label}: no Stato formula on ${s}`);
      failures.push(...mismatchReport(out.mismatches, 40).map((m) => `${label}: ${m}`));
    }
    expect(failures).toEqual([]);
  }, 1_200_000);

  test("with every actual typed live, after new actuals and new soglia, cap and bands in Impostazioni Cruscotto, the sheet follows the engine", async () => {
    const settings = [
      { label: SETTING_LABELS.soglia, value: 0.3 },
      { label: SETTING_LABELS.cap, value: 1.2 },
      { label: SETTING_LABELS.bandRaggiunto, value: 0.95 },
      { label: SETTING_LABELS.bandParziale, value: 0.6 },
    ];
    const failures: string[] = [];
    for (const wanted of ["every target kind", "the example", "many blocks in one sheet"]) {
      const [label, input] = cases.find(([l]) => l === wanted) as [string, string];
      const out = await recalcFlow(label, input, dir, {
        change: true,
        settings,
        variant: "impostazioni",
        liveActuals: true,
      });
      const s = out.engine.settings;
      expect([s.soglia, s.cap, s.bandRaggiunto, s.bandParziale]).toEqual([0.3, 1.2, 0.95, 0.6]);
      expect(out.unchanged.filter((u) => u.reason.startsWith(VALUE_ON_PURPOSE))).toEqual([]);
      failures.push(...mismatchReport(out.mismatches, 40).map((m) => `${label}: ${m}`));
    }
    expect(failures).toEqual([]);
  }, 600_000);

  test("with strict comparisons, missing actuals as zero, the Areas pooled and the Ente from the Areas, the sheet follows the engine", async () => {
    const shape = [
      { label: SETTING_LABELS.strict, value: "sì" },
      { label: SETTING_LABELS.missingAsZero, value: "sì" },
      { label: SETTING_LABELS.areaMethod, value: "media ponderata" },
      { label: SETTING_LABELS.enteMethod, value: "media aree" },
    ];
    const failures: string[] = [];
    for (const wanted of ["every target kind", "the example", "many blocks in one sheet", "one unit per sheet"]) {
      const [label, input] = cases.find(([l]) => l === wanted) as [string, string];
      const out = await recalcFlow(label, input, dir, { change: true, shape, variant: "regole" });
      const s = out.engine.settings;
      expect([s.strictComparisons, s.missingAsZero, s.areaMethod, s.enteMethod]).toEqual([
        true,
        true,
        "pool_ponderato",
        "aree",
      ]);
      failures.push(...mismatchReport(out.mismatches, 40).map((m) => `${label}: ${m}`));
    }
    expect(failures).toEqual([]);
  }, 600_000);

  test("with a monitoring point recorded before, the Riepilogo's trend since it follows the new actuals", async () => {
    const failures: string[] = [];
    for (const wanted of ["the example", "many blocks in one sheet"]) {
      const [label, input] = cases.find(([l]) => l === wanted) as [string, string];
      const out = await recalcFlow(label, input, dir, {
        change: true,
        previousPoint: "2022-06-30",
        variant: "andamento",
      });
      expect(out.engine.monitoring.previous?.date).toBe("2022-06-30");
      failures.push(...mismatchReport(out.mismatches, 40).map((m) => `${label}: ${m}`));
    }
    expect(failures).toEqual([]);
  }, 600_000);

  test("in a bad year, the Dirigenti's indicators on the Ente's and Areas' scores follow them down", async () => {
    const failures: string[] = [];
    for (const wanted of ["the example", "many blocks in one sheet"]) {
      const [label, input] = cases.find(([l]) => l === wanted) as [string, string];
      const out = await recalcFlow(label, input, dir, { change: true, candidates: badYear, variant: "anno-difficile" });
      const derived = out.engine.plan.indicators.filter((r) => r.derived !== null).map((r) => r.key);
      const byKey = new Map(out.engine.plan.indicators.map((r, i) => [r.key, out.engine.scorecard.indicators[i]]));
      // The year is bad enough to matter: some derived indicator falls below Raggiunto.
      expect(derived.some((k) => byKey.get(k)?.status !== "raggiunto")).toBe(true);
      failures.push(...mismatchReport(out.mismatches, 40).map((m) => `${label}: ${m}`));
    }
    expect(failures).toEqual([]);
  }, 600_000);

  test("in an English LibreOffice the sheet gives the same results (the formulas do not depend on the locale)", async () => {
    const failures: string[] = [];
    for (const wanted of ["every target kind", "the example"]) {
      const [label, input] = cases.find(([l]) => l === wanted) as [string, string];
      const out = await recalcFlow(label, input, dir, { change: true, locale: "en-US", variant: "en-US" });
      failures.push(...mismatchReport(out.mismatches, 40).map((m) => `${label}: ${m}`));
    }
    expect(failures).toEqual([]);
  }, 600_000);

  test("a date typed later into a row with a % target: the sheet, like the engine, cannot score it", async () => {
    // The engine reads the date cell's format and calls the actual unfit (Non valutabile); a formula sees
    // only a serial (44742), which as percentage points would be far above any target.
    const failures: string[] = [];
    for (const wanted of ["every target kind", "the example"]) {
      const [label, input] = cases.find(([l]) => l === wanted) as [string, string];
      const out = await recalcFlow(label, input, dir, {
        change: true,
        candidates: dateAgainstPercent,
        variant: "data-su-percentuale",
      });
      expect(out.changes.length).toBeGreaterThan(0);
      failures.push(...mismatchReport(out.mismatches, 40).map((m) => `${label}: ${m}`));
    }
    expect(failures).toEqual([]);
  }, 600_000);

  test("control: written as values («Calcolo nel foglio» = valori), new actuals leave the sheet stale", async () => {
    for (const wanted of ["every target kind", "the example"]) {
      const [label, input] = cases.find(([l]) => l === wanted) as [string, string];
      const out = await recalcFlow(label, input, dir, { calculation: "valori", change: true, variant: "valori" });
      expect(out.engine.settings.calculation).toBe("valori");
      expect(out.formulaSheets.size).toBe(0);
      expect(out.changes.length).toBeGreaterThan(0);
      const stale = out.mismatches.filter((m) => m.what.startsWith("Raggiungimento") || m.what.startsWith("Stato"));
      expect(stale.length).toBeGreaterThan(0);
    }
  }, 600_000);
});
