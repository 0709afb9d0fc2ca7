/**
 * `cruscotto undo` on the output of `cruscotto score` gives back the input — every cell's
 * value, number format and fill (test/helpers/snapshot.ts, read with exceljs), the sheets and the names —
 * after a save and a reopen (the CLI always saves), also after a second score: undo once gives the first
 * output, twice the input.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { scoreCommand, type Io } from "../../../src/cli/commands";
import { undoCommand } from "../../../src/cli/undo";
import { UNDO_SHEET_NAME } from "../../../src/core/undo";
import { workbookCases } from "../../fixtures/build-fixtures";
import { cli } from "../../helpers/cli";
import { diffSnapshots, expectSameWorkbook, loadSnapshot, type WorkbookSnapshot } from "../../helpers/snapshot";

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-undo-"));
const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "piano-performance-2022.xlsx");

function quietIo(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), progress: () => undefined };
}

async function score(input: string, output: string): Promise<void> {
  const code = await scoreCommand(input, { output }, quietIo());
  expect(code === 0 || code === 1).toBe(true);
}

async function undo(input: string, output: string): Promise<void> {
  const io = quietIo();
  expect({ code: await undoCommand(input, { output }, io), lines: io.lines }).toEqual({
    code: 0,
    lines: [expect.stringContaining(output)],
  });
}

interface Whole {
  cells: WorkbookSnapshot;
  sheets: { name: string; state: string }[];
  names: { name: string; ranges: string[] }[];
}

async function whole(file: string): Promise<Whole> {
  const { wb, cells } = await loadSnapshot(file);
  return {
    cells,
    sheets: wb.worksheets.map((w) => ({ name: w.name, state: w.state })),
    names: wb.definedNames.model
      .map((n) => ({ name: n.name, ranges: [...n.ranges].sort() }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

const expectSame = expectSameWorkbook;

const CASES = workbookCases(EXAMPLE, dir);

describe.each(CASES)("cruscotto undo on %s", (label, build) => {
  const base = label.replace(/\W+/g, "-");
  let input: string;
  let first: string;
  let second: string;
  beforeAll(async () => {
    input = await build();
    first = path.join(dir, `${base}-1.xlsx`);
    second = path.join(dir, `${base}-2.xlsx`);
    await score(input, first);
    await score(first, second);
  }, 120_000);

  it("keeps its log in a very hidden sheet that the score adds", async () => {
    const out = await whole(first);
    expect(out.sheets).toContainEqual({ name: UNDO_SHEET_NAME, state: "veryHidden" });
    expect(out.names.map((n) => n.name)).toContain("CP_UNDO");
    // The run did change cells: the comparison below is not between two equal files.
    expect(diffSnapshots((await whole(input)).cells, out.cells).length).toBeGreaterThan(10);
  });

  it("gives back the input after one score", async () => {
    const undone = path.join(dir, `${base}-1-annullato.xlsx`);
    await undo(first, undone);
    expectSame(await whole(undone), await whole(input));
  }, 60_000);

  it("after a second score, gives back the first output, then the input", async () => {
    const once = path.join(dir, `${base}-2-annullato.xlsx`);
    const twice = path.join(dir, `${base}-2-annullato-2.xlsx`);
    await undo(second, once);
    expectSame(await whole(once), await whole(first));
    await undo(once, twice);
    expectSame(await whole(twice), await whole(input));
  }, 60_000);
});

describe("a scored workbook saved again by LibreOffice, which has no very hidden sheets", () => {
  it("keeps its log (now merely hidden, CP_UNDO on it): the next score appends to it, undo goes back twice", async () => {
    const first = path.join(dir, "lo-1.xlsx");
    const resaved = path.join(dir, "lo-1-resaved.xlsx");
    const second = path.join(dir, "lo-2.xlsx");
    await score(EXAMPLE, first);
    // What LibreOffice's save does to the log: state="hidden" instead of "veryHidden", all else kept.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    wb.getWorksheet(UNDO_SHEET_NAME)!.state = "hidden";
    await wb.xlsx.writeFile(resaved);
    const io = quietIo();
    const code = await scoreCommand(resaved, { output: second, json: path.join(dir, "lo-2.json") }, io);
    expect(code === 0 || code === 1).toBe(true);
    const report = JSON.parse(readFileSync(path.join(dir, "lo-2.json"), "utf8")) as {
      diagnostics: { code: string; sheet: string | null }[];
    };
    // Not a person's sheet holding the log's name, not a plan sheet to read.
    expect(report.diagnostics.filter((d) => d.sheet === UNDO_SHEET_NAME || d.code === "RESERVED_SHEET_TAKEN")).toEqual(
      [],
    );
    expect((await whole(second)).sheets.filter((s) => s.name.startsWith(UNDO_SHEET_NAME))).toHaveLength(1);
    // Very hidden again: out of the list of sheets a person can show in Excel.
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(second);
    expect(back.getWorksheet(UNDO_SHEET_NAME)!.state).toBe("veryHidden");
    const once = path.join(dir, "lo-2-annullato.xlsx");
    const twice = path.join(dir, "lo-2-annullato-2.xlsx");
    await undo(second, once);
    // The log is the add-in's own: very hidden again, it stays so when undo puts back the person's workbook.
    const resavedWhole = await whole(resaved);
    expectSame(await whole(once), {
      ...resavedWhole,
      sheets: resavedWhole.sheets.map((s) => (s.name === UNDO_SHEET_NAME ? { ...s, state: "veryHidden" } : s)),
    });
    await undo(once, twice);
    expectSame(await whole(twice), await whole(EXAMPLE));
  }, 60_000);
});

describe("cruscotto undo through the real binary", () => {
  it("exits 2 with one Italian line when there is nothing to undo, and leaves the file alone", async () => {
    const before = readFileSync(EXAMPLE);
    const r = await cli(["undo", EXAMPLE, "-o", path.join(dir, "niente.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Nulla da annullare/)]);
    expect(readFileSync(EXAMPLE).equals(before)).toBe(true);
  });

  it("exits 2 on a file that is not a workbook", async () => {
    const bad = path.join(dir, "non-xlsx.xlsx");
    await new ExcelJS.Workbook().csv.writeFile(bad);
    const r = await cli(["undo", bad]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("undoes in place", async () => {
    const scored = path.join(dir, "sul-posto.xlsx");
    await score(EXAMPLE, scored);
    const r = await cli(["undo", scored, "--in-place"]);
    expect(r.status).toBe(0);
    expectSame(await whole(scored), await whole(EXAMPLE));
  });
});
