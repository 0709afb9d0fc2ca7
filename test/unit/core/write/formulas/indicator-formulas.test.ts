/**
 * The formulas of an indicator's Raggiungimento and Stato, by their form: only functions Excel 2016 and
 * LibreOffice both have, every reference absolute and naming its sheet, constants that read back as the
 * engine's numbers. What they compute is proved against LibreOffice's own recalculation in
 * test/e2e/formulas.
 */
import fc from "fast-check";
import type { ScorableTarget } from "../../../../../src/core/scoring/achievement";
import { DEFAULT_SETTINGS } from "../../../../../src/core/settings/types";
import { achievementFormula, ALLOWED_FUNCTIONS, statusFormula } from "../../../../../src/core/write/formulas/indicator";
import { cellRef, numberConstant, sheetPrefix } from "../../../../../src/core/write/formulas/references";
import { constantRefs, SETTING_NAMES } from "../../../../../src/core/write/formulas/settingRefs";
import { STATUS_LABELS } from "../../../../../src/i18n/labels";
import { bare, cmp, deadline, levelTarget, yesTarget } from "../../../../helpers/plan-builder";

/** The formula with its string literals blanked out: what is left is functions, references, names, numbers. */
function outsideStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

function functionsOf(formula: string): string[] {
  return [...outsideStrings(formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

/** Every A1 reference with its sheet prefix, and what remains once they are taken out. */
function referencesOf(formula: string): { refs: string[]; rest: string } {
  const refs: string[] = [];
  const rest = outsideStrings(formula).replace(/'(?:[^']|'')*'!\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?/g, (m) => {
    refs.push(m);
    return "R";
  });
  return { refs, rest };
}

const SHEETS = ["Servizio Anagrafe", "PO dell'Ufficio", "S. Segreteria Generale", "2022"];

const TARGETS: Array<[string, ScorableTarget]> = [
  ["≥ 80%", cmp(">=", 0.8, { percent: true }) as ScorableTarget],
  ["> 1", cmp(">", 1) as ScorableTarget],
  ["<= 70 gg", cmp("<=", 70) as ScorableTarget],
  ["ITP < -10", cmp("<", -10) as ScorableTarget],
  ["0,00", bare(0, "lower") as ScorableTarget],
  ["100%", bare(1, "higher", { percent: true }) as ScorableTarget],
  ["= 45.000", cmp("=", 45000) as ScorableTarget],
  ["30/06/2022 31/12/2022", deadline("2022-06-30", "2022-12-31") as ScorableTarget],
  [">= Medio", levelTarget(">=", 3, "Medio") as ScorableTarget],
  ["<= Medio-alto", levelTarget("<=", 4, "Medio-alto") as ScorableTarget],
  ["Annuale", yesTarget() as ScorableTarget],
];

describe("indicator formulas", () => {
  const cases = SHEETS.flatMap((sheet) =>
    TARGETS.flatMap(([name, target]) =>
      [false, true].flatMap((strict) =>
        [false, true].map((missingAsZero) => ({ sheet, name, target, strict, missingAsZero })),
      ),
    ),
  );

  test.each(
    cases.map(
      (c) =>
        [
          `${c.name} on «${c.sheet}»${c.strict ? ", strict" : ""}${c.missingAsZero ? ", missing as zero" : ""}`,
          c,
        ] as const,
    ),
  )("%s uses only the allowed functions and absolute references to its own cells", (_, c) => {
    const actual = cellRef(c.sheet, 11, 8);
    const refs = { ...constantRefs(DEFAULT_SETTINGS), cap: SETTING_NAMES.cap, soglia: SETTING_NAMES.soglia };
    const formula = achievementFormula({
      target: c.target,
      actual,
      actualIsFraction: false,
      missingAsZero: c.missingAsZero,
      settings: { ...DEFAULT_SETTINGS, strictComparisons: c.strict },
      refs,
    });
    for (const f of functionsOf(formula)) expect(ALLOWED_FUNCTIONS.has(f)).toBe(true);
    const { refs: found, rest } = referencesOf(formula);
    expect(new Set(found)).toEqual(new Set([actual]));
    // Nothing that could be a relative reference is left: names and numbers only.
    expect(rest).not.toMatch(/(?<![A-Z_])\$?[A-Z]{1,3}\$?\d+(?![\d(])/);
    expect(formula.length).toBeLessThan(8192);
  });

  test("the Stato formula names its bands and labels, and reads the Raggiungimento cell", () => {
    const formula = statusFormula({
      achievement: cellRef("PO dell'Ufficio", 4, 10),
      actual: cellRef("PO dell'Ufficio", 4, 8),
      labels: STATUS_LABELS.en,
      refs: { ...constantRefs(DEFAULT_SETTINGS), bandRaggiunto: "CP_RAGGIUNTO", bandParziale: "CP_PARZIALE" },
    });
    expect(formula).toContain("'PO dell''Ufficio'!$K$5+1E-9>=CP_RAGGIUNTO");
    expect(formula).toContain("CP_PARZIALE");
    const shown = ["raggiunto", "parzialmente_raggiunto", "non_raggiunto", "non_rilevato", "non_valutabile"] as const;
    for (const status of shown) expect(formula).toContain(`"${STATUS_LABELS.en[status]}"`);
    for (const f of functionsOf(formula)) expect(ALLOWED_FUNCTIONS.has(f)).toBe(true);
  });

  test("a relative target's threshold and every number come back as the same double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(numberConstant(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  test("sheet names are always quoted, an apostrophe doubled", () => {
    expect(sheetPrefix("2022")).toBe("'2022'!");
    expect(cellRef("PO dell'Ufficio", 0, 27)).toBe("'PO dell''Ufficio'!$AB$1");
  });
});
