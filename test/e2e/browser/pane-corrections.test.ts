/**
 * «Fogli e colonne» in the browser preview (headless Chromium), on a workbook whose headers are an
 * officer's own words (built here): Analizza finds no plan and says how to declare the headers; the officer
 * gives the columns their roles (one by keyboard), leaves a draft sheet out and saves; the settings sheet of
 * the workbook (downloaded and read back) holds the Intestazioni keys and Fogli esclusi, the analysis ran
 * again and shows the unit with its indicators and the draft left out; «Calcola e scrivi» gives the
 * hand-computed score. A screenshot at 320 px goes to test-artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensureBuild, REPO } from "../../../scripts/lib/pane-build";
import { startPreviewServer, type PreviewServer } from "../../../scripts/serve-preview";
import { launchChromium } from "./chromium";
import { formatPercent } from "../../../src/core/format";
import { runPipeline, type RunResult } from "../../../src/core/pipeline";
import { buildWorklist } from "../../../src/taskpane/model/worklist";
import { SETTINGS_SHEET_NAME } from "../../../src/core/settings/types";
import { loadXlsx, loadXlsxBuffer, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { STATUS_LABELS } from "../../../src/i18n/labels";
import { PANE_TEXTS } from "../../../src/i18n/pane";

const ARTIFACTS = path.join(REPO, "test-artifacts");
const t = PANE_TEXTS.it;
const r = t.recognition;
const FILE = "tributi.xlsx";

/**
 * Servizio Tributi, scored by hand: Riscossione 90% against ≥ 80% → 100 % (capped), weight 50 %; Rimborsi
 * 75 against 100 → 75 %, weight 30 %; Contenzioso, a time in days (lower is better), 40 against 30 →
 * 30 / 40 = 75 %, weight 20 %. Unit: 0,5 × 1 + 0,3 × 0,75 + 0,2 × 0,75 = 0,875 → Parzialmente raggiunto.
 */
const HEADERS = ["Descrizione attività", "Misura", "Valore obiettivo", "Ponderazione", "Valore a consuntivo"];
const ROWS: (string | number)[][] = [
  ["Riscossione", "Avvisi emessi", "≥ 80%", "50%", "90%"],
  ["Rimborsi", "Pratiche evase", "100", "30%", 75],
  ["Contenzioso", "Tempi medi di risposta in giorni", "30", "20%", 40],
];
const SCORE = 0.875;
/** The roles the officer gives, in the order of the columns. */
const ROLES: [string, string][] = [
  ["Descrizione attività", r.columnRoles.objective],
  ["Misura", r.columnRoles.indicator],
  ["Valore obiettivo", r.columnRoles.target],
  ["Ponderazione", r.columnRoles.weight],
  ["Valore a consuntivo", r.columnRoles.actual],
];

let server: PreviewServer;
let browser: Browser;
let dir: string;
let workbook: Buffer;

