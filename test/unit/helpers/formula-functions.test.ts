/**
 * The checker of the functions a written formula calls (test/helpers/formulaFunctions.ts): it must see
 * every call, and nothing that is text or a sheet's name, or the allowed-functions test proves nothing.
 */
import {
  ALLOWED_FUNCTIONS,
  FORBIDDEN_FUNCTIONS,
  disallowedFunctions,
  formulaFunctions,
} from "../../helpers/formulaFunctions";

describe("formulaFunctions", () => {
  test("finds every call, nested, upper-cased, in order", () => {
    expect(formulaFunctions("IF(ISNUMBER('S. Staff'!$F$4),MIN(1,max(0,'S. Staff'!$F$4/0.8)),\"\")")).toEqual([
      "IF",
      "ISNUMBER",
      "MIN",
      "MAX",
    ]);
  });

  test("ignores names inside string literals, doubled quotes included", () => {
    expect(formulaFunctions('IF(A1="XLOOKUP(",LEN("say ""LET("" now"),0)')).toEqual(["IF", "LEN"]);
  });

  test("ignores quoted sheet names, even with brackets and doubled apostrophes", () => {
    expect(formulaFunctions("SUM('Foglio (FILTER(x)) dell''Ente'!$A$1:$A$3)")).toEqual(["SUM"]);
  });

  test("finds calls around an array constant, not the words inside it", () => {
    expect(formulaFunctions('MATCH(LOWER(TRIM(A1&"")),{"basso","sort(","alto"},0)')).toEqual([
      "MATCH",
      "LOWER",
      "TRIM",
    ]);
  });

  test("does not take references, defined names or booleans for calls", () => {
    expect(formulaFunctions("CP_OWN_1+Sheet1!A1*TRUE+LOG10")).toEqual([]);
    expect(formulaFunctions("SUM (A1:A2)")).toEqual(["SUM"]);
  });

  test("keeps the _xlfn. prefix Excel stores for newer functions", () => {
    expect(formulaFunctions("_xlfn.IFS(A1>1,1,TRUE,0)")).toEqual(["_XLFN.IFS"]);
  });
});

describe("disallowedFunctions", () => {
  test("accepts a formula of allowed functions only", () => {
    expect(
      disallowedFunctions(
        'IF(LEN(TRIM($F$4&""))=0,"Non rilevato",IF(SUMPRODUCT(--ISNUMBER($F$4:$F$9))>0,"Raggiunto",""))',
      ),
    ).toEqual([]);
  });

  test("names the forbidden ones, each once, with the reason", () => {
    expect(disallowedFunctions("LET(x,XLOOKUP(1,A:A,B:B),IFS(x>1,x,TRUE,XLOOKUP(2,A:A,B:B)))")).toEqual([
      "LET (not in Excel 2016)",
      "XLOOKUP (not in Excel 2016)",
      "IFS (not in Excel 2016)",
    ]);
    expect(disallowedFunctions("_xlfn.MAXIFS(A:A,B:B,1)")).toEqual(["_XLFN.MAXIFS (not in Excel 2016)"]);
  });

  test("refuses functions outside the list even when both programs have them (volatile, locale-bound)", () => {
    expect(disallowedFunctions('INDIRECT("A1")+TODAY()+VLOOKUP(1,A:B,2,0)+LEN(TEXT(A1,"0"))')).toEqual([
      "INDIRECT",
      "TODAY",
      "VLOOKUP",
      "TEXT",
    ]);
  });

  test("the two lists do not overlap", () => {
    expect([...FORBIDDEN_FUNCTIONS].filter((f) => ALLOWED_FUNCTIONS.has(f))).toEqual([]);
  });
});
