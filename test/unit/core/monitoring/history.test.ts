/**
 * The monitoring history on grids, without files: the «Storico monitoraggi» parser (tolerant), the rows a
 * point adds and where they go, the change as written, and the pipeline's monitoring option — a person's
 * sheet of the history's name never taken, a protected history left alone, a run without the option
 * writing nothing there.
 */
import type { CellValue, Grid, WorkbookGrid } from "../../../../src/core/grid/types";
import { isoToSerial } from "../../../../src/core/targets/excelDates";
import { runPipeline } from "../../../../src/core/pipeline";
import { planParts } from "../../../../src/core/write/steps";
import { changeText, historyCells, mergedRows, readHistory, type StoredRow } from "../../../../src/core/monitoring";
import { applyToGrids, grid, unitSheetRows } from "../../../helpers/write-fixtures";

const SHEET = "Storico monitoraggi";
const HEADER = [
  "Data",
  "Etichetta",
  "Livello",
  "Foglio",
  "Cella",
  "Unità",
  "Area",
  "N.",
  "Nome",
  "Consuntivo",
  "Raggiungimento",
  "Stato",
];
const june = isoToSerial("2024-06-30");
const december = isoToSerial("2024-12-31");

function history(rows: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return grid(SHEET, [["Cruscotto Performance — Storico monitoraggi"], ["…"], [], HEADER, ...rows], extra);
}

describe("reading the history sheet", () => {
  test("every level of a point, in any language the add-in wrote it", () => {
    const h = readHistory(
      history([
        [june, "Monitoraggio semestrale", "Ente", null, null, null, null, null, "Indicatore sintetico", null, 0.75],
        [june, "Monitoraggio semestrale", "Area", null, null, null, null, null, "Area I", null, 0.7],
        [
          june,
          "Monitoraggio semestrale",
          "Unità",
          "S. Staff",
          null,
          null,
          "Area I",
          null,
          "SERVIZIO STAFF",
          null,
          0.7,
          "Parzialmente raggiunto",
        ],
        [
          june,
          "Monitoraggio semestrale",
          "Obiettivo strategico",
          null,
          null,
          null,
          null,
          1,
          "Digitalizzazione",
          null,
          null,
        ],
        [
          june,
          "Monitoraggio semestrale",
          "Indicatore",
          "S. Staff",
          "E3",
          "SERVIZIO STAFF",
          null,
          null,
          "Pratiche",
          "60%",
          0.75,
          "Parzialmente raggiunto",
        ],
        // Written by a run in English.
        ["31/12/2024", null, "Unit", "S. Staff", null, null, "Area I", null, "SERVIZIO STAFF", null, 0.9, "Achieved"],
      ]),
    );
    expect(h.diagnostics).toEqual([]);
    expect(h.points.map((p) => [p.date, p.label, p.ente])).toEqual([
      ["2024-06-30", "Monitoraggio semestrale", 0.75],
      ["2024-12-31", null, null],
    ]);
    const [j, d] = h.points;
    expect(j.areas).toEqual([{ name: "Area I", score: 0.7 }]);
    expect(j.units).toEqual([
      { name: "SERVIZIO STAFF", sheet: "S. Staff", area: "Area I", score: 0.7, status: "parzialmente_raggiunto" },
    ]);
    expect(j.strategicObjectives).toEqual([{ number: 1, name: "Digitalizzazione", score: null }]);
    expect(j.indicators).toEqual([
      {
        sheet: "S. Staff",
        cell: "E3",
        unit: "SERVIZIO STAFF",
        indicator: "Pratiche",
        actual: "60%",
        achievement: 0.75,
        status: "parzialmente_raggiunto",
      },
    ]);
    expect(d.units.map((u) => [u.score, u.status])).toEqual([[0.9, "raggiunto"]]);
  });

  test("a damaged row is a warning on its cell and stays out; a date with no row that reads is no point", () => {
    const h = readHistory(
      history([
        [june, null, "Ente", null, null, null, null, null, "Ente", null, 0.75],
        ["ieri", null, "Ente", null, null, null, null, null, "Ente", null, 0.5],
        [june, null, "Sottounità", null, null, null, null, null, "X", null, 0.5],
        [june, null, "Unità", null, null, null, null, null, null, null, 0.5],
        [june, null, "Area", null, null, null, null, null, "Area I", null, "molto"],
        [june, null, "Indicatore", "S. Staff", "riga 3", null, null, null, "Pratiche", null, 0.5],
        [],
        [december, null, "Area", null, null, null, null, null, null, null, 0.9],
      ]),
    );
    expect(h.points.map((p) => p.date)).toEqual(["2024-06-30"]);
    expect(h.points[0].ente).toBe(0.75);
    expect(h.diagnostics.map((d) => [d.code, d.severity, d.sheet, d.cell])).toEqual(
      [6, 7, 8, 9, 10, 12].map((row) => ["HISTORY_ROW_UNREADABLE", "warning", SHEET, `A${row}`]),
    );
    // Every non-blank row is kept as it was, for the next recording to write back.
    expect(h.rows.map((r) => r.date)).toEqual(["2024-06-30", null, ...Array(4).fill("2024-06-30"), "2024-12-31"]);
  });

  test("no sheet, or a sheet with only its title: no point", () => {
    expect(readHistory(undefined).points).toEqual([]);
    expect(readHistory(grid(SHEET, [["Cruscotto Performance — Storico monitoraggi"]])).points).toEqual([]);
  });
});

