/** describeRecognition (what each sheet was read as, column by column) and applyCorrection (an officer's fix). */
import { applyCorrection, describeRecognition, recognise } from "../../../../src/core/layout";
import {
  DEFAULT_SETTINGS,
  NO_HEADER_WORDS,
  SETTINGS_SHEET_NAME,
  type Settings,
} from "../../../../src/core/settings/types";
import type { CellValue } from "../../../../src/core/grid/types";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";

const OFFICERS: CellValue[][] = [
  ["SERVIZIO PROMOZIONE"],
  ["Descrizione attività", "Misura", "Valore obiettivo", "Ponderazione", "Valore a consuntivo", "Note interne"],
  ["Digitalizzazione", "Pratiche telematiche", "≥ 80%", "60%", "85%", null],
  ["Formazione", "Corsi erogati", "10", "40%", 8, "rinviato"],
];
const wb = workbook([
  gridFromRows("Piano", OFFICERS),
  gridFromRows("Cruscotto", [
    ["1. Semplificazione", 2022, 2023, "Owner", "Consuntivo 2022"],
    ["Servizi digitali", "≥ 73%", "≥ 75%", "Staff", "70%"],
  ]),
  gridFromRows("Mappa", [
    ["Prospettiva", "N.", "Obiettivo strategico", "Missione"],
    ["Imprese", 1, "Semplificazione", "011"],
  ]),
  gridFromRows("Bozza", [
    ["Obiettivo", "Indicatore", "Target", "Peso", "Target 2023", "Peso"],
    ["Ob", "Ind", "≥ 50%", "50%", "≥ 60%", "100%"],
  ]),
  gridFromRows("Appunti", [["Promemoria"]]),
  gridFromRows(SETTINGS_SHEET_NAME, [
    ["Impostazione", "Valore"],
    ["Fogli esclusi", "Appunti"],
  ]),
]);

describe("describeRecognition", () => {
  test("each sheet's role, in workbook order", () => {
    const sheets = describeRecognition(wb, { ...DEFAULT_SETTINGS, excludedSheets: ["appunti"] });
    expect(sheets.map((s) => [s.sheet, s.roles])).toEqual([
      ["Piano", ["unread"]],
      ["Cruscotto", ["cruscotto"]],
      ["Mappa", ["mappa"]],
      ["Bozza", ["units"]],
      ["Appunti", ["excluded"]],
      [SETTINGS_SHEET_NAME, ["settings"]],
    ]);
  });

  test("per table: header cell, unit, and which column plays which role (read, or named but not read)", () => {
    const [, cruscotto, mappa, bozza] = describeRecognition(wb, DEFAULT_SETTINGS);
    expect(bozza.units).toEqual([{ id: "Bozza", name: "Bozza", kind: "servizio", indicators: 1 }]);
    expect(bozza.tables).toEqual([
      {
        kind: "obiettivi",
        headerRow: 0,
        headerCell: "A1",
        tableId: "Bozza!1",
        unit: "Bozza",
        columns: [
          { col: 0, header: "Obiettivo", role: "objective", year: null, read: true },
          { col: 1, header: "Indicatore", role: "indicator", year: null, read: true },
          { col: 2, header: "Target", role: "target", year: null, read: true },
          { col: 3, header: "Peso", role: "weight", year: null, read: true },
          { col: 4, header: "Target 2023", role: "target", year: 2023, read: false },
          { col: 5, header: "Peso", role: "weight", year: null, read: true },
        ],
      },
    ]);
    expect(cruscotto.tables[0].columns.map((c) => [c.header, c.role, c.year, c.read])).toEqual([
      ["1. Semplificazione", "indicator", null, true],
      ["2022", "year", 2022, true],
      ["2023", "year", 2023, true],
      ["Owner", "owner", null, true],
      ["Consuntivo 2022", "actual", 2022, true],
    ]);
    expect(mappa.tables[0].columns.map((c) => c.role)).toEqual(["perspective", "number", "strategic", "missione"]);
  });

  test("an unread sheet laid out as a table shows its header, each column with the role its words give, none read", () => {
    const [piano, , , , appunti] = describeRecognition(wb, DEFAULT_SETTINGS);
    expect(piano.roles).toEqual(["unread"]);
    expect(piano.tables).toEqual([
      {
        kind: "unrecognised",
        headerRow: 1,
        headerCell: "A2",
        tableId: null,
        unit: null,
        columns: OFFICERS[1].map((header, col) => ({ col, header, role: null, year: null, read: false })),
      },
    ]);
    // A sheet with a note only has no table to show.
    expect(appunti.roles).toEqual(["unread"]);
    expect(appunti.tables).toEqual([]);
    // Half taught: the taught word shows its role, the table is still not read.
    const half = describeRecognition(wb, {
      ...DEFAULT_SETTINGS,
      headerWords: { ...NO_HEADER_WORDS, indicator: ["Misura"] },
    })[0];
    expect(half.tables[0].columns.map((c) => c.role)).toEqual([null, "indicator", null, null, null, null]);
  });

  test("the officers' words, once taught, show as the roles they teach; an untaught header plays none", () => {
    const taught: Settings = {
      ...DEFAULT_SETTINGS,
      headerWords: {
        ...NO_HEADER_WORDS,
        objective: ["Descrizione attività"],
        indicator: ["Misura"],
        target: ["Valore obiettivo"],
        weight: ["Ponderazione"],
        actual: ["Valore a consuntivo"],
      },
    };
    const [piano] = describeRecognition(wb, taught);
    expect(piano.roles).toEqual(["units"]);
    expect(piano.units.map((u) => [u.name, u.indicators])).toEqual([["SERVIZIO PROMOZIONE", 2]]);
    expect(piano.tables[0].headerCell).toBe("A2");
    expect(piano.tables[0].columns.map((c) => [c.header, c.role, c.read])).toEqual([
      ["Descrizione attività", "objective", true],
      ["Misura", "indicator", true],
      ["Valore obiettivo", "target", true],
      ["Ponderazione", "weight", true],
      ["Valore a consuntivo", "actual", true],
      ["Note interne", null, false],
    ]);
  });
});

