/** What recognise() reports, and where: owned ranges, unreadable cells, missing tables, cruscotto checks. */
import { canonicalArea, ownedMask, recognise } from "../../../../src/core/layout";
import { DEFAULT_SETTINGS, SETTINGS_SHEET_NAME } from "../../../../src/core/settings/types";
import type { CellValue, WorkbookGrid } from "../../../../src/core/grid/types";
import type { Plan } from "../../../../src/core/model/types";
import { formatMessage } from "../../../../src/i18n/messages";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";
import { renderParam } from "../../../../src/i18n/params";

const S = DEFAULT_SETTINGS;
const codes = (p: Plan, code: string) => p.diagnostics.filter((d) => d.code === code);
const sheet = (name: string, rows: CellValue[][]): WorkbookGrid => workbook([gridFromRows(name, rows)]);
const HEADER = ["Obiettivo", "Indicatore", "Target", "Peso", "Area"];

describe("owned ranges and sheets", () => {
  const wb = workbook(
    [
      gridFromRows("Servizio", [
        ["SERVIZIO OWN"],
        [...HEADER, "Raggiungimento", "Stato", "Note"],
        ["Ob", "Ind 1", "90%", "60%", "AREA I", "0,9", "Raggiunto"],
        ["Ob", "Ind 2", "90%", "40%", "AREA I", "0,8", "Parzialmente raggiunto"],
        [null, null, null, null, null, "totale", "Raggiunto"],
      ]),
      gridFromRows("Riepilogo", [
        ["Cruscotto Performance — Riepilogo 2022"],
        ["SERVIZIO FINTO"],
        HEADER,
        ["Ob", "Ind", "90%", "100%", "AREA I"],
      ]),
      gridFromRows(SETTINGS_SHEET_NAME, [
        ["Impostazione", "Valore", "Descrizione"],
        ["Indicatore", "Target"],
      ]),
    ],
    [
      { name: "CP_OWN_1", sheet: "Servizio", range: "$F$2:$H$5" },
      { name: "CP_SHEET_RIEPILOGO", sheet: "Riepilogo", range: "$A$1" },
      { name: "Print_Area", sheet: "Servizio", range: "$A$1:$E$4" },
    ],
  );
  const p = recognise(wb, S);

  test("cells inside CP_OWN_ ranges are empty to the recogniser", () => {
    expect(p.tables).toHaveLength(1);
    expect(p.tables[0]).toMatchObject({ firstCol: 0, lastCol: 4, lastRow: 3 });
    expect(p.tables[0].columns).toEqual({ indicator: 1, objective: 0, target: 2, weight: 3, area: 4 });
    expect(p.indicators.map((i) => i.indicator)).toEqual(["Ind 1", "Ind 2"]);
    expect(codes(p, "HEADER_DUPLICATED")).toEqual([]);
  });

  test("CP_SHEET_ sheets and the settings sheet are skipped entirely", () => {
    expect(p.units.map((u) => u.name)).toEqual(["SERVIZIO OWN"]);
    expect(p.diagnostics.filter((d) => d.sheet !== "Servizio")).toEqual([]);
  });

  test("ownedMask answers per cell", () => {
    const m = ownedMask(wb);
    expect([
      m.isOwned("Servizio", 1, 5),
      m.isOwned("Servizio", 4, 6),
      m.isOwned("Servizio", 1, 4),
      m.isOwned("Servizio", 5, 5),
    ]).toEqual([true, true, false, false]);
    expect(m.isOwned("Riepilogo", 0, 0) && m.isOwned(SETTINGS_SHEET_NAME, 9, 9)).toBe(true);
  });
});

describe("names and sheets that only look like the add-in's are read as plan data", () => {
  const unit = (title: string): CellValue[][] => [
    [title],
    HEADER,
    ["Ob", "Ind 1", "90%", "60%", "AREA I"],
    ["Ob", "Ind 2", "90%", "40%", "AREA I"],
  ];

  test("a person's CP_OWN_1 over the Peso column hides nothing", () => {
    const wb = workbook(
      [gridFromRows("Servizio", unit("SERVIZIO A"))],
      [{ name: "CP_OWN_1", sheet: "Servizio", range: "$D$2:$D$4" }],
    );
    expect(ownedMask(wb).isOwned("Servizio", 2, 3)).toBe(false);
    const p = recognise(wb, S);
    expect(p.tables[0].columns.weight).toBe(3);
    expect(p.indicators.map((i) => i.weight.value)).toEqual([0.6, 0.4]);
  });

  test("a CP_SHEET_ name on a person's sheet, and a sheet named like the settings holding a table, are scanned", () => {
    const wb = workbook(
      [gridFromRows("Riepilogo 2022", unit("SERVIZIO B")), gridFromRows(SETTINGS_SHEET_NAME, unit("SERVIZIO C"))],
      [{ name: "CP_SHEET_1", sheet: "Riepilogo 2022", range: "$A$1" }],
    );
    const p = recognise(wb, S);
    expect(p.units.map((u) => u.name).sort()).toEqual(["SERVIZIO B", "SERVIZIO C"]);
  });
});

