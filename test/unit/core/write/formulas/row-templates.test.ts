/**
 * A formula is built once per kind of row and each row gets it with its own number: two rows share a
 * template only when everything the formula reads is the same, and a row's formula is the one built for it.
 */
import type { ScorableTarget } from "../../../../../src/core/scoring/achievement";
import { DEFAULT_SETTINGS } from "../../../../../src/core/settings/types";
import { achievementFormula } from "../../../../../src/core/write/formulas/indicator";
import { sameRowRef } from "../../../../../src/core/write/formulas/references";
import { achievementKey, ROW_MARK, RowTemplates } from "../../../../../src/core/write/formulas/rowTemplates";
import { constantRefs } from "../../../../../src/core/write/formulas/settingRefs";
import { NAMED_WORDS } from "../../../../../src/core/write/formulas/words";
import { cmp, deadline, levelTarget, yesTarget } from "../../../../helpers/plan-builder";

const TARGETS = [
  cmp(">=", 0.8, { percent: true }),
  cmp(">=", 0.8),
  cmp(">=", 0.9, { percent: true }),
  cmp(">", 0.8, { percent: true }),
  cmp("<=", 0.8, { percent: true }),
  cmp("=", 0.8, { percent: true }),
  deadline("2022-06-30"),
  deadline("2022-06-30", "2022-12-31"),
  deadline("2022-12-31"),
  levelTarget(">=", 3, "Medio"),
  levelTarget(">=", 4, "Medio-alto"),
  levelTarget("<=", 3, "Medio"),
  yesTarget(),
] as ScorableTarget[];

function build(target: ScorableTarget, actual: string, missingAsZero: boolean): string {
  return achievementFormula({
    target,
    actual,
    actualIsFraction: false,
    missingAsZero,
    settings: DEFAULT_SETTINGS,
    refs: constantRefs(DEFAULT_SETTINGS),
    words: NAMED_WORDS,
  });
}

describe("row templates", () => {
  test("each row's formula is the one built for that row, whatever rows came before", () => {
    const templates = new RowTemplates();
    const rows = [4, 5, 9, 120, 5000];
    for (const row of rows) {
      for (const target of TARGETS) {
        for (const col of [5, 8]) {
          for (const missingAsZero of [false, true]) {
            const actual = sameRowRef(ROW_MARK, col);
            const key = achievementKey({ target, actual, actualIsFraction: false, missingAsZero });
            const got = templates.formula(key, row, () => build(target, actual, missingAsZero));
            expect(got.formula).toBe(build(target, sameRowRef(row, col), missingAsZero));
          }
        }
      }
    }
  });

  test("rows share an id exactly when their formulas are one formula moved down", () => {
    const templates = new RowTemplates();
    const seen = new Map<number, string>();
    for (const target of TARGETS) {
      for (const row of [3, 7]) {
        const actual = sameRowRef(ROW_MARK, 5);
        const key = achievementKey({ target, actual, actualIsFraction: false, missingAsZero: false });
        const got = templates.formula(key, row, () => build(target, actual, false));
        const moved = got.formula.split(`$F${row + 1}`).join("$F#");
        const before = seen.get(got.shared);
        if (before === undefined) seen.set(got.shared, moved);
        else expect(moved).toBe(before);
      }
    }
    // One id per target: a key never merges two targets (two may still give one formula: «> 80%» reads as
    // «≥ 80%» unless comparisons are strict).
    expect(seen.size).toBe(TARGETS.length);
  });

  test("a derived row's actual (a cell on the Riepilogo) is part of its key", () => {
    const target = cmp(">=", 0.8, { percent: true }) as ScorableTarget;
    const a = achievementKey({ target, actual: "'Riepilogo 2022'!$B$5", actualIsFraction: true, missingAsZero: false });
    const b = achievementKey({ target, actual: "'Riepilogo 2022'!$B$6", actualIsFraction: true, missingAsZero: false });
    expect(a).not.toBe(b);
  });
});
