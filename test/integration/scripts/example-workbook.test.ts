/**
 * The committed example workbook: equal to a fresh build, laid out on the TSVs' rows and columns,
 * with its Consuntivo columns and illustrative actuals.
 */
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { buildExampleWorkbook, MAPPA_NOTE_ROW } from "../../../scripts/lib/example-builder";
import {
  SHEET_OF_FILE,
  PLAN_FILES,
  ILLUSTRATIVE_NOTE,
  actualColumn,
  actualHeader,
  classifyRows,
  roleOfFile,
} from "../../../scripts/lib/example-layout";
import { DEFAULT_PLAN_DIR, REPO_ROOT, readTsv } from "../../../scripts/lib/plan-data";
import { typeItalianInput, isoToSerial } from "../../../scripts/lib/italian-input";
import { EXAMPLE_ACTUALS } from "../../../scripts/lib/example-actuals";
import { fixWorkbookProperties } from "../../../scripts/lib/deterministic-xlsx";
import { columnIndex, columnLetter } from "../../../src/core/grid/address";
import { noteText, plainValue, readWorkbook, snapshotWorkbook, type SnapValue } from "../../fixtures/workbook-snapshot";

const EXAMPLE = path.join(REPO_ROOT, "examples", "piano-performance-2022.xlsx");

let committed: ExcelJS.Workbook;
let fresh: ExcelJS.Workbook;

beforeAll(async () => {
  committed = await readWorkbook(EXAMPLE);
  const built = buildExampleWorkbook(DEFAULT_PLAN_DIR);
  fixWorkbookProperties(built);
  // Through a buffer, so that both sides are what exceljs reads back from a file.
  fresh = await readWorkbook(Buffer.from(await built.xlsx.writeBuffer()));
});

/** What a TSV cell must look like once in the workbook. */
function expectedOf(raw: string): SnapValue {
  const t = typeItalianInput(raw);
  if (t.kind === "empty") return null;
  if (t.kind === "text") return t.text;
  if (t.kind === "number") return t.value;
  return `date:${isoToSerial(t.iso)}`;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`foglio mancante: ${name}`);
  return ws;
}

test("the committed example equals a fresh build, sheet by sheet", () => {
  const a = snapshotWorkbook(committed);
  const b = snapshotWorkbook(fresh);
  expect(a.map((s) => s.name)).toEqual(b.map((s) => s.name));
  for (let i = 0; i < a.length; i++) expect({ sheet: a[i].name, ...a[i] }).toEqual({ sheet: b[i].name, ...b[i] });
});

test("every sheet of the mapping exists, in the mapping's order, and nothing else", () => {
  expect(committed.worksheets.map((w) => w.name)).toEqual(PLAN_FILES.map((f) => SHEET_OF_FILE[f]));
  for (const name of Object.values(SHEET_OF_FILE)) expect(name.length).toBeLessThanOrEqual(31);
});

test("every TSV cell is on the same row and column, typed as an Italian Excel stores it", () => {
  for (const file of PLAN_FILES) {
    const ws = sheet(committed, SHEET_OF_FILE[file]);
    const rows = readTsv(DEFAULT_PLAN_DIR, file);
    rows.forEach((cells, r) => {
      cells.forEach((raw, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        const own = cell.isMerged && cell.master.address !== cell.address ? null : plainValue(cell.value);
        expect({ at: `${file}:${cell.address}`, value: own }).toEqual({
          at: `${file}:${cell.address}`,
          value: expectedOf(raw),
        });
      });
    });
  }
});

test("numbers keep the decimals typed and dates are real dd/mm/yyyy cells", () => {
  const staff = sheet(committed, "S. Staff");
  expect([staff.getCell("C4").value, staff.getCell("C4").numFmt]).toEqual([1, "0%"]);
  expect(staff.getCell("C9").numFmt).toBe("dd/mm/yyyy");
  expect(plainValue(staff.getCell("C9").value)).toBe(`date:${isoToSerial("2022-06-30")}`);
  expect(staff.getCell("C14").value).toBe("≤5%");
  const dir = sheet(committed, "Obiettivi Dirigenti");
  expect([dir.getCell("D25").value, dir.getCell("D25").numFmt]).toEqual([0.95, "0.00%"]);
  expect([dir.getCell("A5").value, dir.getCell("A5").numFmt ?? "General"]).toEqual([10, "General"]);
  const cr = sheet(committed, "Cruscotto strategico");
  expect([cr.getCell("C36").value, cr.getCell("D36").value, cr.getCell("D36").numFmt]).toEqual(["<2", 1.45, "0.00"]);
  expect([cr.getCell("D39").value, cr.getCell("D39").numFmt]).toEqual([5, "0.0"]);
  expect(cr.getCell("C44").value).toBe("ITP < -10");
  const pi = sheet(committed, "Programmi di intervento");
  expect(pi.getCell("D16").value).toBe("1.132.400");
});

