/**
 * settingsWritePlan: the pane's Impostazioni saved into the settings sheet, applied with the exceljs host
 * and read back with readSettings: the settings survive the round trip, and nothing else changes.
 */
import ExcelJS from "exceljs";
import { planParts } from "../../../src/core/write/steps";
import fc from "fast-check";
import { applyWritePlan, readWorkbookGrid } from "../../../src/hosts/xlsx";
import {
  DEFAULT_SETTINGS,
  readSettings,
  SETTINGS_FIELDS,
  SETTINGS_SHEET_NAME,
  type Settings,
} from "../../../src/core/settings";
import { settingsWritePlan } from "../../../src/core/write/settingsWrite";
import { SETTINGS_NAME } from "../../../src/core/write";
import { runPipeline } from "../../../src/core/pipeline";
import { snapshot } from "../../helpers/snapshot";

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    year: fc.integer({ min: 1990, max: 2100 }),
    cap: fc.integer({ min: 1, max: 1000 }).map((n) => n / 100),
    soglia: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    a: fc.integer({ min: 0, max: 100 }),
    b: fc.integer({ min: 0, max: 100 }),
    missingAsZero: fc.boolean(),
    strictComparisons: fc.boolean(),
    areaMethod: fc.constantFrom("media_unita" as const, "pool_ponderato" as const),
    enteMethod: fc.constantFrom("auto" as const, "strategico" as const, "aree" as const, "unita" as const),
    lang: fc.constantFrom("it" as const, "en" as const),
  })
  .map(({ a, b, ...rest }) => ({
    ...DEFAULT_SETTINGS,
    levels: [...DEFAULT_SETTINGS.levels],
    lowerIsBetterWords: [...DEFAULT_SETTINGS.lowerIsBetterWords],
    ...rest,
    bandRaggiunto: Math.max(a, b) / 100,
    bandParziale: Math.min(a, b) / 100,
  }));

function workbookWith(build: (wb: ExcelJS.Workbook) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Piano").getCell("A1").value = "Obiettivo";
  build(wb);
  return wb;
}

function saveAndRead(wb: ExcelJS.Workbook, settings: Settings): Settings {
  const { writePlan, diagnostics } = settingsWritePlan(readWorkbookGrid(wb), settings);
  expect(diagnostics).toEqual([]);
  applyWritePlan(wb, writePlan);
  const grid = readWorkbookGrid(wb).sheets.find((s) => s.name === SETTINGS_SHEET_NAME);
  const read = readSettings(grid);
  expect(read.diagnostics).toEqual([]);
  return read.settings;
}

