/** Layout recognition on grids built in memory: one behaviour per test. */
import { recognise } from "../../../../src/core/layout";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/types";
import type { CellValue, WorkbookGrid } from "../../../../src/core/grid/types";
import type { Plan } from "../../../../src/core/model/types";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";
import { renderParam } from "../../../../src/i18n/params";

const S = DEFAULT_SETTINGS;
const codes = (p: Plan, code: string) => p.diagnostics.filter((d) => d.code === code);
const HEADER = ["Obiettivo operativo", "Indicatore", "Target", "Peso", "Area", "Albero", "Produttività"];
const sheet = (name: string, rows: CellValue[][]): WorkbookGrid => workbook([gridFromRows(name, rows)]);

test("many blocks and many units in one sheet", () => {
  const p = recognise(
    sheet("Obiettivi", [
      ["SERVIZIO ALFA"],
      ["8. Accountability e Trasparenza"],
      HEADER,
      ["Ob A", "Ind 1", "≥ 80%", "50%", "AREA II", "X", ""],
      [null, "Ind 2", "100%", "50%", "Area II", "x", "sì"],
      ["9.Qualità ed efficienza"],
      HEADER,
      ["Ob B", "Ind 3", "30/06/2022", null, "II", null, null],
      [],
      ["PO BETA"],
      ["Processi Interni"],
      HEADER,
      ["Ob C", "Ind 4", "≥ 3", 1, "Trasversale", "X", "X"],
      ["OBIETTIVI 2022 DIR AIII"],
      HEADER,
      ["Ob D", "Ind 5", "90%", "100%", null, null, null],
    ]),
    S,
  );
  expect(p.units.map((u) => [u.id, u.kind, u.area, u.headingRow, u.indicators.length])).toEqual([
    ["SERVIZIO ALFA", "servizio", "Area II", 0, 3],
    ["PO BETA", "po", null, 9, 1],
    ["OBIETTIVI 2022 DIR AIII", "dirigente", "Area III", 13, 1],
  ]);
  expect(p.tables.map((t) => [t.id, t.kind, t.unitId, t.firstRow, t.lastRow])).toEqual([
    ["Obiettivi!3", "obiettivi", "SERVIZIO ALFA", 3, 4],
    ["Obiettivi!7", "obiettivi", "SERVIZIO ALFA", 7, 7],
    ["Obiettivi!12", "obiettivi", "PO BETA", 12, 12],
    ["Obiettivi!15", "dirigente", "OBIETTIVI 2022 DIR AIII", 15, 15],
  ]);
  const [r1, r2, r3] = p.units[0].indicators;
  expect(r2).toMatchObject({
    objective: "Ob A",
    albero: true,
    produttivita: true,
    strategicObjective: { number: 8, name: "Accountability e Trasparenza" },
  });
  expect(r1.produttivita).toBe(false);
  expect(r3.strategicObjective).toEqual({ number: 9, name: "Qualità ed efficienza" });
  expect(p.units[1].indicators[0].strategicObjective).toBeNull(); // a new unit forgets the previous heading
  expect(codes(p, "UNIT_WITHOUT_AREA")).toEqual([
    { severity: "info", code: "UNIT_WITHOUT_AREA", sheet: "Obiettivi", cell: "A10", params: { unit: "PO BETA" } },
  ]);
});

test("one unit per sheet without a heading: named after the sheet, kind from its first word", () => {
  const rows = (area: string): CellValue[][] => [HEADER, ["Ob", "Ind", "90%", "100%", area, "X", "X"]];
  const p = recognise(
    workbook([
      gridFromRows("PO Staff", rows("SG")),
      gridFromRows("Ragioneria", rows("AREA I")),
      gridFromRows("Dir Area II", rows("AREA II")),
      gridFromRows("Ufficio Legale", rows("Area Segreteria Generale")),
    ]),
    S,
  );
  expect(p.units.map((u) => [u.id, u.kind, u.area, u.headingRow])).toEqual([
    ["PO Staff", "po", "Area Segreteria Generale", null],
    ["Ragioneria", "servizio", "Area I", null],
    ["Dir Area II", "dirigente", "Area II", null],
    ["Ufficio Legale", "ufficio", "Area Segreteria Generale", null],
  ]);
  expect(codes(p, "UNIT_FROM_SHEET_NAME").map((d) => [d.sheet, d.cell, d.params.sheet])).toEqual([
    ["PO Staff", "A1", "PO Staff"],
    ["Ragioneria", "A1", "Ragioneria"],
    ["Dir Area II", "A1", "Dir Area II"],
    ["Ufficio Legale", "A1", "Ufficio Legale"],
  ]);
});

