/**
 * The cruscotto strategico as other bodies lay it out (docs: README, "What it reads"): (b) a heading `N. Name`
 * above `Indicatore | Peso | Target <anno> | Consuntivo <anno> | …`, (c) one flat table with the objective in
 * a column; which sheets are the cruscotto; and the tables two readings fit.
 */
import { recognise } from "../../../../src/core/layout";
import { DEFAULT_SETTINGS, type Settings } from "../../../../src/core/settings/types";
import type { CellValue, Rect } from "../../../../src/core/grid/types";
import type { Plan } from "../../../../src/core/model/types";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";

const S = DEFAULT_SETTINGS;
const read = (name: string, rows: CellValue[][], settings: Partial<Settings> = {}, merges: Rect[] = []): Plan =>
  recognise(workbook([gridFromRows(name, rows, { merges })]), { ...S, ...settings });
const codes = (p: Plan): string[] => p.diagnostics.map((d) => d.code);
const warnings = (p: Plan): [string, string, string | null][] =>
  p.diagnostics.filter((d) => d.severity === "warning").map((d) => [d.code, d.sheet, d.cell]);
/** Each objective: number, name, weighted, and its KPIs' indicator, target and actual as written. */
const objectives = (p: Plan): unknown[] =>
  p.strategicObjectives.map((o) => [
    o.number,
    o.name,
    o.weighted,
    o.kpis.map((k) => [k.indicator, k.target.raw, k.actual.raw, k.weight.value]),
  ]);

const PAIRED = ["Indicatore", "Peso", "Target 2022", "Consuntivo 2022", "Target 2023", "Consuntivo 2023", "Owner"];

describe("layout (b): a heading above a Target/Consuntivo pair per year", () => {
  const rows: CellValue[][] = [
    ["CRUSCOTTO STRATEGICO 2022-2023"],
    ["8. Accountability e Trasparenza"],
    PAIRED,
    ["Dati pubblicati", "60%", "≥ 80%", "90%", "≥ 85%", null, "S. Staff"],
    ["Tempi medi di risposta", "40%", "<= 30 gg", 20, "<= 25 gg", null, "S. Staff"],
    [],
    ["9. Qualità dei servizi"],
    PAIRED,
    ["Customer satisfaction", "100%", ">= Medio", "Alto", ">= Medio-alto", null, "S. Staff"],
  ];

  test("each block is a weighted strategic objective with the evaluation year's target and Consuntivo", () => {
    const p = read("Cruscotto strategico", rows);
    expect(objectives(p)).toEqual([
      [
        8,
        "Accountability e Trasparenza",
        true,
        [
          ["Dati pubblicati", "≥ 80%", "90%", 0.6],
          ["Tempi medi di risposta", "<= 30 gg", 20, 0.4],
        ],
      ],
      [9, "Qualità dei servizi", true, [["Customer satisfaction", ">= Medio", "Alto", 1]]],
    ]);
    expect(p.units).toEqual([]);
    expect(p.tables.map((t) => [t.id, t.kind, t.unitId, t.columns.actual])).toEqual([
      ["Cruscotto strategico!3", "cruscotto", null, 3],
      ["Cruscotto strategico!8", "cruscotto", null, 3],
    ]);
    const kpi = p.strategicObjectives[0].kpis[0];
    expect(Object.fromEntries(Object.entries(kpi.targetsByYear!).map(([y, c]) => [y, c.raw]))).toEqual({
      2022: "≥ 80%",
      2023: "≥ 85%",
    });
    expect(kpi).toMatchObject({ unitId: null, owner: "S. Staff", strategicObjective: { number: 8 } });
    expect(warnings(p)).toEqual([]);
  });

  test("the evaluation year comes from the settings; the year before's Consuntivo is the KPI's baseline", () => {
    const p = read("Cruscotto strategico", rows, { year: 2023 });
    const [first, second] = p.strategicObjectives[0].kpis;
    expect([first.target.raw, first.actual.col, first.actual.raw]).toEqual(["≥ 85%", 5, null]);
    expect(first.baseline).toMatchObject({ col: 3, raw: "90%", value: { kind: "number", value: 0.9 } });
    expect(second.baseline).toMatchObject({ col: 3, raw: 20 });
    // In 2022 the sheet has no Consuntivo 2021: no baseline.
    expect(read("Cruscotto strategico", rows).indicators.every((k) => k.baseline === undefined)).toBe(true);
  });

  test("a heading without a header of its own reuses the header above", () => {
    const p = read("Cruscotto", [
      ["1. Semplificazione"],
      PAIRED,
      ["KPI 1", "100%", "≥ 1", 1, "≥ 1", null, null],
      ["2. Innovazione"],
      ["KPI 2", "50%", "≥ 2", 2, "≥ 2", null, null],
      ["KPI 3", "50%", "≥ 3", 1, "≥ 3", null, null],
    ]);
    expect(p.strategicObjectives.map((o) => [o.number, o.kpis.map((k) => k.indicator)])).toEqual([
      [1, ["KPI 1"]],
      [2, ["KPI 2", "KPI 3"]],
    ]);
  });

  test("a printed total under the Peso column is checked, not read as a KPI", () => {
    const p = read("Cruscotto", [
      ["1. Semplificazione"],
      PAIRED,
      ["KPI 1", "60%", "≥ 1", 1, "≥ 1", null, null],
      ["KPI 2", "40%", "≥ 2", 2, "≥ 2", null, null],
      ["Totale", "90%", null, null, null, null, null],
    ]);
    expect(p.indicators.map((k) => k.indicator)).toEqual(["KPI 1", "KPI 2"]);
    expect(p.diagnostics.filter((d) => d.code === "TOTAL_ROW_MISMATCH").map((d) => d.cell)).toEqual(["B5"]);
  });
});

