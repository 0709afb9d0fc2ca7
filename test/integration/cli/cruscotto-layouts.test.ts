/**
 * `cruscotto score` on a small workbook per cruscotto layout — (a) the seed's `N. Name | 2021 | 2022 | …` with
 * `Consuntivo 2022`, (b) a heading above `Indicatore | Peso | Target <anno> | Consuntivo <anno> | …`, (c) one
 * flat table with an `Obiettivo strategico` column — plus one unit sheet. The report's strategic objectives,
 * the Ente and the written status cells are compared with figures worked out by hand; a rerun changes
 * nothing and undo gives back the input. A sheet named «KPI strategici» that cannot be read is said, and
 * never read as a unit.
 *
 * By hand (SMVP defaults, evaluation year 2022):
 * - KPI A1 `≥ 80%`, actual 76 %: 0.76 / 0.80 = 0.95 Raggiunto; KPI A2 `≥ 10`, actual 5: 0.5 Non raggiunto;
 *   KPI B1 `100%`, actual 75 %: 0.75 Parzialmente raggiunto; (c) KPI B2 `<= 5 gg`, actual 10: 5 / 10 = 0.5.
 * - (a) has no Peso: objective 1 = (0.95 + 0.5) / 2 = 0.725, objective 2 = 0.75 (the baseline KPI B2 is out);
 *   Ente = (0.725 + 0.75) / 2 = 0.7375.
 * - (b) Peso 30 % / 70 %: objective 1 = 0.3 × 0.95 + 0.7 × 0.5 = 0.635; objective 2 = 0.75;
 *   Ente = (0.635 + 0.75) / 2 = 0.6925.
 * - (c) objective 1 = 0.635; objective 2 = (50 × 0.75 + 50 × 0.5) / 100 = 0.625; Ente = (0.635 + 0.625) / 2 = 0.63.
 * - The unit: `≥ 80%` with 90 % → 1 (capped), `<= 10` with 20 → 0.5; 0.6 × 1 + 0.4 × 0.5 = 0.8 (its Area's
 *   score, and the Ente's when no strategic objective has a score).
 * Every objective has a KPI below Raggiunto: each block gets a «Motivazione scostamento 2022» column, created
 * right of the table, before the add-in's own columns.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import type { Report } from "../../../src/core/report/types";
import { UNDO_SHEET_NAME } from "../../../src/core/undo";
import { buildReportDocument, type TableBlock as DocumentTable } from "../../../src/core/document";
import { runPipeline } from "../../../src/core/pipeline";
import { loadXlsx, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { STATUS_LABELS } from "../../../src/i18n/labels";
import { cli } from "../../helpers/cli";
import { gridFromRows, workbook } from "../../helpers/grid-builder";
import { formulaOf, shownRow, shownValue, type ShownValue } from "../../helpers/cell-value";
import { diffSnapshots, loadSnapshot } from "../../helpers/snapshot";
import { workbookFromGrids } from "../../helpers/write-fixtures";

/** Four decimals of a fraction. */
const DIGITS = 4;
const rounded = (x: number | null): number | null => (x === null ? null : Math.round(x * 10 ** DIGITS) / 10 ** DIGITS);

const UNIT_SHEET = gridFromRows("S. Staff", [
  ["SERVIZIO STAFF"],
  ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Area", "Consuntivo"],
  ["Ob A", "Pratiche evase", "≥ 80%", "60%", "AREA I", "90%"],
  ["Ob B", "Tempi medi di evasione", "<= 10", "40%", "AREA I", 20],
]);

const A_HEADER = (objective: string): CellValue[] => [objective, 2021, 2022, 2023, "Owner", "Consuntivo 2022"];
const B_HEADER = ["Indicatore", "Peso", "Target 2021", "Consuntivo 2021", "Target 2022", "Consuntivo 2022", "Owner"];

interface Case {
  layout: string;
  sheet: Grid;
  objectives: { number: number; name: string; weighted: boolean; score: number; kpis: number }[];
  ente: number;
  /** KPI rows (1-based), with the status written in their Stato cell and the achievement beside it. */
  kpis: { row: number; stato: string; achievement: number | null }[];
  /** Column of the Motivazione scostamento created right of the table, on every header row of the sheet. */
  motivazione: { col: string; headerRows: number[] };
  /** Column of the officers' Consuntivo, which a written Raggiungimento formula reads. */
  consuntivo: string;
  /** Columns of the written Raggiungimento and Stato, right of the created Motivazione. */
  raggiungimento: string;
  stato: string;
  /** A person's cell right of the table, kept as typed. */
  kept?: { cell: string; value: string };
}

