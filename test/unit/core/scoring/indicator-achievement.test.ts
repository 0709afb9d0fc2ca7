/** The arithmetic of one indicator's achievement, rule by rule (domain.md "Default scoring rules"). */
import { score } from "../../../../src/core/scoring";
import type { IndicatorResult } from "../../../../src/core/scoring/types";
import type { Diagnostic } from "../../../../src/core/diagnostics/types";
import type { Settings } from "../../../../src/core/settings/types";
import { formatMessage } from "../../../../src/i18n/messages";
import {
  badActual,
  bare,
  baselineTarget,
  brokenTarget,
  cmp,
  dates,
  deadline,
  levelActual,
  levelTarget,
  num,
  pctActual,
  plan,
  ratio,
  settingsWith,
  unit,
  yesNo,
  yesTarget,
  type RowSpec,
} from "../../../helpers/plan-builder";

/** Scores a one-row unit and returns that row's result and the scoring diagnostics. */
function one(spec: RowSpec, settings: Partial<Settings> = {}): { r: IndicatorResult; diags: Diagnostic[] } {
  const card = score(plan([unit("U", [{ weight: 1, ...spec }])]), settingsWith(settings));
  return { r: card.indicators[0], diags: card.diagnostics.filter((d) => d.code !== "ENTE_METHOD") };
}

const a = (spec: RowSpec, settings: Partial<Settings> = {}): number | null => one(spec, settings).r.achievement;

describe("comparison, higher is better", () => {
  test("T > 0: actual / T", () => {
    expect(a({ target: cmp(">=", 0.8, { percent: true }), actual: pctActual(0.6) })).toBeCloseTo(0.75, 12);
    expect(one({ target: cmp(">=", 0.8, { percent: true }), actual: pctActual(0.6) }).r.status).toBe(
      "parzialmente_raggiunto",
    );
    expect(a({ target: cmp(">=", 2), actual: num(1) })).toBeCloseTo(0.5, 12);
  });

  test("T ≤ 0: 1 when actual ≥ T, else 0", () => {
    expect(a({ target: cmp(">=", 0), actual: num(0) })).toBe(1);
    expect(a({ target: cmp(">=", 0), actual: num(-0.5) })).toBe(0);
    expect(a({ target: cmp(">=", -3), actual: num(-2) })).toBe(1);
  });

  test("a negative actual against T > 0 is clipped to 0", () => {
    expect(a({ target: cmp(">=", 5), actual: num(-1) })).toBe(0);
  });
});

describe("comparison, lower is better", () => {
  test("T > 0: 1 when met, else T / actual", () => {
    expect(a({ target: cmp("<=", 70, { unit: "gg" }), actual: num(60) })).toBe(1);
    expect(a({ target: cmp("<=", 70, { unit: "gg" }), actual: num(100) })).toBeCloseTo(0.7, 12);
  });

  test("inferred polarity: bare 1,45 (lower) against 1,6 gives 1.45/1.6", () => {
    const { r } = one({ target: bare(1.45, "lower", { raw: "1,45" }), actual: num(1.6) });
    expect(r.achievement).toBeCloseTo(1.45 / 1.6, 12);
    expect(r.achievement).toBeCloseTo(0.90625, 12);
    expect(r.status).toBe("raggiunto");
  });

  test("bare inferred higher follows the polarity, not the stored operator", () => {
    expect(a({ target: bare(3, "higher"), actual: num(2) })).toBeCloseTo(2 / 3, 12);
  });

  test("T ≤ 0 (0,00): 1 when met else 0", () => {
    expect(a({ target: bare(0, "lower", { raw: "0,00" }), actual: num(0) })).toBe(1);
    expect(a({ target: bare(0, "lower", { raw: "0,00" }), actual: num(2) })).toBe(0);
  });

  test("negative ITP < -10: -12 met, -5 not; -10 met unless strict", () => {
    const itp = cmp("<", -10, { label: "ITP", raw: "ITP < -10" });
    expect(a({ target: itp, actual: num(-12) })).toBe(1);
    expect(a({ target: itp, actual: num(-5) })).toBe(0);
    expect(a({ target: itp, actual: num(-10) })).toBe(1);
    expect(a({ target: itp, actual: num(-10) }, { strictComparisons: true })).toBe(0);
    expect(a({ target: itp, actual: num(-12) }, { strictComparisons: true })).toBe(1);
  });
});

describe("strict comparisons", () => {
  test("'>' is '≥' by default and strictly greater when set (T ≤ 0 met test)", () => {
    expect(a({ target: cmp(">", 0), actual: num(0) })).toBe(1);
    expect(a({ target: cmp(">", 0), actual: num(0) }, { strictComparisons: true })).toBe(0);
    expect(a({ target: cmp(">=", 0), actual: num(0) }, { strictComparisons: true })).toBe(1);
  });
});

