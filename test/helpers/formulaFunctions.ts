/**
 * Which spreadsheet functions a formula calls, and whether the add-in may use them. The add-in's formulas
 * must work in every Excel it supports (the manifest asks for ExcelApi 1.4: Excel 2016 and later) and in
 * LibreOffice, which the tests use as an independent calculator and some offices open the workbook with.
 */

/**
 * Functions present in Excel 2016 and in LibreOffice Calc (7.x) with the same meaning, in the invariant
 * (English) names an .xlsx stores. Kept explicit: a function is added here only after checking both.
 * Deliberately left out although both have them:
 * - INDIRECT, OFFSET, TODAY, NOW, RAND: volatile (recalculated on every edit) or, for the dates, making a
 *   cell's result depend on the day it is opened, where the engine reads no clock;
 * - TEXT, DATEVALUE, CHAR: their result depends on the locale or code page (format codes, date order);
 * - VLOOKUP, HLOOKUP, LOOKUP: INDEX/MATCH does the same without their approximate-match default.
 * Not in Excel 2016 (Office 2019 / 365 only) and so forbidden: see FORBIDDEN_FUNCTIONS.
 */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  // logical
  "IF",
  "AND",
  "OR",
  "NOT",
  "TRUE",
  "FALSE",
  "IFERROR",
  "IFNA",
  // arithmetic and aggregation
  "ABS",
  "ROUND",
  "ROUNDUP",
  "ROUNDDOWN",
  "INT",
  "MOD",
  "SIGN",
  "MIN",
  "MAX",
  "SUM",
  "SUMIF",
  "SUMIFS",
  "SUMPRODUCT",
  "PRODUCT",
  "AVERAGE",
  "AVERAGEIF",
  "AVERAGEIFS",
  "COUNT",
  "COUNTA",
  "COUNTIF",
  "COUNTIFS",
  "COUNTBLANK",
  // information
  "ISNUMBER",
  "ISTEXT",
  "ISBLANK",
  "ISERROR",
  "ISERR",
  "ISNA",
  "ISLOGICAL",
  "N",
  "T",
  "CELL",
  "TYPE",
  // lookup and reference
  "MATCH",
  "INDEX",
  "CHOOSE",
  "ROW",
  "COLUMN",
  "ROWS",
  "COLUMNS",
  // dates (numbers in the 1900 system either way)
  "DATE",
  "YEAR",
  "MONTH",
  "DAY",
  // text
  "LEN",
  "TRIM",
  "CLEAN",
  "LOWER",
  "UPPER",
  "PROPER",
  "LEFT",
  "RIGHT",
  "MID",
  "SUBSTITUTE",
  "REPLACE",
  "REPT",
  "EXACT",
  "SEARCH",
  "FIND",
  "CONCATENATE",
  // VALUE reads text in the locale's notation; NUMBERVALUE (Excel 2013, LibreOffice 4.1) takes the separators.
  "VALUE",
  "NUMBERVALUE",
]);

/** Functions a reviewer might reach for that Excel 2016 lacks: named so that a failure says why. */
export const FORBIDDEN_FUNCTIONS: ReadonlySet<string> = new Set([
  "LET",
  "LAMBDA",
  "XLOOKUP",
  "XMATCH",
  "FILTER",
  "IFS",
  "MAXIFS",
  "MINIFS",
  "SWITCH",
  "CONCAT",
  "TEXTJOIN",
  "SEQUENCE",
  "UNIQUE",
  "SORT",
  "SORTBY",
  "RANDARRAY",
  "TEXTSPLIT",
  "TEXTBEFORE",
  "TEXTAFTER",
  "VSTACK",
  "HSTACK",
  "TAKE",
  "DROP",
  "CHOOSECOLS",
  "CHOOSEROWS",
  "TOCOL",
  "TOROW",
  "WRAPROWS",
  "WRAPCOLS",
  "EXPAND",
  "MAP",
  "REDUCE",
  "SCAN",
  "BYROW",
  "BYCOL",
  "MAKEARRAY",
  "ISOMITTED",
]);

const NAME_START = /[A-Za-z_\\]/;
const NAME_PART = /[A-Za-z0-9_.\\]/;

/**
 * The functions a formula calls, upper-cased, in order of appearance (repeats kept): every name
 * followed by "(" outside string literals ("…", with "" inside) and quoted sheet names ('…', with ''
 * inside). A prefix such as _xlfn. stays part of the name, so "_xlfn.IFS(" gives "_XLFN.IFS".
 */
export function formulaFunctions(formula: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A literal or a quoted sheet name: skip to its closing quote; a doubled quote is one inside it.
      i++;
      while (i < n) {
        if (formula[i] === ch) {
          if (formula[i + 1] === ch) i += 2;
          else break;
        } else i++;
      }
      i++;
      continue;
    }
    if (NAME_START.test(ch) && (i === 0 || !NAME_PART.test(formula[i - 1]))) {
      let j = i + 1;
      while (j < n && NAME_PART.test(formula[j])) j++;
      let k = j;
      while (k < n && formula[k] === " ") k++;
      if (formula[k] === "(") out.push(formula.slice(i, j).toUpperCase());
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** The functions of a formula that are not in ALLOWED_FUNCTIONS (each once), with why when known. */
export function disallowedFunctions(formula: string): string[] {
  const seen = new Set<string>();
  for (const f of formulaFunctions(formula)) {
    if (!ALLOWED_FUNCTIONS.has(f))
      seen.add(FORBIDDEN_FUNCTIONS.has(f.replace(/^_XLFN\./, "")) ? `${f} (not in Excel 2016)` : f);
  }
  return [...seen];
}