const CASES: Case[] = [
  {
    layout: "(a) N. Name | 2021 | 2022 | … | Owner | Consuntivo 2022",
    sheet: gridFromRows("Cruscotto strategico", [
      ["011_Competitività delle Imprese"],
      A_HEADER("1. Semplificazione"),
      ["KPI A1", null, "≥ 80%", "≥ 85%", "S. Staff", "76%"],
      ["KPI A2", null, "≥ 10", "≥ 12", "S. Staff", 5],
      A_HEADER("2. Trasparenza"),
      ["KPI B1", null, "100%", "100%", "S. Staff", "75%"],
      ["KPI B2", null, "Anno di rilevazione", ">1", "S. Staff", null],
    ]),
    objectives: [
      { number: 1, name: "Semplificazione", weighted: false, score: 0.725, kpis: 2 },
      { number: 2, name: "Trasparenza", weighted: false, score: 0.75, kpis: 2 },
    ],
    ente: 0.7375,
    kpis: [
      { row: 3, stato: "Raggiunto", achievement: 0.95 },
      { row: 4, stato: "Non raggiunto", achievement: 0.5 },
      { row: 6, stato: "Parzialmente raggiunto", achievement: 0.75 },
      { row: 7, stato: "Non valutabile", achievement: null },
    ],
    motivazione: { col: "G", headerRows: [2, 5] },
    consuntivo: "F",
    raggiungimento: "H",
    stato: "I",
  },
  {
    layout: "(b) N. Name above Indicatore | Peso | Target <anno> | Consuntivo <anno> | …",
    sheet: gridFromRows("Cruscotto strategico", [
      ["CRUSCOTTO STRATEGICO 2021-2022"],
      ["1. Semplificazione"],
      [...B_HEADER, "Commento"],
      ["KPI A1", "30%", "≥ 70%", "75%", "≥ 80%", "76%", "S. Staff", "da verificare"],
      ["KPI A2", "70%", "≥ 8", 9, "≥ 10", 5, "S. Staff"],
      [],
      ["2. Trasparenza"],
      [...B_HEADER, "Commento"],
      ["KPI B1", "100%", "100%", "100%", "100%", "75%", "S. Staff"],
    ]),
    objectives: [
      { number: 1, name: "Semplificazione", weighted: true, score: 0.635, kpis: 2 },
      { number: 2, name: "Trasparenza", weighted: true, score: 0.75, kpis: 1 },
    ],
    ente: 0.6925,
    kpis: [
      { row: 4, stato: "Raggiunto", achievement: 0.95 },
      { row: 5, stato: "Non raggiunto", achievement: 0.5 },
      { row: 9, stato: "Parzialmente raggiunto", achievement: 0.75 },
    ],
    // The person's Commento column (H) belongs to the table: the created and the add-in's columns go after it.
    motivazione: { col: "I", headerRows: [3, 8] },
    consuntivo: "F",
    raggiungimento: "J",
    stato: "K",
    kept: { cell: "H4", value: "string:da verificare" },
  },
  {
    layout: "(c) N. | Obiettivo strategico | Indicatore | Peso | Target 2022 | Consuntivo 2022 | Owner",
    sheet: gridFromRows(
      "Obiettivi strategici",
      [
        ["N.", "Obiettivo strategico", "Indicatore", "Peso", "Target 2022", "Consuntivo 2022", "Owner"],
        [1, "Semplificazione", "KPI A1", 30, "≥ 80%", "76%", "S. Staff"],
        [null, null, "KPI A2", 70, "≥ 10", 5, "S. Staff"],
        [2, "Trasparenza", "KPI B1", 50, "100%", "75%", "S. Staff"],
        [2, "Trasparenza", "Tempi di pagamento", 50, "<= 5 gg", 10, "S. Staff"],
      ],
      {
        merges: [
          { top: 1, left: 0, bottom: 2, right: 0 },
          { top: 1, left: 1, bottom: 2, right: 1 },
        ],
      },
    ),
    objectives: [
      { number: 1, name: "Semplificazione", weighted: true, score: 0.635, kpis: 2 },
      { number: 2, name: "Trasparenza", weighted: true, score: 0.625, kpis: 2 },
    ],
    ente: 0.63,
    kpis: [
      { row: 2, stato: "Raggiunto", achievement: 0.95 },
      { row: 3, stato: "Non raggiunto", achievement: 0.5 },
      { row: 4, stato: "Parzialmente raggiunto", achievement: 0.75 },
      { row: 5, stato: "Non raggiunto", achievement: 0.5 },
    ],
    motivazione: { col: "H", headerRows: [1] },
    consuntivo: "F",
    raggiungimento: "I",
    stato: "J",
  },
];

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-layouts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeWorkbook(name: string, sheets: Grid[]): Promise<string> {
  const file = path.join(dir, `${name}.xlsx`);
  await workbookFromGrids(workbook(sheets)).xlsx.writeFile(file);
  return file;
}

