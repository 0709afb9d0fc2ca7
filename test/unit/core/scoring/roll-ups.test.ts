/** Units, objectives, Areas, strategic objectives, the Ente and the Dirigenti's derived indicators. */
import { score } from "../../../../src/core/scoring";
import type { Scorecard } from "../../../../src/core/scoring/types";
import type { Settings } from "../../../../src/core/settings/types";
import { formatMessage } from "../../../../src/i18n/messages";
import {
  baselineTarget,
  cmp,
  dates,
  num,
  pctActual,
  plan,
  settingsWith,
  strategic,
  unit,
  type RowSpec,
} from "../../../helpers/plan-builder";

const T100 = cmp(">=", 1, { percent: true });
/** A weighted row whose achievement is `a` (actual a against ≥ 100%), or unmeasured when a is null. */
const row = (weight: number | null, a: number | null, extra: Partial<RowSpec> = {}): RowSpec => ({
  target: T100,
  weight,
  actual: a === null ? null : pctActual(a),
  ...extra,
});

function card(
  units: Parameters<typeof plan>[0],
  strategicObjectives: Parameters<typeof plan>[1] = [],
  settings: Partial<Settings> = {},
): Scorecard {
  return score(plan(units, strategicObjectives), settingsWith(settings));
}

describe("unit totals", () => {
  test("score = Σw·a / Σw over measured rows; coverage = Σw measured / Σw scorable", () => {
    const c = card([unit("U", [row(0.5, 1), row(0.3, 0.5), row(0.2, null)])]);
    const u = c.units[0];
    expect(u.score).toBeCloseTo((0.5 * 1 + 0.3 * 0.5) / 0.8, 12);
    expect(u.coverage).toBeCloseTo(0.8, 12);
    expect(u.weightSum).toBeCloseTo(1, 12);
    expect(u.status).toBe("parzialmente_raggiunto");
    expect(c.diagnostics.filter((d) => d.code === "WEIGHT_SUM")).toEqual([]);
  });

  test("unweighted rows stay out; baseline rows count in the weight sum but not in coverage", () => {
    const c = card([
      unit("U", [row(0.9, 0.5), row(null, 1), { target: baselineTarget(), weight: 0.1, actual: num(3) }]),
    ]);
    const u = c.units[0];
    expect(u.score).toBeCloseTo(0.5, 12);
    expect(u.coverage).toBe(1);
    expect(u.weightSum).toBeCloseTo(1, 12);
  });

  test("a mismatched actual keeps its weight in the coverage denominator only", () => {
    const c = card([unit("U", [row(0.6, 1), { target: T100, weight: 0.4, actual: dates("2022-01-01") }])]);
    expect(c.units[0].score).toBe(1);
    expect(c.units[0].coverage).toBeCloseTo(0.6, 12);
  });

  test("weights not summing to 100 %: WEIGHT_SUM warning, score still Σw·a/Σw", () => {
    const c = card([unit("Servizio X", [row(0.5, 1), row(0.45, 0.5)])]);
    const u = c.units[0];
    expect(u.weightSum).toBeCloseTo(0.95, 12);
    expect(u.score).toBeCloseTo((0.5 + 0.45 * 0.5) / 0.95, 12);
    const w = c.diagnostics.filter((d) => d.code === "WEIGHT_SUM");
    expect(w).toEqual([
      {
        severity: "warning",
        code: "WEIGHT_SUM",
        sheet: "Servizio X",
        cell: "D2",
        params: { unit: "Servizio X", sum: { kind: "percent", fraction: expect.closeTo(0.95, 9) } },
      },
    ]);
    expect(formatMessage("WEIGHT_SUM", w[0].params)).toBe(
      "I pesi dell'unità «Servizio X» sommano a 95% invece di 100%. Correggere i pesi perché la somma sia 100%.",
    );
  });

  test("weights summing to 1 up to floating noise raise nothing", () => {
    const c = card([unit("U", [row(0.1, 1), row(0.2, 1), row(0.3, 1), row(0.4, 1)])]);
    expect(c.diagnostics.filter((d) => d.code === "WEIGHT_SUM")).toEqual([]);
  });

  test("nothing measured -> score null, status non_rilevato, coverage 0", () => {
    const u = card([unit("U", [row(0.5, null), row(0.5, null)])]).units[0];
    expect(u.score).toBeNull();
    expect(u.status).toBe("non_rilevato");
    expect(u.coverage).toBe(0);
  });

  test("missingAsZero: missing rows count as 0 in the score, not in the coverage", () => {
    const u = card([unit("U", [row(0.5, 1), row(0.5, null)])], [], { missingAsZero: true }).units[0];
    expect(u.score).toBeCloseTo(0.5, 12);
    expect(u.coverage).toBeCloseTo(0.5, 12);
    expect(u.status).toBe("non_raggiunto");
  });

  test("productivity score: the same formula over Produttività rows", () => {
    const u = card([
      unit("U", [row(0.5, 1, { produttivita: true }), row(0.25, 0.2, { produttivita: true }), row(0.25, 0)]),
    ]).units[0];
    expect(u.productivityScore).toBeCloseTo((0.5 + 0.25 * 0.2) / 0.75, 12);
    expect(u.score).toBeCloseTo(0.55, 12);
  });
});

