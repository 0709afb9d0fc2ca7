/**
 * Names and sheets that only look like the add-in's, through `cruscotto score` and `cruscotto undo` on the
 * example plan: a person's CP_OWN_1 over a Peso column, a person's visible «Cruscotto Annulla» holding a
 * table, a person's «Impostazioni Cruscotto» holding a table. None of the person's cells is cleared or
 * written over, a warning says why, the run's own columns and sheets still work, and undo gives back the input.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { scoreCommand, type Io } from "../../../src/cli/commands";
import { undoCommand } from "../../../src/cli/undo";
import { loadXlsx, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { runPipeline } from "../../../src/core/pipeline";
import { diagnosticMessage } from "../../../src/i18n/messages";
import { diffSnapshots, loadSnapshot, type WorkbookSnapshot } from "../../helpers/snapshot";

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-look-alikes-"));
const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "piano-performance-2022.xlsx");

function quietIo(): Io & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l), progress: () => undefined };
}

async function build(name: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await loadXlsx(EXAMPLE);
  change(wb);
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function score(input: string, output: string): Promise<string[]> {
  const io = quietIo();
  const code = await scoreCommand(input, { output }, io);
  expect(code === 0 || code === 1).toBe(true);
  return io.lines;
}

async function undo(input: string, output: string): Promise<void> {
  const io = quietIo();
  expect(await undoCommand(input, { output }, io)).toBe(0);
}

/** The cells of one sheet, by address. */
const cellsOf = (s: WorkbookSnapshot, sheet: string): Map<string, string> =>
  new Map([...s].filter(([k]) => k.startsWith(`${sheet}!`)).map(([k, v]) => [k, JSON.stringify(v)]));

/** Every cell of the input's sheet is in the output unchanged. */
function expectKept(before: WorkbookSnapshot, after: WorkbookSnapshot, sheet: string): void {
  const a = cellsOf(after, sheet);
  const changed = [...cellsOf(before, sheet)].filter(([k, v]) => a.get(k) !== v).map(([k]) => k);
  expect(changed).toEqual([]);
}

const TABLE: (string | number)[][] = [
  ["SERVIZIO DI UNA PERSONA"],
  ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Area", "Consuntivo"],
  ["Ob A", "Pratiche evase", 1, 0.6, "AREA I", 1],
  ["Ob B", "Tempi medi", 0.8, 0.4, "AREA I", 0.5],
];

function addTableSheet(wb: ExcelJS.Workbook, name: string): void {
  const ws = wb.addWorksheet(name);
  TABLE.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
}

/** The run's warnings of one code, as the person reads them. */
async function warnings(input: string, code: string): Promise<string[]> {
  const result = runPipeline(readWorkbookGrid(await loadXlsx(input)));
  return result.diagnostics
    .filter((d) => d.code === code && d.severity === "warning")
    .map((d) => diagnosticMessage(d, "it"));
}

async function sheetsOf(file: string): Promise<{ name: string; state: string }[]> {
  const { wb } = await loadSnapshot(file);
  return wb.worksheets.map((w) => ({ name: w.name, state: w.state }));
}

