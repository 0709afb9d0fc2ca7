/** The real 2022 plan (examples/plan-2022), one TSV per sheet, recognised into units, KPIs and objectives. */
import { recognise } from "../../../../src/core/layout";
import { DEFAULT_SETTINGS, type Settings } from "../../../../src/core/settings/types";
import type { Plan } from "../../../../src/core/model/types";
import { gridFromTsv, workbook } from "../../../helpers/grid-builder";
import { renderParam } from "../../../../src/i18n/params";

const settings: Settings = DEFAULT_SETTINGS;

function one(file: string, numbers = false): Plan {
  return recognise(workbook([gridFromTsv(file, undefined, { numbers })]), settings);
}
const codes = (p: Plan, code: string) => p.diagnostics.filter((d) => d.code === code);

// README "Files" (data rows) and "Self-check: weights" tables.
const UNITS: Array<[string, string, string, string, number, number, number]> = [
  [
    "servizio-segreteria-generale.tsv",
    "SERVIZIO SEGRETERIA GENERALE",
    "servizio",
    "Area Segreteria Generale",
    20,
    19,
    1,
  ],
  ["po-staff.tsv", "PO SERVIZIO STAFF", "po", "Area Segreteria Generale", 4, 4, 1],
  ["servizio-staff.tsv", "SERVIZIO STAFF", "servizio", "Area Segreteria Generale", 19, 18, 1],
  ["servizio-ufficio-legale.tsv", "UFFICIO LEGALE", "ufficio", "Area Segreteria Generale", 19, 18, 1],
  ["po-gestione-rrffpp.tsv", "PO SERVIZIO GESTIONE RR.FF.PP.", "po", "Area I", 4, 4, 1],
  ["servizio-gestione-rrffpp.tsv", "Servizio GRRFFPP", "servizio", "Area I", 21, 20, 1],
  [
    "servizio-innovazione-digitalizzazione.tsv",
    "SERVIZIO INNOVAZIONE E DIGITALIZZAZIONE",
    "servizio",
    "Area I",
    13,
    11,
    0.95,
  ],
  ["po-anagrafico-certificativi.tsv", "PO SERVIZI ANAGRAFICO CERTIFICATIVI", "po", "Area II", 4, 4, 1],
  ["servizio-anagrafico-certificativi.tsv", "SERVIZI ANAGRAFICI CERTIFICATIVI", "servizio", "Area II", 17, 16, 1],
  ["po-promozione-sviluppo-economico.tsv", "PO SERVIZIO PROMOZIONE E SVILUPPO ECONOMICO", "po", "Area III", 4, 4, 1],
  [
    "servizio-promozione-sviluppo-economico.tsv",
    "Servizio Promozione e Sviluppo Economico",
    "servizio",
    "Area III",
    24,
    23,
    1,
  ],
  ["po-regolazione-mercato.tsv", "PO SERVIZIO REGOLAZIONE MERCATO E TUTELA CONSUMATORE", "po", "Area III", 4, 4, 1],
  [
    "servizio-regolazione-mercato.tsv",
    "SERVIZIO REGOLAZIONE MERCATO DEL MERCATO E TUTELA DEL CONSUMATORE",
    "servizio",
    "Area III",
    19,
    18,
    1,
  ],
];

describe.each([false, true])("plan-2022 unit sheets (integers as numbers: %s)", (numbers) => {
  test.each(UNITS)("%s", (file, name, kind, area, dataRows, weighted, sum) => {
    const plan = one(file, numbers);
    expect(plan.units).toHaveLength(1);
    const u = plan.units[0];
    expect(u).toMatchObject({ id: name, name, kind, area, headingRow: 0 });
    expect(u.indicators).toHaveLength(dataRows);
    expect(u.indicators.filter((i) => i.weight.value !== null)).toHaveLength(weighted);
    expect(u.indicators.reduce((s, i) => s + (i.weight.value ?? 0), 0)).toBeCloseTo(sum, 9);
    expect(plan.indicators.every((i) => i.unitId === name && i.indicator !== "")).toBe(true);
    expect(codes(plan, "NO_PLAN_TABLE")).toHaveLength(0);
    expect(codes(plan, "WEIGHT_UNREADABLE")).toHaveLength(0);
    expect(codes(plan, "UNIT_FROM_SHEET_NAME")).toHaveLength(0);
  });
});

