/**
 * Monitoring points through the CLI, end to end: a plan scored with `--rilevazione 2024-06-30 --etichetta
 * "Monitoraggio semestrale"`, the actuals of 31/12 typed into the written workbook, scored with
 * `--rilevazione 2024-12-31`, then the same run again. Figures by hand in test/fixtures/monitoring-plan.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Report } from "../../../src/core/report/types";
import { UNDO_SHEET_NAME } from "../../../src/core/undo";
import { shownRow } from "../../helpers/cell-value";
import { cli } from "../../helpers/cli";
import { diffSnapshots, expectSameWorkbook, loadSnapshot, type WorkbookSnapshot } from "../../helpers/snapshot";
import { BY_HAND, DECEMBER_ACTUALS, monitoringPlan, UNIT_SHEET } from "../../fixtures/monitoring-plan";

const HISTORY = "Storico monitoraggi";
const DIGITS = 9;
const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-monitoring-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string): string => path.join(dir, name);

async function score(input: string, output: string, json: string, extra: string[]): Promise<Report> {
  const run = await cli(["score", input, "-o", output, "--json", json, "--year", "2024", ...extra]);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  return JSON.parse(readFileSync(json, "utf8")) as Report;
}

interface Whole {
  cells: WorkbookSnapshot;
  sheets: { name: string; state: string }[];
  names: { name: string; ranges: string[] }[];
}

async function whole(name: string): Promise<Whole> {
  const { wb, cells } = await loadSnapshot(name);
  return {
    cells,
    sheets: wb.worksheets.map((w) => ({ name: w.name, state: w.state })),
    names: wb.definedNames.model
      .map((n) => ({ name: n.name, ranges: [...n.ranges].sort() }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The history sheet's data rows (under its header), as values: dates as yyyy-mm-dd. */
async function historyRows(name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(name);
  const ws = wb.getWorksheet(HISTORY);
  if (!ws) return [];
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n <= 4) return;
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null))),
    );
  });
  return rows;
}

/** The Riepilogo's rows, as a person sees them (a formula's cached result). */
async function riepilogo(name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(name);
  const rows: unknown[][] = [];
  wb.getWorksheet("Riepilogo 2024")?.eachRow((row) => rows.push(shownRow(row).slice(1)));
  return rows;
}

/** The first row whose first cell is `text` and that has more than one cell (a header, not a section's title). */
const rowOf = (rows: unknown[][], text: string): unknown[] | undefined =>
  rows.find((r) => r[0] === text && r.length > 1);