test("two units with the same name in two sheets get the sheet in their id", () => {
  const rows: CellValue[][] = [["SERVIZIO STAFF"], HEADER, ["Ob", "Ind", "90%", "100%", "SG", "X", "X"]];
  const p = recognise(workbook([gridFromRows("2022", rows), gridFromRows("2023", rows)]), S);
  expect(p.units.map((u) => u.id)).toEqual(["SERVIZIO STAFF (2022)", "SERVIZIO STAFF (2023)"]);
  expect(p.indicators.map((i) => [i.key, i.unitId])).toEqual([
    ["2022!3", "SERVIZIO STAFF (2022)"],
    ["2023!3", "SERVIZIO STAFF (2023)"],
  ]);
});

test("merged cells: a merged Area or mark covers its rows; a heading merged across the table stays a heading", () => {
  const grid = gridFromRows(
    "Merged",
    [
      ["SERVIZIO MERGE"],
      ["10. Consolidamento del modello organizzativo"],
      HEADER,
      ["Ob 1", "Ind 1", "90%", "10%", "AREA III", "X", "X"],
      ["Ob 2", "Ind 2", "90%", "10%", null, null, "X"],
      ["Ob 3", "Ind 3", "90%", "10%", null, null, null],
      [null, "Ind 4", "90%", "10%", "AREA I", "X", null],
    ],
    {
      merges: [
        { top: 1, left: 0, bottom: 1, right: 6 },
        { top: 3, left: 4, bottom: 5, right: 4 },
        { top: 3, left: 5, bottom: 4, right: 5 },
      ],
    },
  );
  const p = recognise(workbook([grid]), S);
  expect(p.indicators.map((i) => [i.objective, i.area, i.albero, i.produttivita])).toEqual([
    ["Ob 1", "AREA III", true, true],
    ["Ob 2", "AREA III", true, true],
    ["Ob 3", "AREA III", false, false],
    ["Ob 3", "AREA I", true, false],
  ]);
  expect(p.indicators[0].strategicObjective?.number).toBe(10);
});

test("blank continuation rows inherit objective, Area, Servizi and Owner within the block only", () => {
  const p = recognise(
    sheet("Cont", [
      ["SERVIZIO C"],
      ["Obiettivo", "Indicatore", "Target", "Peso", "Servizi interni coinvolti", "Area", "Owner"],
      ["Ob 1", "Ind 1", "90%", "10%", "S. C", "AREA II", "Rossi"],
      [null, "Ind 2", "90%", "10%", null, null, null],
      ["Ob 2", "Ind 3", "90%", "10%", null, null, null],
      ["Obiettivo", "Indicatore", "Target", "Peso", "Servizi interni coinvolti", "Area", "Owner"],
      [null, "Ind 4", "90%", "10%", null, null, null],
    ]),
    S,
  );
  expect(p.indicators.map((i) => [i.objective, i.servizi, i.area, i.owner])).toEqual([
    ["Ob 1", "S. C", "AREA II", "Rossi"],
    ["Ob 1", "S. C", "AREA II", "Rossi"],
    ["Ob 2", null, null, null],
    [null, null, null, null],
  ]);
});

