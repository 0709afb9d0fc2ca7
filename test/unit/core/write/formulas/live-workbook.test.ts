/**
 * «Calcolo nel foglio»: with formule (the default) a run writes each indicator's Raggiungimento and Stato as
 * formulas over its Consuntivo cell, colours Stato by conditional formatting and names the live settings;
 * a row whose actual a formula cannot read keeps values and its Note says how to type it; with valori the
 * run writes numbers and static fills as before.
 */
import { runPipeline } from "../../../../../src/core/pipeline";
import type { CellValue, WorkbookGrid } from "../../../../../src/core/grid/types";
import { a1 } from "../../../../../src/core/grid/address";
import { planParts } from "../../../../../src/core/write/steps";
import { SETTINGS_SHEET_NAME } from "../../../../../src/core/settings";
import { SETTING_NAMES } from "../../../../../src/core/write/formulas/settingRefs";
import { grid } from "../../../../helpers/write-fixtures";

const SHEET = "Servizio Staff";
const HEADER = ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Area", "Consuntivo"];
// A row below Raggiunto makes the run add a Motivazione column at G: Raggiungimento is H, Stato I, Note J.
const DATE = 44742; // 30/06/2022

function unitSheet(): { values: CellValue[][]; formats: string[][] } {
  const values: CellValue[][] = [
    ["SERVIZIO STAFF"],
    [...HEADER],
    ["Trasparenza", "Pubblicazione dati", "≥ 80%", "20%", "Area A", 0.85], // F3 number
    [null, "Aggiornamento", "≥ 90%", "20%", "Area A", null], // F4 empty
    [null, "Pratiche evase", "≥ 90%", "10%", "Area A", "76,5%"], // F5 number as text
    [null, "Rapporto", "≥ 80%", "10%", "Area A", "45/50"], // F6 ratio as text
    [null, "Relazione", "30/06/2022 31/12/2022", "10%", "Area A", "15/06/2022 20/12/2022"], // F7 two dates
    [null, "Piano", "30/06/2022", "10%", "Area A", DATE], // F8 date cell
    [null, "Tempi", "<= 70 gg", "10%", "Area A", DATE], // F9 a date against a number
    [null, "Qualità", ">= Medio", "10%", "Area A", "Alto"], // F10 a level
  ];
  const formats: string[][] = values.map(() => []);
  formats[7][5] = "dd/mm/yyyy";
  formats[8][5] = "dd/mm/yyyy";
  return { values, formats };
}

function workbook(settings?: CellValue[][]): WorkbookGrid {
  const { values, formats } = unitSheet();
  const sheets = [grid(SHEET, values, { formats })];
  if (settings) sheets.push(grid(SETTINGS_SHEET_NAME, settings));
  return { sheets, names: [] };
}

const SETTINGS_HEADER: CellValue[] = ["Impostazione", "Valore"];

function run(wb: WorkbookGrid) {
  const result = runPipeline(wb, { year: 2022 });
  const parts = planParts(result.writePlan);
  const cell = (ref: string) => parts.cells.find((c) => c.sheet === SHEET && a1(c.row, c.col) === ref);
  return { result, parts, cell };
}