describe("monitoring points recorded at 30/06 and 31/12, then the same date again", () => {
  const input = file("piano.xlsx");
  const june = file("giugno.xlsx");
  const typed = file("dicembre-digitato.xlsx");
  const december = file("dicembre.xlsx");
  const again = file("dicembre-di-nuovo.xlsx");
  let reports: { june: Report; december: Report; again: Report };

  beforeAll(async () => {
    await monitoringPlan().xlsx.writeFile(input);
    const first = await score(input, june, file("giugno.json"), [
      "--rilevazione",
      "2024-06-30",
      "--etichetta",
      "Monitoraggio semestrale",
    ]);
    // The 31/12 actuals typed into the written workbook, as an officer would.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(june);
    for (const a of DECEMBER_ACTUALS) wb.getWorksheet(a.sheet)!.getCell(a.cell).value = a.value;
    await wb.xlsx.writeFile(typed);
    const second = await score(typed, december, file("dicembre.json"), ["--rilevazione", "2024-12-31"]);
    const third = await score(december, again, file("di-nuovo.json"), ["--rilevazione", "2024-12-31"]);
    reports = { june: first, december: second, again: third };
  }, 120_000);

  test("the first run's report holds its own point and no previous score", () => {
    const r = reports.june;
    expect(r.monitoring.map((p) => [p.date, p.label])).toEqual([["2024-06-30", "Monitoraggio semestrale"]]);
    expect(r.monitoring[0].ente).toBeCloseTo(BY_HAND.june.ente, DIGITS);
    expect(r.units.map((u) => [u.name, u.previousScore])).toEqual([["SERVIZIO STAFF", null]]);
    expect(r.diagnostics.filter((d) => d.code.startsWith("MONITORING_")).map((d) => d.code)).toEqual([
      "MONITORING_RECORDED",
    ]);
  });

  test("the report after 31/12 holds both points in date order, with the scores worked out by hand", () => {
    for (const r of [reports.december, reports.again]) {
      expect(r.monitoring.map((p) => [p.date, p.label])).toEqual([
        ["2024-06-30", "Monitoraggio semestrale"],
        ["2024-12-31", null],
      ]);
      const [j, d] = r.monitoring;
      expect(j.ente).toBeCloseTo(BY_HAND.june.ente, DIGITS);
      expect(d.ente).toBeCloseTo(BY_HAND.december.ente, DIGITS);
      expect(j.units.map((u) => u.name)).toEqual(["SERVIZIO STAFF"]);
      expect(j.units[0].score).toBeCloseTo(BY_HAND.june.unit, DIGITS);
      expect(d.units[0].score).toBeCloseTo(BY_HAND.december.unit, DIGITS);
      expect(j.areas.map((a) => a.name)).toEqual(["Area I"]);
      expect(d.areas[0].score).toBeCloseTo(BY_HAND.december.area, DIGITS);
      expect(j.strategicObjectives.map((o) => o.number)).toEqual([1]);
      expect(j.strategicObjectives[0].score).toBeCloseTo(BY_HAND.june.objective, DIGITS);
      expect(d.strategicObjectives[0].score).toBeCloseTo(BY_HAND.december.objective, DIGITS);
      // The unit's score at the point before 31/12: 30/06's.
      expect(r.units[0].score).toBeCloseTo(BY_HAND.december.unit, DIGITS);
      expect(r.units[0].previousScore).toBeCloseTo(BY_HAND.june.unit, DIGITS);
    }
    expect(reports.again.diagnostics.filter((d) => d.code.startsWith("MONITORING_")).map((d) => d.code)).toEqual([
      "MONITORING_REPLACED",
    ]);
  });

  test("«Storico monitoraggi» holds both dates: one row per score and per indicator", async () => {
    const rows = await historyRows(december);
    const byDate = (date: string): unknown[][] => rows.filter((r) => r[0] === date);
    // Ente, Area, unit, objective, two unit indicators and the KPI.
    expect(byDate("2024-06-30").map((r) => r[2])).toEqual([
      "Ente",
      "Area",
      "Unità",
      "Obiettivo strategico",
      "Indicatore",
      "Indicatore",
      "Indicatore",
    ]);
    expect(byDate("2024-12-31")).toHaveLength(7);
    expect(rows.map((r) => r[0])).toEqual([...Array(7).fill("2024-06-30"), ...Array(7).fill("2024-12-31")]);
    expect(byDate("2024-06-30").every((r) => r[1] === "Monitoraggio semestrale")).toBe(true);
    const indicator = byDate("2024-12-31").find((r) => r[8] === "Tempi medi di risposta (giorni)");
    // Sheet, cell, unit, actual, achievement, status.
    expect([indicator?.[3], indicator?.[4], indicator?.[5], indicator?.[9], indicator?.[11]]).toEqual([
      UNIT_SHEET,
      "E4",
      "SERVIZIO STAFF",
      36,
      "Parzialmente raggiunto",
    ]);
    expect(indicator?.[10] as number).toBeCloseTo(30 / 36, DIGITS);
  });

  test("the Riepilogo shows each score at the previous point and the change in percentage points", async () => {
    const rows = await riepilogo(december);
    expect(rowOf(rows, "Ente")?.slice(3)).toEqual(["Punteggio al 30/06/2024", "Variazione"]);
    expect(rowOf(rows, "Unità")?.slice(8)).toEqual(["Punteggio al 30/06/2024", "Variazione"]);
    const ente = rowOf(rows, "Indicatore sintetico di performance organizzativa");
    expect(ente?.[3] as number).toBeCloseTo(BY_HAND.june.ente, DIGITS);
    expect(ente?.[4]).toBe("▲ 25,0 pp");
    expect(rowOf(rows, "Area I")?.[4]).toBe("▲ 16,7 pp");
    expect(rowOf(rows, "SERVIZIO STAFF")?.[9]).toBe("▲ 16,7 pp");
    expect(rowOf(rows, "Digitalizzazione")?.[4]).toBe("▲ 25,0 pp");
    // The cruscotto's KPI across its years: targets and every Consuntivo filled.
    expect(rowOf(rows, "Indicatore del cruscotto")).toEqual([
      "Indicatore del cruscotto",
      "N.",
      "2023 · Target",
      "2023 · Consuntivo",
      "2024 · Target",
      "2024 · Consuntivo",
    ]);
    expect(rowOf(rows, "Servizi digitali")).toEqual(["Servizi digitali", 1, "≥ 70%", "72%", "≥ 80%", "84%"]);
    // At the first point there is nothing before it: no trend columns.
    expect(rowOf(await riepilogo(june), "Ente")).toEqual(["Ente", "Punteggio", "Metodo"]);
  });

  test("recording the same date again changes no cell", async () => {
    const [before, after] = [(await loadSnapshot(december)).cells, (await loadSnapshot(again)).cells];
    expect(diffSnapshots(before, after).filter((k) => !k.startsWith(`${UNDO_SHEET_NAME}!`))).toEqual([]);
  });

  test("undo gives back the replaced point, then removes only the 31/12 point", async () => {
    const once = file("annullato-1.xlsx");
    const twice = file("annullato-2.xlsx");
    expect((await cli(["undo", again, "-o", once])).status).toBe(0);
    expectSameWorkbook(await whole(once), await whole(december));
    expect((await cli(["undo", once, "-o", twice])).status).toBe(0);
    expectSameWorkbook(await whole(twice), await whole(typed));
    expect([...new Set((await historyRows(twice)).map((r) => r[0]))]).toEqual(["2024-06-30"]);
  });

  test("without --rilevazione nothing is recorded, and the history is read: the trend is from the last point", async () => {
    const out = file("senza-rilevazione.xlsx");
    const r = await score(again, out, file("senza.json"), []);
    expect(r.monitoring.map((p) => p.date)).toEqual(["2024-06-30", "2024-12-31"]);
    // Today is after 31/12/2024: the point before it is 31/12's.
    expect(r.units[0].previousScore).toBeCloseTo(BY_HAND.december.unit, DIGITS);
    expect(await historyRows(out)).toEqual(await historyRows(again));
    expect(r.diagnostics.filter((d) => d.code.startsWith("MONITORING_"))).toEqual([]);
  });
});

describe("the monitoring options on the command line", () => {
  const input = file("opzioni.xlsx");
  beforeAll(async () => {
    await monitoringPlan().xlsx.writeFile(input);
  });

  test.each([["2024-02-30"], ["30/06/2024"], ["domani"]])(
    "a date that is no calendar day (%s): exit 2, one sentence",
    async (date) => {
      const run = await cli(["score", input, "-o", file("mai.xlsx"), "--rilevazione", date]);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining("--rilevazione")]);
    },
  );

  test("a label without a date: exit 2, saying to give the date", async () => {
    const run = await cli(["score", input, "-o", file("mai.xlsx"), "--etichetta", "Monitoraggio"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--rilevazione");
  });

  test("English help lists both options", async () => {
    const run = await cli(["help", "score", "--lang", "en"]);
    expect(run.stdout).toContain("--rilevazione <yyyy-mm-dd>");
    expect(run.stdout).toContain("--etichetta <text>");
  });
});