describe("layout (c): one flat table with the strategic objective in a column", () => {
  const HEADER = ["Obiettivo strategico", "Indicatore", "Peso", "Consuntivo 2021", "Target 2022", "Consuntivo 2022"];

  test("the number at the start of the name, the name repeated on each row", () => {
    const p = read("KPI strategici", [
      HEADER,
      ["3. Digitalizzazione", "Servizi online", 50, "70%", "≥ 80%", "72%"],
      ["3. Digitalizzazione", "Pratiche telematiche", 50, "85%", "≥ 90%", "95%"],
      ["4. Trasparenza", "Dati pubblicati", 100, null, "100%", "100%"],
    ]);
    expect(objectives(p)).toEqual([
      [
        3,
        "Digitalizzazione",
        true,
        [
          ["Servizi online", "≥ 80%", "72%", 0.5],
          ["Pratiche telematiche", "≥ 90%", "95%", 0.5],
        ],
      ],
      [4, "Trasparenza", true, [["Dati pubblicati", "100%", "100%", 1]]],
    ]);
    expect(p.indicators.map((k) => [k.strategicObjective?.number, k.baseline?.raw ?? null])).toEqual([
      [3, "70%"],
      [3, "85%"],
      [4, null],
    ]);
    expect(p.units).toEqual([]);
    expect(p.tables.map((t) => [t.kind, t.strategicObjective])).toEqual([["cruscotto", null]]);
    expect(warnings(p)).toEqual([]);
  });

  test("the number in an N. column, number and name merged down their rows", () => {
    const p = read(
      "Obiettivi strategici",
      [
        ["N.", "Obiettivo strategico", "Indicatore", "Peso", "Target 2022", "Consuntivo 2022"],
        [1, "Semplificazione", "KPI 1", "30%", "≥ 80%", "76%"],
        [null, null, "KPI 2", "70%", "≥ 10", 5],
        ["2", "Trasparenza", "KPI 3", "100%", "100%", "95%"],
      ],
      {},
      [
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
      ],
    );
    expect(p.strategicObjectives.map((o) => [o.number, o.name, o.kpis.map((k) => k.indicator)])).toEqual([
      [1, "Semplificazione", ["KPI 1", "KPI 2"]],
      [2, "Trasparenza", ["KPI 3"]],
    ]);
    // `N. | Obiettivo strategico` is no Mappa strategica when Indicatore and Target follow.
    expect(p.tables).toHaveLength(1);
  });

  test("blank objective cells continue the objective above; a repeated N. column too", () => {
    const p = read("Cruscotto", [
      ["N.", "Obiettivo", "Indicatore", "Target"],
      [5, "Nuove imprese", "KPI 1", "≥ 1"],
      [5, null, "KPI 2", "≥ 2"],
      [null, null, "KPI 3", "≥ 3"],
      [6, "Internazionalizzazione", "KPI 4", "≥ 4"],
    ]);
    expect(p.strategicObjectives.map((o) => [o.number, o.name, o.weighted, o.kpis.length])).toEqual([
      [5, "Nuove imprese", false, 3],
      [6, "Internazionalizzazione", false, 1],
    ]);
    // A plain Target is the evaluation year's.
    expect(p.indicators[0].target).toMatchObject({ col: 3, raw: "≥ 1" });
  });
});