describe("the rows after recording a point", () => {
  const row = (date: string | null, tag: string): StoredRow => ({ cells: { values: [tag], formats: [] }, date });
  const added = [{ values: ["new"], formats: [] }];

  test("the same date's rows are replaced where the date falls; the others stay as they were", () => {
    const kept = [
      row("2024-03-31", "mar"),
      row("2024-06-30", "old june"),
      row("2024-06-30", "old june 2"),
      row("2024-12-31", "dec"),
    ];
    const { rows, replaced } = mergedRows({ kept, date: "2024-06-30", added });
    expect(replaced).toBe(true);
    expect(rows.map((r) => r.values[0])).toEqual(["mar", "new", "dec"]);
  });

  test("a new date goes before the first later one; a damaged row keeps its place", () => {
    const kept = [row("2024-03-31", "mar"), row(null, "damaged"), row("2024-12-31", "dec")];
    const { rows, replaced } = mergedRows({ kept, date: "2024-06-30", added });
    expect(replaced).toBe(false);
    expect(rows.map((r) => r.values[0])).toEqual(["mar", "damaged", "new", "dec"]);
    expect(mergedRows({ kept, date: "2025-06-30", added }).rows.map((r) => r.values[0])).toEqual([
      "mar",
      "damaged",
      "dec",
      "new",
    ]);
  });

  test("the sheet starts with its title, its notice and its header; a row's formats go with its cells", () => {
    const cells = historyCells(SHEET, [{ values: [june, null, "Ente"], formats: ["dd/mm/yyyy", "", ""] }], "it");
    const at = (r: number, c: number): CellValue | undefined => cells.find((w) => w.row === r && w.col === c)?.value;
    expect(at(0, 0)).toBe("Cruscotto Performance — Storico monitoraggi");
    expect(HEADER.map((_, c) => at(3, c))).toEqual(HEADER);
    expect(cells.find((w) => w.row === 4 && w.col === 0)?.style).toEqual({ numberFormat: "dd/mm/yyyy" });
    expect(at(4, 1)).toBeUndefined();
  });
});

describe("the change in percentage points", () => {
  test.each([
    [3.2, "it", "▲ 3,2 pp"],
    [-1, "it", "▼ 1,0 pp"],
    [0.04, "it", "= 0,0 pp"],
    [-0.04, "it", "= 0,0 pp"],
    [16.666, "en", "▲ 16.7 pp"],
    [null, "it", "—"],
  ] as const)("%s in %s reads «%s»", (points, lang, text) => {
    expect(changeText(points, lang)).toBe(text);
  });
});

