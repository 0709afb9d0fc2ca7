import { coverageFormula, weightedScoreFormula, type LiveRow } from "../../../../../src/core/write/formulas/totals";

const row = (r: number, weight: number, now: number | null = 1, sheet = "Ufficio"): LiveRow => ({
  cell: { sheet, row: r, col: 10, block: 0 },
  weight,
  now,
});

describe("a weighted total over rows that weigh alike", () => {
  test("is the AVERAGE of exactly its rows, the rows between left out", () => {
    const live = [row(3, 0.05), row(4, 0.05), row(5, 0.05), row(9, 0.05), row(10, 0.05)];
    expect(weightedScoreFormula({ live, constNum: 0, constDen: 0 })).toBe(
      "IF(COUNT('Ufficio'!$K$4:$K$6,'Ufficio'!$K$10:$K$11)>0,AVERAGE('Ufficio'!$K$4:$K$6,'Ufficio'!$K$10:$K$11),\"\")",
    );
  });

  test("beside rows the formula cannot read, is plain sums times the weight plus their constants", () => {
    const live = [row(3, 2), row(4, 2)];
    expect(weightedScoreFormula({ live, constNum: 1.5, constDen: 3 })).toBe(
      "IF(COUNT('Ufficio'!$K$4:$K$5)*2+3>0,(SUM('Ufficio'!$K$4:$K$5)*2+1.5)/(COUNT('Ufficio'!$K$4:$K$5)*2+3),\"\")",
    );
  });

  test("keeps the weights when a row is listed twice, which counts twice", () => {
    const f = weightedScoreFormula({ live: [row(3, 1), row(3, 1), row(4, 1)], constNum: 0, constDen: 0 });
    expect(f).not.toContain("AVERAGE");
    expect(f).toContain("{2;1}");
  });

  test("keeps the weights when they differ, or are all 0", () => {
    expect(weightedScoreFormula({ live: [row(3, 1), row(4, 2)], constNum: 0, constDen: 0 })).toContain("{1;2}");
    expect(weightedScoreFormula({ live: [row(3, 0), row(4, 0)], constNum: 0, constDen: 0 })).not.toContain("AVERAGE");
  });

  test("takes whichever form is shorter when its rows are scattered one by one", () => {
    const live = Array.from({ length: 12 }, (_, i) => row(3 + 2 * i, 0.05));
    const f = weightedScoreFormula({ live, constNum: 0, constDen: 0 })!;
    expect(f).not.toContain("AVERAGE");
    const refs = live.map((r) => `'Ufficio'!$K$${r.cell.row + 1}`).join(",");
    expect(f.length).toBeLessThan(`IF(COUNT(${refs})>0,AVERAGE(${refs}),"")`.length);
  });

  test("its coverage counts the measured rows times the weight", () => {
    const rows = [row(3, 0.25), row(4, 0.25), row(8, 0.25)].map(({ cell, weight }) => ({ cell, weight }));
    expect(coverageFormula(rows, 0, 1)).toBe("(COUNT('Ufficio'!$K$4:$K$5,'Ufficio'!$K$9)*0.25)/1");
  });
});
