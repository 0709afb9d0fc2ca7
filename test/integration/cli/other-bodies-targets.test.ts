/**
 * `cruscotto score` on a unit whose targets are written the way other bodies write them (operators in
 * words, equality, words after the value, a dotted date, a worded deadline, n.d., a relative target with
 * a Baseline column, a deliverable, and a tiered rule that stays unreadable). The JSON report's kinds,
 * statuses and unit score are checked against figures worked out by hand below, and the written
 * workbook is read back with exceljs.
 *
 * Evaluation year 2024. Row: target | Peso | Baseline | Consuntivo -> achievement a
 *  3  non inferiore a 80%                          10 |      | 72 %        -> 0.72 / 0.80 = 0.9   Raggiunto
 *  4  al massimo 30 giorni                         10 |      | 40          -> 30 / 40 = 0.75      Parziale
 *  5  = 45.000 (bare, «Utenti serviti»: higher)    10 |      | 36000       -> 36000 / 45000 = 0.8 Parziale
 *  6  Almeno il 30% dei dati documentati … PA      10 |      | 30 %        -> 1                   Raggiunto
 *  7  31.12.2024                                   10 |      | 30/11/2024  -> 1                   Raggiunto
 *  8  Determina (entro il 31/10/2024)              10 |      | 15/11/2024  -> 0                   Non raggiunto
 *  9  n.d.                                         10 |      |             -> not scorable        Non valutabile
 * 10  Incremento del 10% rispetto all'anno prec.   10 | 1200 | 1254        -> 1254 / 1320 = 0.95  Raggiunto
 * 11  Redazione delle Linee guida                  10 |      | approvato   -> 1                   Raggiunto
 * 12  se … <10, deve arrivare a 10 • se … ≥ 10 …    5 |      | 12          -> unreadable          Non valutabile
 * 13  Riduzione del 5% rispetto al 2023             5 |      | 30          -> no baseline         Non valutabile
 * Σ peso = 100 %. Measured: rows 3-8, 10, 11 (Σ w = 0.80); Σ w·a = 0.09 + 0.075 + 0.08 + 0.1 + 0.1 + 0
 * + 0.095 + 0.1 = 0.64 -> score 0.64 / 0.80 = 0.8. Scorable: all but 9 (not set) and 12 (unreadable),
 * Σ w = 0.85 (13 stays: its target is readable, its baseline is missing) -> coverage 0.80 / 0.85.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Report, ReportIndicator } from "../../../src/core/report/types";
import { STATUS_LABELS } from "../../../src/i18n/labels";
import { formulaOf, shownValue } from "../../helpers/cell-value";
import { cli } from "../../helpers/cli";
import { loadSnapshot } from "../../helpers/snapshot";

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-other-bodies-"));
const SHEET = "Statistica";
const TIERED = "se … <10, deve arrivare a 10 • se … ≥ 10 deve aumentare del 25%";

type Cell = string | number | Date | null;
const pct = (fraction: number) => ({ value: fraction, numFmt: "0%" });
const day = (iso: string) => ({ value: new Date(`${iso}T00:00:00Z`), numFmt: "dd/mm/yyyy" });

const ROWS: Array<[string, string, Cell, number, number | null, Cell | { value: Cell; numFmt: string }]> = [
  ["Ob 1", "Pratiche evase nei termini", "non inferiore a 80%", 0.1, null, pct(0.72)],
  ["Ob 1", "Tempi medi di evasione", "al massimo 30 giorni", 0.1, null, 40],
  ["Ob 2", "Utenti serviti", "= 45.000", 0.1, null, 36000],
  ["Ob 2", "Dati pubblicati", "Almeno il 30% dei dati documentati nel portale per ciascuna PA", 0.1, null, pct(0.3)],
  ["Ob 3", "Relazione annuale", "31.12.2024", 0.1, null, day("2024-11-30")],
  ["Ob 3", "Determina di adozione", "Determina (entro il 31/10/2024)", 0.1, null, day("2024-11-15")],
  ["Ob 4", "Indicatore di nuova introduzione", "n.d.", 0.1, null, null],
  ["Ob 4", "Pratiche telematiche", "Incremento del 10% rispetto all'anno precedente", 0.1, 1200, 1254],
  ["Ob 5", "Linee guida", "Redazione delle Linee guida", 0.1, null, "approvato"],
  ["Ob 5", "Nuovi clienti", TIERED, 0.05, null, 12],
  ["Ob 5", "Reclami", "Riduzione del 5% rispetto al 2023", 0.05, null, 30],
];

async function buildWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "UFFICIO STATISTICA";
  ["Obiettivo", "Indicatore", "Target", "Peso", "Baseline", "Consuntivo 2024"].forEach(
    (h, c) => (ws.getCell(2, c + 1).value = h),
  );
  ROWS.forEach(([objective, indicator, target, weight, baseline, actual], i) => {
    const r = i + 3;
    ws.getCell(r, 1).value = objective;
    ws.getCell(r, 2).value = indicator;
    ws.getCell(r, 3).value = target;
    ws.getCell(r, 4).value = weight;
    ws.getCell(r, 4).numFmt = "0%";
    if (baseline !== null) ws.getCell(r, 5).value = baseline;
    if (actual !== null && typeof actual === "object" && !(actual instanceof Date)) {
      ws.getCell(r, 6).value = actual.value;
      ws.getCell(r, 6).numFmt = actual.numFmt;
    } else if (actual !== null) {
      ws.getCell(r, 6).value = actual;
    }
  });
  await wb.xlsx.writeFile(file);
}

describe("cruscotto score on targets written the way other bodies write them", () => {
  const input = path.join(dir, "altri-enti.xlsx");
  const output = path.join(dir, "altri-enti-valutato.xlsx");
  const json = path.join(dir, "altri-enti.json");
  let status: number | null;
  let report: Report;
  const row = (r: number): ReportIndicator => {
    const found = report.indicators.find((i) => i.sheet === SHEET && i.row === r);
    if (!found) throw new Error(`no indicator on row ${r}`);
    return found;
  };
  const codesAt = (cell: string): string[] =>
    report.diagnostics.filter((d) => d.sheet === SHEET && d.cell === cell).map((d) => d.code);

  beforeAll(async () => {
    await buildWorkbook(input);
    const run = await cli(["score", input, "-o", output, "--json", json, "--year", "2024"]);
    status = run.status;
    report = JSON.parse(readFileSync(json, "utf8")) as Report;
  });

  test("the run ends with errors only for the tiered rule, which stays unreadable at its cell", () => {
    expect(status).toBe(1);
    const errors = report.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.cell])).toEqual([["TARGET_UNREADABLE", "C12"]]);
    expect(errors[0].message).toContain("•");
  });

  test("every target reads to its kind", () => {
    expect(report.indicators.map((i) => [i.row, i.target.kind])).toEqual([
      [3, "comparison"],
      [4, "comparison"],
      [5, "comparison"],
      [6, "comparison"],
      [7, "deadline"],
      [8, "deadline"],
      [9, "not_set"],
      [10, "relative"],
      [11, "boolean"],
      [12, "invalid"],
      [13, "relative"],
    ]);
  });

  test("statuses and achievements, as worked out above", () => {
    const expected: Array<[number, string, number | null]> = [
      [3, "raggiunto", 0.9],
      [4, "parzialmente_raggiunto", 0.75],
      [5, "parzialmente_raggiunto", 0.8],
      [6, "raggiunto", 1],
      [7, "raggiunto", 1],
      [8, "non_raggiunto", 0],
      [9, "non_valutabile", null],
      [10, "raggiunto", 0.95],
      [11, "raggiunto", 1],
      [12, "non_valutabile", null],
      [13, "non_valutabile", null],
    ];
    for (const [r, st, a] of expected) {
      const got = row(r);
      expect([r, got.status]).toEqual([r, st]);
      if (a === null) expect(got.achievement).toBeNull();
      else expect(got.achievement).toBeCloseTo(a, 12);
    }
  });

  test("the unit score and coverage, by hand: 0.64 / 0.80 and 0.80 / 0.85", () => {
    expect(report.units).toHaveLength(1);
    const u = report.units[0];
    expect(u.name).toBe("UFFICIO STATISTICA");
    expect(u.score).toBeCloseTo(0.8, 12);
    expect(u.coverage).toBeCloseTo(0.8 / 0.85, 12);
    expect(u.weightSum).toBeCloseTo(1, 12);
    expect(report.diagnostics.some((d) => d.code === "WEIGHT_SUM")).toBe(false);
  });

  test("the relative target in the report: change, direction, baseline and its cell, computed value", () => {
    expect(row(10).target.relative).toEqual({
      change: 0.1,
      direction: "increase",
      baseline: { cell: "E10", raw: 1200, value: 1200 },
      value: expect.any(Number),
      percent: false,
    });
    expect(row(10).target.relative?.value).toBeCloseTo(1320, 9);
    expect(row(13).target.relative).toEqual({
      change: 0.05,
      direction: "decrease",
      baseline: { cell: "E13", raw: null, value: null },
      value: null,
      percent: false,
    });
    // other kinds carry no relative field
    expect(row(3).target).toEqual({ raw: "non inferiore a 80%", kind: "comparison" });
  });

  test("the diagnostics of the new readings, at the target cells", () => {
    expect(codesAt("C5")).toContain("TARGET_POLARITY_INFERRED");
    expect(codesAt("C9")).toEqual(["TARGET_NOT_SET"]);
    expect(codesAt("C10")).toEqual(["TARGET_RELATIVE"]);
    expect(codesAt("C11")).toEqual(["TARGET_DELIVERABLE"]);
    expect(codesAt("C13")).toEqual(["BASELINE_MISSING"]);
    const relativeMessage = report.diagnostics.find((d) => d.code === "TARGET_RELATIVE")?.message;
    expect(relativeMessage).toContain("+10% rispetto a 1.200 = 1.320");
  });

  test("the written workbook: Stato of every row in words, Raggiungimento, and the notes", async () => {
    const { wb } = await loadSnapshot(output);
    const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
    const header = (c: number): string => String(ws.getCell(2, c).value ?? "");
    const columnOf = (prefix: string): number => {
      for (let c = 7; c <= 12; c++) if (header(c).startsWith(prefix)) return c;
      throw new Error(`no ${prefix} column`);
    };
    const stato = columnOf("Stato");
    const ragg = columnOf("Raggiungimento");
    const note = columnOf("Note");
    const texts = ROWS.map((_, i) => String(shownValue(ws.getCell(i + 3, stato))));
    const L = STATUS_LABELS.it;
    expect(texts).toEqual([
      L.raggiunto,
      L.parzialmente_raggiunto,
      L.parzialmente_raggiunto,
      L.raggiunto,
      L.raggiunto,
      L.non_raggiunto,
      L.non_valutabile,
      L.raggiunto,
      L.raggiunto,
      L.non_valutabile,
      L.non_valutabile,
    ]);
    expect(shownValue(ws.getCell(10, ragg)) as number).toBeCloseTo(0.95, 9);
    // Live: the relative target's threshold, computed from its baseline, written into the formula.
    expect(formulaOf(ws.getCell(10, ragg))).toMatch(/\$F10\b.*1320/);
    expect(shownValue(ws.getCell(9, ragg))).toBeNull();
    expect(String(ws.getCell(10, note).value)).toContain("+10% rispetto a 1.200 = 1.320");
    expect(String(ws.getCell(9, note).value)).toContain(
      "Il target «n.d.» dice che per questo periodo non è stato fissato",
    );
    expect(String(ws.getCell(13, note).value)).toContain("valore di partenza");
    expect(String(ws.getCell(11, note).value)).toContain("risultato da realizzare");
  });
});
