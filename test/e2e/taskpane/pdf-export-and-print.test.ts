/**
 * The pane's "Stampa e PDF" actions without a browser: exportPdf makes the Relazione from what the host
 * reads (whole plan or one unit), preparePrint applies the page setups alone (on the Office fake with and
 * without ExcelApi 1.9, and on the preview's exceljs host), fetchFonts asks the page's own origin.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { planParts } from "../../../src/core/write/steps";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { openBrowserHost } from "../../../src/hosts/browser/host";
import { createOfficeHost } from "../../../src/hosts/office";
import { loadTitilliumFonts } from "../../../src/render/pdf/nodeFonts";
import { exportPdf, fetchFonts, pdfFileName, FONT_FILES } from "../../../src/taskpane/model/pdfExport";
import { pageSetupsOnly, preparePrint } from "../../../src/taskpane/model/printLayout";
import { runPipeline } from "../../../src/core/pipeline";
import { formatPercent } from "../../../src/core/format";
import { readWorkbookGrid } from "../../../src/hosts/xlsx";
import { fakeFromXlsx } from "../../fakes/excel-fake";
import { BASELINE, MODERN } from "../../fakes/office-flow";
import { pdfPages, requirePoppler, squash } from "../../helpers/pdf";
import { readFileSync } from "node:fs";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "piano-performance-2022.xlsx");
const exampleBytes = (): ArrayBuffer => {
  const b = readFileSync(EXAMPLE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pane-export-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("exportPdf", () => {
  test("the whole plan: every unit's name and score, named after the file", async () => {
    requirePoppler();
    const host = await openBrowserHost(exampleBytes());
    const out = await exportPdf(host, {
      unitId: null,
      sourceName: "piano-performance-2022.xlsx",
      runDate: "2023-03-31",
      loadFonts: loadTitilliumFonts,
    });
    if (out.kind !== "pdf") throw new Error(out.kind);
    expect(out.fileName).toBe("piano-performance-2022-relazione.pdf");
    const file = path.join(dir, "whole.pdf");
    writeFileSync(file, out.bytes);
    const text = squash(pdfPages(file).join(" "));
    const { report } = runPipeline(await host.read());
    for (const u of report.units) {
      expect(text).toContain(squash(u.name));
      if (u.score !== null) expect(text).toContain(`Punteggio ${formatPercent(u.score, "it")}`);
    }
    expect(text).toContain("31/03/2023");
  }, 120_000);

  test("one unit: fewer pages, that unit's scheda; a unit no longer in the plan is refused", async () => {
    requirePoppler();
    const host = await openBrowserHost(exampleBytes());
    const { plan } = runPipeline(await host.read());
    const unit = plan.units.find((u) => u.kind !== "dirigente") ?? plan.units[0];
    const whole = await exportPdf(host, { unitId: null, runDate: "2023-03-31", loadFonts: loadTitilliumFonts });
    const one = await exportPdf(host, { unitId: unit.id, runDate: "2023-03-31", loadFonts: loadTitilliumFonts });
    if (one.kind !== "pdf" || whole.kind !== "pdf") throw new Error("no pdf");
    expect(one.fileName).toBe(pdfFileName(undefined, 2022, unit.name));
    const a = path.join(dir, "one.pdf");
    const b = path.join(dir, "whole2.pdf");
    writeFileSync(a, one.bytes);
    writeFileSync(b, whole.bytes);
    expect(pdfPages(a).length).toBeLessThan(pdfPages(b).length);
    expect(squash(pdfPages(a).join(" "))).toContain(squash(unit.name));

    let fontsAsked = 0;
    const gone = await exportPdf(host, {
      unitId: "Unità che non c'è",
      runDate: "2023-03-31",
      loadFonts: async () => {
        fontsAsked++;
        return loadTitilliumFonts();
      },
    });
    expect(gone).toEqual({ kind: "unknownUnit" });
    expect(fontsAsked).toBe(0);
  }, 120_000);

  test("a workbook with no plan table gives no PDF", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Foglio1").getCell("A1").value = "niente";
    const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    const out = await exportPdf(await openBrowserHost(bytes), {
      unitId: null,
      runDate: "2023-03-31",
      loadFonts: loadTitilliumFonts,
    });
    expect(out).toEqual({ kind: "unusable" });
  });

  test("file names: the workbook's name, or the plan's year; the unit as a plain slug", () => {
    expect(pdfFileName("Piano 2022.xlsx", 2022, null)).toBe("Piano 2022-relazione.pdf");
    expect(pdfFileName(undefined, 2023, "Servizio Attività Produttive e Società")).toBe(
      "piano-performance-2023-relazione-servizio-attivita-produttive-e-societa.pdf",
    );
  });
});

describe("fetchFonts", () => {
  test("asks for the three faces beside the page, on its origin; an HTTP error is an error", async () => {
    const asked: string[] = [];
    const ok = (async (url: string | URL | Request) => {
      asked.push(String(url));
      return new Response(new Uint8Array([1, 2, 3]), { status: 200 });
    }) as typeof fetch;
    const fonts = await fetchFonts("https://localhost:3000/taskpane.html?lang=it", ok);
    expect(asked.sort()).toEqual(
      Object.values(FONT_FILES)
        .map((f) => `https://localhost:3000/${f}`)
        .sort(),
    );
    expect([...fonts.bold]).toEqual([1, 2, 3]);
    const missing = (async () => new Response("", { status: 404 })) as typeof fetch;
    await expect(fetchFonts("https://localhost:3000/taskpane.html", missing)).rejects.toThrow(/404/);
  });
});

describe("preparePrint", () => {
  test("Office with ExcelApi 1.9: the sheets there now get their layout, no cell changes, one sync", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const cellsBefore = JSON.stringify(fake.state.sheets.map((s) => [s.name, [...s.cells.entries()]]));
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
    const out = await preparePrint(host);
    if (out.kind !== "applied") throw new Error(out.kind);
    expect(out.sheets.length).toBeGreaterThan(5);
    expect(out.sheets.some((s) => s.startsWith("Riepilogo"))).toBe(false);
    for (const s of out.sheets)
      expect(fake.state.sheet(s)!.page).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(JSON.stringify(fake.state.sheets.map((s) => [s.name, [...s.cells.entries()]]))).toBe(cellsBefore);
    expect(fake.state.names.size).toBe(0);
    expect(host.stats().applySyncs).toBe(1);
  });

  test("Office without ExcelApi 1.9: unsupported, and nothing is read or written", async () => {
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: BASELINE });
    expect(await preparePrint(host)).toEqual({ kind: "unsupported" });
    expect(fake.syncCount).toBe(0);
  });

  test("the preview's exceljs host: the saved workbook prints landscape; a scored workbook's Riepilogo too", async () => {
    const host = await openBrowserHost(exampleBytes());
    const out = await preparePrint(host);
    if (out.kind !== "applied") throw new Error(out.kind);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.save()) as unknown as ArrayBuffer);
    for (const s of out.sheets) expect(wb.getWorksheet(s)!.pageSetup.orientation).toBe("landscape");

    // After a run the Riepilogo exists, and is laid out as well.
    const result = runPipeline(readWorkbookGrid(wb));
    const only = pageSetupsOnly(result.writePlan, new Set([...wb.worksheets.map((w) => w.name), "Riepilogo 2022"]));
    expect(planParts(only).pageSetups.map((p) => p.sheet)).toContain("Riepilogo 2022");
    expect(only.steps.every((s) => s.kind === "pageSetup")).toBe(true);
  });
});