async function buildWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const tributi = wb.addWorksheet("Servizio Tributi");
  tributi.addRow(["SERVIZIO TRIBUTI"]);
  tributi.addRow(HEADERS);
  for (const row of ROWS) tributi.addRow(row);
  // A draft with the same headers: once they are taught it would be read as a unit, unless left out.
  const draft = wb.addWorksheet("Bozza 2023");
  draft.addRow(["SERVIZIO TRIBUTI - BOZZA"]);
  draft.addRow(HEADERS);
  draft.addRow(["Riscossione", "Avvisi emessi", "≥ 95%", "60%", "10%"]);
  draft.addRow(["Rimborsi", "Pratiche evase", "200", "40%", 10]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-corrections-e2e-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  server = await startPreviewServer(ensureBuild(), 0);
  workbook = await buildWorkbook();
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

const announced = (page: Page, text: string): Promise<unknown> =>
  page.waitForFunction((want) => document.querySelector("[data-testid=announcer]")?.textContent === want, text, {
    timeout: 60_000,
  });

/** The sentence Analizza shows for a run: counted here from the pipeline, as the pane counts it. */
function analysedText(run: RunResult): string {
  const todo = buildWorklist(run.plan, run.scorecard, run.diagnostics).totals;
  const count = (sev: string): number => run.diagnostics.filter((d) => d.severity === sev).length;
  return t.analyze.done(run.plan.indicators.length, todo.missing + todo.unscorable, count("error"), count("warning"));
}

const sheetItem = (page: Page, name: string) => page.locator(`[data-testid=sheet][data-sheet="${name}"]`);

/** Every aria-labelledby names ids that exist. */
async function expectLabelledByResolves(page: Page): Promise<void> {
  const dangling = await page.evaluate(() =>
    Array.from(document.querySelectorAll("[aria-labelledby]")).flatMap((el) =>
      (el.getAttribute("aria-labelledby") ?? "")
        .split(/\s+/)
        .filter((id) => id !== "" && !document.getElementById(id))
        .map((id) => `${el.tagName}→${id}`),
    ),
  );
  expect(dangling).toEqual([]);
}

test("officers' own headers: no plan, the notice, roles given in «Fogli e colonne», saved, analysed again, scored", async () => {
  const { context, page } = await openPreview(320);
  await page.setInputFiles("[data-testid=file-input]", {
    name: FILE,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: workbook,
  });
  await page.getByTestId("file-name").waitFor();

  // Analizza: no plan table, and the notice says how to declare the headers.
  await page.getByRole("button", { name: t.analyze.button }).click();
  await page.locator("#analysis-result").waitFor({ timeout: 120_000 });
  const noPlan = page.getByTestId("no-plan");
  await expect(noPlan.textContent()).resolves.toBe(`${r.noPlanTitle}${t.analyze.unusable}${r.noPlan}`);
  const before = runPipeline(readWorkbookGrid(await loadXlsxBuffer(workbook)), { writes: false });
  expect(before.diagnostics.filter((d) => d.code === "HEADER_NOT_RECOGNISED").map((d) => d.sheet)).toEqual([
    "Servizio Tributi",
    "Bozza 2023",
  ]);
  await expect(page.getByTestId("analysis-summary").textContent()).resolves.toBe(analysedText(before));

  // «Fogli e colonne» right under it: both sheets not read, open, their headers with no role.
  const tributi = sheetItem(page, "Servizio Tributi");
  const draft = sheetItem(page, "Bozza 2023");
  for (const sheet of [tributi, draft]) {
    await expect(sheet.getAttribute("data-roles")).resolves.toBe("unread");
    await expect(sheet.locator("details").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
  }
  await expect(tributi.getByTestId("sheet-roles").textContent()).resolves.toBe(r.sheetRoles.unread);
  const columns = (sheet: typeof tributi) =>
    sheet
      .locator("[data-testid=column]")
      .evaluateAll((els) => els.map((e) => [e.getAttribute("data-header"), e.getAttribute("data-role")]));
  await expect(columns(tributi)).resolves.toEqual(HEADERS.map((h) => [h, "none"]));
  // The corrections come before the diagnostics: the way out is next to the notice.
  const order = await page.evaluate(() => {
    const at = (sel: string): Element | null => document.querySelector(sel);
    const rec = at("[data-testid=recognition]");
    const diag = at("[data-testid=diagnostics]");
    return rec && diag ? rec.compareDocumentPosition(diag) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order).toBeTruthy();

  // The first role by keyboard alone: focus the menu, open it, one option down (Obiettivo), Enter.
  const [firstHeader] = ROLES[0];
  const firstMenu = tributi.getByRole("combobox", { name: r.roleLabel("A", firstHeader) });
  await firstMenu.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("listbox").waitFor();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(firstMenu.textContent()).resolves.toBe(r.columnRoles.objective);
  await announced(page, r.pending(1));
  // The others by pointer.
  for (const [i, [header, role]] of ROLES.entries()) {
    if (i === 0) continue;
    await tributi.getByRole("combobox", { name: r.roleLabel(String.fromCharCode(65 + i), header) }).click();
    await page.getByRole("option", { name: role, exact: true }).click();
  }
  // A header's role holds for every column with it: the draft shows the same choices, to be saved.
  await expect(columns(draft)).resolves.toEqual([
    ["Descrizione attività", "objective"],
    ["Misura", "indicator"],
    ["Valore obiettivo", "target"],
    ["Ponderazione", "weight"],
    ["Valore a consuntivo", "actual"],
  ]);
  // The draft is left out.
  await draft.getByTestId("sheet-mode").selectOption("excluded");
  await expect(page.getByTestId("pending-corrections").textContent()).resolves.toBe(r.pending(6));
  await announced(page, r.pending(6));
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-corrections.png"), fullPage: true });
  await page.getByTestId("recognition").screenshot({ path: path.join(ARTIFACTS, "pane-320-sheets-and-columns.png") });
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  await expectLabelledByResolves(page);

  // Salva e rianalizza: saved, analysed again, the focus on the refreshed result, said in the live region.
  await page.getByTestId("save-corrections").click();
  await page.getByTestId("notice").getByText(r.saved).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => document.activeElement?.id === "analysis-result");
  await expect(noPlan.count()).resolves.toBe(0);
  await expect(tributi.getAttribute("data-roles")).resolves.toBe("units");
  await expect(tributi.getByTestId("sheet-units").textContent()).resolves.toBe(r.unit("SERVIZIO TRIBUTI", 3));
  await expect(
    tributi
      .locator("[data-testid=column]")
      .evaluateAll((els) => els.map((e) => [e.getAttribute("data-role"), e.getAttribute("data-read")])),
  ).resolves.toEqual(ROLES.map((_, i) => [["objective", "indicator", "target", "weight", "actual"][i], "true"]));
  await expect(draft.getAttribute("data-roles")).resolves.toBe("excluded");
  await expect(draft.getByTestId("sheet-roles").textContent()).resolves.toBe(r.sheetRoles.excluded);
  await expect(draft.getByTestId("sheet-mode").inputValue()).resolves.toBe("excluded");
  await expect(page.getByTestId("pending-corrections").textContent()).resolves.toBe(r.pending(0));

  // The workbook, downloaded and read back: its settings sheet holds the officer's words.
  const link = page.getByTestId("download");
  await link.waitFor({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const file = path.join(dir, "corrected.xlsx");
  await download.saveAs(file);
  const saved = await loadXlsx(file);
  const settingsSheet = saved.getWorksheet(SETTINGS_SHEET_NAME);
  expect(settingsSheet).toBeDefined();
  const keys = new Map<string, unknown>();
  settingsSheet?.eachRow((row) => keys.set(String(row.getCell(1).value), row.getCell(2).value));
  expect(
    [
      "Intestazioni Obiettivo",
      "Intestazioni Indicatore",
      "Intestazioni Target",
      "Intestazioni Peso",
      "Intestazioni Consuntivo",
      "Fogli esclusi",
    ].map((k) => [k, keys.get(k)]),
  ).toEqual([
    ["Intestazioni Obiettivo", "Descrizione attività"],
    ["Intestazioni Indicatore", "Misura"],
    ["Intestazioni Target", "Valore obiettivo"],
    ["Intestazioni Peso", "Ponderazione"],
    ["Intestazioni Consuntivo", "Valore a consuntivo"],
    ["Fogli esclusi", "Bozza 2023"],
  ]);
  // The pipeline reading that workbook (as the CLI would) finds the unit and its score.
  const run = runPipeline(readWorkbookGrid(saved), { writes: false });
  expect(run.scorecard.units.map((u) => [u.name, u.score])).toEqual([["SERVIZIO TRIBUTI", SCORE]]);
  expect(run.plan.indicators).toHaveLength(3);
  // What the pane said and shows after the save is that analysis.
  await announced(page, `${r.saved} ${analysedText(run)}`);
  await expect(page.getByTestId("analysis-summary").textContent()).resolves.toBe(analysedText(run));

  // Calcola e scrivi: the hand-computed score.
  await page.getByRole("tab", { name: t.tabs.run }).click();
  await page.getByRole("button", { name: t.run.button, exact: true }).click();
  await page.getByTestId("last-run").waitFor({ timeout: 120_000 });
  const unit = page.locator('[data-testid=unit][data-name="SERVIZIO TRIBUTI"]');
  await expect(unit.getByTestId("unit-score").textContent()).resolves.toBe(formatPercent(SCORE, "it"));
  await expect(unit.locator("[data-status]").textContent()).resolves.toBe(STATUS_LABELS.it.parzialmente_raggiunto);
  await expect(page.getByTestId("ente-score").textContent()).resolves.toBe(formatPercent(SCORE, "it"));
  await expectLabelledByResolves(page);
  await page.getByRole("tab", { name: t.tabs.analyze }).click();
  await page.getByRole("button", { name: t.analyze.button }).click();
  await page.locator("#analysis-result").waitFor({ timeout: 120_000 });
  await page.getByTestId("recognition").screenshot({ path: path.join(ARTIFACTS, "pane-320-sheets-after-run.png") });
  await context.close();
});

test("the help page explains the correction, in Italian and in English", async () => {
  const { context, page } = await openPreview(320);
  await page.goto(`${server.url}/help.html`);
  const italian = (await page.locator("#fogli-e-colonne").textContent()) ?? "";
  expect(italian).toContain(r.title);
  const body = (await page.locator("main").textContent()) ?? "";
  const en = PANE_TEXTS.en.recognition;
  const english = (await page.locator("section[lang=en]").textContent()) ?? "";
  for (const words of [r.save, r.modes.excluded, r.modes.cruscotto, r.columnRoles.none, r.discard])
    expect(body.replace(/\s+/g, " ")).toContain(words);
  for (const words of [en.title, en.save, en.modes.excluded, en.modes.cruscotto, en.columnRoles.none, en.modeLabel])
    expect(english.replace(/\s+/g, " ")).toContain(words);
  // Both name the settings keys the correction writes.
  for (const text of [body, english])
    for (const key of ["Intestazioni Indicatore", "Intestazioni Target", "Fogli esclusi", "Fogli cruscotto"])
      expect(text.replace(/\s+/g, " ")).toContain(key);
  await context.close();
});