describe("equality", () => {
  test("1 when equal, else 0", () => {
    expect(a({ target: cmp("=", 5), actual: num(5) })).toBe(1);
    expect(a({ target: cmp("=", 5), actual: num(4) })).toBe(0);
  });
});

describe("deadlines", () => {
  const two = deadline("2022-06-30", "2022-12-31");
  test("one date compared with every deadline", () => {
    expect(a({ target: two, actual: dates("2022-09-15") })).toBe(0.5);
    expect(a({ target: two, actual: dates("2022-06-30") })).toBe(1);
    expect(a({ target: two, actual: dates("2023-01-02") })).toBe(0);
  });
  test("several dates matched in order: one met, one missed -> 0.5", () => {
    expect(a({ target: two, actual: dates("2022-06-20", "2023-01-10") })).toBe(0.5);
    expect(a({ target: two, actual: dates("2022-07-01", "2022-12-01") })).toBe(0.5);
    expect(a({ target: two, actual: dates("2022-06-01", "2022-12-01") })).toBe(1);
  });
  test("fewer dates than deadlines: the deadline without a date is missed", () => {
    expect(
      a({ target: deadline("2022-03-31", "2022-06-30", "2022-12-31"), actual: dates("2022-03-01", "2022-06-01") }),
    ).toBeCloseTo(2 / 3, 12);
  });
  test("sì meets every deadline, no none", () => {
    expect(a({ target: two, actual: yesNo(true) })).toBe(1);
    expect(a({ target: two, actual: yesNo(false) })).toBe(0);
  });
});

describe("qualitative", () => {
  const medio = levelTarget(">=", 3, "Medio");
  test("reached ≥ target level -> 1, else rank(actual)/rank(target)", () => {
    expect(a({ target: medio, actual: levelActual(5, "Alto") })).toBe(1);
    expect(a({ target: medio, actual: levelActual(3, "Medio") })).toBe(1);
    expect(a({ target: medio, actual: levelActual(2, "Medio-basso") })).toBeCloseTo(2 / 3, 12);
    expect(a({ target: medio, actual: levelActual(1, "Basso") })).toBeCloseTo(1 / 3, 12);
  });
});

describe("yes / frequency", () => {
  test("sì 1, no 0, a completion date means done", () => {
    expect(a({ target: yesTarget(), actual: yesNo(true) })).toBe(1);
    expect(a({ target: yesTarget(), actual: yesNo(false) })).toBe(0);
    expect(a({ target: yesTarget("Realizzato"), actual: dates("2022-11-30") })).toBe(1);
  });
});

describe("targets that cannot be scored", () => {
  test.each([
    ["baseline", baselineTarget()],
    ["broken", brokenTarget()],
    ["missing", null],
  ])("%s target -> non_valutabile even with an actual", (_name, target) => {
    const { r } = one({ target, actual: num(3) });
    expect(r.status).toBe("non_valutabile");
    expect(r.achievement).toBeNull();
  });
});

describe("cap and soglia", () => {
  const t = cmp(">=", 0.8, { percent: true });
  test("120 % of the target is 1 with the default cap, 1.2 with cap 120 %", () => {
    expect(a({ target: t, actual: pctActual(0.96) })).toBe(1);
    expect(a({ target: t, actual: pctActual(0.96) }, { cap: 1.2 })).toBeCloseTo(1.2, 12);
    expect(a({ target: t, actual: pctActual(1.2) }, { cap: 1.2 })).toBe(1.2);
  });
  test("below the soglia the achievement is 0", () => {
    const full = cmp(">=", 1, { percent: true });
    expect(a({ target: full, actual: pctActual(0.3) }, { soglia: 0.5 })).toBe(0);
    expect(one({ target: full, actual: pctActual(0.3) }, { soglia: 0.5 }).r.status).toBe("non_raggiunto");
    expect(a({ target: full, actual: pctActual(0.6) }, { soglia: 0.5 })).toBeCloseTo(0.6, 12);
    expect(a({ target: full, actual: pctActual(0.5) }, { soglia: 0.5 })).toBeCloseTo(0.5, 12);
  });
});