describe("layout (a), the seed's: the previous year's Consuntivo is the baseline too", () => {
  test("`Consuntivo 2021` next to `Consuntivo 2022`", () => {
    const p = read("Cruscotto", [
      ["11. Comunicazione istituzionale", 2022, 2023, "Owner", "Consuntivo 2021", "Consuntivo 2022"],
      ["N° followers", "≥1", "≥1", "S. Staff", 9, 1.2],
      ["Tempi medi", "<2", "1,45", "S. Staff", null, null],
    ]);
    expect(p.indicators.map((k) => [k.baseline?.col, k.baseline?.raw, k.actual.raw])).toEqual([
      [4, 9, 1.2],
      [4, null, null],
    ]);
  });
});

describe("the cruscotto's sheet is never read as a unit", () => {
  const KPI_TABLE: CellValue[][] = [
    ["Indicatore", "Target", "Peso"],
    ["Servizi digitali", "≥ 80%", "50%"],
  ];

  test("a name that says so, a table without a strategic objective: CRUSCOTTO_NOT_READ at its header", () => {
    const p = read("KPI strategici", [["Anno 2022", null, null], [], ...KPI_TABLE]);
    expect(warnings(p)).toEqual([["CRUSCOTTO_NOT_READ", "KPI strategici", "A3"]]);
    expect(p.units).toEqual([]);
    expect(p.indicators).toEqual([]);
  });

  test("a title that says so, nothing that looks like a table: CRUSCOTTO_NOT_READ at the first cell", () => {
    const p = read("Foglio1", [[], [null, "Obiettivi strategici 2022-2024"], [null, "Digitalizzazione: 80%"]]);
    expect(warnings(p)).toEqual([["CRUSCOTTO_NOT_READ", "Foglio1", "B2"]]);
    expect(codes(p)).not.toContain("HEADER_NOT_FOUND");
  });

  test("listed in the settings (Fogli cruscotto), whatever its name", () => {
    const rows: CellValue[][] = [
      ["1. Semplificazione"],
      ["Indicatore", "Peso", "Target 2022", "Consuntivo 2022"],
      ["KPI 1", "100%", "≥ 1", 1],
    ];
    const listed = read("Foglio3", rows, { cruscottoSheets: [" foglio3 "] });
    expect(listed.strategicObjectives.map((o) => [o.number, o.kpis.length])).toEqual([[1, 1]]);
    expect(listed.units).toEqual([]);
    expect(warnings(listed)).toEqual([]);
    // Not listed: a unit named after the sheet, and the doubt is said, naming the header's cells.
    const unlisted = read("Foglio3", rows);
    expect(unlisted.units.map((u) => u.name)).toEqual(["Foglio3"]);
    expect(unlisted.strategicObjectives).toEqual([]);
    const doubt = unlisted.diagnostics.find((d) => d.code === "TABLE_READ_AS_UNIT");
    expect(doubt).toEqual({
      severity: "warning",
      code: "TABLE_READ_AS_UNIT",
      sheet: "Foglio3",
      cell: "A2",
      params: { sheet: "Foglio3", cells: "A2:D2" },
    });
  });
});