describe("row diagnostics carry the cell and the template's params", () => {
  const p = recognise(
    sheet("Diag", [
      ["SERVIZIO DIAG"],
      HEADER,
      ["Ob", "Ind a", "м", "10%", "AREA I"],
      ["Ob", "Ind b", "м", null, "AREA I"],
      ["Ob", "Ind c", null, "10%", "AREA I"],
      ["Ob", "Ind d", "90%", "dieci", "AREA I"],
      ["Ob", "Tempo medio di evasione in giorni", "5", "10%", "AREA I"],
      ["Ob", "Numero di iniziative", "5", "10%", "AREA I"],
    ]),
    S,
  );

  test("TARGET_UNREADABLE: error on a weighted row, warning otherwise", () => {
    expect(codes(p, "TARGET_UNREADABLE").map((d) => [d.severity, d.cell, d.params.raw])).toEqual([
      ["error", "C3", "м"],
      ["warning", "C4", "м"],
    ]);
    expect(codes(p, "TARGET_UNREADABLE")[0].params.reason).toEqual({
      kind: "unreadable",
      reason: { code: "unknown_character", text: "м" },
    });
    expect(p.indicators[0].target.value?.kind).toBe("invalid");
  });

  test("TARGET_MISSING on a weighted row without target, naming the cell", () => {
    const d = codes(p, "TARGET_MISSING");
    expect(d).toEqual([
      { severity: "warning", code: "TARGET_MISSING", sheet: "Diag", cell: "C5", params: { cell: "C5" } },
    ]);
    expect(formatMessage(d[0].code, d[0].params)).toContain("C5");
  });

  test("WEIGHT_UNREADABLE is an error and leaves the row unweighted", () => {
    expect(codes(p, "WEIGHT_UNREADABLE").map((d) => [d.severity, d.cell, d.params.raw])).toEqual([
      ["error", "D6", "dieci"],
    ]);
    expect(p.indicators[3].weight.value).toBeNull();
  });

  test("TARGET_POLARITY_INFERRED says the inferred direction in words", () => {
    const d = codes(p, "TARGET_POLARITY_INFERRED").filter((x) => x.params.raw === "5");
    expect(d.map((x) => [x.severity, x.cell, renderParam(x.params.polarity, "it")])).toEqual([
      ["info", "C7", "minore è meglio"],
      ["info", "C8", "maggiore è meglio"],
    ]);
    for (const x of p.diagnostics)
      expect(formatMessage(x.code, { sheet: x.sheet, cell: x.cell ?? "", ...x.params })).not.toMatch(/\{\w+\}/);
  });
});

test("a printed total row different from the weights above: TOTAL_ROW_MISMATCH on its cell", () => {
  const p = recognise(
    sheet("Tot", [
      ["SERVIZIO T"],
      HEADER,
      ["Ob", "Ind", "90%", "40%", "I"],
      ["Ob", "Ind", "90%", "50%", "I"],
      [null, null, null, "100,00%", null],
    ]),
    S,
  );
  expect(codes(p, "TOTAL_ROW_MISMATCH")).toEqual([
    {
      severity: "info",
      code: "TOTAL_ROW_MISMATCH",
      sheet: "Tot",
      cell: "D5",
      params: { printed: "100,00%", sum: { kind: "percent", fraction: expect.closeTo(0.9, 9) } },
    },
  ]);
  expect(p.indicators).toHaveLength(2);
});

test("derived indicators only in dirigente tables", () => {
  const rows = (h: CellValue[]): CellValue[][] => [
    h,
    [10, "Az", "Stato di attuazione obiettivi di Ente (Indicatore sintetico performance organizzativa)", "80%", 10],
    [10, "Az", "Stato di attuazione obiettivi di Area", "90%", 10],
  ];
  const dir = recognise(sheet("D", rows(["Peso", "Azione", "Indicatori", "Target", "Peso"])), S);
  expect(dir.indicators.map((i) => i.derived)).toEqual(["ente", "area"]);
  const plain = recognise(sheet("S", rows(["Peso", "Azione", "Indicatori", "Target", "Note"])), S);
  expect(plain.indicators.map((i) => i.derived)).toEqual([null, null]);
});

