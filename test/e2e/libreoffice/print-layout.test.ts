/**
 * The print layout seen by an independent reader: LibreOffice prints the written example to PDF, and on
 * every page of a unit sheet each indicator whose text is there has its Stato label there too (the owned
 * columns never spill onto a page of their own); those pages are A4 landscape and carry the header
 * (Ente, sheet, year) and "Pagina n di N". A control copy written without the page setups must break the
 * rule, so the check is known to catch what it is for. Needs soffice, pdftotext and pdfinfo.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { planParts } from "../../../src/core/write/steps";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { runPipeline } from "../../../src/core/pipeline";
import { parseRange } from "../../../src/core/grid/address";
import { applyWritePlan, loadXlsx, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { shownValue } from "../../helpers/cell-value";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "piano-performance-2022.xlsx");

const have = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

interface RowFacts {
  sheet: string;
  /** The first words of the indicator, as a reader finds them on the page. */
  snippet: string;
  stato: string;
}

/** Writes the example (with or without page setups); returns the unit sheets' rows and their Stato label. */
async function writeExample(file: string, withPageSetups: boolean): Promise<{ rows: RowFacts[]; sheets: string[] }> {
  const wb = await loadXlsx(EXAMPLE);
  const result = runPipeline(readWorkbookGrid(wb));
  const plan = withPageSetups ? result.writePlan : { ...result.writePlan, pageSetups: undefined };
  applyWritePlan(wb, plan);
  await wb.xlsx.writeFile(file);

  const unitSheets = new Set(result.plan.tables.filter((t) => t.kind === "obiettivi").map((t) => t.sheet));
  const indicatorAt = new Map(result.plan.indicators.map((r) => [`${r.sheet}!${r.row}`, r.indicator]));
  const rows: RowFacts[] = [];
  for (const n of planParts(result.writePlan).setNames.filter(
    (x) => x.name.startsWith("CP_OWN_") && unitSheets.has(x.sheet),
  )) {
    const rect = parseRange(n.range)!;
    const ws = wb.getWorksheet(n.sheet) as ExcelJS.Worksheet;
    for (let r = rect.top + 1; r <= rect.bottom; r++) {
      // The label shown: with «formule» the cell is a formula and this its result.
      const stato = shownValue(ws.getCell(r + 1, rect.left + 2));
      const text = indicatorAt.get(`${n.sheet}!${r}`);
      if (typeof stato !== "string" || stato === "" || !text) continue;
      const words = squash(text).split(" ").slice(0, 3).join(" ");
      rows.push({ sheet: n.sheet, snippet: words, stato });
    }
  }
  return { rows, sheets: [...unitSheets] };
}

function pdfPages(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return text.split("\f").slice(0, -1);
}

function pageSizes(pdf: string, pages: number): string[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]);
}

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

/**
 * Rows whose indicator text is on a page that lacks their Stato label: each row is looked for on the pages
 * `pagesOf` gives (its sheet's), counted on the first that holds its words, and each page must show at
 * least as many of each label as it has rows needing it.
 */
function rowsWithoutStato(
  pages: string[],
  rows: RowFacts[],
  pagesOf: (sheet: string) => number[],
): { missing: string[]; found: number } {
  const need = new Map<number, Map<string, number>>();
  let found = 0;
  for (const row of rows) {
    const page = pagesOf(row.sheet).find((p) => squash(pages[p]).includes(row.snippet));
    if (page === undefined) continue;
    found++;
    const labels = need.get(page) ?? new Map<string, number>();
    labels.set(row.stato, (labels.get(row.stato) ?? 0) + 1);
    need.set(page, labels);
  }
  const missing: string[] = [];
  for (const [page, labels] of need) {
    for (const [label, n] of labels) {
      const shown = count(pages[page], label);
      if (shown < n) missing.push(`page ${page + 1}: ${n} × «${label}» needed, ${shown} shown`);
    }
  }
  return { missing, found };
}

describe("the written workbook printed by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "cruscotto-print-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("every indicator's Stato prints on its page; unit sheets print A4 landscape with header and page numbers", async () => {
    if (!have("soffice") || !have("pdftotext") || !have("pdfinfo")) {
      throw new Error(
        "LibreOffice (soffice), pdftotext and pdfinfo are needed: apt-get install libreoffice-calc poppler-utils (.ci/run does it).",
      );
    }
    const printed = path.join(dir, "stampa.xlsx");
    const control = path.join(dir, "controllo.xlsx");
    const { rows, sheets } = await writeExample(printed, true);
    await writeExample(control, false);
    expect(rows.length).toBeGreaterThan(50);

    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        printed,
        control,
      ],
      { stdio: "pipe", timeout: 240_000 },
    );

    // With the page setups: pages are told apart by their header, which names the sheet (&A).
    const pages = pdfPages(path.join(dir, "stampa.pdf"));
    const sizes = pageSizes(path.join(dir, "stampa.pdf"), pages.length);
    const header = (p: number): string => pages[p].split("\n").slice(0, 3).join(" ");
    const pagesOf = (sheet: string): number[] => pages.map((_, i) => i).filter((i) => header(i).includes(sheet));
    for (const sheet of sheets) {
      const own = pagesOf(sheet);
      expect(own.length).toBeGreaterThan(0);
      for (const p of own) {
        expect(sizes[p]).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)/);
        expect(header(p)).toContain("Piano della Performance 2022");
        expect(pages[p]).toMatch(/Pagina \d+ di \d+/);
      }
    }
    const ok = rowsWithoutStato(pages, rows, pagesOf);
    expect(ok.found).toBeGreaterThan(rows.length * 0.8);
    expect(ok.missing).toEqual([]);

    // Without them (LibreOffice's defaults): the owned columns spill onto pages of their own.
    const plain = pdfPages(path.join(dir, "controllo.pdf"));
    const all = (): number[] => plain.map((_, i) => i);
    const broken = rowsWithoutStato(plain, rows, all);
    expect(broken.found).toBeGreaterThan(rows.length * 0.8);
    expect(broken.missing.length).toBeGreaterThan(0);
  }, 300_000);
});
