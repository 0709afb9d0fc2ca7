/**
 * The engine's fast paths (a header memory, per-column merge lookup, a hand-written cell-row reader)
 * must answer exactly what the plain versions answer, and the whole
 * engine must stay linear on large plans (work counted, not timed: test/helpers/work-meter.ts).
 */
import fc from "fast-check";
import { recognise } from "../../../src/core/layout";
import { HeaderDetector, detectHeader } from "../../../src/core/layout/headers";
import { mergeLookup } from "../../../src/core/layout/merges";
import { score } from "../../../src/core/scoring";
import { cellRow } from "../../../src/core/write/notes";
import { runPipeline } from "../../../src/core/pipeline";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/types";
import type { CellValue, Rect } from "../../../src/core/grid/types";
import type { Plan } from "../../../src/core/model/types";
import { gridFromRows, workbook } from "../../helpers/grid-builder";
import { measureWork } from "../../helpers/work-meter";

const HEADER = ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Area", "Produttività", "Consuntivo"];
const TARGETS: CellValue[] = ["≥ 80%", "100%", "30/06/2022", ">=Medio", "<= 70 gg", 5, "Annuale", "ITP < -10"];
const ACTUALS: CellValue[] = [0.86, "85%", "28/06/2022", "Alto", 64, 4, "sì", -12, null, "n.d.", "boh"];

/** units × blocks × rows indicator rows, with merged objective cells over row pairs. */
function planRows(units: number, blocks: number, rowsPerBlock: number): { rows: CellValue[][]; merges: Rect[] } {
  const rows: CellValue[][] = [];
  const merges: Rect[] = [];
  let n = 0;
  for (let u = 0; u < units; u++) {
    rows.push([`SERVIZIO UNITÀ ${u + 1}`]);
    for (let b = 0; b < blocks; b++) {
      rows.push([`${(b % 14) + 1}. Obiettivo strategico ${b + 1}`]);
      rows.push([...HEADER]);
      for (let i = 0; i < rowsPerBlock; i++, n++) {
        const first = i % 2 === 0;
        if (first && i + 1 < rowsPerBlock)
          merges.push({ top: rows.length, left: 0, bottom: rows.length + 1, right: 0 });
        rows.push([
          first ? `Obiettivo ${u}.${b}.${i}` : null,
          i % 3 === 0 ? "Tempo medio di lavorazione" : `Indicatore ${n}`,
          TARGETS[n % TARGETS.length],
          `${(i % 4) + 1}%`,
          `AREA ${["I", "II", "III"][u % 3]}`,
          i % 4 === 3 ? null : "X",
          ACTUALS[n % ACTUALS.length],
        ]);
      }
    }
    rows.push([]);
  }
  return { rows, merges };
}

function planOf(units: number, blocks: number, rowsPerBlock: number): Plan {
  const { rows, merges } = planRows(units, blocks, rowsPerBlock);
  return recognise(workbook([gridFromRows("Piano", rows, { merges })]), DEFAULT_SETTINGS);
}

describe("cellRow", () => {
  const reference = (cell: string | null): number | null => {
    if (!cell) return null;
    const m = /^\$?[A-Za-z]{1,3}\$?(\d+)/.exec(cell);
    return m ? Number(m[1]) - 1 : null;
  };
  it("reads the row of every address as the A1 pattern does", () => {
    const piece = fc.constantFrom(
      "$",
      "A",
      "b",
      "XFD",
      "Z",
      "AAAA",
      "1",
      "07",
      "123456789012345678",
      ":",
      "é",
      " ",
      "",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const cell = parts.join("");
        expect(cellRow(cell)).toBe(reference(cell));
      }),
    );
    fc.assert(fc.property(fc.string(), (cell) => expect(cellRow(cell)).toBe(reference(cell))));
    expect(cellRow("$J$3:$L$28")).toBe(2);
    expect(cellRow(null)).toBeNull();
  });
});