describe("applyCorrection", () => {
  const base: Settings = { ...DEFAULT_SETTINGS, headerWords: { ...NO_HEADER_WORDS, target: ["Misura"] } };

  test("a header given a role leaves every other role, and the input is left as it was", () => {
    const before = JSON.stringify(base);
    const after = applyCorrection(base, { kind: "headerRole", header: " MISURA 2022 ", role: "indicator" });
    expect(after.headerWords).toEqual({ ...NO_HEADER_WORDS, indicator: ["MISURA 2022"] });
    expect(JSON.stringify(base)).toBe(before);
    const back = applyCorrection(after, { kind: "headerRole", header: "misura", role: null });
    expect(back.headerWords).toEqual(NO_HEADER_WORDS);
  });

  test("a built-in synonym is not listed for its own role, but may be given another", () => {
    expect(applyCorrection(base, { kind: "headerRole", header: "Indicatore", role: "indicator" }).headerWords).toEqual(
      base.headerWords,
    );
    expect(
      applyCorrection(base, { kind: "headerRole", header: "Risultato", role: "target" }).headerWords.target,
    ).toEqual(["Misura", "Risultato"]);
  });

  test("the corrected settings make the recogniser read the officers' table", () => {
    let s: Settings = DEFAULT_SETTINGS;
    for (const [header, role] of [
      ["Misura", "indicator"],
      ["Valore obiettivo", "target"],
      ["Ponderazione", "weight"],
    ] as const)
      s = applyCorrection(s, { kind: "headerRole", header, role });
    const only = workbook([gridFromRows("Piano", OFFICERS)]);
    expect(recognise(only, DEFAULT_SETTINGS).indicators).toHaveLength(0);
    expect(recognise(only, s).indicators.map((r) => r.indicator)).toEqual(["Pratiche telematiche", "Corsi erogati"]);
  });

  test("excluding a sheet and marking it as the cruscotto exclude each other; names compare ignoring case", () => {
    const excluded = applyCorrection(DEFAULT_SETTINGS, { kind: "excludeSheet", sheet: "Bozza", excluded: true });
    expect([excluded.excludedSheets, excluded.cruscottoSheets]).toEqual([["Bozza"], []]);
    const cruscotto = applyCorrection(excluded, { kind: "cruscottoSheet", sheet: "BOZZA", cruscotto: true });
    expect([cruscotto.excludedSheets, cruscotto.cruscottoSheets]).toEqual([[], ["BOZZA"]]);
    const none = applyCorrection(cruscotto, { kind: "cruscottoSheet", sheet: "bozza", cruscotto: false });
    expect([none.excludedSheets, none.cruscottoSheets]).toEqual([[], []]);
    expect(DEFAULT_SETTINGS.excludedSheets).toEqual([]);
    expect(describeRecognition(wb, excluded).find((s) => s.sheet === "Bozza")?.roles).toEqual(["excluded"]);
  });
});
