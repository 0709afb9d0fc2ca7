/**
 * Print-ready sheets: planWrites gives every annotated sheet and the Riepilogo an A4 landscape, one page
 * wide layout whose print area holds the tables with their owned columns and whose titles repeat the first
 * table's header row; the exceljs host writes it into the file (and a rerun writes the same); the Office
 * host sets the same through worksheet.pageLayout where ExcelApi 1.9 is there, and nothing otherwise.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runPipeline } from "../../../src/core/pipeline";
import { parseRange } from "../../../src/core/grid/address";
import { escapeHeaderText, headerFooter } from "../../../src/core/write/pageSetup";
import type { PageSetup, WritePlan } from "../../../src/core/write/types";
import { planParts, writePlan, type AllPlanParts } from "../../../src/core/write/steps";
import {
  applyPageSetups,
  applyWritePlan,
  headerFooterString,
  loadXlsx,
  loadXlsxBuffer,
  readWorkbookGrid,
} from "../../../src/hosts/xlsx";
import { useReferenceDefinedNames } from "../../../src/hosts/xlsx/definedNames";
import { createOfficeHost } from "../../../src/hosts/office";
import { pageLayoutProps } from "../../../src/hosts/office/writeOps";
import { fakeFromXlsx, type FakeSheet } from "../../fakes/excel-fake";
import { BASELINE, MODERN, cliFlow, officeFlow } from "../../fakes/office-flow";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "piano-performance-2022.xlsx");

async function examplePlan(): Promise<{ plan: AllPlanParts; result: ReturnType<typeof runPipeline> }> {
  const result = runPipeline(readWorkbookGrid(await loadXlsx(EXAMPLE)));
  return { plan: planParts(result.writePlan), result };
}

const contains = (outer: { top: number; left: number; bottom: number; right: number }, inner: typeof outer): boolean =>
  outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;

describe("planWrites: page setups", () => {
  test("every annotated sheet and the Riepilogo print A4 landscape, one page wide, with the owned columns inside", async () => {
    const { plan, result } = await examplePlan();
    const setups = plan.pageSetups ?? [];
    const bySheet = new Map(setups.map((p) => [p.sheet, p]));
    expect(bySheet.size).toBe(setups.length);

    const ownedSheets = new Set(plan.setNames.filter((n) => n.name.startsWith("CP_OWN_")).map((n) => n.sheet));
    const riepilogo = plan.sheets.find((s) => s.name.startsWith("Riepilogo"));
    expect(riepilogo).toBeDefined();
    for (const sheet of [...ownedSheets, riepilogo?.name ?? ""]) expect(bySheet.has(sheet)).toBe(true);

    for (const p of setups) {
      expect(p).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 0 });
      expect(p.printArea).not.toBeNull();
    }
    // Each owned rectangle (Raggiungimento, Stato, Note of a table) lies inside its sheet's print area.
    for (const n of plan.setNames.filter((x) => x.name.startsWith("CP_OWN_"))) {
      const rect = parseRange(n.range);
      expect(rect).not.toBeNull();
      expect(contains(bySheet.get(n.sheet)?.printArea ?? { top: 0, left: 0, bottom: -1, right: -1 }, rect!)).toBe(true);
    }
    // So do the tables themselves, and the titles repeat the topmost table's header row.
    for (const t of result.plan.tables) {
      const p = bySheet.get(t.sheet);
      if (!p) continue;
      expect(
        contains(p.printArea!, {
          top: t.headerRow,
          left: t.firstCol,
          bottom: Math.max(t.lastRow, t.headerRow),
          right: t.lastCol,
        }),
      ).toBe(true);
      const first = Math.min(...result.plan.tables.filter((x) => x.sheet === t.sheet).map((x) => x.headerRow));
      expect(p.printTitleRows).toEqual({ top: first, bottom: first });
    }
    // Every cell of the Riepilogo is in its print area.
    const summary = bySheet.get(riepilogo!.name)!;
    for (const c of plan.cells.filter((x) => x.sheet === summary.sheet)) {
      expect(contains(summary.printArea!, { top: c.row, left: c.col, bottom: c.row, right: c.col })).toBe(true);
    }
  });

  test("header and footer: Ente, sheet, year; page n of N and the print date as Excel fields (no run date in the file)", async () => {
    const { plan } = await examplePlan();
    const p = plan.pageSetups![0];
    expect(p.header).toEqual({ left: "Ente", center: "&A", right: "Piano della Performance 2022" });
    expect(p.footer).toEqual({ left: "Stampato il &D", center: "", right: "Pagina &P di &N" });
    const today = new Date();
    const texts = JSON.stringify(plan.pageSetups);
    expect(texts).not.toContain(String(today.getDate()).padStart(2, "0") + "/");
    expect(texts).not.toContain(today.toISOString().slice(0, 10));
  });

  test("an Ente's name is printed literally: its & is doubled, so Excel does not read a code", () => {
    expect(escapeHeaderText("Camera di Commercio di Rovigo & Venezia")).toBe(
      "Camera di Commercio di Rovigo && Venezia",
    );
    const hf = headerFooter("CCIAA A&B", 2023, "en");
    expect(hf.header).toEqual({ left: "CCIAA A&&B", center: "&A", right: "Performance Plan 2023" });
    expect(hf.footer.right).toBe("Page &P of &N");
  });

  test("the same workbook gives the same page setups (pure, deterministic)", async () => {
    const a = await examplePlan();
    const b = await examplePlan();
    expect(b.plan.pageSetups).toEqual(a.plan.pageSetups);
  });
});

/** A sheet's page setup as read back from a saved .xlsx, in host-neutral terms. */
interface PrintFacts {
  orientation: string;
  paper: string;
  fitToWidth: number;
  fitToHeight: number;
  printArea: string | null;
  printTitleRows: string | null;
  header: string;
  footer: string;
}

