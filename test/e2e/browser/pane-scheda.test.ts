/**
 * Through the year, in the browser preview (headless Chromium) on the example: «Calcola e scrivi» with
 * «Registra come rilevazione» at 30/06/2022, then (missing actuals counted as zero in «Regole») at 31/12/2022
 * with «Aggiungi la colonna Neutralizzato»; the change of every unit as the pipeline computes it on the
 * workbook the pane wrote (computed here, not written down); a unit's scheda agreeing with the pipeline's
 * report, «Vai alla cella» from one of its rows, its PDF; «le mie unità» by an owner's name, remembered.
 * Screenshots at 320 px go to test-artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensureBuild, REPO } from "../../../scripts/lib/pane-build";
import { startPreviewServer, type PreviewServer } from "../../../scripts/serve-preview";
import { launchChromium } from "./chromium";
import { runPipeline, type RunResult } from "../../../src/core/pipeline";
import { a1 } from "../../../src/core/grid/address";
import { formatPercent } from "../../../src/core/format";
import { changePoints, changeText } from "../../../src/core/monitoring/trend";
import { loadXlsx, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import { SCHEDA_TEXTS } from "../../../src/i18n/paneScheda";
import { EXPORT_TEXTS } from "../../../src/i18n/paneExport";
import { cellContent, cellReference } from "../../../src/taskpane/model/summary";
import { unitsOwnedBy } from "../../../src/taskpane/model/scheda";
import { todayIso } from "../../../src/taskpane/model/dates";
import { pdfPages, renderPngs, requirePoppler, squash } from "../../helpers/pdf";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const ARTIFACTS = path.join(REPO, "test-artifacts");
const t = PANE_TEXTS.it;
const k = SCHEDA_TEXTS.it;
const LABEL = "Monitoraggio semestrale";

let server: PreviewServer;
let browser: Browser;
let dir: string;
/** The pipeline on the example as «Analizza» reads it today. */
let example: RunResult;

