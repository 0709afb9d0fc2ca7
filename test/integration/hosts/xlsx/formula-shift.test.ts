/**
 * The exceljs host moves a copied formula's references as Excel's paste does (src/hosts/xlsx/formulaShift.ts),
 * so that its undo log holds what Excel's Range.copyFrom leaves there. Checked against cases worked out by hand
 * and against the Excel fake's own reading (test/fakes/formula-shift.ts), written apart from it.
 */
import fc from "fast-check";
import { shiftFormula } from "../../../../src/hosts/xlsx/formulaShift";
import { shiftFormula as fakeShift } from "../../../fakes/formula-shift";

describe("a copied formula", () => {
  it.each([
    ["A1", 3, 2, "C4"],
    ["$A$1+A1", 3, 2, "$A$1+C4"],
    ["A$1*$B2", 1, 1, "B$1*$B3"],
    ["SUM(A1:B2)", 10, 0, "SUM(A11:B12)"],
    ["SUM(A:A)", 0, 1, "SUM(B:B)"],
    ["SUM(1:3)", 2, 0, "SUM(3:5)"],
    ['IF(A1="A1",1,0)', 1, 0, 'IF(A2="A1",1,0)'],
    ["'Foglio 1'!A1+Foglio2!B2", 1, 0, "'Foglio 1'!A2+Foglio2!B3"],
    ["LOG10(A1)+CP_OWN_1", 1, 0, "LOG10(A2)+CP_OWN_1"],
    ["A1", -1, 0, "#REF!"],
    ["Foglio1!A1", 0, -1, "Foglio1!#REF!"],
    [
      `IF(ISNUMBER('Servizio X'!$J$5),'Servizio X'!$J$5/100,"")`,
      15,
      0,
      `IF(ISNUMBER('Servizio X'!$J$5),'Servizio X'!$J$5/100,"")`,
    ],
  ])("%s moved by (%i, %i) reads %s", (formula, dr, dc, want) => {
    expect(shiftFormula(formula, dr, dc)).toBe(want);
  });

  it("moves as the fake's reading of Excel moves it", () => {
    // Well-formed formulas: operands joined by operators, some wrapped in a function.
    const operand = fc.constantFrom(
      "A1",
      "$B$2",
      "C$3",
      "$D4",
      "A1:B9",
      "C:C",
      "2:4",
      "'S x'!B7",
      "S!C3",
      '"A1"',
      "CP_X",
      "1.5",
      "TRUE",
    );
    const term = fc.tuple(operand, fc.constantFrom("", "SUM(", "LOG10(")).map(([o, f]) => (f ? `${f}${o})` : o));
    const formula = fc
      .tuple(term, fc.array(fc.tuple(fc.constantFrom("+", "*", ",", "&", ">="), term), { maxLength: 6 }))
      .map(([first, rest]) => first + rest.map(([op, t]) => op + t).join(""));
    fc.assert(
      fc.property(formula, fc.integer({ min: -3, max: 30 }), fc.integer({ min: -3, max: 5 }), (f, dr, dc) => {
        expect(shiftFormula(f, dr, dc)).toBe(fakeShift(f, dr, dc));
      }),
      { numRuns: 500 },
    );
  });
});
