/**
 * The browser preview in headless Chromium: open the example workbook through the file input, analyse,
 * score and write, check every figure shown against the CLI's JSON report, download the result and check
 * it against the workbook the CLI writes. Screenshots at 320 px and 1024 px go to test-artifacts/.
 * Every network request must go to the page's own origin, except the office.js CDN attempt (offline).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { ensureBuild, REPO } from "../../../scripts/lib/pane-build";
import { launchChromium } from "./chromium";
import { startPreviewServer, type PreviewServer } from "../../../scripts/serve-preview";
import { expectStatusColumns, scoreWithCli, type ScoredRun } from "../../helpers/e2e";
import { diffSnapshots, loadSnapshot } from "../../helpers/snapshot";
import { formatPercent } from "../../../src/core/format";
import { STATUS_LABELS } from "../../../src/i18n/labels";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import type { Lang } from "../../../src/i18n/messages";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const ARTIFACTS = path.join(REPO, "test-artifacts");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let server: PreviewServer;
let browser: Browser;
let cli: ScoredRun;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-e2e-"));
  mkdirSync(ARTIFACTS, { recursive: true });
  // Chromium first: when it is missing the suite fails at once with the reason, before a long build.
  browser = await launchChromium();
  const build = ensureBuild();
  server = await startPreviewServer(build, 0);
  cli = await scoreWithCli(EXAMPLE, dir);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  requests: string[];
}

async function openPreview(width: number, query = "", locale = "it-IT"): Promise<Opened> {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  // Whatever the network, the page gets nothing from elsewhere: with network office.js would load and
  // fetch more from the CDN; without it the lookup may hang. Aborted requests are still recorded above.
  const origin = new URL(server.url).origin;
  await context.route("**/*", (route) =>
    route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort("internetdisconnected"),
  );
  await page.goto(`${server.url}/taskpane.html${query}`);
  return { context, page, requests };
}

async function loadExample(page: Page, lang: Lang = "it"): Promise<void> {
  await page.getByRole("tab", { name: PANE_TEXTS[lang].tabs.analyze }).waitFor();
  await page.setInputFiles("[data-testid=file-input]", EXAMPLE);
  await page.getByTestId("file-name").waitFor();
}

async function scoreAndWrite(page: Page, lang: Lang = "it"): Promise<void> {
  const t = PANE_TEXTS[lang];
  await page.getByRole("tab", { name: t.tabs.run }).click();
  await page.getByRole("button", { name: t.run.button, exact: true }).click();
  await page.locator("[data-testid=progress][data-phase=done]").waitFor({ timeout: 120_000 });
  await page.getByTestId("download").waitFor({ timeout: 120_000 });
}

const pct = (v: number | null, lang: Lang = "it"): string => (v === null ? "—" : formatPercent(v, lang));

function expectOnlyOwnOrigin(requests: string[]): void {
  const origin = new URL(server.url).origin;
  const foreign = requests.filter(
    (u) => !(u.startsWith(`${origin}/`) || u.startsWith(`blob:${origin}/`) || u === OFFICE_JS),
  );
  expect(foreign).toEqual([]);
  expect(requests).toContain(OFFICE_JS);
}