function excelJsFacts(ws: ExcelJS.Worksheet): PrintFacts {
  const ps = ws.pageSetup;
  return {
    orientation: String(ps.orientation),
    paper: ps.paperSize === 9 ? "A4" : String(ps.paperSize),
    fitToWidth: Number(ps.fitToWidth),
    fitToHeight: Number(ps.fitToHeight),
    printArea: ps.printArea ? ps.printArea.replace(/\$/g, "") : null,
    printTitleRows: ps.printTitlesRow ? ps.printTitlesRow.replace(/\$/g, "") : null,
    header: ws.headerFooter?.oddHeader ?? "",
    footer: ws.headerFooter?.oddFooter ?? "",
  };
}

function fakeFacts(sheet: FakeSheet): PrintFacts {
  const p = sheet.page;
  const hf = p.headersFooters;
  const join = (l = "", c = "", r = ""): string => headerFooterString({ left: l, center: c, right: r });
  return {
    orientation: (p.orientation ?? "").toLowerCase(),
    paper: p.paperSize ?? "",
    fitToWidth: p.zoom?.horizontalFitToPages ?? -1,
    fitToHeight: p.zoom?.verticalFitToPages ?? -1,
    printArea: p.printArea ? p.printArea.replace(/\$/g, "") : null,
    printTitleRows: p.printTitleRows ? p.printTitleRows.replace(/\$/g, "") : null,
    header: join(hf.leftHeader, hf.centerHeader, hf.rightHeader),
    footer: join(hf.leftFooter, hf.centerFooter, hf.rightFooter),
  };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}

describe("exceljs host: page setup in the file", () => {
  test("the saved workbook holds each sheet's layout, print area and titles as Excel's own names", async () => {
    const { workbook, result } = await cliFlow(EXAMPLE);
    const back = await roundTrip(workbook);
    for (const p of planParts(result.writePlan).pageSetups ?? []) {
      const ws = back.getWorksheet(p.sheet)!;
      const f = excelJsFacts(ws);
      const a = p.printArea!;
      expect(f).toEqual({
        orientation: "landscape",
        paper: "A4",
        fitToWidth: 1,
        fitToHeight: 0,
        printArea: pageLayoutProps(p).printArea,
        printTitleRows: p.printTitleRows ? `${p.printTitleRows.top + 1}:${p.printTitleRows.bottom + 1}` : null,
        header: headerFooterString(p.header),
        footer: headerFooterString(p.footer),
      });
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(a.left).toBeLessThanOrEqual(a.right);
    }
    // Fully absolute references in the names Excel reads (not exceljs's half-absolute "$A1").
    const dir = mkdtempSync(path.join(os.tmpdir(), "page-setup-"));
    const file = path.join(dir, "out.xlsx");
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const xml = execFileSync("unzip", ["-p", file, "xl/workbook.xml"], { encoding: "utf8" });
    rmSync(dir, { recursive: true, force: true });
    const areas = xml.match(/<definedName name="_xlnm\.Print_Area"[^>]*>[^<]*</g) ?? [];
    expect(areas.length).toBe(planParts(result.writePlan).pageSetups!.length);
    for (const a of areas) expect(a).toMatch(/!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+<$/);
  });

  test("a rerun on the written workbook writes the same page setup (no churn)", async () => {
    const first = await cliFlow(EXAMPLE);
    const once = await roundTrip(first.workbook);
    const second = runPipeline(readWorkbookGrid(once));
    applyWritePlan(once, second.writePlan);
    const twice = await roundTrip(once);
    const again = await roundTrip(first.workbook);
    for (const ws of again.worksheets) expect(excelJsFacts(twice.getWorksheet(ws.name)!)).toEqual(excelJsFacts(ws));
  });

  test("a sheet whose name has an apostrophe gets its print area and titles, quoted as Excel quotes it, through a save and a reload", async () => {
    const wb = useReferenceDefinedNames(new ExcelJS.Workbook());
    wb.addWorksheet("Primo").getCell("A1").value = "y";
    wb.addWorksheet("Dell'Ente").getCell("A1").value = "x";
    const setup: PageSetup = {
      sheet: "Dell'Ente",
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: { top: 0, left: 0, bottom: 3, right: 2 },
      printTitleRows: { top: 0, bottom: 0 },
      header: { left: "Ente", center: "&A", right: "" },
      footer: { left: "", center: "", right: "&P" },
    };
    applyPageSetups(wb, [setup]);
    const printNames = async (book: ExcelJS.Workbook): Promise<string[]> => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "page-setup-"));
      const file = path.join(dir, "out.xlsx");
      writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
      const xml = execFileSync("unzip", ["-p", file, "xl/workbook.xml"], { encoding: "utf8" });
      rmSync(dir, { recursive: true, force: true });
      return (xml.match(/<definedName name="_xlnm\.Print_[A-Za-z]+"[^>]*>[^<]*</g) ?? []).map((d) =>
        d.replace(/&apos;/g, "'"),
      );
    };
    const expected = [
      `<definedName name="_xlnm.Print_Area" localSheetId="1">'Dell''Ente'!$A$1:$C$4<`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Dell''Ente'!$1:$1<`,
    ];
    expect(await printNames(wb)).toEqual(expected);
    // Read back by the host's loader and saved again (an undo, say, that sets no page setup): still intact.
    const back = await loadXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await printNames(back)).toEqual(expected);
    expect(readWorkbookGrid(back).names).toEqual([]);
    const f = excelJsFacts(back.getWorksheet("Dell'Ente")!);
    expect(f).toMatchObject({ orientation: "landscape", paper: "A4", header: "&LEnte&C&A" });
  });
});