async function score(input: string, output: string, json: string): Promise<Report> {
  const run = await cli(["score", input, "-o", output, "--json", json]);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  return JSON.parse(readFileSync(json, "utf8")) as Report;
}

/** The Riepilogo's rows as texts and numbers, by the text in column A. */
function riepilogoRows(wb: ExcelJS.Workbook): Map<string, ShownValue[]> {
  const ws = wb.getWorksheet("Riepilogo 2022");
  const rows = new Map<string, ShownValue[]>();
  ws?.eachRow((row) => {
    const values = shownRow(row).slice(1);
    if (typeof values[0] === "string") rows.set(values[0], values);
  });
  return rows;
}

describe.each(CASES.map((c) => [c.layout, c] as const))("cruscotto score, layout %s", (layout, c) => {
  const base = layout.slice(1, 2);
  let input: string;
  let output: string;
  let report: Report;
  beforeAll(async () => {
    input = await writeWorkbook(`layout-${base}`, [c.sheet, UNIT_SHEET]);
    output = path.join(dir, `layout-${base}-out.xlsx`);
    report = await score(input, output, path.join(dir, `layout-${base}.json`));
  }, 60_000);

  test("the report's strategic objectives and the Ente, by the strategic method", () => {
    expect(report.strategicObjectives.map((o) => [o.number, o.name, o.weighted])).toEqual(
      c.objectives.map((o) => [o.number, o.name, o.weighted]),
    );
    report.strategicObjectives.forEach((o, i) => expect(o.score).toBeCloseTo(c.objectives[i].score, DIGITS));
    expect(report.ente.method).toBe("strategico");
    expect(report.ente.score).toBeCloseTo(c.ente, DIGITS);
    // The cruscotto's sheet is no unit: only the unit sheet is.
    expect(report.units.map((u) => [u.name, u.sheet])).toEqual([["SERVIZIO STAFF", "S. Staff"]]);
    expect(report.units[0].score).toBeCloseTo(0.8, DIGITS);
    expect(report.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  test("each KPI in the report names its strategic objective, with its status and achievement", () => {
    const kpis = report.indicators.filter((i) => i.sheet === c.sheet.name);
    expect(kpis.map((k) => [k.row, k.unit, STATUS_LABELS.it[k.status], rounded(k.achievement)])).toEqual(
      c.kpis.map((k) => [k.row, "", k.stato, rounded(k.achievement)]),
    );
    const perObjective = c.objectives.map((o) => kpis.filter((k) => k.strategicObjective?.number === o.number).length);
    expect(perObjective).toEqual(c.objectives.map((o) => o.kpis));
  });

  test("the PDF's strategic part: each objective and its KPIs, with their Peso when weighted", async () => {
    const grid = readWorkbookGrid(await loadXlsx(input));
    const run = runPipeline(grid, { writes: false });
    const model = buildReportDocument({
      plan: run.plan,
      scorecard: run.scorecard,
      report: run.report,
      settings: run.settings,
      enteName: null,
      runDate: "2023-03-31",
    });
    const blocks = model.sections.find((s) => s.kind === "strategic")!.blocks;
    const headings = blocks
      .filter((b) => b.kind === "heading" && b.level === 2)
      .map((b) => (b as { text: string }).text);
    expect(headings).toEqual(c.objectives.map((o) => `${o.number}. ${o.name}`));
    const tables = blocks.filter((b): b is DocumentTable => b.kind === "table");
    expect(tables.map((t) => t.rows.length)).toEqual(c.objectives.map((o) => o.kpis));
    expect(tables.map((t) => t.columns.some((col) => col.header === "Peso"))).toEqual(
      c.objectives.map((o) => o.weighted),
    );
    const statuses = tables.flatMap((t) => t.rows.map((r) => (r.kind === "row" ? r.cells[t.statusColumn!] : "")));
    expect(statuses).toEqual(c.kpis.map((k) => k.stato));
  });

  test("the written workbook: Raggiungimento and Stato right of the table, on every KPI row", async () => {
    const { wb, cells } = await loadSnapshot(output);
    const ws = wb.getWorksheet(c.sheet.name)!;
    for (const k of c.kpis) {
      const stato = ws.getCell(`${c.stato}${k.row}`);
      const raggCell = ws.getCell(`${c.raggiungimento}${k.row}`);
      const ragg = shownValue(raggCell);
      expect([k.row, shownValue(stato)]).toEqual([k.row, k.stato]);
      if (k.achievement === null) expect(ragg).toBeNull();
      else {
        expect(ragg as number).toBeCloseTo(k.achievement, 9);
        // Live where the Consuntivo is a number: a formula over that cell of its row. An actual typed as
        // text («76%») only the add-in can read, so that row keeps its value.
        const actual = ws.getCell(`${c.consuntivo}${k.row}`).value;
        if (typeof actual === "number") expect(formulaOf(raggCell)).toContain(`$${c.consuntivo}${k.row}`);
        else expect([k.row, formulaOf(raggCell)]).toEqual([k.row, null]);
      }
    }
    const headerRow = c.kpis[0].row - 1;
    expect(ws.getCell(`${c.stato}${headerRow}`).value).toBe("Stato 2022");
    expect(ws.getCell(`${c.raggiungimento}${headerRow}`).value).toBe("Raggiungimento 2022");
    if (c.kept) expect(cells.get(`${c.sheet.name}!${c.kept.cell}`)?.value).toBe(c.kept.value);
    for (const r of c.motivazione.headerRows)
      expect(ws.getCell(`${c.motivazione.col}${r}`).value).toBe("Motivazione scostamento 2022");
    // No cell of the person's table changed; the created column has its header only.
    const before = (await loadSnapshot(input)).cells;
    const changed = diffSnapshots(before, cells).filter((k) => k.startsWith(`${c.sheet.name}!`));
    const column = (k: string): string => /!([A-Z]+)\d+$/.exec(k)![1];
    expect(changed.filter((k) => column(k) < c.motivazione.col)).toEqual([]);
    expect(changed.filter((k) => column(k) === c.motivazione.col).sort()).toEqual(
      c.motivazione.headerRows.map((r) => `${c.sheet.name}!${c.motivazione.col}${r}`).sort(),
    );
  });

  test("the Riepilogo's strategic section lists each objective with its score", async () => {
    const rows = riepilogoRows((await loadSnapshot(output)).wb);
    for (const o of c.objectives) {
      const row = rows.get(o.name);
      expect(row?.[1]).toBe(o.number);
      expect(row?.[2] as number).toBeCloseTo(o.score, DIGITS);
    }
  });

  test("scoring the output again changes nothing; undo gives back the input", async () => {
    const again = path.join(dir, `layout-${base}-again.xlsx`);
    await score(output, again, path.join(dir, `layout-${base}-again.json`));
    const [first, second] = [(await loadSnapshot(output)).cells, (await loadSnapshot(again)).cells];
    expect(diffSnapshots(first, second).filter((k) => !k.startsWith(`${UNDO_SHEET_NAME}!`))).toEqual([]);
    const undone = path.join(dir, `layout-${base}-undone.xlsx`);
    const twice = path.join(dir, `layout-${base}-undone-2.xlsx`);
    expect((await cli(["undo", again, "-o", undone])).status).toBe(0);
    expect((await cli(["undo", undone, "-o", twice])).status).toBe(0);
    expect(diffSnapshots((await loadSnapshot(input)).cells, (await loadSnapshot(twice)).cells)).toEqual([]);
  }, 60_000);
});

describe("a sheet named «KPI strategici» that cannot be read as the cruscotto", () => {
  const sheet = gridFromRows("KPI strategici", [
    ["Indicatori strategici 2022"],
    ["Indicatore", "Target", "Peso", "Consuntivo"],
    ["Servizi digitali", "≥ 80%", "50%", "90%"],
    ["Tempi di pagamento", "<= 30 gg", "50%", 20],
  ]);
  let input: string;
  let output: string;
  let report: Report;
  beforeAll(async () => {
    input = await writeWorkbook("kpi-strategici", [sheet, UNIT_SHEET]);
    output = path.join(dir, "kpi-strategici-out.xlsx");
    report = await score(input, output, path.join(dir, "kpi-strategici.json"));
  }, 60_000);

  test("a warning at its header says so and what to do; no unit is called after it", () => {
    const warning = report.diagnostics.filter((d) => d.code === "CRUSCOTTO_NOT_READ");
    expect(warning.map((d) => [d.severity, d.sheet, d.cell])).toEqual([["warning", "KPI strategici", "A2"]]);
    expect(warning[0].message).toContain("«KPI strategici»");
    expect(warning[0].message).toContain("Obiettivo strategico");
    expect(report.units.map((u) => u.name)).toEqual(["SERVIZIO STAFF"]);
    expect(report.indicators.filter((i) => i.sheet === "KPI strategici")).toEqual([]);
    // Nothing strategic to score: the Ente is its Areas' mean, and the report says so.
    expect(report.strategicObjectives).toEqual([]);
    expect(report.ente.method).toBe("aree");
    expect(report.ente.score).toBeCloseTo(0.8, DIGITS);
  });

  test("nothing is written on it", async () => {
    const before = (await loadSnapshot(input)).cells;
    const after = (await loadSnapshot(output)).cells;
    expect(diffSnapshots(before, after).filter((k) => k.startsWith("KPI strategici!"))).toEqual([]);
  });
});
