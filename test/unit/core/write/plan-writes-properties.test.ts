/**
 * Properties of planWrites over random workbooks: a person's cells are never touched, owned ranges never
 * overlap each other or a person's cells, and a rerun on the output changes nothing.
 */
import fc from "fast-check";
import { planParts } from "../../../../src/core/write/steps";
import { planWrites } from "../../../../src/core/write";
import type { CellValue, DefinedName, Rect, WorkbookGrid } from "../../../../src/core/grid/types";
import { parseRange } from "../../../../src/core/grid/address";
import {
  applyToGrids,
  cruscottoRows,
  grid,
  recogniseFixture,
  scoreFixture,
  unitSheetRows,
} from "../../../helpers/write-fixtures";

const UNIT = "Servizio Staff";

interface Scenario {
  person: Array<[number, number]>;
  merges: Rect[];
  twoCruscotti: boolean;
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  // A person's cells right of the tables, where the owned columns want to go.
  person: fc.array(fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 7, max: 18 })), { maxLength: 8 }),
  merges: fc.array(
    fc
      .record({
        top: fc.integer({ min: 0, max: 12 }),
        left: fc.integer({ min: 7, max: 16 }),
        h: fc.integer({ min: 0, max: 2 }),
        w: fc.integer({ min: 0, max: 2 }),
      })
      .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
    { maxLength: 1 },
  ),
  twoCruscotti: fc.boolean(),
});

function build(s: Scenario): WorkbookGrid {
  const rows = unitSheetRows();
  for (const [r, c] of s.person) {
    while (rows.length <= r) rows.push([]);
    while (rows[r].length < c) rows[r].push(null);
    rows[r][c] = `p${r}.${c}`;
  }
  const cr = cruscottoRows();
  if (s.twoCruscotti)
    cr.push(
      [],
      ["2. Digitalizzazione", 2021, 2022, 2023, "Owner"],
      ["Pratiche telematiche", null, "≥ 90%", "≥ 92%", "S. Staff"],
    );
  return { sheets: [grid(UNIT, rows, { merges: s.merges }), grid("Cruscotto", cr)], names: [] };
}

function runPlan(wb: WorkbookGrid) {
  const plan = recogniseFixture(wb);
  return planWrites({ workbook: wb, plan, scorecard: scoreFixture(plan), lang: "it", settingsCells: null });
}

const inRect = (r: Rect, row: number, col: number): boolean =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

function ownedRects(names: readonly DefinedName[]): Array<{ sheet: string; rect: Rect }> {
  return names.filter((n) => n.name.startsWith("CP_OWN_")).map((n) => ({ sheet: n.sheet, rect: parseRange(n.range)! }));
}

describe("planWrites properties", () => {
  it("never touches a person's cell or a merge, and owned ranges never overlap", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const wb = build(s);
        const { writePlan } = runPlan(wb);
        const personal = (sheet: string, r: number, c: number): boolean => {
          const g = wb.sheets.find((x) => x.name === sheet);
          if (!g) return false;
          const v: CellValue | undefined = g.values[r]?.[c];
          return (v !== null && v !== undefined && v !== "") || g.merges.some((m) => inRect(m, r, c));
        };
        const parts = planParts(writePlan);
        for (const w of parts.cells) expect(personal(w.sheet, w.row, w.col)).toBe(false);
        for (const c of parts.clears) {
          for (let r = c.top; r <= c.bottom; r++)
            for (let col = c.left; col <= c.right; col++) expect(personal(c.sheet, r, col)).toBe(false);
        }
        const rects = ownedRects(parts.setNames);
        rects.forEach((a, i) =>
          rects.slice(i + 1).forEach((b) => {
            const overlap =
              a.sheet === b.sheet &&
              a.rect.left <= b.rect.right &&
              b.rect.left <= a.rect.right &&
              a.rect.top <= b.rect.bottom &&
              b.rect.top <= a.rect.bottom;
            expect(overlap).toBe(false);
          }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same workbook when run again on its output", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const wb = build(s);
        const r1 = runPlan(wb);
        const out1 = applyToGrids(wb, r1.writePlan);
        const r2 = runPlan(out1);
        const out2 = applyToGrids(out1, r2.writePlan);
        expect(out2).toEqual(out1);
        expect(r2.diagnostics).toEqual(r1.diagnostics);
        // The person's cells are still there.
        for (const [r, c] of s.person) expect(out2.sheets[0].values[r]?.[c]).toBe(`p${r}.${c}`);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps what a person types between runs outside the owned ranges, and settles again", () => {
    const edits = fc.array(fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 7, max: 20 })), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(scenario, edits, (s, typed) => {
        const out1 = applyToGrids(build(s), runPlan(build(s)).writePlan);
        const owned = ownedRects(out1.names).filter((o) => o.sheet === UNIT);
        const sheet = out1.sheets[0];
        const kept: Array<[number, number]> = [];
        for (const [r, c] of typed) {
          while (sheet.values.length <= r) sheet.values.push([]);
          while (sheet.values[r].length < c) sheet.values[r].push(null);
          sheet.values[r][c] = `t${r}.${c}`;
          if (!owned.some((o) => inRect(o.rect, r, c))) kept.push([r, c]);
        }
        const out2 = applyToGrids(out1, runPlan(out1).writePlan);
        for (const [r, c] of kept) expect(out2.sheets[0].values[r]?.[c]).toBe(`t${r}.${c}`);
        const out3 = applyToGrids(out2, runPlan(out2).writePlan);
        expect(out3).toEqual(out2);
      }),
      { numRuns: 150 },
    );
  });
});
