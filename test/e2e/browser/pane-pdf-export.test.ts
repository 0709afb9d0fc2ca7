/**
 * The pane's "Stampa e PDF" tab in the browser preview (headless Chromium): Esporta PDF makes the same
 * Relazione as `cruscotto report` (every unit's name and score as in the JSON report, the same text as the
 * CLI's PDF of the same day), for the whole plan or one unit, with the fonts fetched from the page's own
 * origin, once per session; Prepara per la stampa sets the print layout in the workbook offered for download. PNG renders of
 * the first pages go to test-artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensureBuild, REPO } from "../../../scripts/lib/pane-build";
import { launchChromium } from "./chromium";
import { startPreviewServer, type PreviewServer } from "../../../scripts/serve-preview";
import { scoreWithCli, type ScoredRun } from "../../helpers/e2e";
import { runCliBinary } from "../../helpers/cli";
import { pdfInfo, pdfPages, renderPngs, requirePoppler, squash } from "../../helpers/pdf";
import { formatPercent } from "../../../src/core/format";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import { EXPORT_TEXTS } from "../../../src/i18n/paneExport";
import { todayIso } from "../../../src/cli/report";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const ARTIFACTS = path.join(REPO, "test-artifacts");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const t = PANE_TEXTS.it;
const x = EXPORT_TEXTS.it;

let server: PreviewServer;
let browser: Browser;
let cli: ScoredRun;
let dir: string;

beforeAll(async () => {
  requirePoppler();
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-pdf-e2e-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  server = await startPreviewServer(ensureBuild(), 0);
  cli = await scoreWithCli(EXAMPLE, dir);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openWithExample(): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await browser.newContext({
    locale: "it-IT",
    viewport: { width: 1024, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const origin = new URL(server.url).origin;
  await context.route("**/*", (route) =>
    route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort("internetdisconnected"),
  );
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("tab", { name: t.tabs.analyze }).waitFor();
  await page.setInputFiles("[data-testid=file-input]", EXAMPLE);
  await page.getByTestId("file-name").waitFor();
  return { context, page, requests };
}

