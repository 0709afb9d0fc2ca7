/**
 * End to end on workbooks laid out differently from the example: one unit per sheet, many blocks in
 * one sheet, header synonyms and oddities. Built by test/fixtures, scored by the real CLI.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import {
  buildManyBlocksOneSheet,
  buildOneUnitPerSheet,
  buildSynonymsAndOddities,
  manyBlocksOneSheetExpected,
  oneUnitPerSheetExpected,
  synonymsAndOdditiesExpected,
  type ExpectedUnit,
} from "../../fixtures/build-fixtures";
import {
  changedOutsideOwned,
  expectStatusColumns,
  rerunChanges,
  scoreWithCli,
  type ScoredRun,
} from "../../helpers/e2e";

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-fixtures-"));

function expectUnits(run: ScoredRun, expected: ExpectedUnit[]): void {
  for (const e of expected) {
    const unit = run.report.units.find((u) => u.name === e.name);
    expect(unit).toMatchObject({ name: e.name, kind: e.kind, sheet: e.sheet });
    expect(unit?.weightSum).toBeCloseTo(e.weightSum, 9);
    expect(run.report.indicators.filter((i) => i.unit === e.name)).toHaveLength(e.indicators);
  }
}

const codesAt = (run: ScoredRun, sheet: string, cell: string): string[] =>
  run.report.diagnostics.filter((d) => d.sheet === sheet && d.cell === cell).map((d) => d.code);

describe.each([
  ["one unit per sheet", buildOneUnitPerSheet, "one-unit-per-sheet.xlsx"],
  ["many blocks in one sheet", buildManyBlocksOneSheet, "many-blocks.xlsx"],
  ["header synonyms and oddities", buildSynonymsAndOddities, "oddities.xlsx"],
] as const)("cruscotto score on a workbook with %s", (_label, build, file) => {
  let run: ScoredRun;
  beforeAll(async () => {
    run = await scoreWithCli(await build(path.join(dir, file)), dir);
  });

  test("every indicator gets its Stato and Raggiungimento", () => {
    expect(run.report.indicators.length).toBeGreaterThan(0);
    expectStatusColumns(run);
  });

  test("no cell outside the owned ranges changes, and a second run changes nothing", async () => {
    expect(changedOutsideOwned(run)).toEqual([]);
    expect(await rerunChanges(run, dir)).toEqual([]);
  });

  test("the units, their kinds, indicators and weight sums are the workbook's", () => {
    const expected =
      file === "one-unit-per-sheet.xlsx"
        ? oneUnitPerSheetExpected.units
        : file === "many-blocks.xlsx"
          ? manyBlocksOneSheetExpected.units
          : synonymsAndOdditiesExpected.units;
    expectUnits(run, expected);
    expect(run.report.units).toHaveLength(expected.length);
  });
});

describe("what each layout must make the engine say", () => {
  test("one unit per sheet: units named after their sheets, the 90 % weights flagged", async () => {
    const run = await scoreWithCli(await buildOneUnitPerSheet(path.join(dir, "one-b.xlsx")), dir);
    for (const u of oneUnitPerSheetExpected.units) {
      expect(run.report.diagnostics.some((d) => d.code === "UNIT_FROM_SHEET_NAME" && d.sheet === u.sheet)).toBe(true);
    }
    const sums = run.report.diagnostics.filter((d) => d.code === "WEIGHT_SUM");
    expect(sums.map((d) => d.sheet)).toEqual(["PO Tributi"]);
    expect(sums[0].message).toContain("90%");
  });

  test("many blocks: the cruscotto's objectives, the derived Dirigente rows, the Ente method", async () => {
    const run = await scoreWithCli(await buildManyBlocksOneSheet(path.join(dir, "many-b.xlsx")), dir);
    const e = manyBlocksOneSheetExpected;
    expect(run.report.strategicObjectives.map((s) => s.number)).toEqual(e.strategicObjectives.map((s) => s.number));
    for (const s of e.strategicObjectives) {
      expect(run.report.indicators.filter((i) => i.sheet === e.cruscottoSheet && i.unit === "")).toHaveLength(
        e.strategicObjectives.reduce((n, o) => n + o.kpis, 0),
      );
      expect(s.kpis).toBeGreaterThan(0);
    }
    const dirigente = e.units.find((u) => u.kind === "dirigente") as ExpectedUnit;
    const derived = run.report.diagnostics.filter((d) => d.code === "DERIVED_ACTUAL" && d.sheet === dirigente.sheet);
    expect(derived.map((d) => Number(d.cell?.replace(/^[A-Z]+/, ""))).sort()).toEqual([
      e.derivedRows.ente,
      e.derivedRows.area,
    ]);
    const enteRow = run.report.indicators.find((i) => i.sheet === dirigente.sheet && i.row === e.derivedRows.ente);
    expect(enteRow?.actual?.value).toBeCloseTo(run.report.ente.score as number, 12);
  });

  test("oddities: the unreadable target and weight are errors at their cells, the notes sheet is reported", async () => {
    const run = await scoreWithCli(await buildSynonymsAndOddities(path.join(dir, "odd-b.xlsx")), dir);
    const e = synonymsAndOdditiesExpected;
    const ambiente = e.units[0];
    expect(codesAt(run, ambiente.sheet, e.unreadableTargetCell)).toContain("TARGET_UNREADABLE");
    expect(codesAt(run, ambiente.sheet, e.textInNumericCell)).toContain("WEIGHT_UNREADABLE");
    expect(run.status).toBe(1);
    for (const s of e.sheetsWithoutTable) {
      expect(run.report.diagnostics.some((d) => d.code === "HEADER_NOT_FOUND" && d.sheet === s)).toBe(true);
    }
    expect(run.report.diagnostics.some((d) => d.code === "HEADER_DUPLICATED" && d.sheet === ambiente.sheet)).toBe(true);
  });
});
