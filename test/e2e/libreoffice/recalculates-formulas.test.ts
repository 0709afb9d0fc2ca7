/**
 * The recalculation helper the live-formula tests rely on (test/helpers/libreofficeRecalc.ts): a file
 * whose cached results are deliberately wrong comes back from LibreOffice with the results Excel would
 * compute, for each construct the add-in's formulas use, in the Italian locale. A control run with
 * LibreOffice's default (never recalculate on load) keeps the wrong results, so the test proves the
 * profile's setting is what does the work. Needs soffice.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import {
  formulaOf,
  isErrorValue,
  readXlsx,
  recalcWithLibreOffice,
  removeRecalcProfiles,
  shownValue,
  type ShownValue,
} from "../../helpers/libreofficeRecalc";

const DATA = "L'Ufficio è";
const q = `'L''Ufficio è'`;

/** Each check: a formula, the result Excel gives, and a cached result that is deliberately wrong. */
interface Check {
  label: string;
  formula: string;
  expected: ShownValue;
}

const CHECKS: Check[] = [
  { label: "arithmetic across a quoted sheet name", formula: `${q}!$A$1+${q}!$A$2`, expected: 5 },
  { label: "ISNUMBER of a number", formula: `ISNUMBER(${q}!$A$1)`, expected: true },
  { label: "ISNUMBER of a text", formula: `ISNUMBER(${q}!$B$2)`, expected: false },
  { label: "ISNUMBER of an empty cell", formula: `ISNUMBER(${q}!$B$4)`, expected: false },
  // Text and empty cells count as 0 in SUMPRODUCT's arrays, in Excel and LibreOffice alike.
  { label: "SUMPRODUCT over a range with text", formula: `SUMPRODUCT(${q}!$B$1:$B$4,${q}!$C$1:$C$4)`, expected: 0.6 },
  {
    label: "SUMPRODUCT of ISNUMBER as a mask",
    formula: `SUMPRODUCT(ISNUMBER(${q}!$B$1:$B$4)*${q}!$C$1:$C$4)`,
    expected: 0.7,
  },
  {
    label: "MATCH of text in an array constant, case-insensitive",
    formula: `MATCH("medio",{"basso","medio-basso","medio","medio-alto","alto"},0)`,
    expected: 3,
  },
  {
    label: "MATCH of a trimmed cell in an array constant",
    formula: `MATCH(LOWER(TRIM(${q}!$D$1)),{"basso","medio-basso","medio","medio-alto","alto"},0)`,
    expected: 4,
  },
  {
    label: "MATCH with no match, caught by IFERROR",
    formula: `IFERROR(MATCH("boh",{"basso","medio"},0),0)`,
    expected: 0,
  },
  { label: "DATE against a date cell", formula: `DATE(2022,6,30)-${q}!$E$1`, expected: 15 },
  { label: "a date cell on or before a deadline", formula: `IF(${q}!$E$1<=DATE(2022,6,30),1,0)`, expected: 1 },
  { label: "IF returning text", formula: `IF(${q}!$A$1>1,"Raggiunto","Non raggiunto")`, expected: "Raggiunto" },
  { label: 'LEN(TRIM(x&"")) of an empty cell', formula: `LEN(TRIM(${q}!$F$1&""))`, expected: 0 },
  { label: 'LEN(TRIM(x&"")) of a padded text', formula: `LEN(TRIM(${q}!$F$2&""))`, expected: 1 },
  { label: 'LEN(TRIM(x&"")) of a number', formula: `LEN(TRIM(${q}!$A$1&""))`, expected: 1 },
  { label: "a defined name on another sheet", formula: "SUM(Test_Pesi)", expected: 5 },
  { label: "INDEX of a defined name", formula: "INDEX(Test_Pesi,2)", expected: 3 },
  { label: "COUNTIF of a status text", formula: `COUNTIF(${q}!$G$1:$G$4,"Raggiunto")`, expected: 2 },
  { label: "MIN and MAX clipping", formula: `MAX(0,MIN(1,${q}!$A$2/${q}!$A$1))`, expected: 1 },
  { label: "percentage points read as a fraction", formula: `IF(${q}!$A$3>1,${q}!$A$3/100,${q}!$A$3)`, expected: 0.85 },
  { label: "a decimal in the formula (a point, never a comma)", formula: "0.9*2", expected: 1.8 },
  { label: "AND, OR, NOT", formula: `AND(OR(${q}!$A$1>5,${q}!$A$2=3),NOT(${q}!$A$1=0))`, expected: true },
  { label: "EXACT and LOWER on sì", formula: `EXACT(LOWER(${q}!$F$3),"sì")`, expected: true },
];