describe("objectives", () => {
  test("the unit formula over each (unit, objective) group, in order", () => {
    const c = card([
      unit("U", [
        row(0.2, 1, { objective: "A" }),
        row(0.3, 0.5, { objective: "A" }),
        row(0.5, null, { objective: "B" }),
      ]),
      unit("V", [row(1, 0.4, { objective: "A" })]),
    ]);
    expect(c.objectives).toEqual([
      { unitId: "U", objective: "A", score: (0.2 + 0.15) / 0.5, coverage: 1, rows: ["U!2", "U!3"] },
      { unitId: "U", objective: "B", score: null, coverage: 0, rows: ["U!4"] },
      { unitId: "V", objective: "A", score: 0.4, coverage: 1, rows: ["V!2"] },
    ]);
  });
});

describe("Areas", () => {
  // A: 1 (weights 1); B: 0.5 (weights 0.5 measured + 0.5 missing); C: no actual; D: other Area.
  const units = [
    unit("A", [row(1, 1)], { area: "Area I" }),
    unit("B", [row(0.5, 0.5), row(0.5, null)], { area: "Area I" }),
    unit("C", [row(1, null)], { area: "Area I" }),
    unit("D", [row(1, 0.2)], { area: "Area II" }),
    unit("DIR AI", [row(1, 0)], { kind: "dirigente", area: "Area I" }),
  ];
  test("media_unita: mean of unit scores, null scores and Dirigenti left out", () => {
    const c = card(units);
    expect(c.areas).toEqual([
      { name: "Area I", score: 0.75, units: ["A", "B", "C"] },
      { name: "Area II", score: 0.2, units: ["D"] },
    ]);
  });
  test("pool_ponderato: the unit formula over all their rows", () => {
    const c = card(units, [], { areaMethod: "pool_ponderato" });
    expect(c.areas[0].score).toBeCloseTo((1 * 1 + 0.5 * 0.5) / 1.5, 12);
    expect(c.areas[1].score).toBeCloseTo(0.2, 12);
  });
  test("an Area whose units have no score has a null score", () => {
    expect(card([unit("C", [row(1, null)], { area: "Area III" })]).areas).toEqual([
      { name: "Area III", score: null, units: ["C"] },
    ]);
  });
});

