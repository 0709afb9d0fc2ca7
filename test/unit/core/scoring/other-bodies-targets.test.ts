/**
 * Scoring the target kinds other bodies write: relative targets (baseline × (1 ± change), then a
 * comparison), targets not set (out of the coverage, like a baseline year) and deliverables (done or
 * not). Every figure below is worked out by hand in the comments; none comes from the engine.
 */
import { score } from "../../../../src/core/scoring";
import type { Diagnostic } from "../../../../src/core/diagnostics/types";
import type { IndicatorResult } from "../../../../src/core/scoring/types";
import type { Target } from "../../../../src/core/targets/types";
import { formatMessage } from "../../../../src/i18n/messages";
import {
  badActual,
  cmp,
  dates,
  levelActual,
  notSetTarget,
  num,
  pctActual,
  plan,
  relative,
  settingsWith,
  unit,
  yesNo,
  type RowSpec,
} from "../../../helpers/plan-builder";

/** Scores a one-row unit and returns that row's result and the scoring diagnostics. */
function one(spec: RowSpec): { r: IndicatorResult; diags: Diagnostic[] } {
  const card = score(plan([unit("U", [{ weight: 1, ...spec }])]), settingsWith());
  return { r: card.indicators[0], diags: card.diagnostics.filter((d) => d.code !== "ENTE_METHOD") };
}

const computed = (d: Diagnostic | undefined): { baseline: number; target: number; percent: boolean } => {
  const p = d?.params.computed;
  if (p === undefined || typeof p !== "object" || p.kind !== "relativeTarget") throw new Error("no computed target");
  return { baseline: p.baseline, target: p.target, percent: p.percent };
};

describe("relative targets: the threshold is baseline × (1 ± change), then scored as a comparison", () => {
  test("baseline 1200, «Incremento del 10%» -> target 1320, higher is better", () => {
    // 1200 × 1.10 = 1320; actual 1254: a = 1254 / 1320 = 0.95 -> Raggiunto
    const { r, diags } = one({ target: relative("increase", 0.1), baseline: num(1200), actual: num(1254) });
    const info = diags.find((d) => d.code === "TARGET_RELATIVE");
    expect(computed(info).baseline).toBe(1200);
    expect(computed(info).target).toBeCloseTo(1320, 9);
    expect(computed(info).percent).toBe(false);
    expect(r.achievement).toBeCloseTo(0.95, 12);
    expect(r.status).toBe("raggiunto");
    // 1320 reached or passed: 1
    expect(one({ target: relative("increase", 0.1), baseline: num(1200), actual: num(1320) }).r.achievement).toBe(1);
    // the previous year's value only: 1200 / 1320 = 0.909090… (still ≥ 90 %)
    expect(
      one({ target: relative("increase", 0.1), baseline: num(1200), actual: num(1200) }).r.achievement,
    ).toBeCloseTo(1200 / 1320, 12);
  });

  test("baseline 40 days, «Riduzione del 5%» -> target 38, lower is better", () => {
    // 40 × 0.95 = 38; actual 40: a = 38 / 40 = 0.95; actual 36 ≤ 38: a = 1; actual 50: 38 / 50 = 0.76
    const at = (days: number) => one({ target: relative("decrease", 0.05), baseline: num(40), actual: num(days) });
    expect(computed(at(40).diags.find((d) => d.code === "TARGET_RELATIVE")).target).toBeCloseTo(38, 9);
    expect(at(40).r.achievement).toBeCloseTo(0.95, 12);
    expect(at(36).r.achievement).toBe(1);
    expect(at(50).r.achievement).toBeCloseTo(0.76, 12);
    expect(at(50).r.status).toBe("parzialmente_raggiunto");
  });

  test("baseline 50 % with +10 % -> 55 %", () => {
    // 0.50 × 1.10 = 0.55 (a share: the threshold is a percentage too); actual 44 %: 0.44 / 0.55 = 0.8
    const { r, diags } = one({ target: relative("increase", 0.1), baseline: pctActual(0.5), actual: pctActual(0.44) });
    const c = computed(diags.find((d) => d.code === "TARGET_RELATIVE"));
    expect(c.target).toBeCloseTo(0.55, 12);
    expect(c.percent).toBe(true);
    expect(r.achievement).toBeCloseTo(0.8, 12);
    // a plain 60 against the % threshold is percentage points: 0.60 ≥ 0.55 -> 1
    expect(one({ target: relative("increase", 0.1), baseline: pctActual(0.5), actual: num(60) }).r.achievement).toBe(1);
  });

  test("the computed target is worded in both catalogs", () => {
    const d = one({ target: relative("increase", 0.1), baseline: num(1200), actual: num(1254) }).diags.find(
      (x) => x.code === "TARGET_RELATIVE",
    ) as Diagnostic;
    expect(d).toMatchObject({ severity: "info", sheet: "U", cell: "C2" });
    expect(formatMessage(d.code, d.params, "it")).toBe(
      "Il target «Incremento del 10% rispetto al 2023» è calcolato dal valore di partenza della riga: +10% rispetto a 1.200 = 1.320.",
    );
    expect(formatMessage(d.code, d.params, "en")).toBe(
      "Target «Incremento del 10% rispetto al 2023» is computed from the row's baseline: +10% on 1,200 = 1,320.",
    );
    const down = one({ target: relative("decrease", 0.05), baseline: num(40), actual: num(40) }).diags.find(
      (x) => x.code === "TARGET_RELATIVE",
    ) as Diagnostic;
    expect(formatMessage(down.code, down.params, "it")).toContain("−5% rispetto a 40 = 38.");
    const pct = one({ target: relative("increase", 0.1), baseline: pctActual(0.5), actual: pctActual(0.5) }).diags.find(
      (x) => x.code === "TARGET_RELATIVE",
    ) as Diagnostic;
    expect(formatMessage(pct.code, pct.params, "it")).toContain("+10% rispetto a 50% = 55%.");
  });

  test("no readable baseline: Non valutabile and BASELINE_MISSING on the target cell", () => {
    const cases: Array<[string, RowSpec, string]> = [
      ["no baseline column", { target: relative("increase", 0.1), actual: num(1254) }, "—"],
      ["an empty baseline cell", { target: relative("increase", 0.1), baseline: null, actual: num(1254) }, "—"],
      [
        "a baseline that is not a number",
        { target: relative("increase", 0.1), baseline: badActual("boh"), actual: num(1254) },
        "boh",
      ],
      [
        "a date as baseline",
        { target: relative("increase", 0.1), baseline: dates("2023-12-31"), actual: num(1254) },
        "2023-12-31",
      ],
      [
        "a level as baseline",
        { target: relative("increase", 0.1), baseline: levelActual(3, "Medio"), actual: num(1254) },
        "Medio",
      ],
    ];
    for (const [why, spec, shown] of cases) {
      const { r, diags } = one(spec);
      expect({ why, status: r.status, achievement: r.achievement }).toEqual({
        why,
        status: "non_valutabile",
        achievement: null,
      });
      const missing = diags.filter((d) => d.code === "BASELINE_MISSING");
      expect(missing).toHaveLength(1);
      expect(missing[0]).toMatchObject({ severity: "warning", sheet: "U", cell: "C2" });
      expect(formatMessage(missing[0].code, missing[0].params, "it")).toContain(`(${shown})`);
      expect(diags.some((d) => d.code === "TARGET_RELATIVE")).toBe(false);
    }
  });
});