describe("plan-2022 unit sheets: rows", () => {
  test("merged objective filled down, strategic heading carried, marks read", () => {
    const plan = one("servizio-segreteria-generale.tsv");
    const row13 = plan.indicators.find((i) => i.row === 12)!; // TSV line 13, blank objective below line 12
    expect(row13.objective).toBe("Grado di copertura degli adempimenti in tema di trasparenza");
    expect(row13.strategicObjective).toEqual({ number: 8, name: "Accountability e Trasparenza" });
    expect(row13.target.value?.kind).toBe("deadline");
    expect(row13.weight.value).toBeCloseTo(0.06, 12);
    expect(row13.albero && row13.produttivita).toBe(true);
    const customer = plan.indicators.find((i) => i.row === 18)!; // "Rilevazione customer", empty Peso and Produttività
    expect(customer.weight.value).toBeNull();
    expect(customer.albero).toBe(true);
    expect(customer.produttivita).toBe(false);
    // The rows with no heading above them (lines 26-27) stay under objective 10, as printed.
    expect(plan.indicators.find((i) => i.row === 25)!.strategicObjective?.number).toBe(10);
  });

  test("a printed total that matches raises nothing; continuation rows inherit Area and Owner", () => {
    const plan = one("po-promozione-sviluppo-economico.tsv");
    expect(codes(plan, "TOTAL_ROW_MISMATCH")).toHaveLength(0);
    expect(plan.indicators.map((i) => i.row)).not.toContain(11);
    const regolazione = one("servizio-regolazione-mercato.tsv");
    const olio = regolazione.indicators.find((i) => i.indicator.startsWith("Panel olio"))!;
    expect(olio.objective).toMatch(/^Tutela della legalità e della fede pubblica: efficienza/);
    expect(olio.area).toBe("AREA III");
    expect(olio.owner).toBe("Bartoli");
  });
});

describe("plan-2022 dirigenti", () => {
  const plan = one("obiettivi-dirigenti.tsv");

  test("4 dirigente units, 26 indicator rows, Areas from the headings", () => {
    expect(plan.units.map((u) => [u.name, u.kind, u.area, u.indicators.length])).toEqual([
      ["OBIETTIVI 2022 SG", "dirigente", "Area Segreteria Generale", 8],
      ["OBIETTIVI 2022 DIR AI", "dirigente", "Area I", 6],
      ["OBIETTIVI 2022 DIR AII", "dirigente", "Area II", 6],
      ["OBIETTIVI 2022 DIR AIII", "dirigente", "Area III", 6],
    ]);
    expect(plan.indicators).toHaveLength(26);
    expect(
      plan.tables.every((t) => t.kind === "dirigente" && t.columns.weight === 4 && t.columns.weightOther === 0),
    ).toBe(true);
  });

  test("derived rows flagged: one Ente and one Area synthesis per dirigente", () => {
    for (const u of plan.units) {
      expect(u.indicators.filter((i) => i.derived === "ente")).toHaveLength(1);
      expect(u.indicators.filter((i) => i.derived === "area")).toHaveLength(1);
    }
    expect(plan.indicators.find((i) => i.row === 13)).toMatchObject({
      derived: "area",
      objective: "Capacità di realizzare gli obiettivi programmati",
    });
  });

  test("every unit's weights sum to 100 %, using the first Peso where the last is empty", () => {
    for (const u of plan.units) expect(u.indicators.reduce((s, i) => s + (i.weight.value ?? 0), 0)).toBeCloseTo(1, 9);
    const sg7 = plan.indicators.find((i) => i.row === 8)!;
    expect(sg7.weight).toMatchObject({ col: 0, value: 0.1 });
    expect(codes(plan, "WEIGHT_COLUMNS_DISAGREE").map((d) => d.cell)).toEqual(["E9", "E58", "E60"]);
  });

  test("rows under a heading without a header of their own are read (DIR AIII objective 7)", () => {
    const r = plan.indicators.find((i) => i.row === 59)!;
    expect(r.indicator).toBe("N°iniziative realizzate del servizio CCS");
    expect(r.strategicObjective?.number).toBe(7);
    expect(r.unitId).toBe("OBIETTIVI 2022 DIR AIII");
  });

  test("duplicated Peso reported once per table; short last-Peso totals reported", () => {
    const dup = codes(plan, "HEADER_DUPLICATED");
    expect(dup[0]).toMatchObject({ severity: "info", cell: "E4", params: { header: "Peso", row: 4, used: "E" } });
    expect(new Set(dup.map((d) => d.cell)).size).toBe(dup.length);
    expect(
      codes(plan, "TOTAL_ROW_MISMATCH").map((d) => [d.cell, d.params.printed, renderParam(d.params.sum, "it")]),
    ).toEqual([
      ["E20", "100", "90%"],
      ["E70", "100", "70%"],
    ]);
  });
});