async function handMadeFile(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(DATA);
  data.getCell("A1").value = 2;
  data.getCell("A2").value = 3;
  data.getCell("A3").value = 85;
  ["B1", "B2", "B3"].forEach((a, i) => (data.getCell(a).value = [0.5, "boh", 1][i]));
  ["C1", "C2", "C3", "C4"].forEach((a, i) => (data.getCell(a).value = [0.2, 0.3, 0.5, 0.1][i]));
  data.getCell("D1").value = "  Medio-Alto ";
  data.getCell("E1").value = new Date(Date.UTC(2022, 5, 15));
  data.getCell("E1").numFmt = "dd/mm/yyyy";
  data.getCell("F2").value = "  x ";
  data.getCell("F3").value = "Sì";
  ["G1", "G2", "G3", "G4"].forEach(
    (a, i) => (data.getCell(a).value = ["Raggiunto", "Non raggiunto", "raggiunto", ""][i]),
  );
  wb.definedNames.add(`${q}!$A$1:$A$2`, "Test_Pesi");

  const calc = wb.addWorksheet("Calcoli");
  CHECKS.forEach((c, i) => {
    // A cached result no calculation gives: a number for text results and vice versa.
    const wrong = typeof c.expected === "number" ? "stale" : 999;
    calc.getCell(i + 1, 1).value = { formula: c.formula, result: wrong } as ExcelJS.CellFormulaValue;
    calc.getCell(i + 1, 2).value = c.label;
  });
  await wb.xlsx.writeFile(file);
}

function results(wb: ExcelJS.Workbook): { label: string; got: ShownValue; formula: string | null }[] {
  const calc = wb.getWorksheet("Calcoli") as ExcelJS.Worksheet;
  return CHECKS.map((c, i) => ({
    label: c.label,
    got: shownValue(calc.getCell(i + 1, 1)),
    formula: formulaOf(calc.getCell(i + 1, 1)),
  }));
}

const near = (a: ShownValue, b: ShownValue): boolean =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b;

describe("LibreOffice recalculation of an .xlsx", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-recalc-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    removeRecalcProfiles();
  });
  const input = path.join(dir, "formule.xlsx");

  beforeAll(() => handMadeFile(input));

  test("recalculates every formula, whatever the cached result, as Excel would", async () => {
    const [out] = recalcWithLibreOffice([input], path.join(dir, "always"));
    const got = results(await readXlsx(out));
    const wrong = got
      .map((r, i) => ({ ...r, expected: CHECKS[i].expected }))
      .filter((r) => !near(r.got, r.expected))
      .map((r) => `${r.label}: expected ${String(r.expected)}, got ${String(r.got)} (${String(r.formula)})`);
    expect(wrong).toEqual([]);
    expect(got.filter((r) => isErrorValue(r.got))).toEqual([]);
    // The formulas survive the round trip, so a recalculated file can be recalculated again.
    expect(got.every((r) => r.formula !== null)).toBe(true);
  }, 300_000);

  test("the same file with LibreOffice's default keeps the stale results (the control)", async () => {
    const [out] = recalcWithLibreOffice([input], path.join(dir, "never"), { mode: "never" });
    const got = results(await readXlsx(out));
    expect(got.filter((r, i) => near(r.got, CHECKS[i].expected)).map((r) => r.label)).toEqual([]);
  }, 300_000);
});