test("every garbled.tsv address exists in the workbook and holds the reading", () => {
  const garbled = readTsv(DEFAULT_PLAN_DIR, "garbled.tsv");
  const header = garbled[0];
  const [fi, ri, ci, rd] = ["file", "row", "col", "reading"].map((h) => header.indexOf(h));
  expect(garbled.length).toBeGreaterThan(90);
  for (const g of garbled.slice(1)) {
    const name = SHEET_OF_FILE[g[fi]];
    expect(name).toBeDefined();
    const rows = readTsv(DEFAULT_PLAN_DIR, g[fi]);
    const row = Number(g[ri]);
    const col = columnIndex(g[ci]);
    expect(row).toBeLessThanOrEqual(rows.length);
    expect(col).toBeLessThan(rows[row - 1].length);
    const cell = sheet(committed, name).getCell(`${g[ci]}${row}`);
    // The reading is what the TSV holds; the workbook holds it typed (merged-away cells are empty).
    if (!(cell.isMerged && cell.master.address !== cell.address)) {
      expect({ at: `${name}!${cell.address}`, v: plainValue(cell.value) }).toEqual({
        at: `${name}!${cell.address}`,
        v: expectedOf(g[rd]),
      });
    }
  }
});

test("the Consuntivo columns exist on every header row, with the illustrative note", () => {
  for (const file of PLAN_FILES) {
    const role = roleOfFile(file);
    const rows = readTsv(DEFAULT_PLAN_DIR, file);
    const width = Math.max(...rows.map((r) => r.length));
    const col = actualColumn(role, width);
    if (col === null) continue;
    const ws = sheet(committed, SHEET_OF_FILE[file]);
    const headers = classifyRows(role, rows)
      .map((k, r) => (k === "header" ? r : -1))
      .filter((r) => r >= 0);
    expect(headers.length).toBeGreaterThan(0);
    for (const r of headers) {
      const cell = ws.getCell(r + 1, col + 1);
      expect(`${ws.name}!${cell.address}=${String(cell.value)}`).toBe(
        `${ws.name}!${columnLetter(col)}${r + 1}=${actualHeader(role)}`,
      );
      expect(cell.font?.bold).toBe(true);
      expect(noteText(cell.note)).toBe(ILLUSTRATIVE_NOTE);
    }
  }
  expect(sheet(committed, "Cruscotto strategico").getCell("I2").value).toBe("Consuntivo 2022");
  expect(sheet(committed, "S. Anagrafico Certificativi").getCell("J3").value).toBe("Consuntivo");
  expect(sheet(committed, "Obiettivi Dirigenti").getCell("F4").value).toBe("Consuntivo");
  expect(sheet(committed, "Mappa strategica").getCell(MAPPA_NOTE_ROW, 1).value).toBe(ILLUSTRATIVE_NOTE);
});

test("the illustrative actuals are in the Consuntivo cells, and only there", () => {
  for (const file of PLAN_FILES) {
    const role = roleOfFile(file);
    const rows = readTsv(DEFAULT_PLAN_DIR, file);
    const col = actualColumn(role, Math.max(...rows.map((r) => r.length)));
    if (col === null) continue;
    const ws = sheet(committed, SHEET_OF_FILE[file]);
    const byRow = new Map((EXAMPLE_ACTUALS[ws.name] ?? []).map((e) => [e.row, e]));
    const kinds = classifyRows(role, rows);
    kinds.forEach((k, r) => {
      if (k === "header") return;
      const cell = ws.getCell(r + 1, col + 1);
      const entry = byRow.get(r + 1);
      let expected: SnapValue = null;
      let fmt = "General";
      if (entry?.actual) {
        const a = entry.actual;
        if (a.form === "number") expected = a.value;
        else if (a.form === "percent") [expected, fmt] = [a.value, a.numFmt];
        else if (a.form === "date") [expected, fmt] = [`date:${isoToSerial(a.iso)}`, "dd/mm/yyyy"];
        else expected = a.text;
      }
      expect({ at: `${ws.name}!${cell.address}`, v: plainValue(cell.value), f: cell.numFmt ?? "General" }).toEqual({
        at: `${ws.name}!${cell.address}`,
        v: expected,
        f: fmt,
      });
    });
  }
});

test("officers' merges: titles across the table, objectives down over their continuation rows", () => {
  const merges = (name: string): string[] => sheet(committed, name).model.merges;
  expect(merges("S. Staff")).toEqual(expect.arrayContaining(["A1:H1", "A2:H2", "A22:A23", "A24:A25", "A27:A28"]));
  expect(merges("S. Anagrafico Certificativi")).toContain("A1:I1");
  expect(merges("Obiettivi Dirigenti")).toEqual(expect.arrayContaining(["A1:E1", "B5:B6", "B28:B29"]));
  // Row 65 repeats its Azione: no merge there.
  expect(merges("Obiettivi Dirigenti")).not.toContain("B64:B65");
  expect(merges("Programmi di intervento")).toEqual(
    expect.arrayContaining(["A3:A13", "B3:B4", "D3:D8", "C34:C36", "E34:E36", "G34:G36", "A1:G1"]),
  );
  // "250,00" stays on its own row (README of plan-2022).
  expect(merges("Programmi di intervento").some((m) => m.startsWith("D24:"))).toBe(false);
  expect(merges("Mappa strategica")).toEqual(["B1:D1"]);
  expect(merges("Cruscotto strategico")).toEqual(expect.arrayContaining(["A1:H1", "A20:H20", "A24:H24", "A29:H29"]));
});

test("the build is deterministic: the committed file has fixed dates in its properties and zip", () => {
  expect(committed.creator).toBe("Cruscotto Performance");
  expect(committed.created?.toISOString()).toBe("2022-01-01T00:00:00.000Z");
  expect(fs.statSync(EXAMPLE).size).toBeGreaterThan(10000);
});