describe("plan-2022 cruscotto", () => {
  const plan = one("cruscotto-strategico.tsv", true);

  test("14 strategic objectives, 44 KPIs with a target per year", () => {
    expect(plan.strategicObjectives).toHaveLength(14);
    expect(plan.strategicObjectives.map((o) => o.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(plan.strategicObjectives.reduce((s, o) => s + o.kpis.length, 0)).toBe(44);
    expect(plan.indicators).toHaveLength(44);
    expect(plan.units).toHaveLength(0);
    expect(plan.tables.every((t) => t.kind === "cruscotto" && t.unitId === null)).toBe(true);
    const kpi = plan.indicators[1]; // "Percentuale di servizi Full Digital", row 4
    expect(Object.keys(kpi.targetsByYear!).map(Number)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(kpi.targetsByYear![2021].value).toBeNull();
    expect(kpi.target.col).toBe(2);
    expect(kpi.target.raw).toBe("≥ 73%");
    expect(kpi.targetsByYear![2026].raw).toBe("≥ 80%");
    expect(kpi.owner).toBe("S.Innovazione Digitalizzazione");
    expect(kpi.unitId).toBeNull();
    expect(plan.strategicObjectives[7]).toMatchObject({
      name: "Accountability e Trasparenza",
      missione: "032_Servizi istituzionali e generali delle PA",
    });
    expect(codes(plan, "TARGET_INCONSISTENT")).toHaveLength(0);
  });

  test("another evaluation year: its column is the target; a missing year is reported once", () => {
    const p2024 = recognise(workbook([gridFromTsv("cruscotto-strategico.tsv")]), { ...settings, year: 2024 });
    expect(p2024.indicators[1].target.raw).toBe("≥ 75%");
    const p2030 = recognise(workbook([gridFromTsv("cruscotto-strategico.tsv")]), { ...settings, year: 2030 });
    expect(codes(p2030, "YEAR_COLUMN_MISSING")).toEqual([
      {
        severity: "warning",
        code: "YEAR_COLUMN_MISSING",
        sheet: "cruscotto-strategico",
        cell: "A2",
        params: { year: 2030 },
      },
    ]);
    expect(p2030.indicators.every((i) => i.target.col === null && i.target.value === null)).toBe(true);
  });

  test("with the mappa strategica: perspectives filled; programmi recognised, not scored", () => {
    const wb = workbook([
      gridFromTsv("mappa-strategica.tsv"),
      gridFromTsv("cruscotto-strategico.tsv"),
      gridFromTsv("programmi-intervento.tsv"),
    ]);
    const p = recognise(wb, settings);
    expect(p.strategicObjectives).toHaveLength(14);
    expect(p.strategicObjectives[0].perspective).toBe("Imprese, Territorio e Consumatori");
    expect(p.strategicObjectives[13]).toMatchObject({ perspective: "Economico-Finanziario", kpis: expect.any(Array) });
    expect(p.indicators).toHaveLength(44);
    expect(codes(p, "HEADER_NOT_FOUND")).toHaveLength(0);
    expect(codes(p, "NO_PLAN_TABLE")).toHaveLength(0);
  });
});

test("the whole plan as one workbook: 17 units, 44 KPIs, no error but the dirigenti's readings", () => {
  const files = [
    "mappa-strategica.tsv",
    "cruscotto-strategico.tsv",
    "programmi-intervento.tsv",
    "obiettivi-dirigenti.tsv",
    ...UNITS.map((u) => u[0]),
  ];
  const p = recognise(workbook(files.map((f) => gridFromTsv(f))), settings);
  expect(p.units).toHaveLength(17);
  expect(new Set(p.units.map((u) => u.id)).size).toBe(17);
  expect(p.indicators).toHaveLength(44 + 26 + UNITS.reduce((s, u) => s + u[4], 0));
  expect(p.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});