test("preview: the figures shown equal the CLI's report, the download equals the CLI's workbook", async () => {
  const { context, page, requests } = await openPreview(1024);
  const t = PANE_TEXTS.it;
  await loadExample(page);

  // Analizza: what was recognised, diagnostics by severity, Vai alla cella.
  await page.getByRole("button", { name: t.analyze.button }).click();
  await expect(page.getByTestId("recognised-units").locator("span").last().textContent()).resolves.toBe(
    String(cli.report.units.length),
  );
  await expect(page.getByTestId("recognised-indicators").locator("span").last().textContent()).resolves.toBe(
    String(cli.report.indicators.length),
  );
  for (const sev of ["error", "warning", "info"] as const) {
    const n = cli.report.diagnostics.filter((d) => d.severity === sev).length;
    await expect(page.locator(`[data-testid=diagnostic-counts] [data-severity=${sev}]`).textContent()).resolves.toBe(
      `${t.severityPlural[sev]}: ${n}`,
    );
  }
  const firstWithCell = cli.report.diagnostics.find((d) => d.cell !== null && d.severity !== "info");
  if (firstWithCell) {
    // The first «Vai alla cella» of the diagnostics (the worklist above has its own, folded by unit).
    await page.getByTestId("diagnostics").getByRole("button", { name: t.analyze.goToCell }).first().click();
    await expect(page.getByTestId("notice").textContent()).resolves.toContain(`!${firstWithCell.cell}`);
  }

  // Calcola e scrivi: Ente, Areas, units and chart, formatted as the CLI formats them.
  await scoreAndWrite(page);
  await expect(page.getByTestId("ente-score").textContent()).resolves.toBe(pct(cli.report.ente.score));
  expect(cli.report.ente.score).not.toBeNull();
  const areas = await page
    .getByTestId("area")
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute("data-name"), e.querySelector("[data-testid=area-score]")?.textContent]),
    );
  expect(areas).toEqual(cli.report.areas.map((a) => [a.name, pct(a.score)]));
  const units = await page
    .getByTestId("unit")
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.getAttribute("data-name"),
        r.querySelector("[data-testid=unit-score]")?.textContent,
        r.querySelector("[data-testid=unit-coverage]")?.textContent,
        r.querySelector("[data-status]")?.textContent,
      ]),
    );
  const expected = cli.report.units.map((u) => [u.name, pct(u.score), pct(u.coverage), STATUS_LABELS.it[u.status]]);
  const byName = (a: (string | null | undefined)[], b: (string | null | undefined)[]): number =>
    String(a[0]).localeCompare(String(b[0]));
  expect([...units].sort(byName)).toEqual([...expected].sort(byName));
  // Shown best first by default.
  const shownScores = cli.report.units
    .map((u) => u.score ?? -1)
    .sort((a, b) => b - a)
    .map((s) => (s < 0 ? "—" : pct(s)));
  expect(units.map((u) => u[1])).toEqual(shownScores);
  const bars = await page.getByTestId("bar").allTextContents();
  expect(bars).toHaveLength(cli.report.units.length);
  for (const u of cli.report.units)
    expect(bars).toContain(`${u.name}${u.score === null ? t.run.noScore : pct(u.score)}`);

  // Sorting by name, from the column header.
  await page.getByTestId("sort-name").click();
  const names = await page
    .getByTestId("unit")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-name") ?? ""));
  expect(names).toEqual([...names].sort(new Intl.Collator("it", { sensitivity: "base", numeric: true }).compare));

  await page.screenshot({ path: path.join(ARTIFACTS, "pane-1024.png"), fullPage: true });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320.png"), fullPage: true });
  // At 320 px nothing is wider than the pane.
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);

  // The download: named after the file, equal to what the CLI writes.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  expect(download.suggestedFilename()).toBe("piano-performance-2022-valutato.xlsx");
  const file = path.join(dir, "downloaded.xlsx");
  await download.saveAs(file);
  const written = await loadSnapshot(file);
  expect(written.wb.getWorksheet("Riepilogo 2022")).toBeDefined();
  expect(diffSnapshots(written.cells, cli.written.cells)).toEqual([]);
  expectStatusColumns({ ...cli, written });

  expectOnlyOwnOrigin(requests);
  await context.close();
});

test("preview in English, by keyboard alone, in the dark and high-contrast themes", async () => {
  const t = PANE_TEXTS.en;
  for (const theme of ["dark", "hc"] as const) {
    const { context, page, requests } = await openPreview(320, `?lang=en&theme=${theme}`);
    await loadExample(page, "en");
    // Keyboard: Tab to the tab list, arrow to the third tab, Enter; Tab to its button, Enter.
    await page.getByRole("tab", { name: t.tabs.analyze }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("tab", { name: t.tabs.run }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused).toBe(t.run.button);
    // Fluent marks keyboard focus so that it is drawn (focus visible).
    await expect(
      page.evaluate(() => document.activeElement?.hasAttribute("data-fui-focus-visible") ?? false),
    ).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await page.locator("[data-testid=progress][data-phase=done]").waitFor({ timeout: 120_000 });
    await expect(page.getByTestId("ente-score").textContent()).resolves.toBe(pct(cli.report.ente.score, "en"));
    // Statuses carry their text, not only a colour.
    const statuses = await page.locator("[data-testid=unit] [data-status]").allTextContents();
    expect(statuses).toEqual(expect.arrayContaining([STATUS_LABELS.en.raggiunto]));
    await page.screenshot({ path: path.join(ARTIFACTS, `pane-320-${theme}.png`), fullPage: true });
    expectOnlyOwnOrigin(requests);
    await context.close();
  }
});

test("preview: «Annulla ultimo calcolo» is enabled as soon as a first run has written, and undoes it", async () => {
  const { context, page } = await openPreview(450);
  const t = PANE_TEXTS.it;
  await loadExample(page);
  await scoreAndWrite(page);
  // The workbook had no undo log before this run: the button must not wait for another read to know.
  await expect(page.getByTestId("undo").isEnabled()).resolves.toBe(true);
  await page.getByTestId("undo").click();
  await page.getByTestId("notice").getByText(t.undo.done).waitFor({ timeout: 60_000 });
  // Nothing is left to undo: the example carries no log of its own.
  await expect(page.getByTestId("undo").isEnabled()).resolves.toBe(false);
  await context.close();
});
