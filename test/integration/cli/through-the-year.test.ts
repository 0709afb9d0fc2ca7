/**
 * Through the year, end to end through the CLI: one plan with a row the OIV neutralised and a motivazione
 * dello scostamento, scored with `--rilevazione 2024-06-30`, its 31/12 actuals typed into the written
 * workbook, scored with `--rilevazione 2024-12-31`, then the same run again; undo at the end.
 *
 * By hand (SMVP defaults): the neutralised row (peso 30 %) leaves every total, so the unit's Σ peso is 70 %.
 * - 30/06: «≥ 80%» with 60 % → 0,75; «<= 10 gg» with 12 → 10 / 12; unit = (0,4 × 0,75 + 0,3 × 10/12) / 0,7
 *   = 0,55 / 0,7. The Ente (no cruscotto) is the mean of the Areas, here the one Area of the one unit.
 * - 31/12: 76 % → 0,95; 10 → 1; unit = (0,4 × 0,95 + 0,3 × 1) / 0,7 = 0,68 / 0,7.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../../src/core/report/types";
import { UNDO_SHEET_NAME } from "../../../src/core/undo";
import { cli } from "../../helpers/cli";
import { gridFromRows, workbook } from "../../helpers/grid-builder";
import { diffSnapshots, loadSnapshot } from "../../helpers/snapshot";
import { workbookFromGrids } from "../../helpers/write-fixtures";

const SHEET = "S. Staff";
const JUNE = { a: 0.75, b: 10 / 12, unit: 0.55 / 0.7 };
const DECEMBER = { a: 0.95, b: 1, unit: 0.68 / 0.7 };

const PLAN = gridFromRows(SHEET, [
  ["SERVIZIO STAFF"],
  ["Obiettivo", "Indicatore", "Target", "Peso", "Area", "Consuntivo", "Motivazione scostamento", "Neutralizzato"],
  ["Digitale", "Pratiche telematiche", "≥ 80%", "40%", "Area I", "60%", "Organico ridotto nel semestre", null],
  ["Tempi", "Tempi medi di risposta (giorni)", "<= 10", "30%", "Area I", 12, null, null],
  ["Eventi", "Eventi organizzati", ">= 100", "30%", "Area I", 20, "Sospeso per decisione dell'OIV", "sì"],
]);

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-through-the-year-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string): string => path.join(dir, name);

async function score(input: string, output: string, date: string): Promise<Report> {
  const json = `${output}.json`;
  const run = await cli(["score", input, "-o", output, "--json", json, "--year", "2024", "--rilevazione", date]);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  return JSON.parse(readFileSync(json, "utf8")) as Report;
}

async function open(name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(name);
  return wb;
}

/** The dates the «Storico monitoraggi» sheet holds, in its order, each once. */
async function historyDates(name: string): Promise<string[]> {
  const dates: string[] = [];
  (await open(name)).getWorksheet("Storico monitoraggi")?.eachRow((row) => {
    const v = row.getCell(1).value;
    const iso = v instanceof Date ? v.toISOString().slice(0, 10) : null;
    if (iso !== null && !dates.includes(iso)) dates.push(iso);
  });
  return dates;
}

/** The text written under the header `header` on the unit sheet's row `row` (the add-in's own columns). */
async function writtenCell(name: string, header: string, row: number): Promise<unknown> {
  const ws = (await open(name)).getWorksheet(SHEET)!;
  const headers = (ws.getRow(2).values as unknown[]).slice(1);
  const col = headers.indexOf(header);
  expect(col).toBeGreaterThanOrEqual(0);
  return ws.getRow(row).getCell(col + 1).value;
}

