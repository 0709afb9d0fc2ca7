/**
 * The fixture workbooks hold what their `expected` objects say: read back through exceljs and
 * counted cell by cell here, independently of the engine. And they are byte-stable.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import {
  buildOneUnitPerSheet,
  buildManyBlocksOneSheet,
  buildSynonymsAndOddities,
  oneUnitPerSheetExpected,
  manyBlocksOneSheetExpected,
  synonymsAndOdditiesExpected,
  type ExpectedUnit,
} from "./fixtures/build-fixtures";
import { readWorkbook, plainValue } from "./fixtures/workbook-snapshot";

const HEADER_WORDS = new Set(["KPI", "Indicatore", "Indicatori", "Indicatore di performance"]);
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-fixtures-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Indicator rows and readable weight sum of a unit, counted from the cells. */
function countUnit(wb: ExcelJS.Workbook, u: ExpectedUnit): { indicators: number; weightSum: number; headingText: string | null } {
  const ws = wb.getWorksheet(u.sheet);
  if (!ws) throw new Error(`foglio mancante ${u.sheet}`);
  let indicators = 0;
  let weightSum = 0;
  for (let r = u.rows[0]; r <= u.rows[1]; r++) {
    const ind = ws.getCell(`${u.indicatorCol}${r}`);
    const text = plainValue(ind.isMerged && ind.master.address !== ind.address ? null : ind.value);
    if (typeof text !== "string" || text === "" || HEADER_WORDS.has(text)) continue;
    indicators++;
    const w = ws.getCell(`${u.weightCol}${r}`);
    if (typeof w.value === "number") weightSum += (w.numFmt ?? "").includes("%") ? w.value : w.value / 100;
  }
  const headingText = u.headingRow === null ? null : String(plainValue(findHeading(ws, u.headingRow)));
  return { indicators, weightSum, headingText };
}

/** The first non-empty cell of a row (a heading may start in column C). */
function findHeading(ws: ExcelJS.Worksheet, row: number): ExcelJS.CellValue {
  for (let c = 1; c <= 20; c++) {
    const v = ws.getCell(row, c).value;
    if (v !== null && v !== undefined && v !== "") return v;
  }
  return null;
}

function checkUnits(wb: ExcelJS.Workbook, units: ExpectedUnit[]): void {
  for (const u of units) {
    const got = countUnit(wb, u);
    expect({ unit: u.name, indicators: got.indicators }).toEqual({ unit: u.name, indicators: u.indicators });
    expect(got.weightSum).toBeCloseTo(u.weightSum, 10);
    if (u.headingRow === null) expect(u.name).toBe(u.sheet);
    else expect(got.headingText).toBe(u.name);
  }
}

async function buildTwice(build: (p: string) => Promise<string>, name: string): Promise<ExcelJS.Workbook> {
  const a = await build(path.join(dir, `${name}-a.xlsx`));
  const b = await build(path.join(dir, `${name}-b.xlsx`));
  expect(a).toBe(path.join(dir, `${name}-a.xlsx`));
  expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
  return readWorkbook(a);
}

test("one unit per sheet: synonyms, no title, % and date cells, 100/100/90", async () => {
  const wb = await buildTwice(buildOneUnitPerSheet, "one-unit");
  expect(wb.worksheets.map((w) => w.name)).toEqual(oneUnitPerSheetExpected.units.map((u) => u.sheet));
  checkUnits(wb, oneUnitPerSheetExpected.units);
  const ws = wb.getWorksheet("Ufficio Protocollo")!;
  expect([1, 2, 3, 4, 5, 6].map((c) => ws.getCell(1, c).value)).toEqual(["Obiettivo", "KPI", "Valore atteso", "Peso %", "Responsabile", "Valore consuntivo"]);
  expect([ws.getCell("C2").value, ws.getCell("C2").numFmt]).toEqual([0.9, "0%"]);
  expect(ws.getCell("C3").value).toBeInstanceOf(Date);
  expect(ws.getCell("F3").numFmt).toBe("dd/mm/yyyy");
  expect(ws.getCell("F4").value).toBe("4,5");
});