describe("Office host: worksheet.pageLayout", () => {
  test("with ExcelApi 1.9 the fake ends with the same layout as the exceljs file, in the same syncs", async () => {
    const cli = await cliFlow(EXAMPLE);
    const office = await officeFlow(EXAMPLE, MODERN);
    const setups = planParts(office.result.writePlan).pageSetups ?? [];
    expect(setups.length).toBeGreaterThan(0);
    for (const p of setups) {
      const sheet = office.fake.state.sheet(p.sheet)!;
      expect(sheet.page.headerFooterState).toBe("Default");
      expect(fakeFacts(sheet)).toEqual(excelJsFacts(cli.workbook.getWorksheet(p.sheet)!));
    }
    // Sheets the run does not write keep their layout untouched.
    const printed = new Set(setups.map((p) => p.sheet));
    for (const s of office.fake.state.sheets) if (!printed.has(s.name)) expect(s.page).toEqual({ headersFooters: {} });

    // The layout rides in the syncs the cells need: no extra round trip.
    const fake = await fakeFromXlsx(EXAMPLE);
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
    const r = runPipeline(await host.read());
    await host.apply(writePlan({ ...planParts(r.writePlan), pageSetups: [] }));
    expect(host.stats().applySyncs).toBe(office.stats.applySyncs);
  });

  test("without ExcelApi 1.9 nothing is set, the cells are written, and the host says it cannot", async () => {
    const office = await officeFlow(EXAMPLE, BASELINE);
    for (const s of office.fake.state.sheets) expect(s.page).toEqual({ headersFooters: {} });
    const fake = await fakeFromXlsx(EXAMPLE);
    expect(createOfficeHost(fake.run, { isSetSupported: BASELINE }).supportsPageLayout?.()).toBe(false);
    expect(createOfficeHost(fake.run, { isSetSupported: MODERN }).supportsPageLayout?.()).toBe(true);
    const written = planParts(office.result.writePlan).cells.filter(
      (c) => c.sheet === planParts(office.result.writePlan).pageSetups[0].sheet,
    ).length;
    expect(written).toBeGreaterThan(0);
  });

  test("a plan with only page setups ('Prepara per la stampa') sets them in one sync and writes no cell", async () => {
    const { plan } = await examplePlan();
    const fake = await fakeFromXlsx(EXAMPLE);
    const before = JSON.stringify([...fake.state.sheets.map((s) => [s.name, [...s.cells.entries()]])]);
    const host = createOfficeHost(fake.run, { isSetSupported: MODERN });
    // Only the sheets that exist before the run: the Riepilogo is made by the run itself.
    const existing = (plan.pageSetups ?? []).filter((p) => fake.state.sheet(p.sheet));
    const only: WritePlan = writePlan({ pageSetups: existing });
    await host.apply(only);
    expect(host.stats().applySyncs).toBe(1);
    expect(JSON.stringify([...fake.state.sheets.map((s) => [s.name, [...s.cells.entries()]])])).toBe(before);
    for (const p of existing) expect(fake.state.sheet(p.sheet)!.page.orientation).toBe("Landscape");
  });
});
