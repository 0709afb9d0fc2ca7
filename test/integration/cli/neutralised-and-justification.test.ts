/**
 * `cruscotto score --colonna-neutralizzato` on a small plan with indicators the OIV neutralised and
 * indicators below Raggiunto, with and without a motivazione dello scostamento: the JSON report, the written
 * workbook read back, a rerun that changes no cell, and undo that gives back the input.
 *
 * By hand (SMVP defaults, evaluation year 2022):
 * - SERVIZIO STAFF (its table has Motivazione scostamento and Neutralizzato columns, every row Produttività):
 *   `≥ 80%` with 90 % → 1 (weight 40 %); `<= 10` with 20 → 10 / 20 = 0,5 Non raggiunto (30 %), with its
 *   motivazione; `≥ 10` with 3 → neutralised (30 %, marked «sì»). Without the neutralised row:
 *   score = (0,4 × 1 + 0,3 × 0,5) / 0,7 = 0,55 / 0,7 = 0,785714…; coverage 1; Σ peso 0,7; productivity the
 *   same. (Counting it would give 0,4 + 0,15 + 0,3 × 0,3 = 0,64.) The plan's weights add up to 100 % with
 *   it: no WEIGHT_SUM.
 * - UFFICIO LEGALE (no Motivazione, no Neutralizzato column): `≥ 90%` with 72 % → 0,8 Parzialmente raggiunto
 *   (50 %), no motivazione: JUSTIFICATION_MISSING (info) on its Consuntivo cell F4; `≥ 10` with «Neutralizzato»
 *   typed in its Consuntivo cell → neutralised (50 %). Score 0,8; Σ peso 0,5.
 * - Areas (canonical names): Area I = 0,785714…, Area II = 0,8.
 * - Cruscotto (layout b, with Peso and a Neutralizzato column): KPI 1 `≥ 80%` with 76 % → 0,95 (50 %); KPI 2
 *   marked «x» → neutralised. Objective 1 = 0,95 (counting KPI 2's 0,5 would give 0,725); Ente = 0,95 by the
 *   strategic method.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import type { Report } from "../../../src/core/report/types";
import { UNDO_SHEET_NAME } from "../../../src/core/undo";
import { runPipeline } from "../../../src/core/pipeline";
import { loadXlsx, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { cli } from "../../helpers/cli";
import { gridFromRows, workbook } from "../../helpers/grid-builder";
import { diffSnapshots, expectSameWorkbook, loadSnapshot } from "../../helpers/snapshot";
import { workbookFromGrids } from "../../helpers/write-fixtures";
import { shownColours } from "../../helpers/shown-colour";
import { formulaOf, shownRow, shownValue } from "../../helpers/cell-value";

const DIGITS = 9;
const STAFF_SCORE = 0.55 / 0.7;

const STAFF = gridFromRows("S. Staff", [
  ["SERVIZIO STAFF"],
  [
    "Obiettivo Operativo",
    "Indicatore",
    "Target",
    "Peso",
    "Area",
    "Produttività",
    "Consuntivo",
    "Motivazione scostamento",
    "Neutralizzato",
  ],
  ["Ob A", "Pratiche evase", "≥ 80%", "40%", "AREA I", "X", "90%", null, null],
  ["Ob A", "Tempi di risposta", "<= 10", "30%", "AREA I", "X", 20, "Organico ridotto per due pensionamenti", null],
  ["Ob B", "Corsi erogati", "≥ 10", "30%", "AREA I", "X", 3, "Bando annullato dalla Regione", "sì"],
]);

const LEGALE = gridFromRows("S. Legale", [
  ["UFFICIO LEGALE"],
  ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Area", "Consuntivo"],
  ["Ob C", "Pareri resi nei termini", "≥ 90%", "50%", "AREA II", "72%"],
  ["Ob D", "Ricorsi gestiti", "≥ 10", "50%", "AREA II", "Neutralizzato"],
]);

const CRUSCOTTO = gridFromRows("Cruscotto strategico", [
  ["1. Semplificazione"],
  ["Indicatore", "Peso", "Target 2022", "Consuntivo 2022", "Neutralizzato 2022"],
  ["KPI 1", "50%", "≥ 80%", "76%", null],
  ["KPI 2", "50%", "≥ 10", 5, "x"],
]);

const SETTINGS = (required: string): Grid =>
  gridFromRows("Impostazioni Cruscotto", [
    ["Impostazione", "Valore"],
    ["Motivazione obbligatoria", required],
    ["Nome dell'Ente", "Camera di Commercio di Prova"],
  ]);

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-neutral-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeInput(name: string, sheets: Grid[]): Promise<string> {
  const file = path.join(dir, `${name}.xlsx`);
  await workbookFromGrids(workbook(sheets)).xlsx.writeFile(file);
  return file;
}

async function score(input: string, output: string, extra: string[] = []): Promise<Report> {
  const json = `${output}.json`;
  const run = await cli(["score", input, "-o", output, "--json", json, "--colonna-neutralizzato", ...extra]);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  return JSON.parse(readFileSync(json, "utf8")) as Report;
}

interface Whole {
  cells: Awaited<ReturnType<typeof loadSnapshot>>["cells"];
  sheets: { name: string; state: string }[];
  names: { name: string; ranges: string[] }[];
}

async function whole(file: string): Promise<Whole> {
  const { wb, cells } = await loadSnapshot(file);
  return {
    cells,
    sheets: wb.worksheets.map((w) => ({ name: w.name, state: w.state })),
    names: wb.definedNames.model
      .map((n) => ({ name: n.name, ranges: [...n.ranges].sort() }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

describe("cruscotto score --colonna-neutralizzato on a plan with neutralised rows and motivazioni", () => {
  let input: string;
  let output: string;
  let report: Report;
  beforeAll(async () => {
    input = await writeInput("piano", [STAFF, LEGALE, CRUSCOTTO]);
    output = path.join(dir, "piano-valutato.xlsx");
    report = await score(input, output);
  }, 60_000);

  const row = (sheet: string, r: number): Report["indicators"][number] =>
    report.indicators.find((i) => i.sheet === sheet && i.row === r)!;

  test("each row's status, achievement and motivazione in the report", () => {
    expect(report.indicators.map((i) => [i.sheet, i.row, i.status, i.weight, i.justification])).toEqual([
      ["S. Staff", 3, "raggiunto", 0.4, null],
      ["S. Staff", 4, "non_raggiunto", 0.3, "Organico ridotto per due pensionamenti"],
      ["S. Staff", 5, "neutralizzato", 0.3, "Bando annullato dalla Regione"],
      ["S. Legale", 3, "parzialmente_raggiunto", 0.5, null],
      ["S. Legale", 4, "neutralizzato", 0.5, null],
      ["Cruscotto strategico", 3, "raggiunto", 0.5, null],
      ["Cruscotto strategico", 4, "neutralizzato", 0.5, null],
    ]);
    for (const [sheet, r] of [
      ["S. Staff", 5],
      ["S. Legale", 4],
      ["Cruscotto strategico", 4],
    ] as const)
      expect(row(sheet, r).achievement).toBeNull();
    expect(row("S. Staff", 4).achievement).toBeCloseTo(0.5, DIGITS);
    expect(row("S. Legale", 3).achievement).toBeCloseTo(0.8, DIGITS);
  });

  test("the neutralised rows leave every total: units, productivity, objectives, Areas, strategic objective, Ente", () => {
    const [staff, legale] = report.units;
    // 0,7857 is Parzialmente raggiunto; counting the neutralised row (0,64) would have made it Non raggiunto.
    expect([staff.name, staff.coverage, staff.status]).toEqual(["SERVIZIO STAFF", 1, "parzialmente_raggiunto"]);
    expect(staff.score).toBeCloseTo(STAFF_SCORE, DIGITS);
    expect(staff.weightSum).toBeCloseTo(0.7, DIGITS);
    expect(staff.productivityScore).toBeCloseTo(STAFF_SCORE, DIGITS);
    expect([legale.name, legale.coverage, legale.status]).toEqual(["UFFICIO LEGALE", 1, "parzialmente_raggiunto"]);
    expect(legale.score).toBeCloseTo(0.8, DIGITS);
    expect(legale.weightSum).toBeCloseTo(0.5, DIGITS);
    expect(report.areas.map((a) => a.name)).toEqual(["Area I", "Area II"]);
    expect(report.areas[0].score).toBeCloseTo(STAFF_SCORE, DIGITS);
    expect(report.areas[1].score).toBeCloseTo(0.8, DIGITS);
    expect(report.strategicObjectives.map((o) => [o.number, o.weighted])).toEqual([[1, true]]);
    expect(report.strategicObjectives[0].score).toBeCloseTo(0.95, DIGITS);
    expect(report.ente.method).toBe("strategico");
    expect(report.ente.score).toBeCloseTo(0.95, DIGITS);
  });

  test("the objectives (scored by the same pipeline): one without its neutralised row, one left with none", async () => {
    const run = runPipeline(readWorkbookGrid(await loadXlsx(input)), { writes: false });
    const objectives = run.scorecard.objectives.map((o) => [o.unitId, o.objective, o.score, o.coverage]);
    expect(objectives).toEqual([
      ["SERVIZIO STAFF", "Ob A", expect.closeTo(STAFF_SCORE, DIGITS), 1],
      ["SERVIZIO STAFF", "Ob B", null, null],
      ["UFFICIO LEGALE", "Ob C", expect.closeTo(0.8, DIGITS), 1],
      ["UFFICIO LEGALE", "Ob D", null, null],
    ]);
  });

  test("diagnostics: the missing motivazione (info), each neutralisation, nothing about the sums or the typed word", () => {
    const said = (code: string): [string, string, string | null][] =>
      report.diagnostics.filter((d) => d.code === code).map((d) => [d.severity, d.sheet, d.cell]);
    expect(said("JUSTIFICATION_MISSING")).toEqual([["info", "S. Legale", "F3"]]);
    expect(report.diagnostics.find((d) => d.code === "JUSTIFICATION_MISSING")?.message).toContain(
      "Motivazione scostamento",
    );
    expect(said("INDICATOR_NEUTRALISED")).toEqual([
      ["info", "S. Staff", "H5"],
      ["info", "S. Legale", "F4"],
      ["info", "Cruscotto strategico", "D4"],
    ]);
    for (const code of ["WEIGHT_SUM", "ACTUAL_UNREADABLE", "ACTUAL_KIND_MISMATCH"]) expect(said(code)).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  test("the written workbook: Neutralizzato in grey with its reason in the Note, the created columns", async () => {
    const { wb } = await loadSnapshot(output);
    const header = (ws: ExcelJS.Worksheet, r: number): string[] =>
      shownRow(ws.getRow(r))
        .slice(1)
        .map((v) => String(v ?? ""));
    const staff = wb.getWorksheet("S. Staff")!;
    // The officers' columns were there: the add-in's own go right after them.
    expect(header(staff, 2).slice(8)).toEqual(["Neutralizzato", "Raggiungimento", "Stato", "Note"]);
    expect(shownValue(staff.getCell("K5"))).toBe("Neutralizzato");
    expect(shownColours(staff, "K5").fill).toBe("FFD9D9D9");
    expect(shownValue(staff.getCell("J5"))).toBeNull();
    expect(String(shownValue(staff.getCell("L5")))).toContain("«Bando annullato dalla Regione»");
    expect(shownValue(staff.getCell("K4"))).toBe("Non raggiunto");
    // A motivazione given: nothing to ask in the Note.
    expect(shownValue(staff.getCell("L4"))).toBeNull();

    const legale = wb.getWorksheet("S. Legale")!;
    // Motivazione created (a row is below Raggiunto), then Neutralizzato (asked for), then the add-in's.
    expect(header(legale, 2)).toEqual([
      "Obiettivo Operativo",
      "Indicatore",
      "Target",
      "Peso",
      "Area",
      "Consuntivo",
      "Motivazione scostamento",
      "Neutralizzato",
      "Raggiungimento",
      "Stato",
      "Note",
    ]);
    // The created headers only: their cells are the officers' to fill.
    for (const r of [3, 4])
      expect([shownValue(legale.getCell(r, 7)), shownValue(legale.getCell(r, 8))]).toEqual([null, null]);
    expect(shownValue(legale.getCell("J3"))).toBe("Parzialmente raggiunto");
    expect(String(shownValue(legale.getCell("K3")))).toContain("Motivazione scostamento");
    expect(shownValue(legale.getCell("J4"))).toBe("Neutralizzato");
    expect(String(shownValue(legale.getCell("K4")))).toMatch(/^Indicatore neutralizzato: .*Motivazione: non indicata/);

    const cruscotto = wb.getWorksheet("Cruscotto strategico")!;
    // Nothing below Raggiunto there: no Motivazione column; its Neutralizzato was there already.
    expect(header(cruscotto, 2).slice(4)).toEqual(["Neutralizzato 2022", "Raggiungimento 2022", "Stato 2022", "Note"]);
    expect(shownValue(cruscotto.getCell("G4"))).toBe("Neutralizzato");
  });

  test("the Riepilogo counts the neutralised indicators", async () => {
    const { wb } = await loadSnapshot(output);
    const rows: ExcelJS.Row[] = [];
    wb.getWorksheet("Riepilogo 2022")!.eachRow((r) => rows.push(r));
    const count = rows.find((r) => r.getCell(1).value === "Neutralizzato")!.getCell(2);
    expect(shownValue(count)).toBe(3);
    // A count over the Stato cells, live as they change.
    expect(formulaOf(count)).toMatch(/^COUNTIF\(.*"Neutralizzato"\)/);
  });

  test("a second run changes no cell, and creates no column again", async () => {
    const again = path.join(dir, "piano-valutato-2.xlsx");
    const second = await score(output, again);
    expect(second.indicators).toEqual(report.indicators);
    const changed = diffSnapshots((await loadSnapshot(output)).cells, (await loadSnapshot(again)).cells);
    expect(changed.filter((k) => !k.startsWith(`${UNDO_SHEET_NAME}!`))).toEqual([]);
    // The created Motivazione is read now: the missing motivazione points at its cell.
    expect(second.diagnostics.filter((d) => d.code === "JUSTIFICATION_MISSING").map((d) => d.cell)).toEqual(["G3"]);
  });

  test("undo gives back the input exactly, the created columns gone", async () => {
    const undone = path.join(dir, "piano-annullato.xlsx");
    const run = await cli(["undo", output, "-o", undone]);
    expect(run.status).toBe(0);
    expectSameWorkbook(await whole(undone), await whole(input));
  });

  test("undo of a later run keeps the columns the first run created: they are the officers' own", async () => {
    const again = path.join(dir, "piano-valutato-3.xlsx");
    await score(output, again);
    const undone = path.join(dir, "piano-valutato-3-annullato.xlsx");
    expect((await cli(["undo", again, "-o", undone])).status).toBe(0);
    expectSameWorkbook(await whole(undone), await whole(output));
    const { wb } = await loadSnapshot(undone);
    expect([
      wb.getWorksheet("S. Legale")!.getCell("G2").value,
      wb.getWorksheet("S. Legale")!.getCell("H2").value,
    ]).toEqual(["Motivazione scostamento", "Neutralizzato"]);
  });
});

describe("without --colonna-neutralizzato", () => {
  test("no Neutralizzato column is created; a neutralised row is still read from the word typed in it", async () => {
    const input = await writeInput("senza-opzione", [LEGALE]);
    const output = path.join(dir, "senza-opzione-valutato.xlsx");
    const json = `${output}.json`;
    const run = await cli(["score", input, "-o", output, "--json", json]);
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8")) as Report;
    expect(report.indicators.map((i) => i.status)).toEqual(["parzialmente_raggiunto", "neutralizzato"]);
    const { wb } = await loadSnapshot(output);
    const header = (wb.getWorksheet("S. Legale")!.getRow(2).values as CellValue[]).slice(7).map(String);
    expect(header).toEqual(["Motivazione scostamento", "Raggiungimento", "Stato", "Note"]);
  });
});

describe("with «Motivazione obbligatoria» set to sì", () => {
  test("a missing motivazione is a warning", async () => {
    const input = await writeInput("obbligatoria", [LEGALE, SETTINGS("sì")]);
    const json = path.join(dir, "obbligatoria.json");
    const run = await cli(["check", input, "--json", json]);
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8")) as Report;
    expect(
      report.diagnostics.filter((d) => d.code === "JUSTIFICATION_MISSING").map((d) => [d.severity, d.cell]),
    ).toEqual([["warning", "F3"]]);
  });

  test("and an info when set to no", async () => {
    const input = await writeInput("facoltativa", [LEGALE, SETTINGS("no")]);
    const json = path.join(dir, "facoltativa.json");
    expect((await cli(["check", input, "--json", json])).status).toBe(0);
    const report = JSON.parse(readFileSync(json, "utf8")) as Report;
    expect(report.diagnostics.filter((d) => d.code === "JUSTIFICATION_MISSING").map((d) => d.severity)).toEqual([
      "info",
    ]);
  });
});
