/**
 * Workbooks saved by other programs (LibreOffice, openpyxl, exporters without docProps, inline or
 * formula-result strings, the 1904 date system) read to the same report as the original they were
 * made from. The files are in test/fixtures/foreign, made by scripts/build-foreign-corpus.ts.
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { runPipeline } from "../../../../src/core/pipeline";
import { loadXlsx, readWorkbookGrid } from "../../../../src/hosts/xlsx";

const CORPUS = path.join(__dirname, "..", "..", "..", "fixtures", "foreign");
const ORIGINALS = ["esempio", "una-unita", "molti-blocchi", "sinonimi"];

async function reportOf(file: string): Promise<unknown> {
  const grid = readWorkbookGrid(await loadXlsx(file));
  // The report as the CLI writes it with --json: a plain JSON value, compared whole.
  return JSON.parse(JSON.stringify(runPipeline(grid, { year: 2022 }).report));
}

const variantsOf = (stem: string): string[] =>
  readdirSync(CORPUS)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith(".xlsx"))
    .sort();

describe.each(ORIGINALS)("%s as other programs save it", (stem) => {
  let original: unknown;
  beforeAll(async () => {
    original = await reportOf(path.join(CORPUS, `${stem}.xlsx`));
  });

  test("the corpus holds every variant", () => {
    expect(
      variantsOf(stem)
        .map((f) => f.slice(stem.length + 1, -".xlsx".length))
        .sort(),
    ).toEqual([
      "inline",
      "libreoffice",
      "openpyxl",
      "openpyxl-1904",
      "openpyxl-commenti",
      "senza-docprops",
      "senza-sst",
      "via-ods",
    ]);
  });

  test.each(variantsOf(stem))("%s reads to the original's report", async (file) => {
    expect(await reportOf(path.join(CORPUS, file))).toEqual(original);
  });
});
