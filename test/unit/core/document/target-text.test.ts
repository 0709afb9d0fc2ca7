/** The target column of the PDF Relazione: as typed, except a relative target shown with what it was computed from. */
import { formatTarget } from "../../../../src/core/document/format";
import { buildRows, cmp, notSetTarget, num, pctActual, relative } from "../../../helpers/plan-builder";

describe("formatTarget", () => {
  test("a relative target with its baseline: the change, the baseline and the computed threshold", () => {
    const [up] = buildRows("U", "U", [{ target: relative("increase", 0.1), baseline: num(1200) }]);
    expect(formatTarget(up, "it")).toBe("+10% rispetto a 1.200 = 1.320");
    expect(formatTarget(up, "en")).toBe("+10% on 1,200 = 1,320");
    const [down] = buildRows("U", "U", [{ target: relative("decrease", 0.05), baseline: num(40) }]);
    expect(formatTarget(down, "it")).toBe("−5% rispetto a 40 = 38");
    const [share] = buildRows("U", "U", [{ target: relative("increase", 0.1), baseline: pctActual(0.5) }]);
    expect(formatTarget(share, "it")).toBe("+10% rispetto a 50% = 55%");
  });

  test("without a readable baseline, and for every other kind, the target as typed", () => {
    const [missing] = buildRows("U", "U", [
      { target: relative("increase", 0.1, "Incremento del 10% rispetto al 2023"), baseline: null },
    ]);
    expect(formatTarget(missing, "it")).toBe("Incremento del 10% rispetto al 2023");
    const [notSet, plain] = buildRows("U", "U", [
      { target: notSetTarget("n.d.") },
      { target: cmp(">=", 0.8, { percent: true, raw: "non inferiore a 80%" }) },
    ]);
    expect(formatTarget(notSet, "it")).toBe("n.d.");
    expect(formatTarget(plain, "en")).toBe("non inferiore a 80%");
  });
});