describe("with formulas (the default)", () => {
  const { result, parts, cell } = run(workbook());

  test("rows whose actual is a number, empty, a date cell or a level get formulas with the engine's result", () => {
    for (const row of [3, 4, 8, 10]) {
      const ragg = cell(`H${row}`);
      const stato = cell(`I${row}`);
      expect(stato?.formula).toContain(`IF(ISNUMBER($H${row}),`);
      expect(ragg?.formula ?? "").toContain(`$F${row}`);
      // Same-sheet references are to the row itself (column absolute, row relative) and do not name the sheet.
      expect(ragg?.formula ?? "").not.toMatch(/\$[A-Z]+\$\d/);
      expect(ragg?.formula ?? "").not.toContain(SHEET);
    }
    expect(cell("H3")?.value).toBe(1); // 85% against ≥ 80%, capped at 100%
    expect(cell("I3")?.value).toBe("Raggiunto");
    expect(cell("I4")?.value).toBe("Non rilevato");
    expect(cell("I10")?.value).toBe("Raggiunto");
  });

  test("the Stato formulas of a table are one formula moved down, and so are Raggiungimento rows of one target", () => {
    const stati = [3, 4, 8, 10].map((row) => cell(`I${row}`));
    const ids = new Set(stati.map((c) => c?.shared));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(Number));
    for (const c of stati)
      expect(c?.formula).toBe(stati[0]?.formula?.replace(/\$([A-Z]+)3\b/g, `$$$1${(c?.row ?? 0) + 1}`));
    // Rows of different targets have different formulas, each its own id.
    const raggIds = [3, 4, 8, 10].map((row) => cell(`H${row}`)?.shared);
    const texts = [3, 4, 8, 10].map((row) =>
      cell(`H${row}`)?.formula?.replace(new RegExp(`\\$([A-Z]+)${row}\\b`, "g"), "$$$1#"),
    );
    for (let i = 0; i < texts.length; i++)
      for (let j = 0; j < texts.length; j++) expect(raggIds[i] === raggIds[j]).toBe(texts[i] === texts[j]);
  });

  test("a number or dates typed as text keep values, and the Note says how to type them", () => {
    for (const row of [5, 6, 7]) {
      expect(cell(`H${row}`)?.formula).toBeUndefined();
      expect(cell(`I${row}`)?.formula).toBeUndefined();
    }
    const codes = (ref: string) =>
      result.diagnostics.filter((d) => d.sheet === SHEET && d.cell === ref).map((d) => d.code);
    expect(codes("F5")).toContain("ACTUAL_NOT_LIVE");
    expect(codes("F6")).toContain("ACTUAL_NOT_LIVE");
    expect(codes("F7")).toContain("ACTUAL_DATES_NOT_LIVE");
    expect(String(cell("J5")?.value)).toContain("scritto come testo");
    expect(String(cell("J7")?.value)).toContain("una sola data");
  });

  test("a date against a numeric target keeps values: the engine and a formula would read it differently", () => {
    expect(cell("H9")?.formula).toBeUndefined();
    expect(cell("I9")?.value).toBe("Non valutabile");
  });

  test("Stato is coloured by rules over its column, not by fills", () => {
    for (let row = 3; row <= 10; row++) expect(cell(`I${row}`)?.style?.fill).toBeUndefined();
    // The Riepilogo's units' Stato has its own rules (test/unit/core/write/riepilogo-formulas.test.ts).
    const onSheet = parts.conditionalFormats.filter((f) => f.range.sheet === SHEET);
    expect(onSheet).toEqual([
      expect.objectContaining({ range: { sheet: SHEET, top: 2, left: 8, bottom: 9, right: 8 } }),
    ]);
    const rules = onSheet[0].rules;
    expect(rules.map((r) => r.equals)).toEqual(
      expect.arrayContaining([
        "Raggiunto",
        "Parzialmente raggiunto",
        "Non raggiunto",
        "Non rilevato",
        "Non valutabile",
      ]),
    );
    expect(rules.find((r) => r.equals === "Raggiunto")).toMatchObject({ fill: "C6EFCE", fontColor: "006100" });
  });

  test("the cap, the soglia and the bands are names on the settings sheet the run creates", () => {
    const names = new Map(parts.setNames.map((n) => [n.name, n]));
    for (const name of Object.values(SETTING_NAMES)) expect(names.get(name)?.sheet).toBe(SETTINGS_SHEET_NAME);
    const settingsCell = (name: string) => {
      const n = names.get(name)!;
      return parts.cells.find(
        (c) => c.sheet === n.sheet && `$${a1(c.row, c.col).replace(/(\d+)$/, "$$$1")}` === n.range,
      );
    };
    expect(settingsCell(SETTING_NAMES.bandRaggiunto)?.value).toBe(0.9);
    expect(settingsCell(SETTING_NAMES.cap)?.value).toBe(1);
    expect(cell("I3")?.formula).toContain(SETTING_NAMES.bandRaggiunto);
  });
});

describe("settings typed by a person", () => {
  test("a band typed as text is carried as a constant, and said", () => {
    const { result, cell, parts } = run(
      workbook([["Impostazioni"], SETTINGS_HEADER, ["Soglia Raggiunto", "95 %"], ["Limite massimo", 1.2]]),
    );
    const said = result.diagnostics.find((d) => d.code === "SETTING_NOT_LIVE");
    expect(said).toMatchObject({ sheet: SETTINGS_SHEET_NAME, cell: "B3" });
    expect(cell("I3")?.formula).toContain(">=0.95");
    expect(cell("I3")?.formula).not.toContain(SETTING_NAMES.bandRaggiunto);
    expect(parts.setNames.find((n) => n.name === SETTING_NAMES.cap)).toMatchObject({ range: "$B$4" });
    // Keys the sheet does not hold keep their defaults, as constants.
    expect(parts.setNames.find((n) => n.name === SETTING_NAMES.soglia)).toBeUndefined();
  });

  test("«Calcolo nel foglio: valori» writes numbers and static fills, as before", () => {
    const { parts, cell } = run(workbook([["Impostazioni"], SETTINGS_HEADER, ["Calcolo nel foglio", "valori"]]));
    expect(parts.cells.some((c) => c.formula !== undefined)).toBe(false);
    expect(parts.conditionalFormats).toEqual([]);
    expect(cell("I3")?.style?.fill).toBe("C6EFCE");
    expect(parts.setNames.some((n) => (Object.values(SETTING_NAMES) as string[]).includes(n.name))).toBe(false);
    expect(cell("H3")?.value).toBe(1);
  });
});