test("header synonyms: case, accents, punctuation and a trailing year ignored", () => {
  const p = recognise(
    sheet("Syn", [
      ["UFFICIO SINONIMI"],
      [
        "AZIONE",
        "Indicatore di performance",
        "Valore atteso 2022",
        "Peso %",
        "Strutture coinvolte",
        "area",
        "ALBERO",
        "PRODUTTIVITÀ",
        "Responsabile",
        "Consuntivo 2021",
        "Risultato effettivo 2022",
      ],
      ["Ob", "Ind", "≥ 80%", 0.3, "S. X", "Area II", "x", "x", "Bianchi", 0.7, 0.85],
    ]),
    S,
  );
  expect(p.tables[0].columns).toEqual({
    indicator: 1,
    objective: 0,
    target: 2,
    weight: 3,
    servizi: 4,
    area: 5,
    albero: 6,
    produttivita: 7,
    owner: 8,
    // Last year's Consuntivo is what relative targets start from, never this year's actual.
    baseline: 9,
    actual: 10,
  });
  expect(p.indicators[0]).toMatchObject({
    baseline: { col: 9, raw: 0.7, value: { kind: "number", value: 0.7 } },
    objective: "Ob",
    owner: "Bianchi",
    servizi: "S. X",
    actual: { col: 10, raw: 0.85 },
  });
  const kpi = recognise(
    sheet("KPI", [
      ["KPI", "Risultato atteso", "Valore rilevato"],
      ["Ind", ">= 2", 3],
    ]),
    S,
  );
  expect(kpi.tables[0].columns).toMatchObject({ indicator: 0, target: 1, actual: 2 });
  expect(kpi.indicators[0].actual.value).toMatchObject({ kind: "number", value: 3 });
  // A Comune's words: «Indicatore di risultato», «Valore atteso 2024», «Peso %», «Risultato effettivo 2024».
  const comune = recognise(
    sheet("Settore Tecnico", [
      ["SETTORE TECNICO"],
      ["Obiettivo", "Indicatore di risultato", "Valore atteso 2022", "Peso %", "Risultato effettivo 2022"],
      ["Lavori pubblici", "SAL approvati nei termini", "almeno il 90%", 40, 0.85],
    ]),
    S,
  );
  expect(comune.tables[0].columns).toMatchObject({ objective: 0, indicator: 1, target: 2, weight: 3, actual: 4 });
});

test("a Consuntivo of another year is not the actual column; the evaluation year's is", () => {
  const rows: CellValue[][] = [
    ["SERVIZIO Y"],
    ["Obiettivo", "Indicatori", "Target", "Peso", "Consuntivo 2021", "Consuntivo 2022"],
    ["Ob", "Ind", "90%", "100%", 0.5, 0.9],
  ];
  expect(recognise(sheet("Y", rows), S).tables[0].columns.actual).toBe(5);
  expect(recognise(sheet("Y", rows), { ...S, year: 2021 }).tables[0].columns.actual).toBe(4);
  expect(recognise(sheet("Y", rows), { ...S, year: 2023 }).tables[0].columns.actual).toBeUndefined();
});

describe("duplicated Peso (dirigenti)", () => {
  const rows: CellValue[][] = [
    ["Peso", "Azione", "Indicatori", "Target", "Peso"],
    [10, "Az 1", "Ind 1", "80%", 20],
    [30, "Az 2", "Ind 2", "80%", null],
    [50, "Az 3", "Ind 3", "80%", 50],
    [90, null, null, null, 70],
  ];
  const p = recognise(sheet("Dir AI", rows), S);

  test("the last Peso is scored, the first kept as weightOther; the table and unit are dirigente", () => {
    expect(p.tables[0]).toMatchObject({
      kind: "dirigente",
      columns: { weight: 4, weightOther: 0, objective: 1, indicator: 2, target: 3 },
    });
    expect(p.units[0]).toMatchObject({ name: "Dir AI", kind: "dirigente", area: "Area I" });
    expect(p.indicators.map((i) => [i.weight.col, i.weight.value])).toEqual([
      [4, 0.2],
      [0, 0.3],
      [4, 0.5],
    ]);
  });

  test("HEADER_DUPLICATED once; WEIGHT_COLUMNS_DISAGREE on differing and on fallback rows", () => {
    expect(codes(p, "HEADER_DUPLICATED")).toEqual([
      {
        severity: "info",
        code: "HEADER_DUPLICATED",
        sheet: "Dir AI",
        cell: "E1",
        params: { header: "Peso", row: 1, used: "E" },
      },
    ]);
    expect(
      codes(p, "WEIGHT_COLUMNS_DISAGREE").map((d) => [
        d.severity,
        d.cell,
        d.params.first,
        renderParam(d.params.second, "it"),
        d.params.used,
      ]),
    ).toEqual([
      ["warning", "E2", "10", "20", "20"],
      ["warning", "E3", "30", "—", "30"],
    ]);
  });

  test("the total row is checked per column, against that column's sum", () => {
    expect(codes(p, "TOTAL_ROW_MISMATCH")).toEqual([]);
    expect(p.indicators.map((i) => i.row)).toEqual([1, 2, 3]);
    const wrong = recognise(sheet("Dir AI", [...rows.slice(0, 4), [90, null, null, null, 100]]), S);
    expect(codes(wrong, "TOTAL_ROW_MISMATCH")).toEqual([
      {
        severity: "info",
        code: "TOTAL_ROW_MISMATCH",
        sheet: "Dir AI",
        cell: "E5",
        params: { printed: "100", sum: { kind: "percent", fraction: expect.closeTo(0.7, 9) } },
      },
    ]);
  });
});