describe("targets not set and deliverables in a unit's totals", () => {
  test("not set: Non valutabile, out of the coverage like a baseline; its weight still counts in the weight sum", () => {
    const card = score(
      plan([
        unit("U", [
          { target: cmp(">=", 0.8, { percent: true }), actual: pctActual(0.6), weight: 0.5 },
          { target: notSetTarget("n.d."), actual: num(3), weight: 0.5 },
        ]),
      ]),
      settingsWith(),
    );
    expect(card.indicators[1]).toMatchObject({ status: "non_valutabile", achievement: null });
    // only row 1 is scored: 0.6 / 0.8 = 0.75; coverage 0.5 / 0.5 = 1 (the n.d. row is not scorable)
    expect(card.units[0].score).toBeCloseTo(0.75, 12);
    expect(card.units[0].coverage).toBe(1);
    expect(card.units[0].weightSum).toBe(1);
  });

  test("a deliverable is done or not: sì, a date -> 1; in corso, no -> 0", () => {
    const deliverable: Target = {
      kind: "boolean",
      raw: "Redazione delle Linee guida",
      label: "Redazione delle Linee guida",
      deliverable: true,
    };
    expect(one({ target: deliverable, actual: yesNo(true) }).r.achievement).toBe(1);
    expect(one({ target: deliverable, actual: dates("2024-05-10") }).r.achievement).toBe(1);
    expect(one({ target: deliverable, actual: { kind: "boolean", raw: "in corso", value: false } }).r).toMatchObject({
      achievement: 0,
      status: "non_raggiunto",
    });
  });

  test("a unit mixing them, computed by hand", () => {
    // r1 30 %: relative +10 % on 1200 = 1320, actual 1254 -> 0.95
    // r2 20 %: relative −5 % on 40 = 38, actual 40 -> 38/40 = 0.95
    // r3 20 %: relative without baseline -> Non valutabile, stays in the coverage denominator
    // r4 10 %: n.d. -> not scorable, out of the coverage
    // r5 20 %: deliverable, actual sì -> 1
    // Σ w·a = 0.3×0.95 + 0.2×0.95 + 0.2×1 = 0.675 over Σ w measured 0.7 -> 0.964285…
    // coverage = 0.7 / (0.3 + 0.2 + 0.2 + 0.2) = 0.7 / 0.9 = 0.777…
    const deliverable: Target = { kind: "boolean", raw: "Vademecum", label: "Vademecum", deliverable: true };
    const card = score(
      plan([
        unit("U", [
          { target: relative("increase", 0.1), baseline: num(1200), actual: num(1254), weight: 0.3 },
          { target: relative("decrease", 0.05), baseline: num(40), actual: num(40), weight: 0.2 },
          { target: relative("increase", 0.1), baseline: null, actual: num(7), weight: 0.2 },
          { target: notSetTarget("-"), actual: null, weight: 0.1 },
          { target: deliverable, actual: yesNo(true), weight: 0.2 },
        ]),
      ]),
      settingsWith(),
    );
    expect(card.indicators.map((r) => r.status)).toEqual([
      "raggiunto",
      "raggiunto",
      "non_valutabile",
      "non_valutabile",
      "raggiunto",
    ]);
    expect(card.units[0].score).toBeCloseTo(0.675 / 0.7, 12);
    expect(card.units[0].coverage).toBeCloseTo(0.7 / 0.9, 12);
    expect(card.units[0].weightSum).toBeCloseTo(1, 12);
  });
});