beforeAll(async () => {
  requirePoppler();
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-scheda-e2e-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  server = await startPreviewServer(ensureBuild(), 0);
  example = runPipeline(readWorkbookGrid(await loadXlsx(EXAMPLE)), { writes: false, runDate: todayIso() });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openPreview(width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: "it-IT",
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  const origin = new URL(server.url).origin;
  await context.route("**/*", (route) =>
    route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort("internetdisconnected"),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("tab").first().waitFor();
  return { context, page };
}

async function loadExample(page: Page): Promise<void> {
  await page.setInputFiles("[data-testid=file-input]", EXAMPLE);
  await page.getByTestId("file-name").waitFor();
}

const announced = (page: Page, text: string): Promise<unknown> =>
  page.waitForFunction((want) => document.querySelector("[data-testid=announcer]")?.textContent === want, text, {
    timeout: 120_000,
  });

/** The focused input's name (Fluent's Field gives it an id of its own). */
const focusedName = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.getAttribute("name") ?? null);

/** «Calcola e scrivi» with a monitoring point on `date`; resolves when the run is written and said. */
async function recordPoint(page: Page, date: string, label: string, expected: RunResult): Promise<void> {
  await page.getByRole("tab", { name: t.tabs.run }).click();
  const record = page.getByTestId("record-point");
  if (!(await record.isChecked())) await record.check();
  await page.getByTestId("record-date").fill(date);
  await page.getByTestId("record-label").fill(label);
  await expect(page.getByText(k.record(date), { exact: true }).count()).resolves.toBe(1);
  await page.getByRole("button", { name: t.run.button, exact: true }).click();
  await page.getByTestId("last-run").waitFor({ timeout: 120_000 });
  await page.getByTestId("download").waitFor({ timeout: 120_000 });
  const count = (sev: string): number => expected.diagnostics.filter((d) => d.severity === sev).length;
  await announced(page, `${t.run.written(count("error"), count("warning"))} ${k.recorded(date)}`);
  await page.waitForFunction(() => document.activeElement?.id === "last-run");
}

/** The first 1,000 px of one part of the pane, for a person to look at (the whole page is very tall). */
async function shoot(page: Page, testId: string, name: string): Promise<void> {
  // From the top of the page, not of the viewport: the clip is taken on the full page.
  const top = await page.getByTestId(testId).evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  await page.screenshot({
    path: path.join(ARTIFACTS, name),
    fullPage: true,
    clip: { x: 0, y: Math.max(0, top - 8), width: 320, height: 1000 },
  });
}

/** Whether every word of `phrase` occurs in `text` after the one before it. */
function wordsInOrder(text: string, phrase: string): boolean {
  let from = 0;
  for (const word of squash(phrase).split(" ")) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}

async function saveDownload(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const file = path.join(dir, name);
  await download.saveAs(file);
  return file;
}

test("two monitoring points from «Calcola»; the changes and a unit's scheda agree with the pipeline; «Vai alla cella»; the scheda's PDF", async () => {
  const { context, page } = await openPreview(320);
  await loadExample(page);

  // A date that is no calendar day: nothing runs, the focus goes to the field, which says why.
  await page.getByRole("tab", { name: t.tabs.run }).click();
  await page.getByTestId("record-point").check();
  await page.getByTestId("record-date").fill("31/02/2022");
  await page.getByRole("button", { name: t.run.button, exact: true }).click();
  await announced(page, k.badDate);
  await expect(focusedName(page)).resolves.toBe("record-date");
  await page.getByTestId("run-choices").getByText(k.badDate).waitFor();
  await expect(page.getByTestId("last-run").count()).resolves.toBe(0);

  // 30/06/2022: the first point, nothing before it to compare with.
  const june = runPipeline(readWorkbookGrid(await loadXlsx(EXAMPLE)), {
    monitoring: { date: "2022-06-30", label: LABEL },
    runDate: todayIso(),
  });
  await recordPoint(page, "30/06/2022", LABEL, june);
  await page.getByTestId("trend-none").waitFor();
  const junePoint = await saveDownload(page, "giugno.xlsx");
  const juneRead = runPipeline(readWorkbookGrid(await loadXlsx(junePoint)), { writes: false, runDate: "2022-07-01" });
  expect(juneRead.monitoring.points.map((p) => [p.date, p.label])).toEqual([["2022-06-30", LABEL]]);

  // «Regole»: missing actuals counted as zero, so that some scores fall by 31/12.
  // The run read the settings: the form is there without «Leggi le impostazioni».
  await page.getByRole("tab", { name: t.tabs.settings }).click();
  await page.locator("input[name=year]").waitFor({ timeout: 60_000 });
  await page.getByLabel(t.settings.missingAsZero).check();
  await page.getByRole("button", { name: t.settings.save }).click();
  await page.getByTestId("notice").getByText(t.settings.saved).waitFor({ timeout: 60_000 });

  // 31/12/2022 with the Neutralizzato column: what the pane shows is the pipeline's on the workbook it wrote.
  await page.getByRole("tab", { name: t.tabs.run }).click();
  await page.getByTestId("neutralised-column").check();
  const beforeDecember = runPipeline(readWorkbookGrid(await loadXlsx(await saveDownload(page, "impostato.xlsx"))), {
    monitoring: { date: "2022-12-31" },
    runDate: todayIso(),
    createNeutralisedColumn: true,
  });
  await recordPoint(page, "31/12/2022", "", beforeDecember);
  const written = await saveDownload(page, "dicembre.xlsx");
  const grid = readWorkbookGrid(await loadXlsx(written));
  const december = runPipeline(grid, { writes: false, runDate: "2022-12-31" });
  expect(december.monitoring.points.map((p) => [p.date, p.label])).toEqual([
    ["2022-06-30", LABEL],
    ["2022-12-31", null],
  ]);
  expect(december.report.units.map((u) => [u.name, u.score, u.previousScore])).toEqual(
    beforeDecember.report.units.map((u) => [u.name, u.score, u.previousScore]),
  );
  // The Neutralizzato column was created (header only) where the example had none.
  const headers = (r: RunResult): number => r.plan.tables.filter((tb) => tb.columns.neutralised !== undefined).length;
  expect(headers(example)).toBe(0);
  expect(headers(december)).toBeGreaterThan(0);

  // The results: the Ente and every unit, before → now and the change, as computed here.
  const list = page.getByTestId("trend-list");
  await expect(list.getAttribute("data-date")).resolves.toBe("2022-06-30");
  await expect(page.locator("#trend-title").textContent()).resolves.toBe(k.trendTitle("30/06/2022", LABEL));
  const shown = await list
    .locator("[data-testid=trend-unit]")
    .evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute("data-name"),
        e.querySelector("[data-testid=trend-before]")?.textContent,
        e.querySelector("[data-testid=trend-now]")?.textContent,
        e.querySelector("[data-testid=trend-change]")?.getAttribute("data-shown"),
      ]),
    );
  const pct = (v: number | null): string => (v === null ? "—" : formatPercent(v, "it"));
  const juneEnte = december.monitoring.points[0].ente;
  expect(shown).toEqual([
    [
      k.ente,
      pct(juneEnte),
      pct(december.report.ente.score),
      changeText(changePoints(december.report.ente.score, juneEnte), "it"),
    ],
    ...december.report.units.map((u) => [
      u.name,
      pct(u.previousScore),
      pct(u.score),
      changeText(changePoints(u.score, u.previousScore), "it"),
    ]),
  ]);
  const fallen = december.report.units.find(
    (u) => u.score !== null && u.previousScore !== null && u.score < u.previousScore - 0.001,
  );
  expect(fallen).toBeDefined();
  if (!fallen) return;
  expect(changeText(changePoints(fallen.score, fallen.previousScore), "it")).toMatch(/^▼ \d+,\d pp$/);
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-run-trend.png"), fullPage: true });
  await shoot(page, "run-trend", "pane-320-run-trend-top.png");
  await shoot(page, "run-choices", "pane-320-run-choices.png");

  // «Apri la scheda di un'unità»: «Analizza», the focus on the scheda's heading.
  await page.getByTestId("open-scheda").click();
  await page.waitForFunction(() => document.activeElement?.id === "scheda-title");
  await page.getByTestId("scheda-unit").click();
  await page.getByRole("listbox").getByRole("option", { name: fallen.name, exact: true }).click();
  await page.getByRole("listbox").waitFor({ state: "hidden" });
  const unitRows = december.report.indicators.filter((i) => i.unit === fallen.name && i.sheet === fallen.sheet);
  await announced(page, k.shown(fallen.name, unitRows.length, pct(fallen.score)));

  // The scheda: the unit's figures, its score at 30/06 and the change; its rows, the report's.
  const view = page.getByTestId("scheda-view");
  await expect(view.getByTestId("scheda-score").textContent()).resolves.toBe(pct(fallen.score));
  await expect(view.getByTestId("scheda-previous").textContent()).resolves.toBe(pct(fallen.previousScore));
  await expect(view.getByTestId("scheda-change").getAttribute("data-shown")).resolves.toBe(
    changeText(changePoints(fallen.score, fallen.previousScore), "it"),
  );
  await expect(view.getByTestId("scheda-change").getAttribute("data-direction")).resolves.toBe("down");
  const rows = await view.locator("[data-testid=scheda-row]").evaluateAll((els) =>
    els.map((e) => ({
      key: e.getAttribute("data-key"),
      status: e.getAttribute("data-status"),
      badge: e.querySelector("[data-status]")?.textContent,
      indicator: e.querySelector("[data-testid=scheda-indicator]")?.textContent,
      achievement: e.querySelector("[data-testid=scheda-achievement]")?.textContent,
      note: e.querySelector("[data-testid=scheda-justification]")?.textContent ?? null,
    })),
  );
  expect(rows.map((r) => [r.key, r.status, r.indicator, r.achievement])).toEqual(
    unitRows.map((i) => [`${i.sheet}!${i.row}`, i.status, i.indicator, pct(i.achievement)]),
  );
  // Each status as a word beside the colour.
  for (const r of rows) expect(r.badge?.trim()).not.toBe("");
  // A motivazione typed in the workbook shows under its indicator.
  unitRows.forEach((i, n) => {
    if (i.justification) expect(rows[n].note).toContain(i.justification);
  });
  expect(unitRows.length).toBeGreaterThan(3);

  // «Vai alla cella» from a row with a Consuntivo: its cell, what it holds.
  const withActual = december.plan.units
    .find((u) => u.name === fallen.name && u.sheet === fallen.sheet)
    ?.indicators.find((r) => r.actual.col !== null && r.actual.raw !== null && r.actual.raw !== "");
  expect(withActual).toBeDefined();
  if (!withActual || withActual.actual.col === null) return;
  const cell = a1(withActual.row, withActual.actual.col);
  const ref = cellReference(withActual.sheet, cell);
  const row = view.locator(`[data-testid=scheda-row][data-key="${withActual.key}"]`);
  await expect(row.getByTestId("go-to-cell").getAttribute("data-cell")).resolves.toBe(ref);
  await row.getByTestId("go-to-cell").click();
  const went = t.preview.went(ref, cellContent(grid, withActual.sheet, cell, "it"));
  expect(cellContent(grid, withActual.sheet, cell, "it")).not.toBeNull();
  await expect(row.getByTestId("went").textContent()).resolves.toBe(went);
  await announced(page, went);
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-scheda.png"), fullPage: true });
  await shoot(page, "scheda", "pane-320-scheda-top.png");
  await shoot(page, "scheda-view", "pane-320-scheda-view.png");
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);

  // «Esporta la scheda in PDF»: the unit's scheda alone, with its name, its indicators, its score at 30/06.
  await view.page().getByTestId("scheda-export-pdf").click();
  const link = page.getByTestId("scheda-pdf-download");
  await link.waitFor({ timeout: 180_000 });
  await page.waitForFunction(() => document.activeElement?.id === "notice");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^piano-performance-2022-scheda-[a-z0-9-]+\.pdf$/);
  await announced(page, EXPORT_TEXTS.it.ready(download.suggestedFilename()));
  const pdf = path.join(dir, "scheda.pdf");
  await download.saveAs(pdf);
  const text = squash(pdfPages(pdf).join(" "));
  expect(text).toContain(squash(fallen.name));
  // Table cells wrap, and pdftotext interleaves their lines: each indicator's words, in their order.
  for (const i of unitRows) expect(wordsInOrder(text, i.indicator)).toBe(true);
  expect(text).toContain(`Punteggio al 30/06/2022 ${pct(fallen.previousScore)}`);
  expect(text).toContain(`Punteggio ${pct(fallen.score)}`);
  renderPngs(pdf, ARTIFACTS, "pane-scheda-pdf", 1, 1);
  await context.close();
}, 600_000);