describe("settingsWritePlan", () => {
  test("creates the sheet when missing, as a scoring run does, with the CP_SETTINGS name", () => {
    const wb = workbookWith(() => undefined);
    const edited: Settings = { ...DEFAULT_SETTINGS, year: 2023 };
    expect(saveAndRead(wb, edited)).toEqual(edited);
    expect(wb.definedNames.model.map((n) => n.name)).toContain(SETTINGS_NAME);

    // The same sheet a scoring run creates: equal cell by cell on the settings sheet.
    const viaRun = workbookWith(() => undefined);
    applyWritePlan(viaRun, runPipeline(readWorkbookGrid(viaRun), { year: 2023 }).writePlan);
    const settingsCells = (w: ExcelJS.Workbook): string[] =>
      [...snapshot(w).entries()]
        .filter(([k]) => k.startsWith(SETTINGS_SHEET_NAME))
        .map(([k, v]) => `${k}=${v.value}|${v.numFmt}|${v.fill}`);
    expect(settingsCells(wb)).toEqual(settingsCells(viaRun));
  });

  test("round trip: any settings saved into an existing sheet read back equal", () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const wb = workbookWith(() => undefined);
        saveAndRead(wb, DEFAULT_SETTINGS);
        expect(saveAndRead(wb, settings)).toEqual(settings);
      }),
      { numRuns: 60 },
    );
  });

  test("only the Valore cells change in a sheet a person laid out; other cells keep value and style", () => {
    const wb = workbookWith((w) => {
      const ws = w.addWorksheet(SETTINGS_SHEET_NAME);
      ws.getCell("A1").value = "Le nostre regole";
      ws.getCell("B3").value = "Anno";
      ws.getCell("C3").value = 2021;
      ws.getCell("D3").value = "nota a mano";
      ws.getCell("B5").value = "Soglia Raggiunto";
      ws.getCell("C5").value = "85%";
      ws.getCell("D5").value = "deciso dall'OIV";
      ws.getCell("D5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    });
    const before = snapshot(wb);
    const edited: Settings = { ...DEFAULT_SETTINGS, year: 2024, bandRaggiunto: 0.92 };
    expect(saveAndRead(wb, edited)).toEqual(edited);
    const after = snapshot(wb);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (k) => JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k)),
    );
    const ws = wb.getWorksheet(SETTINGS_SHEET_NAME) as ExcelJS.Worksheet;
    // The two keys found in column B get their values in column C; the other keys are appended below
    // the last used row (row 5), label in A and value in B (left blank for a list that is empty, such as
    // the taught headers, for the person to fill). Nothing else moves.
    const appended = SETTINGS_FIELDS.filter((f) => f.key !== "year" && f.key !== "bandRaggiunto");
    const expected = [`C3`, `C5`];
    appended.forEach((f, i) => {
      expected.push(`A${6 + i}`);
      if (f.cell(edited, "it") !== "") expected.push(`B${6 + i}`);
    });
    // Empty by default: the seven taught headers, the two sheet lists and the Ente's name.
    expect(expected.filter((k) => k.startsWith("B"))).toHaveLength(appended.length - 10);
    expect(changed.map((k) => k.slice(SETTINGS_SHEET_NAME.length + 1)).sort()).toEqual(expected.sort());
    expect(ws.getCell("D5").value).toBe("deciso dall'OIV");
    expect(ws.getCell("C5").value).toBe(0.92);
    expect(ws.getCell("C5").numFmt).toBe("0%");
  });

  test("a value that already reads as the setting is left as the person typed it", () => {
    const wb = workbookWith((w) => {
      const ws = w.addWorksheet(SETTINGS_SHEET_NAME);
      ws.getCell("A1").value = "Impostazione";
      ws.getCell("B1").value = "Valore";
      ws.getCell("A2").value = "Intestazioni Indicatore";
      ws.getCell("B2").value = "Misura;Descrizione indicatore";
      ws.getCell("A3").value = "Soglia Raggiunto";
      ws.getCell("B3").value = "90 %";
    });
    const typed = readSettings(readWorkbookGrid(wb).sheets.find((s) => s.name === SETTINGS_SHEET_NAME)).settings;
    expect(typed.headerWords.indicator).toEqual(["Misura", "Descrizione indicatore"]);
    const edited: Settings = { ...typed, year: 2024, excludedSheets: ["Bozza"] };
    const { writePlan } = settingsWritePlan(readWorkbookGrid(wb), edited);
    const written = planParts(writePlan).cells.map((c) => [c.row, c.col, c.value]);
    expect(written.filter(([r, c]) => (r === 1 || r === 2) && c === 1)).toEqual([]);
    expect(saveAndRead(wb, edited)).toEqual(edited);
    const ws = wb.getWorksheet(SETTINGS_SHEET_NAME) as ExcelJS.Worksheet;
    expect([ws.getCell("B2").value, ws.getCell("B3").value]).toEqual(["Misura;Descrizione indicatore", "90 %"]);
  });

  test("a protected settings sheet: nothing planned, SHEET_PROTECTED said", () => {
    const wb = workbookWith(() => undefined);
    saveAndRead(wb, DEFAULT_SETTINGS);
    const grid = readWorkbookGrid(wb);
    const sheet = grid.sheets.find((s) => s.name === SETTINGS_SHEET_NAME);
    if (!sheet) throw new Error("no settings sheet");
    sheet.protected = true;
    const { writePlan, diagnostics } = settingsWritePlan(grid, { ...DEFAULT_SETTINGS, year: 2030 });
    expect(diagnostics.map((d) => d.code)).toEqual(["SHEET_PROTECTED"]);
    expect(planParts(writePlan).cells).toEqual([]);
    expect(planParts(writePlan).sheets).toEqual([]);
  });
});