test("many blocks on one sheet, a cruscotto and a Dirigente sheet", async () => {
  const wb = await buildTwice(buildManyBlocksOneSheet, "many-blocks");
  const e = manyBlocksOneSheetExpected;
  checkUnits(wb, e.units);
  const ws = wb.getWorksheet("Obiettivi 2022")!;
  for (const r of e.headerRows) expect(ws.getCell(r, 1).value).toBe("Obiettivo Operativo");
  expect(ws.model.merges).toEqual(expect.arrayContaining([...e.mergedObjectives, "A1:H1", "A2:H2"]));
  expect([ws.getCell(e.totalRow, 4).value, ws.getCell(e.totalRow, 4).numFmt, ws.getCell(e.totalRow, 2).value]).toEqual([1, "0%", null]);
  // Blank rows between units.
  for (const u of e.units.filter((x) => x.sheet === "Obiettivi 2022").slice(1)) expect(findHeading(ws, u.rows[0] - 1)).toBeNull();

  const cr = wb.getWorksheet(e.cruscottoSheet)!;
  for (const [i, o] of e.strategicObjectives.entries()) {
    expect(String(cr.getCell(o.headerRow, 1).value)).toMatch(new RegExp(`^${o.number}\\. `));
    expect([2, 3, 4, 5].map((c) => cr.getCell(o.headerRow, c).value)).toEqual([2022, 2023, "Owner", "Consuntivo 2022"]);
    const next = e.strategicObjectives[i + 1]?.headerRow ?? cr.rowCount + 1;
    let kpis = 0;
    for (let r = o.headerRow + 1; r < next; r++) if (cr.getCell(r, 1).value) kpis++;
    expect({ o: o.number, kpis }).toEqual({ o: o.number, kpis: o.kpis });
  }

  const dir2 = wb.getWorksheet("Dirigente Area I")!;
  expect([1, 2, 3, 4, 5].map((c) => dir2.getCell(3, c).value)).toEqual(["Peso", "Azione", "Indicatori", "Target", "Peso"]);
  expect(String(dir2.getCell(e.derivedRows.ente, 3).value)).toContain("obiettivi di Ente");
  expect(String(dir2.getCell(e.derivedRows.area, 3).value)).toContain("obiettivi di Area");
});

test("synonyms and oddities: table at C5, duplicated Peso, unreadable target, text in Peso, notes-only sheet", async () => {
  const wb = await buildTwice(buildSynonymsAndOddities, "oddities");
  const e = synonymsAndOdditiesExpected;
  checkUnits(wb, e.units);
  const ws = wb.getWorksheet("Servizio Ambiente")!;
  expect(ws.getCell(e.headerCell).value).toBe("Obiettivo operativo");
  expect(ws.getCell("A5").value).toBeNull();
  expect(["D5", "E5", "G5", "H5", "J5"].map((a) => ws.getCell(a).value)).toEqual([
    "Indicatore di performance",
    "Risultato atteso",
    "Strutture coinvolte",
    "Owner",
    "Risultato effettivo 2022",
  ]);
  for (const c of e.duplicatedWeightCols) expect(ws.getCell(`${c}5`).value).toBe("Peso");
  let first = 0;
  for (let r = 6; r <= 9; r++) first += ws.getCell(`F${r}`).value as number;
  expect(first).toBeCloseTo(e.firstWeightColSum, 10);
  expect(ws.getCell(e.unreadableTargetCell).value).toBe("×1");
  expect(ws.getCell(e.textInNumericCell).value).toBe("venti");
  expect(ws.model.merges).toEqual(expect.arrayContaining([e.headingMerge, e.strategicHeadingMerge]));
  for (const name of e.sheetsWithoutTable) {
    const notes = wb.getWorksheet(name)!;
    notes.eachRow((row) => row.eachCell((c) => expect(HEADER_WORDS.has(String(c.value))).toBe(false)));
    expect(notes.columnCount).toBe(1);
  }
});