describe("mergeLookup", () => {
  /** The plain version: one entry per covered cell, later merges win. */
  const reference = (merges: Rect[], values: CellValue[][], row: number, col: number): CellValue | undefined => {
    let found: Rect | undefined;
    for (const m of merges) {
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (cells <= 1) continue;
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && !(row === m.top && col === m.left))
        found = m;
    }
    return found === undefined ? undefined : (values[found.top]?.[found.left] ?? null);
  };
  const rect = fc
    .tuple(fc.nat(12), fc.nat(5), fc.nat(4), fc.nat(3))
    .map(([top, left, h, w]): Rect => ({ top, left, bottom: top + h, right: left + w }));

  it("answers every cell as a per-cell map would, overlapping merges included", () => {
    fc.assert(
      fc.property(fc.array(rect, { maxLength: 8 }), (merges) => {
        const values: CellValue[][] = Array.from({ length: 20 }, (_, r) =>
          Array.from({ length: 10 }, (_, c) => ((r * 10 + c) % 7 === 0 ? null : `v${r}.${c}`)),
        );
        const lookup = mergeLookup(gridFromRows("S", values, { merges }));
        for (let r = 0; r < 20; r++)
          for (let c = 0; c < 10; c++) expect(lookup.covered(r, c, values)).toBe(reference(merges, values, r, c));
      }),
    );
  });
});

describe("HeaderDetector", () => {
  it("gives a repeated header the same match with a ColumnMap of its own", () => {
    const detector = new HeaderDetector(2022);
    const a = detector.detect([...HEADER]);
    const b = detector.detect([...HEADER]);
    expect(a).toEqual(detectHeader([...HEADER], 2022));
    expect(b).toEqual(a);
    if (!a || !b || a.kind === "mappa" || a.kind === "programmi" || b.kind === "mappa" || b.kind === "programmi")
      throw new Error("not a table header");
    expect(b.columns).not.toBe(a.columns);
  });

  it("lets one table's columns change without touching another's", () => {
    const plan = planOf(1, 3, 2);
    expect(plan.tables).toHaveLength(3);
    plan.tables[0].columns.actual = undefined;
    expect(plan.tables[1].columns.actual).toBe(6);
    expect(plan.tables[2].columns).toEqual(plan.tables[1].columns);
  });
});

describe("scoring does not depend on the order of plan.indicators", () => {
  const plan = planOf(6, 3, 5);

  it("gives the same figures when plan.indicators lists the rows in another order", () => {
    const reversed: Plan = { ...plan, indicators: [...plan.indicators].reverse() };
    const a = score(plan, DEFAULT_SETTINGS);
    const b = score(reversed, DEFAULT_SETTINGS);
    expect(b.indicators).toEqual([...a.indicators].reverse());
    expect(b.units).toEqual(a.units);
    expect(b.objectives).toEqual(a.objectives);
    expect(b.areas).toEqual(a.areas);
    expect(b.ente).toEqual(a.ente);
  });

  it("scores a row listed twice once, and gives both listings its result", () => {
    const twice: Plan = { ...plan, indicators: [...plan.indicators, plan.indicators[3]] };
    const a = score(plan, DEFAULT_SETTINGS);
    const b = score(twice, DEFAULT_SETTINGS);
    expect(b.indicators).toHaveLength(a.indicators.length + 1);
    expect(b.indicators[b.indicators.length - 1]).toBe(b.indicators[3]);
    expect(b.diagnostics).toEqual(a.diagnostics);
    expect(b.units).toEqual(a.units);
  });

  it("scores a unit's row that plan.indicators does not list", () => {
    const missing = plan.units[1].indicators[2];
    const without: Plan = { ...plan, indicators: plan.indicators.filter((r) => r !== missing) };
    const a = score(plan, DEFAULT_SETTINGS);
    const b = score(without, DEFAULT_SETTINGS);
    expect(b.units).toEqual(a.units);
    expect(b.indicators.map((r) => r.key)).not.toContain(missing.key);
  });
});

test("the whole engine stays linear: 20 000 rows take ten times the work of 2 000", () => {
  const pipelineOn = (units: number) => {
    const { rows, merges } = planRows(units, 4, 20);
    return measureWork(workbook([gridFromRows("Piano", rows, { merges })]), (wb) => runPipeline(wb));
  };
  const small = pipelineOn(25);
  const large = pipelineOn(250);
  expect(small.result.plan.indicators).toHaveLength(2_000);
  expect(large.result.plan.indicators).toHaveLength(20_000);
  expect(large.result.scorecard.units).toHaveLength(250);
  // Layout, scoring and the write plan together: anything quadratic in rows, tables or diagnostics
  // would do about a hundred times the work.
  expect(large.work).toBeLessThanOrEqual(11 * small.work);
});