test("two blank rows end a table; one does not", () => {
  const p = recognise(
    sheet("Gap", [
      ["SERVIZIO G"],
      HEADER,
      ["Ob", "Ind 1", "90%", "50%", "I"],
      [],
      ["Ob", "Ind 2", "90%", "50%", "I"],
      [],
      [],
      ["Ob", "Ind 3", "90%", "50%", "I"],
    ]),
    S,
  );
  expect(p.indicators.map((i) => i.indicator)).toEqual(["Ind 1", "Ind 2"]);
});

describe("cruscotto", () => {
  const rows: CellValue[][] = [
    ["032_Servizi istituzionali e generali delle PA"],
    [
      "11. Comunicazione istituzionale",
      2022,
      "2023",
      2024,
      2025,
      "Owner",
      "Peso",
      "Consuntivo 2021",
      "Consuntivo 2022",
    ],
    ["N° followers anno x / anno x-1", "≥1", 21, "≥1", "≥1", "S. Staff", "50%", 9, 1.2],
    ["Tempi medi", "<2", "1,45", "1,45", "1,45", "S. Staff", "50%", null, null],
  ];
  const p = recognise(sheet("Cruscotto", rows), S);

  test("year columns as numbers or text; Peso makes the objective weighted; Consuntivo of the year is the actual", () => {
    expect(p.tables[0].columns).toMatchObject({
      indicator: 0,
      years: { 2022: 1, 2023: 2, 2024: 3, 2025: 4 },
      owner: 5,
      weight: 6,
      actual: 8,
    });
    expect(p.strategicObjectives).toEqual([
      expect.objectContaining({
        number: 11,
        name: "Comunicazione istituzionale",
        missione: "032_Servizi istituzionali e generali delle PA",
        weighted: true,
      }),
    ]);
    expect(p.indicators[0]).toMatchObject({
      target: { col: 1, raw: "≥1" },
      actual: { col: 8, raw: 1.2 },
      weight: { value: 0.5 },
      unitId: null,
    });
  });

  test("TARGET_INCONSISTENT flags the bare 21 among ≥1s, not an honest bare series", () => {
    expect(codes(p, "TARGET_INCONSISTENT")).toEqual([
      {
        severity: "warning",
        code: "TARGET_INCONSISTENT",
        sheet: "Cruscotto",
        cell: "C3",
        params: { year: 2023, raw: "21", others: "≥1; ≥1; ≥1" },
      },
    ]);
  });

  test("a value ×10 away from the median of the other years is flagged too", () => {
    const q = recognise(
      sheet("C", [
        ["1. Ob", 2022, 2023, 2024, 2025],
        ["KPI", "≥ 80", "≥ 8", "≥ 82", "≥ 85"],
      ]),
      S,
    );
    expect(codes(q, "TARGET_INCONSISTENT").map((d) => [d.cell, d.params.year])).toEqual([["C2", 2023]]);
  });
});

test("sheets without a table: HEADER_NOT_FOUND per sheet; no plan table: one NO_PLAN_TABLE error", () => {
  const p = recognise(workbook([gridFromRows("Note", [["Appunti"], [null, "varie"]]), gridFromRows("Vuoto", [])]), S);
  expect(p.diagnostics).toEqual([
    { severity: "info", code: "HEADER_NOT_FOUND", sheet: "Note", cell: null, params: { sheet: "Note" } },
    { severity: "error", code: "NO_PLAN_TABLE", sheet: "", cell: null, params: {} },
  ]);
  expect(recognise({ sheets: [], names: [] }, S).diagnostics.map((d) => d.code)).toEqual(["NO_PLAN_TABLE"]);
});

test("never throws on ragged or odd grids", () => {
  const odd = gridFromRows("Odd", [
    [true, 3, null],
    [],
    ["Indicatore", "Target"],
    [false, 44927, "x"],
    [null, null, null, null, "Peso"],
  ]);
  (odd.values as unknown as Array<CellValue[] | undefined>)[1] = undefined;
  const names = [{ name: "CP_OWN_X", sheet: "Odd", range: "not a range" }];
  expect(() => recognise({ sheets: [odd], names }, S)).not.toThrow();
});

test.each([
  ["AREA II", "Area II"],
  ["Area II", "Area II"],
  ["II", "Area II"],
  ["Segreteria Generale", "Area Segreteria Generale"],
  ["Area Segreteria Generale", "Area Segreteria Generale"],
  ["AREA SG", "Area Segreteria Generale"],
  ["SG", "Area Segreteria Generale"],
  ["SG/AREA III", "Area III"],
  ["Trasversale", null],
  ["", null],
])("canonicalArea(%j) = %j", (raw, expected) => {
  expect(canonicalArea(raw)).toBe(expected);
});