describe("strategic objectives and the Ente", () => {
  const kpi = (a: number | null, weight: number | null = null): RowSpec => ({
    target: T100,
    weight,
    actual: a === null ? null : pctActual(a),
  });
  const areaUnits = [unit("A", [row(1, 0.6)], { area: "Area I" }), unit("B", [row(1, 0.8)], { area: "Area II" })];

  test("strategic score: plain mean of measured KPIs, or Σw·a/Σw when weighted", () => {
    const c = card(
      [],
      [
        strategic(1, [kpi(1), kpi(0.5), kpi(null)]),
        strategic(2, [kpi(1, 0.75), kpi(0.2, 0.25)], { weighted: true }),
        strategic(3, [kpi(null)]),
      ],
    );
    expect(c.strategicObjectives).toEqual([
      { number: 1, name: "Obiettivo 1", score: 0.75 },
      { number: 2, name: "Obiettivo 2", score: 0.75 * 1 + 0.25 * 0.2 },
      { number: 3, name: "Obiettivo 3", score: null },
    ]);
  });

  test("auto: strategic mean when any strategic objective has a score", () => {
    const c = card(areaUnits, [strategic(1, [kpi(1)]), strategic(2, [kpi(0.5)]), strategic(3, [kpi(null)])]);
    expect(c.ente).toEqual({ score: 0.75, method: "strategico" });
    const info = c.diagnostics.filter((d) => d.code === "ENTE_METHOD");
    expect(info).toEqual([
      {
        severity: "info",
        code: "ENTE_METHOD",
        sheet: "",
        cell: null,
        params: { method: { kind: "enteMethod", method: "strategico" } },
      },
    ]);
  });

  test("auto: no cruscotto actuals -> mean of the Areas", () => {
    const c = card(areaUnits, [strategic(1, [kpi(null)])]);
    expect(c.ente.method).toBe("aree");
    expect(c.ente.score).toBeCloseTo(0.7, 12);
    const method = c.diagnostics.find((d) => d.code === "ENTE_METHOD");
    expect(method && formatMessage(method.code, method.params)).toBe(
      "Il punteggio dell'Ente è calcolato come media dei punteggi delle Aree.",
    );
  });

  test("auto: no Areas -> mean of the (non-Dirigente) units", () => {
    const c = card([
      unit("A", [row(1, 0.6)]),
      unit("B", [row(1, 0.9)]),
      unit("DIR", [row(1, 0)], { kind: "dirigente" }),
    ]);
    expect(c.ente.method).toBe("unita");
    expect(c.ente.score).toBeCloseTo(0.75, 12);
  });

  test("auto: nothing measured anywhere -> null score, null method, no ENTE_METHOD", () => {
    const c = card([unit("A", [row(1, null)], { area: "Area I" })], [strategic(1, [kpi(null)])]);
    expect(c.ente).toEqual({ score: null, method: null });
    expect(c.diagnostics.filter((d) => d.code === "ENTE_METHOD")).toEqual([]);
  });

  test("forced methods: used even when the strategic method has a score; null when theirs has none", () => {
    const objectives = [strategic(1, [kpi(1)])];
    expect(card(areaUnits, objectives, { enteMethod: "aree" }).ente.score).toBeCloseTo(0.7, 12);
    expect(card(areaUnits, objectives, { enteMethod: "unita" }).ente).toEqual({ score: 0.7, method: "unita" });
    expect(card(areaUnits, [strategic(1, [kpi(null)])], { enteMethod: "strategico" }).ente).toEqual({
      score: null,
      method: null,
    });
  });

  test("missingAsZero does not zero cruscotto KPIs (the Ente still falls back to the Areas)", () => {
    const c = card(areaUnits, [strategic(1, [kpi(null)])], { missingAsZero: true });
    expect(c.indicators.find((r) => r.key === "Cruscotto 1!2")?.status).toBe("non_rilevato");
    expect(c.ente.method).toBe("aree");
  });
});

