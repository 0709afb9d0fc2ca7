/**
 * «Fogli e colonne» (the pane's recognitionView): what is shown per sheet and table, which corrections each
 * column and sheet offers, and the settings the corrections produce — which, fed back to the pipeline, read
 * the officers' own table.
 */
import { describeRecognition } from "../../../src/core/layout";
import { runPipeline } from "../../../src/core/pipeline";
import {
  DEFAULT_SETTINGS,
  NO_HEADER_WORDS,
  SETTINGS_SHEET_NAME,
  type Settings,
} from "../../../src/core/settings/types";
import type { CellValue, WorkbookGrid } from "../../../src/core/grid/types";
import {
  chooseRole,
  chooseSheetMode,
  correctedSettings,
  NO_PENDING,
  pendingCount,
  recognitionView,
  TAUGHT_ROLES,
  type ColumnView,
  type PendingCorrections,
  type SheetView,
} from "../../../src/taskpane/model/recognitionView";
import { settingsWritePlan } from "../../../src/core/write/settingsWrite";
import { gridFromRows, workbook } from "../../helpers/grid-builder";
import { applyToGrids } from "../../helpers/write-fixtures";

const TRIBUTI: CellValue[][] = [
  ["SERVIZIO TRIBUTI"],
  ["Descrizione attività", "Misura", "Valore obiettivo", "Ponderazione", "Valore a consuntivo"],
  ["Riscossione", "Avvisi emessi", "≥ 80%", "50%", "90%"],
  ["Rimborsi", "Pratiche evase", "100", "30%", 75],
  ["Contenzioso", "Tempi medi di risposta in giorni", "30", "20%", 40],
];

const wb: WorkbookGrid = workbook([
  gridFromRows("Servizio Tributi", TRIBUTI),
  gridFromRows("Bozza 2023", [
    ["Descrizione attività", "Misura", "Valore obiettivo", "Ponderazione"],
    ["Prova", "Bozza", "≥ 50%", "50%"],
    ["Prova 2", "Bozza 2", "≥ 60%", "50%"],
  ]),
  gridFromRows("Staff", [
    ["SERVIZIO STAFF"],
    ["Obiettivo", "Indicatore", "Target", "Peso", "Owner", "Note interne"],
    ["Trasparenza", "Pubblicazioni", "100%", "100%", "Rossi", null],
  ]),
  gridFromRows("Mappa", [
    ["Prospettiva", "N.", "Obiettivo strategico", "Missione"],
    ["Imprese", 1, "Semplificazione", "011"],
  ]),
  gridFromRows("Appunti", [["Promemoria"]]),
  gridFromRows(SETTINGS_SHEET_NAME, [
    ["Impostazione", "Valore"],
    ["Anno di valutazione", 2022],
  ]),
]);

/** The workbook with `settings` saved into its settings sheet, as the pane saves them (settingsWritePlan). */
function saved(settings: Settings): WorkbookGrid {
  return settings === DEFAULT_SETTINGS ? wb : applyToGrids(wb, settingsWritePlan(wb, settings).writePlan);
}

/** What the pane shows after an analysis of the workbook holding `settings`. */
function view(settings: Settings = DEFAULT_SETTINGS, pending: PendingCorrections = NO_PENDING): SheetView[] {
  const book = saved(settings);
  const run = runPipeline(book, { writes: false });
  expect(run.settings.headerWords).toEqual(settings.headerWords);
  return recognitionView(describeRecognition(book, run.settings), run.diagnostics, run.settings, pending);
}