describe("a plan through the year: monitoring points, a neutralised row, a motivazione", () => {
  const input = file("piano.xlsx");
  const june = file("giugno.xlsx");
  const typed = file("dicembre-digitato.xlsx");
  const december = file("dicembre.xlsx");
  const again = file("dicembre-di-nuovo.xlsx");
  let reports: { june: Report; december: Report; again: Report };

  beforeAll(async () => {
    await workbookFromGrids(workbook([PLAN])).xlsx.writeFile(input);
    const first = await score(input, june, "2024-06-30");
    const wb = await open(june);
    wb.getWorksheet(SHEET)!.getCell("F3").value = "76%";
    wb.getWorksheet(SHEET)!.getCell("F4").value = 10;
    await wb.xlsx.writeFile(typed);
    const second = await score(typed, december, "2024-12-31");
    reports = { june: first, december: second, again: await score(december, again, "2024-12-31") };
  }, 120_000);

  test("the neutralised row is out of every total at both points, and says so", () => {
    for (const [r, byHand] of [
      [reports.june, JUNE],
      [reports.december, DECEMBER],
    ] as const) {
      const rows = r.indicators.filter((i) => i.sheet === SHEET);
      expect(rows.map((i) => i.status)).toEqual([
        byHand === JUNE ? "parzialmente_raggiunto" : "raggiunto",
        byHand === JUNE ? "parzialmente_raggiunto" : "raggiunto",
        "neutralizzato",
      ]);
      expect(rows[0].achievement).toBeCloseTo(byHand.a, 9);
      expect(rows[1].achievement).toBeCloseTo(byHand.b, 9);
      expect(rows[2].achievement).toBeNull();
      const [unit] = r.units;
      expect(unit.score).toBeCloseTo(byHand.unit, 9);
      expect(unit.coverage).toBeCloseTo(1, 9);
      expect(unit.weightSum).toBeCloseTo(0.7, 9);
      expect(r.areas[0].score).toBeCloseTo(byHand.unit, 9);
      expect(r.ente.score).toBeCloseTo(byHand.unit, 9);
    }
  });

  test("the motivazione is the indicator's justification; one missing below Raggiunto is asked for", () => {
    const rows = reports.june.indicators.filter((i) => i.sheet === SHEET);
    expect(rows.map((i) => i.justification)).toEqual([
      "Organico ridotto nel semestre",
      null,
      "Sospeso per decisione dell'OIV",
    ]);
    const asked = reports.june.diagnostics.filter((d) => d.code === "JUSTIFICATION_MISSING");
    expect(asked.map((d) => [d.severity, d.sheet, d.cell])).toEqual([["info", SHEET, "G4"]]);
  });

  test("both points in date order with their scores, and the unit's previous score", () => {
    for (const r of [reports.december, reports.again]) {
      expect(r.monitoring.map((p) => p.date)).toEqual(["2024-06-30", "2024-12-31"]);
      expect(r.monitoring[0].units[0].score).toBeCloseTo(JUNE.unit, 9);
      expect(r.monitoring[1].units[0].score).toBeCloseTo(DECEMBER.unit, 9);
      expect(r.monitoring.map((p) => p.ente)).toEqual([expect.closeTo(JUNE.unit, 9), expect.closeTo(DECEMBER.unit, 9)]);
      expect(r.units[0].previousScore).toBeCloseTo(JUNE.unit, 9);
    }
    expect(reports.june.units[0].previousScore).toBeNull();
  });

  test("the written sheet: «Neutralizzato» in the Stato column; the Storico holds both dates", async () => {
    expect(await writtenCell(december, "Stato", 5)).toBe("Neutralizzato");
    expect(await writtenCell(december, "Stato", 3)).toBe("Raggiunto");
    expect(await historyDates(december)).toEqual(["2024-06-30", "2024-12-31"]);
  });

  test("the same run again changes no cell; undo removes only the last point", async () => {
    const [before, after] = [(await loadSnapshot(december)).cells, (await loadSnapshot(again)).cells];
    expect(diffSnapshots(before, after).filter((k) => !k.startsWith(`${UNDO_SHEET_NAME}!`))).toEqual([]);
    const undone = file("annullato.xlsx");
    expect((await cli(["undo", december, "-o", undone])).status).toBe(0);
    expect(await historyDates(undone)).toEqual(["2024-06-30"]);
    const [typedCells, undoneCells] = [(await loadSnapshot(typed)).cells, (await loadSnapshot(undone)).cells];
    expect(diffSnapshots(typedCells, undoneCells)).toEqual([]);
  });
});