describe("derived indicators of the Dirigenti", () => {
  const areaUnits = [unit("A", [row(1, 0.875)], { area: "Area I" }), unit("B", [row(1, 0.5)], { area: "Area II" })];
  const dir = (specs: RowSpec[], area: string | null = "Area I") => unit("DIR AI", specs, { kind: "dirigente", area });
  const enteRow = (extra: Partial<RowSpec> = {}): RowSpec => ({
    target: cmp(">=", 0.8, { percent: true }),
    weight: 0.1,
    derived: "ente",
    ...extra,
  });
  const areaRow = (extra: Partial<RowSpec> = {}): RowSpec => ({
    target: cmp(">=", 0.9, { percent: true }),
    weight: 0.4,
    derived: "area",
    ...extra,
  });

  test("their actuals are the Ente and Area syntheses; the Dirigente is then scored like any unit", () => {
    // Ente by Areas = (0.875 + 0.5) / 2 = 0.6875; Area I = 0.875.
    const c = card([...areaUnits, dir([enteRow(), areaRow(), row(0.5, 1)])]);
    expect(c.ente).toEqual({ score: 0.6875, method: "aree" });
    const byKey = new Map(c.indicators.map((r) => [r.key, r]));
    expect(byKey.get("DIR AI!2")).toEqual({
      key: "DIR AI!2",
      achievement: 0.6875 / 0.8,
      status: "parzialmente_raggiunto",
      actualValue: 0.6875,
    });
    expect(byKey.get("DIR AI!3")?.achievement).toBeCloseTo(0.875 / 0.9, 12);
    const d = c.units.find((u) => u.id === "DIR AI");
    expect(d?.score).toBeCloseTo(0.1 * (0.6875 / 0.8) + 0.4 * (0.875 / 0.9) + 0.5, 12);
    // The Dirigente is not in any Area, nor in the Ente.
    expect(c.areas.map((a) => a.units)).toEqual([["A"], ["B"]]);
    const derivedInfo = c.diagnostics.filter((x) => x.code === "DERIVED_ACTUAL");
    expect(derivedInfo).toEqual([
      {
        severity: "info",
        code: "DERIVED_ACTUAL",
        sheet: "DIR AI",
        cell: "F2",
        params: {
          of: { kind: "synthesis", of: "ente" },
          value: { kind: "percent", fraction: expect.closeTo(0.6875, 9) },
        },
      },
      {
        severity: "info",
        code: "DERIVED_ACTUAL",
        sheet: "DIR AI",
        cell: "F3",
        params: { of: "Area I", value: { kind: "percent", fraction: expect.closeTo(0.875, 9) } },
      },
    ]);
  });

  test("a typed actual on a derived row is ignored with a warning", () => {
    const c = card([...areaUnits, dir([enteRow({ actual: pctActual(0.99), actualRaw: "99%" })])]);
    expect(c.indicators.find((r) => r.key === "DIR AI!2")?.actualValue).toBe(0.6875);
    expect(c.diagnostics.filter((x) => x.code === "ACTUAL_IGNORED_DERIVED")).toEqual([
      {
        severity: "warning",
        code: "ACTUAL_IGNORED_DERIVED",
        sheet: "DIR AI",
        cell: "F2",
        params: { raw: "99%", value: { kind: "percent", fraction: expect.closeTo(0.6875, 9) } },
      },
    ]);
  });

  test("a synthesis with no score: DERIVED_NOT_AVAILABLE and the row is non_rilevato", () => {
    const c = card([unit("A", [row(1, null)], { area: "Area I" }), dir([enteRow(), areaRow(), row(0.5, 0.6)], null)]);
    const byKey = new Map(c.indicators.map((r) => [r.key, r]));
    expect(byKey.get("DIR AI!2")?.status).toBe("non_rilevato");
    expect(byKey.get("DIR AI!3")?.status).toBe("non_rilevato");
    expect(
      c.diagnostics.filter((x) => x.code === "DERIVED_NOT_AVAILABLE").map((x) => formatMessage(x.code, x.params)),
    ).toEqual([
      "Il consuntivo di questo indicatore è la sintesi di Ente, che non ha ancora un valore: inserire i consuntivi delle unità interessate.",
      "Il consuntivo di questo indicatore è la sintesi di Area, che non ha ancora un valore: inserire i consuntivi delle unità interessate.",
    ]);
    const d = c.units.find((u) => u.id === "DIR AI");
    expect(d?.score).toBeCloseTo(0.6, 12);
    expect(d?.coverage).toBeCloseTo(0.5, 12);
  });
});

test("indicators[] follows plan.indicators, one result per row", () => {
  const p = plan(
    [unit("U", [row(0.5, 1), row(0.5, null)]), unit("V", [row(1, 0.3)])],
    [strategic(1, [{ target: T100, actual: pctActual(1) }])],
  );
  const c = score(p, settingsWith());
  expect(c.indicators.map((r) => r.key)).toEqual(p.indicators.map((r) => r.key));
  expect(c.year).toBe(2022);
});