describe("a unit's sheet is not mistaken for the cruscotto", () => {
  const UNIT_HEADER = ["Obiettivo operativo", "Indicatore", "Target", "Peso", "Area"];

  test("unit heading, strategic headings, an Obiettivo operativo column: a unit, no doubt", () => {
    const p = read("S. Staff", [
      ["SERVIZIO STAFF"],
      ["8. Accountability e Trasparenza"],
      UNIT_HEADER,
      ["Trasparenza", "Pubblicazione dati", "100%", "50%", "AREA I"],
      ["9. Qualità"],
      UNIT_HEADER,
      ["Customer", "Indagine", ">= Medio", "50%", "AREA I"],
    ]);
    expect(p.units.map((u) => [u.name, u.indicators.length])).toEqual([["SERVIZIO STAFF", 2]]);
    expect(p.strategicObjectives).toEqual([]);
    expect(warnings(p)).toEqual([]);
  });

  test("a title naming operational objectives too, and the add-in's own sheet names, say nothing", () => {
    const table: CellValue[][] = [UNIT_HEADER, ["Ob", "Ind", "90%", "100%", "AREA I"]];
    for (const [name, title] of [
      ["Piano", "Obiettivi strategici e operativi 2022"],
      ["Cruscotto Annulla", "SERVIZIO STAFF"],
      ["Impostazioni Cruscotto (2)", "SERVIZIO STAFF"],
    ]) {
      const p = read(name, [[title], ...table]);
      expect([name, p.units.length, p.strategicObjectives.length]).toEqual([name, 1, 0]);
    }
  });

  test("a multi-year table under a unit heading, or on a sheet named like a unit, stays the unit's", () => {
    const table: CellValue[][] = [["1. Semplificazione"], PAIRED, ["KPI", "100%", "≥ 1", 1, "≥ 1"]];
    const p = read("Foglio1", [["PO SERVIZIO STAFF"], ...table]);
    expect(p.units.map((u) => u.name)).toEqual(["PO SERVIZIO STAFF"]);
    expect(warnings(p)).toEqual([]);
    const flat: CellValue[][] = [
      ["Obiettivo strategico", "Indicatore", "Target", "Peso"],
      ["1. Semplificazione", "KPI", "≥ 1", "100%"],
    ];
    for (const rows of [table, flat]) {
      const q = read("Servizio Legale", rows);
      expect([q.units.map((u) => u.name), q.strategicObjectives, warnings(q)]).toEqual([["Servizio Legale"], [], []]);
    }
  });
});

describe("a table two readings fit: the choice is said, with the header's cells", () => {
  test("an Obiettivo strategico column on a sheet that does not say cruscotto", () => {
    const p = read("Foglio1", [
      ["Obiettivo strategico", "Indicatore", "Peso", "Target 2022", "Consuntivo 2022"],
      ["1. Semplificazione", "KPI 1", "100%", "≥ 1", 1],
    ]);
    expect(p.strategicObjectives.map((o) => [o.number, o.kpis.length])).toEqual([[1, 1]]);
    expect(p.units).toEqual([]);
    expect(p.diagnostics.filter((d) => d.code === "TABLE_READ_AS_CRUSCOTTO")).toEqual([
      {
        severity: "warning",
        code: "TABLE_READ_AS_CRUSCOTTO",
        sheet: "Foglio1",
        cell: "A1",
        params: { sheet: "Foglio1", cells: "A1:E1" },
      },
    ]);
  });

  test("targets of several years under a strategic heading: said once per sheet", () => {
    const p = read("Foglio1", [
      ["1. Semplificazione"],
      PAIRED,
      ["KPI 1", "100%", "≥ 1", 1, "≥ 1", null, null],
      ["2. Innovazione"],
      PAIRED,
      ["KPI 2", "100%", "≥ 1", 1, "≥ 1", null, null],
    ]);
    expect(p.strategicObjectives.map((o) => o.number)).toEqual([1, 2]);
    expect(warnings(p)).toEqual([["TABLE_READ_AS_CRUSCOTTO", "Foglio1", "A2"]]);
  });
});