describe("the pipeline's monitoring option on grids", () => {
  const unit = (): Grid => grid("Servizio Staff", unitSheetRows());

  function record(wb: WorkbookGrid, date: string, label: string | null = null) {
    const result = runPipeline(wb, { year: 2022, monitoring: { date, label } });
    return { result, after: applyToGrids(wb, result.writePlan) };
  }

  test("a person's sheet named «Storico monitoraggi» is never taken: the history goes beside it", () => {
    const mine = grid(SHEET, [["Appunti del monitoraggio"], ["da rivedere"]]);
    const { result, after } = record({ sheets: [unit(), mine], names: [] }, "2022-06-30");
    const parts = planParts(result.writePlan);
    expect(parts.sheets.map((s) => s.name)).toContain(`${SHEET} (2)`);
    expect(parts.cells.filter((c) => c.sheet === SHEET)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === "RESERVED_SHEET_TAKEN").map((d) => d.params)).toEqual([
      { sheet: SHEET, used: `${SHEET} (2)` },
    ]);
    expect(after.sheets.find((s) => s.name === SHEET)?.values).toEqual(mine.values);
    // The next run finds its own history there, and records beside it again.
    const second = record(after, "2022-12-31");
    expect(second.result.monitoring.points.map((p) => p.date)).toEqual(["2022-06-30", "2022-12-31"]);
    expect(planParts(second.result.writePlan).sheets.filter((s) => s.name.startsWith(SHEET))).toEqual([
      expect.objectContaining({ name: `${SHEET} (2)`, replace: true }),
    ]);
  });

  test("without the option an existing history is read, named again as the add-in's, and not written", () => {
    const { after } = record({ sheets: [unit()], names: [] }, "2022-06-30");
    const result = runPipeline(after, { year: 2022, runDate: "2022-09-15" });
    const parts = planParts(result.writePlan);
    expect(parts.sheets.map((s) => s.name)).not.toContain(SHEET);
    expect(parts.cells.filter((c) => c.sheet === SHEET)).toEqual([]);
    expect(parts.setNames.filter((n) => n.sheet === SHEET)).toHaveLength(1);
    expect(result.report.monitoring.map((p) => p.date)).toEqual(["2022-06-30"]);
    expect(
      result.report.units.every((u) => u.previousScore === result.report.units.find((x) => x.name === u.name)?.score),
    ).toBe(true);
    // The history is the add-in's: never read as a plan sheet.
    expect(result.diagnostics.filter((d) => d.sheet === SHEET)).toEqual([]);
    // Before the point's date there is no previous point.
    const earlier = runPipeline(after, { year: 2022, runDate: "2022-06-30" });
    expect(earlier.report.units.map((u) => u.previousScore)).toEqual(earlier.report.units.map(() => null));
  });

  test("a protected history is left as it is and says the point was not recorded", () => {
    const { after } = record({ sheets: [unit()], names: [] }, "2022-06-30");
    const locked: WorkbookGrid = {
      ...after,
      sheets: after.sheets.map((s) => (s.name === SHEET ? { ...s, protected: true } : s)),
    };
    const result = runPipeline(locked, { year: 2022, monitoring: { date: "2022-12-31" } });
    const parts = planParts(result.writePlan);
    expect(parts.sheets.map((s) => s.name)).not.toContain(SHEET);
    expect(parts.cells.filter((c) => c.sheet === SHEET)).toEqual([]);
    expect(result.report.monitoring.map((p) => p.date)).toEqual(["2022-06-30"]);
    expect(result.diagnostics.filter((d) => d.code === "MONITORING_NOT_RECORDED").map((d) => d.params)).toEqual([
      { sheet: SHEET, date: "31/12/2022" },
    ]);
  });

  test("a point recorded again keeps its label unless given another", () => {
    const { after } = record({ sheets: [unit()], names: [] }, "2022-06-30", "Monitoraggio semestrale");
    const again = record(after, "2022-06-30");
    expect(again.result.report.monitoring.map((p) => p.label)).toEqual(["Monitoraggio semestrale"]);
    const renamed = record(again.after, "2022-06-30", "Verifica intermedia");
    expect(renamed.result.report.monitoring.map((p) => p.label)).toEqual(["Verifica intermedia"]);
  });

  test("the point the report gives is the one the sheet holds once written", () => {
    const { result, after } = record({ sheets: [unit()], names: [] }, "2022-06-30", "Monitoraggio semestrale");
    const read = readHistory(after.sheets.find((s) => s.name === SHEET));
    expect(read.diagnostics).toEqual([]);
    expect(read.points).toEqual([result.monitoring.recorded?.point]);
    expect(read.points[0].indicators.length).toBe(result.plan.indicators.length);
  });
});

describe("the Riepilogo's KPIs across the years", () => {
  test("a Riepilogo that lost its name is not read as a second cruscotto", () => {
    const cruscotto = grid("Cruscotto", [
      ["1. Digitalizzazione"],
      ["Indicatore", "Target 2022", "Consuntivo 2022"],
      ["Servizi digitali", "≥ 80%", "84%"],
    ]);
    const wb: WorkbookGrid = { sheets: [grid("Servizio Staff", unitSheetRows()), cruscotto], names: [] };
    const first = runPipeline(wb, { year: 2022 });
    const summary = planParts(first.writePlan).cells.filter((c) => c.sheet === "Riepilogo 2022");
    // The KPI is listed with its years.
    expect(summary.map((c) => c.value)).toEqual(expect.arrayContaining(["Servizi digitali", "≥ 80%", "84%"]));
    // The person deletes the add-in's names: the old Riepilogo is theirs now, and read as plan data.
    const orphan = { ...applyToGrids(wb, first.writePlan), names: [] };
    const second = runPipeline(orphan, { year: 2022 });
    expect(second.plan.indicators.filter((r) => r.sheet === "Riepilogo 2022")).toEqual([]);
    expect(second.report.strategicObjectives.map((o) => o.score)).toEqual(
      first.report.strategicObjectives.map((o) => o.score),
    );
  });
});
