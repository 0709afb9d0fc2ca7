/** Properties that must hold for any plan: bounds, weighted-mean shape, independence from row order. */
import fc from "fast-check";
import { score } from "../../../../src/core/scoring";
import type { Operator } from "../../../../src/core/targets/types";
import { cmp, num, pctActual, plan, settingsWith, unit, type RowSpec } from "../../../helpers/plan-builder";

const operator = fc.constantFrom<Operator>(">=", ">", "<=", "<", "=");
const finite = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });

test("every achievement lies in [0, cap] and its status agrees with it", () => {
  fc.assert(
    fc.property(operator, finite, finite, fc.boolean(), fc.constantFrom(1, 1.2, 1.5), (op, t, x, strict, cap) => {
      const c = score(
        plan([unit("U", [{ target: cmp(op, t), actual: num(x), weight: 1 }])]),
        settingsWith({ cap, strictComparisons: strict }),
      );
      const r = c.indicators[0];
      expect(r.achievement).not.toBeNull();
      const a = r.achievement as number;
      expect(a).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThanOrEqual(cap);
      expect(["raggiunto", "parzialmente_raggiunto", "non_raggiunto"]).toContain(r.status);
    }),
    { numRuns: 300 },
  );
});

/** Rows against ≥ 100 %, so that each row's achievement is min(actual, 1). */
const rowArb: fc.Arbitrary<RowSpec> = fc.record({
  target: fc.constant(cmp(">=", 1, { percent: true })),
  weight: fc.option(
    fc.integer({ min: 0, max: 50 }).map((w) => w / 100),
    { nil: null },
  ),
  actual: fc.option(
    fc.integer({ min: 0, max: 150 }).map((p) => pctActual(p / 100)),
    { nil: null },
  ),
});

test("a unit's score is the weighted mean of its measured rows, whatever their order", () => {
  fc.assert(
    fc.property(fc.array(rowArb, { maxLength: 12 }), (rows) => {
      const forward = score(plan([unit("U", rows)]), settingsWith()).units[0];
      const backward = score(plan([unit("U", [...rows].reverse())]), settingsWith()).units[0];

      const used = rows.filter((r) => r.weight !== null && r.weight !== undefined && r.actual);
      const den = used.reduce((s, r) => s + (r.weight ?? 0), 0);
      const achievementOf = (r: RowSpec): number =>
        Math.min(r.actual && r.actual.kind === "number" ? r.actual.value : 0, 1);
      if (den === 0) {
        expect(forward.score).toBeNull();
        expect(forward.status).toBe("non_rilevato");
      } else {
        const expected = used.reduce((s, r) => s + (r.weight ?? 0) * achievementOf(r), 0) / den;
        expect(forward.score).toBeCloseTo(expected, 10);
        expect(backward.score).toBeCloseTo(expected, 10);
        const as = used.filter((r) => (r.weight ?? 0) > 0).map(achievementOf);
        expect(forward.score as number).toBeGreaterThanOrEqual(Math.min(...as) - 1e-12);
        expect(forward.score as number).toBeLessThanOrEqual(Math.max(...as) + 1e-12);
      }
      if (forward.coverage !== null) {
        expect(forward.coverage).toBeGreaterThanOrEqual(0);
        expect(forward.coverage).toBeLessThanOrEqual(1 + 1e-12);
      }
      expect(forward.weightSum).toBeCloseTo(
        rows.reduce((s, r) => s + (r.weight ?? 0), 0),
        10,
      );
    }),
    { numRuns: 300 },
  );
});