describe("percent readings", () => {
  const t80 = cmp(">=", 0.8, { percent: true, raw: "≥ 80%" });
  test("85 against a % target is 85 % (percentage points), with an info diagnostic", () => {
    const { r, diags } = one({ target: t80, actual: num(85) }, { cap: 2 });
    expect(r.actualValue).toBeCloseTo(0.85, 12);
    expect(r.achievement).toBeCloseTo(0.85 / 0.8, 12);
    expect(diags).toEqual([
      {
        severity: "info",
        code: "ACTUAL_PERCENT_POINTS",
        sheet: "U",
        cell: "F2",
        params: { raw: "85", percent: { kind: "percent", fraction: expect.closeTo(0.85, 9) } },
      },
    ]);
    expect(formatMessage("ACTUAL_PERCENT_POINTS", diags[0].params)).toContain("letto come 85%");
  });
  test("a plain number ≤ 1 against a % target is a fraction, silently", () => {
    const { r, diags } = one({ target: t80, actual: num(0.6) });
    expect(r.achievement).toBeCloseTo(0.75, 12);
    // Nothing is said of the reading; only that a motivazione dello scostamento is due (75 % < Raggiunto).
    expect(diags.map((d) => d.code)).toEqual(["JUSTIFICATION_MISSING"]);
  });
  test("an actual written in % is its fraction whatever the target: 105% vs ≥1 is 1.05", () => {
    expect(a({ target: cmp(">=", 1), actual: pctActual(1.05) }, { cap: 2 })).toBeCloseTo(1.05, 12);
  });
  test("a plain number against a plain target is taken as is", () => {
    expect(a({ target: cmp(">=", 20), actual: num(15) })).toBeCloseTo(0.75, 12);
  });
  test("a ratio actual is a fraction: 45/50 vs ≥ 95% = 0.9/0.95", () => {
    const { r } = one({ target: cmp(">=", 0.95, { percent: true }), actual: ratio(45, 50) });
    expect(r.achievement).toBeCloseTo(0.9 / 0.95, 12);
    expect(r.actualValue).toBeCloseTo(0.9, 12);
  });
});

describe("actuals that do not fit", () => {
  test("a date against ≥ 80% -> non_valutabile with ACTUAL_KIND_MISMATCH on the actual cell", () => {
    const { r, diags } = one({ target: cmp(">=", 0.8, { percent: true, raw: "≥ 80%" }), actual: dates("2022-05-01") });
    expect(r.status).toBe("non_valutabile");
    expect(r.achievement).toBeNull();
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ severity: "warning", code: "ACTUAL_KIND_MISMATCH", sheet: "U", cell: "F2" });
    expect(diags[0].params).toEqual({
      raw: "2022-05-01",
      target: "≥ 80%",
      targetKind: { kind: "targetKind", targetKind: "comparison" },
    });
    expect(formatMessage("ACTUAL_KIND_MISMATCH", diags[0].params)).toContain("(valore numerico)");
    // Every placeholder of the template is filled.
    expect(formatMessage("ACTUAL_KIND_MISMATCH", diags[0].params)).not.toMatch(/\{\w+\}/);
  });
  test.each([
    ["a level vs a number", cmp(">=", 2), levelActual(5, "Alto")],
    ["a number vs a level", levelTarget(">=", 3, "Medio"), num(4)],
    ["a number vs deadlines", deadline("2022-06-30"), num(1)],
    ["a level vs yes/no", yesTarget(), levelActual(3, "Medio")],
  ])("%s is a mismatch", (_name, target, actual) => {
    const { r, diags } = one({ target, actual });
    expect(r.status).toBe("non_valutabile");
    expect(diags.map((d) => d.code)).toEqual(["ACTUAL_KIND_MISMATCH"]);
  });
  test("an unreadable actual -> ACTUAL_UNREADABLE with its reason", () => {
    const { r, diags } = one({ target: cmp(">=", 1), actual: badActual("boh") });
    expect(r.status).toBe("non_valutabile");
    expect(diags).toEqual([
      {
        severity: "warning",
        code: "ACTUAL_UNREADABLE",
        sheet: "U",
        cell: "F2",
        params: { raw: "boh", reason: { kind: "unreadable", reason: { code: "unrecognised_text", text: "boh" } } },
      },
    ]);
    expect(formatMessage(diags[0].code, diags[0].params)).toContain("(testo non riconosciuto «boh»)");
  });
});

describe("missing actuals and status bands", () => {
  test("no actual -> non_rilevato; missingAsZero -> 0, non_raggiunto", () => {
    expect(one({ target: cmp(">=", 1) }).r).toEqual({
      key: "U!2",
      achievement: null,
      status: "non_rilevato",
      actualValue: null,
    });
    expect(one({ target: cmp(">=", 1) }, { missingAsZero: true }).r).toEqual({
      key: "U!2",
      achievement: 0,
      status: "non_raggiunto",
      actualValue: null,
    });
  });
  test("bands from the settings; 72 % of 80 % is exactly the 90 % band", () => {
    const t = cmp(">=", 0.8, { percent: true });
    expect(one({ target: t, actual: pctActual(0.72) }).r.status).toBe("raggiunto");
    expect(one({ target: t, actual: pctActual(0.71) }).r.status).toBe("parzialmente_raggiunto");
    expect(one({ target: t, actual: pctActual(0.56) }).r.status).toBe("parzialmente_raggiunto");
    expect(one({ target: t, actual: pctActual(0.55) }).r.status).toBe("non_raggiunto");
    expect(one({ target: t, actual: pctActual(0.71) }, { bandRaggiunto: 0.8, bandParziale: 0.5 }).r.status).toBe(
      "raggiunto",
    );
  });
});