async function exportAndSave(page: Page, file: string): Promise<string> {
  await page.getByTestId("export-pdf").click();
  const link = page.getByTestId("pdf-download");
  await link.waitFor({ timeout: 180_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  await download.saveAs(file);
  return download.suggestedFilename();
}

function expectOnlyOwnOrigin(requests: string[]): void {
  const origin = new URL(server.url).origin;
  const foreign = requests.filter(
    (u) => !(u.startsWith(`${origin}/`) || u.startsWith(`blob:${origin}/`) || u === OFFICE_JS),
  );
  expect(foreign).toEqual([]);
}

test("Esporta PDF: the whole plan's Relazione, as the CLI makes it, with fonts from the pane's own origin", async () => {
  const { context, page, requests } = await openWithExample();
  await page.getByRole("tab", { name: x.tab }).click();
  // Lazy: neither the renderer's chunk nor the fonts are fetched before a PDF is asked for.
  expect(requests.filter((u) => /pdf-report|\/fonts\//.test(u))).toEqual([]);
  const file = path.join(dir, "pane.pdf");
  const name = await exportAndSave(page, file);
  expect(name).toBe("piano-performance-2022-relazione.pdf");
  await expect(page.getByTestId("notice").textContent()).resolves.toContain(x.ready(name));

  expect(Number(pdfInfo(file).Pages)).toBeGreaterThanOrEqual(cli.report.units.length + 2);
  const pages = pdfPages(file);
  const text = squash(pages.join(" "));
  for (const unit of cli.report.units) {
    expect(text).toContain(squash(unit.name));
    if (unit.score !== null) expect(text).toContain(`Punteggio ${formatPercent(unit.score, "it")}`);
  }
  expect(text).toContain(formatPercent(cli.report.ente.score, "it"));

  // The same report as `cruscotto report` on the same day: the same text, page by page.
  const cliPdf = path.join(dir, "cli.pdf");
  const run = runCliBinary(["report", EXAMPLE, "-o", cliPdf, "--date", todayIso()]);
  expect([0, 1]).toContain(run.status);
  expect(pages).toEqual(pdfPages(cliPdf));
  renderPngs(file, ARTIFACTS, "pane-pdf", 1, 2);

  const origin = new URL(server.url).origin;
  for (const face of ["400Regular", "600SemiBold", "700Bold"])
    expect(requests).toContain(`${origin}/fonts/TitilliumWeb_${face}.ttf`);
  expect(requests.some((u) => /\/pdf-report\.[0-9a-f]+\.js$/.test(u))).toBe(true);
  expectOnlyOwnOrigin(requests);
  await context.close();
}, 300_000);

test("Esporta PDF for one unit chosen in the list; Prepara per la stampa lays out the downloaded workbook", async () => {
  const { context, page, requests } = await openWithExample();
  await page.getByRole("button", { name: t.analyze.button }).click();
  await page.getByTestId("recognised-units").waitFor();
  await page.getByRole("tab", { name: x.tab }).click();

  const unit = cli.report.units.find((u) => u.kind !== "dirigente" && u.score !== null) ?? cli.report.units[0];
  // The list holds the units once the analysis is in; choosing one closes it and shows the name.
  await page.getByTestId("pdf-scope").click();
  await page.getByRole("listbox").waitFor();
  await page.getByRole("option", { name: unit.name, exact: true }).click();
  await page.getByRole("listbox").waitFor({ state: "hidden" });
  await expect(page.getByTestId("pdf-scope").textContent()).resolves.toContain(unit.name);
  const file = path.join(dir, "unit.pdf");
  const name = await exportAndSave(page, file);
  expect(name).toMatch(/^piano-performance-2022-relazione-[a-z0-9-]+\.pdf$/);
  const pages = pdfPages(file);
  const text = squash(pages.join(" "));
  expect(text).toContain(squash(unit.name));
  expect(text).toContain(`Punteggio ${formatPercent(unit.score, "it")}`);
  expect(Number(pdfInfo(file).Pages)).toBeLessThan(cli.report.units.length);
  // The same as `cruscotto report --unit` (cover, summary, that unit's scheda), page by page.
  const cliPdf = path.join(dir, "cli-unit.pdf");
  expect([0, 1]).toContain(
    runCliBinary(["report", EXAMPLE, "-o", cliPdf, "--unit", unit.name, "--date", todayIso()]).status,
  );
  expect(pages).toEqual(pdfPages(cliPdf));

  // A second export in the same session asks for no font again: they are kept for the session.
  const fontRequests = (): string[] => requests.filter((u) => u.includes("/fonts/"));
  expect(fontRequests()).toHaveLength(3);
  await exportAndSave(page, path.join(dir, "unit-again.pdf"));
  expect(pdfPages(path.join(dir, "unit-again.pdf"))).toEqual(pages);
  expect(fontRequests()).toHaveLength(3);

  // Prepara per la stampa: page setups only, on the sheets the example has (it has no Riepilogo yet).
  await page.getByTestId("prepare-print").click();
  await page
    .getByTestId("notice")
    .getByText(/Impostazione di stampa applicata a \d+ fogli\./)
    .waitFor({ timeout: 60_000 });
  await page.getByTestId("download").waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const xlsx = path.join(dir, "printed.xlsx");
  await download.saveAs(xlsx);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ws = wb.getWorksheet("S. Staff")!;
  expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
  expect(ws.headerFooter.oddFooter).toContain("Pagina &P di &N");
  // No cell was written: the example's cells are as they were.
  expect(wb.getWorksheet("Riepilogo 2022")).toBeUndefined();
  expect(ws.getCell("A1").value).toEqual(cli.input.wb.getWorksheet("S. Staff")!.getCell("A1").value);

  expectOnlyOwnOrigin(requests);
  await context.close();
}, 300_000);