describe("a person's CP_OWN_1 over the Peso column", () => {
  let input: string;
  let output: string;
  let lines: string[];
  beforeAll(async () => {
    input = await build("peso", (wb) => wb.definedNames.add("'PO Staff'!$D$3:$D$6", "CP_OWN_1"));
    output = path.join(dir, "peso-out.xlsx");
    lines = await score(input, output);
  }, 120_000);

  it("keeps the header and the weights, keeps the name, and warns", async () => {
    const before = (await loadSnapshot(input)).cells;
    const { wb, cells: after } = await loadSnapshot(output);
    for (const ref of ["D3", "D4", "D5", "D6"])
      expect(after.get(`PO Staff!${ref}`)).toEqual(before.get(`PO Staff!${ref}`));
    expect(after.get("PO Staff!D3")?.value).toBe("string:Peso");
    const own1 = wb.definedNames.model.filter((n) => n.name === "CP_OWN_1").flatMap((n) => n.ranges);
    expect(own1).toEqual(["'PO Staff'!$D$3:$D$6"]);
    expect(lines.join("\n")).toContain("avvisi");
    const [message] = await warnings(input, "OWNED_NAME_NOT_OURS");
    expect(message).toContain("CP_OWN_1");
    expect(message).toContain("Gestione nomi");
  });

  it("still writes the run's own columns on that sheet", async () => {
    const after = (await loadSnapshot(output)).cells;
    expect([...cellsOf(after, "PO Staff").values()].some((v) => v.includes("string:Raggiungimento"))).toBe(true);
  });

  it("a rerun changes nothing and undo gives back the input", async () => {
    const again = path.join(dir, "peso-again.xlsx");
    await score(output, again);
    const [a, b] = [(await loadSnapshot(output)).cells, (await loadSnapshot(again)).cells];
    expect(diffSnapshots(a, b).filter((k) => !k.startsWith("Cruscotto Annulla"))).toEqual([]);
    const undone = path.join(dir, "peso-undone.xlsx");
    await undo(again, undone);
    await undo(undone, path.join(dir, "peso-undone-2.xlsx"));
    expect(
      diffSnapshots(
        (await loadSnapshot(input)).cells,
        (await loadSnapshot(path.join(dir, "peso-undone-2.xlsx"))).cells,
      ),
    ).toEqual([]);
  }, 120_000);
});

describe("a person's visible sheet «Cruscotto Annulla» holding a table", () => {
  let input: string;
  let output: string;
  let lines: string[];
  beforeAll(async () => {
    input = await build("annulla", (wb) => addTableSheet(wb, "Cruscotto Annulla"));
    output = path.join(dir, "annulla-out.xlsx");
    lines = await score(input, output);
  }, 120_000);

  it("keeps its cells, gets no log under its table, and the log goes to a very hidden sheet of its own", async () => {
    const before = (await loadSnapshot(input)).cells;
    const after = (await loadSnapshot(output)).cells;
    expectKept(before, after, "Cruscotto Annulla");
    const rows = [...cellsOf(after, "Cruscotto Annulla").keys()].map((k) => Number(/\d+$/.exec(k)![0]));
    expect(Math.max(...rows)).toBe(TABLE.length);
    const sheets = await sheetsOf(output);
    expect(sheets).toContainEqual({ name: "Cruscotto Annulla", state: "visible" });
    expect(sheets).toContainEqual({ name: "Cruscotto Annulla (2)", state: "veryHidden" });
    expect(lines.join("\n")).toContain("avvisi");
    expect(await warnings(input, "RESERVED_SHEET_TAKEN")).toEqual([expect.stringContaining("«Cruscotto Annulla (2)»")]);
  });

  it("is scored like any plan sheet", async () => {
    const after = (await loadSnapshot(output)).cells;
    expect(after.get("Cruscotto Annulla!G2")?.value).toBe("string:Raggiungimento");
  });

  it("undo finds the log by its name and gives back the input", async () => {
    const undone = path.join(dir, "annulla-undone.xlsx");
    await undo(output, undone);
    expect(diffSnapshots((await loadSnapshot(input)).cells, (await loadSnapshot(undone)).cells)).toEqual([]);
    expect(await sheetsOf(undone)).toEqual(await sheetsOf(input));
  }, 60_000);
});

describe("a person's sheet «Impostazioni Cruscotto» holding a plan table", () => {
  let input: string;
  let output: string;
  beforeAll(async () => {
    input = await build("impostazioni", (wb) => addTableSheet(wb, "Impostazioni Cruscotto"));
    output = path.join(dir, "impostazioni-out.xlsx");
    await score(input, output);
  }, 120_000);

  it("is scored as a plan sheet, its cells kept; the settings go to «Impostazioni Cruscotto (2)»", async () => {
    const before = (await loadSnapshot(input)).cells;
    const after = (await loadSnapshot(output)).cells;
    expectKept(before, after, "Impostazioni Cruscotto");
    expect(after.get("Impostazioni Cruscotto!G2")?.value).toBe("string:Raggiungimento");
    expect((await sheetsOf(output)).map((s) => s.name)).toContain("Impostazioni Cruscotto (2)");
    expect(after.get("Impostazioni Cruscotto (2)!A3")?.value).toBe("string:Impostazione");
  });
});
