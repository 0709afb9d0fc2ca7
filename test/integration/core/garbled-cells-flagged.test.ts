/**
 * The cells of plan-2022's garbled.tsv, put back into the example workbook in their raw OCR form:
 * each is flagged with its own sheet and cell, and none is read as a number.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookGrid } from "../../../src/hosts/xlsx";
import { runPipeline } from "../../../src/core/pipeline";
import { SHEET_OF_FILE } from "../../../scripts/lib/example-layout";
import { REPO } from "../../helpers/cli";
import { PLAN_2022_DIR } from "../../helpers/grid-builder";

interface GarbledCell {
  file: string;
  row: number;
  col: string;
  column: string;
  raw: string;
}

/** garbled.tsv rows of kind "garbled" in a Target, Peso or year column, with their raw OCR text. */
function garbledTargetCells(): GarbledCell[] {
  const text = readFileSync(path.join(PLAN_2022_DIR, "garbled.tsv"), "utf8");
  const out: GarbledCell[] = [];
  for (const line of text.trim().split("\n").slice(1)) {
    const [file, row, col, column, raw, , , kind] = line.split("\t");
    if (kind !== "garbled" || !/^(Target|Peso|20\d\d)$/.test(column)) continue;
    // "line 529: "<b>55</b> 07"; line 530: "57%"": the OCR read the cell twice; the first is the raw debris.
    const first = /^line \d+: "(.*?)";/.exec(raw);
    out.push({ file, row: Number(row), col, column, raw: first ? first[1] : raw });
  }
  // The same doubled row's Target read "1000/" before "100%" (garbled.tsv's note on that row).
  out.push({ file: "servizio-innovazione-digitalizzazione.tsv", row: 16, col: "C", column: "Target", raw: "1000/" });
  return out;
}

describe("garbled cells in their raw form", () => {
  const cells = garbledTargetCells();

  test("garbled.tsv lists the cells this test walks", () => {
    expect(cells.length).toBeGreaterThanOrEqual(11);
  });

  test("each is flagged at its cell or, where the debris is itself a valid notation, read as that notation", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(REPO, "examples", "piano-performance-2022.xlsx"));
    for (const c of cells) {
      const ws = wb.getWorksheet(SHEET_OF_FILE[c.file]) as ExcelJS.Worksheet;
      const cell = ws.getCell(`${c.col}${c.row}`);
      cell.value = c.raw;
      cell.numFmt = "General";
    }
    const result = runPipeline(readWorkbookGrid(wb));
    for (const c of cells) {
      const sheet = SHEET_OF_FILE[c.file];
      const address = `${c.col}${c.row}`;
      const codes = result.diagnostics.filter((d) => d.sheet === sheet && d.cell === address).map((d) => d.code);
      const row = result.plan.indicators.find((i) => i.sheet === sheet && i.row === c.row - 1);
      const isYear = /^20\d\d$/.test(c.column);
      const target = isYear
        ? row?.targetsByYear?.[Number(c.column)]?.value
        : c.column === "Target"
          ? row?.target.value
          : null;
      const label = `${sheet}!${address} «${c.raw}»`;
      if (c.raw === "30/06/2022") {
        // po-staff: the OCR kept one of the two semester deadlines; what survives is a valid deadline.
        expect(`${label} ${target?.kind}`).toBe(`${label} deadline`);
        continue;
      }
      const flagged = codes.some(
        (k) => k === "TARGET_UNREADABLE" || k === "WEIGHT_UNREADABLE" || k === "TARGET_INCONSISTENT",
      );
      expect(`${label} ${flagged ? "flagged" : `not flagged (${codes.join(",")})`}`).toBe(`${label} flagged`);
      if (c.column === "Peso") expect(row?.weight.value ?? null).toBeNull();
      else if (c.raw !== "21") expect(`${label} ${target?.kind}`).toBe(`${label} invalid`);
    }
  });
});