const sheetOf = (sheets: SheetView[], name: string): SheetView => {
  const s = sheets.find((x) => x.sheet === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

const column = (sheet: SheetView, header: string): ColumnView => {
  const c = sheet.tables.flatMap((t) => t.columns).find((x) => x.header === header);
  if (!c) throw new Error(`no column ${header}`);
  return c;
};

describe("what is shown per sheet", () => {
  test("roles in workbook order; a table not recognised is shown with its header, a problem, open at first", () => {
    const sheets = view();
    expect(sheets.map((s) => [s.sheet, s.roles, s.problem, s.correctable])).toEqual([
      ["Servizio Tributi", ["unread"], true, true],
      ["Bozza 2023", ["unread"], true, true],
      ["Staff", ["units"], false, true],
      ["Mappa", ["mappa"], false, true],
      ["Appunti", ["unread"], false, true],
      [SETTINGS_SHEET_NAME, ["settings"], false, false],
    ]);
    const [tributi] = sheets;
    expect(tributi.tables).toHaveLength(1);
    const [table] = tributi.tables;
    expect([table.kind, table.headerCells, table.unit]).toEqual(["unrecognised", ["A2"], null]);
    expect(table.columns.map((c) => [c.letter, c.header, c.choice, c.read])).toEqual([
      ["A", "Descrizione attività", "none", false],
      ["B", "Misura", "none", false],
      ["C", "Valore obiettivo", "none", false],
      ["D", "Ponderazione", "none", false],
      ["E", "Valore a consuntivo", "none", false],
    ]);
    expect(table.missing).toEqual(["indicator", "target", "weight", "actual"]);
    expect(sheetOf(sheets, "Appunti").tables).toEqual([]);
  });

  test("a unit table: its unit and indicators, each column's role, and what it lacks to be scored", () => {
    const staff = sheetOf(view(), "Staff");
    expect(staff.units).toEqual([{ name: "SERVIZIO STAFF", indicators: 1 }]);
    const [table] = staff.tables;
    expect([table.kind, table.unit]).toEqual(["obiettivi", "SERVIZIO STAFF"]);
    expect(table.columns.map((c) => [c.header, c.choice, c.read])).toEqual([
      ["Obiettivo", "objective", true],
      ["Indicatore", "indicator", true],
      ["Target", "target", true],
      ["Peso", "weight", true],
      ["Owner", "owner", true],
      ["Note interne", "none", false],
    ]);
    // No Consuntivo column yet: said, but no problem — the first run that writes creates it.
    expect(table.missing).toEqual(["actual"]);
    expect(staff.problem).toBe(false);
  });

  test("tables of a sheet with the same columns are shown once, with every header cell", () => {
    const twice = workbook([
      gridFromRows("Staff", [
        ["SERVIZIO STAFF"],
        ["1. Trasparenza"],
        ["Obiettivo", "Indicatore", "Target", "Peso", "Consuntivo"],
        ["Ob", "Ind", "≥ 80%", "50%", "90%"],
        ["2. Qualità"],
        ["Obiettivo", "Indicatore", "Target", "Peso", "Consuntivo"],
        ["Ob 2", "Ind 2", "≥ 80%", "50%", "90%"],
      ]),
    ]);
    const run = runPipeline(twice, { writes: false });
    const [staff] = recognitionView(describeRecognition(twice, run.settings), run.diagnostics, run.settings);
    expect(staff.tables.map((t) => t.headerCells)).toEqual([["A3", "A6"]]);
    expect(staff.problem).toBe(false);
  });
});

describe("which corrections are offered", () => {
  test("a header no synonym names: «non usata» and the seven roles officers may teach", () => {
    expect(column(sheetOf(view(), "Servizio Tributi"), "Misura").options).toEqual(["none", ...TAUGHT_ROLES]);
    expect(column(sheetOf(view(), "Staff"), "Note interne").options).toEqual(["none", ...TAUGHT_ROLES]);
  });

  test("a built-in header may be given another role, not left unused; Owner keeps its own role on the menu", () => {
    const staff = sheetOf(view(), "Staff");
    expect(column(staff, "Indicatore").options).toEqual([...TAUGHT_ROLES]);
    expect(column(staff, "Owner").options).toEqual(["owner", ...TAUGHT_ROLES]);
  });

  test("the mappa's columns have no menu; the settings sheet offers no reading mode", () => {
    const sheets = view();
    expect(sheetOf(sheets, "Mappa").tables[0].columns.every((c) => c.options.length === 0)).toBe(true);
    expect(sheetOf(sheets, SETTINGS_SHEET_NAME).correctable).toBe(false);
    expect(sheetOf(sheets, "Bozza 2023").mode).toBe("auto");
  });

  test("a cruscotto's objective heading and its year columns have no menu", () => {
    const crus = workbook([
      gridFromRows("Cruscotto", [
        ["1. Semplificazione", 2022, 2023, "Owner", "Consuntivo 2022"],
        ["Servizi digitali", "≥ 73%", "≥ 75%", "Staff", "70%"],
      ]),
    ]);
    const run = runPipeline(crus, { writes: false });
    const [sheet] = recognitionView(describeRecognition(crus, run.settings), run.diagnostics, run.settings);
    expect(sheet.tables[0].columns.map((c) => [c.header, c.choice, c.options.length > 0])).toEqual([
      ["1. Semplificazione", "indicator", false],
      ["2022", "year", false],
      ["2023", "year", false],
      ["Owner", "owner", true],
      ["Consuntivo 2022", "actual", true],
    ]);
  });
});

describe("pending corrections and the settings they produce", () => {
  test("a choice shows on every column with that header; choosing the current role again takes it back", () => {
    const misura = column(sheetOf(view(), "Servizio Tributi"), "Misura");
    const pending = chooseRole(NO_PENDING, misura, "indicator");
    expect(pendingCount(pending)).toBe(1);
    const after = view(DEFAULT_SETTINGS, pending);
    for (const name of ["Servizio Tributi", "Bozza 2023"])
      expect([column(sheetOf(after, name), "Misura").choice, column(sheetOf(after, name), "Misura").changed]).toEqual([
        "indicator",
        true,
      ]);
    expect(pendingCount(chooseRole(pending, misura, "none"))).toBe(0);
  });

  test("the officers' roles and a sheet left out become Intestazioni and Fogli esclusi; the rerun reads the unit", () => {
    const tributi = sheetOf(view(), "Servizio Tributi");
    let pending = NO_PENDING;
    for (const [header, role] of [
      ["Descrizione attività", "objective"],
      ["Misura", "indicator"],
      ["Valore obiettivo", "target"],
      ["Ponderazione", "weight"],
      ["Valore a consuntivo", "actual"],
    ] as const)
      pending = chooseRole(pending, column(tributi, header), role);
    pending = chooseSheetMode(pending, DEFAULT_SETTINGS, "Bozza 2023", "excluded");
    expect(pendingCount(pending)).toBe(6);

    const settings = correctedSettings(DEFAULT_SETTINGS, pending);
    expect(settings.headerWords).toEqual({
      ...NO_HEADER_WORDS,
      objective: ["Descrizione attività"],
      indicator: ["Misura"],
      target: ["Valore obiettivo"],
      weight: ["Ponderazione"],
      actual: ["Valore a consuntivo"],
    });
    expect([settings.excludedSheets, settings.cruscottoSheets]).toEqual([["Bozza 2023"], []]);
    // Nothing else changes: the Regole tab's settings are left as they were.
    expect({ ...settings, headerWords: null, excludedSheets: null }).toEqual({
      ...DEFAULT_SETTINGS,
      headerWords: null,
      excludedSheets: null,
    });

    const after = view(settings);
    const read = sheetOf(after, "Servizio Tributi");
    expect(read.roles).toEqual(["units"]);
    expect(read.units).toEqual([{ name: "SERVIZIO TRIBUTI", indicators: 3 }]);
    expect(read.problem).toBe(false);
    expect(read.tables[0].columns.map((c) => [c.choice, c.read])).toEqual([
      ["objective", true],
      ["indicator", true],
      ["target", true],
      ["weight", true],
      ["actual", true],
    ]);
    const bozza = sheetOf(after, "Bozza 2023");
    expect([bozza.roles, bozza.mode]).toEqual([["excluded"], "excluded"]);
    // The hand-computable score: 0,5 × 1 + 0,3 × 0,75 + 0,2 × (30 / 40) = 0,875.
    const run = runPipeline(saved(settings), { writes: false });
    expect(run.settings.excludedSheets).toEqual(["Bozza 2023"]);
    const scores = run.scorecard.units.map((u) => [u.name, u.score]);
    // Staff has no Consuntivo column: no score. The draft, left out, is no unit.
    expect(scores).toEqual([
      ["SERVIZIO TRIBUTI", 0.875],
      ["SERVIZIO STAFF", null],
    ]);
  });

  test("a header given back «non usata» loses its taught role; a sheet set back to automatic leaves both lists", () => {
    const taught: Settings = {
      ...DEFAULT_SETTINGS,
      headerWords: { ...NO_HEADER_WORDS, indicator: ["Misura"] },
      cruscottoSheets: ["Bozza 2023"],
    };
    const misura = column(sheetOf(view(taught), "Servizio Tributi"), "Misura");
    expect(misura.choice).toBe("indicator");
    let pending = chooseRole(NO_PENDING, misura, "none");
    expect(sheetOf(view(taught), "Bozza 2023").mode).toBe("cruscotto");
    pending = chooseSheetMode(pending, taught, "bozza 2023", "auto");
    const back = correctedSettings(taught, pending);
    expect(back.headerWords).toEqual(NO_HEADER_WORDS);
    expect([back.excludedSheets, back.cruscottoSheets]).toEqual([[], []]);
    // Choosing what the settings already say is no correction.
    expect(pendingCount(chooseSheetMode(NO_PENDING, taught, "Bozza 2023", "cruscotto"))).toBe(0);
  });

  test("a built-in header given its own role back (Owner) takes back what was taught for it", () => {
    const taught: Settings = { ...DEFAULT_SETTINGS, headerWords: { ...NO_HEADER_WORDS, objective: ["Owner"] } };
    const owner = column(sheetOf(view(taught), "Staff"), "Owner");
    expect(owner.choice).toBe("objective");
    expect(owner.options[0]).toBe("owner");
    const back = correctedSettings(taught, chooseRole(NO_PENDING, owner, "owner"));
    expect(back.headerWords).toEqual(NO_HEADER_WORDS);
  });
});