test("«le mie unità»: the units whose Owner names the person, the name remembered for next time", async () => {
  const owner = "Mancusi";
  const mine = unitsOwnedBy(example.plan, owner).map((u) => u.name);
  expect(mine.length).toBeGreaterThanOrEqual(2);
  expect(mine.length).toBeLessThan(example.plan.units.length);

  const { context, page } = await openPreview(320);
  await loadExample(page);
  await page.getByRole("button", { name: t.analyze.button }).click();
  await page.locator("#analysis-result").waitFor({ timeout: 120_000 });
  await page.getByTestId("scheda-mine").check();
  await expect(page.getByTestId("scheda-owner-count").textContent()).resolves.toBe(k.ownerEmpty);
  await page.getByTestId("scheda-owner").fill(owner);
  await expect(page.getByTestId("scheda-owner-count").textContent()).resolves.toBe(k.ownerCount(mine.length, owner));
  // The first of them shows at once; the list holds only theirs.
  await expect(page.getByTestId("scheda-view").locator("h3").first().textContent()).resolves.toBe(mine[0]);
  await page.getByTestId("scheda-unit").click();
  await page.getByRole("listbox").waitFor();
  await expect(page.getByRole("listbox").getByRole("option").allTextContents()).resolves.toEqual(mine);
  await page.getByRole("listbox").getByRole("option", { name: mine[1], exact: true }).click();
  await expect(page.getByTestId("scheda-view").locator("h3").first().textContent()).resolves.toBe(mine[1]);
  // Every row of that scheda is in the unit as the pipeline reads it.
  const unit = example.plan.units.find((u) => u.name === mine[1]);
  await expect(
    page.locator("[data-testid=scheda-row]").evaluateAll((els) => els.map((e) => e.getAttribute("data-key"))),
  ).resolves.toEqual(unit?.indicators.map((r) => r.key));
  // A name nobody has: a sentence says so, and there is no scheda.
  await page.getByTestId("scheda-owner").fill("Nessuno");
  await expect(page.getByTestId("scheda-owner-count").textContent()).resolves.toBe(k.ownerNone("Nessuno"));
  await expect(page.getByTestId("scheda-view").count()).resolves.toBe(0);
  await page.getByTestId("scheda-owner").fill(owner);
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-scheda-mine.png"), fullPage: true });

  // Next time: the name is there already.
  await page.reload();
  await page.getByRole("tab").first().waitFor();
  await loadExample(page);
  await page.getByRole("button", { name: t.analyze.button }).click();
  await page.locator("#analysis-result").waitFor({ timeout: 120_000 });
  await page.getByTestId("scheda-mine").check();
  await expect(page.getByTestId("scheda-owner").inputValue()).resolves.toBe(owner);
  await expect(page.getByTestId("scheda-owner-count").textContent()).resolves.toBe(k.ownerCount(mine.length, owner));
  await context.close();
}, 300_000);
